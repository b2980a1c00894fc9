"""Sidecar subtitles: forgiving parsing, the cue at a position, finding the file next to the film."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogdesk.media.subtitles import (
    Cue,
    Subtitles,
    clean_text,
    find_sidecar,
    load_subtitles,
    parse_subtitles,
    sidecar_subtitles,
)
from dialogdesk.media.textfile import decode_text

SRT = (
    "\ufeff1\r\n"
    "00:00:01,000 --> 00:00:02,500\r\n"
    "<i>Velkommen</i> til dialogen\r\n"
    "\r\n"
    "2\r\n"
    "00:00:03,000 --> 00:00:04,000\r\n"
    "Borgeren ringer igen,\r\n"
    '<font color="#ffff00">for tredje gang</font>\r\n'
    "\r\n"
    "3\r\n"
    "01:02:03,004 --> 01:02:05,000\r\n"
    "Sidste replik &amp; tak"  # no final newline
)

VTT = """WEBVTT - med noter

NOTE Oversat af Borgerservice

STYLE
::cue { color: yellow }

intro
00:01.000 --> 00:02.000 align:start position:10%
<v Søren>Hvad kan vi love borgeren?</v>

00:02.500 --> 00:03.250
<c.yellow>Og</c> hvad kan vi <b>ikke</b>?
"""


def test_srt_with_bom_crlf_tags_and_no_final_newline() -> None:
    cues = parse_subtitles(SRT)
    assert cues == [
        Cue(1000, 2500, "Velkommen til dialogen"),
        Cue(3000, 4000, "Borgeren ringer igen,\nfor tredje gang"),
        Cue(3_723_004, 3_725_000, "Sidste replik & tak"),
    ]


def test_webvtt_with_header_note_style_settings_and_short_times() -> None:
    cues = parse_subtitles(VTT)
    assert cues == [
        Cue(1000, 2000, "Hvad kan vi love borgeren?"),
        Cue(2500, 3250, "Og hvad kan vi ikke?"),
    ]


def test_cues_are_exact_at_the_edges() -> None:
    subtitles = Subtitles(parse_subtitles(SRT))
    assert subtitles.cues_at(999) == []
    assert subtitles.text_at(1000) == "Velkommen til dialogen"
    assert subtitles.text_at(2499) == "Velkommen til dialogen"
    assert subtitles.cues_at(2500) == []  # the end is exclusive
    assert subtitles.text_at(3500).startswith("Borgeren")
    assert subtitles.text_at(3_724_000) == "Sidste replik & tak"
    assert subtitles.cues_at(10_000_000) == []


def test_overlapping_cues_are_shown_together() -> None:
    subtitles = Subtitles([Cue(0, 5000, "Lang"), Cue(1000, 2000, "Kort")])
    assert subtitles.text_at(1500) == "Lang\nKort"
    assert subtitles.cues_at(1500)[-1] == Cue(1000, 2000, "Kort")
    assert subtitles.text_at(3000) == "Lang"


def test_a_missing_blank_line_between_cues_is_tolerated() -> None:
    text = "1\n00:00:01,000 --> 00:00:02,000\nFørste\n2\n00:00:02,000 --> 00:00:03,000\nAnden\n"
    assert [cue.text for cue in parse_subtitles(text)] == ["Første", "Anden"]


def test_broken_blocks_are_skipped_not_fatal() -> None:
    text = (
        "1\nnot a time\nTekst\n\n"
        "2\n00:00:05,000 --> 00:00:04,000\nBaglæns\n\n"
        "3\n00:00:06,000 --> 00:00:07\nOk\n"
    )
    subtitles = Subtitles(parse_subtitles(text))
    assert [cue.text for cue in subtitles.cues] == ["Ok"]  # no time, and end before start, are dropped


def test_markup_from_embedded_tracks_is_removed() -> None:
    assert clean_text("Hej {\\i1}med{\\r} dig") == "Hej med dig"
    assert clean_text("Linje et\\NLinje to") == "Linje et\nLinje to"
    assert clean_text("<00:00:01.000><c>Tid</c>") == "Tid"
    assert clean_text("a < b og 3 > 2") == "a < b og 3 > 2"


def test_windows_1252_files_read_as_danish(tmp_path: Path) -> None:
    path = tmp_path / "film.da.srt"
    path.write_bytes("1\r\n00:00:01,000 --> 00:00:02,000\r\nSøren kører på arbejde\r\n".encode("cp1252"))
    assert load_subtitles(path).text_at(1500) == "Søren kører på arbejde"
    assert decode_text("æøå".encode("utf-16")) == "æøå"


@pytest.mark.parametrize(
    ("present", "chosen"),
    [
        (["film.srt", "film.da.srt", "film.vtt"], "film.da.srt"),
        (["film.vtt", "film.srt"], "film.srt"),
        (["FILM.DA.SRT"], "FILM.DA.SRT"),
        (["film.vtt"], "film.vtt"),
        (["andet.srt"], None),
    ],
)
def test_the_sidecar_beside_the_film_danish_first(
    tmp_path: Path, present: list[str], chosen: str | None
) -> None:
    film = tmp_path / "film.mp4"
    film.write_bytes(b"")
    for name in present:
        (tmp_path / name).write_text("1\n00:00:00,000 --> 00:00:01,000\nTekst\n", encoding="utf-8")
    found = find_sidecar(film)
    assert (found.name if found else None) == chosen


def test_an_unreadable_or_empty_sidecar_means_no_subtitles(tmp_path: Path) -> None:
    film = tmp_path / "film.mp4"
    (tmp_path / "film.srt").write_text("WEBVTT\n\nbare tekst uden tider\n", encoding="utf-8")
    assert sidecar_subtitles(film) is None
    (tmp_path / "film.srt").write_bytes(b"\x00\x01\x02" * 100)
    assert sidecar_subtitles(film) is None
    assert sidecar_subtitles(tmp_path / "missing" / "film.mp4") is None
