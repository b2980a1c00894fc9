"""The idea board: cards, themes, dots, the tally and undo, on the Board and through the Session."""

from __future__ import annotations

import contextlib
from functools import cache

import pytest

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.board import Board, BoardError, Card, CardKind, Theme
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import IntentRefused, SessionPhase, SessionSetup
from tests.conftest import MATERIALS


@cache
def material() -> Material:
    return load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material


def new_session(participants: int = 6) -> Session:
    setup = SessionSetup(material_id="forventningsafstemning", participants=participants)
    return Session(material(), setup, clock=ManualClock())


def add_ideas(session: Session, *texts: str) -> list[str]:
    """Add idea cards; returns their ids."""
    ids = []
    for text in texts:
        before = set(session.state.board.cards)
        session.dispatch(i.AddCard(text=text, kind="idea", group="Gruppe 1"))
        (new_id,) = set(session.state.board.cards) - before
        ids.append(new_id)
    return ids


def ideas_board(*dots: int, budget: int = 0) -> Board:
    """A board with one idea per entry of ``dots`` (ids i1, i2, ...), with those dots."""
    board = Board(dot_budget=budget)
    for number, count in enumerate(dots, start=1):
        board = board.add_card(Card(id=f"i{number}", text=f"Idé {number}", kind=CardKind.IDEA, dots=count))
    return board


# --- cards -------------------------------------------------------------------------------------
def test_cards_are_added_edited_moved_deleted_and_restored() -> None:
    session = new_session()

    session.dispatch(i.AddCard(text="  Ens tilgang til borgeren ", group="Par 1"))
    card = session.state.board.card("c1")
    assert (card.text, card.kind, card.group) == ("Ens tilgang til borgeren", CardKind.POINT, "Par 1")

    session.dispatch(i.EditCard(card_id="c1", text="Ens tilgang"))
    session.dispatch(i.CreateTheme(name="Tilgang", card_ids=()))
    session.dispatch(i.MoveCard(card_id="c1", theme="t2"))
    card = session.state.board.card("c1")
    assert (card.text, card.theme) == ("Ens tilgang", "t2")

    session.dispatch(i.DeleteCard(card_id="c1"))
    assert session.state.board.visible_cards() == []
    with pytest.raises(BoardError):
        session.state.board.card("c1")

    session.dispatch(i.RestoreCard(card_id="c1"))
    assert [c.text for c in session.state.board.visible_cards()] == ["Ens tilgang"]


def test_every_new_card_gets_a_new_id() -> None:
    session = new_session()

    ids = add_ideas(session, "A", "B", "C")

    assert ids == ["c1", "c2", "c3"]


@pytest.mark.parametrize(
    ("intent", "message"),
    [
        (i.AddCard(text="   "), "card_needs_text"),
        (i.AddCard(text="x", theme="t99"), r"no_such_theme\(theme='t99'\)"),
        (i.EditCard(card_id="c1", text=" "), "card_needs_text"),
        (i.EditCard(card_id="c99", text="x"), r"no_such_card\(card='c99'\)"),
        (i.MoveCard(card_id="c99"), r"no_such_card\(card='c99'\)"),
        (i.MoveCard(card_id="c1", theme="t99"), r"no_such_theme\(theme='t99'\)"),
        (i.DeleteCard(card_id="c99"), r"no_such_card\(card='c99'\)"),
        (i.RestoreCard(card_id="c1"), r"not_deleted\(card='c1'\)"),
        (i.AddDot(card_id="c99"), r"no_such_card\(card='c99'\)"),
        (i.RemoveDot(card_id="c1"), "card_has_no_dots"),
        (i.SetDots(card_id="c1", count=-1), "negative_dots"),
        (i.ChooseProposal(card_id="c99"), r"no_such_card\(card='c99'\)"),
        (i.CreateTheme(name="Tema", card_ids=("c99",)), r"no_such_card\(card='c99'\)"),
        (i.RenameTheme(theme_id="t99", name="x"), r"no_such_theme\(theme='t99'\)"),
        (i.DissolveTheme(theme_id="t99"), r"no_such_theme\(theme='t99'\)"),
    ],
)
def test_impossible_edits_are_refused_with_a_message_and_change_nothing(
    intent: i.Intent, message: str
) -> None:
    session = new_session()
    add_ideas(session, "Idé")
    before, events = session.state, len(session.events)

    with pytest.raises(IntentRefused, match=message):
        session.dispatch(intent)

    assert session.state is before
    assert len(session.events) == events


# --- themes --------------------------------------------------------------------------------------
def test_a_theme_is_created_renamed_and_dissolved() -> None:
    # Given three points on the board
    session = new_session()
    c1, c2, c3 = add_ideas(session, "Tid", "Pårørende", "Apps")

    # When two of them are grouped under a theme without a name
    session.dispatch(i.CreateTheme(name=" ", card_ids=(c1, c2)))
    board = session.state.board
    (theme_id,) = board.themes
    assert board.themes[theme_id].name == "Tema 1"
    assert {card.id for card in board.cards_in_theme(theme_id)} == {c1, c2}
    assert [card.id for card in board.cards_in_theme(None)] == [c3]

    # Then the theme can be renamed, a card moved into it, and the theme dissolved
    session.dispatch(i.RenameTheme(theme_id=theme_id, name=" Rammer "))
    assert session.state.board.themes[theme_id].name == "Rammer"
    session.dispatch(i.MoveCard(card_id=c3, theme=theme_id))
    assert len(session.state.board.cards_in_theme(theme_id)) == 3

    session.dispatch(i.DissolveTheme(theme_id=theme_id))
    assert session.state.board.themes == {}
    assert len(session.state.board.cards_in_theme(None)) == 3


def test_a_restored_card_whose_theme_was_dissolved_comes_back_without_a_theme() -> None:
    board = Board().create_theme(Theme("t1", "Tid"), [])
    board = board.add_card(Card(id="a", text="A", theme="t1"))
    board = board.delete_card("a").dissolve_theme("t1").restore_card("a")

    assert board.card("a").theme is None


def test_a_theme_id_cannot_be_used_twice() -> None:
    board = Board().create_theme(Theme("t1", "Tid"), [])

    with pytest.raises(BoardError, match=r"theme_exists\(theme='t1'\)"):
        board.create_theme(Theme("t1", "Andet"), [])


# --- dots ------------------------------------------------------------------------------------
def test_the_dot_budget_is_participants_times_dots_per_participant() -> None:
    session = new_session(participants=7)
    assert session.state.board.dot_budget == 7

    session.dispatch(i.SetParticipants(count=9))

    assert session.state.board.dot_budget == 9
    assert session.state.board.dots_left == 9


def test_a_vote_past_the_budget_is_refused_and_changes_nothing() -> None:
    # Given 4 participants with 1 dot each, and all 4 dots placed
    session = new_session(participants=4)
    a, b = add_ideas(session, "A", "B")
    for card in (a, a, b, a):
        session.dispatch(i.AddDot(card_id=card))
    assert session.state.board.dots_left == 0
    before, events = session.state, len(session.events)

    # When a fifth dot is placed
    with pytest.raises(IntentRefused, match=r"all_dots_placed\(budget=4\)"):
        session.dispatch(i.AddDot(card_id=b))

    # Then nothing changed
    assert session.state is before
    assert len(session.events) == events
    assert (session.state.board.card(a).dots, session.state.board.card(b).dots) == (3, 1)


def test_removing_a_dot_gives_it_back() -> None:
    session = new_session(participants=2)
    (a,) = add_ideas(session, "A")
    session.dispatch(i.AddDot(card_id=a))
    session.dispatch(i.AddDot(card_id=a))

    session.dispatch(i.RemoveDot(card_id=a))

    assert session.state.board.card(a).dots == 1
    assert session.state.board.dots_left == 1


def test_paper_dot_counts_are_typed_in_within_the_budget() -> None:
    # Given 10 participants voting on a paper flip chart
    session = new_session(participants=10)
    a, b, c = add_ideas(session, "A", "B", "C")

    # When the counts are typed in, also corrected
    session.dispatch(i.SetDots(card_id=a, count=6))
    session.dispatch(i.SetDots(card_id=b, count=3))
    session.dispatch(i.SetDots(card_id=a, count=7))

    # Then the counts replace each other and the budget holds
    board = session.state.board
    assert [board.card(x).dots for x in (a, b, c)] == [7, 3, 0]
    assert board.dots_left == 0
    with pytest.raises(IntentRefused, match=r"too_few_dots_left\(budget=10, left=0\)"):
        session.dispatch(i.SetDots(card_id=c, count=1))
    with pytest.raises(IntentRefused, match=r"too_few_dots_left\(budget=10, left=3\)"):
        session.dispatch(i.SetDots(card_id=b, count=4))
    assert session.state.board.card(b).dots == 3


def test_fewer_participants_than_dots_placed_is_refused() -> None:
    session = new_session(participants=5)
    (a,) = add_ideas(session, "A")
    for _ in range(4):
        session.dispatch(i.AddDot(card_id=a))

    with pytest.raises(IntentRefused, match=r"dots_already_placed\(dots=4\)"):
        session.dispatch(i.SetParticipants(count=3))

    session.dispatch(i.SetParticipants(count=4))
    assert session.state.board.dots_left == 0


def test_a_budget_of_zero_means_no_limit() -> None:
    board = ideas_board(0)
    for _ in range(50):
        board = board.add_dot("i1")

    assert board.card("i1").dots == 50
    assert board.set_dots("i1", 500).card("i1").dots == 500


def test_restoring_a_card_never_puts_more_dots_on_the_board_than_the_budget() -> None:
    # Given 3 participants who put their 3 dots on idea A, which is then deleted by mistake
    session = new_session(participants=3)
    a, b = add_ideas(session, "A", "B")
    for _ in range(3):
        session.dispatch(i.AddDot(card_id=a))
    session.dispatch(i.DeleteCard(card_id=a))
    # ... and the room votes again, on B
    for _ in range(3):
        session.dispatch(i.AddDot(card_id=b))

    # When A is restored (refusing it is fine too)
    with contextlib.suppress(IntentRefused):
        session.dispatch(i.RestoreCard(card_id=a))

    # Then the board still holds at most the 3 dots the room has
    board = session.state.board
    assert board.dots_used <= board.dot_budget, f"{board.dots_used} dots placed with a budget of 3"


def test_undo_never_puts_more_dots_on_the_board_than_the_budget() -> None:
    # Given 6 participants placed 3 dots, took one back, and then 4 participants left
    session = new_session(participants=6)
    (a,) = add_ideas(session, "A")
    for _ in range(3):
        session.dispatch(i.AddDot(card_id=a))
    session.dispatch(i.RemoveDot(card_id=a))
    session.dispatch(i.SetParticipants(count=2))
    assert session.state.board.dots_left == 0

    # When the removed dot is undone (refusing it is fine too)
    with contextlib.suppress(IntentRefused):
        session.dispatch(i.Undo())

    # Then the board holds at most the 2 dots the room has
    board = session.state.board
    assert board.dots_used <= board.dot_budget, f"{board.dots_used} dots placed with a budget of 2"


# --- the tally -----------------------------------------------------------------------------------
def test_the_ranking_puts_most_dots_first_and_ties_share_a_place() -> None:
    board = ideas_board(2, 5, 2, 0, 5, 1)

    ranking = [(r.place, r.card.id, r.card.dots, r.tied) for r in board.ranking()]

    assert ranking == [
        (1, "i2", 5, True),
        (1, "i5", 5, True),
        (3, "i1", 2, True),
        (3, "i3", 2, True),
        (5, "i6", 1, False),
        (6, "i4", 0, False),
    ]


def test_a_clear_winner_is_not_tied() -> None:
    ranking = ideas_board(1, 4, 0).ranking()

    assert [(r.place, r.card.id, r.tied) for r in ranking] == [
        (1, "i2", False),
        (2, "i1", False),
        (3, "i3", False),
    ]


def test_the_ranking_counts_ideas_only_unless_asked_for_all_cards() -> None:
    board = ideas_board(1).add_card(Card(id="p1", text="Pointe", kind=CardKind.POINT, dots=3))

    assert [r.card.id for r in board.ranking()] == ["i1"]
    assert [r.card.id for r in board.ranking(kind=None)] == ["p1", "i1"]
    assert [r.card.id for r in board.ranking(kind=CardKind.POINT)] == ["p1"]


def test_deleted_cards_leave_the_ranking_and_give_their_dots_back() -> None:
    board = ideas_board(3, 1, budget=4).delete_card("i1")

    assert [r.card.id for r in board.ranking()] == ["i2"]
    assert board.dots_left == 3


def test_the_ideas_not_chosen_are_kept_for_next_time() -> None:
    # Given ideas with and without dots, and a point from Trin 2
    session = new_session(participants=6)
    a, b, c = add_ideas(session, "A", "B", "C")
    session.dispatch(i.AddCard(text="En pointe"))
    session.dispatch(i.SetDots(card_id=a, count=4))
    session.dispatch(i.SetDots(card_id=b, count=2))

    # When the winner is chosen
    session.dispatch(i.ChooseProposal(card_id=a))

    # Then the other ideas, also the one with no dots, are kept; the point is not an idea
    board = session.state.board
    assert board.chosen == a
    assert [card.id for card in board.kept_for_next_time()] == [b, c]


def test_deleting_the_chosen_card_clears_the_choice() -> None:
    session = new_session()
    a, b = add_ideas(session, "A", "B")
    session.dispatch(i.ChooseProposal(card_id=a))

    session.dispatch(i.DeleteCard(card_id=a))

    assert session.state.board.chosen is None
    assert [card.id for card in session.state.board.kept_for_next_time()] == [b]


def test_the_choice_can_be_taken_back() -> None:
    session = new_session()
    (a,) = add_ideas(session, "A")
    session.dispatch(i.ChooseProposal(card_id=a))

    session.dispatch(i.ChooseProposal(card_id=None))

    assert session.state.board.chosen is None


def test_votes_can_be_hidden_and_shown() -> None:
    session = new_session()

    session.dispatch(i.HideVotes())
    assert session.state.board.votes_hidden
    session.dispatch(i.HideVotes(hidden=False))
    assert not session.state.board.votes_hidden


# --- undo and redo ---------------------------------------------------------------------------------
def test_undo_and_redo_walk_through_edits_and_votes() -> None:
    # Given a card, an edit and a dot
    session = new_session(participants=3)
    (a,) = add_ideas(session, "Første")
    session.dispatch(i.EditCard(card_id=a, text="Anden"))
    session.dispatch(i.AddDot(card_id=a))
    assert session.state.can_undo and not session.state.can_redo

    # When undone step by step
    session.dispatch(i.Undo())
    assert session.state.board.card(a).dots == 0
    assert session.state.board.dots_left == 3
    session.dispatch(i.Undo())
    assert session.state.board.card(a).text == "Første"
    session.dispatch(i.Undo())
    assert session.state.board.visible_cards() == []
    assert not session.state.can_undo

    # Then redo brings it all back in order
    session.dispatch(i.Redo())
    assert session.state.board.card(a).text == "Første"
    session.dispatch(i.Redo())
    session.dispatch(i.Redo())
    assert (session.state.board.card(a).text, session.state.board.card(a).dots) == ("Anden", 1)
    assert not session.state.can_redo


def test_a_new_edit_clears_redo() -> None:
    session = new_session()
    (a,) = add_ideas(session, "A")
    session.dispatch(i.AddDot(card_id=a))
    session.dispatch(i.Undo())
    assert session.state.can_redo

    session.dispatch(i.EditCard(card_id=a, text="A2"))

    assert not session.state.can_redo
    with pytest.raises(IntentRefused, match="nothing_to_redo"):
        session.dispatch(i.Redo())


def test_undo_of_nothing_is_refused_and_not_logged() -> None:
    session = new_session()

    with pytest.raises(IntentRefused, match="nothing_to_undo"):
        session.dispatch(i.Undo())

    assert session.events == []


def test_undo_keeps_the_dot_budget_and_hidden_votes() -> None:
    # Given a dot placed, then more participants and hidden votes (settings, not edits)
    session = new_session(participants=2)
    (a,) = add_ideas(session, "A")
    session.dispatch(i.AddDot(card_id=a))
    session.dispatch(i.SetParticipants(count=8))
    session.dispatch(i.HideVotes())

    # When the dot is undone
    session.dispatch(i.Undo())

    # Then the settings stay
    board = session.state.board
    assert (board.card(a).dots, board.dot_budget, board.votes_hidden) == (0, 8, True)


def test_undo_brings_back_a_deleted_card_and_its_choice() -> None:
    session = new_session()
    (a,) = add_ideas(session, "A")
    session.dispatch(i.ChooseProposal(card_id=a))
    session.dispatch(i.DeleteCard(card_id=a))

    session.dispatch(i.Undo())

    assert session.state.board.chosen == a
    assert session.state.board.card(a).text == "A"


def test_board_edits_are_refused_once_the_session_has_ended() -> None:
    session = new_session()
    (a,) = add_ideas(session, "A")
    session.dispatch(i.StartSession())
    session.dispatch(i.EndSession())
    assert session.state.phase is SessionPhase.ENDED

    for intent in (
        i.AddCard(text="B"),
        i.AddDot(card_id=a),
        i.EditCard(card_id=a, text="x"),
        i.ChooseProposal(a),
    ):
        with pytest.raises(IntentRefused, match="session_ended"):
            session.dispatch(intent)


def test_undo_cannot_change_the_board_after_the_session_has_ended() -> None:
    # Given a session that ended with a card on the board
    session = new_session()
    add_ideas(session, "A")
    session.dispatch(i.StartSession())
    session.dispatch(i.EndSession())
    board = session.state.board

    # When the facilitator presses Undo afterwards
    with contextlib.suppress(IntentRefused):
        session.dispatch(i.Undo())

    # Then the ended session's board is as it ended, like for every other board edit
    assert session.state.board == board
