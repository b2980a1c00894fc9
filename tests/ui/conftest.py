"""Fixtures for the session views: a real session on a fake clock, and its controller."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

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
