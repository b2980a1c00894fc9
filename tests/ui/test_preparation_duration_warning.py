"""The README's promise on the preparation page: minutes outside the material's planned duration
give a warning, as participants outside its range do."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from dialogdesk.materials.loader import load_material
from dialogdesk.ui.preparation.day_box import DayBox
from tests.conftest import MATERIALS


def test_minutes_outside_the_planned_duration_are_warned_about(qtbot: QtBot) -> None:
    material = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    planned = material.preparation.duration_minutes
    day = DayBox(material)
    qtbot.addWidget(day)
    day.show()
    assert not day.minutes_warning.isVisibleTo(day)

    day.minutes.setValue(planned.max + 30)

    assert day.minutes_warning.isVisibleTo(day)
    assert f"{planned.min}–{planned.max}" in day.minutes_warning.text()
    day.minutes.setValue(planned.min)
    assert not day.minutes_warning.isVisibleTo(day)
