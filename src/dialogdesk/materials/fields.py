"""Which part of a material has a field of a given name: to tell an author where a field belongs.

pydantic only says that a key is not allowed where it is. Walking the models once gives, for every
field name, the places it is allowed (``say_aloud`` -> an instruction, ``steps[N].instructions[M]``).
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from functools import cache
from typing import Any, get_args

from pydantic import BaseModel

from dialogdesk.materials.model import Material
from dialogdesk.materials.problems import Location

# A place in the model: field names, with None where a list index goes.
Template = tuple[str | None, ...]

# What an author calls one of each model, for "belongs to an instruction".
_NOUNS = {
    "Material": "the material (the top level)",
    "Topic": "a topic",
    "ProjectContext": "the project",
    "LegalBackground": "the legal background",
    "Source": "the source",
    "Person": "a person in a media item",
    "Media": "a media item",
    "TechnologyItem": "a technology line",
    "Role": "a role",
    "Preparation": "the preparation",
    "MinMax": "a range (min/max)",
    "Instruction": "an instruction",
    "Condition": "a tip's condition (when)",
    "Tip": "a tip",
    "Activity": "an activity",
    "Step": "a step",
    "AgreementField": "an agreement field",
    "DotVoting": "the dot voting",
    "WrapUp": "the wrap-up",
}
_INDEX_LETTERS = "NMK"


def misplaced(loc: Location, step_labels: dict[int, str], previous_key: str | None = None) -> str:
    """The message for a key at ``loc`` that its model does not have.

    ``previous_key``: the key just before it in the file; when the field belongs to what that key
    holds, the line was indented too little to be part of it.
    """
    name = str(loc[-1])
    here = model_at(loc[:-1])
    own = f"`{name}` is not a field of {noun(here)}" if here else f"`{name}` is not a field here"
    places = [place for place in places_of(name) if place[0] is not here]
    if previous_key is not None and here is not None:
        inside = [p for p in places if _starts_with(p[1], (*_template(loc[:-1]), previous_key))]
        if inside:
            model, template = inside[0]
            return (
                f"`{name}:` is indented less than the {noun(model).split(' ', 1)[1]} it belongs to "
                f"({render(template, loc, step_labels)}); indent it to line up with the fields above it"
            )
    if places:
        where = " or ".join(
            f"{noun(model)} ({render(template, loc, step_labels)})" for model, template in places[:3]
        )
        return f"`{name}` belongs to {where}, not to {noun(here)}; move it there"
    if here is not None:
        close = difflib.get_close_matches(name, list(here.model_fields), n=1)
        if close:
            return f"{own}; is it a misspelling of `{close[0]}`, which {noun(here)} has?"
        return f"{own}; {noun(here)} has: {', '.join(here.model_fields)}"
    return own


def noun(model: type[BaseModel] | None) -> str:
    return _NOUNS.get(model.__name__, model.__name__) if model is not None else "this part"


def model_at(loc: Location) -> type[BaseModel] | None:
    """The model that the value at ``loc`` (a dict in the file) is validated as."""
    model: type[BaseModel] = Material
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return None
        found = next(_model_types(field.annotation), None)
        if found is None:
            return None
        model = found
    return model


def places_of(name: str) -> list[tuple[type[BaseModel], Template]]:
    """Every model with a field ``name``, with where that model sits, shallowest first."""
    return [(model, template) for model, template in _all_places() if name in model.model_fields]


def all_models() -> list[type[BaseModel]]:
    """Every model a material is made of, the Material first."""
    return [model for model, _ in _all_places()]


def render(template: Template, loc: Location, step_labels: dict[int, str] | None = None) -> str:
    """``('steps', None, 'instructions', None)`` at ``steps[2]...`` -> ``steps[2] (Trin 3).instructions[N]``:
    the indices of ``loc`` as far as it goes the same way, letters after that."""
    text, letters, matching, position = "", iter(_INDEX_LETTERS), True, 0
    for part in template:
        if part is None:
            index = loc[position] if matching and position < len(loc) else None
            if isinstance(index, int):
                text += f"[{index}]"
                label = (step_labels or {}).get(index) if text == f"steps[{index}]" else None
                text += f" ({label})" if label else ""
                position += 1
            else:
                matching = False
                text += f"[{next(letters, 'I')}]"
        else:
            if matching and position < len(loc) and loc[position] == part:
                position += 1
            else:
                matching = False
            text += f".{part}" if text else part
    return text


@cache
def _all_places() -> tuple[tuple[type[BaseModel], Template], ...]:
    found: dict[type[BaseModel], Template] = {}
    pending: list[tuple[type[BaseModel], Template]] = [(Material, ())]
    while pending:
        model, template = pending.pop(0)
        if model in found:
            continue
        found[model] = template
        for field_name, field in model.model_fields.items():
            for child in _model_types(field.annotation):
                is_list = "list" in str(field.annotation)
                pending.append((child, (*template, field_name, *((None,) if is_list else ()))))
    return tuple(found.items())


def _template(loc: Location) -> Template:
    return tuple(None if isinstance(part, int) else part for part in loc)


def _starts_with(template: Template, prefix: Template) -> bool:
    return template[: len(prefix)] == prefix


def _model_types(annotation: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        yield annotation
    for arg in get_args(annotation):
        yield from _model_types(arg)
