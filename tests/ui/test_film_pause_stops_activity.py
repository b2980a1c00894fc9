"""Pausing the film stops "Se filmen"'s clock on both screens (issue 15, item 8).

Reported: the activity showed 0:52 with the film at 0:24. The presenter pauses the film with its
Play/Pause button; the session's (manual) clock then moves on, the activity's clock on the laptop
and on the projector does not; played again, both count on. At its end the film stops the clock.
The film is recorded at test time with QtMultimedia's own encoder (``media.sample``).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtMultimedia import QMediaFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.media.player import PlaybackState
from dialogdesk.media.sample import record_sample
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.state import SessionSetup
from dialogdesk.session.timers import format_elapsed
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.session_screens import SessionScreens
from tests.conftest import MATERIALS
from tests.media.conftest import MEDIA_LOG_IGNORE

FILM_SECONDS = 8  # long enough to pause and play again before it ends on its own


@pytest.fixture(scope="module")
def film_file(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("film") / "film-ringsted.mp4"
    return record_sample(path, QMediaFormat.FileFormat.MPEG4, video=True, seconds=FILM_SECONDS)


def material_with_film(tmp_path: Path, film: Path) -> Path:
    folder = tmp_path / "materials" / "forventningsafstemning"
    shutil.copytree(MATERIALS / "forventningsafstemning", folder)
    (folder / "media").mkdir()
    shutil.copyfile(film, folder / "media" / "film-ringsted.mp4")
    return folder.parent


def shown_clocks(qtbot: QtBot, running: SessionScreens) -> tuple[str, str, str]:
    """The activity's digits on the laptop, on the projector's step page and over its film,
    as painted at the next repaint tick (after the manual clock moved)."""
    with qtbot.waitSignal(running.controller.ticked, timeout=5_000):
        pass
    laptop = running.presenter.activity_label
    assert laptop.isVisibleTo(running.presenter)
    view = running.audience.media_view
    assert view is not None and running.audience.current_page() is view
    over_film = view.countdown_label.text()  # type: ignore[attr-defined]
    return (
        laptop.text().rsplit(" ", 1)[-1],
        running.audience.step_page.countdown_label.text(),
        over_film,
    )


def film_session(
    qapp: QApplication, tmp_path: Path, film: Path
) -> tuple[DialogDesk, SessionScreens | None, ManualClock]:
    """The library with the film in forventningsafstemning, and a session of it on a manual clock."""
    clock = ManualClock()
    desk = DialogDesk(qapp, [material_with_film(tmp_path, film)], data=tmp_path / "data", clock=clock)
    loaded = desk.load_material("forventningsafstemning")
    running = desk.start_session(loaded, SessionSetup(loaded.material.id, participants=10), None)
    return desk, running, clock


def digits(seconds: int) -> tuple[str, str, str]:
    text = format_elapsed(seconds * NS_PER_SECOND)
    return text, text, text


@pytest.mark.qt_log_ignore(*MEDIA_LOG_IGNORE)
def test_pausing_the_film_stops_the_activity_clock_on_both_screens(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, film_file: Path
) -> None:
    desk, running, clock = film_session(qapp, tmp_path, film_file)
    assert running is not None
    try:
        running.controller.session.sleep_detector.threshold_ns = 10**18  # manual jumps are no suspend
        controller, media, controls = running.controller, running.media, running.presenter.media_controls
        assert media is not None and controls is not None
        controller.send(i.StartSession())
        controller.send(i.StartActivity("watch-film"))  # "Se filmen": the film plays
        qtbot.waitUntil(lambda: media.state is PlaybackState.PLAYING, timeout=15_000)
        clock.advance(24)
        assert shown_clocks(qtbot, running) == digits(24)

        qtbot.mouseClick(controls.play_button, Qt.MouseButton.LeftButton)  # "Pause (K)"
        qtbot.waitUntil(lambda: media.state is PlaybackState.PAUSED, timeout=5_000)
        clock.advance(28)
        assert shown_clocks(qtbot, running) == digits(24)  # not 00:52

        qtbot.mouseClick(controls.play_button, Qt.MouseButton.LeftButton)  # "Play (K)"
        qtbot.waitUntil(lambda: media.state is PlaybackState.PLAYING, timeout=5_000)
        clock.advance(6)
        assert shown_clocks(qtbot, running) == digits(30)

        # K on the controls pauses as the button does; F5 on top, then F5 again: still paused.
        controls.setFocus()
        qtbot.keyClick(controls, Qt.Key.Key_K)
        qtbot.waitUntil(lambda: media.state is PlaybackState.PAUSED, timeout=5_000)
        controller.start_or_pause()
        clock.advance(5)
        controller.start_or_pause()
        clock.advance(5)
        assert shown_clocks(qtbot, running) == digits(30)

        # Played to its end: the film stops, and so does the activity's clock.
        qtbot.keyClick(controls, Qt.Key.Key_K)
        qtbot.waitUntil(lambda: media.state is PlaybackState.PLAYING, timeout=5_000)
        clock.advance(3)
        media.seek(media.duration - 400)
        with qtbot.waitSignal(media.ended, timeout=10_000):
            pass
        qtbot.waitUntil(lambda: media.state is not PlaybackState.PLAYING, timeout=5_000)
        clock.advance(60)
        assert shown_clocks(qtbot, running) == digits(33)
    finally:
        running.presenter._leaving_confirmed = True
        running.close()
        desk.window.close()


@pytest.mark.qt_log_ignore(*MEDIA_LOG_IGNORE)
def test_after_a_restart_the_activity_waits_for_the_film(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, film_file: Path
) -> None:
    """The laptop died with the film playing: DialogDesk comes back with the film paused at its
    first picture, so the activity's clock stands too until the facilitator plays it."""
    desk, running, clock = film_session(qapp, tmp_path, film_file)
    assert running is not None and running.media is not None
    running.controller.session.sleep_detector.threshold_ns = 10**18
    running.controller.send(i.StartSession())
    running.controller.send(i.StartActivity("watch-film"))
    first = running.media
    qtbot.waitUntil(lambda: first.state is PlaybackState.PLAYING, timeout=15_000)
    clock.advance(12)
    path = running.controller.session.path
    assert path is not None
    running.presenter._leaving_confirmed = True
    running.close()
    running.controller.session.close()
    running.deleteLater()  # with its player: nothing of the first run plays on
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    clock.advance(2)  # a quick restart: the time since the last change counts (the film played)
    again = desk.resume(path)
    assert again is not None
    try:
        again.controller.session.sleep_detector.threshold_ns = 10**18
        media, controls = again.media, again.presenter.media_controls
        assert media is not None and controls is not None
        qtbot.waitUntil(lambda: media.state is PlaybackState.PAUSED, timeout=15_000)  # first picture
        assert shown_clocks(qtbot, again) == digits(14)
        clock.advance(30)
        assert shown_clocks(qtbot, again) == digits(14)
        assert media.state is PlaybackState.PAUSED  # nothing played it behind the facilitator's back

        qtbot.mouseClick(controls.play_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: media.state is PlaybackState.PLAYING, timeout=5_000)
        clock.advance(5)
        assert shown_clocks(qtbot, again) == digits(19)
    finally:
        again.presenter._leaving_confirmed = True
        again.close()
        desk.window.close()
