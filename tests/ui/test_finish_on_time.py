"""Finish on time: running late the presenter proposes new lengths (Enter takes them, Escape not),
a fixed end can be set mid-session, and ending says what comes next."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.state import SessionPhase, SessionSetup
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.session_screens import SessionScreens
from tests.conftest import MATERIALS
from tests.ui.two_screens import leaving_without_asking

MINUTE = 60 * NS_PER_SECOND


@pytest.fixture
def running(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[tuple[SessionScreens, ManualClock]]:
    clock = ManualClock()
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=clock)
    loaded = desk.load_material("forventningsafstemning")
    screens = desk.start_session(loaded, SessionSetup("forventningsafstemning", participants=14), None)
    screens.controller.session.sleep_detector.threshold_ns = 10**18  # the fake clock jumps
    qtbot.waitExposed(screens.audience)
    qtbot.keyClick(screens.presenter, Qt.Key.Key_F5)
    yield screens, clock
    screens.presenter.confirm_leaving()
    screens.close()
    desk.window.close()


def run_over(screens: SessionScreens, clock: ManualClock, minutes: float) -> None:
    """The first step runs ``minutes`` past its length, and the windows repaint."""
    first = screens.controller.material.steps[0]
    clock.advance((first.minutes + minutes) * 60)
    screens.controller.ticked.emit(screens.controller.timing())


def planned_ns(screens: SessionScreens) -> list[int]:
    return [progress.countdown.duration_ns for progress in screens.controller.state.steps]


def test_running_late_offers_new_lengths_and_enter_takes_them(
    qtbot: QtBot, running: tuple[SessionScreens, ManualClock]
) -> None:
    screens, clock = running
    panel = screens.presenter.replan
    before = planned_ns(screens)
    assert not panel.isVisible()

    run_over(screens, clock, 3)

    assert panel.isVisible()
    assert "3 min after the planned end" in panel.summary_label.text()
    # The laptop's window still fits its screen with the proposal in it.
    presenter = screens.presenter
    assert presenter.minimumSizeHint().height() <= presenter.screen().availableGeometry().height()
    steps = screens.controller.material.steps
    assert steps[1].label in [label.text() for label in panel.findChildren(type(panel.summary_label))]
    qtbot.keyClick(panel.accept_button, Qt.Key.Key_Return)

    after = planned_ns(screens)
    assert not panel.isVisible()
    assert sum(after[1:]) < sum(before[1:])  # the steps to come share the time that is left
    assert all(ns >= 2 * MINUTE for ns in after[1:])  # never below the floor
    timing = screens.controller.timing()
    assert abs(timing.behind_plan_ns) < MINUTE  # the forecast meets the end again
    qtbot.keyClick(screens.presenter, Qt.Key.Key_PageDown)
    expected = f"{after[1] // MINUTE:02d}:00"
    assert screens.audience.step_page.countdown_label.text() == expected  # the room's clock follows


def test_escape_keeps_the_plan_and_it_is_offered_again_only_a_minute_later(
    qtbot: QtBot, running: tuple[SessionScreens, ManualClock]
) -> None:
    screens, clock = running
    panel = screens.presenter.replan
    before = planned_ns(screens)
    run_over(screens, clock, 2)
    assert panel.isVisible()

    qtbot.keyClick(screens.presenter, Qt.Key.Key_Escape)

    assert not panel.isVisible() and planned_ns(screens) == before
    clock.advance(30)
    screens.controller.ticked.emit(screens.controller.timing())
    assert not panel.isVisible()
    clock.advance(40)
    screens.controller.ticked.emit(screens.controller.timing())
    assert panel.isVisible()


def test_f9_proposes_at_any_moment(qtbot: QtBot, running: tuple[SessionScreens, ManualClock]) -> None:
    screens, _ = running
    panel = screens.presenter.replan

    qtbot.keyClick(screens.presenter, Qt.Key.Key_F9)

    assert panel.isVisible()
    assert panel.proposal is not None and panel.proposal.first_index == 0


def test_the_session_line_says_how_far_behind_the_planned_end(
    running: tuple[SessionScreens, ManualClock],
) -> None:
    screens, clock = running

    run_over(screens, clock, 3)

    assert "3 min behind" in screens.presenter.session_label.text()


def test_a_fixed_end_set_mid_session_moves_the_planned_end_and_the_proposal_fits_it(
    qtbot: QtBot, running: tuple[SessionScreens, ManualClock]
) -> None:
    screens, _ = running
    panel = screens.presenter.replan
    qtbot.keyClick(screens.presenter, Qt.Key.Key_F9)
    now = datetime.fromtimestamp(screens.controller.now().wall_ns / NS_PER_SECOND)
    end = (now + timedelta(minutes=30)).replace(second=0, microsecond=0)

    panel.end_edit.setTime(QTime(end.hour, end.minute))
    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)

    timing = screens.controller.timing()
    assert timing.planned_end_wall_ns == round(end.timestamp()) * NS_PER_SECOND
    screens.controller.ticked.emit(timing)
    assert f"planned end {end:%H:%M}" in screens.presenter.session_label.text()
    assert panel.proposal is not None
    assert abs(sum(panel.proposal.minutes) - panel.proposal.minutes_left) < 1
    qtbot.keyClick(panel.accept_button, Qt.Key.Key_Return)
    assert abs(screens.controller.timing().behind_plan_ns) < MINUTE


def test_ending_the_session_says_what_comes_next_and_shows_the_report_buttons(
    qtbot: QtBot, running: tuple[SessionScreens, ManualClock]
) -> None:
    screens, _ = running
    presenter = screens.presenter
    presenter.work_tabs.setCurrentWidget(presenter.script)

    with leaving_without_asking():
        qtbot.mouseClick(presenter.end_button, Qt.MouseButton.LeftButton)

    assert screens.controller.state.phase is SessionPhase.ENDED
    assert "save the report, then close to return to the library" in presenter.step_label.text()
    assert presenter.work_tabs.currentWidget() is presenter.agreement
    assert not presenter.end_button.isEnabled()  # it cannot be pressed again
