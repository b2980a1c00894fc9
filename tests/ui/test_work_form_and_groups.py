"""The work form on the projector ("Gå sammen 4 og 4", "Alene, i stilhed") from the step's grouping,
and groups of the step's size made from the presenter and shown to the room."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import Grouping, MinMax
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import AudienceMode, SessionSetup
from tests.session.test_group_sizes import material_with_group_size
from tests.ui.two_screens import session_shown


def test_the_projector_says_how_the_room_works_in_each_step(tmp_path: Path) -> None:
    material = material_with_group_size(4)
    session = Session(
        material, SessionSetup(material.id, participants=12), clock=ManualClock(), folder=tmp_path
    )
    session.dispatch(i.StartSession())
    with session_shown(session) as screens:
        audience = screens.audience
        for index, step in enumerate(material.steps):
            session.dispatch(i.JumpToStep(index=index))
            # On the step's page, or in the band above the board a board step opens on.
            label = audience.step_page.work_form_label
            if audience.room_strip.isVisibleTo(audience):
                label = audience.room_strip.work_form_label
            shown = label.text() if label.isVisibleTo(audience) else ""
            if Grouping.GROUPS in step.grouping and step.group_range == (4, 4):
                assert "Gå sammen 4 og 4" in shown
            if Grouping.PAIRS in step.grouping:
                assert "Gå sammen to og to" in shown
            if Grouping.PLENARY in step.grouping:
                assert "Alle sammen" in shown
            if not step.grouping:
                assert shown == ""


def test_make_groups_of_three_to_five_from_the_presenter_shows_them_to_the_room(
    qtbot: QtBot, tmp_path: Path
) -> None:
    material = material_with_group_size(MinMax(min=3, max=5))
    session = Session(
        material, SessionSetup(material.id, participants=17), clock=ManualClock(), folder=tmp_path
    )
    session.dispatch(i.StartSession())
    session.dispatch(i.JumpToStep(index=2))
    with session_shown(session) as screens:
        button = screens.presenter.controls.groups_button
        assert button.isVisibleTo(screens.presenter)
        assert button.text() == "Groups of 3–5"

        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        assert session.state.audience is AudienceMode.PAIRS
        page = screens.audience.pairs_page
        assert page.heading_label.text() == "Jeres grupper"
        lines = page.all_pairs_label.text().splitlines()
        assert len(lines) == 4 and all(line.startswith("Gruppe ") for line in lines)
        assert "Gå sammen i grupper på 3–5" in screens.audience.step_page.work_form_label.text()
