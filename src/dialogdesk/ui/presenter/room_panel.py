"""The presenter's column about the room: what the projector shows, a message to it, the notes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.session import intents as i
from dialogdesk.session.state import AudienceMode, SessionState
from dialogdesk.ui.presenter.script_panel import section_label
from dialogdesk.ui.session_controller import SessionController

THUMBNAIL_WIDTH = 256  # with the media row, the presenter view must fit a 1366x768 laptop
NOTE_SAVE_DELAY_MS = 800  # a note is saved when the typing pauses, not on every key


class RoomPanel(QWidget):
    """A live picture of the projector, the buttons that choose what it shows, and the notes."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._note_for: int | None = None  # the step whose note the field shows
        self.thumbnail = QLabel()
        self.thumbnail.setObjectName("audienceThumbnail")
        self.thumbnail.setFixedWidth(THUMBNAIL_WIDTH)
        self.thumbnail.setMinimumHeight(THUMBNAIL_WIDTH * 9 // 16)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.audience_buttons: dict[AudienceMode, QPushButton] = {}
        modes = QGridLayout()
        for index, (mode, label) in enumerate(
            [
                (AudienceMode.STEP, QCoreApplication.translate("PresenterWindow", "Step")),
                (AudienceMode.BOARD, QCoreApplication.translate("PresenterWindow", "Board")),
                (AudienceMode.PAIRS, QCoreApplication.translate("PresenterWindow", "Pairs")),
                (AudienceMode.BLANK, QCoreApplication.translate("PresenterWindow", "Black (B)")),
                (AudienceMode.FREEZE, QCoreApplication.translate("PresenterWindow", "Freeze (F)")),
                (AudienceMode.MEDIA, QCoreApplication.translate("PresenterWindow", "Media")),
            ]
        ):
            button = QPushButton(label)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, m=mode: self._show_on_audience(m))
            self.audience_buttons[mode] = button
            # Two a row: as wide as the thumbnail, in Danish and English, whatever the font.
            modes.addWidget(button, index // 2, index % 2)
        self.audience_buttons[AudienceMode.MEDIA].hide()  # until the material's media is attached
        self.message_edit = QLineEdit()
        self.message_edit.setPlaceholderText(
            QCoreApplication.translate("PresenterWindow", "Message to the room, e.g. “5 minutter tilbage”")
        )
        self.message_edit.returnPressed.connect(
            lambda: controller.send(i.SetRoomMessage(self.message_edit.text()))
        )
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setMinimumHeight(48)  # the column must fit a 768-high laptop with the media row
        self.notes_edit.setObjectName("presenterNotes")
        self.notes_edit.setPlaceholderText(
            QCoreApplication.translate("PresenterWindow", "Notes for this step (only you see them)")
        )
        self._note_timer = QTimer(self)
        self._note_timer.setSingleShot(True)
        self._note_timer.setInterval(NOTE_SAVE_DELAY_MS)
        self._note_timer.timeout.connect(self.save_note)
        self.notes_edit.textChanged.connect(self._note_timer.start)
        self._unsaved_note: tuple[int, str] | None = None
        self._leftover_timer = QTimer(self)
        self._leftover_timer.setSingleShot(True)
        self._leftover_timer.setInterval(0)
        self._leftover_timer.timeout.connect(self._save_leftover_note)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section_label(QCoreApplication.translate("PresenterWindow", "The room sees")))
        layout.addWidget(self.thumbnail)
        layout.addLayout(modes)
        layout.addWidget(section_label(QCoreApplication.translate("PresenterWindow", "Message to the room")))
        layout.addWidget(self.message_edit)
        layout.addWidget(section_label(QCoreApplication.translate("PresenterWindow", "Notes")))
        layout.addWidget(self.notes_edit, 1)

    def _show_note(self, note: str) -> None:
        self.notes_edit.blockSignals(True)  # showing a note is not typing it
        self.notes_edit.setPlainText(note)
        self.notes_edit.blockSignals(False)

    def _show_on_audience(self, mode: AudienceMode) -> None:
        self.controller.send(i.ShowOnAudience(mode.value))

    def render(self, state: SessionState) -> None:
        for mode, button in self.audience_buttons.items():
            button.setChecked(state.audience is mode)
        note = state.steps[state.current].note
        if self._note_for != state.current:
            if self._note_timer.isActive() and self._note_for is not None:
                # Typed on the step just left: saved for that step once this render is done.
                self._unsaved_note = (self._note_for, self.notes_edit.toPlainText())
                self._note_timer.stop()
                self._leftover_timer.start()
            self._note_for = state.current
            self._show_note(note)
        elif not self._note_timer.isActive() and self.notes_edit.toPlainText() != note:
            self._show_note(note)  # set elsewhere (a resume, the other window), nothing typed here
        if not self.message_edit.hasFocus():
            self.message_edit.setText(state.room_message)

    def save_note(self) -> None:
        """Send the note being typed, if it differs from the state's (for the step it was typed on)."""
        self._note_timer.stop()
        step = self._note_for if self._note_for is not None else self.controller.state.current
        self._save_note_of(step, self.notes_edit.toPlainText())

    def _save_leftover_note(self) -> None:
        if self._unsaved_note is not None:
            step, text = self._unsaved_note
            self._unsaved_note = None
            self._save_note_of(step, text)

    def _save_note_of(self, step: int, text: str) -> None:
        if self.controller.state.steps[step].note != text:
            self.controller.send(i.SetNote(step, text))
