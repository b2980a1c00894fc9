"""The times both screens show, from one place: the laptop and the projector never disagree.

Digits, and the one word of a length ("min"); the windows put the other words around.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QTime

from dialogdesk.materials.model import Activity
from dialogdesk.session.clock import NS_PER_SECOND
from dialogdesk.session.state import SessionPhase, SessionState
from dialogdesk.session.timers import Phase, format_elapsed, format_remaining
from dialogdesk.session.timing import Timing

NS_PER_MS = 1_000_000


class Words(Protocol):
    """Something that words a source text: the interface's translator, or the room's."""

    def translate(self, context: str, text: str, /) -> str: ...


class _InterfaceWords:
    def translate(self, context: str, text: str) -> str:
        return QCoreApplication.translate(context, text)


INTERFACE: Words = _InterfaceWords()


@dataclass(frozen=True)
class ClockText:
    text: str
    phase: Phase
    # The countdown behind the text, for the phase's words (None when counted up).
    remaining_ns: int | None = None
    of_activity: bool = False
    duration_ns: int | None = None  # the countdown's length (a round's, in a series)


def step_clock(timing: Timing) -> ClockText:
    """The step's countdown: '05:00', '-00:30' in overtime."""
    return ClockText(
        format_remaining(timing.step_remaining_ns),
        timing.step_phase,
        timing.step_remaining_ns,
    )


def activity_clock(state: SessionState, timing: Timing) -> ClockText | None:
    """The running activity's clock: a countdown, or counted up when its length is not known
    (a film with no length in the material), which then never warns or runs over."""
    if state.activity is None or timing.activity_remaining_ns is None:
        return None
    if state.activity.open_ended:
        return ClockText(format_elapsed(timing.activity_elapsed_ns or 0), Phase.NORMAL)
    return ClockText(
        format_remaining(timing.activity_remaining_ns),
        timing.activity_phase or Phase.NORMAL,
        timing.activity_remaining_ns,
        of_activity=True,
        duration_ns=timing.activity_round_ns,
    )


WRAP_UP_WARNING_NS = 60 * NS_PER_SECOND


def wrap_up_clock(state: SessionState, timing: Timing) -> ClockText | None:
    """At the wrap-up, the time left to the session's planned end: the agreement is made against
    the clock too. None in any other phase, or with no planned end."""
    if state.phase is not SessionPhase.WRAP_UP or timing.planned_end_wall_ns is None:
        return None
    left = timing.planned_end_wall_ns - timing.now_wall_ns
    phase = Phase.OVERTIME if left < 0 else Phase.WARNING if left <= WRAP_UP_WARNING_NS else Phase.NORMAL
    return ClockText(format_remaining(left), phase, left)


def wrap_up_words(clock: ClockText, timing: Timing, words: Words = INTERFACE) -> str:
    """'Vi slutter kl. 11:00' under the wrap-up's clock, or 'Overtid +01:20' once past it."""
    if clock.phase is Phase.OVERTIME and clock.remaining_ns is not None:
        return _overtime_words(clock.remaining_ns, words)
    return words.translate("Durations", "We end at %1").replace("%1", wall_clock(timing.planned_end_wall_ns))


def activity_round(timing: Timing) -> tuple[int, int] | None:
    """(round, rounds) while a series of rounds runs; each window words it ('Round 2 of 5')."""
    if timing.activity_round is None or not timing.activity_rounds or timing.activity_rounds < 2:
        return None
    return timing.activity_round, timing.activity_rounds


def round_text(timing: Timing) -> str:
    """'Round 2 of 5' on the laptop while a series runs; '' otherwise."""
    numbers = activity_round(timing)
    if numbers is None:
        return ""
    return (
        QCoreApplication.translate("Durations", "Round %1 of %2")
        .replace("%1", str(numbers[0]))
        .replace("%2", str(numbers[1]))
    )


def activity_length_text(activity: Activity) -> str:
    """An activity's planned length: '0:30', '5 min', a series as one: '5 × 0:30'; '' if unknown."""
    if activity.minutes is None:
        return ""
    length = length_text(round(activity.minutes * 60 * NS_PER_SECOND))
    return f"{activity.rounds} × {length}" if activity.rounds > 1 else length


def elapsed_clock(ns: int) -> str:
    """Time counted up: the session so far."""
    return format_elapsed(ns)


def media_clock(ms: int) -> str:
    """A film's or podcast's position, as QMediaPlayer gives it (milliseconds)."""
    return format_elapsed(ms * NS_PER_MS)


def wall_clock(wall_ns: int | None) -> str:
    """'10:45' on the local clock; '–' when there is nothing to show."""
    if wall_ns is None:
        return "–"
    return datetime.fromtimestamp(wall_ns / NS_PER_SECOND).strftime("%H:%M")


def end_today(now_wall_ns: int, end: QTime) -> int:
    """Wall-clock nanoseconds of ``end`` ("Vi slutter kl. 11.00") on the local date of ``now_wall_ns``."""
    today = datetime.fromtimestamp(now_wall_ns / NS_PER_SECOND).date()
    moment = datetime.combine(today, time(end.hour(), end.minute()))
    return round(moment.timestamp()) * NS_PER_SECOND


def length_text(ns: int, words: Words = INTERFACE) -> str:
    """A planned length: '5 min', or '0:30' when it is not whole minutes (never '0.5 min')."""
    seconds = round(ns / NS_PER_SECOND)
    if seconds % 60 == 0:
        return words.translate("Durations", "%1 min").replace("%1", str(seconds // 60))
    return minutes_digits(seconds / 60)


def minutes_digits(minutes: float) -> str:
    """A length in minutes without its unit, for a row of them: '5', or '0:30' (never '0.5')."""
    seconds = round(minutes * 60)
    whole, rest = divmod(seconds, 60)
    return str(whole) if rest == 0 else f"{whole}:{rest:02d}"


def phase_words(state: SessionState, clock: ClockText, words: Words = INTERFACE) -> str:
    """The countdown's phase in words, for whoever cannot tell the colours apart: 'Last minute',
    'Overtime +01:20', '❚❚ Paused'; nothing in the normal phase. ``words``: the projector passes
    the material's language (ui/room_language.py), the presenter the interface's."""
    if state.phase is not SessionPhase.RUNNING:
        return ""
    said = []
    if state.paused:
        said.append("❚❚ " + words.translate("Durations", "Paused"))
    if clock.phase is Phase.OVERTIME and clock.remaining_ns is not None:
        said.append(_overtime_words(clock.remaining_ns, words))
    elif clock.phase is Phase.WARNING:
        said.append(_warning_words(state, clock, words))
    return " · ".join(said)


def _overtime_words(remaining_ns: int, words: Words) -> str:
    """'Overtime +01:20' for a countdown ``remaining_ns`` past its end (negative)."""
    return words.translate("Durations", "Overtime +%1").replace("%1", format_elapsed(-remaining_ns))


def _warning_words(state: SessionState, clock: ClockText, words: Words) -> str:
    """'Last minute', 'Last 2 minutes', 'Last 20 %' or 'Last 15 seconds': true for the threshold
    this countdown warns from (a short countdown warns in its last quarter)."""
    if state.warning.fraction is not None:
        percent = round(state.warning.fraction * 100)
        return words.translate("Durations", "Last %1 %").replace("%1", str(percent))
    duration_ns = clock.duration_ns
    if duration_ns is None:
        countdown = (
            state.activity.countdown if clock.of_activity and state.activity else state.current_step.countdown
        )
        duration_ns = countdown.duration_ns
    seconds = round(state.warning.warning_from_ns(duration_ns) / NS_PER_SECOND)
    if seconds == 60:
        return words.translate("Durations", "Last minute")
    if seconds % 60 == 0:
        return words.translate("Durations", "Last %1 minutes").replace("%1", str(seconds // 60))
    return words.translate("Durations", "Last %1 seconds").replace("%1", str(seconds))
