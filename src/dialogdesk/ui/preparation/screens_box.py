"""Which screen is the projector (with a test pattern on it), and a check of the remote: the last
key it sent and what that key does in a session, in the words of the key help."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QPushButton, QWidget

from dialogdesk.platform.screens import ScreenManager
from dialogdesk.ui.keys import binding_for, describe, key_name


class ScreensBox(QGroupBox):
    """The "Screens and remote" box."""

    testPatternRequested = Signal(object, bool)  # QScreen, shown

    def __init__(self, screens: ScreenManager, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("PreparationWindow", "Screens and remote"), parent)
        self.screens = screens
        self.screen_choice = QComboBox()
        self.screen_hint = QLabel()
        self.screen_hint.setWordWrap(True)
        self.test_pattern_button = QPushButton(
            QCoreApplication.translate("PreparationWindow", "Show test pattern")
        )
        self.test_pattern_button.setCheckable(True)
        self.test_pattern_button.toggled.connect(self._toggle_test_pattern)
        self.screen_choice.activated.connect(self._choose_screen)
        # Where in the dialogue the room is, along the bottom of its screen (O in the session).
        self.running_order = QCheckBox(
            QCoreApplication.translate("PreparationWindow", "The steps along the bottom of the projector")
        )
        self.clicker_label = QLabel(
            QCoreApplication.translate(
                "PreparationWindow", "Press a button on the remote: the key shows here."
            )
        )
        self.clicker_label.setObjectName("clicker")
        self.clicker_label.setWordWrap(True)
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(QCoreApplication.translate("PreparationWindow", "Audience screen"), self.screen_choice)
        form.addRow("", self.screen_hint)
        form.addRow("", self.test_pattern_button)
        form.addRow("", self.running_order)
        form.addRow(QCoreApplication.translate("PreparationWindow", "Remote check"), self.clicker_label)
        screens.screensChanged.connect(self.fill_screens)
        self.fill_screens()

    def fill_screens(self) -> None:
        self.screen_choice.clear()
        audience = self.screens.audience_screen()
        for screen in self.screens.screens():
            geometry = screen.geometry()
            self.screen_choice.addItem(f"{screen.name()} ({geometry.width()}×{geometry.height()})", screen)
            if screen is audience:
                self.screen_choice.setCurrentIndex(self.screen_choice.count() - 1)
        hint = self.screens.mirrored_hint()
        if hint:
            self.screen_hint.setText(QCoreApplication.translate("ScreenManager", hint))
        elif audience:
            self.screen_hint.setText(
                QCoreApplication.translate("PreparationWindow", "The audience view opens on this screen.")
            )
        else:
            self.screen_hint.setText("")

    def show_key(self, event: QKeyEvent) -> None:
        """Shows "Last key: PageDown → Next step", or that the key does nothing in a session."""
        combination = event.keyCombination()
        name = key_name(combination.key(), combination.keyboardModifiers()) or event.text()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        binding = binding_for(event.key(), shift)
        meaning = (
            f" → {describe(binding.command)}"
            if binding is not None
            else QCoreApplication.translate("PreparationWindow", " (not used)")
        )
        self.clicker_label.setText(
            QCoreApplication.translate("PreparationWindow", "Last key: ") + name + meaning
        )

    def _choose_screen(self, index: int) -> None:
        screen = self.screen_choice.itemData(index)
        if screen is not None:
            self.screens.choose_audience(screen)

    def _toggle_test_pattern(self, shown: bool) -> None:
        screen = self.screens.audience_screen() or self.screens.presenter_screen()
        self.testPatternRequested.emit(screen, shown)
