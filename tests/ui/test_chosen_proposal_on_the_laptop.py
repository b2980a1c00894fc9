"""The chosen proposal stays readable on the laptop's board (issue 15, item 5).

Reported: after "Vælg som beslutning" the decision was a blank orange block on the laptop (its
text gone) and the tally had scrolled so that "1. plads" was hidden. Then, with a dozen proposals
kept for next time, the tally's list of them made the presenter window taller than the
1366x768 laptop (the generative test found it at 784 px).

Real windows on the simulated laptop and projector, forventningsafstemning with 14 participants,
on the step that votes; 12 idea cards with dots, the winner chosen with the tally's button.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.session_screens import SessionScreens
from tests.conftest import MATERIALS

IDEAS = [
    "Fælles retningslinjer i afdelingen for hvornår vi hjælper med MitID",
    "Skriv det ned for borgeren, så de kan gøre det selv næste gang",
    "Pårørende som hjælpere, med en fuldmagt",
    "Forventningsafstemning fra start af samtalen",
    "En fast tid hver uge til digital hjælp",
    "Vis borgeren skærmen, tal højt om hvad du gør",
    "Henvis til biblioteket",
    "Tjekliste ved skranken",
    "Spørg kollegaen ved siden af",
    "Lav en folder med de fem hyppigste spørgsmål",
    "Øv MitID-appen sammen med borgeren",
    "Hold øje med borgere der kommer igen og igen",
]


@pytest.fixture
def chosen(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[SessionScreens]:
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=ManualClock())
    loaded = desk.load_material("forventningsafstemning")
    screens = desk.start_session(loaded, SessionSetup("forventningsafstemning", participants=14), None)
    screens.controller.session.sleep_detector.threshold_ns = 10**18
    qtbot.waitExposed(screens.presenter)
    controller = screens.controller
    controller.send(i.StartSession())
    board_step = next(index for index, step in enumerate(controller.material.steps) if step.board)
    controller.send(i.JumpToStep(index=board_step))
    for text in IDEAS:
        controller.send(i.AddCard(text=text, kind="idea"))
    cards = sorted(controller.state.board.cards, key=lambda card_id: int(card_id[1:]))
    for card_id, count in zip(cards, (3, 4, 3, 2, 1), strict=False):  # one winner: the second card
        controller.send(i.SetDots(card_id, count))
    editor = screens.presenter.board_editor
    editor.set_vote_mode(True)
    QApplication.processEvents()
    qtbot.mouseClick(editor.tally.choose_button, Qt.MouseButton.LeftButton)
    assert controller.state.board.chosen == cards[1]
    QApplication.processEvents()
    yield screens
    screens.presenter.confirm_leaving()
    screens.close()
    desk.window.close()


def test_the_presenter_still_fits_the_laptop(chosen: SessionScreens) -> None:
    presenter = chosen.presenter
    laptop = presenter.screen()
    assert laptop.name() == "Laptop"
    assert laptop.geometry().contains(presenter.frameGeometry()), presenter.frameGeometry()
    assert presenter.minimumSizeHint().height() <= laptop.geometry().height()


def test_the_decision_is_shown_whole_with_its_text(chosen: SessionScreens) -> None:
    label: QLabel = chosen.presenter.board_editor.tally.decision_label
    assert label.isVisibleTo(chosen.presenter)
    assert IDEAS[1] in label.text()
    assert label.height() >= label.heightForWidth(label.width())  # not squeezed into a bare block
    inside = QRect(label.mapTo(chosen.presenter, label.rect().topLeft()), label.size())
    assert chosen.presenter.rect().contains(inside)


def test_the_decision_stands_above_the_others_in_their_places(chosen: SessionScreens) -> None:
    tally = chosen.presenter.board_editor.tally
    decision, kept = tally.decision_label, tally.kept_area
    decision_bottom = decision.mapTo(tally, decision.rect().bottomLeft()).y()
    assert decision_bottom < kept.mapTo(tally, kept.rect().topLeft()).y()
    assert not tally.ranking_list.isVisibleTo(chosen.presenter)  # the kept list takes its room
    text = tally.kept_label.text()
    assert text.index("shared place 2") < text.index(IDEAS[0]) < text.index("place 4") < text.index(IDEAS[4])
    assert "place 1" not in text  # that one is the decision


def test_every_kept_proposal_can_be_scrolled_to(chosen: SessionScreens) -> None:
    tally = chosen.presenter.board_editor.tally
    assert tally.kept_area.isVisibleTo(chosen.presenter)
    kept = tally.kept_label.text()
    assert all(text in kept for text in IDEAS if text != IDEAS[1])
    assert tally.kept_area.verticalScrollBar().maximum() > 0  # twelve do not fit: they scroll
