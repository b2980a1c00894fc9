"""The capture line: type a point or an idea, press Enter, and it is on both screens.

Beside it: whether it is a point or an idea (set from the step, changeable with one click),
and which pair or group said it, which moves on to the next pair after each card, the way a
round of the room goes.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from dialogdesk.session import intents as i
from dialogdesk.session.board import CardKind
from dialogdesk.session.state import SessionState


def pair_and_group_counts(state: SessionState) -> tuple[int, int]:
    """How many pairs and groups of pairs the room has (made, or expected from the head count)."""
    pairs = len(state.pairs) or max(1, math.ceil(state.setup.participants / 2))
    groups = len(state.groups) or len(state.people_groups) or max(1, math.ceil(pairs / 2))
    return pairs, groups


class CaptureBar(QWidget):
    """Text, point or idea, pair or group, and Enter."""

    cardAdded = Signal()

    def __init__(self, send: Callable[[i.Intent], bool], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._send = send
        self.line = QLineEdit()
        self.line.setObjectName("captureLine")
        self.line.setPlaceholderText(
            QCoreApplication.translate("BoardEditor", "Type a point or an idea and press Enter")
        )
        self.line.setClearButtonEnabled(True)
        self.line.returnPressed.connect(self.write)
        self.point_button = QPushButton(QCoreApplication.translate("BoardEditor", "Point"))
        self.idea_button = QPushButton(QCoreApplication.translate("BoardEditor", "Idea"))
        self.kind_buttons = QButtonGroup(self)
        for button in (self.point_button, self.idea_button):
            button.setCheckable(True)
            button.setObjectName("kindButton")
            self.kind_buttons.addButton(button)
        self.point_button.setChecked(True)
        self.point_button.toggled.connect(lambda _checked: self._fill_groups())
        self.group_box = QComboBox()
        self.group_box.setObjectName("groupBox")
        self.group_box.setToolTip(
            QCoreApplication.translate("BoardEditor", "Who said it; moves on to the next after each card")
        )
        self.add_button = QPushButton(QCoreApplication.translate("BoardEditor", "Add"))
        self.add_button.setObjectName("addCardButton")
        self.add_button.clicked.connect(self.write)
        self._counts = (1, 1)
        self._numbers = {CardKind.POINT: 1, CardKind.IDEA: 1}  # the pair or group next in turn
        self._filling = False
        self.group_box.currentIndexChanged.connect(self._remember_number)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.point_button)
        layout.addWidget(self.idea_button)
        layout.addWidget(self.group_box)
        layout.addWidget(self.add_button)
        self._fill_groups()

    # --- point or idea, and who --------------------------------------------------------------------
    @property
    def kind(self) -> CardKind:
        return CardKind.IDEA if self.idea_button.isChecked() else CardKind.POINT

    def set_kind(self, kind: CardKind) -> None:
        (self.idea_button if kind is CardKind.IDEA else self.point_button).setChecked(True)

    def set_counts(self, pairs: int, groups: int) -> None:
        if (pairs, groups) != self._counts:
            self._counts = (pairs, groups)
            self._fill_groups()

    def group_label(self) -> str:
        """'Pair 3' or 'Group 2' in the interface language, or '' for nobody in particular."""
        return self.group_box.currentData() or ""

    def _fill_groups(self) -> None:
        pairs, groups = self._counts
        idea = self.kind is CardKind.IDEA
        pattern = (
            QCoreApplication.translate("BoardEditor", "Group %1")
            if idea
            else QCoreApplication.translate("BoardEditor", "Pair %1")
        )
        self._filling = True
        self.group_box.clear()
        self.group_box.addItem(QCoreApplication.translate("BoardEditor", "Nobody in particular"), "")
        for number in range(1, (groups if idea else pairs) + 1):
            label = pattern.replace("%1", str(number))
            self.group_box.addItem(label, label)
        number = self._numbers[self.kind]
        self.group_box.setCurrentIndex(number if number < self.group_box.count() else 1)
        self._filling = False

    def _remember_number(self, index: int) -> None:
        if not self._filling and index >= 0:
            self._numbers[self.kind] = index

    def advance_group(self) -> None:
        """On to the next pair or group, round again after the last; 'nobody' stays."""
        index = self.group_box.currentIndex()
        if index > 0:
            self.group_box.setCurrentIndex(index + 1 if index + 1 < self.group_box.count() else 1)

    # --- writing ---------------------------------------------------------------------------------
    def write(self) -> bool:
        text = self.line.text().strip()
        if not text:
            return False
        if not self._send(i.AddCard(text=text, kind=self.kind.value, group=self.group_label())):
            return False
        self.line.setText("")  # also clears the field's own undo, so Ctrl+Z now undoes on the board
        self.advance_group()
        self.line.setFocus()
        self.cardAdded.emit()
        return True
