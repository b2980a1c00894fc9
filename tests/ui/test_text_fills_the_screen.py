"""Issue 15: the step's text for the room is laid out as large as the projector holds, on
1920x1080 and 1280x720, instead of a fixed size above an empty two thirds; never cut off."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.audience_window import AudienceWindow
from dialogdesk.ui.session_screens import SessionScreens
from tests.conftest import MATERIALS


@pytest.fixture
def running(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[SessionScreens]:
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=ManualClock())
    loaded = desk.load_material("forventningsafstemning")
    screens = desk.start_session(loaded, SessionSetup("forventningsafstemning", participants=14), None)
    screens.controller.session.sleep_detector.threshold_ns = 10**18
    qtbot.waitExposed(screens.audience)
    screens.controller.send(i.StartSession())
    yield screens
    screens.presenter.confirm_leaving()
    screens.close()
    desk.window.close()


def shown_whole(audience: AudienceWindow) -> bool:
    label = audience.step_page.instruction_label
    QApplication.processEvents()
    bottom = label.mapTo(audience, label.rect().bottomLeft()).y()
    return label.height() >= label.heightForWidth(label.width()) and bottom <= audience.height()


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720)])
def test_a_short_instruction_grows_to_fill_the_projector_and_is_never_cut(
    qtbot: QtBot, running: SessionScreens, size: tuple[int, int]
) -> None:
    audience = running.audience
    audience.resize(*size)
    steps = running.controller.material.steps
    base_px = round(size[1] * 0.055)  # the title's size, which the instruction had before

    for index in range(len(steps)):
        running.controller.send(i.JumpToStep(index=index))
        running.controller.send(i.ShowOnAudience("step"))  # a board step opens on its board
        label = audience.step_page.instruction_label
        qtbot.waitUntil(lambda: shown_whole(audience))
        if len(steps[index].participant_instruction) < 200 and not steps[index].participant_questions:
            assert label.font().pixelSize() > base_px * 1.2, (index, label.font().pixelSize())
