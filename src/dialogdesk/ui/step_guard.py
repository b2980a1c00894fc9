"""A press of "next" that would throw the session forward by accident is held until pressed again.

Two presses within ``QUICK_NS`` would skip a step the room has not even seen (a space typed
twice, a remote that bounces); a press on the last step ends the steps for the wrap-up. Either
is held and said on the presenter; pressing next again within ``CONFIRM_NS`` goes on. A remote
has no Yes button, so the second press is the answer. The guard keeps no session state: a held
press changed nothing, and a restart forgets it.
"""

from __future__ import annotations

from enum import StrEnum

from dialogdesk.session.clock import NS_PER_SECOND
from dialogdesk.session.state import SessionPhase, SessionState

QUICK_NS = NS_PER_SECOND
CONFIRM_NS = 5 * NS_PER_SECOND


class Hold(StrEnum):
    QUICK = "quick"  # the step before started less than a second ago
    LAST_STEP = "last_step"  # next leaves the last step for the wrap-up


class StepGuard:
    def __init__(self) -> None:
        self._moved_at: int | None = None
        self._held: tuple[Hold, int, int] | None = None  # why, at which step, when

    def hold(self, state: SessionState, steps: int, now_ns: int) -> Hold | None:
        """Why this press of next waits for a second one; None to go on now."""
        if state.phase is not SessionPhase.RUNNING or _begins_a_round(state, now_ns):
            return None
        held, self._held = self._held, None
        if held is not None and held[1] == state.current and now_ns - held[2] <= CONFIRM_NS:
            return None  # pressed again: that is the answer
        reason = None
        if state.current == steps - 1:
            reason = Hold.LAST_STEP
        elif self._moved_at is not None and now_ns - self._moved_at < QUICK_NS:
            reason = Hold.QUICK
        if reason is not None:
            self._held = (reason, state.current, now_ns)
        return reason

    def moved(self, now_ns: int) -> None:
        """The step changed (by next, previous or a jump)."""
        self._moved_at = now_ns
        self._held = None


def _begins_a_round(state: SessionState, now_ns: int) -> bool:
    """Next begins the next round of a series run on the clicker: no step is skipped."""
    run = state.activity
    return run is not None and not run.auto_rounds and run.next_round(now_ns) is not None
