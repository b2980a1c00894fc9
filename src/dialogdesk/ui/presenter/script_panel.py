"""The step's script on the presenter view: what to do and say now, the questions, the tips, the next step.

The "do now" ticks live in the session (``SessionState.ticked``): ticking a line sends an
intent, and rendering only shows what the state says.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QScrollArea, QVBoxLayout, QWidget

from dialogdesk.materials.model import Instruction, Material
from dialogdesk.session import intents as i
from dialogdesk.session.state import SessionState
from dialogdesk.ui.clock_texts import length_text
from dialogdesk.ui.room_language import interface_step_label
from dialogdesk.ui.session_controller import SessionController
from dialogdesk.ui.wrapping import breakable

LINE_ROLE = Qt.ItemDataRole.UserRole + 1  # the instruction's index in its step
# Words a say-aloud line may already begin with, in the materials' languages.
SAY_ALOUD_OPENINGS = ("sig højt", "læs højt", "say aloud", "read aloud")


def say_aloud_text(instruction: Instruction) -> str:
    """The line as the facilitator reads it: marked "Say aloud:" unless it already says so."""
    text = instruction.text
    if not instruction.say_aloud:
        return text
    label = QCoreApplication.translate("PresenterWindow", "Say aloud: ")
    opening = text.casefold()
    if opening.startswith(label.strip(": ").casefold()) or opening.startswith(SAY_ALOUD_OPENINGS):
        return text
    return label + text


def titled_list(title: str, lines: list[str]) -> str:
    """A bold title over a bulleted list, as rich text (the lines escaped: they are the author's)."""
    if not lines:
        return ""
    items = "".join(f"<li>{escape(breakable(line))}</li>" for line in lines)
    return f"<b>{escape(title)}</b><ul>{items}</ul>"


def section_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("presenterSection")
    return label


class ScriptPanel(QScrollArea):
    """What to do now, as a checklist with the lines to say aloud set apart, and what to ask."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self._shown: tuple[int, int] | None = None  # (step, participants) the lines are for
        self.checklist = QListWidget()
        self.checklist.setObjectName("presenterChecklist")
        self.checklist.setWordWrap(True)
        self.checklist.itemChanged.connect(self._ticked)
        self.questions_label = self._text_label()
        self.participant_label = self._text_label()
        self.tips_label = self._text_label("presenterTips")
        self.next_label = self._text_label("presenterNext")
        script = QWidget()
        layout = QVBoxLayout(script)
        layout.addWidget(section_label(QCoreApplication.translate("PresenterWindow", "Do now")))
        layout.addWidget(self.checklist, 3)
        for label in (self.questions_label, self.participant_label, self.tips_label, self.next_label):
            layout.addWidget(label)
        layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(script)

    @staticmethod
    def _text_label(name: str = "") -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        return label

    def render(self, state: SessionState, material: Material) -> None:
        shown = (state.current, state.setup.participants)
        if shown != self._shown:
            self._shown = shown
            self._show_step(state, material)
        self._show_next(state, material)
        self.checklist.blockSignals(True)  # showing a tick is not ticking it
        for row in range(self.checklist.count()):
            item = self.checklist.item(row)
            done = (state.current, item.data(LINE_ROLE)) in state.ticked
            item.setCheckState(Qt.CheckState.Checked if done else Qt.CheckState.Unchecked)
        self.checklist.blockSignals(False)

    def _show_step(self, state: SessionState, material: Material) -> None:
        step = material.steps[state.current]
        self.checklist.blockSignals(True)
        self.checklist.clear()
        for index, instruction in enumerate(step.instructions):
            item = QListWidgetItem(breakable(say_aloud_text(instruction)))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(LINE_ROLE, index)
            if instruction.say_aloud:
                item.setBackground(Qt.GlobalColor.yellow)
                item.setData(Qt.ItemDataRole.UserRole, "say_aloud")
            self.checklist.addItem(item)
        self.checklist.blockSignals(False)
        self.questions_label.setText(
            titled_list(
                QCoreApplication.translate("PresenterWindow", "Dialogue questions you can ask"),
                step.dialogue_questions,
            )
        )
        self.participant_label.setText(
            titled_list(
                QCoreApplication.translate("PresenterWindow", "On the projector for the participants"),
                step.participant_questions,
            )
        )
        tips = [tip.text for tip in step.tips if tip.applies(state.setup.participants)]
        self.tips_label.setText(titled_list(QCoreApplication.translate("PresenterWindow", "Tips"), tips))
        for label in (self.questions_label, self.participant_label, self.tips_label):
            label.setVisible(bool(label.text()))  # no empty box (the tips have a background)

    def _show_next(self, state: SessionState, material: Material) -> None:
        # Every time: an accepted plan changes the next step's length.
        following = state.current + 1
        if following < len(material.steps):
            step_after = material.steps[following]
            length = length_text(state.steps[following].countdown.duration_ns)
            following_text = f"{interface_step_label(step_after)} – {step_after.title} ({length})"
            self.next_label.setText(
                escape(QCoreApplication.translate("PresenterWindow", "Next: ") + breakable(following_text))
            )
        else:
            self.next_label.setText(
                escape(QCoreApplication.translate("PresenterWindow", "Next: wrap-up and agreement"))
            )

    def _ticked(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        state = self.controller.state
        line = item.data(LINE_ROLE)
        if ((state.current, line) in state.ticked) != done:
            self.controller.send(i.TickLine(state.current, line, done))
