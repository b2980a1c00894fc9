"""Fixtures for the session views: a real session on a fake clock, and its controller."""

from __future__ import annotations

import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import pytest
import shiboken6
from PySide6.QtCore import QObject, Qt, QTimer

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.session_controller import SessionController
from tests.conftest import MATERIALS


@pytest.fixture
def material() -> Material:
    return load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


def make_controller(
    material: Material, clock: ManualClock, folder: Path, participants: int = 12
) -> SessionController:
    session = Session(
        material, SessionSetup(material.id, participants=participants), clock=clock, folder=folder
    )
    return SessionController(session)


@pytest.fixture
def controller(material: Material, clock: ManualClock, tmp_path: Path) -> Iterator[SessionController]:
    controller = make_controller(material, clock, tmp_path / "sessions")
    yield controller
    controller.close()


# --- no QTimer outlives its test (napari's _dangling_qtimers) -----------------------------------
def _started_in() -> str:
    """Where a timer was started: the innermost line of DialogDesk or of a test."""
    for frame in reversed(traceback.extract_stack()[:-2]):
        if (
            "dialogdesk" in frame.filename or "/tests/" in frame.filename
        ) and "conftest" not in frame.filename:
            return f"{frame.filename}:{frame.lineno} ({frame.name})"
    return "an unknown place"


def _running(timer: QTimer) -> bool:
    return shiboken6.isValid(timer) and timer.isActive()


@pytest.fixture(autouse=True)
def dangling_qtimers(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fails a test that leaves a QTimer running when it ends, and says where it was started.

    A timer left running fires into the next test (or into a deleted window, and crashes the
    run there). ``QTimer.start`` and ``QTimer.singleShot`` are tracked; a single shot is made of
    a QTimer parented to its context object, so that it dies with the context, as in Qt.
    """
    base_start = QTimer.start
    base_single_shot = QTimer.singleShot
    started: WeakKeyDictionary[QTimer, str] = WeakKeyDictionary()
    shots: list[tuple[QTimer, str]] = []

    def start(self: QTimer, *msec: int) -> None:
        started[self] = _started_in()
        base_start(self, *msec)

    def single_shot(*args: Any) -> None:
        msec, *rest = args
        timer_type = rest.pop(0) if rest and isinstance(rest[0], Qt.TimerType) else None
        context, action = (rest[0], rest[1]) if len(rest) == 2 else (None, rest[0])
        if isinstance(action, str | bytes):  # a slot named by its signature: not tracked
            base_single_shot(*args)
            return
        timer = QTimer(context) if isinstance(context, QObject) else QTimer()
        timer.setSingleShot(True)
        if timer_type is not None:
            timer.setTimerType(timer_type)
        timer.timeout.connect(action)
        shots.append((timer, _started_in()))
        base_start(timer, msec)

    monkeypatch.setattr(QTimer, "start", start)
    monkeypatch.setattr(QTimer, "singleShot", staticmethod(single_shot))
    yield
    dangling = [(timer, where) for timer, where in [*started.items(), *shots] if _running(timer)]
    for timer, _ in dangling:
        timer.stop()  # so it cannot fire into the next test
    if dangling:
        places = "\n".join(f"  {where}" for _, where in dangling)
        pytest.fail(f"{len(dangling)} QTimer(s) still running at the end of the test, started at:\n{places}")
