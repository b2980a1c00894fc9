"""The media check on the preparation page: is the film, podcast or case there and will it play?

First what the bytes say (``sniff``: missing, empty, a web page saved as ``.mp4``, a download
cut short), then what QtMultimedia says: the file opens, has the stream the material needs,
a picture (or sound) really decodes, and it lasts about as long as the material expects.
Every finding comes with words for the facilitator: what is wrong and what to do. The check
plays nothing aloud, waits a bounded time, and never raises: the session can go on without media.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, QUrl, Signal
from PySide6.QtMultimedia import QAudioBufferOutput, QMediaMetaData, QMediaPlayer, QVideoFrame, QVideoSink

from dialogdesk.materials.model import Media, MediaKind
from dialogdesk.media.calls import later
from dialogdesk.media.findings import Finding, Issue, MediaCheckResult
from dialogdesk.media.messages import message, minutes_text, size_text
from dialogdesk.media.sniff import ContentKind, Sniffed, sniff_file
from dialogdesk.media.textfile import TextFileError, read_text_file

OPEN_TIMEOUT_MS = 8000  # a large file on a slow network drive
DECODE_TIMEOUT_MS = 4000  # the first picture or sound after opening
SHORTER_SHARE = 0.75  # below this share of the expected length: a warning
LONGER_SHARE = 1.5
MIN_DIFFERENCE_MS = 60_000  # a minute either way is never worth a warning


def precheck(path: Path | None, media: Media) -> tuple[MediaCheckResult | None, Sniffed | None]:
    """What can be said without QtMultimedia: a final result, or None and the sniffed content."""

    def failed(issue: Issue, *values: object) -> tuple[MediaCheckResult, None]:
        finding = Finding(issue, message(issue, media, path, *values))
        return MediaCheckResult(media.id, path, (finding,)), None

    if path is None:
        return failed(Issue.URL if media.file and "://" in media.file else Issue.NO_FILE)
    try:
        if not path.exists():
            return failed(Issue.MISSING)
        if not path.is_file():
            return failed(Issue.UNREADABLE, QCoreApplication.translate("MediaCheck", "it is a folder"))
        sniffed = sniff_file(path)
    except OSError as error:
        return failed(Issue.UNREADABLE, error.strerror or str(error))
    if sniffed.size == 0:
        return failed(Issue.EMPTY)
    if media.kind in (MediaKind.WRITTEN_CASE, MediaKind.DOCUMENT):
        return _check_text(path, media, sniffed), None
    if not sniffed.kind.is_media:
        return failed(Issue.NOT_MEDIA, sniffed.kind)
    if sniffed.truncated:
        expected = sniffed.expected_size or sniffed.size
        return failed(Issue.TRUNCATED, size_text(sniffed.size), size_text(expected))
    return None, sniffed


def _check_text(path: Path, media: Media, sniffed: Sniffed) -> MediaCheckResult:
    if media.kind is MediaKind.DOCUMENT and sniffed.kind is not ContentKind.TEXT:
        return MediaCheckResult(media.id, path)  # a PDF handout: present is all we need
    try:
        if sniffed.kind not in (ContentKind.TEXT, ContentKind.HTML):
            raise TextFileError("binary")
        words = len(read_text_file(path).split())
    except TextFileError:
        return MediaCheckResult(
            media.id, path, (Finding(Issue.NOT_TEXT, message(Issue.NOT_TEXT, media, path)),)
        )
    return MediaCheckResult(media.id, path, details={"words": str(words)})


class MediaCheck(QObject):
    """Checks one file without blocking: ``start`` it, then ``finished`` brings the result."""

    finished = Signal(object)  # MediaCheckResult

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        open_timeout_ms: int = OPEN_TIMEOUT_MS,
        decode_timeout_ms: int = DECODE_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self.open_timeout_ms = open_timeout_ms
        self.decode_timeout_ms = decode_timeout_ms
        self._player: QMediaPlayer | None = None
        self._media: Media | None = None
        self._path: Path | None = None
        self._result: MediaCheckResult | None = None
        self._decoding = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._timed_out)

    @property
    def running(self) -> bool:
        return self._player is not None or self._result is not None

    def start(self, path: Path | None, media: Media) -> None:
        self.cancel()
        self._media, self._path = media, path
        result, _sniffed = precheck(path, media)
        if result is not None:
            self._result = result
            QTimer.singleShot(0, self, self._emit_result)  # results always arrive after start()
            return
        assert path is not None
        player = QMediaPlayer(self)
        sink = QVideoSink(player)
        player.setVideoSink(sink)
        if media.kind is not MediaKind.FILM:
            sound = QAudioBufferOutput(player)
            player.setAudioBufferOutput(sound)  # decoded sound arrives here; nothing is heard
            sound.audioBufferReceived.connect(self._decoded)
        sink.videoFrameChanged.connect(self._frame)
        player.mediaStatusChanged.connect(self._status)
        player.errorOccurred.connect(self._error)
        self._player = player
        self._timer.start(self.open_timeout_ms)
        later(player, "setSource", QUrl.fromLocalFile(str(path.absolute())))

    def cancel(self) -> None:
        self._timer.stop()
        self._result = None
        self._decoding = False
        if self._player is not None:
            player, self._player = self._player, None
            player.mediaStatusChanged.disconnect(self._status)
            player.errorOccurred.disconnect(self._error)
            later(player, "stop")  # from the event loop: see media/calls.py
            later(player, "setSource", QUrl())
            player.deleteLater()

    # --- the steps -------------------------------------------------------------------------------
    def _status(self, status: QMediaPlayer.MediaStatus) -> None:
        player = self._player
        if player is None or self._decoding:
            return
        if status is QMediaPlayer.MediaStatus.InvalidMedia:
            self._fail(
                Issue.CANNOT_OPEN,
                player.errorString() or QCoreApplication.translate("MediaCheck", "unknown format"),
            )
        elif status is QMediaPlayer.MediaStatus.LoadedMedia:
            self._loaded(player)

    def _error(self, _error: QMediaPlayer.Error, text: str) -> None:
        if self._player is not None and not self._decoding:
            self._fail(Issue.CANNOT_OPEN, text or QCoreApplication.translate("MediaCheck", "unknown error"))

    def _loaded(self, player: QMediaPlayer) -> None:
        assert self._media is not None
        kind = self._media.kind
        if kind is MediaKind.FILM and not player.hasVideo():
            self._fail(Issue.NO_VIDEO)
            return
        if kind is MediaKind.PODCAST and not player.hasAudio():
            self._fail(Issue.NO_AUDIO)
            return
        self._decoding = True
        self._timer.start(self.decode_timeout_ms)
        if kind is MediaKind.FILM:
            later(player, "pause")  # decodes and shows the first picture, plays nothing
        else:
            later(player, "play")  # into the buffer output only: silent

    def _frame(self, frame: QVideoFrame) -> None:
        if self._decoding and frame.isValid():
            self._decoded()

    def _decoded(self, *_buffer: object) -> None:
        player = self._player
        if player is None or not self._decoding:
            return
        self._decoding = False
        self._timer.stop()
        self._finish_probe(player, ())

    def _timed_out(self) -> None:
        player = self._player
        if player is None:
            return
        if self._decoding:
            key = QMediaMetaData.Key.VideoCodec if player.hasVideo() else QMediaMetaData.Key.AudioCodec
            self._fail(Issue.UNSUPPORTED_CODEC, player.metaData().stringValue(key))
        else:
            self._fail(Issue.TIMEOUT, self.open_timeout_ms // 1000)

    def _finish_probe(self, player: QMediaPlayer, findings: tuple[Finding, ...]) -> None:
        assert self._media is not None
        media, path = self._media, self._path
        meta = player.metaData()
        duration = player.duration() if player.duration() > 0 else None
        resolution = meta.value(QMediaMetaData.Key.Resolution)
        findings = tuple(findings)
        if media.kind is MediaKind.FILM and not player.hasAudio():
            findings += (Finding(Issue.FILM_WITHOUT_SOUND, message(Issue.FILM_WITHOUT_SOUND, media, path)),)
        if duration and media.expected_minutes:
            expected_ms = media.expected_minutes * 60_000
            difference = abs(duration - expected_ms)
            issue = Issue.TOO_SHORT if duration < expected_ms else Issue.TOO_LONG
            share = duration / expected_ms
            if difference >= MIN_DIFFERENCE_MS and (share < SHORTER_SHARE or share > LONGER_SHARE):
                text = message(issue, media, path, minutes_text(duration), f"{media.expected_minutes:g}")
                findings += (Finding(issue, text),)
        self._result = MediaCheckResult(
            media.id,
            path,
            findings,
            duration_ms=duration,
            has_video=player.hasVideo(),
            has_audio=player.hasAudio(),
            video_codec=meta.stringValue(QMediaMetaData.Key.VideoCodec) if player.hasVideo() else "",
            audio_codec=meta.stringValue(QMediaMetaData.Key.AudioCodec) if player.hasAudio() else "",
            frame_size=(resolution.width(), resolution.height())
            if resolution and resolution.isValid()
            else None,
        )
        self._emit_result()

    def _fail(self, issue: Issue, *values: object) -> None:
        assert self._media is not None
        finding = Finding(issue, message(issue, self._media, self._path, *values))
        player = self._player
        self._result = MediaCheckResult(
            self._media.id,
            self._path,
            (finding,),
            has_video=bool(player and player.hasVideo()),
            has_audio=bool(player and player.hasAudio()),
        )
        self._emit_result()

    def _emit_result(self) -> None:
        result = self._result
        if result is None:
            return
        self.cancel()
        self.finished.emit(result)


def check_media(
    path: Path | None,
    media: Media,
    *,
    timeout_ms: int = OPEN_TIMEOUT_MS,
    decode_timeout_ms: int = DECODE_TIMEOUT_MS,
) -> MediaCheckResult:
    """The check with a bounded wait (for attaching a file). Needs a QCoreApplication."""
    if QCoreApplication.instance() is None:
        raise RuntimeError("the media check needs a QApplication")
    check = MediaCheck(open_timeout_ms=timeout_ms, decode_timeout_ms=decode_timeout_ms)
    results: list[MediaCheckResult] = []
    loop = QEventLoop()

    def done(result: MediaCheckResult) -> None:
        results.append(result)
        loop.quit()

    check.finished.connect(done)
    check.start(path, media)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(timeout_ms + decode_timeout_ms + 1000)
    if not results:
        loop.exec()
    guard.stop()
    check.cancel()
    check.deleteLater()
    if results:
        return results[0]
    timeout = Finding(Issue.TIMEOUT, message(Issue.TIMEOUT, media, path, timeout_ms // 1000))
    return MediaCheckResult(media.id, path, (timeout,))
