"""Finish on time: new lengths for the remaining steps, beside the plan, one key to accept.

The proposal is the engine's (``timing.propose_plan``: in proportion, never below a floor per
step). It is offered by itself when the forecast end passes the planned end by more than
``OFFER_WHEN_BEHIND_NS``, and on F9. Enter (or the button) accepts it as an ``AcceptPlan``
intent, so the projector's countdowns follow and the change is in the session's log; Escape
leaves the plan as it is. A proposal left is not offered again until the session falls a
further ``OFFER_WHEN_BEHIND_NS`` behind.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND
from dialogdesk.session.planning import minutes_to_ns
from dialogdesk.session.state import SessionPhase
from dialogdesk.session.timing import PlanProposal, Timing, propose_plan
from dialogdesk.ui.clock_texts import end_today, length_text, wall_clock
from dialogdesk.ui.room_language import interface_step_label
from dialogdesk.ui.session_controller import SessionController

OFFER_WHEN_BEHIND_NS = 60 * NS_PER_SECOND


class ReplanPanel(QFrame):
    """The remaining steps as planned and as proposed, side by side."""

    closed = Signal()

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("replanPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.proposal: PlanProposal | None = None
        self._left_when_behind_ns: int | None = None
        self.summary_label = QLabel()
        self.summary_label.setObjectName("replanSummary")
        self.summary_label.setWordWrap(True)
        # "Vi slutter kl. 11.00": a fixed end instead of the planned length, at any moment.
        self.end_edit = QTimeEdit()
        self.end_edit.setDisplayFormat("HH:mm")
        self.end_heading = QLabel(QCoreApplication.translate("ReplanPanel", "We finish at"))
        self.end_button = QPushButton(QCoreApplication.translate("ReplanPanel", "Set the end"))
        self.end_button.clicked.connect(self.set_end)
        self.rows = QGridLayout()
        self.accept_button = QPushButton(
            QCoreApplication.translate("ReplanPanel", "Use the new plan (Enter)")
        )
        self.accept_button.clicked.connect(self.accept)
        self.keep_button = QPushButton(QCoreApplication.translate("ReplanPanel", "Keep the plan (Esc)"))
        self.keep_button.clicked.connect(self.dismiss)
        # One column per step, the buttons beside them: a few lines high, so that the laptop's
        # window keeps its controls on a 768-pixel screen.
        buttons = QVBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.keep_button)
        grid_host = QWidget()
        grid_host.setLayout(self.rows)
        # A material with many steps scrolls sideways rather than widening the window.
        scroller = QScrollArea()
        scroller.setWidget(grid_host)
        scroller.setWidgetResizable(True)
        scroller.setFrameShape(QFrame.Shape.NoFrame)
        scroller.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroller.setSizeAdjustPolicy(QScrollArea.SizeAdjustPolicy.AdjustToContents)
        body = QHBoxLayout()
        body.addWidget(scroller, 1)
        body.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.end_heading)
        top.addWidget(self.end_edit)
        top.addWidget(self.end_button)
        layout.addLayout(top)
        layout.addLayout(body)
        self.hide()

    # --- offering -------------------------------------------------------------------------------
    def offer(self) -> bool:
        """Show the proposal now (F9); False when there is nothing to plan (not running)."""
        state = self.controller.state
        if state.phase is not SessionPhase.RUNNING:
            return False
        self.proposal = propose_plan(state, self.controller.now())
        self._fill(self.proposal, self.controller.timing())
        self.show()
        self.accept_button.setFocus()
        return True

    def set_end(self) -> None:
        """The session ends at the time in the field (today), and the proposal fits that end."""
        wall_ns = end_today(self.controller.now().wall_ns, self.end_edit.time())
        if self.controller.send(i.SetEndTime(wall_ns=wall_ns)):
            self.offer()

    def render_timing(self, timing: Timing) -> None:
        """Offer the proposal by itself once the session runs late; never while it is shown."""
        if self.isVisible() or self.controller.state.phase is not SessionPhase.RUNNING:
            return
        behind = timing.behind_plan_ns
        if behind <= OFFER_WHEN_BEHIND_NS:
            self._left_when_behind_ns = None  # back on time: the next overrun is offered again
            return
        if (
            self._left_when_behind_ns is not None
            and behind < self._left_when_behind_ns + OFFER_WHEN_BEHIND_NS
        ):
            return
        self.offer()

    # --- answering ------------------------------------------------------------------------------
    def accept(self) -> None:
        proposal = self.proposal
        if proposal is None:
            return
        self._close()
        self.controller.send(i.AcceptPlan(first_index=proposal.first_index, minutes=proposal.minutes))

    def dismiss(self) -> None:
        self._left_when_behind_ns = self.controller.timing().behind_plan_ns
        self._close()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
        elif event.key() == Qt.Key.Key_Escape:
            self.dismiss()
        else:
            super().keyPressEvent(event)

    def _close(self) -> None:
        self.proposal = None
        self.hide()
        self.closed.emit()

    # --- what it says ---------------------------------------------------------------------------
    def _fill(self, proposal: PlanProposal, timing: Timing) -> None:
        behind_minutes = round(timing.behind_plan_ns / (60 * NS_PER_SECOND))
        if behind_minutes > 0:
            summary = QCoreApplication.translate(
                "ReplanPanel",
                "Expected end %1, %2 min after the planned end %3. %4 left for the steps to come:",
            ).replace("%2", str(behind_minutes))
        else:
            summary = QCoreApplication.translate(
                "ReplanPanel", "Expected end %1, planned end %3. %4 left for the steps to come:"
            )
        if not self.end_edit.hasFocus():
            self.end_edit.setTime(_local_time(timing.planned_end_wall_ns))
        self.summary_label.setText(
            summary.replace("%1", wall_clock(timing.forecast_end_wall_ns))
            .replace("%3", wall_clock(timing.planned_end_wall_ns))
            .replace("%4", length_text(minutes_to_ns(round(proposal.minutes_left))))
        )
        while self.rows.count():
            item = self.rows.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        headings = (
            QCoreApplication.translate("ReplanPanel", "Step"),
            QCoreApplication.translate("ReplanPanel", "Now"),
            QCoreApplication.translate("ReplanPanel", "New"),
        )
        for row, heading in enumerate(headings):
            self.rows.addWidget(QLabel(f"<b>{heading}</b>"), row, 0)
        state, material = self.controller.state, self.controller.material
        now_ns = self.controller.now().mono_ns
        for column, minutes in enumerate(proposal.minutes, start=1):
            index = proposal.first_index + column - 1
            countdown = state.steps[index].countdown
            current = countdown.remaining_ns(now_ns) if index == state.current else countdown.duration_ns
            step = material.steps[index]
            cells = (
                interface_step_label(step),
                length_text(max(current, 0)),
                f"<b>{length_text(minutes_to_ns(minutes))}</b>",
            )
            for row, text in enumerate(cells):
                label = QLabel(text)
                label.setObjectName(f"replanCell{row}")
                if row == 0:
                    label.setToolTip(step.title)
                self.rows.addWidget(label, row, column)


def _local_time(wall_ns: int | None) -> QTime:
    if wall_ns is None:
        return QTime(0, 0)
    moment = datetime.fromtimestamp(wall_ns / NS_PER_SECOND)
    return QTime(moment.hour, moment.minute)
