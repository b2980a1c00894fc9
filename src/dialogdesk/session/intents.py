"""Intents: every change to a session, as plain data that can be logged and replayed.

The views never change the state; they send one of these to ``Session.dispatch``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar


@dataclass(frozen=True)
class Intent:
    """Base of all intents. ``board_edit`` intents can be undone."""

    board_edit: ClassVar[bool] = False


# --- flow ------------------------------------------------------------------------------
@dataclass(frozen=True)
class StartSession(Intent):
    """Leave preparation: Trin 1 begins and its countdown runs."""


@dataclass(frozen=True)
class Pause(Intent):
    pass


@dataclass(frozen=True)
class Resume(Intent):
    pass


@dataclass(frozen=True)
class NextStep(Intent):
    """Go to the next step; after the last step, to the wrap-up."""


@dataclass(frozen=True)
class PreviousStep(Intent):
    pass


@dataclass(frozen=True)
class JumpToStep(Intent):
    index: int


@dataclass(frozen=True)
class AddTime(Intent):
    """Give the current step (or the running activity) more time; negative takes time away."""

    seconds: int = 60
    to_activity: bool = False


@dataclass(frozen=True)
class StartActivity(Intent):
    activity_id: str


@dataclass(frozen=True)
class StopActivity(Intent):
    pass


@dataclass(frozen=True)
class NextRound(Intent):
    """Begin the running series' next round now (also of an auto series, before its chime)."""


@dataclass(frozen=True)
class EndSession(Intent):
    """End the session, also early; the state stays saved."""


@dataclass(frozen=True)
class SetEndTime(Intent):
    """A fixed end ('we must finish at 11:00'), as wall-clock nanoseconds; None clears it."""

    wall_ns: int | None


@dataclass(frozen=True)
class SetAvailableMinutes(Intent):
    minutes: float | None


@dataclass(frozen=True)
class AcceptPlan(Intent):
    """Accept new lengths for the steps from ``first_index`` on (from the time-fitting proposal).

    For the current step the length is the time still to go.
    """

    first_index: int
    minutes: tuple[float, ...]


@dataclass(frozen=True)
class SetParticipants(Intent):
    count: int
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class SetWarning(Intent):
    """When countdowns warn: the last ``seconds``, or the last ``fraction`` of the time."""

    seconds: int | None = 60
    fraction: float | None = None


@dataclass(frozen=True)
class ShowOnAudience(Intent):
    """What the projector shows: step, board, pairs, media, blank (black) or freeze."""

    mode: str


@dataclass(frozen=True)
class SetRoomMessage(Intent):
    text: str


@dataclass(frozen=True)
class SetNote(Intent):
    step_index: int
    text: str


@dataclass(frozen=True)
class MakePairs(Intent):
    seed: int


@dataclass(frozen=True)
class MakeGroups(Intent):
    """Pairs go together two by two ("gå sammen med et andet makkerpar")."""

    seed: int


@dataclass(frozen=True)
class PickPairs(Intent):
    """Pick pairs to present ("pluk"), never a pair picked before in this session."""

    count: int
    seed: int


@dataclass(frozen=True)
class RecordAgreement(Intent):
    """Set agreement fields of the wrap-up (the proposal, who, when ...)."""

    values: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class ClockJump(Intent):
    """The machine slept; ``excluded_ns`` of monotonic time must not count on the timers."""

    slept_ns: int
    excluded_ns: int


@dataclass(frozen=True)
class Recovered(Intent):
    """The app restarted after a crash: re-base running timers on the new monotonic clock.

    ``counted_gap_ns`` of the time since the last event counts as time that passed in the room.
    """

    previous_mono_ns: int
    counted_gap_ns: int


@dataclass(frozen=True)
class FocusTheme(Intent):
    """Show one theme alone to the room ("Vis kun temaet for rummet"); None: the whole board."""

    theme_id: str | None


@dataclass(frozen=True)
class TickLine(Intent):
    """Tick off (or untick) a line of a step's "do now" checklist."""

    step_index: int
    line: int
    done: bool = True


@dataclass(frozen=True)
class SetChime(Intent):
    """The chime at the end of a step or an activity, on or off for this session."""

    on: bool


@dataclass(frozen=True)
class ShowFilmClock(Intent):
    """The countdown over the playing film on the projector (T), or not (the film alone)."""

    shown: bool


@dataclass(frozen=True)
class ShowRunningOrder(Intent):
    """The steps (done, now, next) along the bottom of the projector (O), or not."""

    shown: bool


# --- board -----------------------------------------------------------------------------
@dataclass(frozen=True)
class AddCard(Intent):
    board_edit: ClassVar[bool] = True
    text: str
    kind: str = "point"
    group: str = ""
    theme: str | None = None


@dataclass(frozen=True)
class EditCard(Intent):
    board_edit: ClassVar[bool] = True
    card_id: str
    text: str


@dataclass(frozen=True)
class MoveCard(Intent):
    """Into a theme, or out of every theme (None)."""

    board_edit: ClassVar[bool] = True
    card_id: str
    theme: str | None = None


@dataclass(frozen=True)
class DeleteCard(Intent):
    board_edit: ClassVar[bool] = True
    card_id: str


@dataclass(frozen=True)
class RestoreCard(Intent):
    board_edit: ClassVar[bool] = True
    card_id: str


@dataclass(frozen=True)
class CreateTheme(Intent):
    board_edit: ClassVar[bool] = True
    name: str
    card_ids: tuple[str, ...]


@dataclass(frozen=True)
class RenameTheme(Intent):
    board_edit: ClassVar[bool] = True
    theme_id: str
    name: str


@dataclass(frozen=True)
class DissolveTheme(Intent):
    board_edit: ClassVar[bool] = True
    theme_id: str


@dataclass(frozen=True)
class AddDot(Intent):
    board_edit: ClassVar[bool] = True
    card_id: str


@dataclass(frozen=True)
class RemoveDot(Intent):
    board_edit: ClassVar[bool] = True
    card_id: str


@dataclass(frozen=True)
class SetDots(Intent):
    """Dots counted on paper, typed in as a number."""

    board_edit: ClassVar[bool] = True
    card_id: str
    count: int


@dataclass(frozen=True)
class SetScores(Intent):
    """A card's scores, one per round, typed from the paper card (25/10 Crowd Sourcing)."""

    board_edit: ClassVar[bool] = True
    card_id: str
    scores: tuple[int, ...]


@dataclass(frozen=True)
class HideVotes(Intent):
    hidden: bool = True


@dataclass(frozen=True)
class ChooseProposal(Intent):
    board_edit: ClassVar[bool] = True
    card_id: str | None


@dataclass(frozen=True)
class Undo(Intent):
    pass


@dataclass(frozen=True)
class Redo(Intent):
    pass


@dataclass(frozen=True)
class SetActivityPlaying(Intent):
    """The running activity's film or podcast plays (True) or stands still (False: paused,
    stalled or at its end). The activity's countdown runs only while it plays."""

    playing: bool


INTENT_TYPES: dict[str, type[Intent]] = {
    cls.__name__: cls
    for cls in Intent.__subclasses__()  # all intents derive directly from Intent
}


# Fields older session files carry that no longer mean anything: where a card was dropped (the
# board's layout places every card itself).
_LEGACY_FIELDS: dict[type[Intent], tuple[str, ...]] = {AddCard: ("x", "y"), MoveCard: ("x", "y")}


def intent_to_dict(intent: Intent) -> dict[str, Any]:
    data = {"type": type(intent).__name__}
    for field in dataclasses.fields(intent):
        value = getattr(intent, field.name)
        data[field.name] = (
            [list(v) if isinstance(v, tuple) else v for v in value] if isinstance(value, tuple) else value
        )
    return data


def intent_from_dict(data: dict[str, Any]) -> Intent:
    """Rebuild an intent from the log; raises ValueError for anything unknown."""
    values = dict(data)
    name = values.pop("type", None)
    cls = INTENT_TYPES.get(str(name))
    if cls is None:
        raise ValueError(f"unknown intent type {name!r}")
    for legacy in _LEGACY_FIELDS.get(cls, ()):
        values.pop(legacy, None)
    known = {field.name: field for field in dataclasses.fields(cls)}
    unknown = set(values) - set(known)
    if unknown:
        raise ValueError(f"{name}: unknown fields {sorted(unknown)}")
    for key, value in values.items():
        if isinstance(value, list):
            values[key] = tuple(tuple(v) if isinstance(v, list) else v for v in value)
    return cls(**values)
