"""Ties the media service to the running session (used when wiring the windows)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtMultimedia import QMediaPlayer

from dialogdesk.media.player import MediaService, PlaybackState
from dialogdesk.session import intents as i
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


class _ActivityFollower(QObject):
    """Tells the session whether the running activity's film or podcast plays.

    Listens to the player only (its playback state and its media status), never to the session's
    renders: an intent sent from a render would be a view that changes what it shows.
    """

    def __init__(self, service: MediaService, controller: SessionController) -> None:
        super().__init__(service)
        self.service = service
        self.controller = controller
        self.stalled = False
        service.stateChanged.connect(self.follow)
        # A stall keeps the player "playing" while the picture stands; only its status says so.
        player = service.findChild(QMediaPlayer)
        if player is not None:
            player.mediaStatusChanged.connect(self._status)

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        stalled = status is QMediaPlayer.MediaStatus.StalledMedia
        if stalled != self.stalled:
            self.stalled = stalled
            self.follow()

    def follow(self, _state: str = "") -> None:
        run = self.controller.state.activity
        activity = self.controller.running_activity()
        media = self.service.media
        if run is None or activity is None or media is None or activity.media != media.id:
            return
        if self.controller.session.notifying:
            # The player answered a render (its commands are queued, so it should not): tell
            # the session once every view has seen this state.
            QTimer.singleShot(0, self, self.follow)
            return
        playing = self.service.state is PlaybackState.PLAYING and not self.stalled
        if run.media_paused == playing:  # the session thinks otherwise: tell it
            self.controller.send(i.SetActivityPlaying(playing=playing))


def silence_when_hidden(service: MediaService, controller: SessionController) -> None:
    """Pause the film or podcast when the audience screen is blanked or frozen, or the step changes.

    Nothing may play on behind a black (or still) screen, nor into the next step. Showing the room
    again does not resume by itself: the facilitator presses play (K) when the room is ready.
    The running activity's countdown follows the player (``activity_follows_media``).
    """
    silencer = _Silencer(service)
    controller.stateChanged.connect(silencer.follow)
    silencer.follow(controller.state)
    activity_follows_media(service, controller)


def activity_follows_media(service: MediaService, controller: SessionController) -> None:
    """ "Se filmen" counts only while the film plays: paused (K, the button, a black screen),
    stalled or at its end, the activity's countdown stands; played again, it runs on."""
    _ActivityFollower(service, controller)
