"""Time fitting: new lengths for the remaining steps when the room has more or less time."""

from __future__ import annotations

from collections.abc import Sequence

from dialogdesk.session.clock import NS_PER_SECOND

DEFAULT_FLOOR_MINUTES = 2.0


def fit_minutes(
    planned: Sequence[float], available: float, floor: float = DEFAULT_FLOOR_MINUTES
) -> list[float]:
    """Scale ``planned`` step minutes to ``available`` in proportion, never below a floor.

    The floor is ``floor`` for every step, except a step planned shorter than that (it keeps
    its own length); a step with nothing left (the current step running over) gets the floor.
    Steps that would fall below their floor are held at it and the rest share what is left.
    Results are whole minutes where possible (a facilitator plans in minutes); they add up to
    ``available`` exactly unless the floors alone exceed it.
    """
    if not planned:
        return []
    floors = [minutes if 0 < minutes < floor else floor for minutes in planned]
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(planned)) if i not in fixed]
        budget = available - sum(fixed.values())
        weight = sum(max(planned[i], 0) for i in free)
        if not free:
            break
        if weight <= 0:
            fixed.update({i: max(floors[i], budget / len(free)) for i in free})
            break
        scaled = {i: planned[i] * budget / weight for i in free}
        below = {i for i, minutes in scaled.items() if minutes < floors[i]}
        if not below:
            fixed.update(scaled)
            break
        fixed.update({i: floors[i] for i in below})
    result = [fixed[i] for i in range(len(planned))]
    return _round_keeping_total(result, floors)


def _round_keeping_total(minutes: list[float], floors: list[float]) -> list[float]:
    """Whole minutes by largest remainder; what is left of a minute goes to the last step."""
    total = sum(minutes)
    rounded = [max(float(int(m)), floors[i]) for i, m in enumerate(minutes)]
    order = sorted(range(len(minutes)), key=lambda i: minutes[i] - int(minutes[i]), reverse=True)
    for i in order:
        if sum(rounded) + 1 > total + 1e-9:
            break
        rounded[i] += 1
    leftover = total - sum(rounded)
    if leftover > 1e-9:
        rounded[-1] += leftover
    return rounded


def minutes_to_ns(minutes: float) -> int:
    return round(minutes * 60 * NS_PER_SECOND)
