"""Countdowns computed from the monotonic clock: never by counting ticks."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from dialogdesk.session.clock import NS_PER_SECOND


class Phase(StrEnum):
    NOT_STARTED = "not_started"
    NORMAL = "normal"
    WARNING = "warning"  # the last minute, or the last share of the time (configurable)
    OVERTIME = "overtime"


@dataclass(frozen=True)
class WarningThreshold:
    """When a countdown turns to its warning phase: the last ``seconds`` or the last ``fraction``."""

    seconds: int | None = 60
    fraction: float | None = None

    def warning_from_ns(self, duration_ns: int) -> int:
        """Remaining time (ns) at or below which the countdown warns."""
        if self.fraction is not None:
            return round(duration_ns * self.fraction)
        warning_ns = (self.seconds or 0) * NS_PER_SECOND
        if warning_ns >= duration_ns:
            # "The last minute" of the silent minute would warn from its first second; a
            # countdown that short warns in its last quarter instead.
            return duration_ns // 4
        return warning_ns


@dataclass(frozen=True)
class Countdown:
    """A countdown that runs on into overtime (negative remaining time) and says so.

    ``accumulated_ns`` is the time run before the current start; ``running_since_ns`` the
    monotonic time of the current start, or None while stopped.
    """

    duration_ns: int
    accumulated_ns: int = 0
    running_since_ns: int | None = None
    started: bool = False

    @classmethod
    def of_minutes(cls, minutes: float) -> Countdown:
        return cls(duration_ns=round(minutes * 60 * NS_PER_SECOND))

    @property
    def running(self) -> bool:
        return self.running_since_ns is not None

    def start(self, now_ns: int) -> Countdown:
        if self.running:
            return self
        return replace(self, running_since_ns=now_ns, started=True)

    def stop(self, now_ns: int) -> Countdown:
        if not self.running:
            return self
        return replace(self, accumulated_ns=self.elapsed_ns(now_ns), running_since_ns=None)

    def extend(self, extra_ns: int) -> Countdown:
        return replace(self, duration_ns=max(0, self.duration_ns + extra_ns))

    def with_duration(self, duration_ns: int) -> Countdown:
        return replace(self, duration_ns=duration_ns)

    def exclude(self, excluded_ns: int) -> Countdown:
        """Do not count ``excluded_ns`` of the current run (time the machine slept)."""
        if not self.running:
            return self
        return replace(self, accumulated_ns=self.accumulated_ns - excluded_ns)

    def rebase(self, elapsed_ns: int, now_ns: int) -> Countdown:
        """Set the elapsed time as of ``now_ns`` on a new monotonic base (after a restart)."""
        return replace(
            self,
            accumulated_ns=elapsed_ns,
            running_since_ns=now_ns if self.running else None,
        )

    def elapsed_ns(self, now_ns: int) -> int:
        if self.running_since_ns is None:
            return self.accumulated_ns
        return self.accumulated_ns + max(0, now_ns - self.running_since_ns)

    def remaining_ns(self, now_ns: int) -> int:
        return self.duration_ns - self.elapsed_ns(now_ns)

    def phase(self, now_ns: int, threshold: WarningThreshold) -> Phase:
        if not self.started:
            return Phase.NOT_STARTED
        remaining = self.remaining_ns(now_ns)
        if remaining < 0:
            return Phase.OVERTIME
        if remaining <= threshold.warning_from_ns(self.duration_ns):
            return Phase.WARNING
        return Phase.NORMAL


def format_remaining(remaining_ns: int) -> str:
    """'12:05', or '-01:30' in overtime.

    Counts like a kitchen timer: 00:01 while up to a second is left, 00:00 for the first second
    over, then -00:01. A minus sign never stands before 00:00.
    """
    if remaining_ns > 0:
        seconds = -(-remaining_ns // NS_PER_SECOND)  # ceil: 0.2 s left still shows 00:01
    else:
        seconds = -remaining_ns // NS_PER_SECOND  # whole seconds over
    sign = "-" if remaining_ns < 0 and seconds > 0 else ""
    return sign + _minutes_and_seconds(seconds)


def format_elapsed(elapsed_ns: int) -> str:
    """'01:05' for time counted up (a film's position, an open-ended activity, the session).

    The same digits as a countdown, so the laptop and the projector never disagree on a time;
    whole seconds passed, never negative.
    """
    return _minutes_and_seconds(max(elapsed_ns, 0) // NS_PER_SECOND)


def _minutes_and_seconds(seconds: int) -> str:
    # Minutes only, also past an hour ('100:00'): a kitchen timer's digits, the same on both screens.
    minutes, seconds = divmod(seconds, 60)
    return f"{minutes:02d}:{seconds:02d}"
