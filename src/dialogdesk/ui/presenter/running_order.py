"""The running order: every step in a strip, done, now and next, with its length; a click jumps.

What PowerPoint's slide sorter and OpenLP's service list give a presenter: where in the dialogue
the room is, and any step one click away. The strip is drawn from the session state (the
lengths as planned now, after an accepted proposal too); only a click sends an intent. Its last
button puts the same strip along the bottom of the projector (O), or takes it away.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QSizePolicy, QWidget

from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.running_order import Place, place_of
from dialogdesk.session.state import SessionState
from dialogdesk.ui.clock_texts import length_text
from dialogdesk.ui.room_language import interface_step_label
from dialogdesk.ui.room_running_order import MARKS
from dialogdesk.ui.session_controller import SessionController

_STYLE = """
QPushButton#runningOrderStep { padding: 2px 6px; border: 1px solid #94a3b8; border-radius: 4px;
    background: #f8fafc; color: #1e293b; text-align: left; }
QPushButton#runningOrderStep[order="done"] { background: #e2e8f0; color: #475569; }
QPushButton#runningOrderStep[order="now"] { background: #1e3a8a; color: #ffffff; font-weight: bold;
    border-color: #1e3a8a; }
QPushButton#runningOrderStep[order="next"] { border: 2px solid #1e3a8a; }
QPushButton#runningOrderOnProjector { padding: 2px 6px; border: 1px solid #94a3b8; border-radius: 4px;
    background: #f8fafc; color: #1e293b; }
QPushButton#runningOrderOnProjector:checked { background: #1e3a8a; color: #ffffff; border-color: #1e3a8a; }
"""


class _StepButton(QPushButton):
    """A step in the strip: its text shortened to the width it gets (ten steps share a laptop)."""

    PADDING_PX = 20  # the style sheet's padding and border, both sides

    def __init__(self) -> None:
        super().__init__()
        self.full_text = ""

    def show_text(self, text: str) -> None:
        self.full_text = text
        self._elide()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = max(self.width() - self.PADDING_PX, 0)
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideRight, room))


class RunningOrder(QWidget):
    """One button per step: '✓ Trin 1 · 5 min', '▶ Trin 2 · 8 min', 'Næste: Trin 3 · 12 min'."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("runningOrder")
        self.setStyleSheet(_STYLE)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.buttons: list[_StepButton] = []
        for index in range(len(controller.material.steps)):
            button = _StepButton()
            button.setObjectName("runningOrderStep")
            # Clicked, never typed into: the remote's keys stay the session's.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, index=index: self.jump(index))
            layout.addWidget(button, 1)
            self.buttons.append(button)
        self.on_projector_button = QPushButton(QCoreApplication.translate("RunningOrder", "On the projector"))
        self.on_projector_button.setObjectName("runningOrderOnProjector")
        self.on_projector_button.setCheckable(True)
        self.on_projector_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.on_projector_button.setToolTip(
            QCoreApplication.translate("RunningOrder", "The steps along the bottom of the projector (O)")
        )
        self.on_projector_button.clicked.connect(
            lambda checked: controller.send(i.ShowRunningOrder(shown=checked))
        )
        layout.addWidget(self.on_projector_button)

    def render(self, state: SessionState, material: Material) -> None:
        for index, (button, step) in enumerate(zip(self.buttons, material.steps, strict=True)):
            order = place_of(state, index)
            label = interface_step_label(step)
            length = length_text(state.steps[index].countdown.duration_ns)
            mark = MARKS[order]
            prefix = QCoreApplication.translate("RunningOrder", "Next: ") if order is Place.NEXT else ""
            button.show_text(f"{mark}{prefix}{label} · {length}")
            button.setToolTip(f"{label}: {step.title} ({length})")
            if button.property("order") != order.value:
                button.setProperty("order", order.value)
                button.style().unpolish(button)
                button.style().polish(button)
            # A share of the strip as long as its text (in its font: the step now is bold).
            advance = button.fontMetrics().horizontalAdvance(button.full_text) + button.PADDING_PX
            self.layout().setStretch(index, advance)
        self.on_projector_button.setChecked(state.running_order)
        self.layout().activate()  # the new shares now, so that each text is shortened only if it must

    def jump(self, index: int) -> None:
        self.controller.send(i.JumpToStep(index=index))
