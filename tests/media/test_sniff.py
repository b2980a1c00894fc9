"""What the bytes say: web pages saved as films, and downloads cut short, found without decoding."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from dialogdesk.media.sniff import ContentKind, content_kind, sniff_file


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"", ContentKind.EMPTY),
        (b"\n  <!DOCTYPE html><html><head><title>Log ind</title>", ContentKind.HTML),
        (b"\xef\xbb\xbf<html lang='da'><body>Cookies</body></html>", ContentKind.HTML),
        ("Filmen kan ikke vises. Prøv igen.".encode(), ContentKind.TEXT),
        (b"%PDF-1.7\n", ContentKind.PDF),
        (b"PK\x03\x04\x14\x00", ContentKind.ZIP),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", ContentKind.IMAGE),
        (b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00", ContentKind.MP4),
        (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01", ContentKind.MATROSKA),
        (b"ID3\x04\x00\x00\x00\x00\x00\x00", ContentKind.MP3),
        (b"\xff\xfb\x90\x64\x00", ContentKind.MP3),
        (b"\xff\xf1\x50\x80\x02", ContentKind.AAC),
        (b"RIFF\x24\x08\x00\x00WAVEfmt ", ContentKind.WAVE),
        (b"OggS\x00\x02", ContentKind.OGG),
        (b"\x00\x01\x02\x03\x04\x05\x06\x07\x08", ContentKind.UNKNOWN),
    ],
)
def test_content_kind_from_the_first_bytes(head: bytes, kind: ContentKind) -> None:
    assert content_kind(head) is kind


@pytest.mark.parametrize(
    "name",
    ["h264.mp4", "h264_faststart.mp4", "h264.mov", "vp9.webm", "podcast.mp3", "podcast.m4a", "lecture.wav"],
)
def test_whole_files_are_whole(media_files: dict[str, Path], name: str) -> None:
    sniffed = sniff_file(media_files[name])
    assert sniffed.kind.is_media
    assert not sniffed.truncated
    assert sniffed.size == media_files[name].stat().st_size


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("h264.mp4", ContentKind.MP4),  # index at the end: the cut loses it
        ("h264_faststart.mp4", ContentKind.MP4),  # index first: it opens, but the data stops
        ("vp9.webm", ContentKind.MATROSKA),
        ("lecture.wav", ContentKind.WAVE),
    ],
)
def test_a_download_cut_short_is_found(media_copy: Callable[..., Path], name: str, kind: ContentKind) -> None:
    path = media_copy(name)
    whole = path.stat().st_size
    path.write_bytes(path.read_bytes()[: whole * 2 // 3])

    sniffed = sniff_file(path)

    assert sniffed.kind is kind
    assert sniffed.truncated
    assert sniffed.expected_size is not None and sniffed.expected_size > sniffed.size


def test_an_mp4_without_its_index_says_so(media_copy: Callable[..., Path]) -> None:
    path = media_copy("h264.mp4")
    path.write_bytes(path.read_bytes()[:2000])
    assert sniff_file(path).has_index is False
    assert sniff_file(media_copy("h264_faststart.mp4")).has_index is True
