"""The facilitator's words for what the media check finds: what is wrong and what to do.

Source strings are English in the "MediaCheck" translation context; the Danish .qm turns them
Danish. Each message names the file and ends with the next step to take.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from dialogdesk.materials.model import Media, MediaKind
from dialogdesk.media.findings import Issue, MediaCheckResult
from dialogdesk.media.sniff import ContentKind
from dialogdesk.session.timers import format_elapsed


def _fill(text: str, *values: object) -> str:
    for number, value in enumerate(values, start=1):
        text = text.replace(f"%{number}", str(value))
    return text


def size_text(size: int) -> str:
    return QLocale().formattedDataSize(size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def minutes_text(ms: int) -> str:
    """A film's length with the digits its clock shows in the session ('04:52')."""
    return format_elapsed(ms * 1_000_000)


def _name(media: Media, path: Path | None) -> str:
    """The file the facilitator knows, or the media's title when there is no file yet."""
    return f"“{path.name}”" if path is not None else f"“{media.title}”"


def message(issue: Issue, media: Media, path: Path | None, *values: object) -> str:
    """The facilitator's words for one finding (source English, shown in the interface language)."""
    name = _name(media, path)
    if issue is Issue.NO_FILE:
        text = QCoreApplication.translate(
            "MediaCheck",
            "The file for %1 is not on this computer. %2 use “Attach file…”, or choose the media folder "
            "(USB stick or network drive) where it is.",
        )
        return _fill(text, name, _where_to_get(media))
    if issue is Issue.NOT_MEDIA:
        return _not_media_message(name, values[0] if values else ContentKind.UNKNOWN)
    if issue is Issue.UNSUPPORTED_CODEC:
        return _codec_message(name, media, values[0] if values else None)
    return _fill(_plain_texts()[issue], name, *values)


def _plain_texts() -> dict[Issue, str]:
    """The findings whose words need only the file's name and the values the check found."""
    return {
        Issue.URL: QCoreApplication.translate(
            "MediaCheck",
            "%1 is a web address. DialogDesk plays only files on this computer: download the file and "
            "attach it.",
        ),
        Issue.MISSING: QCoreApplication.translate(
            "MediaCheck", "%1 is not there any more. Attach the file again, or put it back where it was."
        ),
        Issue.UNREADABLE: QCoreApplication.translate(
            "MediaCheck",
            "%1 cannot be read (%2). Check that the USB stick or network drive is connected, or copy the "
            "file to this computer and attach it.",
        ),
        Issue.EMPTY: QCoreApplication.translate(
            "MediaCheck",
            "%1 is empty (0 bytes): the download or copy did not finish. Download it again and attach "
            "the new file.",
        ),
        Issue.TRUNCATED: QCoreApplication.translate(
            "MediaCheck",
            "%1 stops before its end (%2 of at least %3): the download was interrupted. Download it "
            "again and attach the new file.",
        ),
        Issue.CANNOT_OPEN: QCoreApplication.translate(
            "MediaCheck",
            "%1 cannot be opened as a film or sound file (%2). It may be damaged or in a format this "
            "computer cannot play: download it again, preferably as MP4 (film) or MP3 (sound).",
        ),
        Issue.NO_VIDEO: QCoreApplication.translate(
            "MediaCheck",
            "%1 has sound but no picture, so it is not the film (perhaps only its soundtrack). Find the "
            "film file and attach it.",
        ),
        Issue.NO_AUDIO: QCoreApplication.translate(
            "MediaCheck",
            "%1 has no sound, so it is not the podcast. Find the sound file (MP3 or M4A) and attach it.",
        ),
        Issue.FILM_WITHOUT_SOUND: QCoreApplication.translate(
            "MediaCheck", "%1 has no sound track. If the film should have sound, download it again."
        ),
        Issue.TOO_SHORT: QCoreApplication.translate(
            "MediaCheck",
            "%1 lasts %2, but the material expects about %3 minutes. It may be cut short or another "
            "version: check the end, or download it again.",
        ),
        Issue.TOO_LONG: QCoreApplication.translate(
            "MediaCheck",
            "%1 lasts %2, but the material expects about %3 minutes. Check that it is the right file.",
        ),
        Issue.NOT_TEXT: QCoreApplication.translate(
            "MediaCheck",
            "%1 is not a text file. Save the case as plain text (.txt) or Markdown (.md) and attach it.",
        ),
        Issue.TIMEOUT: QCoreApplication.translate(
            "MediaCheck",
            "%1 took more than %2 seconds to open. If it is on a network drive, copy it to this computer "
            "and attach it.",
        ),
    }


def _codec_message(name: str, media: Media, found: object) -> str:
    codec = str(found) if found else QCoreApplication.translate("MediaCheck", "an unknown format")
    if media.kind is MediaKind.FILM:
        text = QCoreApplication.translate(
            "MediaCheck",
            "The picture in %1 is coded as %2, which this computer cannot play. Download the film as "
            "MP4 (H.264) instead, or ask IT to convert it.",
        )
    else:
        text = QCoreApplication.translate(
            "MediaCheck",
            "The sound in %1 is coded as %2, which this computer cannot play. Download it as MP3 or "
            "M4A instead.",
        )
    return _fill(text, name, codec)


def _not_media_message(name: str, kind: object) -> str:
    if kind is ContentKind.HTML:
        text = QCoreApplication.translate(
            "MediaCheck",
            "%1 is not a film or sound file but a web page saved under its name – the download link "
            "probably led to a login or cookie page. Open the link in a browser, download the file "
            "itself and attach it.",
        )
        return _fill(text, name)
    what = {
        ContentKind.TEXT: QCoreApplication.translate("MediaCheck", "text"),
        ContentKind.PDF: QCoreApplication.translate("MediaCheck", "a PDF document"),
        ContentKind.ZIP: QCoreApplication.translate("MediaCheck", "a zip archive or an Office document"),
        ContentKind.IMAGE: QCoreApplication.translate("MediaCheck", "a picture"),
    }.get(kind, QCoreApplication.translate("MediaCheck", "something else"))  # type: ignore[call-overload]
    text = QCoreApplication.translate(
        "MediaCheck",
        "%1 is not a film or sound file: it contains %2. Check that you picked the right file, "
        "download it again if needed and attach it.",
    )
    return _fill(text, name, what)


def _where_to_get(media: Media) -> str:
    if media.source_url:
        return _fill(QCoreApplication.translate("MediaCheck", "Download it from %1, then"), media.source_url)
    return QCoreApplication.translate("MediaCheck", "Get it from the material's publisher, then")


def in_room_with_its_media_folder(issue: Issue, media: Media, path: Path | None, text: str) -> str:
    """``text`` for a room whose settings name the media folder: it cannot be chosen here."""
    if issue is not Issue.NO_FILE:
        return text
    return _fill(
        QCoreApplication.translate(
            "MediaCheck",
            "The file for %1 is not on this computer. %2 use “Attach file…”, or ask IT to put it in "
            "this room's media folder.",
        ),
        _name(media, path),
        _where_to_get(media),
    )


def in_locked_room(issue: Issue, media: Media, path: Path | None, text: str) -> str:
    """``text`` for a room where only IT may attach files (``allow_editing: false``).

    A missing file gets its own words; every other finding keeps its own and adds who fixes it.
    """
    if issue is Issue.NO_FILE:
        text = _fill(
            QCoreApplication.translate(
                "MediaCheck",
                "The file for %1 is not on this computer: ask IT to put it in this room's media folder.",
            ),
            _name(media, path),
        )
        if media.source_url:
            text += " " + _fill(
                QCoreApplication.translate("MediaCheck", "It can be downloaded from %1."), media.source_url
            )
        return text
    return (
        text
        + "\n"
        + QCoreApplication.translate(
            "MediaCheck",
            "In this room only IT attaches files and chooses the media folder: ask IT to fix this.",
        )
    )


def describe(result: MediaCheckResult) -> str:
    """One line for a file that passed: 'ready – 4:32, H.264 1920×1080'."""
    parts = []
    if result.duration_ms:
        parts.append(minutes_text(result.duration_ms))
    if result.video_codec:
        size = f" {result.frame_size[0]}×{result.frame_size[1]}" if result.frame_size else ""
        parts.append(result.video_codec + size)
    if result.audio_codec:
        parts.append(result.audio_codec)
    if "words" in result.details:
        parts.append(_fill(QCoreApplication.translate("MediaCheck", "%1 words"), result.details["words"]))
    return QCoreApplication.translate("MediaCheck", "ready") + (" – " + ", ".join(parts) if parts else "")
