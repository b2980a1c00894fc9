"""The band above the board and the pairs on the projector: the step, what to do, the countdown.

The room keeps its clock and its task while it looks at the board or waits for the pairs: the
countdown is on every view of the room but a playing film (issue 15). The band is written from
the session's state by the audience window's render, like every other label there.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from dialogdesk.ui import style

# Its countdown: the largest thing in the band, yet the board keeps most of the screen.
STRIP_COUNTDOWN_SHARE = 0.13
# An instruction longer than this many lines stays on the step's own page: the board needs the room.
MAX_INSTRUCTION_LINES = 3


class RoomStrip(QWidget):
    """Title and instruction at the left, the countdown and its phase in words at the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomStrip")
        self._shown: tuple[str, str, int, int] | None = None  # what show_step laid out last
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.title_label = style.plain_label("stripTitle", wrap=False)  # one line; the step page has it whole
        self.title_label.setMinimumWidth(1)
        self.instruction_label = style.plain_label("stripInstruction")
        self.work_form_label = style.plain_label("stripWorkForm")  # "Gå sammen to og to"
        self.work_form_label.setVisible(False)
        self.countdown_label = style.plain_label("stripCountdown", wrap=False)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.phase_label = style.plain_label("stripPhase", wrap=False)
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        texts = QVBoxLayout()
        texts.setSpacing(4)
        texts.addWidget(self.title_label)
        texts.addWidget(self.work_form_label)
        texts.addWidget(self.instruction_label)
        texts.addStretch(1)
        clock = QVBoxLayout()
        clock.setSpacing(0)
        clock.addWidget(self.countdown_label)
        clock.addWidget(self.phase_label)
        clock.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(texts, 1)
        layout.addLayout(clock, 0)

    def show_step(self, title: str, instruction: str, width: int) -> None:
        """The step's title on one line and, when it fits in a few lines of ``width``, the task:
        the step's instruction or the running activity's line."""
        self.title_label.ensurePolished()  # the window's style sheet gives them their sizes
        self.instruction_label.ensurePolished()
        shown = (title, instruction, width, self.instruction_label.font().pixelSize())
        if shown == self._shown:
            return  # the repaint timer asks again every tick: nothing to measure anew
        self._shown = shown
        text_width = max(1, int(width * 0.7))
        self.title_label.setText(
            self.title_label.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, text_width)
        )
        label = self.instruction_label
        metrics = label.fontMetrics()
        area = QRect(0, 0, text_width, 1 << 20)
        height = metrics.boundingRect(area, Qt.TextFlag.TextWordWrap, instruction).height()
        lines = height / max(1, metrics.lineSpacing())
        task = instruction if instruction and lines <= MAX_INSTRUCTION_LINES + 0.5 else ""
        label.setText(task)
        label.setVisible(bool(task))

    def show_work_form(self, text: str) -> None:
        """How the room works now, in the first seconds of a step (as on the step's page)."""
        self.work_form_label.setText(text)
        self.work_form_label.setVisible(bool(text))

    def show_clock(self, text: str, words: str, colour: str) -> None:
        """The countdown ('04:12', '-01:20'), its phase in words ('Sidste minut'), in its colour."""
        self.countdown_label.setText(text)
        self.countdown_label.setVisible(bool(text))
        self.phase_label.setText(words)
        self.phase_label.setVisible(bool(words))
        sheet = f"color: {colour};"
        self.countdown_label.setStyleSheet(sheet)
        self.phase_label.setStyleSheet(sheet)

    def style_sheet(self, window_height: int, text_px: int, title_px: int) -> str:
        """Its part of the audience window's style sheet, for a screen ``window_height`` tall."""
        countdown_px = int(max(window_height, 480) * STRIP_COUNTDOWN_SHARE)
        return f"""
            QWidget#roomStrip {{ background: {style.AUDIENCE_BACKGROUND};
                border-bottom: 2px solid {style.AUDIENCE_MUTED}; }}
            QLabel#stripTitle {{ font-size: {title_px}px; font-weight: bold; }}
            QLabel#stripInstruction {{ font-size: {text_px}px; }}
            QLabel#stripWorkForm {{ font-size: {text_px}px; font-weight: bold;
                color: {style.AUDIENCE_MESSAGE_BACKGROUND}; }}
            QLabel#stripCountdown {{ font-size: {countdown_px}px; font-weight: bold; padding: 0; }}
            QLabel#stripPhase {{ font-size: {text_px}px; font-weight: bold; }}
        """
