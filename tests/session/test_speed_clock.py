"""The rehearsal's clock: a chosen speed, a speed changed midway, and skipped time."""

from __future__ import annotations

import pytest

from dialogdesk.session.clock import NS_PER_SECOND, ManualClock, SpeedClock


def test_ten_times_as_fast_moves_both_clocks_ten_times_as_far() -> None:
    real = ManualClock()
    clock = SpeedClock(real, speed=10)
    start = clock.now()

    real.advance(6)

    now = clock.now()
    assert now.mono_ns - start.mono_ns == 60 * NS_PER_SECOND
    assert now.wall_ns - start.wall_ns == 60 * NS_PER_SECOND


def test_a_change_of_speed_keeps_the_time_reached() -> None:
    real = ManualClock()
    clock = SpeedClock(real, speed=5)
    start = clock.now().mono_ns
    real.advance(2)  # 10 s at 5x

    clock.set_speed(1)
    real.advance(3)  # then 3 s at 1x

    assert clock.now().mono_ns - start == 13 * NS_PER_SECOND
    assert clock.speed == 1


def test_skipped_time_is_added_at_once_and_never_goes_back() -> None:
    real = ManualClock()
    clock = SpeedClock(real)
    before = clock.now().mono_ns

    clock.advance(60)
    clock.set_speed(10)

    assert clock.now().mono_ns - before == 60 * NS_PER_SECOND


def test_a_speed_of_zero_is_refused() -> None:
    with pytest.raises(ValueError, match="positive"):
        SpeedClock(ManualClock(), speed=0)
