"""The preparation page's media check: every good format passes, every bad file says what to do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import Media, MediaKind
from dialogdesk.media.check import MediaCheck, check_media
from dialogdesk.media.findings import Issue, Severity
from dialogdesk.media.messages import describe
from tests.media.conftest import MEDIA_LOG_IGNORE

pytestmark = pytest.mark.qt_log_ignore(*MEDIA_LOG_IGNORE)

FILMS = ["h264.mp4", "h264_faststart.mp4", "h264.mov", "vp9.webm", "qt_mpeg4.mp4", "subtitled.mp4"]
SOUNDS = ["podcast.mp3", "podcast.m4a", "qt_aac.m4a", "lecture.wav"]


@pytest.mark.parametrize("name", FILMS)
def test_every_film_format_passes(media_files: dict[str, Path], film: Media, name: str) -> None:
    result = check_media(media_files[name], film)
    assert result.severity is Severity.OK, result.message
    assert result.has_video and result.has_audio
    assert 1900 <= (result.duration_ms or 0) <= 2100
    assert result.frame_size == (320, 180)
    assert describe(result).startswith("ready – 00:02, ")


@pytest.mark.parametrize("name", SOUNDS)
def test_every_sound_format_passes_as_a_podcast(
    media_files: dict[str, Path], podcast: Media, name: str
) -> None:
    result = check_media(media_files[name], podcast)
    assert result.playable and result.findings == (), result.message
    assert result.has_audio and not result.has_video


def test_a_missing_file(tmp_path: Path, film: Media) -> None:
    result = check_media(tmp_path / "film.mp4", film)
    assert result.issues == (Issue.MISSING,)
    assert "“film.mp4” is not there" in result.message


def test_no_file_at_all_says_where_to_get_it(film: Media) -> None:
    media = film.model_copy(update={"source_url": "https://vimeo.com/868646128"})
    result = check_media(None, media)
    assert result.issues == (Issue.NO_FILE,)
    assert "https://vimeo.com/868646128" in result.message
    assert "Attach file…" in result.message


def test_a_url_in_the_material(film: Media) -> None:
    media = film.model_copy(update={"file": "https://vimeo.com/868646128"})
    result = check_media(None, media)
    assert result.issues == (Issue.URL,)
    assert "web address" in result.message


def test_an_empty_file(media_copy: Callable[..., Path], film: Media) -> None:
    path = media_copy("h264.mp4")
    path.write_bytes(b"")
    result = check_media(path, film)
    assert result.issues == (Issue.EMPTY,)
    assert "0 bytes" in result.message and "Download it again" in result.message


@pytest.mark.parametrize("name", ["h264.mp4", "h264_faststart.mp4", "vp9.webm"])
def test_a_truncated_download(media_copy: Callable[..., Path], film: Media, name: str) -> None:
    path = media_copy(name)
    path.write_bytes(path.read_bytes()[:20_000])
    result = check_media(path, film)
    assert result.issues == (Issue.TRUNCATED,)
    assert "the download was interrupted" in result.message


def test_a_web_page_saved_as_mp4(media_copy: Callable[..., Path], film: Media) -> None:
    path = media_copy("h264.mp4", "film-ringsted.mp4")
    path.write_text("<!DOCTYPE html>\n<html><head><title>Vimeo – log ind</title></head></html>")
    result = check_media(path, film)
    assert result.issues == (Issue.NOT_MEDIA,)
    assert "web page" in result.message and "login or cookie page" in result.message


def test_a_text_file_with_a_film_ending(media_copy: Callable[..., Path], film: Media) -> None:
    path = media_copy("h264.mp4", "film.mp4")
    path.write_text("Link til filmen: https://vimeo.com/868646128\n")
    result = check_media(path, film)
    assert result.issues == (Issue.NOT_MEDIA,)
    assert "it contains text" in result.message


def test_an_unsupported_codec(media_files: dict[str, Path], film: Media) -> None:
    result = check_media(media_files["av1.mp4"], film, decode_timeout_ms=1500)
    assert result.issues == (Issue.UNSUPPORTED_CODEC,)
    assert "coded as AV1" in result.message and "MP4 (H.264)" in result.message


def test_a_film_without_a_picture(media_files: dict[str, Path], film: Media) -> None:
    result = check_media(media_files["podcast.mp3"], film)
    assert result.issues == (Issue.NO_VIDEO,)
    assert "no picture" in result.message


def test_a_podcast_without_sound(media_files: dict[str, Path], podcast: Media) -> None:
    result = check_media(media_files["silent_h264.mp4"], podcast)
    assert result.issues == (Issue.NO_AUDIO,)


def test_a_film_without_sound_is_only_a_warning(media_files: dict[str, Path], film: Media) -> None:
    result = check_media(media_files["silent_h264.mp4"], film)
    assert result.severity is Severity.WARNING and result.playable
    assert result.issues == (Issue.FILM_WITHOUT_SOUND,)


def test_much_shorter_than_the_material_expects(media_files: dict[str, Path], podcast: Media) -> None:
    media = podcast.model_copy(update={"expected_minutes": 10})
    result = check_media(media_files["podcast.mp3"], media)
    assert result.playable
    assert result.issues == (Issue.TOO_SHORT,)
    assert "lasts 00:02" in result.message and "about 10 minutes" in result.message


def test_a_written_case_is_read_as_text(tmp_path: Path, case: Media) -> None:
    text = tmp_path / "case.md"
    text.write_text("# Casen\n\nEn borger kommer med sin nye tablet og beder om hjælp.\n", encoding="utf-8")
    result = check_media(text, case)
    assert result.severity is Severity.OK
    assert describe(result) == "ready – 13 words"


def test_a_written_case_that_is_not_text(media_files: dict[str, Path], case: Media) -> None:
    result = check_media(media_files["podcast.mp3"], case)
    assert result.issues == (Issue.NOT_TEXT,)


def test_a_document_only_has_to_be_there(media_files: dict[str, Path]) -> None:
    handout = Media(id="handout", kind=MediaKind.DOCUMENT, title="Juridisk baggrund")
    assert check_media(media_files["podcast.mp3"], handout).severity is Severity.OK


def test_the_check_runs_without_blocking_and_reports_after_start(
    qtbot: QtBot, media_files: dict[str, Path], tmp_path: Path, film: Media
) -> None:
    check = MediaCheck()
    with qtbot.waitSignal(check.finished, timeout=5000) as missing:
        check.start(tmp_path / "nothing.mp4", film)  # known at once, still delivered after start()
    assert missing.args[0].issues == (Issue.MISSING,)
    with qtbot.waitSignal(check.finished, timeout=5000) as good:
        check.start(media_files["vp9.webm"], film)
        assert check.running
    assert good.args[0].video_codec == "VP9"
    assert not check.running


def test_a_check_can_be_cancelled_and_started_again(
    qtbot: QtBot, media_files: dict[str, Path], film: Media
) -> None:
    check = MediaCheck()
    results: list[object] = []
    check.finished.connect(results.append)
    check.start(media_files["h264.mp4"], film)
    check.cancel()
    with qtbot.waitSignal(check.finished, timeout=5000):
        check.start(media_files["h264.mov"], film)
    qtbot.wait(100)
    assert len(results) == 1
