"""The presenter view: what the facilitator does and says now, the clocks, and the controls.

It renders the session the controller holds and sends intents; it keeps no state of its own
beyond which checklist lines are ticked on screen.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.materials.model import Step
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND
from dialogdesk.session.state import AudienceMode, SessionPhase, SessionState
from dialogdesk.session.timers import Phase, format_remaining
from dialogdesk.session.timing import Timing
from dialogdesk.ui import style
from dialogdesk.ui.board import BoardEditor
from dialogdesk.ui.session_controller import SessionController

THUMBNAIL_WIDTH = 256  # with the media row, the presenter view must fit a 1366x768 laptop
THUMBNAIL_DELAY_MS = 60
THUMBNAIL_EVERY_TICKS = 5  # the clock on the thumbnail moves once a second; a grab costs ~3 ms
NOTE_SAVE_DELAY_MS = 800  # a note is saved when the typing pauses, not on every key


def clock_text(wall_ns: int | None) -> str:
    if wall_ns is None:
        return "–"
    return datetime.fromtimestamp(wall_ns / NS_PER_SECOND).strftime("%H:%M")


def duration_text(ns: int) -> str:
    minutes, seconds = divmod(max(ns, 0) // NS_PER_SECOND, 60)
    return f"{minutes}:{seconds:02d}"


class PresenterWindow(QMainWindow):
    """The facilitator's window on the laptop screen."""

    leaveRequested = Signal()  # the facilitator confirmed leaving the session
    showAudienceRequested = Signal()  # one screen only: show the room view fullscreen (F6)
    exportRequested = Signal(str)  # "pdf", "md" or "ics"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.audience_preview: QWidget | None = None  # set by the session window
        self._leaving_confirmed = False
        self.setWindowTitle(self.tr("DialogDesk – presenter") + f" – {controller.material.title}")

        # --- header: where we are and the clocks ---------------------------------------------
        self.step_label = QLabel()
        self.step_label.setObjectName("presenterStep")
        self.step_label.setWordWrap(True)
        self.countdown_label = QLabel()
        self.countdown_label.setObjectName("presenterCountdown")
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.activity_label = QLabel()
        self.activity_label.setObjectName("presenterActivity")
        self.session_label = QLabel()
        self.session_label.setObjectName("presenterSession")
        header = QGridLayout()
        header.addWidget(self.step_label, 0, 0)
        header.addWidget(self.countdown_label, 0, 1, 2, 1)
        header.addWidget(self.session_label, 1, 0)
        header.addWidget(self.activity_label, 2, 0, 1, 2)
        header.setColumnStretch(0, 1)

        # --- the script: what to do and say -----------------------------------------------------
        self.checklist = QListWidget()
        self.checklist.setObjectName("presenterChecklist")
        self.checklist.setWordWrap(True)
        self.questions_label = QLabel()
        self.questions_label.setWordWrap(True)
        self.participant_label = QLabel()
        self.participant_label.setWordWrap(True)
        self.tips_label = QLabel()
        self.tips_label.setObjectName("presenterTips")
        self.tips_label.setWordWrap(True)
        self.next_label = QLabel()
        self.next_label.setObjectName("presenterNext")
        self.next_label.setWordWrap(True)
        script = QWidget()
        script_layout = QVBoxLayout(script)
        script_layout.addWidget(self._section(self.tr("Do now")))
        script_layout.addWidget(self.checklist, 3)
        script_layout.addWidget(self.questions_label)
        script_layout.addWidget(self.participant_label)
        script_layout.addWidget(self.tips_label)
        script_layout.addWidget(self.next_label)
        script_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(script)

        # --- the wrap-up agreement ------------------------------------------------------------
        self.agreement_fields: dict[str, QLineEdit] = {}
        agreement = QWidget()
        form = QFormLayout(agreement)
        for field in controller.material.wrap_up.agreement:
            edit = QLineEdit()
            edit.setObjectName(f"agreement_{field.id}")
            edit.editingFinished.connect(lambda field_id=field.id, line=edit: self._record(field_id, line))
            self.agreement_fields[field.id] = edit
            form.addRow(field.label, edit)
        self.export_buttons: dict[str, QPushButton] = {}
        exports = QHBoxLayout()
        for kind, label in (
            ("pdf", self.tr("Save report (PDF)")),
            ("md", self.tr("Save report (Markdown)")),
            ("ics", self.tr("Follow-up dates to the calendar (.ics)")),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, k=kind: self.exportRequested.emit(k))
            self.export_buttons[kind] = button
            exports.addWidget(button)
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(exports)
        form.addRow(self.export_label)
        self.agreement_panel = agreement

        # --- right column: the room's view, notes, message ----------------------------------------
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("audienceThumbnail")
        self.thumbnail.setFixedWidth(THUMBNAIL_WIDTH)
        self.thumbnail.setMinimumHeight(THUMBNAIL_WIDTH * 9 // 16)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.audience_buttons: dict[AudienceMode, QPushButton] = {}
        modes = QGridLayout()
        for index, (mode, label) in enumerate(
            [
                (AudienceMode.STEP, self.tr("Step")),
                (AudienceMode.BOARD, self.tr("Board")),
                (AudienceMode.PAIRS, self.tr("Pairs")),
                (AudienceMode.BLANK, self.tr("Black (B)")),
                (AudienceMode.FREEZE, self.tr("Freeze (F)")),
                (AudienceMode.MEDIA, self.tr("Media")),
            ]
        ):
            button = QPushButton(label)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self.controller.send(i.ShowOnAudience(m.value)))
            self.audience_buttons[mode] = button
            modes.addWidget(button, index // 3, index % 3)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMinimumHeight(48)  # the right column must fit a 768-high laptop with the media row
        self.notes_edit.setObjectName("presenterNotes")
        self.notes_edit.setPlaceholderText(self.tr("Notes for this step (only you see them)"))
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save_note)
        self.notes_edit.textChanged.connect(self._note_timer.start)
        self.message_edit = QLineEdit()
        self.message_edit.setPlaceholderText(self.tr("Message to the room, e.g. “5 minutter tilbage”"))
        self.message_edit.returnPressed.connect(
            lambda: self.controller.send(i.SetRoomMessage(self.message_edit.text()))
        )
        right = QVBoxLayout()
        right.addWidget(self._section(self.tr("The room sees")))
        right.addWidget(self.thumbnail)
        right.addLayout(modes)
        right.addWidget(self._section(self.tr("Message to the room")))
        right.addWidget(self.message_edit)
        right.addWidget(self._section(self.tr("Notes")))
        right.addWidget(self.notes_edit, 1)

        # --- controls ---------------------------------------------------------------------------
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.start_button = QPushButton()
        self.start_button.setObjectName("startButton")
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.add_minute_button = QPushButton(self.tr("+1 min"))
        self.pick_button = QPushButton(self.tr("Pick pairs"))
        self.end_button = QPushButton(self.tr("End session"))
        self.show_audience_button = QPushButton(self.tr("Show to the room (F6)"))
        self.show_audience_button.setToolTip(
            self.tr("Only one screen: the room view goes fullscreen; F6 or Escape comes back here.")
        )
        self.show_audience_button.clicked.connect(self.showAudienceRequested.emit)
        self.show_audience_button.hide()
        self.activity_buttons = QHBoxLayout()
        self.previous_button.clicked.connect(lambda: controller.send(i.PreviousStep()))
        self.next_button.clicked.connect(lambda: controller.send(i.NextStep()))
        self.start_button.clicked.connect(controller.start_or_pause)
        self.add_minute_button.clicked.connect(lambda: controller.send(i.AddTime(seconds=60)))
        self.pick_button.clicked.connect(self.pick_pairs)
        self.end_button.clicked.connect(self.end_session)
        controls = QHBoxLayout()
        for button in (self.previous_button, self.start_button, self.next_button, self.add_minute_button):
            controls.addWidget(button)
        controls.addLayout(self.activity_buttons)
        controls.addWidget(self.pick_button)
        controls.addStretch(1)
        controls.addWidget(self.show_audience_button)
        controls.addWidget(self.end_button)

        # The script, the board and the agreement share the left side; the board needs the room.
        self.script_scroll = scroll
        self.board_editor = BoardEditor(controller)
        self.work_tabs = QTabWidget()
        self.work_tabs.setObjectName("workTabs")
        self.work_tabs.addTab(scroll, self.tr("Script"))
        self.work_tabs.addTab(self.board_editor, self.tr("Board"))
        self.work_tabs.addTab(agreement, self.tr("Agreement"))
        self.work_tabs.currentChanged.connect(self._tab_changed)
        self.right_column = QWidget()
        self.right_column.setLayout(right)
        body = QHBoxLayout()
        body.addWidget(self.work_tabs, 1)
        body.addWidget(self.right_column)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addLayout(controls)
        self.setCentralWidget(central)
        self.setStyleSheet(_STYLE)

        self.media_controls: QWidget | None = None
        self._media_id: str | None = None
        self._shown_step: int | None = None
        self._shown_phase: SessionPhase | None = None
        self._ticks_since_thumbnail = 0
        self._buttons_for: tuple[int, SessionPhase] | None = None
        controller.stateChanged.connect(self.render_state)
        controller.stateChanged.connect(self.schedule_thumbnail)
        controller.ticked.connect(self.render_timing)
        controller.refused.connect(lambda message: self.statusBar().showMessage(message, 6000))
        controller.saveFailed.connect(self.show_save_problem)
        self.render_state(controller.state)

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("presenterSection")
        return label

    # --- rendering --------------------------------------------------------------------------
    def render_state(self, state: SessionState) -> None:
        material = self.controller.material
        step = material.steps[state.current]
        wrap_up = state.phase in (SessionPhase.WRAP_UP, SessionPhase.ENDED)
        if wrap_up and self._shown_phase not in (SessionPhase.WRAP_UP, SessionPhase.ENDED):
            self.work_tabs.setCurrentWidget(self.agreement_panel)
            self._prefill_proposal(state)
        self._shown_phase = state.phase
        if state.phase is SessionPhase.PREPARATION:
            self.step_label.setText(material.title + " – " + self.tr("ready to start (F5)"))
        elif wrap_up:
            self.step_label.setText(self.tr("Wrap-up: record the agreement"))
        else:
            minutes = state.steps[state.current].countdown.duration_ns / 60e9
            self.step_label.setText(
                self.tr("%1 of %2").replace("%1", step.label).replace("%2", str(len(material.steps)))
                + f" · {step.title} ({minutes:g} min)"
            )
        if self._shown_step != state.current and not wrap_up:
            # A step that works on the board opens on the board; the others on the script.
            works_on_board = bool(step.board) and state.phase is SessionPhase.RUNNING
            self.work_tabs.setCurrentWidget(self.board_editor if works_on_board else self.script_scroll)
        if self._shown_step != state.current:
            self._show_script(step)
            self._shown_step = state.current
            self.notes_edit.blockSignals(True)
            self.notes_edit.setPlainText(state.steps[state.current].note)
            self.notes_edit.blockSignals(False)
        if self._buttons_for != (state.current, state.phase):
            self._show_activity_buttons(step, state)
            self._buttons_for = (state.current, state.phase)
        for field_id, edit in self.agreement_fields.items():
            if not edit.hasFocus():
                edit.setText(state.agreement.get(field_id, ""))
        running = state.phase is SessionPhase.RUNNING
        if state.phase is SessionPhase.PREPARATION:
            self.start_button.setText(self.tr("▶ Start (F5)"))
        else:
            self.start_button.setText(self.tr("▶ Resume (F5)") if state.paused else self.tr("❚❚ Pause (F5)"))
        self.start_button.setEnabled(state.phase in (SessionPhase.PREPARATION, SessionPhase.RUNNING))
        self.previous_button.setEnabled(
            (running and state.current > 0) or state.phase is SessionPhase.WRAP_UP
        )
        self.next_button.setEnabled(state.phase in (SessionPhase.PREPARATION, SessionPhase.RUNNING))
        self.next_button.setText(
            self.tr("To wrap-up ▶")
            if running and state.current == len(material.steps) - 1
            else self.tr("Next ▶")
        )
        self.add_minute_button.setEnabled(running)
        if self.media_controls is not None:
            self.media_controls.setVisible(
                self._step_uses_media(step) or state.audience is AudienceMode.MEDIA
            )
        self.audience_buttons[AudienceMode.MEDIA].setVisible(self.media_controls is not None)
        self.pick_button.setVisible(any(tip.when is not None for tip in step.tips) and running)
        for mode, button in self.audience_buttons.items():
            button.setChecked(state.audience is mode)
        self.render_timing(self.controller.timing())

    def _show_script(self, step: Step) -> None:
        state = self.controller.state
        self.checklist.clear()
        for instruction in step.instructions:
            text = (self.tr("Say aloud: ") + instruction.text) if instruction.say_aloud else instruction.text
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if instruction.say_aloud:
                item.setBackground(Qt.GlobalColor.yellow)
                item.setData(Qt.ItemDataRole.UserRole, "say_aloud")
            self.checklist.addItem(item)
        self.questions_label.setText(
            _titled(self.tr("Dialogue questions you can ask"), step.dialogue_questions)
        )
        self.participant_label.setText(
            _titled(self.tr("On the projector for the participants"), step.participant_questions)
        )
        tips = [tip.text for tip in step.tips if tip.applies(state.setup.participants)]
        self.tips_label.setText(_titled(self.tr("Tips"), tips))
        following = self.controller.next_step()
        following_minutes = (
            state.steps[state.current + 1].countdown.duration_ns / 60e9 if following is not None else 0
        )
        self.next_label.setText(
            self.tr("Next: ") + f"{following.label} – {following.title} ({following_minutes:g} min)"
            if following
            else self.tr("Next: wrap-up and agreement")
        )

    def _show_activity_buttons(self, step: Step, state: SessionState) -> None:
        while self.activity_buttons.count():
            widget = self.activity_buttons.takeAt(0).widget()
            if widget is not None:
                # Out of the layout but still a child until deleted: hide it, or it floats.
                widget.hide()
                widget.deleteLater()
        if state.phase is not SessionPhase.RUNNING:
            return
        for activity in step.activities:
            minutes = f" ({activity.minutes:g} min)" if activity.minutes else ""
            button = QPushButton(self.tr("Start: ") + activity.title + minutes)
            button.setObjectName(f"activity_{activity.id}")
            button.clicked.connect(lambda _=False, a=activity.id: self.controller.send(i.StartActivity(a)))
            self.activity_buttons.addWidget(button)

    def render_timing(self, timing: Timing) -> None:
        state = self.controller.state
        phase = timing.step_phase
        # After the last step there is no step countdown; the session line keeps the time.
        in_steps = state.phase in (SessionPhase.PREPARATION, SessionPhase.RUNNING)
        self.countdown_label.setVisible(in_steps)
        self.countdown_label.setText(format_remaining(timing.step_remaining_ns))
        self.countdown_label.setStyleSheet(f"color: {style.PHASE_COLOURS_ON_LIGHT[phase]};")
        self.countdown_label.setProperty("phase", phase.value)
        overtime = self.tr("  overtime") if phase is Phase.OVERTIME else ""
        self.session_label.setText(
            self.tr("Session %1 · planned end %2 · expected end %3")
            .replace("%1", duration_text(timing.session_elapsed_ns))
            .replace("%2", clock_text(timing.planned_end_wall_ns))
            .replace("%3", clock_text(timing.forecast_end_wall_ns))
            + overtime
            + (self.tr("  · paused") if state.paused else "")
        )
        if state.activity is not None and timing.activity_remaining_ns is not None:
            shown = (
                duration_text(timing.activity_elapsed_ns or 0)
                if state.activity.open_ended
                else format_remaining(timing.activity_remaining_ns)
            )
            activity = self.controller.running_activity()
            title = activity.title if activity is not None else state.activity.activity_id
            self.activity_label.setText(self.tr("Activity: ") + f"{title}  {shown}")
            self.activity_label.setVisible(True)
        else:
            self.activity_label.setVisible(False)
        self._ticks_since_thumbnail += 1
        if self._ticks_since_thumbnail >= THUMBNAIL_EVERY_TICKS:
            self.refresh_thumbnail()

    def _tab_changed(self, index: int) -> None:
        # On a 1366-wide laptop the board needs the right column's room.
        self.right_column.setVisible(self.work_tabs.widget(index) is not self.board_editor)

    def _prefill_proposal(self, state: SessionState) -> None:
        """The chosen proposal from the board goes into the agreement, unless one is written."""
        chosen = state.board.cards.get(state.board.chosen) if state.board.chosen else None
        if chosen is not None and "proposal" in self.agreement_fields and not state.agreement.get("proposal"):
            self.controller.send(i.RecordAgreement((("proposal", chosen.text),)))

    def show_export_result(self, path: object, message: str) -> None:
        if path is not None:
            self.export_label.setText(
                self.tr("Saved: %1").replace("%1", str(path)) + ("\n" + message if message else "")
            )
        else:
            self.export_label.setText(self.tr("Not saved: ") + message)

    def attach_media(self, controls: QWidget, media_id: str) -> None:
        """Play, seek, volume and a preview for the material's media, shown in the steps that use it."""
        self.media_controls = controls
        self._media_id = media_id
        self.centralWidget().layout().insertWidget(2, controls)
        self.render_state(self.controller.state)

    def _step_uses_media(self, step: Step) -> bool:
        uses = set(step.media)
        uses |= {a.media for a in step.activities if a.media}
        uses |= {line.media for line in step.instructions if line.media}
        return self._media_id in uses

    def show_single_screen_controls(self, single: bool) -> None:
        self.show_audience_button.setVisible(single)

    def schedule_thumbnail(self) -> None:
        """After a change, once the room's view has repainted: a grab before would show the old
        picture, and a grab in between would delay the repaint the room is waiting for."""
        QTimer.singleShot(THUMBNAIL_DELAY_MS, self.refresh_thumbnail)

    def refresh_thumbnail(self) -> None:
        self._ticks_since_thumbnail = 0
        if self.audience_preview is None:
            return
        picture = self.audience_preview.grab()
        self.thumbnail.setPixmap(
            picture.scaledToWidth(THUMBNAIL_WIDTH, Qt.TransformationMode.SmoothTransformation)
        )

    # --- actions ----------------------------------------------------------------------------
    def save_note(self) -> None:
        self._note_timer.stop()
        state = self.controller.state
        text = self.notes_edit.toPlainText()
        if state.steps[state.current].note != text:
            self.controller.send(i.SetNote(state.current, text))

    def _record(self, field_id: str, edit: QLineEdit) -> None:
        if self.controller.state.agreement.get(field_id, "") != edit.text():
            self.controller.send(i.RecordAgreement(((field_id, edit.text()),)))

    def pick_pairs(self) -> None:
        count = 2 if self.controller.state.setup.participants <= 16 else 3
        seed = len(self.controller.session.events)
        if self.controller.send(i.PickPairs(count=count, seed=seed)):
            self.controller.send(i.ShowOnAudience(AudienceMode.PAIRS.value))

    def end_session(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("End the session?"),
            self.tr("End the session now? Everything is saved and can be opened again."),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.save_note()
            self.controller.send(i.EndSession())

    def show_save_problem(self, message: str) -> None:
        self.statusBar().showMessage(
            self.tr("Not saved: ")
            + message
            + self.tr(" – the session goes on; saving is retried with every change.")
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_note()
        if self._leaving_confirmed or self.controller.state.phase is SessionPhase.ENDED:
            event.accept()
            self.leaveRequested.emit()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Leave the session?"),
            self.tr("The session is saved and is offered again when DialogDesk starts. Leave it now?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._leaving_confirmed = True
            event.accept()
            self.leaveRequested.emit()
        else:
            event.ignore()


def _titled(title: str, lines: list[str]) -> str:
    if not lines:
        return ""
    return f"<b>{title}</b><ul>" + "".join(f"<li>{_escape(line)}</li>" for line in lines) + "</ul>"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_STYLE = """
QLabel#presenterStep { font-size: 18pt; font-weight: bold; }
QLabel#presenterCountdown { font-size: 54pt; font-weight: bold; padding: 0 12px; }
QLabel#presenterSession { font-size: 12pt; color: #33475b; }
QLabel#presenterActivity { font-size: 14pt; font-weight: bold; color: #8a5a00; }
QLabel#presenterSection { font-size: 12pt; font-weight: bold; color: #1b2a41; margin-top: 6px; }
QLabel#presenterTips { background: #eef6ff; padding: 6px; }
QLabel#presenterNext { color: #4a5b6c; font-style: italic; }
QListWidget#presenterChecklist { font-size: 12pt; }
QLabel#audienceThumbnail { background: #0b1a2b; border: 2px solid #1b2a41; }
QPushButton { font-size: 12pt; padding: 6px 12px; }
QPushButton#startButton { font-weight: bold; }
QPushButton:checked { background: #1b2a41; color: white; }
"""
