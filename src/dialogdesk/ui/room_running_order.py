"""The running order along the bottom of the projector: the room knows where in the dialogue it is.

Shown when the facilitator (O, or the presenter's button) or the room's settings want it; the
choice is the session's (``SessionState.running_order``). Each step gets a box: '✓ Trin 1 · 5 min',
'▶ Trin 2 · 8 min', 'Næste: Trin 3 · 12 min'. A box's share of the width is the text it wants (a
done step only its tick), and a text too long for its box gives way to a shorter form ('▶ 2 · 8
min') rather than being cut. Done, now and next differ in mark and shape as well as colour, in
the room's language.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from dialogdesk.materials.model import Material
from dialogdesk.session.running_order import Place, place_of
from dialogdesk.session.state import SessionState
from dialogdesk.ui import style
from dialogdesk.ui.clock_texts import length_text
from dialogdesk.ui.room_language import RoomWords

MARKS = {Place.DONE: "✓ ", Place.NOW: "▶ ", Place.NEXT: "", Place.LATER: ""}
# Its text's size as a share of the projector's height: readable from the back, yet a thin band.
TEXT_HEIGHT_SHARE = 0.04
PADDING_PX = 8


class _StepBox(QLabel):
    """One step: the longest of its texts that fits the box's width."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("roomOrderStep")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.forms: tuple[str, ...] = ("",)

    def show_forms(self, forms: tuple[str, ...]) -> None:
        self.forms = forms
        self._keep_shortest_whole()
        self._choose()

    def _keep_shortest_whole(self) -> None:
        """Never narrower than its shortest form ('✓ 3') in its font, however many steps share the
        screen (the style sheet's padding and border are within the margin)."""
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(self.forms[-1]) + 2 * PADDING_PX)

    @property
    def full_text(self) -> str:
        return self.forms[0]

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._choose()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() is QEvent.Type.FontChange:  # the window's style sheet sized it anew
            self._keep_shortest_whole()
            self._choose()

    def _choose(self) -> None:
        room = self.contentsRect().width()  # inside the style sheet's padding and border
        metrics = self.fontMetrics()
        chosen = next(
            (form for form in self.forms if metrics.horizontalAdvance(form) <= room), self.forms[-1]
        )
        if self.text() != chosen:
            self.setText(chosen)


class RoomRunningOrder(QWidget):
    """A box per step, done, now, next and later, with the planned minutes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomRunningOrder")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(PADDING_PX, PADDING_PX, PADDING_PX, PADDING_PX)
        self._layout.setSpacing(PADDING_PX)
        self.boxes: list[_StepBox] = []

    def render(self, state: SessionState, material: Material, words: RoomWords) -> None:
        """Write every box from the state (a preview may load a material with other steps)."""
        while len(self.boxes) < len(material.steps):
            box = _StepBox()
            self._layout.addWidget(box)
            self.boxes.append(box)
        while len(self.boxes) > len(material.steps):
            self.boxes.pop().deleteLater()
        next_word = words.translate("RunningOrder", "Next: ")
        for index, (box, step) in enumerate(zip(self.boxes, material.steps, strict=True)):
            place = place_of(state, index)
            label, number = words.step_label(step), str(step.number)
            length = length_text(state.steps[index].countdown.duration_ns, words)
            mark = MARKS[place]
            forms = (f"{mark}{label} · {length}", f"{mark}{number} · {length}", f"{mark}{number}")
            if place is Place.NEXT:
                forms = (f"{next_word}{label} · {length}", f"{next_word}{number} · {length}", *forms)
            if box.property("place") != place.value:
                box.setProperty("place", place.value)
                box.style().unpolish(box)
                box.style().polish(box)
            box.ensurePolished()  # measured in the font the window's style sheet gives it
            box.show_forms(forms)
            # Each box's share of the width is what it wants to say: a done step only its tick.
            wanted = forms[-1] if place is Place.DONE else forms[0]
            self._layout.setStretch(index, box.fontMetrics().horizontalAdvance(wanted) + 2 * PADDING_PX)
        self._layout.activate()

    def text_px(self, window_height: int) -> int:
        return max(style.MIN_AUDIENCE_TEXT_PX - 12, int(max(window_height, 480) * TEXT_HEIGHT_SHARE))

    def style_sheet(self, window_height: int) -> str:
        """Its part of the audience window's style sheet, for a screen ``window_height`` tall."""
        colours = style.ROOM_ORDER_COLOURS
        rules = [
            f"""QWidget#roomRunningOrder {{ background: {style.AUDIENCE_BACKGROUND};
                border-top: 2px solid {style.AUDIENCE_MUTED}; }}
            QLabel#roomOrderStep {{ font-size: {self.text_px(window_height)}px; padding: 2px 4px;
                border-radius: 6px; }}"""
        ]
        for place, (text, background, border) in colours.items():
            weight = "bold" if place in (Place.NOW, Place.NEXT) else "normal"
            rules.append(
                f"""QLabel#roomOrderStep[place="{place.value}"] {{ color: {text}; background: {background};
                    border: {border}; font-weight: {weight}; }}"""
            )
        return "\n".join(rules)
