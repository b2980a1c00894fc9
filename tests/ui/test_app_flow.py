"""The app's flow: library, preparation, session, back to the library, and resuming."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.materials.loader import LoadedMaterial
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionPhase, SessionSetup
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.session_screens import SessionScreens
from tests.conftest import MATERIALS
from tests.media.conftest import MEDIA_LOG_IGNORE


def start(desk: DialogDesk, material_id: str, participants: int) -> tuple[LoadedMaterial, SessionScreens]:
    """A session of ``material_id`` running on the room's screens, its first step begun."""
    loaded = desk.load_material(material_id)
    assert loaded is not None
    running = desk.start_session(loaded, SessionSetup(material_id, participants=participants), None)
    running.controller.send(i.StartSession())
    return loaded, running


def finish(desk: DialogDesk) -> None:
    running = desk.running
    assert running is not None
    running.presenter._leaving_confirmed = True
    running.close()


def test_an_unfinished_session_is_offered_and_resumes_at_the_same_step(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given a session left at Trin 3 (the app was closed or killed)
    clock = ManualClock()
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path, clock=clock)
    _loaded, running = start(desk, "forventningsafstemning", participants=10)
    running.controller.send(i.JumpToStep(2))
    running.controller.send(i.AddCard(text="Ens tilgang"))
    finish(desk)
    desk.window.close()

    # When DialogDesk starts again
    again = DialogDesk(qapp, [MATERIALS], data=tmp_path, clock=clock)
    qtbot.addWidget(again.window)
    again.show()

    # Then it offers the session, and continuing it opens Trin 3 with the board intact
    assert again.window.resume_banner.isVisible()
    assert "Trin 3" in again.window.resume_label.text()
    again.window.resume_button.click()
    assert again.running is not None
    state = again.running.controller.state
    assert (state.phase, state.current) == (SessionPhase.RUNNING, 2)
    assert [card.text for card in state.board.visible_cards()] == ["Ens tilgang"]
    finish(again)


def test_the_preparation_page_shows_what_was_agreed_last_time(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    clock = ManualClock()
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path, clock=clock)
    loaded, running = start(desk, "hardware", participants=6)
    send = running.controller.send
    send(i.AddCard(text="Fast guide til wi-fi", kind="idea"))
    send(i.AddCard(text="Kort om apps", kind="idea"))
    send(i.ChooseProposal("c1"))
    send(i.RecordAgreement((("proposal", "Fast guide til wi-fi"), ("follow_up", "uge 3"))))
    send(i.EndSession())
    finish(desk)

    desk.open_preparation(loaded)
    preparation = desk.preparation
    assert preparation is not None
    qtbot.addWidget(preparation)
    assert preparation.earlier_box.isVisibleTo(preparation)
    text = preparation.earlier_label.text()
    assert "Fast guide til wi-fi" in text
    assert "uge 3" in text
    assert "Kort om apps" in text  # kept for the next discussion
    desk.window.close()


def test_choosing_english_is_remembered_for_the_next_start(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path)
    qtbot.addWidget(desk.window)
    english = next(action for action in desk.window.language_menu.actions() if action.text() == "English")
    english.trigger()

    from dialogdesk.platform.settings import load_settings, settings_path

    settings, problem = load_settings(settings_path(tmp_path))
    assert (settings.language, problem) == ("en", None)
    assert "started again" in desk.window.statusBar().currentMessage()


def test_a_rooms_settings_file_from_it_wins_over_the_users_settings(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    import json

    from dialogdesk.platform.settings import MachineSettings, save_settings, settings_path

    # Given the user once chose English and no chime, and IT set up the room
    save_settings(MachineSettings(language="en", chime=False), settings_path(tmp_path))
    room = tmp_path / "dialogdesk-settings.json"
    room.write_text(
        json.dumps({"shown_materials": ["hardware"], "start_fullscreen": True, "language": "da"}),
        encoding="utf-8",
    )

    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path, room_settings=room)
    qtbot.addWidget(desk.window)
    desk.show()

    assert [card.entry.id for card in desk.window.cards] == ["hardware"]
    assert desk.window.isFullScreen()
    assert desk.settings.language == "da"  # the room's
    assert desk.settings.chime is False  # the user's, the room says nothing about it

    # Choosing English here is the user's choice: saved as theirs, but the room still decides
    english = next(action for action in desk.window.language_menu.actions() if action.text() == "English")
    english.trigger()
    assert "fix" in desk.window.statusBar().currentMessage() or "fastlægger" in (
        desk.window.statusBar().currentMessage()
    )
    saved = json.loads(settings_path(tmp_path).read_text(encoding="utf-8"))
    assert saved["language"] == "en"
    # What the room fixes is not copied into the user's own settings
    assert saved["shown_materials"] is None and saved["start_fullscreen"] is False
    desk.window.close()


def test_a_room_that_locks_its_materials_offers_no_attaching(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    import json

    room = tmp_path / "dialogdesk-settings.json"
    room.write_text(json.dumps({"allow_editing": False}), encoding="utf-8")
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path, room_settings=room)
    qtbot.addWidget(desk.window)

    preparation = desk.prepare(desk.library.by_id("forventningsafstemning"))
    assert preparation is not None
    qtbot.addWidget(preparation)
    panel = preparation.media_panel
    row = panel.rows[next(iter(panel.rows))]

    assert not row.attach_button.isVisibleTo(preparation)
    assert not panel.folder_button.isVisibleTo(preparation)
    assert panel.locked_label.isVisibleTo(preparation)
    assert "IT" in panel.locked_label.text()  # Danish or English, whichever the tests installed
    # The film is not on this computer: the advice is to ask IT, not to attach it
    qtbot.waitUntil(lambda: row.media.id in panel.results)
    status = row.status.text()
    assert "IT" in status
    assert "Attach" not in status and "Tilføj" not in status
    # Nor can a file be attached another way (a drop, a script): not even checked for copying
    panel.attach_file(row.media.id, tmp_path / "film.mp4")
    panel.choose_media_folder(tmp_path)
    assert row.check is None and row.job is None
    assert panel.library.media_folder is None
    desk.window.close()


def test_by_default_facilitators_may_attach_media(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path)
    qtbot.addWidget(desk.window)
    preparation = desk.prepare(desk.library.by_id("forventningsafstemning"))
    assert preparation is not None
    qtbot.addWidget(preparation)
    panel = preparation.media_panel
    row = panel.rows[next(iter(panel.rows))]
    assert row.attach_button.isVisibleTo(preparation)
    assert panel.folder_button.isVisibleTo(preparation)
    assert not panel.locked_label.isVisibleTo(preparation)
    qtbot.waitUntil(lambda: row.media.id in panel.results)
    panel.attach_file(row.media.id, tmp_path / "film.mp4")
    assert row.check is not None  # checked first, copied in if it plays
    qtbot.waitUntil(lambda: row.check is None)
    desk.window.close()


@pytest.mark.qt_log_ignore(*MEDIA_LOG_IGNORE)  # the stand-in film is not a film: Qt says so
def test_a_rooms_media_folder_is_where_the_films_are_found(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    import json

    from dialogdesk.media.library import MediaLibrary

    # Given the user once chose another folder, and IT put the room's films on a share
    MediaLibrary(tmp_path).set_media_folder(tmp_path / "old-usb-stick")
    share = tmp_path / "share"
    share.mkdir()
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path)
    loaded = desk.load_material("forventningsafstemning")
    assert loaded is not None
    film = loaded.material.media[0]
    (share / film.file.rsplit("/", 1)[-1]).write_bytes(b"\0" * 1024)
    room = tmp_path / "dialogdesk-settings.json"
    room.write_text(json.dumps({"media_folder": str(share)}), encoding="utf-8")
    desk.window.close()

    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path, room_settings=room)
    qtbot.addWidget(desk.window)
    preparation = desk.prepare(desk.library.by_id("forventningsafstemning"))

    assert preparation is not None
    qtbot.addWidget(preparation)
    panel = preparation.media_panel
    assert panel.library.media_folder == share
    qtbot.waitUntil(lambda: film.id in panel.results)  # Qt's warning about it lands in this test
    assert panel.path_for(film.id) == share / film.file.rsplit("/", 1)[-1]
    assert not panel.folder_button.isVisibleTo(preparation)  # the room decides where the films are
    assert str(share) in panel.folder_label.text()
    desk.window.close()

    # The room's folder is not written into the facilitator's own choice: without it, theirs is back
    assert MediaLibrary(tmp_path).media_folder == tmp_path / "old-usb-stick"


def test_a_session_resumed_after_its_material_file_broke_runs_and_says_why_no_film(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    import shutil

    materials = tmp_path / "materials"
    shutil.copytree(MATERIALS, materials)
    clock = ManualClock()
    desk = DialogDesk(qapp, [materials], data=tmp_path / "data", clock=clock)
    loaded, running = start(desk, "forventningsafstemning", participants=10)
    running.controller.send(i.AddCard(text="Ens tilgang"))
    finish(desk)
    desk.window.close()

    again = DialogDesk(qapp, [materials], data=tmp_path / "data", clock=clock)
    qtbot.addWidget(again.window)
    again.show()
    # A content author saves a broken version while the library is open
    loaded.path.write_text("id: forventningsafstemning\ntitle: [unclosed\n", encoding="utf-8")
    again.window.resume_button.click()

    assert again.running is not None  # the session runs from its own copy of the material
    assert [card.text for card in again.running.controller.state.board.visible_cards()] == ["Ens tilgang"]
    message = again.running.presenter.statusBar().currentMessage()
    assert f"{loaded.path}:2:8: invalid YAML" in message
    finish(again)
    again.window.close()


def test_a_film_missing_from_the_rooms_media_folder_is_attached_or_asked_of_it(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    import json

    share = tmp_path / "empty-share"
    share.mkdir()
    room = tmp_path / "dialogdesk-settings.json"
    room.write_text(json.dumps({"media_folder": str(share)}), encoding="utf-8")
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path, room_settings=room)
    qtbot.addWidget(desk.window)
    preparation = desk.prepare(desk.library.by_id("forventningsafstemning"))
    assert preparation is not None
    qtbot.addWidget(preparation)
    panel = preparation.media_panel
    row = panel.rows[next(iter(panel.rows))]

    qtbot.waitUntil(lambda: row.media.id in panel.results)
    status = row.status.text()
    assert "IT" in status  # the folder is the room's: IT puts films there
    assert "Attach file" in status or "Tilføj fil" in status  # attaching is still allowed
    assert "USB" not in status  # no advice to choose a folder, which cannot be chosen here
    desk.window.close()
