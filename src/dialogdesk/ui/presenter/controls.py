"""The presenter's row of session controls: steps, start and pause, time, activities, pairs, end.

Buttons send intents; rendering only enables, names and shows them from the state. However many
activities a step has, they share one button (the first) with a menu for the rest, so the row
fits a laptop whatever the material holds.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QSizePolicy, QToolButton, QWidget

from dialogdesk.materials.model import Activity, Grouping, Step
from dialogdesk.session import intents as i
from dialogdesk.session.state import SessionPhase, SessionState
from dialogdesk.ui.clock_texts import activity_length_text
from dialogdesk.ui.session_controller import SessionController

ACTIVITY_BUTTON_TEXT_PX = 420  # a 120-character activity title is elided to this


def activity_label(activity: Activity) -> str:
    """'Start: Score the ideas (5 × 0:30)': a series of rounds is one entry, never one per round."""
    length = activity_length_text(activity)
    return (
        QCoreApplication.translate("PresenterWindow", "Start: ")
        + activity.title
        + (f" ({length})" if length else "")
    )


class SessionControls(QWidget):
    """Previous, start/pause, next, +1 min, the step's activities, pick pairs, show, end."""

    endRequested = Signal()
    pickRequested = Signal()
    showAudienceRequested = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._activities_for: tuple[int, SessionPhase] | None = None
        self.previous_button = QPushButton(QCoreApplication.translate("PresenterWindow", "◀ Previous"))
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.next_button = QPushButton(QCoreApplication.translate("PresenterWindow", "Next ▶"))
        self.add_minute_button = QPushButton(QCoreApplication.translate("PresenterWindow", "+1 min"))
        self.activity_button = QToolButton()
        self.activity_button.setObjectName("activityButton")
        self.activity_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.activity_menu = QMenu(self)
        self._first_activity: str | None = None
        self.activity_button.clicked.connect(self._start_first)
        self.pick_button = QPushButton(QCoreApplication.translate("PresenterWindow", "Pick pairs"))
        # A step that works in groups: make them (of the step's size) and show them to the room.
        self.groups_button = QPushButton()
        self.groups_button.clicked.connect(
            lambda: controller.send(i.MakeGroups(seed=controller.state.setup.seed + controller.state.current))
        )
        self.end_button = QPushButton(QCoreApplication.translate("PresenterWindow", "End session"))
        self.show_audience_button = QPushButton(
            QCoreApplication.translate("PresenterWindow", "Show to the room (F6)")
        )
        self.show_audience_button.setToolTip(
            QCoreApplication.translate(
                "PresenterWindow",
                "Only one screen: the room view goes fullscreen; F6 or Escape comes back here.",
            )
        )
        self.show_audience_button.hide()
        self.previous_button.clicked.connect(lambda: controller.send(i.PreviousStep()))
        self.next_button.clicked.connect(lambda: controller.send(i.NextStep()))
        self.start_button.clicked.connect(controller.start_or_pause)
        self.add_minute_button.clicked.connect(lambda: controller.send(i.AddTime(seconds=60)))
        self.pick_button.clicked.connect(self.pickRequested.emit)
        self.end_button.clicked.connect(self.endRequested.emit)
        self.show_audience_button.clicked.connect(self.showAudienceRequested.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for button in (self.previous_button, self.start_button, self.next_button, self.add_minute_button):
            layout.addWidget(button)
        layout.addWidget(self.activity_button)
        layout.addWidget(self.pick_button)
        layout.addWidget(self.groups_button)
        layout.addStretch(1)
        layout.addWidget(self.show_audience_button)
        layout.addWidget(self.end_button)

    def render(self, state: SessionState, step: Step, last_step: bool) -> None:
        running = state.phase is SessionPhase.RUNNING
        if state.phase is SessionPhase.PREPARATION:
            self.start_button.setText(QCoreApplication.translate("PresenterWindow", "▶ Start (F5)"))
        else:
            self.start_button.setText(
                QCoreApplication.translate("PresenterWindow", "▶ Resume (F5)")
                if state.paused
                else QCoreApplication.translate("PresenterWindow", "❚❚ Pause (F5)")
            )
        self.start_button.setEnabled(state.phase in (SessionPhase.PREPARATION, SessionPhase.RUNNING))
        self.previous_button.setEnabled(
            (running and state.current > 0) or state.phase is SessionPhase.WRAP_UP
        )
        self.next_button.setEnabled(state.phase in (SessionPhase.PREPARATION, SessionPhase.RUNNING))
        self.next_button.setText(
            QCoreApplication.translate("PresenterWindow", "To wrap-up ▶")
            if running and last_step
            else QCoreApplication.translate("PresenterWindow", "Next ▶")
        )
        self.add_minute_button.setEnabled(running)
        self.pick_button.setVisible(running and step.pairs_to_pick(state.setup.participants) is not None)
        self.groups_button.setVisible(running and Grouping.GROUPS in step.grouping)
        self.groups_button.setText(groups_button_text(step))
        self.end_button.setEnabled(state.phase is not SessionPhase.ENDED)
        if self._activities_for != (state.current, state.phase):
            self._activities_for = (state.current, state.phase)
            self._show_activities(step if running else None)

    def _show_activities(self, step: Step | None) -> None:
        activities = list(step.activities) if step is not None else []
        self.activity_button.setVisible(bool(activities))
        self.activity_menu.clear()
        if not activities:
            return
        first = activities[0]
        metrics = QFontMetrics(self.activity_button.font())
        text = activity_label(first)
        self.activity_button.setText(
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, ACTIVITY_BUTTON_TEXT_PX)
        )
        self.activity_button.setToolTip(text)
        self._first_activity = first.id
        for activity in activities:
            action = self.activity_menu.addAction(activity_label(activity))
            action.setObjectName(f"activity_{activity.id}")
            action.triggered.connect(lambda _=False, a=activity.id: self._start(a))
        many = len(activities) > 1
        self.activity_button.setMenu(self.activity_menu if many else None)
        self.activity_button.setPopupMode(
            QToolButton.ToolButtonPopupMode.MenuButtonPopup
            if many
            else QToolButton.ToolButtonPopupMode.DelayedPopup
        )

    def _start_first(self) -> None:
        if self._first_activity is not None:
            self._start(self._first_activity)

    def _start(self, activity_id: str) -> None:
        self.controller.send(i.StartActivity(activity_id))


def groups_button_text(step: Step) -> str:
    """'Groups of 4', 'Groups of 3–5', or 'Groups of pairs' (short: the row holds ten steps' controls)."""
    size = step.group_range
    if size is None:
        return QCoreApplication.translate("PresenterWindow", "Groups of pairs")
    low, high = size
    text = QCoreApplication.translate("PresenterWindow", "Groups of %1")
    return text.replace("%1", str(low) if low == high else f"{low}–{high}")
