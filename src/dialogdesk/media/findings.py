"""The outcome of a media check as plain data (no Qt), so the library can act on it without Qt."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path


class Issue(StrEnum):
    """What can be wrong with a media file; ``check.message`` turns each into words."""

    NO_FILE = "no_file"  # neither the material folder, an attached copy nor the media folder has it
    URL = "url"  # the material names a web address; only local files are played
    MISSING = "missing"  # the file named is not there
    UNREADABLE = "unreadable"  # no permission, a folder, a broken network drive
    EMPTY = "empty"  # 0 bytes
    NOT_MEDIA = "not_media"  # a web page, text or document with a media file's name
    TRUNCATED = "truncated"  # the container says more bytes should follow
    CANNOT_OPEN = "cannot_open"  # FFmpeg cannot read the container
    UNSUPPORTED_CODEC = "unsupported_codec"  # opens, but no picture (or sound) can be decoded
    NO_VIDEO = "no_video"  # a film without a picture
    NO_AUDIO = "no_audio"  # a podcast without sound
    FILM_WITHOUT_SOUND = "film_without_sound"  # warning: a film with no sound track
    TOO_SHORT = "too_short"  # warning: much shorter than the material says
    TOO_LONG = "too_long"  # warning: much longer than the material says
    NOT_TEXT = "not_text"  # a written case that is not a text file
    TIMEOUT = "timeout"  # opening took longer than the check waits


class Severity(StrEnum):
    OK = "ok"
    WARNING = "warning"  # it plays; the facilitator should look
    ERROR = "error"  # it will not play (or not as the material needs)


WARNINGS = {Issue.FILM_WITHOUT_SOUND, Issue.TOO_SHORT, Issue.TOO_LONG}


@dataclass(frozen=True)
class Finding:
    issue: Issue
    message: str  # for the facilitator: what is wrong and what to do, in the interface language

    @property
    def severity(self) -> Severity:
        return Severity.WARNING if self.issue in WARNINGS else Severity.ERROR


@dataclass(frozen=True)
class MediaCheckResult:
    """Everything the preparation page shows about one media file."""

    media_id: str
    path: Path | None
    findings: tuple[Finding, ...] = ()
    duration_ms: int | None = None
    has_video: bool = False
    has_audio: bool = False
    video_codec: str = ""
    audio_codec: str = ""
    frame_size: tuple[int, int] | None = None
    details: dict[str, str] = field(default_factory=dict)

    @property
    def severity(self) -> Severity:
        if any(f.severity is Severity.ERROR for f in self.findings):
            return Severity.ERROR
        return Severity.WARNING if self.findings else Severity.OK

    @property
    def playable(self) -> bool:
        """True when the session can use the file (warnings allowed)."""
        return self.severity is not Severity.ERROR

    @property
    def issues(self) -> tuple[Issue, ...]:
        return tuple(finding.issue for finding in self.findings)

    @property
    def message(self) -> str:
        """The most important finding's words, or '' when all is well."""
        errors = [f for f in self.findings if f.severity is Severity.ERROR]
        return (errors or list(self.findings) or [Finding(Issue.NO_FILE, "")])[0].message
