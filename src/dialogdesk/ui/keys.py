"""Keyboard and presentation-remote control, the same on both windows.

Remotes send PageDown/PageUp, arrows, F5/Shift+F5, Escape and B or period (black screen).
Keys that a typist needs (letters, arrows, space) are left alone while a text field has focus.
``BINDINGS`` and ``DESCRIPTIONS`` are the one key table: the help overlay, the preparation page's
remote check and the README's table (checked by a test) all come from them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QKeyCombination, QObject, Qt
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
    REPLAN = "replan"
    FILM_CLOCK = "film_clock"
    RUNNING_ORDER = "running_order"
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
    Binding(Qt.Key.Key_F9, Command.REPLAN, while_typing=True),
    Binding(Qt.Key.Key_T, Command.FILM_CLOCK),
    Binding(Qt.Key.Key_O, Command.RUNNING_ORDER),
    Binding(Qt.Key.Key_F1, Command.HELP, while_typing=True),
    Binding(Qt.Key.Key_Question, Command.HELP),
    Binding(Qt.Key.Key_Escape, Command.ESCAPE, while_typing=True),
)

# What each command does, in the order the help lists them (English source; see describe()).
DESCRIPTIONS: dict[Command, str] = {
    Command.NEXT: QT_TRANSLATE_NOOP("Keys", "Next step"),
    Command.PREVIOUS: QT_TRANSLATE_NOOP("Keys", "Previous step"),
    Command.START_OR_PAUSE: QT_TRANSLATE_NOOP("Keys", "Start, pause, resume"),
    Command.BLANK: QT_TRANSLATE_NOOP("Keys", "Black audience screen (press again to show)"),
    Command.FREEZE: QT_TRANSLATE_NOOP("Keys", "Freeze the audience screen (press again to go live)"),
    Command.ADD_MINUTE: QT_TRANSLATE_NOOP("Keys", "One more minute for the step"),
    Command.TOGGLE_AUDIENCE: QT_TRANSLATE_NOOP("Keys", "Show or hide the audience view"),
    Command.SWAP_SCREENS: QT_TRANSLATE_NOOP("Keys", "Swap presenter and audience screens"),
    Command.REPLAN: QT_TRANSLATE_NOOP("Keys", "Propose new step lengths to finish on time"),
    Command.FILM_CLOCK: QT_TRANSLATE_NOOP("Keys", "Show or hide the countdown over the film"),
    Command.RUNNING_ORDER: QT_TRANSLATE_NOOP(
        "Keys", "Show or hide the steps along the bottom of the projector"
    ),
    Command.HELP: QT_TRANSLATE_NOOP("Keys", "This help"),
    Command.ESCAPE: QT_TRANSLATE_NOOP("Keys", "Close this help; never ends the session"),
}

# Key names a facilitator knows better than Qt's abbreviations ("PgDown", "Right", "Esc").
_SYMBOLS: dict[Qt.Key, str] = {
    Qt.Key.Key_Right: "→",
    Qt.Key.Key_Left: "←",
    Qt.Key.Key_Down: "↓",
    Qt.Key.Key_Up: "↑",
}
_WORDS: dict[Qt.Key, str] = {
    Qt.Key.Key_PageDown: QT_TRANSLATE_NOOP("Keys", "PageDown"),
    Qt.Key.Key_PageUp: QT_TRANSLATE_NOOP("Keys", "PageUp"),
    Qt.Key.Key_Space: QT_TRANSLATE_NOOP("Keys", "Space"),
    Qt.Key.Key_Backspace: QT_TRANSLATE_NOOP("Keys", "Backspace"),
    Qt.Key.Key_Escape: QT_TRANSLATE_NOOP("Keys", "Escape"),
}
_NAMED_MODIFIERS = (
    Qt.KeyboardModifier.ShiftModifier
    | Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)

_TEXT_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox)


def describe(command: Command) -> str:
    """What ``command`` does, in the interface language."""
    return QCoreApplication.translate("Keys", DESCRIPTIONS[command])


def key_name(key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> str:
    """A key as the help and the remote check name it: "PageDown", "→", "Shift+F5", "B".

    Empty for a key Qt has no name for.
    """
    if key in (0, Qt.Key.Key_unknown):
        return ""
    modifiers = modifiers & _NAMED_MODIFIERS  # a keypad's flag is no key a facilitator presses
    native = QKeySequence.SequenceFormat.NativeText
    text = QKeySequence(QKeyCombination(modifiers, key)).toString(native)
    own = _SYMBOLS.get(key) or (QCoreApplication.translate("Keys", _WORDS[key]) if key in _WORDS else None)
    if own is not None:
        bare = QKeySequence(key).toString(native)
        text = text.removesuffix(bare) + own  # keeps "Shift+" in front
    return text


def binding_name(binding: Binding) -> str:
    shift = Qt.KeyboardModifier.ShiftModifier if binding.shift else Qt.KeyboardModifier.NoModifier
    return key_name(binding.key, shift)


def binding_for(key: int, shift: bool) -> Binding | None:
    """The binding a key press means, whatever has focus (F5 and Shift+F5 are told apart)."""
    for binding in BINDINGS:
        if binding.key != key:
            continue
        if binding.key == Qt.Key.Key_F5 and binding.shift != shift:
            continue
        return binding
    return None


def keys_of(command: Command) -> list[str]:
    """The names of the keys bound to ``command``, in the table's order."""
    return [binding_name(binding) for binding in BINDINGS if binding.command is command]


def help_rows() -> list[tuple[str, str]]:
    """(keys, what they do) for each command, as the help overlay lists them."""
    return [(", ".join(keys_of(command)), describe(command)) for command in DESCRIPTIONS]


class ClickerKeys(QObject):
    """An event filter for both windows that turns remote and keyboard keys into commands."""

    def __init__(self, handle: Callable[[Command], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._handle = handle
        self.windows: list[QWidget] = []  # keys count only in these windows (not in a dialog)
        # Where typed text belongs when no field has focus (the board's card line on a board
        # step): a letter typed there is an idea, never B for black or Space for the next step.
        self.typing_target: Callable[[QObject, str], QWidget | None] = lambda watched, text: None

    def command_for(self, event: QKeyEvent, receiver: QWidget | None = None) -> Command | None:
        binding = binding_for(event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
        if binding is None:
            return None
        typing = isinstance(receiver, _TEXT_INPUTS) or isinstance(QApplication.focusWidget(), _TEXT_INPUTS)
        if typing and not binding.while_typing:
            return None
        return binding.command

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isinstance(event, QKeyEvent) or not isinstance(watched, QWidget):
            return False
        if self.windows and watched.window() not in self.windows:
            return False
        typed = event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress)
        if typed and self._retype(watched, event):
            return True
        if event.type() == QEvent.Type.ShortcutOverride and self.command_for(event, watched) is not None:
            # Claim our keys before a QAction/QShortcut or a widget's own handling takes them.
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            command = self.command_for(event, watched)
            if command is not None:
                self._handle(command)
                return True
        return False

    def _retype(self, watched: QWidget, event: QKeyEvent) -> bool:
        """A printable key meant for the card line: focus the line and type it there."""
        text = event.text()
        if not text or not text.isprintable() or isinstance(watched, _TEXT_INPUTS):
            return False
        if event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False  # Ctrl+Z is undo, not a letter
        if isinstance(QApplication.focusWidget(), _TEXT_INPUTS):
            return False
        target = self.typing_target(watched, text)
        if target is None:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()  # no shortcut takes it: it is a letter of an idea
            return True
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        QApplication.sendEvent(target, QKeyEvent(event.type(), event.key(), event.modifiers(), text))
        return True
