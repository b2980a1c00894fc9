"""Time fitting: new lengths for the remaining steps when the room has more or less time."""

from __future__ import annotations

from collections.abc import Sequence

from dialogdesk.session.clock import NS_PER_SECOND

DEFAULT_FLOOR_MINUTES = 2.0


def fit_minutes(
    planned: Sequence[float], available: float, floor: float = DEFAULT_FLOOR_MINUTES
) -> list[float]:
    """Scale ``planned`` step minutes to ``available`` in proportion, never below ``floor``.

    Steps that would fall below the floor are held at it and the rest share what is left.
    Results are whole minutes where possible (a facilitator plans in minutes) and add up to
    ``available`` unless the floors alone exceed it.
    """
    if not planned:
        return []
    floor = min(floor, *planned)
    fixed: dict[int, float] = {}
    while True:
        free = [i for i in range(len(planned)) if i not in fixed]
        budget = available - sum(fixed.values())
        weight = sum(planned[i] for i in free)
        if not free or weight <= 0:
            break
        scaled = {i: planned[i] * budget / weight for i in free}
        below = {i for i, minutes in scaled.items() if minutes < floor}
        if not below:
            fixed.update(scaled)
            break
        fixed.update({i: floor for i in below})
    result = [fixed[i] for i in range(len(planned))]
    return _round_keeping_total(result, floor)


def _round_keeping_total(minutes: list[float], floor: float) -> list[float]:
    """Largest-remainder rounding to whole minutes, keeping the total and the floor."""
    total = round(sum(minutes))
    rounded = [max(float(int(m)), floor) for m in minutes]
    order = sorted(range(len(minutes)), key=lambda i: minutes[i] - int(minutes[i]), reverse=True)
    for i in order:
        if sum(rounded) >= total:
            break
        rounded[i] += 1
    return rounded


def minutes_to_ns(minutes: float) -> int:
    return round(minutes * 60 * NS_PER_SECOND)
