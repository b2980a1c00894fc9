"""Colours and type sizes shared by the views, chosen for a projector at the back of a room.

Every text colour on the audience view has at least WCAG AA contrast (4.5:1) against its
background; ``contrast_ratio`` lets the tests check that.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from dialogdesk.session.running_order import Place
from dialogdesk.session.timers import Phase
from dialogdesk.ui.wrapping import LONGEST_UNBROKEN_ON_PROJECTOR, SOFT_HYPHEN, breakable

AUDIENCE_BACKGROUND = "#0b1a2b"
AUDIENCE_TEXT = "#ffffff"
AUDIENCE_MUTED = "#c9d6e3"
AUDIENCE_MESSAGE_BACKGROUND = "#ffd23f"
AUDIENCE_MESSAGE_TEXT = "#0b1a2b"

PHASE_COLOURS_ON_DARK = {
    Phase.NOT_STARTED: "#c9d6e3",
    Phase.NORMAL: "#ffffff",
    Phase.WARNING: "#ffd23f",
    Phase.OVERTIME: "#ff8a80",
}
PHASE_COLOURS_ON_LIGHT = {
    Phase.NOT_STARTED: "#4a5b6c",
    Phase.NORMAL: "#0b3d1f",
    Phase.WARNING: "#8a5a00",
    Phase.OVERTIME: "#b00020",
}

# The running order along the bottom of the projector: (text, background, border) per place. The
# step now is a filled box, the next one framed in yellow, a done one muted with its tick.
ROOM_ORDER_COLOURS = {
    Place.DONE: (AUDIENCE_MUTED, AUDIENCE_BACKGROUND, "2px solid transparent"),
    Place.NOW: (AUDIENCE_BACKGROUND, AUDIENCE_TEXT, f"2px solid {AUDIENCE_TEXT}"),
    Place.NEXT: (AUDIENCE_TEXT, AUDIENCE_BACKGROUND, f"3px solid {AUDIENCE_MESSAGE_BACKGROUND}"),
    Place.LATER: (AUDIENCE_TEXT, AUDIENCE_BACKGROUND, f"1px solid {AUDIENCE_MUTED}"),
}

# The countdown's font size as a share of the audience screen's height. The digits' ink is about
# three quarters of the font size: 0.27 makes them 20 % of the screen, the least readable from the
# back of a room (tests/ui/test_countdown_size.py measures the ink).
COUNTDOWN_HEIGHT_SHARE = 0.27
MIN_AUDIENCE_TEXT_PX = 36


def relative_luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    lighter, darker = sorted((relative_luminance(foreground), relative_luminance(background)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


class BreakableLabel(QLabel):
    """A label whose long words may break (soft hyphens), so no word is wider than the screen.

    ``text()`` gives the text as it was set: the break opportunities are the label's business.
    """

    def setText(self, text: str) -> None:
        super().setText(breakable(text, LONGEST_UNBROKEN_ON_PROJECTOR))

    def text(self) -> str:
        return super().text().replace(SOFT_HYPHEN, "")


def plain_label(object_name: str, *, wrap: bool = True) -> QLabel:
    """A label for the room's screen: plain text (never markup from a material), styled by name."""
    label = BreakableLabel() if wrap else QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
