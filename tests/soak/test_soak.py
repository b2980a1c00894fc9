"""A kiosk that holds session after session stays lean: the soak driver, with 40 sessions.

The 200-session run is by hand: ``.venv/bin/python tests/soak/soak_driver.py 200``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DUAL_SCREEN_CONFIG, REPO

SESSIONS = 40
DRIVER = Path(__file__).with_name("soak_driver.py")


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="reads RSS from /proc/self/statm")
@pytest.mark.slow
def test_forty_sessions_back_to_back_leave_nothing_behind(tmp_path: Path) -> None:
    env = {key: value for key, value in os.environ.items() if not key.startswith("DIALOGDESK_")}
    # This checkout, also where another one is installed.
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={DUAL_SCREEN_CONFIG}",
        PYTHONPATH=os.pathsep.join([str(REPO / "src"), str(REPO)]),
    )
    result = subprocess.run(
        [sys.executable, str(DRIVER), str(SESSIONS), "--data", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert result.stdout.strip(), result.stderr[-3000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    report = "\n".join(result.stdout.strip().splitlines()[:-1])

    # Every session was held to its end, on the projector, and is on disk as finished
    assert result.returncode == 0 and figures["problems"] == [], report
    assert figures["finished_on_disk"] == SESSIONS, report
    # Nothing of the sessions outlives them: no timer, no window, no controller or view
    assert figures["timers_left"] == 0 and figures["after_last"]["timers_active"] == 0, report
    assert figures["windows_left"] == 0 and figures["after_last"]["windows_visible"] == 1, report
    assert figures["session_objects_left"] == {}, report
    # Memory after the last session is within 15 MB of memory after the tenth
    assert figures["growth_mb"] <= 15, report
    # The history lists them all, quickly
    assert figures["history_rows"] == SESSIONS and figures["history_ms"] < 200, report
