"""While the film plays, one key (T) puts the countdown over it on the projector (issue 15).

The countdown is on every room view but a playing film; there the film has the screen until the
facilitator presses T, and T again takes the clock off. The choice is in the session state
(``ShowFilmClock`` in its log), not in a widget. The film is recorded at test time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from dialogdesk.media.player import PlaybackState
from dialogdesk.session import intents as i
from dialogdesk.session.state import AudienceMode
from tests.media.conftest import MEDIA_LOG_IGNORE
from tests.ui.test_film_pause_stops_activity import film_file, film_session

__all__ = ["film_file"]  # the module's fixture: one recorded film for these tests


def corner_ink(view: QWidget) -> int:
    """Light pixels in the top right corner of what the view paints (the clock's digits)."""
    picture = view.grab().toImage()
    width, height = picture.width(), picture.height()
    return sum(
        1
        for x in range(int(width * 0.7), width, 4)
        for y in range(0, int(height * 0.25), 4)
        if picture.pixelColor(x, y).lightness() > 200
    )


@pytest.mark.qt_log_ignore(*MEDIA_LOG_IGNORE)
def test_t_puts_the_countdown_over_the_film_and_takes_it_off(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, film_file: Path
) -> None:
    desk, running, clock = film_session(qapp, tmp_path, film_file)
    assert running is not None and running.media is not None
    try:
        running.controller.session.sleep_detector.threshold_ns = 10**18
        running.controller.send(i.StartSession())
        running.controller.send(i.StartActivity("watch-film"))
        media = running.media
        qtbot.waitUntil(lambda: media.state is PlaybackState.PLAYING, timeout=15_000)
        assert running.controller.state.audience is AudienceMode.MEDIA
        view = running.audience.media_view
        frames = view.frame_view  # type: ignore[union-attr]
        clock.advance(20)
        running.controller.ticked.emit(running.controller.timing())
        assert frames.clock_text == ""  # the film has the screen
        film_alone = corner_ink(frames)

        qtbot.keyClick(running.presenter, Qt.Key.Key_T)
        assert running.controller.state.film_clock
        running.controller.ticked.emit(running.controller.timing())
        assert frames.clock_text == running.presenter.activity_label.text().rsplit(" ", 1)[-1] == "00:20"
        assert corner_ink(frames) > film_alone + 50  # the digits, painted over the picture

        qtbot.keyClick(running.presenter, Qt.Key.Key_T)
        assert not running.controller.state.film_clock
        assert frames.clock_text == ""
    finally:
        running.presenter.confirm_leaving()
        running.close()
        desk.window.close()
