"""Pairs ("makkerpar"), groups of two pairs, and picking pairs to present ("pluk")."""

from __future__ import annotations

from collections import Counter
from functools import cache

import pytest

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.grouping import Pair, join_pairs, make_pairs, participant_labels, pick_pairs
from dialogdesk.session.refusals import Refusal
from dialogdesk.session.state import IntentRefused, SessionSetup
from tests.conftest import MATERIALS


@cache
def material() -> Material:
    return load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material


def new_session(participants: int, names: tuple[str, ...] = (), seed: int = 0) -> Session:
    setup = SessionSetup(
        material_id="forventningsafstemning", participants=participants, participant_names=names, seed=seed
    )
    return Session(material(), setup, clock=ManualClock())


# --- participants -----------------------------------------------------------------------------------
def test_participants_are_numbered_when_no_names_are_given() -> None:
    assert participant_labels(5) == ["1", "2", "3", "4", "5"]


def test_names_are_used_when_given_and_blank_names_left_out() -> None:
    assert participant_labels(4, [" Anna ", "Bo", "  ", "Carl", "Dorthe"]) == ["Anna", "Bo", "Carl", "Dorthe"]


# --- pairs -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("count", range(4, 22))
def test_everyone_is_in_exactly_one_pair_and_only_an_odd_count_makes_a_three(count: int) -> None:
    people = participant_labels(count)

    pairs = make_pairs(people, seed=count * 7919)

    assert Counter(member for pair in pairs for member in pair.members) == Counter(people)
    sizes = Counter(len(pair.members) for pair in pairs)
    if count % 2:
        assert sizes == Counter({2: (count - 3) // 2, 3: 1})
    else:
        assert sizes == Counter({2: count // 2})
    assert [pair.number for pair in pairs] == list(range(1, len(pairs) + 1))
    assert [pair.label for pair in pairs] == [str(n) for n in range(1, len(pairs) + 1)]


@pytest.mark.parametrize("count", [4, 9, 16, 21])
def test_the_same_seed_gives_the_same_pairs(count: int) -> None:
    people = participant_labels(count)

    assert make_pairs(people, seed=42) == make_pairs(people, seed=42)


def test_different_seeds_give_different_pairs() -> None:
    people = participant_labels(12)

    pairings = {tuple(pair.members for pair in make_pairs(people, seed=seed)) for seed in range(20)}

    assert len(pairings) == 20


def test_pairing_does_not_change_the_list_it_was_given() -> None:
    people = participant_labels(10)

    make_pairs(people, seed=3)

    assert people == participant_labels(10)


def test_names_are_used_in_the_pairs() -> None:
    names = ("Anna", "Bo", "Carl", "Dorthe", "Erik")

    pairs = make_pairs(participant_labels(5, names), seed=1)

    assert sorted(member for pair in pairs for member in pair.members) == sorted(names)


@pytest.mark.parametrize(("people", "expected"), [([], []), (["Anna"], [Pair(1, ("Anna",))])])
def test_fewer_than_two_people(people: list[str], expected: list[Pair]) -> None:
    assert make_pairs(people, seed=0) == expected


# --- groups of two pairs --------------------------------------------------------------------------
@pytest.mark.parametrize("count", range(4, 22))
def test_pairs_join_two_by_two_and_an_odd_pair_joins_the_last_group(count: int) -> None:
    pairs = make_pairs(participant_labels(count), seed=count)

    groups = join_pairs(pairs, seed=count + 1)

    assert sorted(pair.number for group in groups for pair in group) == [pair.number for pair in pairs]
    sizes = Counter(len(group) for group in groups)
    if len(pairs) % 2:
        assert sizes == Counter({2: (len(pairs) - 3) // 2, 3: 1})
    else:
        assert sizes == Counter({2: len(pairs) // 2})


@pytest.mark.parametrize(
    ("count", "people_per_group"),
    [(6, [6]), (8, [4, 4]), (10, [4, 6]), (14, [4, 4, 6]), (20, [4, 4, 4, 4, 4])],
)
def test_groups_are_of_four_people_and_one_of_six_when_the_pair_count_is_odd(
    count: int, people_per_group: list[int]
) -> None:
    groups = join_pairs(make_pairs(participant_labels(count), seed=5), seed=6)

    assert sorted(sum(len(pair.members) for pair in group) for group in groups) == people_per_group


def test_joining_is_reproducible_from_the_seed() -> None:
    pairs = make_pairs(participant_labels(16), seed=1)

    assert join_pairs(pairs, seed=9) == join_pairs(pairs, seed=9)
    assert len({tuple(join_pairs(pairs, seed=seed)) for seed in range(10)}) > 1


@pytest.mark.parametrize(("pairs", "expected"), [([], []), ([Pair(1, ("a", "b"))], [(Pair(1, ("a", "b")),)])])
def test_joining_fewer_than_two_pairs(pairs: list[Pair], expected: list[tuple[Pair, ...]]) -> None:
    assert join_pairs(pairs, seed=0) == expected


# --- picking pairs to present -------------------------------------------------------------------
def test_pick_pairs_returns_fewer_when_fewer_are_left() -> None:
    pairs = make_pairs(participant_labels(6), seed=0)

    assert [pair.number for pair in pick_pairs(pairs, 3, already_picked=[1, 3], seed=0)] == [2]
    assert pick_pairs(pairs, 2, already_picked=[1, 2, 3], seed=0) == []


def test_pick_pairs_is_reproducible_and_sorted() -> None:
    pairs = make_pairs(participant_labels(20), seed=0)

    first = pick_pairs(pairs, 3, already_picked=[], seed=11)

    assert first == pick_pairs(pairs, 3, already_picked=[], seed=11)
    assert [pair.number for pair in first] == sorted(pair.number for pair in first)


def test_make_pairs_through_the_session_uses_the_names() -> None:
    session = new_session(4, names=("Anna", "Bo", "Carl", "Dorthe"))

    session.dispatch(i.MakePairs(seed=3))

    pairs = session.state.pairs
    assert len(pairs) == 2
    assert sorted(member for pair in pairs for member in pair.members) == ["Anna", "Bo", "Carl", "Dorthe"]
    assert pairs == tuple(make_pairs(["Anna", "Bo", "Carl", "Dorthe"], seed=3))


@pytest.mark.parametrize("pick", [2, 3])
def test_picked_pairs_never_present_twice_until_none_are_left(pick: int) -> None:
    # Given 14 participants: 7 pairs
    session = new_session(14)
    session.dispatch(i.MakePairs(seed=5))
    assert len(session.state.pairs) == 7

    # When pairs are picked again and again
    seen: list[int] = []
    for round_number in range(1, 8):
        try:
            session.dispatch(i.PickPairs(count=pick, seed=round_number))
        except IntentRefused as refused:
            assert refused.code is Refusal.ALL_PAIRS_PRESENTED
            break
        presenting = session.state.presenting
        assert len(presenting) == min(pick, 7 - len(seen))
        assert not set(presenting) & set(seen), f"round {round_number} picked {presenting} again"
        seen += presenting
    else:
        pytest.fail("picking never ran out of pairs")

    # Then every pair presented exactly once, and the refused pick changed nothing
    assert sorted(seen) == [1, 2, 3, 4, 5, 6, 7]
    assert session.state.picked_pairs == tuple(seen)


def test_picking_pairs_makes_pairs_from_the_session_seed_when_there_are_none() -> None:
    session = new_session(9, seed=77)

    session.dispatch(i.PickPairs(count=2, seed=1))

    assert session.state.pairs == tuple(make_pairs(participant_labels(9), seed=77))
    assert len(session.state.presenting) == 2


def test_making_new_pairs_starts_the_picking_over() -> None:
    session = new_session(6)
    session.dispatch(i.MakePairs(seed=1))
    session.dispatch(i.PickPairs(count=3, seed=1))
    with pytest.raises(IntentRefused):
        session.dispatch(i.PickPairs(count=2, seed=2))

    session.dispatch(i.MakePairs(seed=2))

    assert session.state.picked_pairs == ()
    session.dispatch(i.PickPairs(count=2, seed=3))
    assert len(session.state.presenting) == 2


def test_the_presenting_pairs_are_cleared_when_the_step_changes() -> None:
    session = new_session(8)
    session.dispatch(i.StartSession())
    session.dispatch(i.NextStep())
    session.dispatch(i.PickPairs(count=2, seed=4))
    assert session.state.presenting

    session.dispatch(i.NextStep())

    assert session.state.presenting == ()
    assert len(session.state.picked_pairs) == 2  # still never picked again in this session
