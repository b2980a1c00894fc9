"""The two clocks and the sleep detector, without a session around them."""

from __future__ import annotations

import pytest

from dialogdesk.session.clock import (
    NS_PER_MS,
    NS_PER_SECOND,
    Instant,
    ManualClock,
    Sleep,
    SleepDetector,
    SystemClock,
)

MS = NS_PER_MS
S = NS_PER_SECOND


def test_the_manual_clock_moves_both_clocks_only_when_told() -> None:
    clock = ManualClock(mono_ns=5, wall_ns=1_000 * S)
    assert clock.now() == Instant(5, 1_000 * S)
    assert clock.now() == Instant(5, 1_000 * S)

    clock.advance(1.5)
    clock.advance(ms=2_001)
    clock.advance(0.2, ms=3)

    moved = 1_500 * MS + 2_001 * MS + 203 * MS
    assert clock.now() == Instant(5 + moved, 1_000 * S + moved)


def test_sleeping_like_linux_moves_only_the_wall_clock() -> None:
    clock = ManualClock(mono_ns=0, wall_ns=0)

    clock.sleep_like_linux(600)

    assert clock.now() == Instant(0, 600 * S)


def test_sleeping_like_windows_moves_both_clocks() -> None:
    clock = ManualClock(mono_ns=0, wall_ns=0)

    clock.sleep_like_windows(600)

    assert clock.now() == Instant(600 * S, 600 * S)


def test_the_system_clock_is_monotonic() -> None:
    clock = SystemClock()

    first, second = clock.now(), clock.now()

    assert second.mono_ns >= first.mono_ns
    assert first.wall_ns > 1_600_000_000 * S  # a real date, after 2020


def test_the_first_heartbeat_never_reports_a_sleep() -> None:
    clock = ManualClock()
    clock.sleep_like_linux(3_600)

    assert SleepDetector().observe(clock.now()) is None


def test_a_linux_suspend_shows_as_wall_time_the_monotonic_clock_did_not_count() -> None:
    clock = ManualClock()
    detector = SleepDetector()
    detector.observe(clock.now())

    clock.advance(ms=400)
    clock.sleep_like_linux(600)
    clock.advance(ms=300)

    assert detector.observe(clock.now()) == Sleep(slept_ns=600 * S, counted_by_monotonic_ns=0)


def test_a_windows_suspend_shows_as_a_heartbeat_far_too_late() -> None:
    clock = ManualClock()
    detector = SleepDetector()
    detector.observe(clock.now())

    clock.sleep_like_windows(600)

    assert detector.observe(clock.now()) == Sleep(slept_ns=600 * S, counted_by_monotonic_ns=600 * S)


@pytest.mark.parametrize("gap_seconds", [0, 0.5, 1, 5, 19.999, 20])
def test_short_heartbeat_gaps_are_not_sleep(gap_seconds: float) -> None:
    detector = SleepDetector()

    for sleep_like in ("advance", "sleep_like_linux", "sleep_like_windows"):
        clock = ManualClock()
        detector.reset()
        detector.observe(clock.now())
        getattr(clock, sleep_like)(gap_seconds)
        assert detector.observe(clock.now()) is None, sleep_like


def test_a_gap_just_over_the_threshold_is_sleep() -> None:
    clock = ManualClock()
    detector = SleepDetector()
    detector.observe(clock.now())

    clock.sleep_like_linux(20.000000001)

    assert detector.observe(clock.now()) == Sleep(slept_ns=20 * S + 1, counted_by_monotonic_ns=0)


def test_each_heartbeat_is_compared_with_the_one_before() -> None:
    # Given heartbeats every second for a minute: no sleep
    clock = ManualClock()
    detector = SleepDetector()
    for _ in range(60):
        assert detector.observe(clock.now()) is None
        clock.advance(1)

    # When the machine sleeps once, only the next heartbeat reports it, and only once
    clock.sleep_like_linux(90)
    assert detector.observe(clock.now()) == Sleep(90 * S, 0)
    clock.advance(1)
    assert detector.observe(clock.now()) is None


def test_reset_forgets_the_last_heartbeat() -> None:
    clock = ManualClock()
    detector = SleepDetector()
    detector.observe(clock.now())
    clock.sleep_like_linux(600)

    detector.reset()

    assert detector.observe(clock.now()) is None
