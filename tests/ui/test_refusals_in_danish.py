"""Every refusal of the session core reaches a Danish screen in Danish.

The core refuses with a code and values; the presenter words it. Each code is triggered the way a
facilitator (or a bug) would, through the real presenter window, with the Danish translation
loaded, and the status bar must show the Danish sentence, never the English source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.refusals import Refusal
from dialogdesk.session.state import IntentRefused
from dialogdesk.ui.presenter_window import PresenterWindow
from dialogdesk.ui.refusals import describe_refusal
from dialogdesk.ui.session_controller import SessionController
from tests.ui.conftest import make_controller


@dataclass(frozen=True)
class Shout(i.Intent):
    """An intent the reducer does not know (a programming error, still worded for the screen)."""


def started(send: Callable[[i.Intent], bool]) -> None:
    send(i.StartSession())


def one_card(send: Callable[[i.Intent], bool]) -> None:
    send(i.StartSession())
    send(i.AddCard(text="Ens tilgang til borgeren"))


def card_with_ids_reused(controller: SessionController) -> None:
    # The next card would get an id the board already has: only a bug could do this.
    one_card(controller.send)
    controller.session.state = replace(controller.state, next_id=1)


def theme_with_ids_reused(controller: SessionController) -> None:
    one_card(controller.send)
    controller.send(i.CreateTheme(name="Tid", card_ids=("c1",)))  # theme t2
    controller.session.state = replace(controller.state, next_id=2)


def dots_then_fewer_people(send: Callable[[i.Intent], bool]) -> None:
    one_card(send)
    send(i.SetDots("c1", 12))
    send(i.SetDots("c1", 2))
    send(i.SetParticipants(2))  # 2 dots left in the room; undoing would put 12 back


def ended(send: Callable[[i.Intent], bool]) -> None:
    send(i.StartSession())
    send(i.EndSession())


def nothing(send: Callable[[i.Intent], bool]) -> None:
    pass


# code -> (what happened before, the intent that is refused)
TRIGGERS: dict[Refusal, tuple[Callable[..., None], i.Intent]] = {
    Refusal.ALREADY_STARTED: (started, i.StartSession()),
    Refusal.NOT_RUNNING: (nothing, i.Pause()),
    Refusal.SESSION_ENDED: (ended, i.JumpToStep(0)),
    Refusal.FIRST_STEP: (started, i.PreviousStep()),
    Refusal.NO_SUCH_STEP: (started, i.JumpToStep(99)),
    Refusal.NO_SUCH_ACTIVITY: (started, i.StartActivity("no-such-activity")),
    Refusal.NO_ACTIVITY_RUNNING: (started, i.AddTime(seconds=60, to_activity=True)),
    Refusal.NO_NEXT_ROUND: (started, i.NextRound()),
    Refusal.AVAILABLE_TIME_NOT_POSITIVE: (nothing, i.SetAvailableMinutes(0)),
    Refusal.PLAN_DOES_NOT_MATCH: (nothing, i.AcceptPlan(first_index=0, minutes=())),
    Refusal.STEP_TIME_NOT_POSITIVE: (nothing, i.AcceptPlan(first_index=0, minutes=(0,))),
    Refusal.TOO_FEW_PARTICIPANTS: (nothing, i.SetParticipants(0)),
    Refusal.DOTS_ALREADY_PLACED: (
        lambda send: (one_card(send), send(i.SetDots("c1", 9))),
        i.SetParticipants(2),
    ),
    Refusal.WARNING_SHARE_OUT_OF_RANGE: (nothing, i.SetWarning(seconds=None, fraction=1.5)),
    Refusal.UNKNOWN_AUDIENCE_MODE: (started, i.ShowOnAudience("disco")),
    Refusal.ALL_PAIRS_PRESENTED: (
        lambda send: (started(send), send(i.SetParticipants(4)), send(i.PickPairs(count=2, seed=1))),
        i.PickPairs(count=1, seed=2),
    ),
    Refusal.UNKNOWN_AGREEMENT_FIELD: (nothing, i.RecordAgreement((("why", "fordi"),))),
    Refusal.NO_SUCH_CHECKLIST_LINE: (started, i.TickLine(0, 99)),
    Refusal.NO_SUCH_CARD: (one_card, i.AddDot("c99")),
    Refusal.CARD_EXISTS: (card_with_ids_reused, i.AddCard(text="Tid")),
    Refusal.CARD_NEEDS_TEXT: (started, i.AddCard(text="   ")),
    Refusal.NO_SUCH_THEME: (one_card, i.FocusTheme("t99")),
    Refusal.THEME_EXISTS: (theme_with_ids_reused, i.CreateTheme(name="Tema", card_ids=())),
    Refusal.NOT_DELETED: (one_card, i.RestoreCard("c1")),
    Refusal.ALL_DOTS_PLACED: (lambda send: (one_card(send), send(i.SetDots("c1", 12))), i.AddDot("c1")),
    Refusal.CARD_HAS_NO_DOTS: (one_card, i.RemoveDot("c1")),
    Refusal.NEGATIVE_DOTS: (one_card, i.SetDots("c1", -1)),
    Refusal.TOO_FEW_DOTS_LEFT: (one_card, i.SetDots("c1", 99)),
    Refusal.SCORE_OUT_OF_SCALE: (one_card, i.SetScores("c1", (4, 9))),
    Refusal.UNDO_EXCEEDS_BUDGET: (dots_then_fewer_people, i.Undo()),
    Refusal.NOTHING_TO_UNDO: (started, i.Undo()),
    Refusal.NOTHING_TO_REDO: (started, i.Redo()),
    Refusal.UNKNOWN_INTENT: (started, Shout()),
}

NEEDS_CONTROLLER = {card_with_ids_reused, theme_with_ids_reused}


def test_every_refusal_has_a_trigger() -> None:
    assert set(TRIGGERS) == set(Refusal)


@pytest.fixture
def presenter_of(qtbot: QtBot, material: Material, tmp_path: Path) -> Iterator[Callable[[], PresenterWindow]]:
    windows: list[PresenterWindow] = []

    def make() -> PresenterWindow:
        controller = make_controller(material, ManualClock(), tmp_path / f"s{len(windows)}", 12)
        window = PresenterWindow(controller)
        qtbot.addWidget(window)
        window._leaving_confirmed = True
        window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.controller.close()


@pytest.mark.parametrize("code", list(Refusal), ids=lambda code: code.value)
def test_a_refusal_is_said_in_danish_on_the_presenter(
    code: Refusal, danish: None, presenter_of: Callable[[], PresenterWindow]
) -> None:
    before, intent = TRIGGERS[code]
    window = presenter_of()
    controller = window.controller
    before(controller) if before in NEEDS_CONTROLLER else before(controller.send)
    caught: list[IntentRefused] = []
    try:
        controller.session.dispatch(intent)
    except IntentRefused as refusal:
        caught.append(refusal)
    assert [refusal.code for refusal in caught] == [code]

    assert controller.send(intent) is False

    shown = window.statusBar().currentMessage()
    assert shown == describe_refusal(caught[0])
    english = _english(caught[0])
    assert shown and shown != english, f"{code}: {shown!r} is not translated"


def _english(refusal: IntentRefused) -> str:
    """The sentence with no translation loaded: what an untranslated string would show."""
    app = QCoreApplication.instance()
    assert app is not None
    from dialogdesk.ui import refusals

    original = refusals._t
    refusals._t = lambda text: text  # type: ignore[assignment]
    try:
        return describe_refusal(refusal)
    finally:
        refusals._t = original


def test_where_an_export_went_is_said_in_danish(danish: None, tmp_path: Path) -> None:
    from dialogdesk.export.writer import export_file
    from dialogdesk.ui.exports_and_history import describe_export

    # Given a wanted folder that is a file (the way is blocked) and a fallback that works
    blocked = tmp_path / "Rapporter"
    blocked.write_text("not a folder", encoding="utf-8")
    documents = tmp_path / "Documents"
    moved = export_file(b"%PDF", blocked / "referat.pdf", [documents])
    nowhere = export_file(b"%PDF", blocked / "referat.pdf", [blocked], temp_dir=blocked)

    said = [describe_export(moved), describe_export(nowhere)]

    assert said[0].startswith("Gemt: ") and "i vejen for mappen" in said[0], said[0]
    assert said[1].startswith("Ikke gemt: ") and "referat.pdf" in said[1], said[1]
    for text in said:
        assert not any(word in text for word in ("Saved", "Could not", "instead", "anywhere")), text
