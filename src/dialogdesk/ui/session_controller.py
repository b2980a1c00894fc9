"""The bridge between the Qt-free session and the windows: intents in, signals out.

Both windows render the one ``Session`` this controller holds; neither owns it. A QTimer only
asks the views to repaint (the time itself comes from the session's monotonic clock) and runs
only while a session is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from dialogdesk.materials.model import Activity, Material, Step
from dialogdesk.session import intents as i
from dialogdesk.session.clock import Instant
from dialogdesk.session.engine import Session
from dialogdesk.session.state import IntentRefused, SessionPhase, SessionState
from dialogdesk.session.timers import Phase
from dialogdesk.session.timing import Timing, timing
from dialogdesk.ui.refusals import describe_refusal, describe_save_failure

REPAINT_INTERVAL_MS = 200  # five repaints a second keeps a 1-second countdown crisp


class SessionController(QObject):
    """Sends intents to the session and tells the views when to redraw."""

    stateChanged = Signal(object)  # SessionState, after it is saved
    ticked = Signal(object)  # Timing, a few times a second while running
    refused = Signal(str)  # an intent that did not apply, in words for the facilitator
    saveFailed = Signal(str)  # the disk refused; the session goes on in memory
    saveRecovered = Signal()  # a save succeeded again after one failed
    stepEnded = Signal()  # the step countdown just reached zero
    activityEnded = Signal()  # the activity countdown (or a round's) just reached zero

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._last_step_phase: Phase | None = None
        self._last_activity_phase: Phase | None = None
        self._last_round: tuple[str, int] | None = None  # (activity, round) at the last tick
        self._save_failed = False
        self._repaint = QTimer(self)
        self._repaint.setInterval(REPAINT_INTERVAL_MS)
        self._repaint.timeout.connect(self._tick)
        self._unsubscribe = session.subscribe(self._on_state, self._on_queued_refused)

    # --- reading ---------------------------------------------------------------------------
    @property
    def state(self) -> SessionState:
        return self.session.state

    @property
    def material(self) -> Material:
        return self.session.material

    @property
    def step(self) -> Step:
        return self.material.steps[self.state.current]

    def running_activity(self) -> Activity | None:
        """The material's activity whose timer runs now (the silent minute, the podcast ...)."""
        run = self.state.activity
        if run is None:
            return None
        step = self.material.steps[run.step_index]
        return next((activity for activity in step.activities if activity.id == run.activity_id), None)

    def next_step(self) -> Step | None:
        index = self.state.current + 1
        return self.material.steps[index] if index < len(self.material.steps) else None

    def now(self) -> Instant:
        return self.session.now()

    def timing(self) -> Timing:
        return timing(self.state, self.now())

    # --- changing --------------------------------------------------------------------------
    def send(self, intent: i.Intent) -> bool:
        """Apply an intent; True when it applied. A refusal is reported, never raised."""
        try:
            self.session.dispatch(intent)
        except IntentRefused as error:
            self.refused.emit(describe_refusal(error))
            return False
        return True

    def start_or_pause(self) -> None:
        """The one button (and F5) that starts, pauses and resumes."""
        state = self.state
        if state.phase is SessionPhase.PREPARATION:
            self.send(i.StartSession())
        elif state.phase is SessionPhase.RUNNING:
            self.send(i.Resume() if state.paused else i.Pause())

    def start_repaints(self) -> None:
        self._repaint.start()

    def stop_repaints(self) -> None:
        self._repaint.stop()

    def close(self) -> None:
        self._repaint.stop()
        self._unsubscribe()

    # --- internals ---------------------------------------------------------------------------
    def _on_state(self, state: SessionState) -> None:
        failure = self.session.save_failure
        if failure is not None:
            self._save_failed = True
            self.saveFailed.emit(describe_save_failure(failure))
        elif self._save_failed:
            self._save_failed = False
            self.saveRecovered.emit()
        self.stateChanged.emit(state)

    def _on_queued_refused(self, intent: i.Intent, refusal: IntentRefused) -> None:
        self.refused.emit(describe_refusal(refusal))

    def _tick(self) -> None:
        self.session.heartbeat()
        current = self.timing()
        self._announce_ends(current)
        self.ticked.emit(current)

    def _announce_ends(self, current: Timing) -> None:
        if current.step_phase is Phase.OVERTIME and self._last_step_phase not in (Phase.OVERTIME, None):
            self.stepEnded.emit()
        into_overtime = current.activity_phase is Phase.OVERTIME and self._last_activity_phase not in (
            Phase.OVERTIME,
            None,
        )
        if into_overtime or self._round_ran_out(current):
            self.activityEnded.emit()
        run = self.state.activity
        self._last_round = (run.activity_id, current.activity_round or 1) if run is not None else None
        self._last_step_phase = current.step_phase
        self._last_activity_phase = current.activity_phase

    def _round_ran_out(self, current: Timing) -> bool:
        """An auto round ended and the next began by itself since the last tick (not by a press,
        and not one that already chimed in overtime)."""
        run = self.state.activity
        if run is None or current.activity_round is None or self._last_round is None:
            return False
        activity, last = self._last_round
        by_itself = run.round < current.activity_round  # the clock moved on, no intent did
        return (
            activity == run.activity_id
            and current.activity_round > last
            and by_itself
            and self._last_activity_phase is not Phase.OVERTIME
        )
