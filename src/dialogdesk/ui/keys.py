"""Keyboard and presentation-remote control, the same on both windows.

Remotes send PageDown/PageUp, arrows, F5/Shift+F5, Escape and B or period (black screen).
Keys that a typist needs (letters, arrows, space) are left alone while a text field has focus.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


class Command(StrEnum):
    NEXT = "next"
    PREVIOUS = "previous"
    START_OR_PAUSE = "start_or_pause"
    BLANK = "blank"
    FREEZE = "freeze"
    ADD_MINUTE = "add_minute"
    SWAP_SCREENS = "swap_screens"
    TOGGLE_AUDIENCE = "toggle_audience"
    HELP = "help"
    ESCAPE = "escape"


@dataclass(frozen=True)
class Binding:
    key: Qt.Key
    command: Command
    shift: bool = False
    while_typing: bool = False  # PageUp/PageDown and function keys work even in a text field


BINDINGS: tuple[Binding, ...] = (
    Binding(Qt.Key.Key_PageDown, Command.NEXT, while_typing=True),
    Binding(Qt.Key.Key_Right, Command.NEXT),
    Binding(Qt.Key.Key_Down, Command.NEXT),
    Binding(Qt.Key.Key_Space, Command.NEXT),
    Binding(Qt.Key.Key_PageUp, Command.PREVIOUS, while_typing=True),
    Binding(Qt.Key.Key_Left, Command.PREVIOUS),
    Binding(Qt.Key.Key_Up, Command.PREVIOUS),
    Binding(Qt.Key.Key_Backspace, Command.PREVIOUS),
    Binding(Qt.Key.Key_F5, Command.START_OR_PAUSE, while_typing=True),
    Binding(Qt.Key.Key_F5, Command.START_OR_PAUSE, shift=True, while_typing=True),
    Binding(Qt.Key.Key_B, Command.BLANK),
    Binding(Qt.Key.Key_Period, Command.BLANK),
    Binding(Qt.Key.Key_F, Command.FREEZE),
    Binding(Qt.Key.Key_Plus, Command.ADD_MINUTE),
    Binding(Qt.Key.Key_F7, Command.SWAP_SCREENS, while_typing=True),
    Binding(Qt.Key.Key_F6, Command.TOGGLE_AUDIENCE, while_typing=True),
    Binding(Qt.Key.Key_F1, Command.HELP, while_typing=True),
    Binding(Qt.Key.Key_Question, Command.HELP),
    Binding(Qt.Key.Key_Escape, Command.ESCAPE, while_typing=True),
)

_TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


def describe_bindings() -> list[tuple[str, str]]:
    """(keys, what they do) for the help overlay, in the interface language."""
    return [
        (
            QCoreApplication.translate("Keys", "PageDown, →, ↓, Space"),
            QCoreApplication.translate("Keys", "Next step"),
        ),
        (
            QCoreApplication.translate("Keys", "PageUp, ←, ↑, Backspace"),
            QCoreApplication.translate("Keys", "Previous step"),
        ),
        (
            QCoreApplication.translate("Keys", "F5 or Shift+F5"),
            QCoreApplication.translate("Keys", "Start, pause, resume"),
        ),
        (
            QCoreApplication.translate("Keys", "B or ."),
            QCoreApplication.translate("Keys", "Black audience screen (press again to show)"),
        ),
        (
            QCoreApplication.translate("Keys", "F"),
            QCoreApplication.translate("Keys", "Freeze the audience screen (press again to go live)"),
        ),
        (
            QCoreApplication.translate("Keys", "+"),
            QCoreApplication.translate("Keys", "One more minute for the step"),
        ),
        (
            QCoreApplication.translate("Keys", "F6"),
            QCoreApplication.translate("Keys", "Show or hide the audience view"),
        ),
        (
            QCoreApplication.translate("Keys", "F7"),
            QCoreApplication.translate("Keys", "Swap presenter and audience screens"),
        ),
        (QCoreApplication.translate("Keys", "F1 or ?"), QCoreApplication.translate("Keys", "This help")),
        (
            QCoreApplication.translate("Keys", "Escape"),
            QCoreApplication.translate("Keys", "Close this help; never ends the session"),
        ),
    ]


class ClickerKeys(QObject):
    """An event filter for both windows that turns remote and keyboard keys into commands."""

    def __init__(self, handle: Callable[[Command], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.windows: list[QWidget] = []  # keys count only in these windows (not in a dialog)
        self.last_key_text = ""  # for the clicker check on the preparation page

    def command_for(self, event: QKeyEvent, receiver: QWidget | None = None) -> Command | None:
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        typing = isinstance(receiver, _TEXT_INPUTS) or isinstance(QApplication.focusWidget(), _TEXT_INPUTS)
        for binding in BINDINGS:
            if binding.key != event.key():
                continue
            if binding.key == Qt.Key.Key_F5 and binding.shift != shift:
                continue
            if typing and not binding.while_typing:
                return None
            return binding.command
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        if self.windows and watched.window() not in self.windows:
            return False
        if event.type() == QEvent.Type.ShortcutOverride and self.command_for(event, watched) is not None:
            # Claim our keys before a QAction/QShortcut or a widget's own handling takes them.
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            self.last_key_text = _key_name(event)
            command = self.command_for(event, watched)
            if command is not None:
                self._handle(command)
                return True
        return False


def _key_name(event: QKeyEvent) -> str:
    combined = event.keyCombination()
    return QKeySequence(combined).toString(QKeySequence.SequenceFormat.NativeText) or event.text()
