"""The film of Trin 1 in a running session: it plays on the projector and stops behind a black screen."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import AudienceMode, SessionSetup
from dialogdesk.ui.app import DialogDesk
from tests.conftest import MATERIALS
from tests.media.make_media import find_ffmpeg


def material_with_film(tmp_path: Path) -> Path:
    folder = tmp_path / "materials" / "forventningsafstemning"
    shutil.copytree(MATERIALS / "forventningsafstemning", folder)
    film = folder / "media" / "film-ringsted.mp4"
    film.parent.mkdir()
    subprocess.run(
        [
            find_ffmpeg(),
            "-v",
            "error",
            "-f",
            "lavfi",
            "-i",
            "testsrc2=size=320x180:rate=25:duration=3",
            "-c:v",
            "libx264",
            "-preset",
            "ultrafast",
            "-pix_fmt",
            "yuv420p",
            str(film),
        ],
        check=True,
    )
    return folder.parent


def test_starting_the_film_activity_plays_it_on_the_projector(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    desk = DialogDesk(qapp, [material_with_film(tmp_path)], data=tmp_path / "data", clock=ManualClock())
    loaded = desk.load_material("forventningsafstemning")
    running = desk.start_session(loaded, SessionSetup(loaded.material.id, participants=10), None)
    try:
        controller = running.controller
        media = running.media
        assert media is not None
        controls = running.presenter.media_controls
        controller.send(i.StartSession())
        assert controls is not None and controls.isVisibleTo(running.presenter)  # Trin 1 plays the film

        controller.send(i.StartActivity("watch-film"))
        assert controller.state.audience is AudienceMode.MEDIA
        view = running.audience.media_view
        assert running.audience.current_page() is view
        qtbot.waitUntil(lambda: view.frame_view.frames_painted >= 5, timeout=15_000)

        # Black screen: nothing plays on behind it
        controller.send(i.ShowOnAudience("blank"))
        qtbot.waitUntil(lambda: not media.playing, timeout=5_000)
    finally:
        running.presenter._leaving_confirmed = True
        running.close()
        desk.window.close()
