"""Countdowns as the facilitator sees them: what is left, its colour (phase) and its text.

Countdowns are pure values over monotonic nanoseconds, so every test gives the clock
readings itself and checks exact results.
"""

from __future__ import annotations

import pytest

from dialogdesk.session.clock import NS_PER_MS, NS_PER_SECOND
from dialogdesk.session.timers import Countdown, Phase, WarningThreshold, format_elapsed, format_remaining

MS = NS_PER_MS
S = NS_PER_SECOND
MIN = 60 * S

DEFAULT = WarningThreshold()


# --- start, stop, resume -------------------------------------------------------------------
def test_a_new_countdown_has_not_started_and_shows_its_full_length() -> None:
    countdown = Countdown.of_minutes(5)

    assert countdown.duration_ns == 5 * MIN
    assert not countdown.started
    assert not countdown.running
    assert countdown.remaining_ns(123 * S) == 5 * MIN
    assert countdown.phase(123 * S, DEFAULT) is Phase.NOT_STARTED
    assert format_remaining(countdown.remaining_ns(0)) == "05:00"


def test_start_stop_and_resume_add_up_exactly() -> None:
    # Given a 5-minute countdown started at an odd monotonic reading
    base = 987_654_321_123
    countdown = Countdown.of_minutes(5).start(base)
    assert countdown.running and countdown.started

    # When it runs 1.234567891 s, stands still 17 s, runs another 0.000000009 s
    countdown = countdown.stop(base + 1_234_567_891)
    assert countdown.elapsed_ns(base + 1_234_567_891 + 17 * S) == 1_234_567_891
    countdown = countdown.start(base + 1_234_567_891 + 17 * S)
    now = base + 1_234_567_891 + 17 * S + 9

    # Then exactly the running time counts, to the nanosecond
    assert countdown.elapsed_ns(now) == 1_234_567_900
    assert countdown.remaining_ns(now) == 5 * MIN - 1_234_567_900
    assert countdown.stop(now).accumulated_ns == 1_234_567_900
    assert not countdown.stop(now).running


def test_starting_a_running_countdown_or_stopping_a_stopped_one_changes_nothing() -> None:
    running = Countdown.of_minutes(1).start(10 * S)
    assert running.start(20 * S) == running

    stopped = running.stop(15 * S)
    assert stopped.stop(30 * S) == stopped
    assert stopped.elapsed_ns(1_000 * S) == 5 * S


def test_many_short_runs_accumulate_without_drift() -> None:
    # Given a 12-minute countdown started and stopped 1000 times, 700.000001 ms each run
    countdown = Countdown.of_minutes(12)
    now = 0
    for _ in range(1000):
        countdown = countdown.start(now)
        now += 700 * MS + 1
        countdown = countdown.stop(now)
        now += 333 * MS  # stopped time in between does not count

    # Then the elapsed time is exactly the sum of the runs
    assert countdown.elapsed_ns(now) == 1000 * (700 * MS + 1)
    assert format_remaining(countdown.remaining_ns(now)) == "00:20"  # 720 s - 700.000001 s, rounded up


# --- overtime and phases ---------------------------------------------------------------------
def test_a_countdown_runs_on_into_overtime() -> None:
    countdown = Countdown.of_minutes(5).start(0)

    assert countdown.remaining_ns(5 * MIN) == 0
    assert countdown.phase(5 * MIN, DEFAULT) is Phase.WARNING
    assert format_remaining(countdown.remaining_ns(5 * MIN)) == "00:00"

    assert countdown.remaining_ns(5 * MIN + 1) == -1
    assert countdown.phase(5 * MIN + 1, DEFAULT) is Phase.OVERTIME

    assert countdown.remaining_ns(5 * MIN + 30 * S) == -30 * S
    assert format_remaining(countdown.remaining_ns(5 * MIN + 30 * S)) == "-00:30"
    assert format_remaining(countdown.remaining_ns(5 * MIN + 90 * S + 500 * MS)) == "-01:30"
    assert countdown.phase(5 * MIN + 30 * MIN, DEFAULT) is Phase.OVERTIME


@pytest.mark.parametrize(
    ("elapsed_ns", "phase"),
    [
        (0, Phase.NORMAL),
        (4 * MIN - 1, Phase.NORMAL),  # 60 s + 1 ns left
        (4 * MIN, Phase.WARNING),  # exactly the last minute
        (4 * MIN + 59 * S, Phase.WARNING),
        (5 * MIN, Phase.WARNING),  # 00:00 is still the warning, not overtime
        (5 * MIN + 1, Phase.OVERTIME),
    ],
)
def test_the_warning_is_the_last_minute_by_default(elapsed_ns: int, phase: Phase) -> None:
    countdown = Countdown.of_minutes(5).start(0)

    assert countdown.phase(elapsed_ns, DEFAULT) is phase


@pytest.mark.parametrize(
    ("minutes", "warn_from_remaining_ns"),
    [(5, 60 * S), (8, 96 * S), (12, 144 * S), (7, 84 * S), (13, 156 * S)],
)
def test_the_warning_can_be_the_last_share_of_the_time(minutes: int, warn_from_remaining_ns: int) -> None:
    threshold = WarningThreshold(fraction=0.2)
    countdown = Countdown.of_minutes(minutes).start(0)

    assert threshold.warning_from_ns(countdown.duration_ns) == warn_from_remaining_ns
    just_before = countdown.duration_ns - warn_from_remaining_ns - 1
    assert countdown.phase(just_before, threshold) is Phase.NORMAL
    assert countdown.phase(just_before + 1, threshold) is Phase.WARNING
    assert countdown.phase(countdown.duration_ns + 1, threshold) is Phase.OVERTIME


def test_a_seconds_threshold_as_long_as_the_countdown_warns_in_its_last_quarter() -> None:
    # "The last minute" of the one-minute silent brainstorm would warn from its first second.
    threshold = WarningThreshold(seconds=120)
    countdown = Countdown.of_minutes(1).start(0)

    assert threshold.warning_from_ns(countdown.duration_ns) == 15 * S
    assert countdown.phase(0, threshold) is Phase.NORMAL
    assert countdown.phase(45 * S, threshold) is Phase.WARNING


def test_a_stopped_countdown_keeps_its_phase() -> None:
    countdown = Countdown.of_minutes(5).start(0).stop(4 * MIN + 30 * S)

    assert countdown.phase(60 * MIN, DEFAULT) is Phase.WARNING
    assert format_remaining(countdown.remaining_ns(60 * MIN)) == "00:30"


# --- the text on the clock -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("remaining_ns", "text"),
    [
        (5 * MIN, "05:00"),
        (5 * MIN - 1, "05:00"),  # counting down rounds up: the first second shows the full length
        (4 * MIN + 59 * S + 1, "05:00"),
        (4 * MIN + 59 * S, "04:59"),
        (4 * MIN + 58 * S + 500 * MS, "04:59"),
        (61 * S, "01:01"),
        (60 * S, "01:00"),
        (59 * S + 1, "01:00"),
        (59 * S, "00:59"),
        (1 * S, "00:01"),
        (200 * MS, "00:01"),  # 0.2 s left still shows 00:01
        (1, "00:01"),
        (0, "00:00"),
        (-1 * S, "-00:01"),
        (-1 * S - 1, "-00:01"),
        (-30 * S, "-00:30"),
        (-90 * S, "-01:30"),
        (-(10 * MIN + 5 * S + 999 * MS), "-10:05"),
        (100 * MIN, "100:00"),
    ],
)
def test_format_remaining(remaining_ns: int, text: str) -> None:
    assert format_remaining(remaining_ns) == text


@pytest.mark.parametrize("remaining_ns", [-1, -200 * MS, -999_999_999])
def test_overtime_shows_a_minus_only_once_a_whole_second_has_passed(remaining_ns: int) -> None:
    # A clock that shows "-00:00" tells the room nothing but looks like a glitch: the first
    # second of overtime is still "00:00" (the phase already says OVERTIME), then "-00:01".
    assert format_remaining(remaining_ns) == "00:00"


def test_the_display_never_shows_the_same_second_twice_across_zero() -> None:
    # Counting down second by second over the end of a 3-second countdown, every text appears
    # for exactly one second: 00:03 00:02 00:01 00:00 -00:01 -00:02.
    countdown = Countdown(duration_ns=3 * S).start(0)
    texts = [format_remaining(countdown.remaining_ns(at)) for at in range(1, 6 * S, 250 * MS)]

    shown = {text: texts.count(text) for text in texts}
    assert shown == {"00:03": 4, "00:02": 4, "00:01": 4, "00:00": 4, "-00:01": 4, "-00:02": 4}


# --- extending, shortening, sleeping, restarting ---------------------------------------------
def test_extend_adds_time_and_can_lift_a_countdown_out_of_overtime() -> None:
    countdown = Countdown.of_minutes(5).start(0)
    at = 5 * MIN + 30 * S
    assert countdown.phase(at, DEFAULT) is Phase.OVERTIME

    extended = countdown.extend(60 * S)

    assert extended.remaining_ns(at) == 30 * S
    assert format_remaining(extended.remaining_ns(at)) == "00:30"
    assert extended.phase(at, DEFAULT) is Phase.WARNING
    assert extended.running  # extending does not stop or restart it


def test_taking_time_away_never_goes_below_zero_length() -> None:
    countdown = Countdown.of_minutes(1)

    assert countdown.extend(-30 * S).duration_ns == 30 * S
    assert countdown.extend(-5 * MIN).duration_ns == 0


def test_exclude_takes_slept_time_off_a_running_countdown_only() -> None:
    running = Countdown.of_minutes(5).start(0)
    # Both clocks counted a 10-minute sleep between 60 s and 660 s
    after_sleep = running.exclude(10 * MIN)
    assert after_sleep.elapsed_ns(11 * MIN) == 1 * MIN
    assert format_remaining(after_sleep.remaining_ns(11 * MIN)) == "04:00"

    stopped = running.stop(1 * MIN)
    assert stopped.exclude(10 * MIN) == stopped


def test_rebase_moves_a_running_countdown_to_a_new_monotonic_clock() -> None:
    # Given a countdown that ran 90 s on the old clock
    old = Countdown.of_minutes(5).start(1_000 * S)

    # When it is re-based on a new clock reading 7 s (after a restart)
    new = old.rebase(old.elapsed_ns(1_090 * S), 7 * S)

    # Then it keeps its 90 s and runs on from the new clock
    assert new.elapsed_ns(7 * S) == 90 * S
    assert new.elapsed_ns(17 * S) == 100 * S
    assert new.running


def test_rebase_keeps_a_stopped_countdown_stopped() -> None:
    stopped = Countdown.of_minutes(5).start(0).stop(42 * S)

    rebased = stopped.rebase(42 * S, 3 * S)

    assert not rebased.running
    assert rebased.elapsed_ns(500 * S) == 42 * S


@pytest.mark.parametrize(
    ("elapsed_ns", "text"),
    [
        (0, "00:00"),
        (999_999_999, "00:00"),
        (65 * S, "01:05"),
        (100 * MIN + 5 * S, "100:05"),
        (-5 * S, "00:00"),
    ],
)
def test_time_counted_up_has_the_countdowns_digits(elapsed_ns: int, text: str) -> None:
    assert format_elapsed(elapsed_ns) == text
