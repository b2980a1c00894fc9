"""Group sizes: groups of 4 from the pairs (partners stay together), groups of 3-5 from people."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Grouping, Material, MinMax
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.grouping import group_sizes, make_groups
from dialogdesk.session.state import AudienceMode, SessionSetup
from tests.conftest import MATERIALS


@pytest.mark.parametrize(("smallest", "largest"), [(3, 5), (4, 4), (2, 3), (5, 8)])
def test_every_count_splits_into_groups_within_the_range(smallest: int, largest: int) -> None:
    for count in range(1, 61):
        sizes = group_sizes(count, smallest, largest)
        assert sum(sizes) == count
        assert max(sizes) - min(sizes) <= 1  # as even as can be
        if count >= smallest:
            assert all(size >= smallest for size in sizes), (count, sizes)
        possible = any(g * smallest <= count <= g * largest for g in range(1, count + 1))
        if possible:  # 9 people in groups of 5-8 cannot be split: one group of 9 then
            assert all(size <= largest for size in sizes), (count, sizes)


def test_seventeen_in_groups_of_three_to_five() -> None:
    assert group_sizes(17, 3, 5) == [5, 4, 4, 4]


def test_groups_are_reproducible_and_hold_everyone_once() -> None:
    people = [str(n) for n in range(1, 18)]

    groups = make_groups(people, 3, 5, seed=7)

    assert groups == make_groups(people, 3, 5, seed=7)
    assert sorted(person for group in groups for person in group) == sorted(people)


def material_with_group_size(size: int | MinMax) -> Material:
    material = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    steps = list(material.steps)
    steps[2] = steps[2].model_copy(
        update={"grouping": [*steps[2].grouping, Grouping.GROUPS], "group_size": size}
    )
    return material.model_copy(update={"steps": steps})


def session_on_step_3(material: Material, tmp_path: Path, participants: int) -> Session:
    setup = SessionSetup(material.id, participants=participants)
    session = Session(material, setup, clock=ManualClock(), folder=tmp_path)
    session.dispatch(i.StartSession())
    session.dispatch(i.JumpToStep(index=2))
    return session


def test_groups_of_three_to_five_are_made_of_people_and_shown_to_the_room(tmp_path: Path) -> None:
    session = session_on_step_3(material_with_group_size(MinMax(min=3, max=5)), tmp_path, participants=17)

    session.dispatch(i.MakeGroups(seed=3))

    groups = session.state.people_groups
    assert sorted(len(group) for group in groups) == [4, 4, 4, 5]
    assert session.state.audience is AudienceMode.PAIRS


def test_foursomes_join_the_pairs_so_partners_stay_together(tmp_path: Path) -> None:
    session = session_on_step_3(material_with_group_size(4), tmp_path, participants=12)
    session.dispatch(i.MakePairs(seed=1))
    pairs = {pair.number: set(pair.members) for pair in session.state.pairs}

    session.dispatch(i.MakeGroups(seed=2))

    assert len(session.state.groups) == 3 and not session.state.people_groups
    assert all(len(group) == 2 and all(number in pairs for number in group) for group in session.state.groups)


def test_groups_come_back_after_a_restart(tmp_path: Path) -> None:
    session = session_on_step_3(material_with_group_size(MinMax(min=3, max=5)), tmp_path, participants=17)
    session.dispatch(i.MakeGroups(seed=3))
    made = session.state.people_groups

    reopened = Session.open(session.path, clock=ManualClock())

    assert reopened.state.people_groups == made
