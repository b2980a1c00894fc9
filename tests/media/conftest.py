"""Media made once per test session, bad files derived from them, and a media service per test."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, QEventLoop
from PySide6.QtWidgets import QApplication

from dialogdesk.materials.model import Media, MediaKind, Person
from dialogdesk.media.player import MediaService
from tests.media.make_media import make_ffmpeg_media, make_qt_media

# What FFmpeg and QtMultimedia say about broken or odd files is expected in these tests.
MEDIA_LOG_IGNORE = (
    "qt.multimedia",
    "No audio device",
    "No HW decoder",
    "Could not open media",
    "moov atom",
    "misdetection",
    "Invalid data",
    "hardware accelerated",
    "pixel format",
    "frame error",
    "No RHI backend",  # frames are converted on the CPU when no GPU is there (offscreen)
)


@pytest.fixture(scope="session")
def media_files(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("media")
    made = make_ffmpeg_media(folder)
    made.update(make_qt_media(folder))
    return made


@pytest.fixture
def media_copy(media_files: dict[str, Path], tmp_path: Path) -> Callable[..., Path]:
    """A test's own copy of a generated file (under another name if asked), so it can change it."""

    def copy(name: str, as_name: str | None = None) -> Path:
        target = tmp_path / "files" / (as_name or name)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(media_files[name], target)
        return target

    return copy


@pytest.fixture
def film() -> Media:
    return Media(id="film", kind=MediaKind.FILM, title="Forventningsafstemning – film")


@pytest.fixture
def podcast() -> Media:
    return Media(
        id="podcast",
        kind=MediaKind.PODCAST,
        title="Hjælp til digitalt udfordrede borgere",
        people_heading="Deltagere i podcasten",
        people=[
            Person(name="Mark Korshøj Jensen", role="borgerservicechef i Gladsaxe Kommune"),
            Person(name="Mette Engesgaard", role="kontorleder i Aabenraa Kommunes Borgerservice"),
        ],
    )


@pytest.fixture
def case() -> Media:
    return Media(
        id="case", kind=MediaKind.WRITTEN_CASE, title="En kort case fra en kommune", expected_minutes=2
    )


@pytest.fixture
def service(qapp: QApplication) -> Iterator[MediaService]:
    service = MediaService()
    yield service
    service.unload()
    service.deleteLater()
    wait_until(lambda: False, 50)  # let the player's threads wind down before the next test


def wait_until(condition: Callable[[], bool], timeout_ms: int = 5000) -> bool:
    """Process events until ``condition`` holds (True) or the time is up (False)."""
    app = QApplication.instance()
    assert app is not None
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < timeout_ms:
        if condition():
            return True
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    return condition()
