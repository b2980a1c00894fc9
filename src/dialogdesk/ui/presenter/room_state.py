"""What the projector shows, unmistakably, in every tab: LIVE · SORT · FROSSET · SKJULT.

In Trin 4 a room once still saw Trin 3's frozen picture while nothing on the laptop said so:
the board tab hides the room's column. This bar sits with the session's controls, so it is
never hidden; while the room's column is hidden it also carries the room's four main buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from dialogdesk.session import intents as i
from dialogdesk.session.state import AudienceMode, SessionPhase, SessionState
from dialogdesk.ui.session_controller import SessionController

# Badge colours: white on a strong colour, each well over WCAG AA (4.5:1) for its text.
BADGE_COLOURS = {
    "live": "#166534",  # green
    "black": "#000000",
    "frozen": "#1d4ed8",  # blue
    "hidden": "#9a3412",  # dark orange
}

_SHOWN = {
    AudienceMode.STEP: QT_TRANSLATE_NOOP("RoomState", "step"),
    AudienceMode.BOARD: QT_TRANSLATE_NOOP("RoomState", "board"),
    AudienceMode.PAIRS: QT_TRANSLATE_NOOP("RoomState", "pairs"),
    AudienceMode.MEDIA: QT_TRANSLATE_NOOP("RoomState", "media"),
}


class RoomStateBar(QWidget):
    """The projector's state in one word, and (while the room's column is hidden) its buttons."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.badge = QLabel()
        self.badge.setObjectName("roomStateBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.buttons: dict[AudienceMode, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.badge)
        for mode, text in (
            (AudienceMode.STEP, QCoreApplication.translate("RoomState", "Step")),
            (AudienceMode.BOARD, QCoreApplication.translate("RoomState", "Board")),
            (AudienceMode.BLANK, QCoreApplication.translate("RoomState", "Black")),
            (AudienceMode.FREEZE, QCoreApplication.translate("RoomState", "Freeze")),
        ):
            button = QPushButton(text)
            button.setObjectName("roomStateButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the remote's keys stay the session's
            button.clicked.connect(lambda _=False, m=mode: controller.send(i.ShowOnAudience(m.value)))
            button.setVisible(False)
            layout.addWidget(button)
            self.buttons[mode] = button
        self.state_word = ""

    def set_compact(self, with_buttons: bool) -> None:
        """The room's buttons here too, while the room's own column is hidden (the board tab)."""
        for button in self.buttons.values():
            button.setVisible(with_buttons)

    def render(self, state: SessionState, audience_shown: bool) -> None:
        kind, word = room_state(state, audience_shown)
        self.state_word = word
        self.badge.setText(f" {word} ")
        self.badge.setStyleSheet(
            f"background: {BADGE_COLOURS[kind]}; color: #ffffff; font-weight: bold; "
            "border-radius: 4px; padding: 4px 8px;"
        )
        self.badge.ensurePolished()
        self.badge.setMinimumWidth(self.badge.sizeHint().width())  # the state is never cut short
        for mode, button in self.buttons.items():
            button.setChecked(state.audience is mode)


def room_state(state: SessionState, audience_shown: bool) -> tuple[str, str]:
    """('live', 'LIVE · board'), ('black', 'BLACK'), ('frozen', 'FROZEN'), ('hidden', 'HIDDEN')."""
    if not audience_shown:
        return "hidden", QCoreApplication.translate("RoomState", "HIDDEN")
    if state.audience is AudienceMode.BLANK:
        return "black", QCoreApplication.translate("RoomState", "BLACK")
    if state.audience is AudienceMode.FREEZE:
        return "frozen", QCoreApplication.translate("RoomState", "FROZEN")
    live = QCoreApplication.translate("RoomState", "LIVE")
    if state.phase in (SessionPhase.WRAP_UP, SessionPhase.ENDED):
        return "live", live
    return "live", f"{live} · {QCoreApplication.translate('RoomState', _SHOWN[state.audience])}"
