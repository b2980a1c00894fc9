"""Subtitles beside a film: ``film.da.srt``, ``film.srt``, ``film.da.vtt`` or ``film.vtt`` (no Qt).

The parser is line based and forgiving, because subtitle files come from everywhere: a BOM,
CRLF line ends, no final newline, a missing blank line between cues, ``<i>``/``<font>`` tags,
WebVTT cue settings, NOTE and STYLE blocks, and ASS override tags (``{\\i1}``) in text that
FFmpeg hands over from embedded tracks are all handled.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from dialogdesk.media.textfile import TextFileError, read_text_file

# Preferred first: Danish files, then any language; SubRip before WebVTT.
SIDECAR_SUFFIXES = (".da.srt", ".da.vtt", ".dan.srt", ".srt", ".vtt")

_TIME = r"(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[,.](\d{1,3}))?"
_TIMING = re.compile(rf"^\s*{_TIME}\s*-->\s*{_TIME}")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^<>]*>|<\d[\d:.,]*>")  # <i>, <font ...>, <v Ann>, <00:00:01.000>
_ASS_TAG = re.compile(r"\{\\[^{}]*\}")
_SPACES = re.compile(r"[ \t]+")


@dataclass(frozen=True)
class Cue:
    """One subtitle: shown from ``start_ms`` until just before ``end_ms``."""

    start_ms: int
    end_ms: int
    text: str


class Subtitles:
    """The cues of one subtitle file, ordered by start, looked up by playing position."""

    def __init__(self, cues: Iterable[Cue], source: Path | None = None) -> None:
        self.cues = sorted((cue for cue in cues if cue.end_ms > cue.start_ms), key=lambda c: c.start_ms)
        self.source = source
        self._starts = [cue.start_ms for cue in self.cues]
        self._longest_ms = max((cue.end_ms - cue.start_ms for cue in self.cues), default=0)

    def __len__(self) -> int:
        return len(self.cues)

    def cues_at(self, ms: int) -> list[Cue]:
        """Every cue showing at ``ms`` (overlapping cues are shown together)."""
        index = bisect.bisect_right(self._starts, ms)
        found = []
        for cue in reversed(self.cues[:index]):
            if ms - cue.start_ms >= self._longest_ms:
                break
            if cue.start_ms <= ms < cue.end_ms:
                found.append(cue)
        return found[::-1]

    def text_at(self, ms: int) -> str:
        return "\n".join(cue.text for cue in self.cues_at(ms))


def _milliseconds(hours: str | None, minutes: str, seconds: str, fraction: str | None) -> int:
    ms = int((fraction or "0").ljust(3, "0")[:3])
    return ((int(hours or 0) * 60 + int(minutes)) * 60 + int(seconds)) * 1000 + ms


def clean_text(text: str) -> str:
    """Plain text for the screen: no markup, entities decoded, ``\\N`` as a line break."""
    text = _ASS_TAG.sub("", text).replace("\\N", "\n").replace("\\h", " ")
    text = html.unescape(_HTML_TAG.sub("", text))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def parse_subtitles(text: str) -> list[Cue]:
    """Cues from SubRip or WebVTT text (the two share the ``start --> end`` timing line)."""
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    cues: list[Cue] = []
    timing: tuple[int, int] | None = None
    lines: list[str] = []

    def finish() -> None:
        if timing is not None:
            body = clean_text("\n".join(lines))
            if body:
                cues.append(Cue(timing[0], timing[1], body))

    for line in text.split("\n"):
        match = _TIMING.match(line)
        if match:
            if timing is not None and lines and lines[-1].strip().isdigit():
                lines.pop()  # the next cue's number, when the blank line before it is missing
            finish()
            groups = match.groups()
            timing = (_milliseconds(*groups[:4]), _milliseconds(*groups[4:]))
            lines = []
        elif not line.strip():
            finish()
            timing, lines = None, []
        elif timing is not None:
            lines.append(line)
    finish()
    return cues


def load_subtitles(path: Path) -> Subtitles:
    """Read a .srt or .vtt file; raises TextFileError when it cannot be read."""
    return Subtitles(parse_subtitles(read_text_file(path)), source=path)


def find_sidecar(media_path: Path) -> Path | None:
    """The subtitle file next to a film with the same name, Danish first; None if there is none."""
    folder = media_path.parent
    try:
        names = {entry.name.lower(): entry for entry in folder.iterdir() if entry.is_file()}
    except OSError:
        return None
    stem = media_path.stem.lower()
    for suffix in SIDECAR_SUFFIXES:
        found = names.get(stem + suffix)
        if found is not None:
            return found
    return None


def sidecar_subtitles(media_path: Path) -> Subtitles | None:
    """The parsed sidecar subtitles of a film, or None when there are none or they cannot be read."""
    path = find_sidecar(media_path)
    if path is None:
        return None
    try:
        subtitles = load_subtitles(path)
    except TextFileError:
        return None
    return subtitles if len(subtitles) else None
