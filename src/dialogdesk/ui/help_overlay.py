"""The keyboard help (F1 or ?): which key and remote button does what, from the one key table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from dialogdesk.ui.keys import help_rows


class HelpOverlay(QFrame):
    """Drawn over the presenter window; never a modal dialog that steals the clicker's keys."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setStyleSheet(
            "QFrame#helpOverlay { background: rgba(11, 26, 43, 235); border-radius: 12px; }"
            "QLabel { color: white; font-size: 14pt; padding: 4px 10px; }"
            "QLabel#helpTitle { font-size: 20pt; font-weight: bold; }"
        )
        layout = QGridLayout(self)
        title = QLabel(QCoreApplication.translate("HelpOverlay", "Keys and remote control"))
        title.setObjectName("helpTitle")
        layout.addWidget(title, 0, 0, 1, 2)
        self.rows: list[tuple[str, str]] = help_rows()
        for row, (keys, action) in enumerate(self.rows, start=1):
            key_label = QLabel(keys)
            key_label.setAlignment(Qt.AlignmentFlag.AlignRight)
            layout.addWidget(key_label, row, 0)
            layout.addWidget(QLabel(action), row, 1)
        self.hide()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide()
            return
        parent = self.parentWidget()
        self.adjustSize()
        if parent is not None:
            self.move((parent.width() - self.width()) // 2, (parent.height() - self.height()) // 2)
        self.show()
        self.raise_()
