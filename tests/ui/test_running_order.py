"""The running order on the presenter: done, now and next with their lengths; a click jumps."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.clock_texts import wall_clock
from dialogdesk.ui.session_screens import SessionScreens
from tests.conftest import MATERIALS


@pytest.fixture
def running(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[SessionScreens]:
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=ManualClock())
    loaded = desk.load_material("forventningsafstemning")
    screens = desk.start_session(loaded, SessionSetup("forventningsafstemning", participants=14), None)
    screens.controller.session.sleep_detector.threshold_ns = 10**18
    qtbot.waitExposed(screens.audience)
    yield screens
    screens.presenter.confirm_leaving()
    screens.close()
    desk.window.close()


def strip_texts(screens: SessionScreens) -> list[str]:
    return [button.full_text for button in screens.presenter.running_order.buttons]


def test_the_strip_marks_done_now_and_next_with_planned_minutes(running: SessionScreens) -> None:
    screens = running
    steps = screens.controller.material.steps
    screens.controller.send(i.StartSession())
    screens.controller.send(i.NextStep())

    texts = strip_texts(screens)

    assert texts[0] == f"✓ {steps[0].label} · {steps[0].minutes:g} min"
    assert texts[1] == f"▶ {steps[1].label} · {steps[1].minutes:g} min"
    assert texts[2] == f"Next: {steps[2].label} · {steps[2].minutes:g} min"
    assert texts[3] == f"{steps[3].label} · {steps[3].minutes:g} min"
    # Five steps on the 1366-wide laptop: each is read whole, nothing cut to "…"
    assert [button.text() for button in screens.presenter.running_order.buttons] == texts


def test_a_click_on_a_step_jumps_there_on_both_screens(qtbot: QtBot, running: SessionScreens) -> None:
    screens = running
    steps = screens.controller.material.steps
    screens.controller.send(i.StartSession())

    qtbot.mouseClick(screens.presenter.running_order.buttons[3], Qt.MouseButton.LeftButton)

    assert screens.controller.state.current == 3
    assert screens.audience.step_page.step_label.text().endswith(steps[3].title)
    assert strip_texts(screens)[3].startswith("▶")


def test_an_accepted_new_plan_shows_its_lengths(running: SessionScreens) -> None:
    screens = running
    screens.controller.send(i.StartSession())

    screens.controller.send(i.AcceptPlan(first_index=2, minutes=(3.0,)))

    assert strip_texts(screens)[2].endswith("· 3 min")


def test_the_wall_clock_is_next_to_the_session_clock(running: SessionScreens) -> None:
    screens = running
    screens.controller.send(i.StartSession())
    timing = screens.controller.timing()

    screens.controller.ticked.emit(timing)

    assert screens.presenter.session_label.text().startswith(
        f"Time {wall_clock(timing.now_wall_ns)} · Session"
    )
