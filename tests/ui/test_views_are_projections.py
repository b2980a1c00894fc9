"""Both windows are projections of the one session state (issue 12's seven defects).

Each test drives the real presenter and audience windows on the simulated laptop and projector,
and checks what a facilitator or the room would see.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import Material
from dialogdesk.platform.screens import ScreenManager
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import AudienceMode, SessionPhase, SessionSetup
from dialogdesk.ui.session_controller import SessionController
from dialogdesk.ui.session_screens import SessionScreens
from tests.conftest import MATERIALS

SEED = MATERIALS / "forventningsafstemning" / "material.yaml"


def seed_dict() -> dict[str, Any]:
    return yaml.safe_load(SEED.read_text(encoding="utf-8"))


def material_from(data: dict[str, Any]) -> Material:
    return Material.model_validate(data)


class Room:
    """A session on the two simulated screens, as the app shows it."""

    def __init__(self, qapp: QApplication, material: Material, folder: Path, participants: int = 12) -> None:
        self.clock = ManualClock()
        self.folder = folder
        session = Session(
            material, SessionSetup(material.id, participants=participants), clock=self.clock, folder=folder
        )
        session.sleep_detector.threshold_ns = 10**18  # the fake clock jumps
        self.screens_manager = ScreenManager(qapp, None, lambda identity: None)
        self.open(session)

    def open(self, session: Session) -> None:
        self.controller = SessionController(session)
        self.screens = SessionScreens(self.controller, self.screens_manager)
        self.screens.show()
        self.presenter, self.audience = self.screens.presenter, self.screens.audience

    def send(self, intent: i.Intent) -> bool:
        return self.controller.send(intent)

    def close(self) -> None:
        self.presenter._leaving_confirmed = True
        self.screens.close()

    def restart(self) -> None:
        """The app closes (or dies) and the session is opened again from its file."""
        path = self.controller.session.path
        assert path is not None
        self.close()
        session = Session.open(path, clock=self.clock)
        session.sleep_detector.threshold_ns = 10**18
        self.open(session)

    def audience_texts(self) -> list[str]:
        return [
            label.text()
            for label in self.audience.findChildren(QLabel)
            if label.isVisibleTo(self.audience) and label.text()
        ]


@pytest.fixture
def room_of(qapp: QApplication, tmp_path: Path) -> Iterator[Any]:
    rooms: list[Room] = []

    def make(material: Material, participants: int = 12) -> Room:
        room = Room(qapp, material, tmp_path / f"sessions{len(rooms)}", participants)
        rooms.append(room)
        return room

    yield make
    for room in rooms:
        room.close()


# 1 ------------------------------------------------------------------------------------------------
def test_the_proposal_chosen_on_the_board_fills_the_agreement_on_the_wrap_up(room_of: Any) -> None:
    # Given Trin 5 with two ideas and a vote, and nobody typing the agreement
    room = room_of(material_from(seed_dict()))
    room.send(i.StartSession())
    room.send(i.JumpToStep(len(room.controller.material.steps) - 1))
    room.send(i.AddCard(text="Fast guide til wi-fi", kind="idea"))
    room.send(i.AddCard(text="Kort om apps", kind="idea"))
    room.send(i.AddDot("c1"))

    # When the facilitator chooses the proposal on the board's tally and steps on to the wrap-up
    room.presenter.board_editor.tally.choose_button.click()
    room.send(i.NextStep())

    # Then the agreement field shows it, and the state holds it (what the report and resume use)
    assert room.controller.state.phase is SessionPhase.WRAP_UP
    assert room.presenter.agreement_fields["proposal"].text() == "Fast guide til wi-fi"
    assert room.controller.state.agreement["proposal"] == "Fast guide til wi-fi"
    assert any("Fast guide til wi-fi" in text for text in room.audience_texts())


def test_a_proposal_written_by_hand_is_not_overwritten_by_a_later_choice(room_of: Any) -> None:
    room = room_of(material_from(seed_dict()))
    room.send(i.StartSession())
    room.send(i.AddCard(text="Fast guide til wi-fi", kind="idea"))
    room.send(i.AddCard(text="Kort om apps", kind="idea"))
    room.send(i.ChooseProposal("c1"))
    room.send(i.RecordAgreement((("proposal", "Guide, men kun til wi-fi på rådhuset"),)))

    room.send(i.ChooseProposal("c2"))

    assert room.controller.state.agreement["proposal"] == "Guide, men kun til wi-fi på rådhuset"


# 2 ------------------------------------------------------------------------------------------------
def test_a_step_with_five_rounds_keeps_the_presenter_within_the_laptop(room_of: Any) -> None:
    data = seed_dict()
    data["steps"][3]["activities"] = [
        {
            "id": f"round-{n}",
            "kind": "discussion",
            "title": f"Runde {n}: 30 sekunder med scoring",
            "minutes": 0.5,
        }
        for n in range(1, 6)
    ]
    room = room_of(material_from(data))
    room.send(i.StartSession())
    room.send(i.JumpToStep(3))

    laptop = room.presenter.screen().geometry()
    assert room.presenter.frameGeometry().width() <= laptop.width()
    assert room.presenter.minimumSizeHint().width() <= laptop.width()
    # One control for the series: the first round on the button, every round in its menu
    assert room.presenter.activity_button.isVisibleTo(room.presenter)
    assert len(room.presenter.activity_button.menu().actions()) == 5
    room.presenter.activity_button.menu().actions()[2].trigger()
    assert room.controller.state.activity is not None
    assert room.controller.state.activity.activity_id == "round-3"


# 3 ------------------------------------------------------------------------------------------------
def test_a_say_aloud_line_is_marked_once_also_in_danish(room_of: Any, danish: None) -> None:
    room = room_of(material_from(seed_dict()))
    room.send(i.StartSession())
    texts = [room.presenter.checklist.item(n).text() for n in range(room.presenter.checklist.count())]
    assert any(text.startswith("Sig højt at I skal") for text in texts)
    assert not any("Sig højt: Sig højt" in text for text in texts)


# 4 ------------------------------------------------------------------------------------------------
def test_pairs_are_picked_only_where_the_material_says_so(room_of: Any) -> None:
    # Given a material whose conditional tip is about something else than picking pairs
    data = seed_dict()
    for step in data["steps"]:
        for tip in step.get("tips", []):
            tip.pop("pick_pairs", None)
    data["steps"][0]["tips"] = [
        {"text": "Over 12 deltagere: tal lidt højere.", "when": {"participants_over": 12}}
    ]
    room = room_of(material_from(data), participants=14)
    room.send(i.StartSession())
    for index in range(len(data["steps"])):
        room.send(i.JumpToStep(index))
        assert not room.presenter.pick_button.isVisibleTo(room.presenter), index


def test_the_pluk_step_picks_as_many_pairs_as_its_tip_says_and_shows_them(room_of: Any) -> None:
    room = room_of(material_from(seed_dict()), participants=14)
    room.send(i.StartSession())
    room.send(i.NextStep())  # Trin 2: "pluk 2 makkerpar" above 12 participants
    assert room.presenter.pick_button.isVisibleTo(room.presenter)

    room.presenter.pick_button.click()

    assert len(room.controller.state.presenting) == 2
    assert room.controller.state.audience is AudienceMode.PAIRS
    assert room.audience.current_page() is room.audience.pairs_page


# 6 ------------------------------------------------------------------------------------------------
def test_what_the_facilitator_set_in_the_windows_is_there_again_after_a_restart(room_of: Any) -> None:
    # Given a session where the room sees one theme alone, lines are ticked, a card was deleted,
    # and the chime is off
    room = room_of(material_from(seed_dict()))
    room.send(i.StartSession())
    room.send(i.NextStep())
    for text in ("Ens tilgang", "Tid", "Grænser", "Pårørende"):
        room.send(i.AddCard(text=text))
    room.send(i.CreateTheme(name="Grænser", card_ids=("c2", "c3")))
    theme = next(iter(room.controller.state.board.themes))
    room.presenter.board_editor.set_focus_theme(theme)
    room.presenter.checklist.item(1).setCheckState(Qt.CheckState.Checked)
    room.presenter.board_editor.send(i.DeleteCard("c4"))
    room.presenter.board_editor.send(i.DeleteCard("c1"))
    room.send(i.SetChime(on=False))
    room.send(i.ShowOnAudience(AudienceMode.BOARD.value))
    assert room.audience.board_page.focused_theme == theme

    # When the app is closed and the session opened again from its file
    room.restart()

    # Then both windows show it as before
    assert room.audience.current_page() is room.audience.board_page
    assert room.audience.board_page.focused_theme == theme
    assert room.presenter.board_editor.room_bar.isVisibleTo(room.presenter.board_editor)
    assert "Grænser" in room.presenter.board_editor.room_label.text()
    ticks = [room.presenter.checklist.item(n).checkState() for n in range(room.presenter.checklist.count())]
    assert ticks[1] == Qt.CheckState.Checked and ticks.count(Qt.CheckState.Checked) == 1
    assert room.presenter.board_editor.deleted_cards() == ["c1", "c4"]  # the latest deleted first
    assert room.controller.state.chime is False


def test_restoring_a_deleted_card_takes_the_latest_one_also_after_a_restart(room_of: Any) -> None:
    room = room_of(material_from(seed_dict()))
    room.send(i.StartSession())
    for text in ("A", "B", "C"):
        room.send(i.AddCard(text=text))
    room.send(i.DeleteCard("c2"))
    room.send(i.DeleteCard("c3"))
    room.restart()

    room.presenter.board_editor.restore_last()

    assert [card.text for card in room.controller.state.board.visible_cards()] == ["A", "C"]


# 7 ------------------------------------------------------------------------------------------------
def test_an_open_ended_activity_shows_the_same_time_on_both_screens(room_of: Any) -> None:
    data = seed_dict()
    data["steps"][0]["activities"] = [{"id": "talk", "kind": "discussion", "title": "Snak frit"}]
    room = room_of(material_from(data))
    room.send(i.StartSession())
    room.send(i.StartActivity("talk"))

    room.clock.advance(65)
    room.controller.ticked.emit(room.controller.timing())

    assert room.presenter.activity_label.text().endswith("  01:05")
    assert room.audience.step_page.countdown_label.text() == "01:05"


def test_the_preparation_ticks_and_the_chime_choice_go_into_the_session(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    from dialogdesk.ui.app import DialogDesk

    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=ManualClock())
    preparation = desk.prepare(desk.library.by_id("forventningsafstemning"))
    assert preparation is not None
    preparation.checklist.item(0).setCheckState(Qt.CheckState.Checked)
    preparation.chime.setChecked(False)

    qtbot.mouseClick(preparation.start_button, Qt.MouseButton.LeftButton)

    running = desk.running
    assert running is not None
    state = running.controller.state
    assert state.setup.prepared == tuple(preparation.checked_items) and len(state.setup.prepared) == 1
    assert state.chime is False
    # and the session file says so, for a resume
    reopened = Session.open(running.controller.session.path, recover=False)
    assert (reopened.state.setup.prepared, reopened.state.chime) == (state.setup.prepared, False)
    running.presenter._leaving_confirmed = True
    running.close()
    desk.window.close()


def test_the_not_saved_warning_goes_once_a_save_succeeds_again(
    room_of: Any, danish: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    import errno

    from dialogdesk.session import store

    # Given a running session whose disk fills up
    room = room_of(material_from(seed_dict()))
    room.send(i.StartSession())
    real_write = store.os.write

    def full_disk(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    # When a card is added while the disk is full, the presenter says so, in Danish
    monkeypatch.setattr(store.os, "write", full_disk)
    room.send(i.AddCard(text="Ens tilgang"))
    assert not room.controller.session.saved
    shown = room.presenter.statusBar().currentMessage()
    assert shown.startswith("Ikke gemt: ") and "disken er fuld" in shown, shown

    # Then with space again the next change saves everything, and the warning is gone
    monkeypatch.setattr(store.os, "write", real_write)
    room.send(i.AddCard(text="Tid"))
    assert room.controller.session.saved
    assert room.presenter.statusBar().currentMessage() == ""
