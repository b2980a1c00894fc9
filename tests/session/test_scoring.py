"""Scoring cards on a scale (25/10 Crowd Sourcing), the dot vote without a budget, in the core.

Material: forventningsafstemning with Trin 5 made a scoring step (``board: [score]``), a scale of
1-5, the top 3 marked and no agreement (the method's result is the ranking); for the dots, the same
material with ``dots_per_participant: null`` in a room of 60.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.board import Board, Card, CardKind
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.refusals import Refusal
from dialogdesk.session.schema import check_event
from dialogdesk.session.state import IntentRefused, SessionSetup
from dialogdesk.session.store import SessionFileError
from tests.conftest import MATERIALS

from .session_logs import copy_format1

SCORING_STEP = 4  # Trin 5


@cache
def scoring_material(top: int | None = 3, *, agreement: bool = False, dots: int | None = 1) -> Material:
    """25/10 on forventningsafstemning: Trin 5 scores the ideas; no agreement unless asked."""
    base = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    data = base.model_dump(mode="json", exclude_none=True)
    data["steps"][SCORING_STEP]["board"] = ["score"]
    wrap_up = data["wrap_up"]
    wrap_up["scoring"] = {"scale": {"min": 1, "max": 5}, **({"top": top} if top else {})}
    if not agreement:
        wrap_up["agreement"] = []
    wrap_up["dot_voting"]["dots_per_participant"] = dots
    return Material.model_validate(data)


def scoring_session(
    *ideas: str, participants: int = 10, folder: Path | None = None, material: Material | None = None
) -> Session:
    material = material or scoring_material()
    setup = SessionSetup(material.id, participants=participants)
    session = Session(material, setup, clock=ManualClock(), folder=folder)
    session.dispatch(i.StartSession())
    session.dispatch(i.JumpToStep(SCORING_STEP))
    for text in ideas:
        session.dispatch(i.AddCard(text=text, kind="idea"))
    return session


def ranks(session: Session, top: int | None = 3) -> list[tuple[int, str, int, bool]]:
    return [(r.rank, r.card_id, r.total, r.top) for r in session.state.board.score_ranking(top)]


# --- scores and their sum ------------------------------------------------------------------------
def test_the_scores_typed_for_a_card_are_kept_round_by_round_and_summed() -> None:
    session = scoring_session("Fælles svar i skranken")

    session.dispatch(i.SetScores("c1", (4, 5, 3, 2, 5)))

    card = session.state.board.card("c1")
    assert card.scores == (4, 5, 3, 2, 5)
    assert card.score_total == 19


def test_equal_totals_share_a_rank_and_the_next_rank_is_skipped() -> None:
    session = scoring_session("A", "B", "C", "D")
    for card_id, scores in (("c1", (2, 2, 2)), ("c2", (5, 5, 5)), ("c3", (4, 4, 4)), ("c4", (3, 4, 5))):
        session.dispatch(i.SetScores(card_id, scores))

    assert [(rank, card, total) for rank, card, total, _ in ranks(session)] == [
        (1, "c2", 15),
        (2, "c3", 12),
        (2, "c4", 12),
        (4, "c1", 6),
    ]
    assert [r.tied for r in session.state.board.score_ranking()] == [False, True, True, False]


def test_the_top_n_takes_in_a_tie_at_its_border() -> None:
    session = scoring_session("A", "B", "C", "D")
    for card_id, scores in (("c1", (5, 5)), ("c2", (4, 4)), ("c3", (4, 4)), ("c4", (1, 1))):
        session.dispatch(i.SetScores(card_id, scores))

    # top 2: ranks 1, 2, 2 are in (three cards), rank 4 is not
    assert [(card, top) for _, card, _, top in ranks(session, top=2)] == [
        ("c1", True),
        ("c2", True),
        ("c3", True),
        ("c4", False),
    ]
    assert [top for *_, top in ranks(session, top=1)] == [True, False, False, False]
    assert [top for *_, top in ranks(session, top=None)] == [False] * 4


def test_cards_not_scored_yet_are_not_ranked() -> None:
    board = Board()
    for number in (1, 2):
        board = board.add_card(Card(id=f"i{number}", text=f"Idé {number}", kind=CardKind.IDEA))
    board = board.add_card(Card(id="p1", text="En pointe", kind=CardKind.POINT))
    board = board.set_scores("i2", (3,), (1, 5))

    assert [r.card_id for r in board.score_ranking(10)] == ["i2"]
    assert [card.id for card in board.score_candidates()] == ["i1", "i2"]  # the ideas, not the point


# --- refusals, undo, replay -------------------------------------------------------------------------
@pytest.mark.parametrize("scores", [(4, 6), (0, 3), (-1,)])
def test_a_score_off_the_scale_is_refused_and_changes_nothing(scores: tuple[int, ...]) -> None:
    session = scoring_session("A")
    session.dispatch(i.SetScores("c1", (3, 3)))

    with pytest.raises(IntentRefused) as refused:
        session.dispatch(i.SetScores("c1", scores))

    assert refused.value.code is Refusal.SCORE_OUT_OF_SCALE
    assert refused.value.params == {"score": next(s for s in scores if not 1 <= s <= 5), "low": 1, "high": 5}
    assert session.state.board.card("c1").scores == (3, 3)


def test_scores_of_a_deleted_card_are_refused() -> None:
    session = scoring_session("A")
    session.dispatch(i.DeleteCard("c1"))

    with pytest.raises(IntentRefused) as refused:
        session.dispatch(i.SetScores("c1", (3,)))

    assert refused.value.code is Refusal.NO_SUCH_CARD


def test_typing_scores_is_undone_and_redone_like_any_board_edit() -> None:
    session = scoring_session("A")
    session.dispatch(i.SetScores("c1", (4, 5)))
    session.dispatch(i.SetScores("c1", (4, 5, 1)))

    session.dispatch(i.Undo())
    assert session.state.board.card("c1").scores == (4, 5)
    session.dispatch(i.Undo())
    assert session.state.board.card("c1").scores == ()
    session.dispatch(i.Redo())
    assert session.state.board.card("c1").score_total == 9


def test_the_scores_come_back_from_the_saved_log(tmp_path: Path) -> None:
    session = scoring_session("A", "B", "C", folder=tmp_path)
    session.dispatch(i.SetScores("c1", (4, 5, 3, 2, 5)))
    session.dispatch(i.SetScores("c2", (1, 1, 1, 1, 1)))
    session.dispatch(i.SetScores("c3", (5, 5, 5, 2, 2)))
    before = ranks(session)
    path = session.path
    assert path is not None
    session.close()

    again = Session.open(path, clock=ManualClock(), recover=False)

    assert again.state.board.card("c1").scores == (4, 5, 3, 2, 5)
    assert ranks(again) == before == [(1, "c1", 19, True), (1, "c3", 19, True), (3, "c2", 5, True)]


def test_a_log_with_scores_that_are_not_whole_numbers_is_refused_as_damaged(tmp_path: Path) -> None:
    event = {"n": 1, "mono_ns": 1, "wall_ns": 1, "intent": {"type": "SetScores", "card_id": "c1"}}
    for scores in ("4 5 3", [4, "5"], [4.5]):
        with pytest.raises(SessionFileError, match=r"SetScores\.scores"):
            check_event({**event, "intent": {**event["intent"], "scores": scores}}, 1, tmp_path / "x")
    assert check_event({**event, "intent": {**event["intent"], "scores": [4, 5]}}, 1, tmp_path / "x")


def test_an_old_log_from_before_scoring_replays_with_no_scores(tmp_path: Path) -> None:
    path = copy_format1(tmp_path / "sessions")

    session = Session.open(path, recover=False)

    cards = session.state.board.visible_cards()
    assert cards and all(card.scores == () for card in cards)
    assert session.state.board.score_ranking(10) == []


# --- dots without a budget -----------------------------------------------------------------------
def test_without_a_budget_a_big_room_counts_150_dots_and_nothing_is_refused() -> None:
    material = scoring_material(dots=None)
    assert material.wrap_up.dot_voting.budget(60) == 0
    session = scoring_session("A", "B", "C", participants=60, material=material)

    for card_id, count in (("c1", 80), ("c2", 45), ("c3", 25)):
        session.dispatch(i.SetDots(card_id, count))
    session.dispatch(i.AddDot("c3"))
    session.dispatch(i.SetParticipants(12))  # fewer people later: still no budget to exceed
    session.dispatch(i.Undo())  # back to 150: no budget, so nothing to exceed

    board = session.state.board
    assert (board.dot_budget, board.dots_used) == (0, 150)
    assert [(r.place, r.card.id, r.card.dots) for r in board.vote_ranking()] == [
        (1, "c1", 80),
        (2, "c2", 45),
        (3, "c3", 25),
    ]


def test_a_larger_dot_budget_per_participant_is_the_room_times_it() -> None:
    material = scoring_material(dots=5)
    session = scoring_session("A", participants=60, material=material)

    session.dispatch(i.SetDots("c1", 300))

    assert session.state.board.dot_budget == 300
    with pytest.raises(IntentRefused) as refused:
        session.dispatch(i.AddDot("c1"))
    assert refused.value.code is Refusal.ALL_DOTS_PLACED
