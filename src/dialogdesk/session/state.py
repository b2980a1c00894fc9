"""The session state and the one function that changes it: ``apply(state, intent, at)``.

``apply`` is pure: the same state, intent and instant give the same new state, which is how
a session is rebuilt from its event log after a restart.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from dialogdesk.materials.model import ActivityKind, Material, Scoring
from dialogdesk.materials.model import NextRound as NextRoundMode
from dialogdesk.session import intents as i
from dialogdesk.session.board import Board, BoardError, Card, CardKind, Theme
from dialogdesk.session.clock import NS_PER_SECOND, Instant
from dialogdesk.session.grouping import (
    Pair,
    join_pairs,
    make_groups,
    make_pairs,
    participant_labels,
    pick_pairs,
)
from dialogdesk.session.planning import minutes_to_ns
from dialogdesk.session.refusals import Refusal, Refused
from dialogdesk.session.timers import Countdown, WarningThreshold

UNDO_DEPTH = 200


class IntentRefused(Refused):
    """The intent does not apply to the state (no next step, vote past the budget, ...)."""


class AudienceMode(StrEnum):
    """What the audience screen shows. Blank and freeze hide the others without forgetting them."""

    STEP = "step"
    BOARD = "board"
    PAIRS = "pairs"
    MEDIA = "media"
    BLANK = "blank"
    FREEZE = "freeze"


class SessionPhase(StrEnum):
    PREPARATION = "preparation"
    RUNNING = "running"
    WRAP_UP = "wrap_up"
    ENDED = "ended"


@dataclass(frozen=True)
class SessionSetup:
    """The day's facts a session starts from."""

    material_id: str
    participants: int
    participant_names: tuple[str, ...] = ()
    available_minutes: float | None = None
    end_wall_ns: int | None = None
    facilitator: str = ""
    language: str = "da"
    seed: int = 0
    follows_up: str | None = None  # id of the earlier session this one follows up
    chime: bool = True  # a short chime when a step or an activity ends
    running_order: bool = False  # the steps along the bottom of the projector (a room setting)
    prepared: tuple[str, ...] = ()  # the preparation checklist lines ticked before the start


@dataclass(frozen=True)
class StepProgress:
    countdown: Countdown
    planned_ns: int  # the material's plan, kept to report actual against plan
    note: str = ""


@dataclass(frozen=True)
class PlanChange:
    """New step lengths accepted (the proposal to finish on time): when, and from which step on."""

    wall_ns: int
    first_index: int


@dataclass(frozen=True)
class ActivityRun:
    """A running activity; with ``rounds`` a series of rounds, each with its own countdown.

    ``countdown`` is the countdown of round ``round``. Auto rounds follow one another by
    themselves: the round now showing is derived from that countdown and the clock
    (``round_at``), so no tick and no intent is needed and a replayed log gives the same round.
    """

    step_index: int
    activity_id: str
    countdown: Countdown
    open_ended: bool = False  # no length known: counts up
    rounds: int = 1
    round: int = 1
    round_ns: int = 0  # the length of each round as the material plans it
    auto_rounds: bool = True  # False: the facilitator's next starts the next round
    # Its film or podcast stands still (paused, stalled, at its end): the countdown waits for it,
    # apart from the session's pause (F5); it runs only while both go.
    media_paused: bool = False

    def _derived(self, now_ns: int) -> tuple[int, int, int]:
        """(round, elapsed in it, its length) at ``now_ns``."""
        elapsed, length = self.countdown.elapsed_ns(now_ns), self.countdown.duration_ns
        left = self.rounds - self.round
        if not self.auto_rounds or left <= 0 or self.round_ns <= 0 or elapsed < length:
            return self.round, elapsed, length
        later = min((elapsed - length) // self.round_ns, left - 1)  # whole later rounds run out
        return self.round + 1 + later, elapsed - length - later * self.round_ns, self.round_ns

    def round_at(self, now_ns: int) -> int:
        """The round running at ``now_ns`` (1-based)."""
        return self._derived(now_ns)[0]

    def round_countdown(self, now_ns: int) -> Countdown:
        """The current round's countdown as it stands at ``now_ns``; runs on if the series runs."""
        number, elapsed, length = self._derived(now_ns)
        if number == self.round:
            return self.countdown
        running = now_ns if self.countdown.running else None
        return Countdown(length, elapsed, running, started=True)

    def settled(self, now_ns: int) -> ActivityRun:
        """The same run with the round at ``now_ns`` written down (before it is changed)."""
        number = self.round_at(now_ns)
        if number == self.round:
            return self
        return replace(self, round=number, countdown=self.round_countdown(now_ns))

    def next_round(self, now_ns: int) -> ActivityRun | None:
        """The run with the next round begun at ``now_ns``; None after the last round."""
        run = self.settled(now_ns)
        if run.round >= run.rounds:
            return None
        countdown = Countdown(self.round_ns)
        if run.countdown.running:
            countdown = countdown.start(now_ns)
        return replace(run, round=run.round + 1, countdown=countdown)


@dataclass(frozen=True)
class SessionState:
    setup: SessionSetup
    phase: SessionPhase
    current: int
    steps: tuple[StepProgress, ...]
    session_clock: Countdown
    board: Board
    paused: bool = False
    activity: ActivityRun | None = None
    started_at: Instant | None = None
    ended_at: Instant | None = None
    undo_stack: tuple[Board, ...] = ()
    redo_stack: tuple[Board, ...] = ()
    pairs: tuple[Pair, ...] = ()
    groups: tuple[tuple[int, ...], ...] = ()  # pair numbers per group of pairs
    # Groups of a size the step gives ("grupper på 3-5"), made of people rather than pairs.
    people_groups: tuple[tuple[str, ...], ...] = ()
    picked_pairs: tuple[int, ...] = ()
    presenting: tuple[int, ...] = ()
    agreement: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    warning: WarningThreshold = field(default_factory=WarningThreshold)
    room_message: str = ""
    audience: AudienceMode = AudienceMode.STEP
    audience_before_hiding: AudienceMode = AudienceMode.STEP
    next_id: int = 1
    slept_ns: int = 0
    focus_theme: str | None = None  # the theme shown alone to the room (see ``room_theme``)
    ticked: frozenset[tuple[int, int]] = frozenset()  # (step index, instruction index) done
    chime: bool = True
    film_clock: bool = False  # the countdown over a playing film (else the film has the screen)
    running_order: bool = False  # the steps along the bottom of the projector
    plan_changes: tuple[PlanChange, ...] = ()  # for the report: the plan as it was changed, and when

    @property
    def room_theme(self) -> str | None:
        """The theme the room sees alone, while it exists (undo or dissolving can remove it)."""
        return self.focus_theme if self.focus_theme in self.board.themes else None

    @property
    def current_step(self) -> StepProgress:
        return self.steps[self.current]

    @property
    def can_undo(self) -> bool:
        return bool(self.undo_stack)

    @property
    def can_redo(self) -> bool:
        return bool(self.redo_stack)


def initial_state(material: Material, setup: SessionSetup) -> SessionState:
    steps = tuple(
        StepProgress(countdown=Countdown.of_minutes(step.minutes), planned_ns=minutes_to_ns(step.minutes))
        for step in material.steps
    )
    total_ns = sum(step.planned_ns for step in steps)
    if setup.available_minutes is not None:
        total_ns = minutes_to_ns(setup.available_minutes)
    budget = material.wrap_up.dot_voting.budget(setup.participants)
    return SessionState(
        setup=setup,
        phase=SessionPhase.PREPARATION,
        current=0,
        steps=steps,
        session_clock=Countdown(duration_ns=total_ns),
        board=Board(dot_budget=budget),
        chime=setup.chime,
        running_order=setup.running_order,
    )


# --- helpers over running time ---------------------------------------------------------------
def _stop_clocks(state: SessionState, now: int) -> SessionState:
    steps = list(state.steps)
    steps[state.current] = replace(steps[state.current], countdown=steps[state.current].countdown.stop(now))
    activity = state.activity
    if activity is not None:
        activity = replace(activity, countdown=activity.countdown.stop(now))
    return replace(state, steps=tuple(steps), activity=activity)


def _start_clocks(state: SessionState, now: int) -> SessionState:
    if state.paused or state.phase is not SessionPhase.RUNNING:
        return state
    steps = list(state.steps)
    steps[state.current] = replace(steps[state.current], countdown=steps[state.current].countdown.start(now))
    activity = state.activity
    if activity is not None and not activity.media_paused:
        activity = replace(activity, countdown=activity.countdown.start(now))
    return replace(state, steps=tuple(steps), activity=activity)


def _go_to(state: SessionState, index: int, now: int, material: Material) -> SessionState:
    if not 0 <= index < len(state.steps):
        raise IntentRefused(Refusal.NO_SUCH_STEP, step=index + 1)
    state = _stop_clocks(state, now)
    state = replace(state, current=index, activity=None, presenting=(), phase=SessionPhase.RUNNING)
    # A new step opens on what it needs: a board step on its board (with its task and countdown
    # above it), any other on its own page. The room never reads the last step's board or pairs
    # while the facilitator talks about this one. The facilitator's keys override it until the
    # next step; a black or frozen projector stays so and shows the new step when it comes back.
    needed = AudienceMode.BOARD if material.steps[index].board else AudienceMode.STEP
    state = _room_shows(state, needed)
    return _start_clocks(state, now)


def _room_shows(state: SessionState, mode: AudienceMode) -> SessionState:
    """``mode`` on the projector now, or once it is shown again when it is black or frozen."""
    if state.audience in (AudienceMode.BLANK, AudienceMode.FREEZE):
        return replace(state, audience_before_hiding=mode)
    return replace(state, audience=mode, audience_before_hiding=mode)


def _map_countdowns(state: SessionState, change: Callable[[Countdown], Countdown]) -> SessionState:
    steps = tuple(replace(step, countdown=change(step.countdown)) for step in state.steps)
    activity = state.activity
    if activity is not None:
        activity = replace(activity, countdown=change(activity.countdown))
    return replace(state, steps=steps, activity=activity, session_clock=change(state.session_clock))


def _require_running(state: SessionState) -> None:
    if state.phase is not SessionPhase.RUNNING:
        raise IntentRefused(Refusal.NOT_RUNNING)


# --- handlers: one per intent ------------------------------------------------------------------
Handler = Callable[[SessionState, Any, Instant, Material], SessionState]
_HANDLERS: dict[type[i.Intent], Handler] = {}


def _handles(intent_type: type[i.Intent]) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        _HANDLERS[intent_type] = handler
        return handler

    return register


@_handles(i.StartSession)
def _start(state: SessionState, intent: i.StartSession, at: Instant, material: Material) -> SessionState:
    if state.phase is not SessionPhase.PREPARATION:
        raise IntentRefused(Refusal.ALREADY_STARTED)
    session_clock = state.session_clock
    if state.setup.end_wall_ns is not None:  # "Vi slutter kl. 11.00", set on the preparation page
        session_clock = session_clock.with_duration(max(0, state.setup.end_wall_ns - at.wall_ns))
    state = replace(
        state,
        phase=SessionPhase.RUNNING,
        started_at=at,
        session_clock=session_clock.start(at.mono_ns),
    )
    return _start_clocks(state, at.mono_ns)


@_handles(i.Pause)
def _pause(state: SessionState, intent: i.Pause, at: Instant, material: Material) -> SessionState:
    _require_running(state)
    if state.paused:
        return state
    return replace(_stop_clocks(state, at.mono_ns), paused=True)


@_handles(i.Resume)
def _resume(state: SessionState, intent: i.Resume, at: Instant, material: Material) -> SessionState:
    _require_running(state)
    return _start_clocks(replace(state, paused=False), at.mono_ns)


@_handles(i.NextStep)
def _next(state: SessionState, intent: i.NextStep, at: Instant, material: Material) -> SessionState:
    if state.phase is SessionPhase.PREPARATION:
        return _start(state, i.StartSession(), at, material)
    _require_running(state)
    run = state.activity
    if run is not None and not run.auto_rounds:  # the clicker's next begins the next round
        following = run.next_round(at.mono_ns)
        if following is not None:
            return replace(state, activity=following)
    if state.current + 1 < len(state.steps):
        return _go_to(state, state.current + 1, at.mono_ns, material)
    state = _stop_clocks(state, at.mono_ns)
    # The wrap-up opens on its own page: the agreement and the follow-up dates (or, without a
    # decision, what the method produced), also after a step whose board was up.
    state = _room_shows(replace(state, presenting=()), AudienceMode.STEP)
    return replace(state, phase=SessionPhase.WRAP_UP, activity=None)


@_handles(i.PreviousStep)
def _previous(state: SessionState, intent: i.PreviousStep, at: Instant, material: Material) -> SessionState:
    if state.phase is SessionPhase.WRAP_UP:
        return _go_to(state, len(state.steps) - 1, at.mono_ns, material)
    _require_running(state)
    if state.current == 0:
        raise IntentRefused(Refusal.FIRST_STEP)
    return _go_to(state, state.current - 1, at.mono_ns, material)


@_handles(i.JumpToStep)
def _jump(state: SessionState, intent: i.JumpToStep, at: Instant, material: Material) -> SessionState:
    if state.phase is SessionPhase.ENDED:
        raise IntentRefused(Refusal.SESSION_ENDED)
    if state.phase is SessionPhase.PREPARATION:
        state = _start(state, i.StartSession(), at, material)
    return _go_to(state, intent.index, at.mono_ns, material)


@_handles(i.AddTime)
def _add_time(state: SessionState, intent: i.AddTime, at: Instant, material: Material) -> SessionState:
    _require_running(state)
    extra = intent.seconds * NS_PER_SECOND
    if intent.to_activity:
        if state.activity is None:
            raise IntentRefused(Refusal.NO_ACTIVITY_RUNNING)
        run = state.activity.settled(at.mono_ns)  # the round now running gets the time, no other
        return replace(state, activity=replace(run, countdown=run.countdown.extend(extra)))
    steps = list(state.steps)
    steps[state.current] = replace(
        steps[state.current], countdown=steps[state.current].countdown.extend(extra)
    )
    return replace(state, steps=tuple(steps))


@_handles(i.StartActivity)
def _start_activity(
    state: SessionState, intent: i.StartActivity, at: Instant, material: Material
) -> SessionState:
    _require_running(state)
    step = material.steps[state.current]
    activity = next((a for a in step.activities if a.id == intent.activity_id), None)
    if activity is None:
        raise IntentRefused(Refusal.NO_SUCH_ACTIVITY, step_number=step.number, activity=intent.activity_id)
    minutes = activity.minutes
    if minutes is None and activity.media is not None:
        media = material.media_by_id(activity.media)
        minutes = media.expected_minutes if media is not None else None
    countdown = Countdown(duration_ns=minutes_to_ns(minutes or 0))
    run = ActivityRun(
        state.current,
        activity.id,
        countdown,
        open_ended=minutes is None,
        rounds=activity.rounds if minutes is not None else 1,
        round_ns=countdown.duration_ns,
        auto_rounds=activity.next_round is NextRoundMode.AUTO,
    )
    state = replace(state, activity=run)
    if activity.media is not None:
        # "Se filmen", "Hør podcasten": the room sees the media while it plays.
        state = replace(state, audience=AudienceMode.MEDIA, audience_before_hiding=AudienceMode.MEDIA)
    elif activity.kind is ActivityKind.SILENT_BRAINSTORM:
        # The silent minute: its countdown, on the step's page, is the largest thing in the room.
        state = _room_shows(state, AudienceMode.STEP)
    if state.paused:  # starting the silent minute is a clear sign the room is going again
        state = replace(state, paused=False)
    return _start_clocks(state, at.mono_ns)


@_handles(i.NextRound)
def _next_round(state: SessionState, intent: i.NextRound, at: Instant, material: Material) -> SessionState:
    _require_running(state)
    following = state.activity.next_round(at.mono_ns) if state.activity is not None else None
    if following is None:
        raise IntentRefused(Refusal.NO_NEXT_ROUND)
    return replace(state, activity=following)


def _plays_media(run: ActivityRun, material: Material) -> bool:
    """The activity plays a film or podcast ("Se filmen"), so its countdown follows the player."""
    activities = material.steps[run.step_index].activities
    return any(activity.id == run.activity_id and activity.media is not None for activity in activities)


@_handles(i.SetActivityPlaying)
def _set_activity_playing(
    state: SessionState, intent: i.SetActivityPlaying, at: Instant, material: Material
) -> SessionState:
    """The film or podcast of the running activity played or stopped: its countdown follows."""
    run = state.activity
    if run is None or state.phase is not SessionPhase.RUNNING or not _plays_media(run, material):
        return state  # media played outside its activity: no countdown follows it
    run = replace(run.settled(at.mono_ns), media_paused=not intent.playing)
    if intent.playing:
        return _start_clocks(replace(state, activity=run), at.mono_ns)  # unless the session is paused
    return replace(state, activity=replace(run, countdown=run.countdown.stop(at.mono_ns)))


@_handles(i.StopActivity)
def _stop_activity(
    state: SessionState, intent: i.StopActivity, at: Instant, material: Material
) -> SessionState:
    return replace(state, activity=None)


@_handles(i.EndSession)
def _end(state: SessionState, intent: i.EndSession, at: Instant, material: Material) -> SessionState:
    if state.phase is SessionPhase.ENDED:
        return state
    state = _stop_clocks(state, at.mono_ns)
    return replace(
        state,
        phase=SessionPhase.ENDED,
        ended_at=at,
        activity=None,
        session_clock=state.session_clock.stop(at.mono_ns),
    )


@_handles(i.SetEndTime)
def _set_end(state: SessionState, intent: i.SetEndTime, at: Instant, material: Material) -> SessionState:
    setup = replace(state.setup, end_wall_ns=intent.wall_ns)
    state = replace(state, setup=setup)
    if intent.wall_ns is None:
        return state
    # The session's length becomes what has run so far plus the time until the end.
    elapsed = state.session_clock.elapsed_ns(at.mono_ns)
    return replace(
        state, session_clock=state.session_clock.with_duration(elapsed + intent.wall_ns - at.wall_ns)
    )


@_handles(i.SetAvailableMinutes)
def _set_available(
    state: SessionState, intent: i.SetAvailableMinutes, at: Instant, material: Material
) -> SessionState:
    if intent.minutes is not None and intent.minutes <= 0:
        raise IntentRefused(Refusal.AVAILABLE_TIME_NOT_POSITIVE)
    total = (
        minutes_to_ns(intent.minutes)
        if intent.minutes is not None
        else sum(step.countdown.duration_ns for step in state.steps)
    )
    return replace(
        state,
        setup=replace(state.setup, available_minutes=intent.minutes, end_wall_ns=None),
        session_clock=state.session_clock.with_duration(total),
    )


@_handles(i.AcceptPlan)
def _accept_plan(state: SessionState, intent: i.AcceptPlan, at: Instant, material: Material) -> SessionState:
    if not 0 <= intent.first_index <= len(state.steps) - len(intent.minutes) or not intent.minutes:
        raise IntentRefused(Refusal.PLAN_DOES_NOT_MATCH)
    if any(minutes <= 0 for minutes in intent.minutes):
        raise IntentRefused(Refusal.STEP_TIME_NOT_POSITIVE)
    steps = list(state.steps)
    for offset, minutes in enumerate(intent.minutes):
        index = intent.first_index + offset
        countdown = steps[index].countdown
        new_ns = minutes_to_ns(minutes)
        if index == state.current and state.phase is SessionPhase.RUNNING:
            new_ns += countdown.elapsed_ns(at.mono_ns)  # for the current step: the time still to go
        steps[index] = replace(steps[index], countdown=countdown.with_duration(new_ns))
    changes = (*state.plan_changes, PlanChange(at.wall_ns, intent.first_index))
    return replace(state, steps=tuple(steps), plan_changes=changes)


@_handles(i.SetParticipants)
def _set_participants(
    state: SessionState, intent: i.SetParticipants, at: Instant, material: Material
) -> SessionState:
    if intent.count < 1:
        raise IntentRefused(Refusal.TOO_FEW_PARTICIPANTS)
    budget = material.wrap_up.dot_voting.budget(intent.count)
    if budget and budget < state.board.dots_used:  # 0: the material sets no budget
        raise IntentRefused(Refusal.DOTS_ALREADY_PLACED, dots=state.board.dots_used)
    setup = replace(state.setup, participants=intent.count, participant_names=intent.names)
    return replace(state, setup=setup, board=replace(state.board, dot_budget=budget))


@_handles(i.SetWarning)
def _set_warning(state: SessionState, intent: i.SetWarning, at: Instant, material: Material) -> SessionState:
    if intent.fraction is not None and not 0 < intent.fraction < 1:
        raise IntentRefused(Refusal.WARNING_SHARE_OUT_OF_RANGE)
    return replace(state, warning=WarningThreshold(seconds=intent.seconds, fraction=intent.fraction))


@_handles(i.ShowOnAudience)
def _show_on_audience(
    state: SessionState, intent: i.ShowOnAudience, at: Instant, material: Material
) -> SessionState:
    try:
        mode = AudienceMode(intent.mode)
    except ValueError:
        raise IntentRefused(Refusal.UNKNOWN_AUDIENCE_MODE, mode=intent.mode) from None
    hiding = (AudienceMode.BLANK, AudienceMode.FREEZE)
    if mode in hiding and state.audience in hiding and mode == state.audience:
        # Blank or freeze again: back to what was shown before (B on a clicker toggles).
        return replace(state, audience=state.audience_before_hiding)
    if mode in hiding:
        before = state.audience if state.audience not in hiding else state.audience_before_hiding
        return replace(state, audience=mode, audience_before_hiding=before)
    return replace(state, audience=mode, audience_before_hiding=mode)


@_handles(i.SetRoomMessage)
def _room_message(
    state: SessionState, intent: i.SetRoomMessage, at: Instant, material: Material
) -> SessionState:
    return replace(state, room_message=intent.text.strip())


@_handles(i.SetNote)
def _note(state: SessionState, intent: i.SetNote, at: Instant, material: Material) -> SessionState:
    if not 0 <= intent.step_index < len(state.steps):
        raise IntentRefused(Refusal.NO_SUCH_STEP, step=intent.step_index + 1)
    steps = list(state.steps)
    steps[intent.step_index] = replace(steps[intent.step_index], note=intent.text)
    return replace(state, steps=tuple(steps))


@_handles(i.MakePairs)
def _make_pairs(state: SessionState, intent: i.MakePairs, at: Instant, material: Material) -> SessionState:
    people = participant_labels(state.setup.participants, state.setup.participant_names)
    pairs = tuple(make_pairs(people, intent.seed))
    return replace(state, pairs=pairs, groups=(), people_groups=(), picked_pairs=(), presenting=())


@_handles(i.MakeGroups)
def _make_groups(state: SessionState, intent: i.MakeGroups, at: Instant, material: Material) -> SessionState:
    """Groups for the current step: pairs of pairs (foursomes keep partners together), or groups
    of the step's ``group_size`` made of people. The room sees them at once."""
    size = material.steps[state.current].group_range
    shown = {"audience": AudienceMode.PAIRS, "audience_before_hiding": AudienceMode.PAIRS, "presenting": ()}
    if size is None or size == (4, 4):
        if not state.pairs:
            state = _make_pairs(state, i.MakePairs(seed=state.setup.seed), at, material)
        groups = join_pairs(state.pairs, intent.seed)
        numbers = tuple(tuple(pair.number for pair in group) for group in groups)
        return replace(state, groups=numbers, people_groups=(), **shown)
    people = participant_labels(state.setup.participants, state.setup.participant_names)
    made = tuple(make_groups(people, size[0], size[1], intent.seed))
    return replace(state, groups=(), people_groups=made, **shown)


@_handles(i.PickPairs)
def _pick_pairs(state: SessionState, intent: i.PickPairs, at: Instant, material: Material) -> SessionState:
    if not state.pairs:
        state = _make_pairs(state, i.MakePairs(seed=state.setup.seed), at, material)
    picked = pick_pairs(state.pairs, intent.count, state.picked_pairs, intent.seed)
    if not picked:
        raise IntentRefused(Refusal.ALL_PAIRS_PRESENTED)
    numbers = tuple(pair.number for pair in picked)
    # The pairs picked are shown to the room at once: they are asked to come forward.
    return replace(
        state,
        picked_pairs=state.picked_pairs + numbers,
        presenting=numbers,
        audience=AudienceMode.PAIRS,
        audience_before_hiding=AudienceMode.PAIRS,
    )


@_handles(i.RecordAgreement)
def _agreement(
    state: SessionState, intent: i.RecordAgreement, at: Instant, material: Material
) -> SessionState:
    known = {field.id for field in material.wrap_up.agreement}
    unknown = [key for key, _ in intent.values if key not in known]
    if unknown:
        raise IntentRefused(Refusal.UNKNOWN_AGREEMENT_FIELD, fields=", ".join(unknown))
    return replace(state, agreement=MappingProxyType({**state.agreement, **dict(intent.values)}))


@_handles(i.ClockJump)
def _clock_jump(state: SessionState, intent: i.ClockJump, at: Instant, material: Material) -> SessionState:
    state = _map_countdowns(state, lambda countdown: countdown.exclude(intent.excluded_ns))
    return replace(state, slept_ns=state.slept_ns + intent.slept_ns)


@_handles(i.Recovered)
def _recovered(state: SessionState, intent: i.Recovered, at: Instant, material: Material) -> SessionState:
    def rebase(countdown: Countdown) -> Countdown:
        if not countdown.running:
            return countdown
        elapsed = countdown.elapsed_ns(intent.previous_mono_ns) + intent.counted_gap_ns
        return countdown.rebase(elapsed, at.mono_ns)

    return _map_countdowns(state, rebase)


@_handles(i.FocusTheme)
def _focus_theme(state: SessionState, intent: i.FocusTheme, at: Instant, material: Material) -> SessionState:
    if intent.theme_id is not None and intent.theme_id not in state.board.themes:
        raise IntentRefused(Refusal.NO_SUCH_THEME, theme=intent.theme_id)
    return replace(state, focus_theme=intent.theme_id)


@_handles(i.TickLine)
def _tick_line(state: SessionState, intent: i.TickLine, at: Instant, material: Material) -> SessionState:
    if not 0 <= intent.step_index < len(material.steps):
        raise IntentRefused(Refusal.NO_SUCH_STEP, step=intent.step_index + 1)
    if not 0 <= intent.line < len(material.steps[intent.step_index].instructions):
        raise IntentRefused(Refusal.NO_SUCH_CHECKLIST_LINE, line=intent.line + 1)
    key = (intent.step_index, intent.line)
    ticked = state.ticked | {key} if intent.done else state.ticked - {key}
    return replace(state, ticked=ticked)


@_handles(i.SetChime)
def _set_chime(state: SessionState, intent: i.SetChime, at: Instant, material: Material) -> SessionState:
    return replace(state, chime=intent.on)


@_handles(i.ShowFilmClock)
def _film_clock(
    state: SessionState, intent: i.ShowFilmClock, at: Instant, material: Material
) -> SessionState:
    return replace(state, film_clock=intent.shown)


@_handles(i.ShowRunningOrder)
def _running_order(
    state: SessionState, intent: i.ShowRunningOrder, at: Instant, material: Material
) -> SessionState:
    return replace(state, running_order=intent.shown)


# --- board intents ------------------------------------------------------------------------
def _board_change(state: SessionState, intent: i.Intent, material: Material) -> tuple[Board, int]:
    board, next_id = state.board, state.next_id
    match intent:
        case i.AddCard():
            card = Card(
                id=f"c{next_id}",
                text=intent.text.strip(),
                kind=CardKind(intent.kind),
                group=intent.group,
                theme=intent.theme,
            )
            return board.add_card(card), next_id + 1
        case i.EditCard():
            return board.edit_card(intent.card_id, intent.text.strip()), next_id
        case i.MoveCard():
            return board.move_card(intent.card_id, intent.theme), next_id
        case i.DeleteCard():
            return board.delete_card(intent.card_id), next_id
        case i.RestoreCard():
            return board.restore_card(intent.card_id), next_id
        case i.CreateTheme():
            name = intent.name.strip() or f"Tema {len(board.themes) + 1}"
            return board.create_theme(Theme(f"t{next_id}", name), list(intent.card_ids)), next_id + 1
        case i.RenameTheme():
            return board.rename_theme(intent.theme_id, intent.name.strip()), next_id
        case i.DissolveTheme():
            return board.dissolve_theme(intent.theme_id), next_id
        case i.AddDot():
            return board.add_dot(intent.card_id), next_id
        case i.RemoveDot():
            return board.remove_dot(intent.card_id), next_id
        case i.SetDots():
            return board.set_dots(intent.card_id, intent.count), next_id
        case i.SetScores():
            scale = (material.wrap_up.scoring or Scoring()).scale
            return board.set_scores(intent.card_id, intent.scores, (scale.min, scale.max)), next_id
        case i.ChooseProposal():
            return board.choose(intent.card_id), next_id
    raise IntentRefused(Refusal.UNKNOWN_INTENT, intent=type(intent).__name__)


def _apply_board_edit(state: SessionState, intent: i.Intent, material: Material) -> SessionState:
    try:
        board, next_id = _board_change(state, intent, material)
    except BoardError as error:
        raise IntentRefused(error.code, **error.params) from None
    undo = (*state.undo_stack, state.board)[-UNDO_DEPTH:]
    changed = replace(state, board=board, next_id=next_id, undo_stack=undo, redo_stack=())
    if isinstance(intent, i.ChooseProposal):
        return _agreement_follows_choice(changed, state.board, material)
    return changed


def _agreement_follows_choice(state: SessionState, before: Board, material: Material) -> SessionState:
    """The chosen proposal goes into the agreement's proposal field, unless one was written there.

    A proposal that only repeats the card chosen before counts as not written, so choosing
    again (or undoing the choice) keeps the field in step with the board.
    """
    field_id = material.wrap_up.proposal_field_id
    if field_id is None:
        return state
    written = state.agreement.get(field_id, "")
    previous = before.cards.get(before.chosen) if before.chosen else None
    if written and (previous is None or written != previous.text):
        return state
    chosen = state.board.cards.get(state.board.chosen) if state.board.chosen else None
    values = {**state.agreement, field_id: chosen.text if chosen is not None else ""}
    return replace(state, agreement=MappingProxyType(values))


@_handles(i.HideVotes)
def _hide_votes(state: SessionState, intent: i.HideVotes, at: Instant, material: Material) -> SessionState:
    return replace(state, board=replace(state.board, votes_hidden=intent.hidden))


def _swap_board(state: SessionState, restored: Board, *, undo: bool) -> SessionState:
    # The dot budget and vote visibility are settings, not edits: they stay as they are.
    restored = replace(restored, dot_budget=state.board.dot_budget, votes_hidden=state.board.votes_hidden)
    if restored.dot_budget and restored.dots_used > restored.dot_budget:
        raise IntentRefused(Refusal.UNDO_EXCEEDS_BUDGET, dots=restored.dots_used, budget=restored.dot_budget)
    if undo:
        return replace(
            state,
            board=restored,
            undo_stack=state.undo_stack[:-1],
            redo_stack=(*state.redo_stack, state.board),
        )
    return replace(
        state, board=restored, redo_stack=state.redo_stack[:-1], undo_stack=(*state.undo_stack, state.board)
    )


@_handles(i.Undo)
def _undo(state: SessionState, intent: i.Undo, at: Instant, material: Material) -> SessionState:
    if state.phase is SessionPhase.ENDED:
        raise IntentRefused(Refusal.SESSION_ENDED)
    if not state.undo_stack:
        raise IntentRefused(Refusal.NOTHING_TO_UNDO)
    return _swap_board(state, state.undo_stack[-1], undo=True)


@_handles(i.Redo)
def _redo(state: SessionState, intent: i.Redo, at: Instant, material: Material) -> SessionState:
    if state.phase is SessionPhase.ENDED:
        raise IntentRefused(Refusal.SESSION_ENDED)
    if not state.redo_stack:
        raise IntentRefused(Refusal.NOTHING_TO_REDO)
    return _swap_board(state, state.redo_stack[-1], undo=False)


def apply(state: SessionState, intent: i.Intent, at: Instant, material: Material) -> SessionState:
    """The new state after ``intent`` at ``at``; raises IntentRefused if it does not apply."""
    if intent.board_edit:
        if state.phase is SessionPhase.ENDED:
            raise IntentRefused(Refusal.SESSION_ENDED)
        return _apply_board_edit(state, intent, material)
    handler = _HANDLERS.get(type(intent))
    if handler is None:
        raise IntentRefused(Refusal.UNKNOWN_INTENT, intent=type(intent).__name__)
    return handler(state, intent, at, material)
