"""Test setup: Qt runs offscreen, user data goes to a temporary folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
DUAL_SCREEN_CONFIG = REPO / "tests" / "dual-screen.json"

# Every test runs on a simulated laptop (1366x768) and projector (1920x1080).
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={DUAL_SCREEN_CONFIG}")
MATERIALS = REPO / "materials"
SEEDS = REPO / "tests" / "seeds"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("DIALOGDESK_DATA_DIR", str(path))
    return path
