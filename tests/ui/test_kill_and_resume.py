"""The real app killed mid-session (SIGKILL) and started again shows the same on both screens.

A child process runs DialogDesk (``tests/ui/kill_driver.py``): a session of
forventningsafstemning on the two simulated screens, to Trin 4 with cards, a theme, a dot, the
board shown to the room, the silent minute running, a note and an agreement value. It writes
what both windows show and is killed with SIGKILL, as a laptop losing power would leave it. A
second process starts DialogDesk on the same data folder, continues the session from the
library's offer and writes what the windows show then.

Everything must be the same, except the readings of running clocks (the countdowns, the activity
line, the session line): between the two snapshots real time passed and the room's clocks went
on, so each countdown must read earlier by at most that time (and a second for rounding).
"""

from __future__ import annotations

import json
import os
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DUAL_SCREEN_CONFIG, REPO
from tests.ui.screen_snapshot import without_times

START_TIMEOUT_S = 60
CLOCK = re.compile(r"(-?)(\d+):(\d{2})")


def child_env(data: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={DUAL_SCREEN_CONFIG}"
    env["DIALOGDESK_DATA_DIR"] = str(data)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    return env


def driver(phase: str, out: Path) -> list[str]:
    return [sys.executable, "-m", "tests.ui.kill_driver", phase, str(out)]


def wait_for_ready(process: subprocess.Popen[str]) -> None:
    assert process.stdout is not None
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        ready, _, _ = select.select([process.stdout], [], [], deadline - time.monotonic())
        if not ready:
            break
        line = process.stdout.readline()
        if line.strip() == "READY":
            return
        if not line and process.poll() is not None:
            raise AssertionError(f"the app ended before it was ready (exit {process.returncode})")
    raise AssertionError(f"the app was not ready within {START_TIMEOUT_S} s")


def seconds(text: str) -> list[int]:
    return [(-1 if sign else 1) * (int(m) * 60 + int(s)) for sign, m, s in CLOCK.findall(text or "")]


def countdowns(snapshot: dict[str, Any]) -> dict[str, list[int]]:
    return {
        "presenter countdown": seconds(snapshot["presenter"]["countdown"]),
        "presenter activity": seconds(snapshot["presenter"]["activity"]),
        "audience countdown": seconds(snapshot["audience"]["countdown"]),
    }


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="kills with SIGKILL")
@pytest.mark.slow
def test_killed_mid_session_and_resumed_both_screens_show_the_same(tmp_path: Path) -> None:
    data, before_file, after_file = tmp_path / "data", tmp_path / "before.json", tmp_path / "after.json"
    env = child_env(data)

    # Given the app mid-session, killed without warning
    app = subprocess.Popen(driver("run", before_file), cwd=REPO, env=env, stdout=subprocess.PIPE, text=True)
    try:
        wait_for_ready(app)
    finally:
        if app.poll() is None:
            os.kill(app.pid, signal.SIGKILL)
        app.wait(timeout=30)
    assert app.returncode == -signal.SIGKILL
    before = json.loads(before_file.read_text(encoding="utf-8"))

    # When it is started again and the facilitator continues the session it offers
    subprocess.run(driver("resume", after_file), cwd=REPO, env=env, check=True, timeout=START_TIMEOUT_S)
    after = json.loads(after_file.read_text(encoding="utf-8"))

    # Then both screens show what they showed, the clocks having gone on in the meantime
    assert after["session"] == before["session"]
    for window in ("presenter", "audience"):
        assert without_times(after[window]) == without_times(before[window]), window
    assert before["presenter"]["activity"], "the silent minute was running"
    passed = after["read_at"] - before["read_at"]
    later_readings = countdowns(after)
    for name, earlier in countdowns(before).items():
        later = later_readings[name]
        assert len(earlier) == len(later), (name, earlier, later)
        for was, now in zip(earlier, later, strict=True):
            assert 0 <= was - now <= passed + 1, (name, was, now, passed)
