"""Time sources. Timers are computed from a monotonic clock; wall time only labels events.

Times are integer nanoseconds so that arithmetic over an hour stays exact.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Protocol

NS_PER_MS = 1_000_000
NS_PER_SECOND = 1_000_000_000


@dataclass(frozen=True)
class Instant:
    """A moment seen by both clocks."""

    mono_ns: int
    wall_ns: int


class Clock(Protocol):
    def now(self) -> Instant: ...


class SystemClock:
    """The real clocks: ``time.monotonic_ns`` for durations, ``time.time_ns`` for labels."""

    def now(self) -> Instant:
        return Instant(time.monotonic_ns(), time.time_ns())


class ManualClock:
    """A clock that moves only when told to; for tests and scripted runs."""

    def __init__(self, mono_ns: int = 0, wall_ns: int = 1_700_000_000 * NS_PER_SECOND) -> None:
        self.mono_ns = mono_ns
        self.wall_ns = wall_ns

    def now(self) -> Instant:
        return Instant(self.mono_ns, self.wall_ns)

    def advance(self, seconds: float = 0, *, ms: int = 0) -> None:
        step = round(seconds * NS_PER_SECOND) + ms * NS_PER_MS
        self.mono_ns += step
        self.wall_ns += step

    def sleep_like_linux(self, seconds: float) -> None:
        """A suspend as Linux reports it: CLOCK_MONOTONIC stands still, wall time moves on."""
        self.wall_ns += round(seconds * NS_PER_SECOND)

    def sleep_like_windows(self, seconds: float) -> None:
        """A suspend as Windows reports it: both clocks move on (QueryPerformanceCounter keeps counting)."""
        step = round(seconds * NS_PER_SECOND)
        self.mono_ns += step
        self.wall_ns += step


@dataclass(frozen=True)
class Sleep:
    """A detected suspend: how long the machine slept, and how much of it the monotonic clock counted."""

    slept_ns: int
    counted_by_monotonic_ns: int


class SleepDetector:
    """Notices a suspend between two heartbeats.

    Linux: the monotonic clock does not advance during suspend, wall time does, so the two
    disagree. Windows: both advance, so the only sign is a heartbeat that came far too late.
    The caller promises a heartbeat at least every ``heartbeat_ns``; a gap longer than
    ``threshold_ns`` counts as a sleep either way.
    """

    def __init__(self, threshold_ns: int = 20 * NS_PER_SECOND) -> None:
        self.threshold_ns = threshold_ns
        self._last: Instant | None = None

    def reset(self) -> None:
        self._last = None

    def observe(self, now: Instant) -> Sleep | None:
        last, self._last = self._last, now
        if last is None:
            return None
        mono_gap = now.mono_ns - last.mono_ns
        wall_gap = now.wall_ns - last.wall_ns
        if wall_gap - mono_gap > self.threshold_ns:
            return Sleep(slept_ns=wall_gap - mono_gap, counted_by_monotonic_ns=0)
        if mono_gap > self.threshold_ns:
            return Sleep(slept_ns=mono_gap, counted_by_monotonic_ns=mono_gap)
        return None


class SpeedClock:
    """A rehearsal's clock: ``source`` run ``speed`` times as fast, plus the time skipped.

    Both times move at the speed, so the wall clock, the forecast end and the countdowns of a
    rehearsal at 10x agree with each other. A change of speed keeps the time reached so far.
    """

    def __init__(self, source: Clock, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._source = source
        self._speed = speed
        self._base_source = source.now()
        self._base = self._base_source

    @property
    def speed(self) -> float:
        return self._speed

    def now(self) -> Instant:
        real = self._source.now()
        return Instant(
            self._base.mono_ns + round((real.mono_ns - self._base_source.mono_ns) * self._speed),
            self._base.wall_ns + round((real.wall_ns - self._base_source.wall_ns) * self._speed),
        )

    def set_speed(self, speed: float) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self._base = self.now()
        self._base_source = self._source.now()
        self._speed = speed

    def advance(self, seconds: float = 0) -> None:
        """Skip ``seconds`` at once (a rehearsal's "a minute on")."""
        step = round(seconds * NS_PER_SECOND)
        self._base = Instant(self._base.mono_ns + step, self._base.wall_ns + step)
