"""The presenter view: what the facilitator does and says now, the clocks, and the controls.

A projection of the session the controller holds: ``render_state`` writes every part from the
state and never sends an intent; the parts send intents only for what the facilitator does.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.session import intents as i
from dialogdesk.session.state import AudienceMode, SessionPhase, SessionState
from dialogdesk.session.timing import Timing
from dialogdesk.ui.board import BoardEditor
from dialogdesk.ui.clock_texts import length_text, round_text
from dialogdesk.ui.presenter.agreement_panel import AgreementPanel
from dialogdesk.ui.presenter.controls import SessionControls
from dialogdesk.ui.presenter.header import SessionHeader
from dialogdesk.ui.presenter.next_screen import NextScreen
from dialogdesk.ui.presenter.now_and_next import NowAndNext
from dialogdesk.ui.presenter.replan import ReplanPanel
from dialogdesk.ui.presenter.room_panel import THUMBNAIL_WIDTH, RoomPanel
from dialogdesk.ui.presenter.room_state import RoomStateBar
from dialogdesk.ui.presenter.running_order import RunningOrder
from dialogdesk.ui.presenter.script_panel import ScriptPanel
from dialogdesk.ui.room_language import interface_step_label
from dialogdesk.ui.session_controller import SessionController
from dialogdesk.ui.step_guard import Hold

THUMBNAIL_DELAY_MS = 60
THUMBNAIL_EVERY_TICKS = 5  # the clock on the thumbnail moves once a second; a grab costs ~3 ms
SAVE_PROBLEM_TIMEOUT_MS = 0  # shown until a save succeeds again
MIN_COLUMN_HEIGHT = 120  # below this the room's column scrolls
COLUMN_MARGIN_PX = 8
THUMBNAIL_BORDER_PX = 2  # the thumbnail's frame in _STYLE


STEP_ANNOUNCEMENT_MS = 5000  # as long as a second press of next still answers a held one


class PresenterWindow(QMainWindow):
    """The facilitator's window on the laptop screen."""

    leaveRequested = Signal()  # the facilitator confirmed leaving the session
    showAudienceRequested = Signal()  # one screen only: show the room view fullscreen (F6)
    exportRequested = Signal(str)  # "pdf", "md" or "ics"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.audience_preview: QWidget | None = None  # set by the session window
        self.media_controls: QWidget | None = None
        self._media_id: str | None = None
        self._leaving_confirmed = False
        self._shown_step: int | None = None
        self._shown_phase: SessionPhase | None = None
        self._ticks_since_thumbnail = 0
        # One timer the window owns (a bare singleShot could outlive the window it grabs for).
        self._thumbnail_timer = QTimer(self)
        self._thumbnail_timer.setSingleShot(True)
        self._thumbnail_timer.setInterval(THUMBNAIL_DELAY_MS)
        self._thumbnail_timer.timeout.connect(self.refresh_thumbnail)
        self.setWindowTitle(self.tr("DialogDesk – presenter") + f" – {controller.material.title}")

        self.header = SessionHeader()
        self.running_order = RunningOrder(controller)
        self.script = ScriptPanel(controller)
        self.board_editor = BoardEditor(controller)
        self.agreement = AgreementPanel(controller)
        self.agreement.exportRequested.connect(self.exportRequested.emit)
        self.room = RoomPanel(controller)
        self.controls = SessionControls(controller)
        self.replan = ReplanPanel(controller)
        self.room_state = RoomStateBar(controller)
        self.now_and_next = NowAndNext()
        self.next_screen: NextScreen | None = None  # made when the tab is first opened
        self.controls.pickRequested.connect(self.pick_pairs)
        self.controls.endRequested.connect(self.end_session)
        self.controls.showAudienceRequested.connect(self.showAudienceRequested.emit)
        self._expose_parts()

        # The script, the board and the agreement share the left side; the board needs the room.
        self.work_tabs = QTabWidget()
        self.work_tabs.setObjectName("workTabs")
        self.work_tabs.addTab(self.script, self.tr("Script"))
        self.work_tabs.addTab(self.board_editor, self.tr("Board"))
        self.work_tabs.addTab(self.agreement, self.tr("Agreement"))
        self.work_tabs.addTab(self.now_and_next, self.tr("Now and next"))
        self.work_tabs.currentChanged.connect(self._tab_changed)
        self.right_column = _ScrollingColumn(self.room)
        body = QHBoxLayout()
        body.addWidget(self.work_tabs, 1)
        body.addWidget(self.right_column)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.header)
        # Where the dialogue is, and what the room sees: in one row above every tab.
        order_and_room = QHBoxLayout()
        order_and_room.addWidget(self.running_order, 1)
        order_and_room.addWidget(self.room_state)
        layout.addLayout(order_and_room)
        layout.addLayout(body, 1)
        layout.addWidget(self.replan)
        layout.addWidget(self.controls)
        self.setCentralWidget(central)
        self.setStyleSheet(_STYLE)

        controller.stateChanged.connect(self.render_state)
        controller.stateChanged.connect(self.schedule_thumbnail)
        controller.ticked.connect(self.render_timing)
        controller.refused.connect(lambda message: self.statusBar().showMessage(message, 6000))
        controller.saveFailed.connect(self.show_save_problem)
        controller.saveRecovered.connect(self.statusBar().clearMessage)
        self.render_state(controller.state)

    def _expose_parts(self) -> None:
        """The parts' widgets under the names tests, the self-test and the room's tools use."""
        header, script, room, controls = self.header, self.script, self.room, self.controls
        self.step_label, self.countdown_label = header.step_label, header.countdown_label
        self.activity_label, self.session_label = header.activity_label, header.session_label
        self.checklist, self.questions_label = script.checklist, script.questions_label
        self.participant_label, self.tips_label = script.participant_label, script.tips_label
        self.next_label = script.next_label
        self.agreement_panel, self.agreement_fields = self.agreement, self.agreement.fields
        self.export_buttons, self.export_label = self.agreement.export_buttons, self.agreement.export_label
        self.thumbnail, self.audience_buttons = room.thumbnail, room.audience_buttons
        self.notes_edit, self.message_edit = room.notes_edit, room.message_edit
        self.previous_button, self.start_button = controls.previous_button, controls.start_button
        self.next_button, self.add_minute_button = controls.next_button, controls.add_minute_button
        self.activity_button, self.pick_button = controls.activity_button, controls.pick_button
        self.end_button, self.show_audience_button = controls.end_button, controls.show_audience_button

    # --- rendering --------------------------------------------------------------------------
    def render_state(self, state: SessionState) -> None:
        material = self.controller.material
        step = material.steps[state.current]
        self._choose_tab(state, bool(step.board))
        self.header.render(state, material)
        self.running_order.render(state, material)
        self.room_state.render(state, self._audience_shown())
        self.script.render(state, material)
        self.agreement.render(state)
        self.room.render(state)
        self.controls.render(state, step, state.current == len(material.steps) - 1)
        if self.media_controls is not None:
            uses_media = self._media_id is not None and step.uses_media(self._media_id)
            self.media_controls.setVisible(uses_media or state.audience is AudienceMode.MEDIA)
        self.room.audience_buttons[AudienceMode.MEDIA].setVisible(self.media_controls is not None)
        self.render_timing(self.controller.timing())

    def _choose_tab(self, state: SessionState, step_uses_board: bool) -> None:
        """On a new step (or the wrap-up), the tab the step works in; the facilitator may switch."""
        wrap_up = state.phase in (SessionPhase.WRAP_UP, SessionPhase.ENDED)
        if wrap_up and self._shown_phase is not state.phase:  # also on ending: the report's buttons are there
            self.work_tabs.setCurrentWidget(self.agreement)
        elif not wrap_up and (self._shown_step, self._shown_phase) != (state.current, state.phase):
            # Also when the session starts (F5 on Trin 1) or comes back from the wrap-up.
            on_board = step_uses_board and state.phase is SessionPhase.RUNNING
            # A facilitator who watches now and next keeps them, unless the step works on the board.
            keep = self.work_tabs.currentWidget() is self.now_and_next and not on_board
            if not keep:
                self.work_tabs.setCurrentWidget(self.board_editor if on_board else self.script)
            if self._shown_phase is SessionPhase.RUNNING and state.phase is SessionPhase.RUNNING:
                self._announce_step(state)
        self._shown_phase, self._shown_step = state.phase, state.current

    def render_timing(self, timing: Timing) -> None:
        activity = self.controller.running_activity()
        state = self.controller.state
        title = (
            activity.title if activity is not None else (state.activity.activity_id if state.activity else "")
        )
        if rounds := round_text(timing):
            title = f"{title} · {rounds}"
        self.header.render_timing(state, timing, title)
        self.replan.render_timing(timing)
        self.room_state.render(state, self._audience_shown())  # F6 hides it without a state change
        self._ticks_since_thumbnail += 1
        if self._ticks_since_thumbnail >= THUMBNAIL_EVERY_TICKS:
            self.refresh_thumbnail()

    def _announce_step(self, state: SessionState) -> None:
        """'Trin 5 · PgUp: back to Trin 4': a step changed by a stray key is seen, and undone."""
        steps = self.controller.material.steps
        text = interface_step_label(steps[state.current])
        if self._shown_step is not None and self._shown_step != state.current:
            back = interface_step_label(steps[self._shown_step])
            text += self.tr(" · PageUp: back to %1").replace("%1", back)
        self.statusBar().showMessage(text, STEP_ANNOUNCEMENT_MS)

    def say_held(self, held: Hold) -> None:
        """Why a press of next did nothing yet, and that a second press goes on."""
        steps = self.controller.material.steps
        step = interface_step_label(steps[self.controller.state.current])
        if held is Hold.LAST_STEP:
            text = self.tr("%1 is the last step: press next again for the wrap-up")
        else:
            text = self.tr("%1 started a moment ago: press next again to skip it")
        self.statusBar().showMessage(text.replace("%1", step), STEP_ANNOUNCEMENT_MS)

    def typing_target(self, watched: QObject, text: str) -> QWidget | None:
        """The board's card line, for letters typed in this window while the board is open.

        The board's own keys stay the board's: digits and minus on a selected card count dots.
        """
        line = self.board_editor.capture.line
        if self.work_tabs.currentWidget() is not self.board_editor or not line.isVisibleTo(self):
            return None
        if not isinstance(watched, QWidget) or watched.window() is not self:
            return None
        view = self.board_editor.view
        if (watched is view or view.isAncestorOf(watched)) and (text.isdigit() or text == "-"):
            return None
        return line if line.isEnabled() else None

    def _tab_changed(self, index: int) -> None:
        # On a 1366-wide laptop the board and the two large pictures need the right column's room.
        wide = self.work_tabs.widget(index) in (self.board_editor, self.now_and_next)
        self.right_column.setVisible(not wide)
        self.room_state.set_compact(wide)
        if self.work_tabs.widget(index) is self.now_and_next:
            self.refresh_thumbnail()

    def _audience_shown(self) -> bool:
        """Whether the room's window is up (F6 can hide it); before the session window sets it, yes."""
        return self.audience_preview is None or self.audience_preview.isVisible()

    def show_export_result(self, text: str) -> None:
        self.agreement.export_label.setText(text)

    def attach_media(self, controls: QWidget, media_id: str) -> None:
        """Play, seek, volume and a preview for the material's media, shown in the steps that use it."""
        self.media_controls = controls
        self._media_id = media_id
        self.centralWidget().layout().insertWidget(2, controls)
        self.render_state(self.controller.state)

    def show_single_screen_controls(self, single: bool) -> None:
        self.show_audience_button.setVisible(single)

    def schedule_thumbnail(self) -> None:
        """After a change, once the room's view has repainted: a grab before would show the old
        picture, and a grab in between would delay the repaint the room is waiting for."""
        self._thumbnail_timer.start()

    def refresh_thumbnail(self) -> None:
        self._ticks_since_thumbnail = 0
        if self.audience_preview is None:
            return
        picture = self.audience_preview.grab()
        if self.work_tabs.currentWidget() is self.now_and_next:
            self.now_and_next.show_now(picture)
            self._refresh_next_screen()
            return  # the column with the thumbnail is hidden on this tab
        inside = THUMBNAIL_WIDTH - 2 * THUMBNAIL_BORDER_PX
        self.thumbnail.setPixmap(picture.scaledToWidth(inside, Qt.TransformationMode.SmoothTransformation))

    def _refresh_next_screen(self) -> None:
        """The room's next screen, drawn anew only when the session changed."""
        assert self.audience_preview is not None
        if self.next_screen is None:
            self.next_screen = NextScreen(self.controller, self)
        if self.next_screen.update(self.audience_preview.size()):
            self.now_and_next.show_next(self.next_screen.picture(), self._next_caption())

    def _next_caption(self) -> str:
        """'After next: Trin 3 · Refleksioner (12 min)', the wrap-up, or the next round."""
        assert self.next_screen is not None
        coming, live = self.next_screen.state, self.controller.state
        if coming is None:
            return self.tr("After next: nothing new")
        if coming.phase is SessionPhase.WRAP_UP:
            return self.tr("After next: the wrap-up")
        if coming.phase is live.phase and coming.current == live.current:
            return self.tr("After next: the next round")
        step = self.controller.material.steps[coming.current]
        length = length_text(coming.steps[coming.current].countdown.duration_ns)
        return (
            self.tr("After next: %1 · %2 (%3)")
            .replace("%1", interface_step_label(step))
            .replace("%2", step.title)
            .replace("%3", length)
        )

    # --- actions ----------------------------------------------------------------------------
    def save_note(self) -> None:
        self.room.save_note()

    def pick_pairs(self) -> None:
        state = self.controller.state
        count = self.controller.step.pairs_to_pick(state.setup.participants)
        if count is not None:
            # The seed is the log's length: another pick, another draw, the same on replay.
            self.controller.send(i.PickPairs(count=count, seed=len(self.controller.session.events)))

    def end_session(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("End the session?"),
            self.tr("End the session now? Everything is saved and can be opened again."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.save_note()
            self.agreement.record_all()
            self.controller.send(i.EndSession())

    def show_save_problem(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Not saved: ")
            + message
            + self.tr(" – the session goes on; saving is retried with every change."),
            SAVE_PROBLEM_TIMEOUT_MS,
        )

    def confirm_leaving(self) -> None:
        """Close without asking: a session with nothing saved (a preview, a rehearsal) loses nothing."""
        self._leaving_confirmed = True

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_note()
        if self._leaving_confirmed or self.controller.state.phase is SessionPhase.ENDED:
            self._leave(event)
            return
        answer = QMessageBox.question(
            self,
            self.tr("Leave the session?"),
            self.tr("The session is saved and is offered again when DialogDesk starts. Leave it now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._leaving_confirmed = True
            self._leave(event)
        else:
            event.ignore()

    def _leave(self, event: QCloseEvent) -> None:
        self._thumbnail_timer.stop()  # nothing is grabbed for a window that is gone
        if self.next_screen is not None:
            self.next_screen.close()
        self.room.save_note()
        event.accept()
        self.leaveRequested.emit()


class _ScrollingColumn(QScrollArea):
    """The room's column scrolls on a small laptop rather than push the controls off the screen."""

    def __init__(self, column: QWidget) -> None:
        super().__init__()
        self.setWidget(column)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # As wide as the thumbnail (its buttons are laid out to fit it), plus a scroll bar.
        self.setFixedWidth(THUMBNAIL_WIDTH + COLUMN_MARGIN_PX + self.verticalScrollBar().sizeHint().width())

    def minimumSizeHint(self) -> QSize:
        return QSize(self.width(), MIN_COLUMN_HEIGHT)


_STYLE = """
QLabel#presenterStep { font-size: 18pt; font-weight: bold; }
QLabel#presenterCountdown { font-size: 50pt; font-weight: bold; padding: 0 12px; }
QLabel#presenterSession { font-size: 12pt; color: #33475b; }
QLabel#presenterActivity { font-size: 14pt; font-weight: bold; color: #8a5a00; }
QLabel#presenterSection { font-size: 12pt; font-weight: bold; color: #1b2a41; margin-top: 2px; }
QLabel#presenterTips { background: #eef6ff; padding: 6px; }
QLabel#presenterNext { color: #4a5b6c; font-style: italic; }
QListWidget#presenterChecklist { font-size: 12pt; }
QLabel#audienceThumbnail { background: #0b1a2b; border: 2px solid #1b2a41; }
QPushButton, QToolButton#activityButton { font-size: 12pt; padding: 6px 12px; }
QPushButton#startButton { font-weight: bold; }
QPushButton:checked { background: #1b2a41; color: white; }
"""
