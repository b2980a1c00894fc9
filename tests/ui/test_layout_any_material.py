"""The largest material the format allows still fits the room's screens, at every step.

``extreme_material()``: 10 steps, 8 activities in a step, 12 questions of each kind, 10 tips,
120-character titles and long Danish compound words. The presenter view must fit a 1366x768 and
a 1280x720 laptop, the audience view a 1920x1080 and a 1280x720 projector, before the start, at
every step (each of its activities started in turn) and at the wrap-up: each window within its
screen, its minimum size not larger than the screen, and nothing cut off: every visible button
and label lies within its window and is at least as wide as its own minimum (a label squeezed
narrower cuts its text).
Widgets inside a scroll area are left out: scrolling to them is how they are meant to be seen.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QScrollArea, QWidget
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionPhase, SessionSetup
from dialogdesk.ui.session_screens import SessionScreens
from tests.offscreen_screens import OffscreenScreens
from tests.strategies.materials import extreme_material
from tests.ui.two_screens import session_shown

ROOMS = {
    "1366x768 laptop, 1920x1080 projector": ((1366, 768), (1920, 1080)),
    "1280x720 laptop, 1280x720 projector": ((1280, 720), (1280, 720)),
}


def screen_config(name: str, x: int, size: tuple[int, int]) -> dict[str, object]:
    width, height = size
    return {
        "name": name,
        "x": x,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpiX": 96,
        "logicalDpiY": 96,
    }


def in_scroll_area(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def layout_problems(window: QWidget, screen_name: str, where: str) -> list[str]:
    """What a person would find cut off or off the screen, in words ("where: what")."""
    problems = []
    screen = window.screen()
    if screen.name() != screen_name or not screen.geometry().contains(window.frameGeometry()):
        problems.append(
            f"{where}: window {window.frameGeometry()} is not within {screen_name} {screen.geometry()}"
        )
    hint, size = window.minimumSizeHint(), screen.geometry().size()
    if hint.width() > size.width() or hint.height() > size.height():
        problems.append(f"{where}: minimum size {hint.toTuple()} is larger than the screen {size.toTuple()}")
    inside = window.rect()
    for widget in window.findChildren(QWidget):
        if (
            not isinstance(widget, QLabel | QPushButton)
            or not widget.isVisibleTo(window)
            or not widget.text()
        ):
            continue  # a picture (the room's thumbnail) is scaled to its label
        if in_scroll_area(widget, window):
            continue
        name = f"{type(widget).__name__} {widget.objectName() or repr(widget.text()[:40])}"
        rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not inside.contains(rect):
            problems.append(f"{where}: {name} at {rect} lies outside the window {inside}")
        elif widget.width() < widget.minimumSizeHint().width():
            needed = widget.minimumSizeHint().width()
            problems.append(f"{where}: {name} is {widget.width()} px wide, its text needs {needed}")
    return problems


def walk_every_step(screens: SessionScreens) -> Iterator[str]:
    """Before the start, every step with each of its activities started in turn, the wrap-up."""
    controller = screens.controller
    app = QApplication.instance()
    yield "before the start"
    controller.send(i.StartSession())
    for step in controller.material.steps:
        app.processEvents()  # as between two clicks: new buttons appear only then
        yield f"{step.label}"
        for activity in step.activities:
            assert controller.send(i.StartActivity(activity.id))
            app.processEvents()
            yield f"{step.label}, activity {activity.id}"
        controller.send(i.NextStep())
    assert controller.state.phase is SessionPhase.WRAP_UP
    app.processEvents()
    yield "wrap-up"


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
@pytest.mark.parametrize("room", list(ROOMS))
def test_the_extreme_material_fits_every_step(
    qapp: QApplication, qtbot: QtBot, screens: OffscreenScreens, tmp_path: Path, room: str
) -> None:
    laptop, projector = ROOMS[room]
    screens.set(screen_config("Laptop", 0, laptop), screen_config("Projector", laptop[0], projector))
    problems: list[str] = []
    material = extreme_material()
    setup = SessionSetup(material.id, participants=14)
    session = Session(material, setup, clock=ManualClock(), folder=tmp_path)
    with session_shown(session) as session_screens:
        qtbot.waitExposed(session_screens.audience)
        for where in walk_every_step(session_screens):
            problems += layout_problems(session_screens.presenter, "Laptop", f"presenter, {where}")
            problems += layout_problems(session_screens.audience, "Projector", f"audience, {where}")
    assert not problems, summary(problems)


def summary(problems: list[str]) -> str:
    """Each problem once, with the first places it occurs and how many there are."""
    places: dict[str, list[str]] = {}
    for problem in problems:
        where, what = problem.split(": ", 1)
        window, _, place = where.partition(", ")
        places.setdefault(f"{window}: {what}", []).append(place)
    lines = [
        f"{what}  [{', '.join(at[:3])}{' …' if len(at) > 3 else ''}; {len(at)}x]"
        for what, at in places.items()
    ]
    return f"{len(places)} different problems:\n" + "\n".join(lines)
