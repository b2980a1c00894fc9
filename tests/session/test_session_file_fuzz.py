"""Fuzzing session files: whatever is on the disk, reading gives a session or a SessionFileError.

Real session files (a format 2 log of a scripted session, and a format 1 file written by the
DialogDesk before the log) are mutated: bit flips, truncation, wrong or unknown values anywhere
in a record (the checksum put right, so the schema has to catch it), unknown format versions.
Reading, listing and opening may only ever raise SessionFileError, and never change the file;
the app's library starts on a data folder holding the mutated file, and continuing the offered
session either runs it or says why, naming the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QApplication

from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.intents import INTENT_TYPES, intent_to_dict
from dialogdesk.session.state import IntentRefused
from dialogdesk.session.store import SessionFileError, check_log, encode_record, list_sessions, read_summary
from tests.conftest import MATERIALS

from .scripted_session import build_intents, load_script_material, script_setup
from .session_logs import FORMAT1

# The same examples in every run, so CI's time is known (about 4 s here, under 60 s on a busy
# shared 2-core machine); FUZZ_RANDOM=1 in the environment explores new ones locally.
FUZZ = settings(
    max_examples=400,
    deadline=None,
    derandomize=not os.environ.get("FUZZ_RANDOM"),
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
APP_FUZZ = settings(FUZZ, max_examples=60)

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats()
    | st.text(max_size=6)
    | st.sampled_from(["c1", "t1", "AddCard", "running", "ended", "proposal", ""]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner, max_size=3),
    max_leaves=5,
)


def _log_of_a_scripted_session() -> bytes:
    material = load_script_material()
    clock = ManualClock(wall_ns=1_763_542_800 * 10**9)
    with tempfile.TemporaryDirectory() as folder:
        session = Session(material, script_setup(material, 4), clock=clock, folder=Path(folder))
        for intent in build_intents(material, 4)[:60]:
            clock.advance(ms=1500)
            session.dispatch(intent)
        assert session.path is not None and session.saved
        data = session.path.read_bytes()
        session.close()
    return data


LOG = _log_of_a_scripted_session()
LOG_NAME = "20251119T090000-forventningsafstemning-fuzz01.jsonl"
FORMAT1_BYTES = FORMAT1.read_bytes()


# --- mutations -------------------------------------------------------------------------------------
def _flip(data: bytes, draw: Callable[..., Any]) -> bytes:
    changed = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        position = draw(st.integers(0, len(changed) - 1))
        changed[position] ^= 1 << draw(st.integers(0, 7))
    return bytes(changed)


def _truncate(data: bytes, draw: Callable[..., Any]) -> bytes:
    return data[: draw(st.integers(0, len(data) - 1))]


def _power_cut(data: bytes, draw: Callable[..., Any]) -> bytes:
    """The log as a power cut leaves it: whole records up to one, then part of the next or nothing."""
    lines = data.splitlines(keepends=True)
    kept = draw(st.integers(2, len(lines) - 1))
    torn = lines[kept][: draw(st.integers(0, len(lines[kept]) - 1))]
    return b"".join(lines[:kept]) + torn + b"\0" * draw(st.integers(0, 3)) * bool(torn)


def _change_somewhere(value: Any, draw: Callable[..., Any]) -> Any:
    """``value`` with one place in it replaced, removed or given an unknown key."""
    if isinstance(value, dict) and value and draw(st.integers(0, 3)):
        key = draw(st.sampled_from(sorted(value)))
        action = draw(st.sampled_from(["descend", "descend", "delete", "add"]))
        changed = dict(value)
        if action == "descend":
            changed[key] = _change_somewhere(value[key], draw)
        elif action == "delete":
            del changed[key]
        else:
            changed[draw(st.text(min_size=1, max_size=5))] = draw(JSON_VALUES)
        return changed
    if isinstance(value, list) and value and draw(st.integers(0, 3)):
        index = draw(st.integers(0, len(value) - 1))
        return [*value[:index], _change_somewhere(value[index], draw), *value[index + 1 :]]
    return draw(JSON_VALUES)


def _wrong_value_in_a_record(data: bytes, draw: Callable[..., Any]) -> bytes:
    """A record of a log changed, with its length and checksum put right."""
    lines = data.splitlines(keepends=True)
    number = draw(st.sampled_from([1, 2, len(lines) - 1, draw(st.integers(1, len(lines) - 1))]))
    payload = json.loads(lines[number].split(b" ", 2)[2])
    lines[number] = encode_record(_change_somewhere(payload, draw))
    return b"".join(lines)


def _wrong_value_in_the_document(data: bytes, draw: Callable[..., Any]) -> bytes:
    document = json.loads(data)
    return json.dumps(_change_somewhere(document, draw)).encode()


def _typed_but_senseless_intent(data: bytes, draw: Callable[..., Any]) -> bytes:
    """An event replaced by an intent of the right types with any values (an index past the steps,
    a card that does not exist, a huge number): the schema lets it through, the replay must not crash."""
    lines = data.splitlines(keepends=True)
    number = draw(st.integers(2, len(lines) - 1))
    payload = json.loads(lines[number].split(b" ", 2)[2])
    cls = draw(st.sampled_from(sorted(INTENT_TYPES.values(), key=lambda c: c.__name__)))
    payload["event"]["intent"] = json.loads(json.dumps(intent_to_dict(draw(st.from_type(cls)))))
    lines[number] = encode_record(payload)
    return b"".join(lines)


def _other_version(data: bytes, draw: Callable[..., Any]) -> bytes:
    version = draw(st.integers(-3, 10**9).map(str) | st.text(max_size=5))
    _first, rest = data.split(b"\n", 1)
    return f"dialogdesk-session {version}".encode(errors="replace") + b"\n" + rest


LOG_MUTATIONS = [
    _flip,
    _truncate,
    _power_cut,
    _wrong_value_in_a_record,
    _wrong_value_in_a_record,
    _typed_but_senseless_intent,
    _typed_but_senseless_intent,
    _other_version,
]
FORMAT1_MUTATIONS = [_flip, _truncate, _wrong_value_in_the_document]


@st.composite
def mutated_files(draw: Callable[..., Any]) -> tuple[str, bytes]:
    if draw(st.integers(0, 3)):
        return LOG_NAME, draw(st.sampled_from(LOG_MUTATIONS))(LOG, draw)
    return FORMAT1.name, draw(st.sampled_from(FORMAT1_MUTATIONS))(FORMAT1_BYTES, draw)


def _write(folder: Path, name: str, data: bytes) -> Path:
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    path = folder / name
    path.write_bytes(data)
    return path


# --- reading, listing, opening ---------------------------------------------------------------------
def _only_session_file_errors(action: Callable[[], object], path: Path) -> object | None:
    try:
        return action()
    except SessionFileError as error:
        assert str(error).startswith(f"{path}: "), error
        return None


@FUZZ
@given(file=mutated_files())
def test_reading_a_mutated_file_gives_a_session_or_a_session_file_error(
    file: tuple[str, bytes], tmp_path: Path
) -> None:
    name, data = file
    path = _write(tmp_path / "sessions", name, data)

    _only_session_file_errors(lambda: read_summary(path), path)
    _only_session_file_errors(lambda: check_log(path), path)
    listed, problems = list_sessions(path.parent)
    assert len(listed) + len(problems) == 1
    session = _only_session_file_errors(lambda: Session.open(path, recover=False), path)
    event("opens" if session is not None else "refused")
    assert path.read_bytes() == data, "reading changed the file"

    if isinstance(session, Session):
        # What opens read-only also continues, and takes the next intent.
        continued = Session.open(path, clock=ManualClock(wall_ns=2_000_000_000 * 10**9))
        with contextlib.suppress(IntentRefused):
            continued.dispatch(i.SetRoomMessage(text="efter fuzz"))
        assert continued.saved, continued.save_error
        continued.close()


# --- the app ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def data_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz-data")


@APP_FUZZ
@given(file=mutated_files())
def test_the_library_starts_and_continuing_runs_or_names_the_file(
    file: tuple[str, bytes], qapp: QApplication, data_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dialogdesk.ui import flow
    from dialogdesk.ui.app import DialogDesk

    name, data = file
    path = _write(data_folder / "sessions", name, data)
    warnings: list[str] = []
    monkeypatch.setattr(flow.QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))

    desk = DialogDesk(qapp, [MATERIALS], data=data_folder, clock=ManualClock())
    try:
        offered = desk.window.resume_banner.isVisibleTo(desk.window)
        unreadable = desk.window.sessions_banner.isVisibleTo(desk.window)
        event("offered" if offered else "unreadable" if unreadable else "not offered")
        if offered:
            desk.window.resume_button.click()
            event("runs" if desk.running is not None else "refused on continuing")
            assert desk.running is not None or any(str(path) in text for text in warnings), warnings
        else:
            # Not offered: finished, or said at start to be unreadable (naming the file)
            assert not unreadable or str(path) in desk.window.sessions_label.text()
    finally:
        if desk.running is not None:
            desk.running.presenter._leaving_confirmed = True
            desk.running.close()
        desk.window.close()
        desk.window.deleteLater()
