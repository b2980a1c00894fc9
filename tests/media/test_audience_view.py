"""The room's view of a film, a podcast and a written case: pictures, subtitles, readable text."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import Media
from dialogdesk.media.player import MediaService
from dialogdesk.ui import style
from dialogdesk.ui.media.audience_view import AudienceMediaView
from tests.media.conftest import MEDIA_LOG_IGNORE, wait_until
from tests.media.make_media import FILM_CUES, SUBTITLES_SRT

pytestmark = pytest.mark.qt_log_ignore(*MEDIA_LOG_IGNORE)

CASE_TEXT = "\n\n".join(
    [
        "# Birthe og den nye tablet",
        *(
            f"Afsnit {n}: Birthe er 78 år og kommer i Borgerservice med en tablet, hun har fået af sit "
            f"barnebarn. Hun vil gerne kunne læse sine breve fra kommunen, men tabletten beder om koder."
            for n in range(1, 9)
        ),
        "**Spørgsmål til jer:** Hvor går grænsen for den hjælp, vi giver?",
    ]
)


def shown(qtbot: QtBot, service: MediaService, media: Media) -> AudienceMediaView:
    view = AudienceMediaView(service, media)
    qtbot.addWidget(view)
    view.resize(1920, 1080)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_film_reaches_the_audience_view(
    qtbot: QtBot, service: MediaService, media_files: dict[str, Path], film: Media
) -> None:
    service.open(film, media_files["h264_faststart.mp4"])
    view = shown(qtbot, service, film)
    assert wait_until(lambda: view.frame_view.has_picture(), 3000)  # the first picture, before play
    service.play()
    for _ in range(10):
        with qtbot.waitSignal(service.audience_sink.videoFrameChanged, timeout=3000):
            pass
    assert view.frame_view.frames_received >= 10
    assert wait_until(lambda: view.frame_view.frames_painted > 0, 1000)
    picture = view.grab().toImage()
    assert picture.pixelColor(960, 540).value() > 30  # a picture, not a black page


@pytest.fixture
def subtitled_film(media_files: dict[str, Path], tmp_path: Path) -> Path:
    folder = tmp_path / "material" / "media"
    folder.mkdir(parents=True)
    film = folder / "film-ringsted.mp4"
    shutil.copy(media_files["h264_faststart.mp4"], film)
    (folder / "film-ringsted.da.srt").write_text(SUBTITLES_SRT, encoding="utf-8", newline="")
    return film


def test_sidecar_subtitles_appear_at_the_right_time(
    qtbot: QtBot, service: MediaService, subtitled_film: Path, film: Media
) -> None:
    service.open(film, subtitled_film)
    view = shown(qtbot, service, film)
    assert wait_until(lambda: service.duration > 0, 3000)
    assert [option.key for option in service.subtitle_options()] == ["off", "file"]

    for position, expected in [(600, FILM_CUES["first"][2]), (1100, ""), (1500, FILM_CUES["second"][2])]:
        service.seek(position)
        assert wait_until(lambda expected=expected: view.subtitle_text == expected, 2000), (
            position,
            expected,
        )
    assert view.frame_view.subtitle_pixel_size() >= style.MIN_AUDIENCE_TEXT_PX

    # While playing, each cue shows within a frame of its start
    seen: list[tuple[int, str]] = []
    service.seek(0)
    assert wait_until(lambda: view.subtitle_text == "", 2000)
    service.subtitleTextChanged.connect(
        lambda text: seen.append((service.audience_sink.videoFrame().startTime() // 1000, text))
    )
    service.play()
    assert wait_until(lambda: len(seen) >= 3, 4000)
    (shown_at, first), (hidden_at, blank), (second_at, second) = seen[:3]
    assert first == "Hej med dig" and blank == "" and second == "Anden replik"
    # (the time of the frame it appears on: 25 frames a second, so the first frame at or after the cue)
    assert (shown_at, hidden_at, second_at) == (320, 1000, 1200)


def test_an_embedded_danish_track_is_offered_and_shown(
    qtbot: QtBot, service: MediaService, media_files: dict[str, Path], film: Media
) -> None:
    service.open(film, media_files["subtitled.mp4"])
    view = shown(qtbot, service, film)
    assert wait_until(lambda: len(service.subtitle_options()) == 2, 3000)
    assert service.subtitle_key == "track:0"  # the Danish track is chosen by itself
    assert "Danish" in service.subtitle_options()[1].label
    service.play()
    assert wait_until(lambda: view.subtitle_text == "Hej med dig", 3000)
    service.select_subtitles("off")
    assert view.subtitle_text == ""


def test_the_podcast_shows_who_speaks_and_the_time_left(
    qtbot: QtBot, service: MediaService, media_files: dict[str, Path], podcast: Media
) -> None:
    service.open(podcast, media_files["podcast.mp3"])
    view = shown(qtbot, service, podcast)
    assert wait_until(lambda: service.duration > 0, 3000)
    service.seek(1000)
    assert wait_until(lambda: view.left_label.text() in ("00:01 left", "00:00 left"), 2000)
    assert view.title_label.text() == podcast.title
    assert view.people_heading.text() == "Deltagere i podcasten"
    for person in podcast.people:
        assert person.name in view.people_label.text() and person.role in view.people_label.text()
    assert 0.3 < view.progress.share < 0.7


def test_every_text_in_the_room_is_large_and_contrasted(
    qtbot: QtBot, service: MediaService, media_files: dict[str, Path], podcast: Media
) -> None:
    service.open(podcast, media_files["podcast.mp3"])
    view = shown(qtbot, service, podcast)
    service.seek(500)
    assert wait_until(lambda: bool(view.left_label.text()), 2000)
    labels = [label for label in view.findChildren(QLabel) if label.isVisibleTo(view) and label.text()]
    assert len(labels) >= 5
    for label in labels:
        label.ensurePolished()
        assert label.font().pixelSize() >= style.MIN_AUDIENCE_TEXT_PX, label.objectName()
    for colour in (style.AUDIENCE_TEXT, style.AUDIENCE_MUTED, style.AUDIENCE_MESSAGE_BACKGROUND):
        assert style.contrast_ratio(colour, style.AUDIENCE_BACKGROUND) >= 7.0


def test_the_written_case_is_read_page_by_page(
    qtbot: QtBot, service: MediaService, case: Media, tmp_path: Path
) -> None:
    path = tmp_path / "case.md"
    path.write_text(CASE_TEXT, encoding="utf-8")
    service.open(case, path)
    view = shown(qtbot, service, case)
    pages = view.case_text.page_count()

    assert pages >= 2 and service.case.page_count == pages
    assert view.case_text.text_pixel_size() >= 44  # 1080p: 48 px body text
    texts = [view.case_text.page_text(page) for page in range(pages)]
    for n in range(1, 9):  # every paragraph once, none split over two pages
        holding = [text for text in texts if f"Afsnit {n}:" in text]
        assert len(holding) == 1
        assert "beder om koder." in holding[0].split(f"Afsnit {n}:")[1]
    assert view.page_label.text() == f"Page 1 of {pages}"
    service.case.next_page()
    assert view.page_label.text() == f"Page 2 of {pages}"


def test_the_case_shows_the_sessions_countdown_and_keeps_no_clock(
    qtbot: QtBot, service: MediaService, case: Media, tmp_path: Path
) -> None:
    path = tmp_path / "case.md"
    path.write_text("Kort case.", encoding="utf-8")
    service.open(case, path)
    view = shown(qtbot, service, case)
    view.show_countdown("01:42", style.PHASE_COLOURS_ON_DARK[style.Phase.WARNING])
    assert view.countdown_label.text() == "01:42"
    assert not [timer for timer in view.findChildren(QTimer) if timer.isActive()]
    assert view.page_label.text() == ""  # one page: no page number


def test_a_film_that_cannot_open_says_so_on_the_picture(
    qtbot: QtBot, service: MediaService, media_copy: Callable[..., Path], film: Media
) -> None:
    broken = media_copy("h264.mp4")
    broken.write_bytes(b"\x00" * 4096)
    view = shown(qtbot, service, film)
    with qtbot.waitSignal(service.errorOccurred, timeout=5000):
        service.open(film, broken)
    assert not view.frame_view.has_picture()
    view.grab()  # paints the placeholder without trouble
