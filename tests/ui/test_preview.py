"""``dialogdesk preview``: a material file on both windows, opened again at every save."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.cli import main
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import AudienceMode, SessionPhase
from dialogdesk.ui.preview import MaterialPreview
from tests.conftest import MATERIALS
from tests.offscreen_screens import LAPTOP, OffscreenScreens
from tests.ui.two_screens import screen_manager

SOURCE = MATERIALS / "forventningsafstemning" / "material.yaml"
FIRST_TITLE = "Rammesæt dilemma"


@pytest.fixture
def material_file(tmp_path: Path) -> Path:
    folder = tmp_path / "author" / "forventningsafstemning"
    folder.mkdir(parents=True)
    path = folder / "material.yaml"
    shutil.copyfile(SOURCE, path)
    return path


@pytest.fixture
def preview(qapp: QApplication, material_file: Path) -> Iterator[tuple[MaterialPreview, ManualClock]]:
    clock = ManualClock()
    shown = MaterialPreview(material_file, screen_manager(), clock=clock)
    shown.show()
    yield shown, clock
    shown.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def save_like_an_editor(path: Path, text: str) -> None:
    """Written beside it and renamed over it, as most editors save."""
    temporary = path.with_name(f".{path.name}.swp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def test_both_windows_show_the_first_step_and_nothing_is_saved(
    preview: tuple[MaterialPreview, ManualClock], qtbot: QtBot, data_dir: Path
) -> None:
    shown, _ = preview
    running = shown.running
    assert running is not None
    qtbot.waitExposed(running.audience)
    assert FIRST_TITLE in running.presenter.step_label.text()
    assert running.audience.step_page.step_label.text() == f"Trin 1: {FIRST_TITLE}"
    # Two screens: the room's view fills the projector, as in a session
    assert running.audience.screen().name() == "Projector"
    assert running.audience.isFullScreen()
    assert running.controller.session.path is None
    assert shown.panel.isVisible()
    assert shown.panel.status_label.text().startswith("material.yaml: shown as saved at ")


def test_a_saved_edit_is_shown_and_the_step_is_kept(
    preview: tuple[MaterialPreview, ManualClock], qtbot: QtBot, material_file: Path, data_dir: Path
) -> None:
    shown, _ = preview
    assert shown.running is not None
    qtbot.keyClick(shown.running.presenter, Qt.Key.Key_PageDown)
    assert "Indsaml pointer" in shown.running.presenter.step_label.text()

    reloads: list[None] = []
    shown.reloaded.connect(lambda: reloads.append(None))

    # When the author renames step 2 and saves
    text = material_file.read_text(encoding="utf-8")
    save_like_an_editor(material_file, text.replace("title: Indsaml pointer", "title: Saml pointer ind"))

    # Then the presenter shows the new title, still at step 2, loaded once for the save's file events
    qtbot.waitUntil(lambda: "Saml pointer ind" in shown.running.presenter.step_label.text(), timeout=5000)
    assert len(reloads) == 1
    assert shown.running.controller.state.current == 1
    assert shown.running.audience.step_page.step_label.text() == "Trin 2: Saml pointer ind"

    # And a second save is seen too (the watcher follows the file after the rename)
    save_like_an_editor(material_file, text.replace("title: Indsaml pointer", "title: Pointer"))
    qtbot.waitUntil(
        lambda: shown.running.audience.step_page.step_label.text() == "Trin 2: Pointer", timeout=5000
    )
    assert not any(path.is_file() for path in data_dir.rglob("*")), "the preview wrote into the data folder"


def test_a_broken_file_lists_its_problems_and_keeps_the_last_good_version(
    preview: tuple[MaterialPreview, ManualClock], qtbot: QtBot, material_file: Path
) -> None:
    shown, _ = preview
    good = material_file.read_text(encoding="utf-8")
    lines = good.splitlines(keepends=True)
    broken_line = next(n for n, line in enumerate(lines, 1) if line.strip() == "title: Rammesæt dilemma")
    lines[broken_line - 1] = lines[broken_line - 1].replace("title: Rammesæt dilemma", "title: [Rammesæt")
    windows_before = shown.running

    # When the author saves a file that is not YAML
    save_like_an_editor(material_file, "".join(lines))
    qtbot.waitUntil(lambda: shown.broken, timeout=5000)

    # Then each problem is listed as file:line:col, at the broken line
    listed = shown.panel.problem_list.item(0).text()
    assert re.match(rf"{re.escape(str(material_file))}:{broken_line}:\d+: \S", listed), listed
    assert shown.panel.problem_list.isVisible()
    assert "does not load" in shown.panel.status_label.text()
    # And the windows still show the version that loaded
    assert shown.running is windows_before
    assert shown.running.presenter.isVisible()
    assert FIRST_TITLE in shown.running.presenter.step_label.text()

    # When it is fixed (this time written in place), the problems go
    material_file.write_text(
        good.replace("title: Rammesæt dilemma", "title: Rammesæt dilemmaet"), encoding="utf-8"
    )
    qtbot.waitUntil(lambda: "Rammesæt dilemmaet" in shown.running.presenter.step_label.text(), timeout=5000)
    assert not shown.broken
    assert "does not load" not in shown.panel.status_label.text()
    assert all(
        ": warning: " in shown.panel.problem_list.item(n).text()
        for n in range(shown.panel.problem_list.count())
    )


def test_page_down_steps_on_and_the_fast_forward_moves_the_countdown(
    preview: tuple[MaterialPreview, ManualClock], qtbot: QtBot
) -> None:
    shown, _ = preview
    running = shown.running
    assert running is not None
    assert running.controller.state.phase is SessionPhase.RUNNING
    qtbot.waitUntil(lambda: running.audience.step_page.countdown_label.text() == "05:00")

    qtbot.keyClick(running.presenter, Qt.Key.Key_F8)  # a minute on
    assert running.audience.step_page.countdown_label.text() == "04:00"
    assert running.presenter.countdown_label.text().startswith("04:00")
    qtbot.mouseClick(shown.panel.fast_forward_button, Qt.MouseButton.LeftButton)
    assert running.audience.step_page.countdown_label.text() == "03:00"

    qtbot.keyClick(running.audience, Qt.Key.Key_PageDown)
    assert running.controller.state.current == 1
    assert running.audience.step_page.step_label.text() == "Trin 2: Indsaml pointer"


@pytest.mark.parametrize("width, height", [(1920, 1080), (1366, 768)])
def test_one_screen_shows_the_room_beside_the_presenter(
    qapp: QApplication, screens: OffscreenScreens, material_file: Path, width: int, height: int
) -> None:
    screens.set({**LAPTOP, "width": width, "height": height})
    shown = MaterialPreview(material_file, screen_manager(), clock=ManualClock())
    shown.show()
    try:
        running = shown.running
        assert running is not None
        presenter, audience = running.presenter.geometry(), running.audience.geometry()
        assert not running.audience.isFullScreen()
        assert presenter.left() == 0
        assert audience.top() == 0 and audience.right() == width - 1
        assert audience.width() * 9 // 16 == audience.height()
        assert audience.width() >= width // 3
        if width == 1920:  # an author's monitor: room for both
            assert not presenter.intersects(audience)
        # The problems window sits under the room's view
        assert shown.panel.geometry().top() >= audience.bottom()
        assert running.audience.step_page.step_label.text() == f"Trin 1: {FIRST_TITLE}"
    finally:
        shown.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_unplugging_the_projector_puts_the_room_beside_the_presenter(
    qapp: QApplication, screens: OffscreenScreens, material_file: Path, qtbot: QtBot
) -> None:
    shown = MaterialPreview(material_file, screen_manager(), clock=ManualClock())
    shown.show()
    try:
        running = shown.running
        assert running is not None and running.audience.screen().name() == "Projector"
        screens.set(LAPTOP)
        qtbot.waitUntil(lambda: running.audience.geometry().right() == LAPTOP["width"] - 1)
        audience = running.audience.geometry()
        assert audience.top() == 0 and audience.width() * 9 // 16 == audience.height()
        assert not running.audience.isFullScreen()
    finally:
        shown.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_film_step_shows_its_media_and_nothing_is_written(
    preview: tuple[MaterialPreview, ManualClock], qtbot: QtBot, data_dir: Path
) -> None:
    shown, _ = preview
    running = shown.running
    assert running is not None and running.media is not None  # the film is opened (here: not on disk)
    assert running.controller.step.activities[0].media == "film"  # Trin 1 shows the film
    assert running.controller.send(i.StartActivity(running.controller.step.activities[0].id))
    assert running.controller.state.audience is AudienceMode.MEDIA
    assert not any(path.is_file() for path in data_dir.rglob("*")), "the preview wrote into the data folder"


def test_a_file_broken_from_the_start_shows_its_problems_then_the_material(
    qapp: QApplication, material_file: Path, qtbot: QtBot
) -> None:
    good = material_file.read_text(encoding="utf-8")
    material_file.write_text(good.replace("minutes: 5", "minutes: fem", 1), encoding="utf-8")
    shown = MaterialPreview(material_file, screen_manager(), clock=ManualClock())
    shown.show()
    try:
        assert shown.running is None
        assert any(": steps[0]" in str(problem) and "minutes" in str(problem) for problem in shown.problems)
        assert "Nothing to show" in shown.panel.status_label.text()
        save_like_an_editor(material_file, good)
        qtbot.waitUntil(lambda: shown.running is not None, timeout=5000)
        assert FIRST_TITLE in shown.running.presenter.step_label.text()
    finally:
        shown.close()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


# --- the command line ---------------------------------------------------------------------------


def test_preview_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["preview", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "usage: dialogdesk preview" in out
    assert "--participants" in out


def test_preview_of_a_missing_file_exits_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "nowhere.yaml"
    assert main(["preview", str(missing)]) != 0
    assert f"{missing}: no such material file" in capsys.readouterr().err
