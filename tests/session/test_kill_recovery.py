"""A real process is killed with SIGKILL at random moments of a scripted session; a restart
loses no intent that was acknowledged (``ACK`` printed after ``dispatch`` returned).

The session is ``scripted_session.py``; each run kills it either after a random number of
ACKs (while it goes on dispatching) or after a random delay, which lands anywhere, also
in the middle of a write. Further runs kill it between the two halves of one record (the
script writes it so when asked): the torn record is dropped, every acknowledged intent is there.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dialogdesk.session.clock import SystemClock
from dialogdesk.session.engine import Event, Session
from dialogdesk.session.intents import intent_from_dict
from dialogdesk.session.store import list_sessions, read_session_file

from .scripted_session import build_intents, load_script_material, replay

REPO = Path(__file__).resolve().parents[2]
SCRIPT = Path(__file__).with_name("scripted_session.py")
RUNS = 50
TORN_RUNS = 12

pytestmark = [
    pytest.mark.slow,
    pytest.mark.linux_only,
    pytest.mark.skipif(sys.platform != "linux", reason="kills with SIGKILL"),
]


@pytest.fixture(scope="module")
def material():
    return load_script_material()


def _run_and_kill(folder: Path, run: int, tear_at: int = 0) -> tuple[Path, int, str]:
    """Start the script, kill it at a random moment (or in the middle of writing event ``tear_at``);
    the session file, highest ACK, how it was killed."""
    rng = random.Random(run)
    env = {**os.environ, "DIALOGDESK_TEAR_AT": str(tear_at)} if tear_at else None
    process = subprocess.Popen(
        [sys.executable, str(SCRIPT), str(folder), str(run)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        text=True,
        env=env,
    )
    assert process.stdout is not None and process.stdin is not None
    try:
        first = process.stdout.readline()
        assert first.startswith("PATH "), f"run {run}: expected the session path, got {first!r}"
        path = Path(first[5:].strip())
        lines: list[str] = []
        if tear_at:
            how = f"in the middle of writing event {tear_at}"
            while not (line := process.stdout.readline()).startswith("HALF "):
                assert line.startswith("ACK "), f"run {run}: unexpected line {line!r} before HALF"
                lines.append(line)
        elif rng.random() < 0.5:
            target = rng.randint(1, 80)
            how = f"after ACK {target}"
            while len(lines) < target:
                line = process.stdout.readline()
                assert line.startswith("ACK "), f"run {run}: unexpected line {line!r} before ACK {target}"
                lines.append(line)
        else:
            delay = rng.uniform(0, 0.08)
            how = f"after {delay * 1000:.1f} ms"
            time.sleep(delay)
        os.kill(process.pid, signal.SIGKILL)
        lines += process.stdout.read().splitlines()  # whatever was flushed before the kill
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        process.stdin.close()
    stderr = process.stderr.read() if process.stderr else ""
    process.stdout.close()
    if process.stderr:
        process.stderr.close()
    assert process.returncode == -signal.SIGKILL, f"run {run}: exit {process.returncode}, stderr:\n{stderr}"
    acks = [int(line.split()[1]) for line in lines if line.startswith("ACK ")]
    lines = [line for line in lines if not line.startswith("HALF ")]
    assert all(line.startswith(("ACK ", "DONE")) for line in lines if line), f"run {run}: {lines[-3:]}"
    assert acks == list(range(1, len(acks) + 1)), f"run {run}: ACKs out of order"
    return path, max(acks, default=0), how


@pytest.mark.parametrize("run", range(RUNS))
def test_sigkill_loses_no_acknowledged_intent(run: int, tmp_path: Path, material) -> None:
    folder = tmp_path / "sessions"
    path, acked, how = _run_and_kill(folder, run)
    _check_recovery(path, acked, run, material, f"run {run} (killed {how}, {acked} acknowledged)")


@pytest.mark.parametrize("run", range(RUNS, RUNS + TORN_RUNS))
def test_sigkill_in_the_middle_of_an_append_drops_the_torn_record_only(
    run: int, tmp_path: Path, material
) -> None:
    tear_at = random.Random(run).randint(1, 90)
    path, acked, how = _run_and_kill(tmp_path / "sessions", run, tear_at)
    where = f"run {run} (killed {how}, {acked} acknowledged)"

    assert acked == tear_at - 1, where
    record = read_session_file(path)
    assert record.dropped is not None and record.dropped.record == tear_at + 1, where  # the header is 1
    assert record.dropped.code == "torn_last_record" and record.dropped.path == path
    _check_recovery(path, acked, run, material, where, exactly=True)


def _check_recovery(path: Path, acked: int, run: int, material, where: str, *, exactly: bool = False) -> None:
    folder = path.parent

    # Only the session file and possibly the killed writer's temporary file are left; the
    # session file always parses.
    leftovers = sorted(p.name for p in folder.iterdir() if p != path)
    temporary = re.compile(rf"^\.{re.escape(path.name)}\.\d+\.tmp$")
    assert all(temporary.match(name) for name in leftovers), f"{where}: unexpected files {leftovers}"
    assert path.is_file(), f"{where}: the session file is gone"
    records, problems = list_sessions(folder)
    assert problems == [], f"{where}: {problems}"
    assert [record.path for record in records] == [path]

    record = read_session_file(path)
    saved = len(record.events)
    assert saved >= acked, f"{where}: the file holds only {saved} events: acknowledged intents were lost"
    assert saved <= acked + (0 if exactly else 1), (
        f"{where}: {saved} events saved but only {acked} acknowledged"
    )
    assert record.summary["events"] == saved

    # The log is exactly the script's first intents, in order.
    intents = build_intents(material, run)
    events = [Event.from_dict(data) for data in record.events]
    assert [event.number for event in events] == list(range(1, saved + 1)), where
    assert [event.intent for event in events] == intents[:saved], f"{where}: the log differs from the script"
    assert [intent_from_dict(data["intent"]) for data in record.events] == intents[:saved]
    monotonic = [event.at.mono_ns for event in events]
    assert monotonic == sorted(monotonic), f"{where}: event times go backwards"

    # Replaying the file gives the state the script had reached.
    reopened = Session.open(path, recover=False)
    expected = replay(material, intents[:saved], run)
    state = reopened.state
    assert len(state.board.visible_cards()) == len(expected.board.visible_cards()), where
    assert state.board == expected.board, f"{where}: the board differs from the script's"
    assert (state.phase, state.current, state.paused) == (expected.phase, expected.current, expected.paused)
    assert [step.note for step in state.steps] == [step.note for step in expected.steps], where
    assert (state.pairs, state.picked_pairs, state.room_message) == (
        expected.pairs,
        expected.picked_pairs,
        expected.room_message,
    ), where
    assert dict(state.agreement) == dict(expected.agreement), where
    assert state.setup.participants == expected.setup.participants, where
    assert state.undo_stack == expected.undo_stack and state.redo_stack == expected.redo_stack, where
    assert reopened.path is None and path.stat().st_size > 0  # a read-only copy does not write

    # A restart continues in the same file and keeps everything.
    restarted = Session.open(path, clock=SystemClock())
    assert restarted.save_error is None, f"{where}: {restarted.save_error}"
    assert read_session_file(path).dropped is None, f"{where}: the torn record is still there"
    assert [event.intent for event in restarted.events[:saved]] == intents[:saved]
    assert restarted.state.board == expected.board
    if saved < len(intents):
        restarted.dispatch(intents[saved])
        assert restarted.save_error is None, f"{where}: {restarted.save_error}"
    again = read_session_file(path)
    assert len(again.events) == len(restarted.events) >= saved
    assert [Event.from_dict(data).intent for data in again.events[:saved]] == intents[:saved]
    assert Session.open(path, recover=False).state.board == restarted.state.board
    restarted.close()
