"""One writer per session file: a second DialogDesk that opens a running session is refused.

Two real processes drive the public API (``Session``) through a line protocol on stdin; the
OS lock is what keeps them apart, and a SIGKILL of the first releases it.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

from dialogdesk.session.store import read_session_file

REPO = Path(__file__).resolve().parents[2]


def _child_main() -> None:
    """``create FOLDER`` | ``open PATH`` | ``add TEXT``; one JSON line answers each."""
    from dialogdesk.session import intents as i
    from dialogdesk.session.engine import Session
    from dialogdesk.session.store import SessionFileError

    from .scripted_session import load_script_material, script_setup

    session = None
    for line in sys.stdin:
        command, _, argument = line.strip().partition(" ")
        answer: dict[str, Any] = {}
        try:
            if command == "create":
                material = load_script_material()
                session = Session(material, script_setup(material, 1), folder=Path(argument))
                session.dispatch(i.StartSession())
                answer["path"] = str(session.path)
            elif command == "open":
                session = Session.open(Path(argument))
                answer["path"] = str(session.path)
            elif command == "add" and session is not None:
                session.dispatch(i.AddCard(text=argument))
                answer["saved"] = session.saved
                answer["error"] = session.save_error
        except SessionFileError as error:
            answer["refused"] = str(error)
            answer["reason"] = error.reason
        print(json.dumps(answer), flush=True)


class _DialogDesk:
    """A child process running one session."""

    def __init__(self) -> None:
        command = [
            sys.executable,
            "-c",
            "from tests.session.test_one_writer import _child_main; _child_main()",
        ]
        self.process = subprocess.Popen(
            command, cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def ask(self, line: str) -> dict[str, Any]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()
        return json.loads(self.process.stdout.readline())

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)

    def quit(self) -> None:
        if self.process.poll() is None:
            assert self.process.stdin is not None
            self.process.stdin.close()
            self.process.wait(timeout=10)
        if self.process.stdout is not None:
            self.process.stdout.close()


def _cards(path: Path) -> list[str]:
    events = read_session_file(path).events
    return [e["intent"]["text"] for e in events if e["intent"]["type"] == "AddCard"]


def test_a_second_process_is_refused_and_no_intent_of_either_is_lost(tmp_path: Path) -> None:
    first, second = _DialogDesk(), _DialogDesk()
    try:
        # Given a running session in one DialogDesk
        path = first.ask(f"create {tmp_path / 'sessions'}")["path"]
        assert first.ask("add A1") == {"saved": True, "error": None}

        # When a second DialogDesk opens the same session file
        refused = second.ask(f"open {path}")

        # Then it is told plainly, and the first goes on saving
        assert refused == {
            "refused": f"{path}: in use by another DialogDesk",
            "reason": "in use by another DialogDesk",
        }
        assert second.ask("add B1") == {}  # it has no session to add to
        assert first.ask("add A2") == {"saved": True, "error": None}
        assert _cards(Path(path)) == ["A1", "A2"]

        # And once the first is killed, the OS lets go of its lock: the second takes over
        first.kill()
        assert second.ask(f"open {path}") == {"path": path}
        assert second.ask("add B1") == {"saved": True, "error": None}
        assert _cards(Path(path)) == ["A1", "A2", "B1"]
    finally:
        first.quit()
        second.quit()


def test_within_one_process_a_reopened_session_takes_over_and_the_old_one_is_told(tmp_path: Path) -> None:
    from dialogdesk.session import intents as i
    from dialogdesk.session.engine import SaveProblem, Session

    from .scripted_session import load_script_material, script_setup

    material = load_script_material()
    old = Session(material, script_setup(material, 1), folder=tmp_path)
    old.dispatch(i.StartSession())
    assert old.path is not None

    new = Session.open(old.path)  # a window reopened after its own crash
    old.dispatch(i.AddCard(text="fra det gamle vindue"))
    new.dispatch(i.AddCard(text="fra det nye vindue"))

    assert not old.saved and old.save_failure is not None and old.save_failure.problem is SaveProblem.OTHER
    assert new.saved
    assert _cards(old.path) == ["fra det nye vindue"]
    new.close()
