"""At start the library says which earlier sessions could not be read, and never fails to start."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.datadir import sessions_dir
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.app import DialogDesk
from tests.conftest import MATERIALS
from tests.session.scripted_session import load_script_material
from tests.session.session_logs import rewrite_records


def _unfinished_session(data: Path, wall_s: int = 1_763_542_800) -> Path:
    material = load_script_material()
    clock = ManualClock(wall_ns=wall_s * 10**9)
    session = Session(
        material, SessionSetup(material.id, participants=8), clock=clock, folder=sessions_dir(data)
    )
    session.dispatch(i.StartSession())
    session.dispatch(i.NextStep())
    assert session.path is not None
    session.close()
    return session.path


def _start(qapp: QApplication, qtbot: QtBot, data: Path) -> DialogDesk:
    desk = DialogDesk(qapp, [MATERIALS], data=data, clock=ManualClock())
    qtbot.addWidget(desk.window)
    desk.show()
    return desk


@pytest.mark.parametrize(
    ("field", "value"),
    [("updated_wall_ns", "1763542800"), ("updated_wall_ns", 1e30), ("step_index", "two")],
)
def test_a_summary_of_the_wrong_type_is_named_at_start_and_the_library_still_starts(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, field: str, value: object
) -> None:
    # Given an earlier, unfinished session whose summary holds a value of the wrong type
    path = rewrite_records(
        _unfinished_session(tmp_path), lambda records: records[-1]["summary"].update({field: value})
    )
    before = path.read_bytes()

    # When DialogDesk starts
    desk = _start(qapp, qtbot, tmp_path)

    # Then the library is there, offers nothing to continue, and says which file and why
    assert not desk.window.resume_banner.isVisible()
    assert desk.window.sessions_banner.isVisible()
    assert desk.window.sessions_label.text().startswith(
        f"1 earlier session could not be read: {path}: summary: {field} "
    )
    assert path.read_bytes() == before  # reading never changes it


def test_a_damaged_log_is_not_offered_but_an_older_good_one_is(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    good = _unfinished_session(tmp_path, 1_763_542_800)
    damaged = _unfinished_session(tmp_path, 1_763_629_200)  # a day later: it would be offered first
    lines = damaged.read_bytes().splitlines(keepends=True)
    lines[2] = lines[2].replace(b"StartSession", b"StartSessioM")  # event 1, before the last record
    damaged.write_bytes(b"".join(lines))

    desk = _start(qapp, qtbot, tmp_path)

    assert desk.window.resume_banner.isVisible() and "Trin 2" in desk.window.resume_label.text()
    desk.window.resume_button.click()
    assert desk.running is not None and desk.running.controller.session.path == good
    why = "record 2: the record is damaged (its checksum does not match)"
    assert desk.window.sessions_label.text() == f"1 earlier session could not be read: {damaged}: {why}"
    desk.running.presenter._leaving_confirmed = True
    desk.running.close()


def test_several_unreadable_sessions_are_counted_and_show_opens_the_history(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    folder = sessions_dir(tmp_path)
    folder.mkdir(parents=True)
    for number in range(5):
        (folder / f"broken-{number}.json").write_text(
            json.dumps({"format": "dialogdesk-session", "version": 9})
        )

    desk = _start(qapp, qtbot, tmp_path)

    lines = desk.window.sessions_label.text().splitlines()
    assert lines[0] == "5 earlier sessions could not be read:"
    assert lines[1].startswith(f"{folder / 'broken-0.json'}: made by a newer DialogDesk (session format 9")
    assert lines[-1] == "… and 2 more" and len(lines) == 5
    desk.window.show_sessions_button.click()
    history = desk.exports_and_history.window
    assert history is not None and history.isVisible()
    assert history.problems_label.text().count("made by a newer DialogDesk") == 5
    history.close()


def test_no_banner_when_every_session_reads(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> None:
    _unfinished_session(tmp_path)

    desk = _start(qapp, qtbot, tmp_path)

    assert desk.window.resume_banner.isVisible() and not desk.window.sessions_banner.isVisible()
