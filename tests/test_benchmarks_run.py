"""Every benchmark still runs: each ``benchmarks/bench_*.py --quick`` completes and prints its table.

Nothing here looks at a figure (performance is measured by the scripts, never by a test); a script
that crashes, hangs or prints no table fails. ``bench_bundle.py`` needs a built bundle, so it runs
in ``tests/bundle/test_bundle.py`` on the bundle built there.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DUAL_SCREEN_CONFIG, REPO

BENCHMARKS = REPO / "benchmarks"
RUN_WITH_THE_BUNDLE = {"bench_bundle.py"}  # tests/bundle/test_bundle.py
QUICK_NOTE = "--quick: few samples, not a measurement"
TIMEOUT_S = 180
# Lines of each script's table (a new script gets its entry: the first test says so).
TABLES = {
    "bench_session.py": [
        "1. per intent as the log grows",
        "dispatch + save",
        "/100 p99",
        "2. dispatch incl. save",
        "3. timer exactness",
        "exact: yes",
    ],
    "bench_board.py": [
        "median",
        "p99",
        "drag: one step, move to painted",
        "AddCard to the room's board painted",
    ],
    "bench_keypress.py": ["median", "p99", "DialogDesk: key -> audience repainted", "bare QLabel"],
    "bench_media.py": ["bare player", "DialogDesk", "frames shown of", "memory, bare player"],
    "bench_rehearsal.py": [
        "Rehearsal of",
        "reached the wrap-up: True",
        "DialogDesk: F5 to the wrap-up",
        "baseline",
    ],
    "bench_bundle.py": ["bare PySide6", "DialogDesk", "start-up, data folder in use: median"],
}


def scripts() -> list[str]:
    return sorted(path.name for path in BENCHMARKS.glob("bench_*.py"))


def run_benchmark(script: str, arguments: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    """``script`` as a user runs it (from the repository), offscreen on the laptop + projector."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM=f"offscreen:configfile={DUAL_SCREEN_CONFIG}",
        DIALOGDESK_DATA_DIR=str(tmp_path / "data"),
        TMPDIR=str(tmp_path),  # the scripts' temporary folders, so nothing is left behind
    )
    return subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *arguments],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
    )


def assert_prints_its_table(script: str, result: subprocess.CompletedProcess[str]) -> None:
    shown = f"exit code {result.returncode}\n--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    assert result.returncode == 0, shown
    assert QUICK_NOTE in result.stdout, shown
    missing = [line for line in TABLES[script] if line not in result.stdout]
    assert not missing, f"the table lacks {missing}\n{shown}"


def test_every_benchmark_is_run_here_or_with_the_bundle() -> None:
    found = scripts()
    assert len(found) >= 5, found  # the glob found the scripts
    assert set(found) >= RUN_WITH_THE_BUNDLE
    assert set(found) <= set(TABLES), "a new benchmark: say in TABLES what its table shows"


# The scripts measure the Linux build machine (POSIX ``resource``, folder fsync, Debian's ffmpeg).
@pytest.mark.slow
@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="the benchmarks measure the Linux build machine")
@pytest.mark.parametrize("script", [name for name in scripts() if name not in RUN_WITH_THE_BUNDLE])
def test_benchmark_runs_quick_and_prints_its_table(script: str, tmp_path: Path) -> None:
    result = run_benchmark(script, ["--quick"], tmp_path)

    assert_prints_its_table(script, result)
