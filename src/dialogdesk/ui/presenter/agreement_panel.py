"""The wrap-up on the presenter view: the agreement's fields (or what the method produced) and
the exports.

The fields show ``SessionState.agreement`` (the chosen proposal is put there by the reducer);
what the facilitator types is sent when the field is left or Enter is pressed. A material that
ends without a decision (no agreement fields) shows its result instead: the ranking, by scores
or dots with the top N marked, and the themes with their cards.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QWidget,
)

from dialogdesk.session import intents as i
from dialogdesk.session.state import SessionState
from dialogdesk.ui.board.results import method_result, ranking_heading, result_lines, row_line, theme_name
from dialogdesk.ui.session_controller import SessionController


class AgreementPanel(QScrollArea):
    """The agreement form, and the buttons that save the report and the follow-up dates.

    It scrolls: a material may ask for many fields, and the laptop may be small.
    """

    exportRequested = Signal(str)  # "pdf", "md" or "ics"

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.fields: dict[str, QLineEdit] = {}
        content = QWidget()
        form = QFormLayout(content)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.result_label = QLabel()
        self.result_label.setObjectName("wrapUpResult")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.setVisible(not controller.material.wrap_up.agreement)
        if not controller.material.wrap_up.agreement:
            heading = QLabel(QCoreApplication.translate("PresenterWindow", "What the session produced"))
            heading.setObjectName("wrapUpHeading")
            heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
            form.addRow(heading)
            form.addRow(self.result_label)
        for field in controller.material.wrap_up.agreement:
            edit = QLineEdit()
            edit.setObjectName(f"agreement_{field.id}")
            edit.editingFinished.connect(lambda field_id=field.id, line=edit: self._record(field_id, line))
            self.fields[field.id] = edit
            label = QLabel(field.label)
            label.setWordWrap(True)
            form.addRow(label, edit)
        self.export_buttons: dict[str, QPushButton] = {}
        exports = QGridLayout()
        for column, (kind, text) in enumerate(
            (
                ("pdf", QCoreApplication.translate("PresenterWindow", "Save report (PDF)")),
                ("md", QCoreApplication.translate("PresenterWindow", "Save report (Markdown)")),
                (
                    "ics",
                    QCoreApplication.translate("PresenterWindow", "Follow-up dates to the calendar (.ics)"),
                ),
            )
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, k=kind: self.exportRequested.emit(k))
            if kind == "ics" and not controller.material.wrap_up.agreement:
                button.setVisible(False)  # no agreement, no follow-up dates
            self.export_buttons[kind] = button
            exports.addWidget(button, column // 2, column % 2)
        self.export_label = QLabel()
        self.export_label.setWordWrap(True)
        self.export_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(exports)
        form.addRow(self.export_label)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def render(self, state: SessionState) -> None:
        if not self.controller.material.wrap_up.agreement:
            self.result_label.setText(self._result_html(state))
        for field_id, edit in self.fields.items():
            if not edit.hasFocus():  # never overwrite what the facilitator is typing
                edit.setText(state.agreement.get(field_id, ""))

    def _result_html(self, state: SessionState) -> str:
        """The ranking and the themes, headings bold; the top N marked in words (★ Top N)."""
        result = method_result(state.board, self.controller.material)
        parts = []
        if result.rows:
            rows = "".join(f"<li>{escape(row_line(row, result))}</li>" for row in result.rows)
            parts.append(f"<p><b>{escape(ranking_heading(result))}</b></p><ul>{rows}</ul>")
        for name, cards in result.themes:
            items = "".join(f"<li>{escape(text)}</li>" for text in cards)
            parts.append(f"<p><b>{escape(theme_name(name))}</b></p><ul>{items}</ul>")
        return "".join(parts) or escape(result_lines(result)[0])

    def record_all(self) -> None:
        """Send what is typed but not yet sent (the session is ending, or the window closing)."""
        for field_id, edit in self.fields.items():
            self._record(field_id, edit)

    def _record(self, field_id: str, edit: QLineEdit) -> None:
        if self.controller.state.agreement.get(field_id, "") != edit.text():
            self.controller.send(i.RecordAgreement(((field_id, edit.text()),)))
