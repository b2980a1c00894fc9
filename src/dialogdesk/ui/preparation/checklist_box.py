"""The preparation checklist: what to bring, the room, the technology, roles, beforehand.

Each tick is saved at once (see ``ticks.py``) and the page opens with the ticks it had.
"""

from __future__ import annotations

import errno

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from dialogdesk.materials.model import Preparation
from dialogdesk.ui.preparation.ticks import ChecklistTicks, line_id
from dialogdesk.ui.wrapping import breakable

LINE_ID_ROLE = Qt.ItemDataRole.UserRole


def checklist_lines(prep: Preparation) -> list[tuple[str, str, list[str]]]:
    """(group code, heading in the interface language, lines) in the order the page lists them."""
    return [
        ("bring", QCoreApplication.translate("PreparationWindow", "Bring"), list(prep.bring)),
        ("room", QCoreApplication.translate("PreparationWindow", "Room"), list(prep.room_setup)),
        (
            "technology",
            QCoreApplication.translate("PreparationWindow", "Technology"),
            [item.text for item in prep.technology],
        ),
        (
            "roles",
            QCoreApplication.translate("PreparationWindow", "Roles"),
            [f"{role.name}: {role.description}" for role in prep.roles],
        ),
        ("beforehand", QCoreApplication.translate("PreparationWindow", "Beforehand"), list(prep.beforehand)),
    ]


class ChecklistBox(QGroupBox):
    """The checklist as tickable lines; the list scrolls, however long the material's lists are."""

    def __init__(
        self, prep: Preparation, material_id: str, ticks: ChecklistTicks, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("PreparationWindow", "Checklist"), parent)
        self.material_id = material_id
        self.ticks = ticks
        self.list = QListWidget()
        self.list.setObjectName("preparationChecklist")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # wrap instead
        self.message = QLabel()
        self.message.setObjectName("warning")
        self.message.setWordWrap(True)
        self.message.hide()
        ticked = self._load()
        for group, heading, lines in checklist_lines(prep):
            for index, line in enumerate(lines):
                item = QListWidgetItem(f"{heading}: {breakable(line)}")
                identity = line_id(group, index, line)
                item.setData(LINE_ID_ROLE, identity)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if identity in ticked else Qt.CheckState.Unchecked)
                self.list.addItem(item)
        self.list.itemChanged.connect(self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)

    @property
    def checked_items(self) -> list[str]:
        """The ids of the ticked lines, in the checklist's order."""
        return [
            self.list.item(row).data(LINE_ID_ROLE)
            for row in range(self.list.count())
            if self.list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _load(self) -> set[str]:
        try:
            return self.ticks.load(self.material_id)
        except OSError:
            self._tell(
                QCoreApplication.translate(
                    "PreparationWindow", "The ticks from earlier could not be read; new ticks are saved."
                )
            )
            return set()

    def _save(self, _item: QListWidgetItem | None = None) -> None:
        try:
            self.ticks.save(self.material_id, self.checked_items)
        except OSError as error:
            self._tell(
                QCoreApplication.translate(
                    "PreparationWindow", "Ticks are not saved (%1): they will be gone if DialogDesk closes."
                ).replace("%1", _reason(error))
            )
            return
        self.message.hide()

    def _tell(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


def _reason(error: OSError) -> str:
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return QCoreApplication.translate("PreparationWindow", "the disk is full")
    if error.errno == errno.EROFS:
        return QCoreApplication.translate("PreparationWindow", "the disk is read-only")
    if error.errno in (errno.EACCES, errno.EPERM):
        return QCoreApplication.translate("PreparationWindow", "no permission to write in the data folder")
    return QCoreApplication.translate("PreparationWindow", "the data folder cannot be written")
