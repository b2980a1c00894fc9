"""Ties the media service to the running session (used when wiring the windows)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from dialogdesk.media.player import MediaService
from dialogdesk.session.state import AudienceMode, SessionState
from dialogdesk.ui.session_controller import SessionController

HIDDEN = (AudienceMode.BLANK, AudienceMode.FREEZE)


class _Silencer(QObject):
    """Lives as the service's child, so the connection ends when the service does."""

    def __init__(self, service: MediaService) -> None:
        super().__init__(service)
        self.service = service
        self.step: int | None = None

    def follow(self, state: SessionState) -> None:
        moved_on = self.step is not None and state.current != self.step
        self.step = state.current
        if state.audience in HIDDEN or moved_on:
            self.service.silence()


def silence_when_hidden(service: MediaService, controller: SessionController) -> None:
    """Pause the film or podcast when the audience screen is blanked or frozen, or the step changes.

    Nothing may play on behind a black (or still) screen, nor into the next step. Showing the room
    again does not resume by itself: the facilitator presses play (K) when the room is ready.
    """
    silencer = _Silencer(service)
    controller.stateChanged.connect(silencer.follow)
    silencer.follow(controller.state)
