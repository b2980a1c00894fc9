"""Past sessions: what was decided, the report, and a follow-up session started from one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.export.history import PastSession, list_past_sessions


class HistoryWindow(QMainWindow):
    """Lists the sessions held on this machine, newest first; opening one changes nothing."""

    reportRequested = Signal(object)  # Path of a session file
    followUpRequested = Signal(object)  # Path of a session file

    def __init__(self, sessions_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("DialogDesk – past sessions"))
        self.resize(1000, 560)
        self.sessions_folder = sessions_folder
        self.past: list[PastSession] = []
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Held"), self.tr("Material"), self.tr("Decision"), self.tr("Finished")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            2, self.table.horizontalHeader().ResizeMode.Stretch
        )
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_label.setObjectName("warning")
        self.message_label = QLabel()
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.report_button = QPushButton(self.tr("Save its report (PDF)"))
        self.follow_up_button = QPushButton(self.tr("Start a follow-up session ▶"))
        self.report_button.clicked.connect(lambda: self._emit_selected(self.reportRequested))
        self.follow_up_button.clicked.connect(lambda: self._emit_selected(self.followUpRequested))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        buttons.addWidget(self.follow_up_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.message_label)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        self.setStyleSheet("QLabel#warning { color: #b00020; } QTableWidget { font-size: 12pt; }")
        self.refresh()

    def refresh(self) -> None:
        self.past, problems = list_past_sessions(self.sessions_folder)
        self.table.setRowCount(len(self.past))
        for row, past in enumerate(self.past):
            held = past.held.strftime("%d.%m.%Y %H:%M") if past.held else ""
            finished = self.tr("yes") if past.finished else self.tr("no")
            for column, text in enumerate((held, past.material_title, past.decision or "", finished)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.problems_label.setText("\n".join(problems))
        self.problems_label.setVisible(bool(problems))
        self._selection_changed()

    def selected(self) -> PastSession | None:
        rows = self.table.selectionModel().selectedRows()
        return self.past[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.report_button.setEnabled(chosen)
        self.follow_up_button.setEnabled(chosen)

    def _emit_selected(self, signal: Signal) -> None:
        past = self.selected()
        if past is not None:
            signal.emit(past.path)

    def show_message(self, text: str) -> None:
        self.message_label.setText(text)
