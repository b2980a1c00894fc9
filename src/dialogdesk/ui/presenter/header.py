"""The top of the presenter view: where the session is, and its clocks."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from dialogdesk.materials.model import Material
from dialogdesk.session.clock import NS_PER_SECOND
from dialogdesk.session.state import SessionPhase, SessionState
from dialogdesk.session.timers import Phase
from dialogdesk.session.timing import Timing
from dialogdesk.ui import style
from dialogdesk.ui.clock_texts import (
    activity_clock,
    elapsed_clock,
    length_text,
    phase_words,
    step_clock,
    wall_clock,
)
from dialogdesk.ui.room_language import interface_step_label
from dialogdesk.ui.wrapping import breakable


class SessionHeader(QWidget):
    """The step and its countdown, the session clock with its ends, and a running activity."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step_label = QLabel()
        self.step_label.setObjectName("presenterStep")
        self.step_label.setWordWrap(True)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("presenterCountdown")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # The phase in words as well as colour (colour-blind eyes, a washed-out screen).
        self.phase_label = QLabel()
        self.phase_label.setObjectName("presenterPhase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.phase_label.setVisible(False)
        self.activity_label = QLabel()
        self.activity_label.setObjectName("presenterActivity")
        self.activity_label.setWordWrap(True)
        self.session_label = QLabel()
        self.session_label.setObjectName("presenterSession")
        self.session_label.setWordWrap(True)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.step_label, 0, 0)
        layout.addWidget(self.countdown_label, 0, 1)
        layout.addWidget(self.session_label, 1, 0)
        layout.addWidget(self.phase_label, 1, 1)
        layout.addWidget(self.activity_label, 2, 0, 1, 2)
        layout.setColumnStretch(0, 1)

    def render(self, state: SessionState, material: Material) -> None:
        step = material.steps[state.current]
        if state.phase is SessionPhase.PREPARATION:
            self.step_label.setText(
                breakable(material.title)
                + " – "
                + QCoreApplication.translate("PresenterWindow", "ready to start (F5)")
            )
        elif state.phase is SessionPhase.ENDED:
            # What happens next, so that nobody presses "End session" again and waits.
            self.step_label.setText(
                QCoreApplication.translate(
                    "PresenterWindow",
                    "The session is ended and saved: save the report, then close to return to the library",
                )
            )
        elif state.phase is SessionPhase.WRAP_UP:
            self.step_label.setText(
                QCoreApplication.translate("PresenterWindow", "Wrap-up: record the agreement")
            )
        else:
            of = (
                QCoreApplication.translate("PresenterWindow", "%1 of %2")
                .replace("%1", interface_step_label(step))
                .replace("%2", str(len(material.steps)))
            )
            length = length_text(state.steps[state.current].countdown.duration_ns)
            self.step_label.setText(breakable(f"{of} · {step.title} ({length})"))

    def render_timing(self, state: SessionState, timing: Timing, activity_title: str) -> None:
        # After the last step there is no step countdown; the session line keeps the time.
        self.countdown_label.setVisible(state.phase in (SessionPhase.PREPARATION, SessionPhase.RUNNING))
        clock = step_clock(timing)
        self.countdown_label.setText(clock.text)
        self.countdown_label.setStyleSheet(f"color: {style.PHASE_COLOURS_ON_LIGHT[clock.phase]};")
        self.countdown_label.setProperty("phase", clock.phase.value)
        words = phase_words(state, clock)
        self.phase_label.setText(words)
        self.phase_label.setStyleSheet(
            f"color: {style.PHASE_COLOURS_ON_LIGHT[clock.phase]}; font-weight: bold;"
        )
        self.phase_label.setVisible(bool(words))
        overtime = (
            QCoreApplication.translate("PresenterWindow", "  overtime")
            if clock.phase is Phase.OVERTIME
            else ""
        )
        self.session_label.setText(
            QCoreApplication.translate("PresenterWindow", "Time %1").replace(
                "%1", wall_clock(timing.now_wall_ns)
            )
            + " · "
            + QCoreApplication.translate("PresenterWindow", "Session %1 · planned end %2 · expected end %3")
            .replace("%1", elapsed_clock(timing.session_elapsed_ns))
            .replace("%2", wall_clock(timing.planned_end_wall_ns))
            .replace("%3", wall_clock(timing.forecast_end_wall_ns))
            + _ahead_or_behind(timing)
            + overtime
            + (QCoreApplication.translate("PresenterWindow", "  · paused") if state.paused else "")
        )
        activity = activity_clock(state, timing)
        self.activity_label.setVisible(activity is not None)
        if activity is not None:
            self.activity_label.setText(
                QCoreApplication.translate("PresenterWindow", "Activity: ")
                + f"{activity_title}  {activity.text}"
            )


def _ahead_or_behind(timing: Timing) -> str:
    """' · 3 min behind' or ' · 2 min ahead' of the planned end; nothing within half a minute."""
    minutes = round(timing.behind_plan_ns / (60 * NS_PER_SECOND))
    if minutes > 0:
        return QCoreApplication.translate("PresenterWindow", " · %1 min behind").replace("%1", str(minutes))
    if minutes < 0:
        return QCoreApplication.translate("PresenterWindow", " · %1 min ahead").replace("%1", str(-minutes))
    return ""
