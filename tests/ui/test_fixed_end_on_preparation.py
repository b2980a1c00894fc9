"""A fixed end on the preparation page: "Vi slutter kl. 9.40" instead of available minutes (issue 15).

At 9.00 the facilitator ticks "We finish at" and sets 9.40: the available time becomes 40 minutes
(counted from the session's clock, not typed), the proposed step lengths fit it, and the session
started from the page plans its end at 9.40 and keeps it while it runs.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.state import SessionPhase
from dialogdesk.session.timing import timing
from dialogdesk.ui.app import DialogDesk
from tests.conftest import MATERIALS

NINE = datetime(2026, 11, 19, 9, 0)  # local time, as the laptop's clock shows it
NINE_FORTY = NINE.replace(minute=40)


def wall_ns(moment: datetime) -> int:
    return round(moment.timestamp()) * NS_PER_SECOND


@pytest.fixture
def desk(qapp: QApplication, tmp_path: Path) -> Iterator[tuple[DialogDesk, ManualClock]]:
    clock = ManualClock(wall_ns=wall_ns(NINE))
    opened = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=clock)
    yield opened, clock
    if opened.running is not None:
        opened.running.presenter.confirm_leaving()
        opened.running.close()
    if opened.preparation is not None:
        opened.preparation.close()
    opened.window.close()


def test_a_fixed_end_sets_the_minutes_and_the_session_keeps_it(
    qtbot: QtBot, desk: tuple[DialogDesk, ManualClock]
) -> None:
    opened, clock = desk
    entry = opened.library.by_id("forventningsafstemning")
    assert entry is not None
    window = opened.prepare(entry)
    assert window is not None
    day = window.day
    assert not day.end_edit.isEnabled()  # the minutes are the plan until the box is ticked

    qtbot.mouseClick(day.fixed_end, Qt.MouseButton.LeftButton)
    day.end_edit.setTime(QTime(9, 40))

    assert day.minutes.value() == 40 and not day.minutes.isEnabled()
    proposal = window.proposal()
    assert sum(proposal) <= 40 and window.use_proposal.isChecked()
    assert "Trin 1:" in window.proposal_label.text()

    clock.advance(60)  # a minute of talk before Start: the end stays 9.40, the minutes are 39
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    running = opened.running
    assert running is not None
    assert running.controller.state.setup.end_wall_ns == wall_ns(NINE_FORTY)
    running.controller.start_or_pause()
    assert running.controller.state.phase is SessionPhase.RUNNING
    assert timing(running.controller.state, clock.now()).planned_end_wall_ns == wall_ns(
        NINE.replace(minute=40)
    )
    assert "09:40" in running.presenter.header.session_label.text()

    clock.advance(10 * 60)
    assert timing(running.controller.state, clock.now()).planned_end_wall_ns == wall_ns(
        NINE.replace(minute=40)
    )


def test_without_the_box_the_minutes_are_the_plan(qtbot: QtBot, desk: tuple[DialogDesk, ManualClock]) -> None:
    opened, _ = desk
    entry = opened.library.by_id("forventningsafstemning")
    assert entry is not None
    window = opened.prepare(entry)
    assert window is not None
    window.day.end_edit.setTime(QTime(9, 20))  # not ticked: changes nothing
    assert window.day.minutes.isEnabled()
    assert window.session_setup().end_wall_ns is None
    assert window.session_setup().available_minutes == float(window.day.minutes.value())
