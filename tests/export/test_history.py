"""Past sessions from the sessions folder: the list, a read-only look, and a follow-up from one."""

from __future__ import annotations

import os
import shutil
import time
from datetime import date, datetime
from pathlib import Path

import pytest

from dialogdesk.datadir import sessions_dir
from dialogdesk.export.history import (
    follow_up_of,
    list_past_sessions,
    open_read_only,
    report_of,
)
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from dialogdesk.session.store import SessionFileError

from .scripted import AGREEMENT, IDEAS, START, ScriptedSession, run_script


@pytest.fixture
def folder(data_dir: Path) -> Path:
    return sessions_dir(data_dir)


@pytest.fixture
def finished(folder: Path) -> ScriptedSession:
    return run_script(folder)


@pytest.fixture
def unfinished(folder: Path, finished: ScriptedSession) -> ScriptedSession:
    # A later session that stopped in Trin 5 before anything was chosen or agreed
    scripted = run_script(folder, end=False)
    scripted.session.dispatch(i.ChooseProposal(card_id=None))
    scripted.session.dispatch(i.RecordAgreement(values=(("proposal", ""),)))
    return scripted


def test_the_list_shows_title_date_decision_and_state(
    folder: Path, finished: ScriptedSession, unfinished: ScriptedSession
) -> None:
    (folder / "broken.json").write_text("{ not json")

    past, problems = list_past_sessions()

    assert len(past) == 2
    by_id = {item.session_id: item for item in past}
    done = by_id[finished.session.id]
    assert done.material_title == "Forventningsafstemning om digital hjælp"
    assert done.material_id == "forventningsafstemning"
    assert done.held == START
    assert done.finished is True
    assert done.decision == AGREEMENT["proposal"]
    assert done.path == finished.session.path
    stopped = by_id[unfinished.session.id]
    assert stopped.finished is False
    assert stopped.decision is None  # nothing chosen, the proposal field emptied
    assert len(problems) == 1 and "broken.json" in problems[0]


def test_the_decision_falls_back_to_the_chosen_card(folder: Path) -> None:
    scripted = run_script(folder, end=False)
    scripted.session.dispatch(i.RecordAgreement(values=(("proposal", ""),)))

    (past,), _problems = list_past_sessions(folder)

    assert past.decision == IDEAS[0][0]


def test_newest_first(folder: Path, finished: ScriptedSession) -> None:
    # A session held a day before the finished one, though it was saved after it
    material = finished.session.material
    clock = ManualClock(wall_ns=finished.session.events[0].at.wall_ns - 86_400 * 10**9)
    earlier = Session(material, SessionSetup(material.id, participants=6), clock=clock, folder=folder)
    earlier.dispatch(i.StartSession())

    past, _problems = list_past_sessions(folder)

    assert [item.session_id for item in past] == [finished.session.id, earlier.id]


def test_the_list_and_a_follow_up_stay_quick_with_a_thousand_sessions(
    folder: Path, finished: ScriptedSession
) -> None:
    # Given 1,000 past sessions (copies of a finished one under other names)
    path = finished.session.path
    assert path is not None
    for number in range(999):
        shutil.copyfile(path, folder / f"20261119T080000-forventningsafstemning-{number:06x}.jsonl")

    # When the history lists them and a follow-up looks up the latest of the material
    started = time.perf_counter()
    past, problems = list_past_sessions(folder)
    listed = time.perf_counter()
    follow_up_of(past[0].path)
    looked_up = time.perf_counter()

    # Then all are there; the times are printed for the note (no timing assertion: CI machines vary)
    assert len(past) == 1000 and problems == []
    list_ms, follow_up_ms = 1000 * (listed - started), 1000 * (looked_up - listed)
    print(f"1,000 sessions: list {list_ms:.0f} ms, follow-up {follow_up_ms:.0f} ms")


def test_opening_is_read_only(finished: ScriptedSession) -> None:
    path = finished.session.path
    assert path is not None
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    os.chmod(path, 0o444)
    try:
        session = open_read_only(path)
    finally:
        os.chmod(path, 0o644)

    assert isinstance(session, Session)
    assert session.path is None  # not attached to the file: dispatching would not save
    assert session.state.board == finished.session.state.board
    assert dict(session.state.agreement) == AGREEMENT
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before


def test_the_report_of_a_past_session(finished: ScriptedSession) -> None:
    assert finished.session.path is not None

    report = report_of(finished.session.path)

    assert report.finished and report.session_id == finished.session.id
    assert report.actual_ns == sum(step.actual_ns for step in report.steps) > 0
    assert report.steps[1].actual_ns == 9.5 * 60 * 10**9
    assert report.chosen_proposal == IDEAS[0][0]


def test_the_report_of_an_unfinished_session_stops_at_its_last_event(folder: Path) -> None:
    scripted = run_script(folder, end=False)
    assert scripted.session.path is not None

    report = report_of(scripted.session.path)

    # Trin 5 ran until its last recorded event, not until today
    assert not report.finished
    assert report.steps[4].actual_ns == 0  # its last event (the note) came right as it started
    assert report.made == datetime.fromtimestamp(
        scripted.session.events[-1].at.wall_ns / 10**9, report.made.tzinfo
    )


def test_a_follow_up_takes_the_agreement_and_the_kept_proposals(finished: ScriptedSession) -> None:
    assert finished.session.path is not None

    follow_up = follow_up_of(finished.session.path)

    assert follow_up.session_id == finished.session.id
    assert follow_up.material.id == "forventningsafstemning"
    assert follow_up.held_on == date(2026, 11, 19)
    assert follow_up.agreed_proposal == AGREEMENT["proposal"]
    assert follow_up.chosen_card == IDEAS[0][0]
    assert {entry.field_id: entry.value for entry in follow_up.agreement} == AGREEMENT
    assert {e.field_id: e.when for e in follow_up.follow_up_dates} == {
        "test_done": date(2027, 1, 14),
        "follow_up": datetime(2027, 6, 15, 13, 0),
    }
    assert follow_up.kept_for_next_time == tuple(text for text, _group, _dots in IDEAS[1:])
    assert follow_up.session_id == finished.session.id  # what the follow-up session's setup names


def test_a_damaged_file_gives_a_message(folder: Path, finished: ScriptedSession) -> None:
    path = finished.session.path
    assert path is not None
    path.write_text(path.read_text().replace('"type":"StartSession"', '"type":"NoSuchIntent"'))

    with pytest.raises(SessionFileError, match="damaged"):
        follow_up_of(path)
    past, problems = list_past_sessions(folder)  # the list still shows it (it reads no replay)
    assert [item.session_id for item in past] == [finished.session.id] and problems == []
