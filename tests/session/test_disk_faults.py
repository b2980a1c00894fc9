"""A full or read-only disk gives a clear warning in the state and never a crash.

The session goes on in memory (``Session.save_error`` says why it could not be saved, and
``Session.saved`` is False after every ``dispatch`` that did not reach the disk) and the next
intent after the disk recovers appends every record that was refused, so the log is whole again.
A refused append leaves the file as it was (what part of a record got written is cut off).
The faults are real where that is possible: a file-size limit (RLIMIT_FSIZE, EFBIG) and, in a
private mount namespace, a small tmpfs that fills up (ENOSPC) and a tmpfs remounted read-only
(EROFS). Those run in a child process (``python -c "...; _child_main()"``) that prints what it
saw as JSON.
"""

from __future__ import annotations

import errno
import json
import os
import resource
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from dialogdesk.session import intents as i
from dialogdesk.session import store
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionPhase
from dialogdesk.session.store import SessionFileError, read_session_file

from .scripted_session import load_script_material, script_setup

REPO = Path(__file__).resolve().parents[2]


# --- helpers shared by the tests and the child process --------------------------------------------
def _session(folder: Path, clock: ManualClock | None = None) -> Session:
    material = load_script_material()
    return Session(material, script_setup(material, 7), clock=clock or ManualClock(), folder=folder)


def _card(number: int) -> i.AddCard:
    return i.AddCard(text=f"Kort {number}: " + "borgeren forventer mere hjælp end vi kan give " * 4)


def _events_on_disk(path: Path) -> int | str:
    """How many events the file on disk holds, or why it cannot be read."""
    try:
        return len(read_session_file(path).events)
    except SessionFileError as error:
        return f"unreadable: {error}"


def _others(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


def _keep_going(session: Session, count: int) -> list[str | None]:
    """Dispatch ``count`` more intents of several kinds; the save error after each."""
    errors = []
    for number in range(count):
        card_id = session.state.board.visible_cards()[0].id
        intent = [_card(1000 + number), i.Pause(), i.Resume(), i.MoveCard(card_id=card_id)][number % 4]
        session.dispatch(intent)
        errors.append(session.save_error)
    return errors


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, text=True)


def _fault_then_recover(session: Session, fault: str, scratch: Path) -> dict[str, Any]:
    """Run the session into a fault, go on, lift the fault and save again; report what happened."""
    path = session.path
    assert path is not None
    report: dict[str, Any] = {"saved_before": _events_on_disk(path)}
    ballast = scratch / "ballast"
    if fault == "file-size-limit":
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail with EFBIG
        _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (path.stat().st_size + 6000, hard))
    elif fault == "tmpfs-full":
        space = os.statvfs(scratch)
        free = space.f_bavail * space.f_frsize
        ballast.write_bytes(b"\0" * (free - path.stat().st_size - 3 * 4096))
    elif fault == "tmpfs-read-only":
        _mount("-o", "remount,ro", str(scratch))
    number = 0
    while session.save_error is None and number < 400:
        number += 1
        session.dispatch(_card(number))
    report["good_saves_until_fault"] = number - 1
    report["error"] = session.save_error
    report["events_at_fault"] = len(session.events)
    report["errors_while_faulty"] = _keep_going(session, 8)
    report["events_in_memory"] = len(session.events)
    report["cards_in_memory"] = len(session.state.board.visible_cards())
    report["events_on_disk_while_faulty"] = _events_on_disk(path)
    report["others_while_faulty"] = _others(path)
    if fault == "file-size-limit":
        _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
    elif fault == "tmpfs-full":
        ballast.unlink()
    elif fault == "tmpfs-read-only":
        _mount("-o", "remount,rw", str(scratch))
    session.dispatch(i.SetRoomMessage(text="Pladsen er tilbage"))
    report["error_after"] = session.save_error
    report["events_after"] = len(session.events)
    report["events_on_disk_after"] = _events_on_disk(path)
    report["others_after"] = _others(path)
    reopened = Session.open(path, recover=False)
    report["reopened_same_board"] = reopened.state.board == session.state.board
    report["reopened_room_message"] = reopened.state.room_message
    return report


def _child_main() -> None:
    """Entry of the child process: ``FAULT FOLDER``; prints the report as JSON."""
    fault, scratch = sys.argv[1], Path(sys.argv[2])
    if fault.startswith("tmpfs"):
        _mount("-t", "tmpfs", "-o", "size=512k", "dialogdesk-test", str(scratch))
    session = _session(scratch / "sessions")
    session.dispatch(i.StartSession())
    for number in range(3):
        session.dispatch(_card(number))
    print(json.dumps(_fault_then_recover(session, fault, scratch)), flush=True)


def _run_child(fault: str, scratch: Path) -> dict[str, Any]:
    command = [sys.executable, "-c", "from tests.session.test_disk_faults import _child_main; _child_main()"]
    if fault.startswith("tmpfs"):
        # A private mount namespace: the tmpfs exists only for the child and goes with it.
        user = [] if os.geteuid() == 0 else ["--map-root-user"]
        command = ["unshare", "--mount", "--propagation", "private", *user, *command]
    result = subprocess.run(
        [*command, fault, str(scratch)], cwd=REPO, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, f"{fault}: the child crashed (exit {result.returncode}):\n{result.stderr}"
    return json.loads(result.stdout.strip().splitlines()[-1])


# --- real faults in a child process --------------------------------------------------------------
@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="unshare and rlimits")
@pytest.mark.parametrize(
    ("fault", "reason"),
    [
        ("file-size-limit", "file_too_large"),
        ("tmpfs-full", "disk_full"),
        ("tmpfs-read-only", "read_only"),
    ],
)
def test_real_disk_fault_warns_goes_on_in_memory_and_saves_everything_after(
    fault: str, reason: str, tmp_path: Path
) -> None:
    scratch = tmp_path / "disk"
    scratch.mkdir()
    report = _run_child(fault, scratch)
    saved_before_fault = report["saved_before"] + report["good_saves_until_fault"]
    if fault != "tmpfs-read-only":
        assert report["good_saves_until_fault"] >= 1, report  # the disk filled up on the way

    # A clear warning in plain words, kept while the disk refuses.
    assert report["error"].startswith(f"{reason}: "), report["error"]
    assert all(error and reason in error for error in report["errors_while_faulty"]), report
    # The session went on in memory: 8 more intents applied, the cards are there.
    assert report["events_in_memory"] == report["events_at_fault"] + 8
    assert report["cards_in_memory"] == 3 + report["good_saves_until_fault"] + 1 + 2
    # The file on disk is the last good version, whole; no temporary file is left behind.
    assert report["events_on_disk_while_faulty"] == saved_before_fault, report
    assert report["others_while_faulty"] == [], report
    # Space again: the next intent saves the whole log, including what was applied meanwhile.
    assert report["error_after"] is None, report
    assert report["events_on_disk_after"] == report["events_after"] == report["events_in_memory"] + 1
    assert report["others_after"] == []
    assert report["reopened_same_board"] is True
    assert report["reopened_room_message"] == "Pladsen er tilbage"


# --- in-process faults ------------------------------------------------------------------------------
class _FaultyOs:
    """Stands in for ``os`` inside dialogdesk.session.store; fails one call while ``failing``."""

    def __init__(self, call: str, code: int) -> None:
        self.call, self.code, self.failing, self.failures = call, code, True, 0

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name != self.call:
            return real

        def faulty(*args: Any, **kwargs: Any) -> Any:
            if self.failing:
                self.failures += 1
                filename = args[0] if name == "open" else None
                raise OSError(self.code, os.strerror(self.code), filename)
            return real(*args, **kwargs)

        return faulty


@pytest.mark.parametrize(
    ("call", "code", "reason"),
    [
        ("write", errno.ENOSPC, "the disk is full"),
        ("open", errno.EROFS, "the disk is read-only"),
        ("fsync", errno.EDQUOT, "the disk quota is used up"),
        ("open", errno.EACCES, "there is no permission to write there"),
    ],
)
def test_fault_then_recovery_in_process(
    call: str, code: int, reason: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = _session(tmp_path / "sessions")
    seen: list[int] = []
    session.subscribe(lambda state: seen.append(len(state.board.cards)))
    session.dispatch(i.StartSession())
    session.dispatch(_card(1))
    path = session.path
    assert path is not None and session.save_error is None
    before = path.read_bytes()

    faulty = _FaultyOs(call, code)
    monkeypatch.setattr(store, "os", faulty)
    session.dispatch(_card(2))  # no exception escapes
    assert session.save_error is not None
    assert reason in session.save_error
    errors = _keep_going(session, 6)
    assert all(error and reason in error for error in errors)
    assert faulty.failures == 7
    assert len(session.state.board.visible_cards()) == 2 + 2  # cards 1, 2 and two from _keep_going
    assert seen[-1] == len(session.state.board.cards) and len(seen) == 9  # the views heard of each
    assert path.read_bytes() == before, "a failed save must leave the old file as it was"
    assert _others(path) == []
    assert not session.saved and session.unsaved_events == 7  # what dispatch reports to its caller

    faulty.failing = False  # space again
    session.dispatch(i.AddTime(seconds=120))
    assert session.save_error is None
    assert session.saved and session.unsaved_events == 0
    record = read_session_file(path)
    assert len(record.events) == len(session.events) == 10
    assert Session.open(path, recover=False).state.board == session.state.board


def test_session_started_on_a_full_disk_saves_everything_once_there_is_space(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    faulty = _FaultyOs("write", errno.ENOSPC)
    monkeypatch.setattr(store, "os", faulty)
    session = _session(tmp_path / "sessions")  # the first save, in the constructor, fails
    assert session.save_error is not None and "the disk is full" in session.save_error
    assert session.path is not None and not session.path.exists()
    session.dispatch(i.StartSession())
    session.dispatch(_card(1))
    assert session.state.phase is SessionPhase.RUNNING
    faulty.failing = False
    session.dispatch(_card(2))
    assert session.save_error is None
    assert len(read_session_file(session.path).events) == 3


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="the /sys file system")
def test_no_permission_under_sys_goes_on_in_memory() -> None:
    # sysfs refuses new folders even to root (EPERM): a real refusal without changing the machine.
    folder = Path("/sys/dialogdesk-test")
    session = _session(folder)
    assert session.save_error is not None
    assert session.save_error.startswith("no_permission: there is no permission to write")
    assert "/sys/dialogdesk-test" in session.save_error
    session.dispatch(i.StartSession())
    session.dispatch(_card(1))
    assert session.state.phase is SessionPhase.RUNNING
    assert len(session.state.board.visible_cards()) == 1
    assert session.save_error is not None and "permission" in session.save_error
    assert not folder.exists()


def test_session_folder_that_is_a_file_goes_on_in_memory(tmp_path: Path) -> None:
    folder = tmp_path / "sessions"
    folder.write_text("not a folder")
    session = _session(folder)
    assert session.save_error is not None
    assert str(folder) in session.save_error
    session.dispatch(i.StartSession())
    session.dispatch(_card(1))
    assert session.state.phase is SessionPhase.RUNNING
    assert session.save_error is not None and str(folder) in session.save_error
    assert folder.read_text() == "not a folder"
