"""The wrap-up on the presenter view: the agreement's fields and the exports.

The fields show ``SessionState.agreement`` (the chosen proposal is put there by the reducer);
what the facilitator types is sent when the field is left or Enter is pressed.
"""

from __future__ import annotations

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
        for field_id, edit in self.fields.items():
            if not edit.hasFocus():  # never overwrite what the facilitator is typing
                edit.setText(state.agreement.get(field_id, ""))

    def record_all(self) -> None:
        """Send what is typed but not yet sent (the session is ending, or the window closing)."""
        for field_id, edit in self.fields.items():
            self._record(field_id, edit)

    def _record(self, field_id: str, edit: QLineEdit) -> None:
        if self.controller.state.agreement.get(field_id, "") != edit.text():
            self.controller.send(i.RecordAgreement(((field_id, edit.text()),)))
