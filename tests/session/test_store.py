"""Session files on disk: written whole, read with clear messages, listed for the history."""

from __future__ import annotations

import errno
import json
from functools import cache
from pathlib import Path

import pytest

from dialogdesk.datadir import sessions_dir
from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session import store
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Event, SaveProblem, Session
from dialogdesk.session.intents import intent_from_dict, intent_to_dict
from dialogdesk.session.state import SessionSetup
from dialogdesk.session.store import (
    SESSION_FORMAT,
    SESSION_VERSION,
    SessionFile,
    SessionFileError,
    describe_os_error,
    list_sessions,
    read_session_file,
    write_atomically,
)
from tests.conftest import MATERIALS

S = NS_PER_SECOND


@cache
def material() -> Material:
    return load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material


def saved_session(wall_s: int = 1_700_000_000, *, end: bool = False) -> Session:
    clock = ManualClock(wall_ns=wall_s * S)
    session = Session(
        material(),
        SessionSetup(material_id="forventningsafstemning", participants=6),
        clock=clock,
        folder=sessions_dir(),
    )
    session.dispatch(i.StartSession())
    clock.advance(60)
    session.dispatch(i.NextStep())
    if end:
        session.dispatch(i.AddCard(text="Tjekliste", kind="idea"))
        session.dispatch(i.ChooseProposal(card_id="c1"))
        session.dispatch(i.EndSession())
    return session


def write_json(path: Path, data: object) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


# --- writing ---------------------------------------------------------------------------------
def test_write_atomically_creates_the_folder_and_replaces_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "s.json"

    write_atomically(path, b"first")
    write_atomically(path, "andet æøå".encode())

    assert path.read_text(encoding="utf-8") == "andet æøå"
    assert sorted(p.name for p in path.parent.iterdir()) == ["s.json"]  # no temporary file left


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "s.json"
    write_atomically(path, b"old")

    def full_disk(*args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(store.os, "replace", full_disk)
    with pytest.raises(OSError):
        write_atomically(path, b"new")

    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["s.json"]


def test_a_session_file_is_one_json_document_with_header_log_and_summary(tmp_path: Path) -> None:
    file = SessionFile(tmp_path / "s.json", {"id": "x", "setup": {"participants": 4}})

    file.append({"n": 1, "intent": {"type": "StartSession"}}, {"phase": "running", "events": 1})
    file.append({"n": 2, "intent": {"type": "SetRoomMessage", "text": "Kaffe ☕"}}, {"phase": "running"})

    data = json.loads((tmp_path / "s.json").read_text(encoding="utf-8"))
    assert data["format"] == SESSION_FORMAT
    assert data["version"] == SESSION_VERSION
    assert data["id"] == "x"
    assert [event["n"] for event in data["events"]] == [1, 2]
    assert data["events"][1]["intent"]["text"] == "Kaffe ☕"
    assert data["summary"] == {"phase": "running"}


def test_the_session_file_summary_tells_the_history_what_it_needs() -> None:
    session = saved_session(end=True)

    summary = read_session_file(session.path).summary

    assert summary == {
        "material_id": "forventningsafstemning",
        "material_title": material().title,
        "phase": "ended",
        "step_index": 1,
        "events": 5,
        "updated_wall_ns": session.events[-1].at.wall_ns,
        "chosen_proposal": "Tjekliste",
    }


# --- reading -------------------------------------------------------------------------------------
def test_a_saved_session_reads_back() -> None:
    session = saved_session()

    record = read_session_file(session.path)

    assert record.path == session.path
    assert record.header["format"] == SESSION_FORMAT
    assert [Event.from_dict(event) for event in record.events] == session.events
    assert not record.finished


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "dialogdesk-session", "version": 2, "events": []}', "made by a newer DialogDesk"),
        ('{"format": "dialogdesk-session", "version": 99, "events": []}', "session format 99"),
        ('{"format": "dialogdesk-session", "events": []}', "the session file has no format version"),
        ('{"format": "dialogdesk-session", "version": "1", "events": []}', "has no format version"),
        ('{"id": "forventningsafstemning", "steps": []}', "not a DialogDesk session file"),
        ('[{"format": "dialogdesk-session"}]', "not a DialogDesk session file"),
        ('"dialogdesk-session"', "not a DialogDesk session file"),
        ('{"format": "dialogdesk-session", "version": 1, "events": [', "not a readable session file"),
        ("", "not a readable session file"),
        ('{"format": "dialogdesk-session", "version": 1}', "the session file has no event log"),
        ('{"format": "dialogdesk-session", "version": 1, "events": {}}', "the session file has no event log"),
        ('{"format": "dialogdesk-session", "version": 0, "events": []}', "format 0 is too old"),
    ],
)
def test_a_file_that_cannot_be_opened_is_refused_with_a_message_naming_it(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "sessions" / "20240101T090000-forventningsafstemning-abc123.json"
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")

    with pytest.raises(SessionFileError) as refused:
        read_session_file(path)

    assert str(refused.value).startswith(f"{path}: ")
    assert message in str(refused.value)


def test_a_newer_version_says_what_to_do(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "s.json", {"format": SESSION_FORMAT, "version": SESSION_VERSION + 1, "events": []}
    )

    with pytest.raises(SessionFileError) as refused:
        read_session_file(path)

    assert str(refused.value) == (
        f"{path}: made by a newer DialogDesk (session format {SESSION_VERSION + 1}, this version reads up "
        f"to {SESSION_VERSION}); update DialogDesk to open it"
    )


def test_a_file_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(b"\xff\xfe{not text")

    with pytest.raises(SessionFileError, match="not a readable session file"):
        read_session_file(path)


def test_a_missing_file_is_refused_with_the_reason(tmp_path: Path) -> None:
    path = tmp_path / "gone.json"

    with pytest.raises(SessionFileError) as refused:
        read_session_file(path)

    assert str(refused.value).startswith(f"{path}: cannot read: ")


def test_older_versions_are_migrated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(
        store.MIGRATIONS, 0, lambda data: {**data, "version": 1, "events": data.pop("log"), "summary": {}}
    )
    path = write_json(tmp_path / "old.json", {"format": SESSION_FORMAT, "version": 0, "log": [{"n": 1}]})

    record = read_session_file(path)

    assert record.events == [{"n": 1}]
    assert record.header["version"] == 1


# --- the engine reading a damaged file ---------------------------------------------------------------
def test_a_file_with_a_broken_header_is_refused_by_the_engine(tmp_path: Path) -> None:
    data = json.loads(saved_session().path.read_text(encoding="utf-8"))
    del data["material"]
    path = write_json(tmp_path / "s.json", data)

    with pytest.raises(SessionFileError, match=r"the session file is damaged"):
        Session.open(path)


def test_an_unknown_intent_in_the_log_is_refused_by_the_engine(tmp_path: Path) -> None:
    data = json.loads(saved_session().path.read_text(encoding="utf-8"))
    data["events"][1]["intent"] = {"type": "Teleport", "where": "Bornholm"}
    path = write_json(tmp_path / "s.json", data)

    with pytest.raises(SessionFileError) as refused:
        Session.open(path)

    assert str(refused.value).startswith(f"{path}: the session file is damaged")
    assert "Teleport" in str(refused.value)


def test_an_event_that_does_not_replay_is_refused_by_the_engine(tmp_path: Path) -> None:
    data = json.loads(saved_session().path.read_text(encoding="utf-8"))
    data["events"].append({**data["events"][-1], "n": 3, "intent": {"type": "PreviousStep"}})
    data["events"].append({**data["events"][-1], "n": 4, "intent": {"type": "PreviousStep"}})
    path = write_json(tmp_path / "s.json", data)

    with pytest.raises(SessionFileError, match=r"event 4 does not replay \(first_step\)"):
        Session.open(path, recover=False)


@pytest.mark.parametrize(
    "intent",
    [
        i.SetParticipants(count=5, names=("Anna", "Bo")),
        i.RecordAgreement(values=(("proposal", "x"), ("how", "y"))),
        i.AcceptPlan(first_index=2, minutes=(3.5, 4.0, 6.0)),
        i.CreateTheme(name="Tema", card_ids=("c1", "c2")),
        i.MoveCard(card_id="c1", theme=None),
        i.SetEndTime(wall_ns=1_700_000_000_123_456_789),
        i.SetWarning(seconds=None, fraction=0.2),
        i.ClockJump(slept_ns=600 * S, excluded_ns=0),
        i.Recovered(previous_mono_ns=123, counted_gap_ns=456),
        i.AddCard(text="Æblegrød", kind="idea", group="Gruppe 1"),
        i.ChooseProposal(card_id=None),
        i.Undo(),
    ],
)
def test_intents_round_trip_through_json(intent: i.Intent) -> None:
    data = json.loads(json.dumps(intent_to_dict(intent)))

    assert intent_from_dict(data) == intent


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"type": "Teleport"}, "unknown intent type 'Teleport'"),
        ({}, "unknown intent type None"),
        ({"type": "Pause", "force": True}, r"Pause: unknown fields \['force'\]"),
    ],
)
def test_an_intent_that_is_not_known_is_refused(data: dict, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        intent_from_dict(data)


# --- listing ---------------------------------------------------------------------------------------
def test_list_sessions_finds_unfinished_and_finished_sessions_newest_first(tmp_path: Path) -> None:
    # Given an older finished session, a newer unfinished one, a broken file and other files
    finished = saved_session(1_700_000_000, end=True)
    unfinished = saved_session(1_700_100_000)
    folder = sessions_dir()
    broken = folder / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    (folder / "notes.txt").write_text("ikke en session", encoding="utf-8")
    (folder / f".{unfinished.path.name}.123.tmp").write_text("half", encoding="utf-8")

    # When the history lists the folder
    records, problems = list_sessions(folder)

    # Then both sessions are there, newest first, and the broken file is reported by name
    assert [(r.path, r.finished) for r in records] == [(unfinished.path, False), (finished.path, True)]
    assert [r.summary["phase"] for r in records] == ["running", "ended"]
    assert len(problems) == 1
    assert problems[0].startswith(f"{broken}: not a readable session file")


def test_list_sessions_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert list_sessions(tmp_path / "nowhere") == ([], [])


def test_a_session_file_from_a_newer_version_is_listed_as_a_problem() -> None:
    saved_session()
    newer = write_json(sessions_dir() / "newer.json", {"format": SESSION_FORMAT, "version": 2, "events": []})

    records, problems = list_sessions(sessions_dir())

    assert len(records) == 1
    assert problems == [
        f"{newer}: made by a newer DialogDesk (session format 2, this version reads up to 1); "
        "update DialogDesk to open it"
    ]


# --- describing disk trouble ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("number", "reason"),
    [
        (errno.ENOSPC, "the disk is full"),
        (errno.EROFS, "the disk is read-only"),
        (errno.EACCES, "there is no permission to write there"),
        (errno.EPERM, "there is no permission to write there"),
        (errno.EDQUOT, "the disk quota is used up"),
        (errno.EFBIG, "the file is too large for the disk"),
    ],
)
def test_disk_errors_are_described_in_words(number: int, reason: str) -> None:
    assert describe_os_error(OSError(number, "x", "/data/s.json")) == f"{reason} (/data/s.json)"


def test_an_unusual_disk_error_keeps_its_own_text() -> None:
    assert describe_os_error(OSError(errno.EIO, "Input/output error")) == "Input/output error"


def test_a_failed_save_keeps_the_session_going_and_says_why(monkeypatch: pytest.MonkeyPatch) -> None:
    # Given a running session whose disk fills up
    session = saved_session()

    def full_disk(path: Path, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    # When an intent is dispatched it still applies, and the problem is reported
    with monkeypatch.context() as patch:
        patch.setattr(store, "write_atomically", full_disk)
        session.dispatch(i.Pause())
    assert session.state.paused
    assert session.save_failure is not None
    assert (session.save_failure.problem, session.save_failure.path) == (
        SaveProblem.DISK_FULL,
        str(session.path),
    )

    # Then once the disk has room the next save writes the whole log
    session.dispatch(i.Resume())
    assert session.save_error is None
    assert [e["intent"]["type"] for e in read_session_file(session.path).events] == [
        "StartSession",
        "NextStep",
        "Pause",
        "Resume",
    ]
