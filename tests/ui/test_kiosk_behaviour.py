"""Kiosk behaviour around a session: no sleep while it runs, an optional chime at the end of a step."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.platform.sleep_inhibit import SleepInhibitor
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.session_controller import SessionController
from tests.conftest import MATERIALS


def test_step_end_and_silent_minute_end_are_announced_once(
    qtbot: QtBot, controller: SessionController, clock: ManualClock
) -> None:
    controller.session.sleep_detector.threshold_ns = 10**18  # the fake clock jumps; no sleep
    ended: list[str] = []
    controller.stepEnded.connect(lambda: ended.append("step"))
    controller.activityEnded.connect(lambda: ended.append("activity"))
    controller.send(i.StartSession())
    controller.send(i.JumpToStep(3))
    controller.send(i.StartActivity("silent-brainstorm"))

    for _ in range(4):  # repaint ticks every 20 s of a 7-minute step with a 1-minute activity
        clock.advance(20)
        controller._tick()
    assert ended == ["activity"]
    clock.advance(7 * 60)
    controller._tick()
    controller._tick()
    assert ended == ["activity", "step"]


@pytest.fixture
def sleep_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Records what the session asks of the sleep inhibitor (its D-Bus work is tested in platform)."""
    calls: list[str] = []
    monkeypatch.setattr(SleepInhibitor, "inhibit", lambda self, reason: calls.append("inhibit") or True)
    monkeypatch.setattr(SleepInhibitor, "release", lambda self: calls.append("release"))
    return calls


def test_sleep_is_held_off_while_a_session_runs_and_released_after(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, sleep_calls: list[str]
) -> None:
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path, clock=ManualClock())
    loaded = desk.load_material("forventningsafstemning")
    running = desk.start_session(loaded, SessionSetup(loaded.material.id, participants=8), None)
    assert sleep_calls == ["inhibit"]

    running.controller.send(i.EndSession())
    assert sleep_calls == ["inhibit", "release"]
    running.close()
    desk.window.close()


def test_the_chime_rings_at_a_step_end_unless_switched_off_or_the_screen_is_black(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path, clock=ManualClock())
    loaded = desk.load_material("forventningsafstemning")
    running = desk.start_session(loaded, SessionSetup(loaded.material.id, participants=8), None, chime=True)
    rung: list[bool] = []
    monkeypatch.setattr(running.chime, "play", lambda: rung.append(True))
    assert running.chime.source().toLocalFile().endswith("resources/sounds/chime.wav")

    running.controller.stepEnded.emit()
    running.controller.send(i.ShowOnAudience("blank"))
    running.controller.stepEnded.emit()
    running.controller.send(i.SetChime(on=False))
    running.controller.send(i.ShowOnAudience("blank"))
    running.controller.stepEnded.emit()

    assert rung == [True]
    running.presenter._leaving_confirmed = True
    running.close()
    desk.window.close()
