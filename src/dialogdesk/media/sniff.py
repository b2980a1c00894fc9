"""What a media file really is, read from its first bytes and its container structure (no Qt).

A film "downloaded" from a page that wanted a login is an HTML page saved as ``film.mp4``; an
interrupted download is an MP4 whose boxes, a WebM whose segment or a WAV whose RIFF chunk
claims more bytes than the file has. Both are found here without decoding anything, so the
check can say which of the two happened instead of FFmpeg's "Invalid data found".
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

HEAD_BYTES = 4096
MAX_BOXES = 10_000

_ISO_BOXES = {b"ftyp", b"moov", b"mdat", b"free", b"skip", b"wide", b"pnot", b"uuid", b"moof", b"styp"}
_HTML_MARKERS = ("<!doctype", "<html", "<head", "<body", "<script", "<?xml", "<meta", "<title", "<div")


class ContentKind(StrEnum):
    EMPTY = "empty"
    MP4 = "mp4"  # ISO base media: .mp4 .m4a .mov .3gp
    MATROSKA = "matroska"  # .webm .mkv
    WAVE = "wave"
    MP3 = "mp3"
    AAC = "aac"  # raw ADTS
    OGG = "ogg"
    FLAC = "flac"
    AVI = "avi"
    ASF = "asf"  # .wmv .wma
    MPEG_TS = "mpeg_ts"
    HTML = "html"
    TEXT = "text"
    PDF = "pdf"
    ZIP = "zip"  # also .docx and .pptx
    IMAGE = "image"
    UNKNOWN = "unknown"

    @property
    def is_media(self) -> bool:
        return self not in _NOT_MEDIA


_NOT_MEDIA = {
    ContentKind.EMPTY,
    ContentKind.HTML,
    ContentKind.TEXT,
    ContentKind.PDF,
    ContentKind.ZIP,
    ContentKind.IMAGE,
}


@dataclass(frozen=True)
class Sniffed:
    """What the bytes say: the kind of content and, where the container tells, if it is whole."""

    kind: ContentKind
    size: int
    truncated: bool = False
    expected_size: int | None = None  # the size the container claims, when it is cut short
    has_index: bool | None = None  # MP4: a 'moov' box (without one nothing can play)


def sniff_file(path: Path) -> Sniffed:
    """Read the head of ``path`` (and its box headers); raises OSError if it cannot be read."""
    with path.open("rb") as stream:
        stream.seek(0, 2)
        size = stream.tell()
        stream.seek(0)
        head = stream.read(HEAD_BYTES)
        kind = content_kind(head)
        if kind is ContentKind.MP4:
            return _walk_iso_boxes(stream, size)
        if kind is ContentKind.MATROSKA:
            return _check_matroska(head, size)
        if kind is ContentKind.WAVE:
            declared = struct.unpack_from("<I", head, 4)[0] + 8
            # Writers that stream set 0 or 0xFFFFFFFF; only a real size can say "too short".
            cut = 8 < declared < 0xFFFFFFFF and declared > size
            return Sniffed(kind, size, truncated=cut, expected_size=declared if cut else None)
        return Sniffed(kind, size)


def content_kind(head: bytes) -> ContentKind:
    """The kind of content from the first bytes of a file."""
    if not head:
        return ContentKind.EMPTY
    if head[4:8] in _ISO_BOXES:
        return ContentKind.MP4
    signatures = (
        (b"\x1a\x45\xdf\xa3", ContentKind.MATROSKA),
        (b"OggS", ContentKind.OGG),
        (b"fLaC", ContentKind.FLAC),
        (b"ID3", ContentKind.MP3),
        (b"\x30\x26\xb2\x75\x8e\x66\xcf\x11", ContentKind.ASF),
        (b"%PDF", ContentKind.PDF),
        (b"PK\x03\x04", ContentKind.ZIP),
        (b"\xff\xd8\xff", ContentKind.IMAGE),
        (b"\x89PNG", ContentKind.IMAGE),
        (b"GIF8", ContentKind.IMAGE),
    )
    for signature, kind in signatures:
        if head.startswith(signature):
            return kind
    if head.startswith(b"RIFF") and len(head) >= 12:
        return {b"WAVE": ContentKind.WAVE, b"AVI ": ContentKind.AVI}.get(head[8:12], ContentKind.UNKNOWN)
    if head[0] == 0x47 and len(head) > 188 and head[188] == 0x47:
        return ContentKind.MPEG_TS
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xF6 == 0xF0:
        return ContentKind.AAC  # ADTS sync word with layer 0
    if len(head) >= 2 and head[0] == 0xFF and head[1] & 0xE0 == 0xE0:
        return ContentKind.MP3  # MPEG audio frame sync
    return _text_kind(head)


def _text_kind(head: bytes) -> ContentKind:
    sample = head.lstrip(b"\xef\xbb\xbf")
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError as error:
        if error.start < len(sample) - 4:  # not just a character cut at the end of the sample
            return ContentKind.UNKNOWN
        text = sample[: error.start].decode("utf-8")
    if any(ord(char) < 32 and char not in "\t\n\r\f" for char in text):
        return ContentKind.UNKNOWN
    lowered = text.lstrip().lower()
    if lowered.startswith("<") and any(marker in lowered for marker in _HTML_MARKERS):
        return ContentKind.HTML
    return ContentKind.TEXT


def _walk_iso_boxes(stream: BinaryIO, size: int) -> Sniffed:
    """Follow the top-level boxes; one that claims to end past the file's end means a cut file."""
    offset = 0
    seen: set[bytes] = set()
    for _ in range(MAX_BOXES):
        if offset >= size:
            break
        stream.seek(offset)
        header = stream.read(16)
        if len(header) < 8:
            return Sniffed(ContentKind.MP4, size, truncated=True, has_index=b"moov" in seen)
        box_size, box_type = struct.unpack_from(">I4s", header)
        if box_size == 1:
            if len(header) < 16:
                return Sniffed(ContentKind.MP4, size, truncated=True, has_index=b"moov" in seen)
            box_size = struct.unpack_from(">Q", header, 8)[0]
        elif box_size == 0:
            box_size = size - offset  # "to the end of the file"
        seen.add(box_type)
        if box_size < 8:
            break  # not a box header: leave the rest to the decoder
        if offset + box_size > size:
            return Sniffed(
                ContentKind.MP4,
                size,
                truncated=True,
                expected_size=offset + box_size,
                has_index=b"moov" in seen and box_type != b"moov",
            )
        offset += box_size
    return Sniffed(ContentKind.MP4, size, has_index=b"moov" in seen)


def _read_vint(data: bytes, position: int) -> tuple[int, int, bool] | None:
    """An EBML variable-length integer: (value, length, all value bits set = 'unknown size')."""
    if position >= len(data):
        return None
    first = data[position]
    length = next((n for n in range(1, 9) if first & (0x80 >> (n - 1))), 0)
    if not length or position + length > len(data):
        return None
    value = first & (0xFF >> length)
    for byte in data[position + 1 : position + length]:
        value = (value << 8) | byte
    return value, length, value == (1 << (7 * length)) - 1


def _check_matroska(head: bytes, size: int) -> Sniffed:
    """EBML header, then the Segment: a Segment larger than the rest of the file is cut short."""
    header_size = _read_vint(head, 4)
    if header_size is None:
        return Sniffed(ContentKind.MATROSKA, size)
    position = 4 + header_size[1] + header_size[0]
    if head[position : position + 4] != b"\x18\x53\x80\x67":
        return Sniffed(ContentKind.MATROSKA, size)
    segment = _read_vint(head, position + 4)
    if segment is None or segment[2]:
        return Sniffed(ContentKind.MATROSKA, size)  # live-written files may say "unknown size"
    end = position + 4 + segment[1] + segment[0]
    cut = end > size
    return Sniffed(ContentKind.MATROSKA, size, truncated=cut, expected_size=end if cut else None)
