"""The media box of the preparation page: check, attach, media folder; never in the way of starting."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from dialogdesk.materials.loader import LoadedMaterial, load_material
from dialogdesk.media.findings import Issue, Severity
from dialogdesk.media.library import MediaLibrary
from dialogdesk.ui.media.preparation_panel import MediaPreparationPanel
from tests.conftest import MATERIALS
from tests.media.conftest import MEDIA_LOG_IGNORE

pytestmark = pytest.mark.qt_log_ignore(*MEDIA_LOG_IGNORE)


@pytest.fixture
def loaded(tmp_path: Path) -> LoadedMaterial:
    folder = tmp_path / "materials" / "forventningsafstemning"
    folder.mkdir(parents=True)
    shutil.copy(MATERIALS / "forventningsafstemning" / "material.yaml", folder)
    return load_material(folder / "material.yaml")


def panel_for(qtbot: QtBot, loaded: LoadedMaterial, data_dir: Path) -> MediaPreparationPanel:
    panel = MediaPreparationPanel(loaded, MediaLibrary(data_dir))
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    return panel


def test_a_missing_film_says_where_to_get_it(qtbot: QtBot, loaded: LoadedMaterial, data_dir: Path) -> None:
    panel = panel_for(qtbot, loaded, data_dir)
    with qtbot.waitSignal(panel.checked, timeout=5000) as checked:
        pass
    media_id, result = checked.args
    assert media_id == "film" and result.issues == (Issue.NO_FILE,)
    status = panel.rows["film"].status.text()
    assert "https://vimeo.com/868646128" in status
    assert panel.rows["film"].status.property("state") == "error"


def test_attaching_a_good_file_copies_it_and_shows_it_ready(
    qtbot: QtBot, loaded: LoadedMaterial, data_dir: Path, media_copy: Callable[..., Path]
) -> None:
    panel = panel_for(qtbot, loaded, data_dir)
    qtbot.waitUntil(lambda: "film" in panel.results, timeout=5000)

    with qtbot.waitSignal(panel.attached, timeout=10_000) as attached:
        panel.attach_file("film", media_copy("h264.mp4", "Ringsted.mp4"))
    assert attached.args[1].original_name == "Ringsted.mp4"
    qtbot.waitUntil(lambda: panel.results["film"].severity is Severity.OK, timeout=5000)

    status = panel.rows["film"].status.text()
    assert status.startswith("✓ ready – 00:02, H264 320×180, AAC")
    assert "(attached on this computer)" in status
    assert panel.path_for("film") == data_dir / "media" / "forventningsafstemning" / "film.mp4"


def test_a_bad_file_is_refused_with_its_reason(
    qtbot: QtBot, loaded: LoadedMaterial, data_dir: Path, media_copy: Callable[..., Path]
) -> None:
    panel = panel_for(qtbot, loaded, data_dir)
    page = media_copy("h264.mp4", "film.mp4")
    page.write_text("<!doctype html><html><body>Cookie-samtykke</body></html>")
    with qtbot.waitSignal(panel.checked, timeout=5000, check_params_cb=lambda m, r: r.path == page) as done:
        panel.attach_file("film", page)
    assert done.args[1].issues == (Issue.NOT_MEDIA,)
    assert "web page" in panel.rows["film"].status.text()
    assert MediaLibrary(data_dir).attached("forventningsafstemning", "film") is None


def test_a_media_folder_is_searched(
    qtbot: QtBot, loaded: LoadedMaterial, data_dir: Path, tmp_path: Path, media_copy: Callable[..., Path]
) -> None:
    stick = tmp_path / "usb" / "Film"
    stick.mkdir(parents=True)
    shutil.copy(media_copy("vp9.webm"), stick / "film-ringsted.webm")
    panel = panel_for(qtbot, loaded, data_dir)
    qtbot.waitUntil(lambda: "film" in panel.results, timeout=5000)

    with qtbot.waitSignal(panel.checked, timeout=5000, check_params_cb=lambda m, r: r.playable):
        panel.choose_media_folder(tmp_path / "usb")
    assert "(from the media folder)" in panel.rows["film"].status.text()
    assert str(tmp_path / "usb") in panel.folder_label.text()
