"""Pairs join into groups of four ("gå sammen med et andet makkerpar") through the session."""

from __future__ import annotations

import pytest

from dialogdesk.materials.loader import load_material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from tests.conftest import MATERIALS


@pytest.mark.parametrize("participants", [4, 8, 11, 12, 20])
def test_every_pair_is_in_exactly_one_group_of_two_or_three_pairs(participants: int) -> None:
    material = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    session = Session(material, SessionSetup(material.id, participants=participants), clock=ManualClock())

    session.dispatch(i.MakePairs(seed=7))
    session.dispatch(i.MakeGroups(seed=3))

    groups = session.state.groups
    numbers = sorted(number for group in groups for number in group)
    assert numbers == [pair.number for pair in session.state.pairs]
    assert all(len(group) in (2, 3) for group in groups)
    assert sum(1 for group in groups if len(group) == 3) == len(session.state.pairs) % 2


def test_groups_are_reproducible_from_the_seed() -> None:
    material = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material

    def groups(seed: int) -> tuple[tuple[int, ...], ...]:
        session = Session(material, SessionSetup(material.id, participants=16), clock=ManualClock())
        session.dispatch(i.MakePairs(seed=1))
        return session.dispatch(i.MakeGroups(seed=seed)).groups

    assert groups(5) == groups(5)
    assert groups(5) != groups(6)
