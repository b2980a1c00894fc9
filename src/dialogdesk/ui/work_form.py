"""How the room works in a step, in the words a facilitator says: "Gå sammen to og to".

From the step's ``grouping`` (and ``group_size``), in the room's language; the projector shows
it above the step's instruction, so a change of work form is announced without a word from the
facilitator.
"""

from __future__ import annotations

from dialogdesk.materials.model import ActivityKind, Grouping, Step
from dialogdesk.ui.clock_texts import Words


def work_form(step: Step, words: Words) -> str:
    """'Alene, i stilhed → Gå sammen to og to'; empty for a step that says nothing about it."""
    return " → ".join(_one(step, grouping, words) for grouping in step.grouping)


def _one(step: Step, grouping: Grouping, words: Words) -> str:
    if grouping is Grouping.ALONE:
        silent = any(activity.kind is ActivityKind.SILENT_BRAINSTORM for activity in step.activities)
        if silent:
            return words.translate("WorkForm", "On your own, in silence")
        return words.translate("WorkForm", "On your own")
    if grouping is Grouping.PAIRS:
        return words.translate("WorkForm", "Get together two by two")
    if grouping is Grouping.PLENARY:
        return words.translate("WorkForm", "All together")
    size = step.group_range
    if size is None:
        return words.translate("WorkForm", "Find another pair")
    low, high = size
    if low == high:
        return words.translate("WorkForm", "Get together %1 by %1").replace("%1", str(low))
    return (
        words.translate("WorkForm", "Get together in groups of %1–%2")
        .replace("%1", str(low))
        .replace("%2", str(high))
    )
