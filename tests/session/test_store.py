"""Session files on disk: an append-only log read as untrusted input, format 1 converted, listed."""

from __future__ import annotations

import errno
import json
import zlib
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
from dialogdesk.session.schema import check_event
from dialogdesk.session.state import SessionSetup
from dialogdesk.session.store import (
    CONVERTED_SUFFIX,
    LOG_SUFFIX,
    SESSION_FORMAT,
    SESSION_VERSION,
    TORN_LAST_RECORD,
    DroppedRecord,
    SessionFileError,
    SessionSummary,
    describe_os_error,
    encode_record,
    list_sessions,
    read_session_file,
    read_summary,
    write_atomically,
)
from tests.conftest import MATERIALS

from .session_logs import FORMAT1, FORMAT1_EXPECTED, copy_format1, lines_of, payloads, rewrite_records

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


def test_a_session_file_is_a_log_of_records_with_length_and_checksum() -> None:
    session = saved_session()
    session.dispatch(i.SetRoomMessage(text="Kaffe ☕\nkl. 10"))

    lines = lines_of(session.path)

    assert lines[0] == f"{SESSION_FORMAT} {SESSION_VERSION}\n".encode()
    assert len(lines) == 1 + 1 + 3  # the header, then one record per event
    for line in lines[1:]:
        length, checksum, body = line.rstrip(b"\n").split(b" ", 2)
        assert int(length) == len(body) and int(checksum, 16) == zlib.crc32(body)
        assert body.isascii()  # one line whatever a card holds
    records = payloads(session.path)
    assert records[0]["header"]["id"] == session.id
    assert [record["event"]["n"] for record in records[1:]] == [1, 2, 3]
    assert records[3]["event"]["intent"]["text"] == "Kaffe ☕\nkl. 10"
    assert records[3]["summary"]["events"] == 3


def test_an_intent_appends_one_record_and_leaves_the_rest_of_the_file_as_it_was() -> None:
    session = saved_session()
    before = session.path.read_bytes()

    session.dispatch(i.Pause())

    after = session.path.read_bytes()
    assert after.startswith(before)
    assert after[len(before) :].count(b"\n") == 1


def test_the_session_file_summary_tells_the_history_what_it_needs() -> None:
    session = saved_session(end=True)

    summary = read_session_file(session.path).summary

    assert summary == SessionSummary(
        session_id=session.id,
        material_id="forventningsafstemning",
        material_title=material().title,
        phase="ended",
        step_index=1,
        events=5,
        created_wall_ns=1_700_000_000 * S,
        updated_wall_ns=session.events[-1].at.wall_ns,
        started_wall_ns=1_700_000_000 * S,
        chosen_proposal="Tjekliste",
        agreed_proposal="Tjekliste",
    )
    assert read_summary(session.path).summary == summary  # from the last record alone


# --- reading -------------------------------------------------------------------------------------
def test_a_saved_session_reads_back() -> None:
    session = saved_session()

    record = read_session_file(session.path)

    assert record.path == session.path
    assert record.version == SESSION_VERSION
    assert [Event.from_dict(event) for event in record.events] == session.events
    assert not record.finished and record.dropped is None


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ('{"format": "dialogdesk-session", "version": 3, "events": []}', "made by a newer DialogDesk"),
        ('{"format": "dialogdesk-session", "version": 99, "events": []}', "session format 99"),
        ('{"format": "dialogdesk-session", "events": []}', "the session file has no format version"),
        ('{"format": "dialogdesk-session", "version": "1", "events": []}', "has no format version"),
        ('{"format": "dialogdesk-session", "version": true, "events": []}', "has no format version"),
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
def test_a_format1_file_that_cannot_be_opened_is_refused_with_a_message_naming_it(
    tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "sessions" / "20240101T090000-forventningsafstemning-abc123.json"
    path.parent.mkdir()
    path.write_text(content, encoding="utf-8")

    with pytest.raises(SessionFileError) as refused:
        read_session_file(path)

    assert str(refused.value).startswith(f"{path}: ")
    assert message in str(refused.value)


@pytest.mark.parametrize(
    ("first_line", "message"),
    [
        (b"dialogdesk-session 3\n", "made by a newer DialogDesk (session format 3"),
        (b"dialogdesk-session 1\n", "session format 1 is too old"),
        (b"dialogdesk-session two\n", "the session file has no format version"),
        (b"dialogdesk-sessio 2\n", "not a DialogDesk session file"),
        (b"", "not a DialogDesk session file"),
    ],
)
def test_a_log_with_an_unknown_first_line_is_refused_by_reading_and_listing(
    first_line: bytes, message: str
) -> None:
    path = saved_session().path
    path.write_bytes(first_line + b"".join(lines_of(path)[1:]))

    for read in (read_session_file, read_summary):
        with pytest.raises(SessionFileError) as refused:
            read(path)
        assert str(refused.value).startswith(f"{path}: ") and message in str(refused.value)


def test_a_newer_version_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_bytes(b"dialogdesk-session 3\n" + encode_record({"header": {}, "summary": {}}))

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
    path = tmp_path / "gone.jsonl"

    with pytest.raises(SessionFileError) as refused:
        read_session_file(path)

    assert str(refused.value).startswith(f"{path}: cannot read: ")


# --- a torn last record, a damaged one before it ------------------------------------------------------
@pytest.mark.parametrize("cut", [1, 20, -2, -1])
def test_a_torn_last_record_is_dropped_and_reported(cut: int) -> None:
    # Given a session whose last record a power cut left half written
    session = saved_session()
    session.dispatch(i.Pause())
    path = session.path
    whole = path.read_bytes()
    last = lines_of(path)[-1]
    path.write_bytes(whole[: len(whole) - len(last) + (cut if cut > 0 else len(last) + cut)])
    before = path.read_bytes()

    # When it is read, listed and reopened read-only
    record = read_session_file(path)
    listed, problems = list_sessions(path.parent)
    reopened = Session.open(path, recover=False)

    # Then the torn record is left out and said, and the file is not touched by reading
    assert len(record.events) == 2 and record.dropped == DroppedRecord(path, 4, TORN_LAST_RECORD)
    assert problems == [] and listed[0].summary.events == 2 and listed[0].dropped is not None
    assert reopened.dropped_record == record.dropped and not reopened.state.paused
    assert path.read_bytes() == before


def test_a_record_whose_checksum_fails_at_the_end_is_dropped_too() -> None:
    session = saved_session()
    path = session.path
    data = bytearray(path.read_bytes())
    data[-5] ^= 0x01  # a bit flip inside the last record's JSON

    path.write_bytes(bytes(data))

    assert read_session_file(path).dropped == DroppedRecord(path, 3)
    assert len(read_session_file(path).events) == 1


def test_continuing_after_a_torn_record_cuts_it_off_before_appending() -> None:
    session = saved_session()
    path = session.path
    session.close()
    path.write_bytes(path.read_bytes() + b"9999 0000")  # half a record, no line end

    continued = Session.open(path, clock=ManualClock(wall_ns=1_700_000_100 * S))
    continued.dispatch(i.AddCard(text="Efter strømsvigtet"))

    record = read_session_file(path)
    assert record.dropped is None
    assert [e["intent"]["type"] for e in record.events][-2:] == ["Recovered", "AddCard"]


def test_a_damaged_record_before_the_last_refuses_the_file_naming_the_record() -> None:
    session = saved_session()
    session.dispatch(i.Pause())
    path = session.path
    lines = lines_of(path)
    lines[2] = lines[2].replace(b"StartSession", b"StartSessioN")  # event 1 is record 2
    path.write_bytes(b"".join(lines))

    with pytest.raises(SessionFileError) as refused:
        read_session_file(path)

    assert str(refused.value) == f"{path}: record 2: the record is damaged (its checksum does not match)"
    assert refused.value.record == 2


# --- format 1, as written by DialogDesk before the log ------------------------------------------------
def test_a_format1_file_opens_and_replays_to_the_state_it_had(tmp_path: Path) -> None:
    path = copy_format1(tmp_path / "sessions")
    expected = json.loads(FORMAT1_EXPECTED.read_text(encoding="utf-8"))

    listed, problems = list_sessions(path.parent)
    session = Session.open(path, recover=False)

    assert problems == [] and [entry.path for entry in listed] == [path]
    assert listed[0].summary.events == expected["events"] == len(session.events)
    assert listed[0].summary.started_wall_ns == session.events[0].at.wall_ns
    state = session.state
    assert (state.phase.value, state.current, state.paused) == (
        expected["phase"],
        expected["current"],
        expected["paused"],
    )
    assert state.room_message == expected["room_message"]
    assert [step.note for step in state.steps] == expected["notes"]
    assert [repr(pair) for pair in state.pairs] == expected["pairs"]
    cards = {
        c.id: [c.text, c.kind.value, c.group, c.theme, c.dots, c.deleted] for c in state.board.cards.values()
    }
    assert cards == expected["cards"]
    assert {t.id: t.name for t in state.board.themes.values()} == expected["themes"]
    assert path.read_bytes() == FORMAT1.read_bytes()  # reading never converts


def test_continuing_a_format1_session_converts_it_and_keeps_the_old_file(tmp_path: Path) -> None:
    path = copy_format1(tmp_path / "sessions")
    old = Session.open(path, recover=False)
    clock = ManualClock(wall_ns=old.events[-1].at.wall_ns + 60 * S)

    continued = Session.open(path, clock=clock)
    continued.dispatch(i.AddCard(text="Nyt efter opgraderingen"))

    converted = path.with_suffix(LOG_SUFFIX)
    assert continued.path == converted and not path.exists()
    assert path.with_suffix(CONVERTED_SUFFIX).read_bytes() == FORMAT1.read_bytes()  # nothing lost
    record = read_session_file(converted)
    assert record.version == SESSION_VERSION
    assert [Event.from_dict(e) for e in record.events[: len(old.events)]] == old.events
    assert record.events[-1]["intent"]["text"] == "Nyt efter opgraderingen"
    again = Session.open(converted, recover=False)
    assert again.state.board == continued.state.board
    listed, problems = list_sessions(path.parent)
    assert [entry.path for entry in listed] == [converted] and problems == []


# --- the engine reading a damaged file ---------------------------------------------------------------
def test_a_file_with_a_broken_header_is_refused_by_the_engine() -> None:
    path = rewrite_records(saved_session().path, lambda records: records[0]["header"].pop("material"))

    with pytest.raises(SessionFileError, match=r"record 1: the session file is damaged \(header"):
        Session.open(path)


def test_an_unknown_intent_in_the_log_is_refused_by_the_engine() -> None:
    def teleport(records: list[dict]) -> None:
        records[2]["event"]["intent"] = {"type": "Teleport", "where": "Bornholm"}

    path = rewrite_records(saved_session().path, teleport)

    with pytest.raises(SessionFileError) as refused:
        Session.open(path)

    assert str(refused.value).startswith(f"{path}: record 3: the session file is damaged")
    assert "Teleport" in str(refused.value)


@pytest.mark.parametrize(
    ("intent", "message"),
    [
        ({"type": "AddCard", "text": 5}, "AddCard.text: Input should be a valid string"),
        ({"type": "AddTime", "seconds": "60"}, "AddTime.seconds: Input should be a valid integer"),
        ({"type": "AddTime", "seconds": 2**70}, "AddTime.seconds"),
        ({"type": "SetChime", "on": 1}, "SetChime.on: Input should be a valid boolean"),
        ({"type": "AcceptPlan", "first_index": 0, "minutes": ["5"]}, "AcceptPlan.minutes.0"),
        ({"type": "SetAvailableMinutes", "minutes": float("nan")}, "SetAvailableMinutes.minutes"),
        ({"type": "RecordAgreement", "values": [["proposal"]]}, "RecordAgreement.values.0"),
        ({"type": "Pause", "force": True}, "Pause.force: Extra inputs are not permitted"),
    ],
)
def test_a_wrong_type_in_an_event_is_refused_naming_file_record_and_field(intent: dict, message: str) -> None:
    def wrong(records: list[dict]) -> None:
        records[2]["event"]["intent"] = intent

    path = rewrite_records(saved_session().path, wrong)

    with pytest.raises(SessionFileError) as refused:
        Session.open(path, recover=False)

    assert str(refused.value).startswith(f"{path}: record 3: the session file is damaged")
    assert message in str(refused.value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("updated_wall_ns", "1700000000"),
        ("updated_wall_ns", 1e30),
        ("updated_wall_ns", 10**30),
        ("updated_wall_ns", -5),
        ("step_index", "two"),
        ("step_index", True),
        ("phase", "finished"),
        ("material_title", None),
    ],
)
def test_a_wrong_type_in_the_summary_is_refused_by_listing_and_reading(field: str, value: object) -> None:
    def wrong(records: list[dict]) -> None:
        records[-1]["summary"][field] = value

    path = rewrite_records(saved_session().path, wrong)

    for read in (read_session_file, read_summary):
        with pytest.raises(SessionFileError, match=rf"summary: {field} "):
            read(path)
    listed, problems = list_sessions(path.parent)
    assert listed == [] and len(problems) == 1 and problems[0].startswith(f"{path}: summary: {field}")


def test_an_event_that_does_not_replay_is_refused_by_the_engine() -> None:
    def step_back_twice(records: list[dict]) -> None:
        for number in (3, 4):
            event = {**records[-1]["event"], "n": number, "intent": {"type": "PreviousStep"}}
            records.append({"event": event, "summary": {**records[-1]["summary"], "events": number}})

    path = rewrite_records(saved_session().path, step_back_twice)

    with pytest.raises(SessionFileError, match=r"record 5: event 4 does not replay \(first_step\)"):
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
def test_intents_round_trip_through_json_and_the_schema(intent: i.Intent, tmp_path: Path) -> None:
    data = json.loads(json.dumps(intent_to_dict(intent)))

    event = check_event({"n": 1, "mono_ns": 0, "wall_ns": 0, "intent": data}, 1, tmp_path / "s.jsonl")

    assert intent_from_dict(event["intent"]) == intent


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
    assert [r.summary.phase for r in records] == ["running", "ended"]
    assert len(problems) == 1
    assert problems[0].startswith(f"{broken}: not a readable session file")


def test_list_sessions_of_a_missing_folder_is_empty(tmp_path: Path) -> None:
    assert list_sessions(tmp_path / "nowhere") == ([], [])


def test_a_session_file_from_a_newer_version_is_listed_as_a_problem() -> None:
    saved_session()
    newer = sessions_dir() / "newer.jsonl"
    newer.write_bytes(b"dialogdesk-session 3\n" + encode_record({"header": {}, "summary": {}}))

    records, problems = list_sessions(sessions_dir())

    assert len(records) == 1
    assert problems == [
        f"{newer}: made by a newer DialogDesk (session format 3, this version reads up to 2); "
        "update DialogDesk to open it"
    ]


def test_a_session_with_only_its_header_lists_from_the_header_record() -> None:
    session = Session(
        material(), SessionSetup(material_id="forventningsafstemning", participants=6), folder=sessions_dir()
    )

    (listed,), problems = list_sessions(sessions_dir())

    assert problems == [] and listed.summary.events == 0 and listed.summary.phase == "preparation"
    assert listed.summary.updated_wall_ns == listed.summary.created_wall_ns > 0
    assert listed.path == session.path


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
    before = session.path.read_bytes()

    def full_disk(descriptor: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    # When an intent is dispatched it still applies, and the problem is reported
    with monkeypatch.context() as patch:
        patch.setattr(store, "_write_all", full_disk)
        session.dispatch(i.Pause())
        assert not session.saved and session.unsaved_events == 1
    assert session.state.paused
    assert session.save_failure is not None
    assert (session.save_failure.problem, session.save_failure.path) == (
        SaveProblem.DISK_FULL,
        str(session.path),
    )
    assert session.path.read_bytes() == before

    # Then once the disk has room the next save writes what was refused and the new event
    session.dispatch(i.Resume())
    assert session.save_error is None and session.saved and session.unsaved_events == 0
    assert [e["intent"]["type"] for e in read_session_file(session.path).events] == [
        "StartSession",
        "NextStep",
        "Pause",
        "Resume",
    ]
