"""What the clocks say at a given moment: everything the views show about time, in one value."""

from __future__ import annotations

from dataclasses import dataclass

from dialogdesk.session.clock import NS_PER_SECOND, Instant
from dialogdesk.session.planning import fit_minutes
from dialogdesk.session.state import SessionPhase, SessionState
from dialogdesk.session.timers import Phase


@dataclass(frozen=True)
class Timing:
    step_remaining_ns: int
    step_phase: Phase
    activity_remaining_ns: int | None
    activity_elapsed_ns: int | None
    activity_phase: Phase | None
    session_elapsed_ns: int
    planned_end_wall_ns: int | None
    forecast_end_wall_ns: int | None
    now_wall_ns: int = 0  # the wall clock at this moment, shown next to the session clock
    # A series of rounds: the activity's times above are the current round's.
    activity_round: int | None = None
    activity_rounds: int | None = None
    activity_round_ns: int | None = None  # the current round's length, with time added

    @property
    def behind_plan_ns(self) -> int:
        """How much later than planned the session will end (negative: earlier)."""
        if self.planned_end_wall_ns is None or self.forecast_end_wall_ns is None:
            return 0
        return self.forecast_end_wall_ns - self.planned_end_wall_ns


def timing(state: SessionState, now: Instant) -> Timing:
    step = state.current_step.countdown
    run = state.activity
    activity = run.round_countdown(now.mono_ns) if run is not None else None
    remaining_after_current = sum(
        max(0, progress.countdown.remaining_ns(now.mono_ns)) for progress in state.steps[state.current + 1 :]
    )
    forecast = None
    if state.phase in (SessionPhase.RUNNING, SessionPhase.PREPARATION):
        forecast = now.wall_ns + max(0, step.remaining_ns(now.mono_ns)) + remaining_after_current
    elif state.phase is SessionPhase.WRAP_UP:
        forecast = now.wall_ns
    elif state.ended_at is not None:
        forecast = state.ended_at.wall_ns
    return Timing(
        step_remaining_ns=step.remaining_ns(now.mono_ns),
        step_phase=step.phase(now.mono_ns, state.warning),
        activity_remaining_ns=activity.remaining_ns(now.mono_ns) if activity else None,
        activity_elapsed_ns=activity.elapsed_ns(now.mono_ns) if activity else None,
        activity_phase=activity.phase(now.mono_ns, state.warning) if activity else None,
        session_elapsed_ns=state.session_clock.elapsed_ns(now.mono_ns),
        planned_end_wall_ns=planned_end(state, now),
        forecast_end_wall_ns=forecast,
        now_wall_ns=now.wall_ns,
        activity_round=run.round_at(now.mono_ns) if run is not None else None,
        activity_rounds=run.rounds if run is not None else None,
        activity_round_ns=activity.duration_ns if activity else None,
    )


def planned_end(state: SessionState, now: Instant) -> int | None:
    """The fixed end time when one is set; else the start plus the session's length."""
    if state.setup.end_wall_ns is not None:
        return state.setup.end_wall_ns
    if state.started_at is None:
        return now.wall_ns + state.session_clock.duration_ns
    # Time the machine slept moves the planned end, as it does every timer.
    return state.started_at.wall_ns + state.session_clock.duration_ns + state.slept_ns


@dataclass(frozen=True)
class StepTime:
    """Actual time per step next to the plan, for the report."""

    index: int
    planned_ns: int
    actual_ns: int


def actual_vs_plan(state: SessionState, now: Instant) -> list[StepTime]:
    return [
        StepTime(index, progress.planned_ns, progress.countdown.elapsed_ns(now.mono_ns))
        for index, progress in enumerate(state.steps)
    ]


@dataclass(frozen=True)
class PlanProposal:
    """New lengths for the steps from ``first_index`` on; for the current step, the time still to go."""

    first_index: int
    minutes: tuple[float, ...]
    minutes_left: float


def minutes_left(state: SessionState, now: Instant) -> float:
    """Minutes until the fixed end, or of the available minutes not yet used."""
    if state.setup.end_wall_ns is not None:
        return max(0.0, (state.setup.end_wall_ns - now.wall_ns) / (60 * NS_PER_SECOND))
    return max(0.0, state.session_clock.remaining_ns(now.mono_ns) / (60 * NS_PER_SECOND))


def propose_plan(state: SessionState, now: Instant, floor_minutes: float = 2.0) -> PlanProposal:
    """Fit the remaining steps into the minutes left, in proportion to their planned length."""
    first = state.current
    planned = [
        state.steps[index].countdown.remaining_ns(now.mono_ns)
        if index == first and state.phase is SessionPhase.RUNNING
        else state.steps[index].countdown.duration_ns
        for index in range(first, len(state.steps))
    ]
    planned_minutes = [max(ns, 0) / (60 * NS_PER_SECOND) for ns in planned]
    left = minutes_left(state, now)
    return PlanProposal(first, tuple(fit_minutes(planned_minutes, left, floor_minutes)), left)
