"""Content checks: what a content author should look at, though the material still loads.

These are warnings, never errors: the seed materials have such flaws in the source, and a
facilitator can still run them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel

from dialogdesk.materials.loader import LoadedMaterial, format_location
from dialogdesk.materials.model import Material, Topic
from dialogdesk.materials.problems import Location, Problem, Severity

# Fields that describe the whole programme and so name every topic by design.
_FIELDS_NOT_CHECKED_FOR_TOPICS = {"project", "topic", "id"}


def material_warnings(loaded: LoadedMaterial, other_topics: Sequence[Topic] = ()) -> list[Problem]:
    """All warnings for one material; ``other_topics`` adds topics of materials loaded with it."""
    material = loaded.material

    def warn(loc: Location, message: str) -> Problem:
        line, column = loaded.node_map.position(loc)
        return Problem(loaded.path, line, column, format_location(loc), message, Severity.WARNING)

    warnings = [warn(loc, message) for loc, message in _step_number_gaps(material)]
    warnings += [warn(loc, message) for loc, message in _duration_mismatch(material)]
    warnings += [warn(loc, message) for loc, message in _unusual_ranges(material)]
    warnings += [warn(loc, message) for loc, message in _missing_media_files(loaded)]
    warnings += [warn(loc, message) for loc, message in _foreign_topics(material, other_topics)]
    return warnings


def _step_number_gaps(material: Material) -> Iterator[tuple[Location, str]]:
    for index in range(1, len(material.steps)):
        before, after = material.steps[index - 1].number, material.steps[index].number
        if after != before + 1:
            missing = ", ".join(f"Trin {n}" for n in range(before + 1, after)) or "none"
            yield (
                ("steps", index, "number"),
                f"steps go from Trin {before} to Trin {after} (missing: {missing})",
            )


def _duration_mismatch(material: Material) -> Iterator[tuple[Location, str]]:
    planned = material.preparation.duration_minutes
    total = material.planned_minutes
    if not planned.contains(total):
        span = f"{planned.min}" if planned.min == planned.max else f"{planned.min}-{planned.max}"
        yield (
            ("preparation", "duration_minutes"),
            f"the steps add up to {total:g} minutes, but the planned duration is {span} minutes",
        )


# What a staff dialogue in a meeting room usually is: outside it, probably a slip of the keyboard
# (minutes: 450 for 45, participants max: 200 for 20), so the author is asked to look.
USUAL_PARTICIPANTS = (2, 100)
USUAL_MINUTES = (10, 240)


def _unusual_ranges(material: Material) -> Iterator[tuple[Location, str]]:
    prep = material.preparation
    low, high = USUAL_PARTICIPANTS
    if prep.participants.min < low:
        yield (
            ("preparation", "participants", "min"),
            f"{prep.participants.min} participants: a dialogue needs at least {low}",
        )
    if prep.participants.max > high:
        yield (
            ("preparation", "participants", "max"),
            f"{prep.participants.max} participants is more than the usual {high} for one room; is it a slip?",
        )
    low, high = USUAL_MINUTES
    if prep.duration_minutes.min < low:
        yield (
            ("preparation", "duration_minutes", "min"),
            f"{prep.duration_minutes.min} minutes is shorter than the usual {low}",
        )
    if prep.duration_minutes.max > high:
        yield (
            ("preparation", "duration_minutes", "max"),
            f"{prep.duration_minutes.max} minutes is longer than the usual {high}; is it a slip?",
        )
    for index, step in enumerate(material.steps):
        size = step.group_range
        if size is not None and size[0] > prep.participants.max:
            yield (
                ("steps", index, "group_size"),
                f"groups of {size[0]} need more than the material's {prep.participants.max} participants",
            )


def _missing_media_files(loaded: LoadedMaterial) -> Iterator[tuple[Location, str]]:
    for index, media in enumerate(loaded.material.media):
        if media.file is None:
            yield (("media", index), f"'{media.title}' has no file yet; the facilitator must attach one")
        elif not loaded.media_path(media.file).is_file():
            yield (
                ("media", index, "file"),
                f"'{media.file}' is not on disk (put the file there, or attach it before the session)",
            )


def _foreign_topics(material: Material, other_topics: Sequence[Topic]) -> Iterator[tuple[Location, str]]:
    """Text that names another topic: usually a slip copied from a sibling material."""
    topics = list(other_topics)
    if material.project is not None:
        topics += material.project.topics
    own = {keyword.casefold() for keyword in material.topic.keywords}
    foreign = {
        keyword.casefold(): topic.name
        for topic in topics
        for keyword in topic.keywords
        if keyword.casefold() not in own
        and not any(keyword.casefold() in mine or mine in keyword.casefold() for mine in own)
    }
    for loc, text in _texts(material, ()):
        folded = text.casefold()
        for keyword, topic_name in foreign.items():
            if keyword in folded:
                yield loc, f"names another topic ('{keyword}' belongs to '{topic_name}')"


def _texts(value: Any, loc: Location) -> Iterator[tuple[Location, str]]:
    if isinstance(value, BaseModel):
        for name in type(value).model_fields:
            if not loc and name in _FIELDS_NOT_CHECKED_FOR_TOPICS:
                continue
            yield from _texts(getattr(value, name), (*loc, name))
    elif isinstance(value, list | tuple):
        for index, item in enumerate(value):
            yield from _texts(item, (*loc, index))
    elif isinstance(value, str):
        yield loc, value
