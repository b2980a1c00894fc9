"""Pairs ("makkerpar"), groups of pairs, and picking pairs to present: random but reproducible."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Pair:
    """A pair, or the one group of three when the count is odd."""

    number: int
    members: tuple[str, ...]

    @property
    def label(self) -> str:
        return f"{self.number}"


def participant_labels(count: int, names: Sequence[str] = ()) -> list[str]:
    """Names when given, else 'Deltager 1'.. numbers as text."""
    if names:
        return [name.strip() for name in names if name.strip()]
    return [str(number) for number in range(1, count + 1)]


def make_pairs(participants: Sequence[str], seed: int) -> list[Pair]:
    """Shuffle and pair up; an odd count makes one group of three (never someone alone)."""
    people = list(participants)
    if len(people) < 2:
        return [Pair(1, tuple(people))] if people else []
    random.Random(seed).shuffle(people)
    chunks = [tuple(people[i : i + 2]) for i in range(0, len(people) - len(people) % 2, 2)]
    if len(people) % 2:
        chunks[-1] = (*chunks[-1], people[-1])
    return [Pair(number, members) for number, members in enumerate(chunks, start=1)]


def join_pairs(pairs: Sequence[Pair], seed: int) -> list[tuple[Pair, ...]]:
    """Pairs go together two by two ("gå sammen med et andet makkerpar"); an odd one joins the last group."""
    shuffled = list(pairs)
    random.Random(seed).shuffle(shuffled)
    if len(shuffled) < 2:
        return [tuple(shuffled)] if shuffled else []
    groups = [tuple(shuffled[i : i + 2]) for i in range(0, len(shuffled) - len(shuffled) % 2, 2)]
    if len(shuffled) % 2:
        groups[-1] = (*groups[-1], shuffled[-1])
    return groups


def pick_pairs(pairs: Sequence[Pair], count: int, already_picked: Sequence[int], seed: int) -> list[Pair]:
    """Pick ``count`` pairs to present ("pluk"), never one already picked in this session.

    Returns fewer when fewer are left.
    """
    candidates = [pair for pair in pairs if pair.number not in set(already_picked)]
    rng = random.Random(seed)
    return sorted(rng.sample(candidates, min(count, len(candidates))), key=lambda pair: pair.number)


def group_sizes(count: int, smallest: int, largest: int) -> list[int]:
    """Sizes for ``count`` people in groups of ``smallest``–``largest``, as even as can be.

    17 people in groups of 3–5: [5, 4, 4, 4]. Fewer groups when the even split would fall below
    ``smallest``; fewer people than ``smallest`` make one group.
    """
    if count <= 0:
        return []
    groups = max(1, -(-count // largest))  # as few groups as the largest size allows
    while groups > 1 and count // groups < smallest:
        groups -= 1
    base, extra = divmod(count, groups)
    return [base + 1] * extra + [base] * (groups - extra)


def make_groups(participants: Sequence[str], smallest: int, largest: int, seed: int) -> list[tuple[str, ...]]:
    """Shuffle and split into groups of ``smallest``–``largest`` ("grupper på 3-5"), reproducibly."""
    people = list(participants)
    random.Random(seed).shuffle(people)
    groups, start = [], 0
    for size in group_sizes(len(people), smallest, largest):
        groups.append(tuple(people[start : start + size]))
        start += size
    return groups
