"""Each countdown phase is said in words as well as colour, on both screens, with AA contrast."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel

from dialogdesk.session import intents as i
from dialogdesk.session.timers import Phase
from dialogdesk.ui import style
from tests.ui.test_views_are_projections import Room, material_from, seed_dict


@pytest.fixture
def room(qapp: QApplication, tmp_path: Path) -> Iterator[Room]:
    room = Room(qapp, material_from(seed_dict()), tmp_path / "sessions")
    yield room
    room.close()


def tick(room: Room, seconds: float) -> None:
    room.clock.advance(seconds)
    room.controller.ticked.emit(room.controller.timing())


def presenter_words(room: Room) -> str:
    label = room.presenter.findChild(QLabel, "presenterPhase")
    assert label is not None
    return label.text() if label.isVisibleTo(room.presenter) else ""


def audience_words(room: Room) -> str:
    label = room.audience.step_page.phase_label
    return label.text() if label.isVisibleTo(room.audience) else ""


def step_seconds(room: Room) -> float:
    return room.controller.state.current_step.countdown.duration_ns / 1e9


def test_the_normal_phase_shows_no_phase_words(room: Room) -> None:
    room.send(i.StartSession())
    tick(room, 1)
    assert presenter_words(room) == ""
    assert audience_words(room) == ""


def test_the_last_minute_is_said_on_both_screens(room: Room) -> None:
    room.send(i.StartSession())
    tick(room, step_seconds(room) - 30)
    assert presenter_words(room) == "Last minute"
    assert audience_words(room) == "Sidste minut"  # the room reads the (Danish) material's language


def test_a_fraction_warning_says_its_share(room: Room) -> None:
    room.send(i.StartSession())
    room.send(i.SetWarning(seconds=None, fraction=0.2))
    tick(room, step_seconds(room) * 0.9)
    assert presenter_words(room) == "Last 20 %"
    assert audience_words(room) == "Sidste 20 %"  # the room reads the (Danish) material's language


def test_overtime_says_how_much_over_with_the_countdowns_digits(room: Room) -> None:
    room.send(i.StartSession())
    tick(room, step_seconds(room) + 80)
    assert presenter_words(room) == "Overtime +01:20"
    assert audience_words(room) == "Overtid +01:20"  # the room reads the (Danish) material's language
    assert room.audience.step_page.countdown_label.text() == "-01:20"


def test_a_pause_is_said_on_both_screens_and_goes_when_resumed(room: Room) -> None:
    room.send(i.StartSession())
    tick(room, 5)
    room.send(i.Pause())
    tick(room, 5)
    assert presenter_words(room) == "❚❚ Paused"
    assert audience_words(room) == "❚❚ Pause"  # the room reads the (Danish) material's language
    room.send(i.Resume())
    tick(room, 1)
    assert presenter_words(room) == ""
    assert audience_words(room) == ""


def test_the_phase_words_fit_the_projector(room: Room) -> None:
    room.send(i.StartSession())
    tick(room, step_seconds(room) + 80)
    label = room.audience.step_page.phase_label
    bottom = label.mapTo(room.audience, label.rect().bottomLeft()).y()
    assert bottom <= room.audience.height()
    assert (
        label.font().pixelSize() >= style.MIN_AUDIENCE_TEXT_PX or label.height() >= style.MIN_AUDIENCE_TEXT_PX
    )


def presenter_background(room: Room) -> str:
    """What the presenter window really paints behind its header: a pixel beside the phase label."""
    room.send(i.StartSession())
    tick(room, step_seconds(room) - 30)
    window = room.presenter
    label = window.findChild(QLabel, "presenterPhase")
    image = window.grab().toImage()
    corner = label.mapTo(window, label.rect().topLeft())
    painted = image.pixelColor(corner.x() + 1, corner.y() + 1).name()
    assert painted == window.palette().color(QPalette.ColorRole.Window).name()
    return painted


@pytest.mark.parametrize("phase", list(Phase))
def test_every_phase_has_aa_contrast_on_both_screens(room: Room, phase: Phase) -> None:
    background = presenter_background(room)
    # The countdown and the phase label share the phase's colour on each screen.
    assert style.contrast_ratio(style.PHASE_COLOURS_ON_LIGHT[phase], background) >= 4.5
    assert style.contrast_ratio(style.PHASE_COLOURS_ON_DARK[phase], style.AUDIENCE_BACKGROUND) >= 4.5
