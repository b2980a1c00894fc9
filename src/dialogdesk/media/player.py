"""One media player for the room: a QMediaPlayer and its QAudioOutput behind one QObject.

The film is decoded once, into ``audience_sink`` (the projector's picture); each frame is
forwarded to the presenter's preview sinks, so the preview costs no second decode. Only local
files are opened (the bundled FFmpeg speaks http, rtmp and more; a material never makes it use
them). Without a sound output the film still plays and ``soundOutputChanged(False)`` says so.
"""

from __future__ import annotations

import os
import re
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import (
    QAudioOutput,
    QMediaDevices,
    QMediaMetaData,
    QMediaPlayer,
    QVideoFrame,
    QVideoSink,
)

from dialogdesk.materials.model import Media, MediaKind
from dialogdesk.media.audio import AudioOutputChoice, SoundOutput
from dialogdesk.media.calls import later
from dialogdesk.media.captions import Captions, SubtitleOption
from dialogdesk.media.case import CaseReading

SKIP_MS = 10_000
FIRST_FRAME_TIMEOUT_MS = 4000
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")  # http:, rtmp:, file:, concat: ... (not C:)


class PlaybackState(StrEnum):
    STOPPED = "stopped"
    PLAYING = "playing"
    PAUSED = "paused"


def local_file_url(path: Path | str) -> QUrl | None:
    """A file:// URL for a local path; None for anything FFmpeg would treat as another protocol."""
    text = str(path)
    if not text or _URL_SCHEME.match(text):
        return None
    url = QUrl.fromLocalFile(os.path.abspath(text))  # absolute: "concat:x" can never reach FFmpeg
    return url if url.isLocalFile() and url.scheme() == "file" else None


class MediaService(QObject):
    """Plays one film or podcast (or holds one written case) and tells the views what happens."""

    sourceChanged = Signal()  # a new file, or none: views clear their picture
    positionChanged = Signal(int)  # ms
    durationChanged = Signal(int)  # ms
    stateChanged = Signal(str)  # PlaybackState value
    ready = Signal()  # opened; the first picture is on the audience sink
    ended = Signal()
    errorOccurred = Signal(str)  # for the facilitator, in the interface language
    soundOutputChanged = Signal(bool)  # False: no sound device; the film plays without sound
    audioOutputsChanged = Signal()
    volumeChanged = Signal(float)  # 0..1, linear
    mutedChanged = Signal(bool)
    subtitlesChanged = Signal()  # the subtitle options changed
    subtitleTextChanged = Signal(str)  # the subtitle to show now ('' for none)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        devices: QMediaDevices | None = None,
        first_frame_timeout_ms: int = FIRST_FRAME_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self.media: Media | None = None
        self.source: Path | None = None
        self.case = CaseReading(self)
        self.frames_shown = 0  # frames that reached the audience sink since the file was opened
        self._player = QMediaPlayer(self)
        self._audio = QAudioOutput(self)
        self._player.setAudioOutput(self._audio)
        self.audience_sink = QVideoSink(self)
        self._player.setVideoSink(self.audience_sink)
        self._previews: list[QVideoSink] = []
        self._error = ""
        self._requested: PlaybackState | None = None  # a command on its way to the player
        self._preload = False
        self.sound = SoundOutput(self._audio, devices, self)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(first_frame_timeout_ms)
        self._watchdog.timeout.connect(self._no_picture)

        player = self._player
        player.positionChanged.connect(self._position)
        player.durationChanged.connect(lambda ms: self.durationChanged.emit(int(ms)))
        player.playbackStateChanged.connect(self._playback_state)
        player.mediaStatusChanged.connect(self._status)
        player.errorOccurred.connect(self._player_error)
        self._audio.volumeChanged.connect(lambda volume: self.volumeChanged.emit(float(volume)))
        self._audio.mutedChanged.connect(lambda muted: self.mutedChanged.emit(bool(muted)))
        self.audience_sink.videoFrameChanged.connect(self._frame)
        self.captions = Captions(self._player, self.audience_sink, self)
        self.captions.optionsChanged.connect(self.subtitlesChanged)
        self.captions.textChanged.connect(self.subtitleTextChanged)
        self.sound.soundOutputChanged.connect(self.soundOutputChanged)
        self.sound.audioOutputsChanged.connect(self.audioOutputsChanged)

    # --- opening ----------------------------------------------------------------------------------
    def open(self, media: Media, path: Path | None) -> bool:
        """Open a material's media: play a film or podcast, or hold a written case's text.

        ``path`` is where ``library.resolve_media`` found the file (None: not on this computer).
        """
        self.unload()
        self.case.load(None)
        self.media = media
        if path is None:
            text = QCoreApplication.translate(
                "MediaService",
                "The file for “%1” is not on this computer: attach it on the preparation page.",
            )
            self._report(text.replace("%1", media.title))
            return False
        if media.kind in (MediaKind.WRITTEN_CASE, MediaKind.DOCUMENT):
            if not self.case.load(path):
                self._report(
                    QCoreApplication.translate("MediaService", "The case cannot be shown: %1").replace(
                        "%1", self.case.error
                    )
                )
                return False
            return True
        return self.load(path)

    def load(self, path: Path | str) -> bool:
        """Open a local file (never a URL); the first picture is shown paused once it has loaded."""
        self.unload()
        url = local_file_url(path)
        if url is None:
            self._report(
                QCoreApplication.translate(
                    "MediaService", "Only files on this computer can be played, not web addresses: %1"
                ).replace("%1", str(path))
            )
            return False
        self.source = Path(url.toLocalFile())
        self.captions.reset(self.source)
        self._preload = True
        later(self._player, "setSource", url)
        self.sourceChanged.emit()
        return True

    def unload(self) -> None:
        """Stop and let go of the file; the views clear their picture."""
        self._watchdog.stop()
        had_source = self.source is not None or not self._player.source().isEmpty()
        if had_source:
            later(self._player, "stop")
            later(self._player, "setSource", QUrl())
        self._requested = None
        self._preload = False
        self.source, self._error = None, ""
        self.frames_shown = 0
        if had_source:
            self.captions.reset(None)
            self.audience_sink.setVideoFrame(QVideoFrame())
            self.sourceChanged.emit()

    # --- playing ----------------------------------------------------------------------------------
    @property
    def state(self) -> PlaybackState:
        return {
            QMediaPlayer.PlaybackState.PlayingState: PlaybackState.PLAYING,
            QMediaPlayer.PlaybackState.PausedState: PlaybackState.PAUSED,
        }.get(self._player.playbackState(), PlaybackState.STOPPED)

    @property
    def position(self) -> int:
        return self._player.position()

    @property
    def duration(self) -> int:
        return self._player.duration()

    @property
    def has_video(self) -> bool:
        return self._player.hasVideo()

    @property
    def error(self) -> str:
        return self._error

    @property
    def playing(self) -> bool:
        """Playing, or asked to play (commands reach the player on the next event-loop turn)."""
        return (self._requested or self.state) is PlaybackState.PLAYING

    def play(self) -> None:
        if self.source is not None:
            self._requested = PlaybackState.PLAYING
            later(self._player, "play")

    def pause(self) -> None:
        if self.playing:
            self._requested = PlaybackState.PAUSED
            later(self._player, "pause")

    def toggle(self) -> None:
        if self.playing:
            self.pause()
        else:
            self.play()

    def seek(self, ms: int) -> None:
        """Go to ``ms`` (clamped to the film); while paused the picture there is shown."""
        duration = self._player.duration()
        ms = max(0, min(ms, duration - 1 if duration > 0 else ms))
        later(self._player, "setPosition", ms)
        if not self._player.hasVideo():
            self.captions.at(ms)

    def skip(self, delta_ms: int) -> None:
        """Jump forwards or back, e.g. ``skip(-SKIP_MS)`` for ten seconds back."""
        self.seek(self._player.position() + delta_ms)

    def silence(self) -> bool:
        """The audience screen went black or froze: pause, so nothing plays on behind it.

        Pause, not mute: a muted film runs on unseen and the room misses that part; a paused one
        keeps its place, and the facilitator resumes with one key when the room is ready.
        Returns True when something was playing.
        """
        if self.playing:
            self.pause()
            return True
        return False

    # --- sound ------------------------------------------------------------------------------------
    @property
    def volume(self) -> float:
        return self._audio.volume()

    def set_volume(self, volume: float) -> None:
        self._audio.setVolume(min(max(volume, 0.0), 1.0))

    @property
    def muted(self) -> bool:
        return self._audio.isMuted()

    def set_muted(self, muted: bool) -> None:
        self._audio.setMuted(muted)

    def toggle_mute(self) -> None:
        self._audio.setMuted(not self._audio.isMuted())

    @property
    def has_sound_output(self) -> bool:
        return self.sound.has_sound_output

    def audio_outputs(self) -> list[AudioOutputChoice]:
        return self.sound.outputs()

    def current_audio_output(self) -> str | None:
        return self.sound.current()

    def set_audio_output(self, output_id: str | None) -> None:
        """Play on this device (an id from ``audio_outputs``); None follows the system default."""
        self.sound.choose(output_id)

    # --- the picture and the preview ------------------------------------------------------------------
    def add_preview_sink(self, sink: QVideoSink) -> None:
        """Forward every frame the room sees to ``sink`` as well (no second decode)."""
        if sink not in self._previews:
            self._previews.append(sink)
            sink.destroyed.connect(lambda _=None, s=sink: self.remove_preview_sink(s))
            current = self.audience_sink.videoFrame()
            if current.isValid():
                sink.setVideoFrame(current)

    def remove_preview_sink(self, sink: QVideoSink) -> None:
        if sink in self._previews:
            self._previews.remove(sink)

    def _frame(self, frame: QVideoFrame) -> None:
        for sink in self._previews:
            sink.setVideoFrame(frame)
        if not frame.isValid():
            return
        self.frames_shown += 1
        self._watchdog.stop()
        start = frame.startTime()
        self.captions.at(start // 1000 if start >= 0 else self._player.position())

    # --- subtitles --------------------------------------------------------------------------------
    @property
    def subtitle_text(self) -> str:
        return self.captions.text

    @property
    def subtitle_key(self) -> str:
        return self.captions.key

    def subtitle_options(self) -> list[SubtitleOption]:
        return self.captions.options()

    def select_subtitles(self, key: str) -> None:
        """Show ``off``, ``file`` (beside the film) or ``track:N`` (inside it), from ``subtitle_options``."""
        self.captions.select(key)

    # --- what the player says -------------------------------------------------------------------------
    def _position(self, ms: int) -> None:
        self.positionChanged.emit(ms)
        if not self._player.hasVideo():
            self.captions.at(ms)

    def _playback_state(self, state: QMediaPlayer.PlaybackState) -> None:
        if (
            state is QMediaPlayer.PlaybackState.PlayingState
            and self._player.hasVideo()
            and not self.frames_shown
        ):
            self._watchdog.start()
        elif state is not QMediaPlayer.PlaybackState.PlayingState:
            self._watchdog.stop()
        if self._requested is self.state:
            self._requested = None
        self.stateChanged.emit(self.state.value)

    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        current = self.source is not None and self._player.source() == QUrl.fromLocalFile(str(self.source))
        if status is QMediaPlayer.MediaStatus.LoadedMedia and current:
            if self._preload and self._requested is None:
                self._requested = PlaybackState.PAUSED
                later(self._player, "pause")  # preload: the first picture is decoded and shown now
            self._preload = False
            self.captions.media_loaded()
            self.ready.emit()
        elif status is QMediaPlayer.MediaStatus.EndOfMedia and current:
            self._no_picture()  # a short film whose picture never decoded ends before the watchdog
            self.ended.emit()

    def _player_error(self, error: QMediaPlayer.Error, detail: str) -> None:
        texts = {
            QMediaPlayer.Error.ResourceError: QCoreApplication.translate(
                "MediaService", "The file cannot be read (%1). Check it on the preparation page."
            ),
            QMediaPlayer.Error.FormatError: QCoreApplication.translate(
                "MediaService",
                "The file cannot be played: it is damaged or in a format this computer cannot play (%1). "
                "Check it on the preparation page.",
            ),
            QMediaPlayer.Error.AccessDeniedError: QCoreApplication.translate(
                "MediaService", "There is no permission to read the file (%1)."
            ),
        }
        self._report(
            texts.get(error, QCoreApplication.translate("MediaService", "Playback stopped: %1")).replace(
                "%1", detail
            )
        )

    def _no_picture(self) -> None:
        if self._player.hasVideo() and not self.frames_shown and not self._error:
            codec = self._player.metaData().stringValue(QMediaMetaData.Key.VideoCodec) or "?"
            self._report(
                QCoreApplication.translate(
                    "MediaService",
                    "The picture cannot be shown: it is coded as %1, which this computer cannot play.",
                ).replace("%1", codec)
            )

    def _report(self, text: str) -> None:
        self._error = text
        self.errorOccurred.emit(text)
