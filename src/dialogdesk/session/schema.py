"""The schema a session file's header and events must meet: pydantic models, strict types.

A session file is untrusted input (a USB stick, a disk that flipped a bit, a newer DialogDesk):
every value is checked here before the engine replays it, so a wrong type is a SessionFileError
naming the file and the record, never an AttributeError in the reducer. The models are made from
the intents' own dataclasses, so a new intent needs nothing here. Loaded only when a session is
opened (the library lists sessions from their summaries without pydantic).
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from dialogdesk.session.intents import _LEGACY_FIELDS, INTENT_TYPES
from dialogdesk.session.state import SessionSetup
from dialogdesk.session.store import SessionFileError

_INT64 = Annotated[int, Field(ge=-(2**63), le=2**63 - 1)]
_STRICT = ConfigDict(strict=True, extra="forbid", allow_inf_nan=False)


def _json_type(hint: Any) -> Any:
    """The type of a field as JSON holds it: tuples are lists, ints are 64-bit."""
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if hint is int:
        return _INT64
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return list[_json_type(args[0])]
        inner = _json_type(args[0]) if len(set(args)) == 1 else Any
        return Annotated[list[inner], Field(min_length=len(args), max_length=len(args))]
    if origin in (Union, types.UnionType):
        return Union[tuple(_json_type(arg) for arg in args)]  # noqa: UP007 - built from a tuple
    return hint


def _model_of(cls: type, name: str, extra: dict[str, Any] | None = None) -> type[BaseModel]:
    hints = typing.get_type_hints(cls)
    fields: dict[str, Any] = {
        field.name: (
            _json_type(hints[field.name]),
            ...
            if field.default is dataclasses.MISSING and field.default_factory is dataclasses.MISSING
            else field.default
            if field.default is not dataclasses.MISSING
            else field.default_factory(),
        )
        for field in dataclasses.fields(cls)
    }
    fields.update(extra or {})
    return create_model(name, __config__=_STRICT, **fields)


@cache
def _intent_models() -> dict[str, type[BaseModel]]:
    return {name: _model_of(cls, f"{name}Intent", {"type": (str, ...)}) for name, cls in INTENT_TYPES.items()}


@cache
def _setup_model() -> type[BaseModel]:
    return _model_of(SessionSetup, "Setup")


class _Event(BaseModel):
    model_config = _STRICT
    n: int = Field(ge=1)
    mono_ns: _INT64
    wall_ns: int = Field(ge=0, le=2**63 - 1)
    intent: dict[str, Any]


class _Header(BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid")
    id: str = Field(min_length=1, max_length=200)
    created_wall_ns: int = Field(ge=0, le=2**63 - 1)
    setup: dict[str, Any]
    material: dict[str, Any]  # validated as a Material when the session is rebuilt


def _problem(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    more = f" (and {error.error_count() - 1} more)" if error.error_count() > 1 else ""
    return f"{where}: {first['msg']}{more}" if where else f"{first['msg']}{more}"


def _damaged(path: Path, what: str, record: int | None) -> SessionFileError:
    return SessionFileError(path, f"the session file is damaged ({what})", record)


def check_header(data: object, path: Path, record: int | None = None) -> dict[str, Any]:
    """The header, checked: its id, when it was made, the setup's types; SessionFileError if not."""
    try:
        header = _Header.model_validate(data)
        _setup_model().model_validate(header.setup)
    except ValidationError as error:
        raise _damaged(path, f"header: {_problem(error)}", record) from None
    return dict(data)  # type: ignore[call-overload]  # validated as a dict just above


def check_event(data: object, number: int, path: Path, record: int | None = None) -> dict[str, Any]:
    """Event ``number``, checked against its intent's fields; the event without legacy fields."""
    try:
        event = _Event.model_validate(data)
    except ValidationError as error:
        raise _damaged(path, f"event: {_problem(error)}", record) from None
    if event.n != number:
        raise _damaged(path, f"event {event.n} where {number} belongs", record)
    intent = dict(event.intent)
    name = intent.get("type")
    model = _intent_models().get(name) if isinstance(name, str) else None
    if model is None:
        raise _damaged(path, f"unknown intent type {name!r:.40}", record)
    for legacy in _LEGACY_FIELDS.get(INTENT_TYPES[name], ()):
        intent.pop(legacy, None)
    try:
        model.model_validate(intent)
    except ValidationError as error:
        raise _damaged(path, f"{name}.{_problem(error)}", record) from None
    return {"n": event.n, "mono_ns": event.mono_ns, "wall_ns": event.wall_ns, "intent": intent}
