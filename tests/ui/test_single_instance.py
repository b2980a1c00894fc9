"""One DialogDesk per data folder: real processes started twice on the same folder."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.flow import DialogDesk
from tests.conftest import DUAL_SCREEN_CONFIG, MATERIALS, REPO

TIMEOUT = 60  # seconds; a start takes well under one, a hung first is given up on after five
CAME_TO_FRONT = "brought to the front"
# In English, whatever the machine's settings: the tests read what DialogDesk says.
DIALOGDESK = (sys.executable, "-m", "dialogdesk", "--materials", str(MATERIALS), "--language", "en")


def environment(data: Path, **extra: str) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith("DIALOGDESK_")}
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={DUAL_SCREEN_CONFIG}",
        DIALOGDESK_DATA_DIR=str(data),
        DIALOGDESK_REPORT_READY="1",  # "READY" on stdout once the library is painted
        PYTHONPATH=str(REPO / "src"),
        **extra,
    )
    return env


class Running:
    """A DialogDesk started in its own process; its output lines as they come."""

    def __init__(self, data: Path, lines: queue.Queue[tuple[Running, str]] | None = None) -> None:
        """``lines``: a queue shared with other starts, to see which says something first."""
        self.process = subprocess.Popen(
            [*DIALOGDESK],
            env=environment(data),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.lines = lines if lines is not None else queue.Queue()
        self.seen: list[str] = []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put((self, line.rstrip("\n")))

    def said(self, text: str) -> bool:
        return any(text in line for line in self.seen)

    def wait_for(self, text: str) -> None:
        """Until a line holding ``text`` is printed (the process's output so far if it is not)."""
        wait_until_said([self], text, self.lines)

    def stop(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGCONT)
            self.process.kill()
        self.process.wait(timeout=TIMEOUT)


def wait_until_said(starts: list[Running], text: str, lines: queue.Queue[tuple[Running, str]]) -> Running:
    """The first of ``starts`` (printing into ``lines``) to print a line holding ``text``."""
    while not any(start.said(text) for start in starts):
        try:
            start, line = lines.get(timeout=TIMEOUT)
        except queue.Empty:
            pytest.fail(f"no {text!r} within {TIMEOUT} s; printed: {[start.seen for start in starts]}")
        start.seen.append(line)
    return next(start for start in starts if start.said(text))


@pytest.fixture
def first(data_dir: Path) -> Iterator[Running]:
    """DialogDesk, started and showing its library."""
    running = Running(data_dir)
    running.wait_for("READY")
    yield running
    running.stop()


def start_again(data: Path, **extra: str) -> subprocess.CompletedProcess[str]:
    """A second start on the same data folder, run to its end (a library it opens quits once shown)."""
    return subprocess.run(
        [*DIALOGDESK],
        env=environment(data, DIALOGDESK_EXIT_WHEN_READY="1", **extra),
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )


@pytest.mark.slow
def test_a_second_start_brings_the_first_to_the_front_and_exits(first: Running, data_dir: Path) -> None:
    second = start_again(data_dir)

    # The second start says plainly what happened, opens no window, and exits 0 ...
    assert second.returncode == 0, second.stderr
    assert "already running" in second.stdout and str(data_dir) in second.stdout
    assert CAME_TO_FRONT in second.stdout
    assert "READY" not in second.stdout
    # ... and the first was asked to come to the front, and still runs
    first.wait_for(f"this window was {CAME_TO_FRONT}")
    assert first.process.poll() is None


@pytest.mark.slow
def test_two_starts_at_once_end_in_one_dialogdesk(data_dir: Path) -> None:
    # Given a double-click: two starts on one data folder at once, neither with a window yet
    lines: queue.Queue[tuple[Running, str]] = queue.Queue()
    starts = [Running(data_dir, lines), Running(data_dir, lines)]
    try:
        # Then one says the other was brought to the front, and exits without a window ...
        left = wait_until_said(starts, "already running", lines)
        assert left.process.wait(timeout=TIMEOUT) == 0
        assert not left.said("READY")
        # ... and the other shows its library and got the request
        (stays,) = [start for start in starts if start is not left]
        stays.wait_for("READY")
        stays.wait_for(f"this window was {CAME_TO_FRONT}")
        assert stays.process.poll() is None
    finally:
        for start in starts:
            start.stop()


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="stops a process with SIGSTOP")
@pytest.mark.slow
def test_a_second_start_beside_a_hung_first_opens_read_only(first: Running, data_dir: Path) -> None:
    # Given the first DialogDesk hangs (it holds the data folder but answers nothing)
    os.kill(first.process.pid, signal.SIGSTOP)

    second = start_again(data_dir)

    # Then the second says so, and shows its library read-only
    assert second.returncode == 0, second.stderr
    assert "does not answer" in second.stderr and "read-only" in second.stderr
    assert "READY" in second.stdout
    assert not (data_dir / "sessions").exists() or not any((data_dir / "sessions").iterdir())
    os.kill(first.process.pid, signal.SIGCONT)
    assert first.process.poll() is None


@pytest.mark.slow
def test_a_start_after_the_first_was_killed_takes_over_its_lock(first: Running, data_dir: Path) -> None:
    # Given the first DialogDesk was killed (a power cut): its lock file and socket are left
    first.process.kill()
    first.process.wait(timeout=TIMEOUT)
    assert (data_dir / "dialogdesk.lock").exists()

    # When DialogDesk starts again, it holds the folder: no read-only, and it answers the next start
    again = Running(data_dir)
    try:
        again.wait_for("READY")
        assert not any("does not answer" in line for line in again.seen)
        third = start_again(data_dir)
        assert third.returncode == 0 and CAME_TO_FRONT in third.stdout, third.stderr
        again.wait_for(f"this window was {CAME_TO_FRONT}")
    finally:
        again.stop()


def test_a_read_only_desk_neither_starts_nor_continues_a_session(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given an unfinished session on this data folder
    clock = ManualClock()
    writer = DialogDesk(qapp, [MATERIALS], data=tmp_path, clock=clock)
    loaded = writer.load_material("hardware")
    assert loaded is not None
    running = writer.start_session(loaded, SessionSetup("hardware", participants=6), None)
    assert running is not None
    running.controller.send(i.StartSession())
    running.presenter._leaving_confirmed = True
    running.close()
    writer.window.close()
    (saved,) = (tmp_path / "sessions").iterdir()
    before = saved.read_bytes()

    # When a read-only DialogDesk (a hung one holds the folder) is asked to continue it, or to start one
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path, clock=clock)
    qtbot.addWidget(desk.window)
    desk.read_only = True
    desk.show()
    assert desk.window.resume_banner.isVisible()  # it may show what there is
    desk.window.resume_button.click()
    refused = [box for box in desk.window.findChildren(QMessageBox) if box.isVisible()]
    started = desk.start_session(loaded, SessionSetup("hardware", participants=6), None)

    # Then it refuses both, says why, and writes nothing
    assert desk.running is None and started is None
    assert refused and "read-only" in refused[0].text()
    assert [path.name for path in (tmp_path / "sessions").iterdir()] == [saved.name]
    assert saved.read_bytes() == before
    desk.window.close()
