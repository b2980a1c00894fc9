"""Which subtitles the room sees: a file beside the film, a track inside it, or none.

A sidecar file (``film.da.srt`` …) is timed by the frame on the screen, so a cue appears on the
first frame at or after its start; a track inside the film comes from FFmpeg through the video
sink, with its ASS markup removed. A Danish track is chosen by itself when there is no file.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtMultimedia import QMediaMetaData, QMediaPlayer, QVideoSink

from dialogdesk.media.subtitles import Subtitles, clean_text, sidecar_subtitles


@dataclass(frozen=True)
class SubtitleOption:
    key: str  # "off", "file" (beside the film) or "track:N" (inside the film)
    label: str


class Captions(QObject):
    """The subtitle choice for one player and the text to show now."""

    optionsChanged = Signal()
    textChanged = Signal(str)  # '' when no subtitle shows

    def __init__(self, player: QMediaPlayer, sink: QVideoSink, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._player = player
        self.sidecar: Subtitles | None = None
        self.key = "off"
        self.text = ""
        sink.subtitleTextChanged.connect(self._embedded)

    def reset(self, source: Path | None) -> None:
        """A new file (or none): look for its sidecar; no subtitle shows until it plays."""
        self.sidecar = sidecar_subtitles(source) if source is not None else None
        self.key = "file" if self.sidecar else "off"
        self._show("")
        self.optionsChanged.emit()

    def media_loaded(self) -> None:
        """The film's own tracks are known now: take a Danish one if nothing else was chosen."""
        if self.sidecar is None and self.key == "off":
            for index, track in enumerate(self._player.subtitleTracks()):
                if track.stringValue(QMediaMetaData.Key.Language).lower().startswith(("da", "dansk")):
                    self.select(f"track:{index}")
                    break
        self.optionsChanged.emit()

    def options(self) -> list[SubtitleOption]:
        options = [SubtitleOption("off", QCoreApplication.translate("MediaService", "No subtitles"))]
        if self.sidecar is not None and self.sidecar.source is not None:
            options.append(SubtitleOption("file", self.sidecar.source.name))
        for index, track in enumerate(self._player.subtitleTracks()):
            words = [
                track.stringValue(QMediaMetaData.Key.Language),
                track.stringValue(QMediaMetaData.Key.Title),
            ]
            fallback = QCoreApplication.translate("MediaService", "Track %1").replace("%1", str(index + 1))
            label = " – ".join(word for word in words if word) or fallback
            options.append(
                SubtitleOption(
                    f"track:{index}", label + QCoreApplication.translate("MediaService", " (in the film)")
                )
            )
        return options

    def select(self, key: str) -> None:
        if key not in {option.key for option in self.options()}:
            return
        self.key = key
        self._player.setActiveSubtitleTrack(int(key.split(":")[1]) if key.startswith("track:") else -1)
        if key == "file":
            self.at(self._player.position())
        elif key == "off":
            self._show("")

    def at(self, ms: int) -> None:
        """The picture (or, without one, the sound) is at ``ms``: show the file's cue there."""
        if self.sidecar is not None and self.key == "file":
            self._show(self.sidecar.text_at(ms))

    def _embedded(self, text: str) -> None:
        if self.key.startswith("track:"):
            self._show(clean_text(text))

    def _show(self, text: str) -> None:
        if text != self.text:
            self.text = text
            self.textChanged.emit(text)
