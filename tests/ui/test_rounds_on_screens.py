"""A series of rounds (25/10's 5 × 0:30 scoring) and lengths in seconds, as both screens show them.

Material: forventningsafstemning with Trin 3 made 1:30 long and given "Score the ideas"
(``seconds: 30, rounds: 5``) and a single 0:30 "Stretch"; real presenter and audience windows on
the simulated laptop and projector, on a fake clock. The room reads the material's language
(Danish: "Runde 2 af 5"); the presenter the interface's (English in tests).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogdesk.export.drejebog import drejebog_html
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.preparation.day_box import DayBox
from dialogdesk.ui.session_screens import SessionScreens
from tests.session.test_rounds import ROUNDS_STEP, SERIES, rounds_material
from tests.ui.two_screens import session_shown


def material_with_series(next_round: str = "auto") -> Material:
    """The rounds material, with Trin 3's first line starting the series (as the drejebog prints it)."""
    material = rounds_material(next_round)
    data = material.model_dump(mode="json", exclude_none=True)  # lengths as minutes only
    data["steps"][ROUNDS_STEP]["instructions"][0]["activity"] = SERIES
    return Material.model_validate(data)


@pytest.fixture
def on_trin_2(tmp_path: Path) -> Iterator[tuple[SessionScreens, ManualClock]]:
    yield from _shown(tmp_path, "auto")


@pytest.fixture
def clicker_on_trin_2(tmp_path: Path) -> Iterator[tuple[SessionScreens, ManualClock]]:
    yield from _shown(tmp_path, "clicker")


def _shown(tmp_path: Path, next_round: str) -> Iterator[tuple[SessionScreens, ManualClock]]:
    clock = ManualClock()
    material = material_with_series(next_round)
    session = Session(material, SessionSetup(material.id, participants=10), clock=clock, folder=tmp_path)
    session.dispatch(i.StartSession())
    session.dispatch(i.JumpToStep(ROUNDS_STEP - 1))
    with session_shown(session) as screens:
        yield screens, clock


def repaint(screens: SessionScreens) -> None:
    """What the repaint timer does a few times a second."""
    screens.controller.ticked.emit(screens.controller.timing())


def room_sees(screens: SessionScreens) -> tuple[str, str]:
    page = screens.audience.step_page
    assert page.activity_label.isVisibleTo(screens.audience)
    return page.activity_label.text().split("\n")[0], page.countdown_label.text()


def test_the_presenter_offers_a_series_as_one_control_and_shows_lengths_in_minutes_and_seconds(
    qtbot: QtBot, on_trin_2: tuple[SessionScreens, ManualClock]
) -> None:
    screens, _ = on_trin_2
    presenter = screens.presenter
    assert "Trin 3 – Refleksioner (1:30)" in presenter.next_label.text()

    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)

    assert "(1:30)" in presenter.header.step_label.text()
    assert presenter.countdown_label.text() == "01:30"
    assert presenter.activity_button.toolTip() == "Start: Score the ideas (5 × 0:30)"
    entries = [action.text() for action in presenter.activity_button.menu().actions()]
    assert entries == ["Start: Score the ideas (5 × 0:30)", "Start: Stretch (0:30)"]
    shown = presenter.header.step_label.text() + presenter.next_label.text() + " ".join(entries)
    assert not re.search(r"\d[.,]\d", shown)  # never "1.5 min" or "0,5"


def test_the_room_sees_round_2_of_5_when_the_first_round_has_run_out(
    qtbot: QtBot, on_trin_2: tuple[SessionScreens, ManualClock]
) -> None:
    screens, clock = on_trin_2
    qtbot.keyClick(screens.presenter, Qt.Key.Key_PageDown)
    qtbot.mouseClick(screens.presenter.activity_button, Qt.MouseButton.LeftButton)
    assert room_sees(screens) == ("Runde 1 af 5", "00:30")

    clock.advance(30)
    repaint(screens)

    assert room_sees(screens) == ("Runde 2 af 5", "00:30")
    label = screens.presenter.header.activity_label.text()
    assert "Score the ideas · Round 2 of 5" in label and label.endswith("00:30")
    clock.advance(12)
    repaint(screens)
    assert room_sees(screens) == ("Runde 2 af 5", "00:18")


def test_each_auto_round_chimes_as_it_ends_and_the_next_begins(
    qtbot: QtBot, on_trin_2: tuple[SessionScreens, ManualClock]
) -> None:
    screens, clock = on_trin_2
    controller = screens.controller
    controller.send(i.NextStep())
    controller.send(i.StartActivity(SERIES))
    with qtbot.waitSignal(controller.ticked, timeout=2000):
        pass  # the repaint timer has seen round 1

    chimes: list[int] = []
    controller.activityEnded.connect(lambda: chimes.append(controller.timing().activity_round or 0))
    for expected in (2, 3):
        clock.advance(30)
        with qtbot.waitSignal(controller.activityEnded, timeout=2000):
            pass
        assert chimes[-1] == expected
    assert chimes == [2, 3]
    assert room_sees(screens)[0] == "Runde 3 af 5"


def test_pagedown_begins_the_next_clicker_round_and_after_the_last_the_next_step(
    qtbot: QtBot, clicker_on_trin_2: tuple[SessionScreens, ManualClock]
) -> None:
    screens, clock = clicker_on_trin_2
    presenter = screens.presenter
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    qtbot.mouseClick(presenter.activity_button, Qt.MouseButton.LeftButton)
    clock.advance(40)
    repaint(screens)
    assert room_sees(screens) == ("Runde 1 af 5", "-00:10")  # waits for the facilitator

    for expected in range(2, 6):
        qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
        repaint(screens)
        assert room_sees(screens) == (f"Runde {expected} af 5", "00:30")
        clock.advance(31)  # the room scores, then the facilitator presses (not a double press)
    assert screens.controller.state.current == ROUNDS_STEP

    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)
    assert screens.controller.state.current == ROUNDS_STEP + 1
    assert not screens.audience.step_page.activity_label.isVisibleTo(screens.audience)
    assert screens.audience.step_page.step_label.text().startswith("Trin 4")


def test_the_drejebog_and_the_proposal_say_0_30_not_half_a_minute(qtbot: QtBot) -> None:
    material = material_with_series()
    page = drejebog_html(material)
    assert "1:30 min." in page
    assert "Score the ideas – 5 × 0:30 min." in page
    assert "0,5" not in page and "1,5" not in page

    day = DayBox(material)
    qtbot.addWidget(day)
    parts = day.proposal_label.text().split(" · ")
    lengths = [part.rsplit(": ", 1)[1] for part in parts]
    assert all(re.fullmatch(r"\d+ min|\d+:\d\d", length) for length in lengths), lengths
    assert ":" in lengths[ROUNDS_STEP]  # Trin 3 keeps its own short length: 1:30, not "1.5"


def test_each_clicker_round_chimes_once_when_its_countdown_reaches_zero(
    qtbot: QtBot, clicker_on_trin_2: tuple[SessionScreens, ManualClock]
) -> None:
    screens, clock = clicker_on_trin_2
    controller = screens.controller
    controller.send(i.NextStep())
    controller.send(i.StartActivity(SERIES))
    chimes: list[int] = []
    controller.activityEnded.connect(lambda: chimes.append(controller.timing().activity_round or 0))
    for round_number in (1, 2):
        with qtbot.waitSignal(controller.ticked, timeout=2000):
            pass  # the repaint timer has seen the round running
        clock.advance(31)
        with qtbot.waitSignal(controller.activityEnded, timeout=2000):
            pass
        clock.advance(5)
        with qtbot.waitSignal(controller.ticked, timeout=2000):
            pass  # in overtime: no second chime
        assert chimes == list(range(1, round_number + 1))
        controller.send(i.NextStep())  # the facilitator begins the next round: no chime for that
    assert chimes == [1, 2]
    assert room_sees(screens) == ("Runde 3 af 5", "00:30")
