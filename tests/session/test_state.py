"""Every flow intent, as the facilitator sees its effect on the clocks.

Material: forventningsafstemning, steps of 5, 8, 12, 7 and 13 minutes (45 in all); Trin 4 has
the silent minute ("silent-brainstorm", 1 minute); Trin 1 the film ("watch-film", no length).
The ManualClock moves only when told, so every value is exact.
"""

from __future__ import annotations

from functools import cache

import pytest

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_MS, NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import IntentRefused, SessionPhase, SessionSetup, apply, initial_state
from dialogdesk.session.timers import Phase, WarningThreshold, format_remaining
from dialogdesk.session.timing import Timing, actual_vs_plan, minutes_left, planned_end, timing
from tests.conftest import MATERIALS

MS = NS_PER_MS
S = NS_PER_SECOND
MIN = 60 * S
PLAN_NS = [5 * MIN, 8 * MIN, 12 * MIN, 7 * MIN, 13 * MIN]
SILENT_MINUTE = "silent-brainstorm"
FILM = "watch-film"


@cache
def material() -> Material:
    return load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material


def new_session(participants: int = 8, **setup: object) -> tuple[Session, ManualClock]:
    clock = ManualClock(mono_ns=987_654_321, wall_ns=1_700_000_000 * S + 123_456_789)
    session = Session(
        material(),
        SessionSetup(material_id="forventningsafstemning", participants=participants, **setup),
        clock=clock,
    )
    return session, clock


def started(**setup: object) -> tuple[Session, ManualClock]:
    session, clock = new_session(**setup)
    session.dispatch(i.StartSession())
    return session, clock


def shown(session: Session) -> Timing:
    return timing(session.state, session.now())


def clock_text(session: Session) -> str:
    return format_remaining(shown(session).step_remaining_ns)


# --- the material as the engine sees it ----------------------------------------------------------
def test_the_material_has_the_steps_the_tests_rely_on() -> None:
    m = material()
    assert [step.minutes for step in m.steps] == [5, 8, 12, 7, 13]
    assert [a.id for a in m.steps[3].activities] == [SILENT_MINUTE]
    assert m.steps[3].activities[0].minutes == 1
    assert [a.id for a in m.steps[0].activities] == [FILM]
    assert m.wrap_up.dot_voting.dots_per_participant == 1
    assert [f.id for f in m.wrap_up.agreement] == [
        "proposal",
        "how",
        "responsible",
        "participants",
        "test_done",
        "follow_up",
    ]


# --- preparation and start ---------------------------------------------------------------------
def test_before_the_start_nothing_runs_and_the_plan_ends_45_minutes_from_now() -> None:
    session, clock = new_session()
    clock.advance(600)

    view = shown(session)
    assert session.state.phase is SessionPhase.PREPARATION
    assert (format_remaining(view.step_remaining_ns), view.step_phase) == ("05:00", Phase.NOT_STARTED)
    assert view.session_elapsed_ns == 0
    assert view.planned_end_wall_ns == view.forecast_end_wall_ns == clock.now().wall_ns + 45 * MIN
    assert view.activity_remaining_ns is None


def test_start_session_starts_trin_1_and_the_session_clock() -> None:
    session, clock = new_session()
    start = clock.now()

    session.dispatch(i.StartSession())
    clock.advance(1)

    assert session.state.phase is SessionPhase.RUNNING
    assert session.state.current == 0
    assert session.state.started_at == start
    view = shown(session)
    assert (format_remaining(view.step_remaining_ns), view.step_phase) == ("04:59", Phase.NORMAL)
    assert view.session_elapsed_ns == 1 * S
    assert view.planned_end_wall_ns == start.wall_ns + 45 * MIN


def test_a_session_starts_only_once() -> None:
    session, _ = started()

    with pytest.raises(IntentRefused, match="already_started"):
        session.dispatch(i.StartSession())


def test_next_step_in_preparation_starts_the_session() -> None:
    session, clock = new_session()

    session.dispatch(i.NextStep())
    clock.advance(10)

    assert session.state.phase is SessionPhase.RUNNING
    assert session.state.current == 0
    assert clock_text(session) == "04:50"


@pytest.mark.parametrize("intent", [i.Pause(), i.Resume(), i.PreviousStep(), i.StartActivity(FILM)])
def test_running_intents_are_refused_before_the_start(intent: i.Intent) -> None:
    session, _ = new_session()

    with pytest.raises(IntentRefused, match="not_running"):
        session.dispatch(intent)


# --- pause and resume ---------------------------------------------------------------------------
def test_paused_time_does_not_count_on_the_step_but_on_the_session_clock() -> None:
    # Given Trin 1 has run 90 s
    session, clock = started()
    clock.advance(90)

    # When the room pauses for 5 minutes
    session.dispatch(i.Pause())
    clock.advance(5 * 60)

    # Then the step stands still at 03:30, the session clock went on, and the end moved 5 min
    view = shown(session)
    assert session.state.paused
    assert format_remaining(view.step_remaining_ns) == "03:30"
    assert view.session_elapsed_ns == 6 * MIN + 30 * S
    assert view.behind_plan_ns == 5 * MIN

    # And after resuming for 30 s the step goes on from where it stood
    session.dispatch(i.Resume())
    clock.advance(30)
    assert not session.state.paused
    assert clock_text(session) == "03:00"
    assert shown(session).session_elapsed_ns == 7 * MIN


def test_pausing_twice_or_resuming_a_running_step_changes_no_clock() -> None:
    session, clock = started()
    clock.advance(10)
    session.dispatch(i.Pause())
    clock.advance(10)
    session.dispatch(i.Pause())
    clock.advance(10)
    session.dispatch(i.Resume())
    clock.advance(10)
    session.dispatch(i.Resume())
    clock.advance(10)

    assert clock_text(session) == "04:30"  # 10 + 10 + 10 s ran
    assert shown(session).session_elapsed_ns == 50 * S


def test_a_step_entered_during_a_pause_waits_for_the_resume() -> None:
    session, clock = started()
    session.dispatch(i.Pause())

    session.dispatch(i.NextStep())
    clock.advance(60)

    view = shown(session)
    assert (session.state.current, view.step_phase, format_remaining(view.step_remaining_ns)) == (
        1,
        Phase.NOT_STARTED,
        "08:00",
    )
    session.dispatch(i.Resume())
    clock.advance(1)
    assert clock_text(session) == "07:59"


# --- moving between steps -----------------------------------------------------------------------
def test_next_step_goes_through_every_step_to_the_wrap_up() -> None:
    session, clock = started()
    seen = []
    for expected_index in range(5):
        assert session.state.current == expected_index
        seen.append(clock_text(session))
        clock.advance(60)
        session.dispatch(i.NextStep())

    assert seen == ["05:00", "08:00", "12:00", "07:00", "13:00"]
    assert session.state.phase is SessionPhase.WRAP_UP
    assert [t.actual_ns for t in actual_vs_plan(session.state, session.now())] == [60 * S] * 5
    # The steps stopped; the session clock runs on through the wrap-up
    clock.advance(60)
    assert [t.actual_ns for t in actual_vs_plan(session.state, session.now())] == [60 * S] * 5
    assert shown(session).session_elapsed_ns == 6 * MIN
    assert shown(session).forecast_end_wall_ns == clock.now().wall_ns
    with pytest.raises(IntentRefused, match="not_running"):
        session.dispatch(i.NextStep())


def test_previous_step_from_the_wrap_up_goes_back_to_the_last_step_and_its_time() -> None:
    # Given Trin 5 ran 4 minutes before the wrap-up
    session, clock = started()
    session.dispatch(i.JumpToStep(index=4))
    clock.advance(4 * 60)
    session.dispatch(i.NextStep())
    clock.advance(60)
    assert session.state.phase is SessionPhase.WRAP_UP

    # When the facilitator goes back
    session.dispatch(i.PreviousStep())
    clock.advance(1)

    # Then Trin 5 runs on from 4 minutes
    assert session.state.phase is SessionPhase.RUNNING
    assert session.state.current == 4
    assert clock_text(session) == "08:59"


def test_previous_step_goes_back_one_step() -> None:
    session, clock = started()
    clock.advance(100)
    session.dispatch(i.NextStep())
    clock.advance(20)

    session.dispatch(i.PreviousStep())
    clock.advance(5)

    assert session.state.current == 0
    assert clock_text(session) == "03:15"  # 100 + 5 s on Trin 1
    assert session.state.steps[1].countdown.elapsed_ns(session.now().mono_ns) == 20 * S


def test_previous_step_is_refused_on_the_first_step() -> None:
    session, _ = started()

    with pytest.raises(IntentRefused, match="first_step"):
        session.dispatch(i.PreviousStep())

    assert session.state.current == 0


def test_jump_to_step_resumes_that_steps_own_time() -> None:
    # Given Trin 1 ran 2 minutes and Trin 2 ran 3 minutes
    session, clock = started()
    clock.advance(120)
    session.dispatch(i.NextStep())
    clock.advance(180)

    # When the facilitator jumps back to Trin 1, then forward to Trin 2, then to Trin 4
    session.dispatch(i.JumpToStep(index=0))
    assert clock_text(session) == "03:00"
    clock.advance(30)
    assert clock_text(session) == "02:30"
    session.dispatch(i.JumpToStep(index=1))
    assert clock_text(session) == "05:00"
    session.dispatch(i.JumpToStep(index=3))

    # Then each step kept its own time and the new one starts fresh
    assert clock_text(session) == "07:00"
    actual = [t.actual_ns for t in actual_vs_plan(session.state, session.now())]
    assert actual == [150 * S, 180 * S, 0, 0, 0]


def test_jump_to_step_in_preparation_starts_the_session_there() -> None:
    session, clock = new_session()

    session.dispatch(i.JumpToStep(index=2))
    clock.advance(1)

    assert session.state.phase is SessionPhase.RUNNING
    assert session.state.started_at is not None
    assert clock_text(session) == "11:59"


@pytest.mark.parametrize("index", [-1, 5, 99])
def test_jumping_to_a_step_that_does_not_exist_is_refused(index: int) -> None:
    session, _ = started()

    with pytest.raises(IntentRefused, match=rf"no_such_step\(step={index + 1}\)"):
        session.dispatch(i.JumpToStep(index=index))


def test_jump_from_the_wrap_up_runs_the_step_again() -> None:
    session, _ = started()
    for _ in range(5):
        session.dispatch(i.NextStep())

    session.dispatch(i.JumpToStep(index=1))

    assert (session.state.phase, session.state.current) == (SessionPhase.RUNNING, 1)


# --- ending -----------------------------------------------------------------------------------
def test_end_session_early_stops_every_clock() -> None:
    # Given Trin 2 has run 2 minutes, 7 minutes in
    session, clock = started()
    clock.advance(5 * 60)
    session.dispatch(i.NextStep())
    clock.advance(2 * 60)

    # When the facilitator ends early
    session.dispatch(i.EndSession())
    end = clock.now()
    clock.advance(30 * 60)

    # Then everything stands still as it was at the end
    view = shown(session)
    assert session.state.phase is SessionPhase.ENDED
    assert session.state.ended_at == end
    assert view.session_elapsed_ns == 7 * MIN
    assert format_remaining(view.step_remaining_ns) == "06:00"
    assert view.forecast_end_wall_ns == end.wall_ns
    assert [t.actual_ns for t in actual_vs_plan(session.state, session.now())] == [5 * MIN, 2 * MIN, 0, 0, 0]

    # And the session cannot go on; ending again changes nothing
    for intent in (i.NextStep(), i.PreviousStep(), i.Pause(), i.Resume(), i.JumpToStep(index=0)):
        with pytest.raises(IntentRefused):
            session.dispatch(intent)
    with pytest.raises(IntentRefused, match="session_ended"):
        session.dispatch(i.AddCard(text="For sent"))
    state = session.state
    session.dispatch(i.EndSession())
    assert session.state is state


def test_a_session_can_end_from_the_wrap_up() -> None:
    session, clock = started()
    for _ in range(5):
        clock.advance(60)
        session.dispatch(i.NextStep())
    clock.advance(3 * 60)

    session.dispatch(i.EndSession())
    clock.advance(60)

    assert session.state.phase is SessionPhase.ENDED
    assert shown(session).session_elapsed_ns == 8 * MIN


# --- more or less time ---------------------------------------------------------------------------
def test_add_time_gives_the_step_a_minute_more_and_moves_the_forecast() -> None:
    session, clock = started()
    clock.advance(1)
    assert clock_text(session) == "04:59"

    session.dispatch(i.AddTime())

    view = shown(session)
    assert format_remaining(view.step_remaining_ns) == "05:59"
    assert view.behind_plan_ns == 60 * S
    assert view.planned_end_wall_ns == session.state.started_at.wall_ns + 45 * MIN


def test_add_time_lifts_a_step_out_of_overtime() -> None:
    session, clock = started()
    clock.advance(5 * 60 + 30)
    assert (clock_text(session), shown(session).step_phase) == ("-00:30", Phase.OVERTIME)

    session.dispatch(i.AddTime(seconds=60))

    assert (clock_text(session), shown(session).step_phase) == ("00:30", Phase.WARNING)


def test_negative_add_time_takes_time_away() -> None:
    session, _ = started()

    session.dispatch(i.AddTime(seconds=-120))

    assert clock_text(session) == "03:00"


def test_add_time_to_an_activity_needs_a_running_activity() -> None:
    session, _ = started()

    with pytest.raises(IntentRefused, match="no_activity_running"):
        session.dispatch(i.AddTime(seconds=60, to_activity=True))


def test_set_end_time_makes_the_fixed_end_the_planned_end() -> None:
    # Given 10 minutes into the session, Trin 2 has run 5 of its 8 minutes
    session, clock = started()
    clock.advance(5 * 60)
    session.dispatch(i.NextStep())
    clock.advance(5 * 60)

    # When the room must end 25 minutes from now
    end = clock.now().wall_ns + 25 * MIN
    session.dispatch(i.SetEndTime(wall_ns=end))

    # Then the planned end is that time, with 25 minutes left of a 35-minute session
    view = shown(session)
    assert view.planned_end_wall_ns == end
    assert minutes_left(session.state, clock.now()) == 25
    assert session.state.session_clock.duration_ns == 35 * MIN
    # The steps still need 3 + 12 + 7 + 13 = 35 minutes: 10 minutes past the fixed end
    assert view.forecast_end_wall_ns == clock.now().wall_ns + 35 * MIN
    assert view.behind_plan_ns == 10 * MIN

    # And the minutes left count down with the wall clock
    clock.advance(5 * 60 + 30)
    assert minutes_left(session.state, clock.now()) == 19.5
    assert shown(session).planned_end_wall_ns == end


def test_set_end_time_before_the_start() -> None:
    session, clock = new_session()
    end = clock.now().wall_ns + 40 * MIN

    session.dispatch(i.SetEndTime(wall_ns=end))

    assert planned_end(session.state, clock.now()) == end
    assert minutes_left(session.state, clock.now()) == 40
    assert session.state.setup.end_wall_ns == end


def test_clearing_the_end_time_goes_back_to_the_session_length() -> None:
    session, clock = started()
    session.dispatch(i.SetEndTime(wall_ns=clock.now().wall_ns + 30 * MIN))

    session.dispatch(i.SetEndTime(wall_ns=None))

    assert session.state.setup.end_wall_ns is None
    assert shown(session).planned_end_wall_ns == session.state.started_at.wall_ns + 30 * MIN


def test_set_available_minutes_sets_the_session_length() -> None:
    # Given a fixed end set before
    session, clock = new_session()
    session.dispatch(i.SetEndTime(wall_ns=clock.now().wall_ns + 50 * MIN))

    # When the room has 60 minutes instead
    session.dispatch(i.SetAvailableMinutes(minutes=60))

    # Then the fixed end is gone and the plan runs 60 minutes from the start
    assert session.state.setup.end_wall_ns is None
    assert shown(session).planned_end_wall_ns == clock.now().wall_ns + 60 * MIN
    session.dispatch(i.StartSession())
    clock.advance(15 * 60)
    assert minutes_left(session.state, clock.now()) == 45
    assert shown(session).planned_end_wall_ns == session.state.started_at.wall_ns + 60 * MIN


def test_no_available_minutes_means_the_steps_own_lengths() -> None:
    session, clock = new_session(available_minutes=30)
    session.dispatch(i.AcceptPlan(first_index=0, minutes=(7,)))  # Trin 1 is 7 minutes now

    session.dispatch(i.SetAvailableMinutes(minutes=None))

    assert session.state.session_clock.duration_ns == 47 * MIN
    assert minutes_left(session.state, clock.now()) == 47


def test_a_minute_is_added_only_while_the_session_runs() -> None:
    # Given a session not yet started, then one in the wrap-up
    session, _ = new_session()

    # Then "+1 min" is refused by the reducer itself (not only by a disabled button)
    with pytest.raises(IntentRefused, match="not_running"):
        session.dispatch(i.AddTime(seconds=60))
    session.dispatch(i.StartSession())
    session.dispatch(i.JumpToStep(index=len(session.material.steps) - 1))
    session.dispatch(i.NextStep())
    with pytest.raises(IntentRefused, match="not_running"):
        session.dispatch(i.AddTime(seconds=60))


@pytest.mark.parametrize("minutes", [0, -5])
def test_no_time_at_all_is_refused(minutes: float) -> None:
    session, _ = new_session()

    with pytest.raises(IntentRefused, match="available_time_not_positive"):
        session.dispatch(i.SetAvailableMinutes(minutes=minutes))


# --- the warning -------------------------------------------------------------------------------
def test_set_warning_to_the_last_fifth_of_the_time() -> None:
    # Given Trin 3 (12 min), which by default warns in its last minute
    session, clock = started()
    session.dispatch(i.JumpToStep(index=2))
    clock.advance(9 * 60 + 36)  # 2 min 24 s left
    assert shown(session).step_phase is Phase.NORMAL

    # When the warning is set to the last 20 %
    session.dispatch(i.SetWarning(seconds=None, fraction=0.2))

    # Then 2 min 24 s left (20 % of 12 min) is the warning
    assert session.state.warning == WarningThreshold(seconds=None, fraction=0.2)
    assert (clock_text(session), shown(session).step_phase) == ("02:24", Phase.WARNING)
    session.dispatch(i.JumpToStep(index=4))
    clock.advance(10 * 60 + 35)  # 13 min: 2:36 is the warning, 2:25 left
    assert shown(session).step_phase is Phase.WARNING


def test_set_warning_in_seconds() -> None:
    session, clock = started()
    clock.advance(2 * 60 + 59)

    session.dispatch(i.SetWarning(seconds=120))
    assert shown(session).step_phase is Phase.NORMAL
    clock.advance(1)
    assert shown(session).step_phase is Phase.WARNING


@pytest.mark.parametrize("fraction", [0, 1, 1.5, -0.2])
def test_a_warning_share_outside_0_and_1_is_refused(fraction: float) -> None:
    session, _ = new_session()

    with pytest.raises(IntentRefused, match="warning_share_out_of_range"):
        session.dispatch(i.SetWarning(fraction=fraction))


# --- activities -----------------------------------------------------------------------------------
def test_the_silent_minute_has_its_own_countdown_and_phase() -> None:
    # Given Trin 4 has run 10 s
    session, clock = started()
    session.dispatch(i.JumpToStep(index=3))
    clock.advance(10)

    # When the silent minute starts
    session.dispatch(i.StartActivity(activity_id=SILENT_MINUTE))

    # Then it counts down one minute of its own; the step clock goes on
    view = shown(session)
    assert format_remaining(view.activity_remaining_ns) == "01:00"
    assert view.activity_elapsed_ns == 0
    # a one-minute countdown warns in its last quarter, not from its first second
    assert (view.activity_phase, view.step_phase) == (Phase.NORMAL, Phase.NORMAL)
    assert not session.state.activity.open_ended

    clock.advance(45)
    view = shown(session)
    assert (format_remaining(view.activity_remaining_ns), format_remaining(view.step_remaining_ns)) == (
        "00:15",
        "06:05",
    )
    clock.advance(16)
    view = shown(session)
    assert (format_remaining(view.activity_remaining_ns), view.activity_phase) == ("-00:01", Phase.OVERTIME)
    assert view.step_phase is Phase.NORMAL


def test_the_silent_minute_can_be_given_more_time() -> None:
    session, clock = started()
    session.dispatch(i.JumpToStep(index=3))
    session.dispatch(i.StartActivity(activity_id=SILENT_MINUTE))
    clock.advance(50)

    session.dispatch(i.AddTime(seconds=60, to_activity=True))

    view = shown(session)
    assert format_remaining(view.activity_remaining_ns) == "01:10"
    assert format_remaining(view.step_remaining_ns) == "06:10"  # the step got nothing


def test_pause_holds_the_activity_too() -> None:
    session, clock = started()
    session.dispatch(i.JumpToStep(index=3))
    session.dispatch(i.StartActivity(activity_id=SILENT_MINUTE))
    clock.advance(20)

    session.dispatch(i.Pause())
    clock.advance(300)
    session.dispatch(i.Resume())
    clock.advance(10)

    assert format_remaining(shown(session).activity_remaining_ns) == "00:30"


def test_starting_the_silent_minute_during_a_pause_resumes_the_room() -> None:
    session, clock = started()
    session.dispatch(i.JumpToStep(index=3))
    clock.advance(30)
    session.dispatch(i.Pause())
    clock.advance(60)

    session.dispatch(i.StartActivity(activity_id=SILENT_MINUTE))
    clock.advance(10)

    assert not session.state.paused
    assert format_remaining(shown(session).activity_remaining_ns) == "00:50"
    assert clock_text(session) == "06:20"


@pytest.mark.parametrize("leave", [i.NextStep(), i.PreviousStep(), i.JumpToStep(index=0), i.EndSession()])
def test_the_activity_stops_when_the_step_changes(leave: i.Intent) -> None:
    session, clock = started()
    session.dispatch(i.JumpToStep(index=3))
    session.dispatch(i.StartActivity(activity_id=SILENT_MINUTE))
    clock.advance(20)

    session.dispatch(leave)

    assert session.state.activity is None
    assert shown(session).activity_remaining_ns is None


def test_stop_activity_ends_it_and_the_step_goes_on() -> None:
    session, clock = started()
    session.dispatch(i.JumpToStep(index=3))
    session.dispatch(i.StartActivity(activity_id=SILENT_MINUTE))
    clock.advance(40)

    session.dispatch(i.StopActivity())
    clock.advance(20)

    assert session.state.activity is None
    assert clock_text(session) == "06:00"


def test_the_film_without_a_length_counts_up() -> None:
    session, clock = started()

    session.dispatch(i.StartActivity(activity_id=FILM))
    clock.advance(95)

    assert session.state.activity.open_ended
    assert shown(session).activity_elapsed_ns == 95 * S


@pytest.mark.parametrize(
    ("step_index", "activity_id", "message"),
    [
        (3, "no-such-thing", r"no_such_activity\(activity='no-such-thing', step_number=4\)"),
        (3, FILM, r"no_such_activity\(activity='watch-film', step_number=4\)"),  # the film belongs to Trin 1
        (0, SILENT_MINUTE, r"no_such_activity\(activity='silent-brainstorm', step_number=1\)"),
    ],
)
def test_an_activity_that_is_not_in_the_step_is_refused(
    step_index: int, activity_id: str, message: str
) -> None:
    session, _ = started()
    session.dispatch(i.JumpToStep(index=step_index))
    before = session.state

    with pytest.raises(IntentRefused, match=message):
        session.dispatch(i.StartActivity(activity_id=activity_id))

    assert session.state is before


# --- the room and the notes --------------------------------------------------------------------------
def test_set_participants_changes_the_dot_budget_and_the_names() -> None:
    session, _ = new_session(participants=8)

    session.dispatch(i.SetParticipants(count=12, names=("Anna", "Bo")))

    assert session.state.setup.participants == 12
    assert session.state.setup.participant_names == ("Anna", "Bo")
    assert session.state.board.dot_budget == 12


def test_a_session_needs_at_least_one_participant() -> None:
    session, _ = new_session()

    with pytest.raises(IntentRefused, match="too_few_participants"):
        session.dispatch(i.SetParticipants(count=0))


def test_set_room_message_shows_the_trimmed_text() -> None:
    session, _ = new_session()

    session.dispatch(i.SetRoomMessage(text="  Pause til 10:15 \n"))
    assert session.state.room_message == "Pause til 10:15"

    session.dispatch(i.SetRoomMessage(text=""))
    assert session.state.room_message == ""


def test_set_note_keeps_a_note_per_step() -> None:
    session, _ = started()

    session.dispatch(i.SetNote(step_index=1, text="Mange pointer om tid"))
    session.dispatch(i.SetNote(step_index=4, text="Forslag 2 vandt"))

    assert [step.note for step in session.state.steps] == [
        "",
        "Mange pointer om tid",
        "",
        "",
        "Forslag 2 vandt",
    ]


@pytest.mark.parametrize("index", [-1, 5])
def test_a_note_for_a_step_that_does_not_exist_is_refused(index: int) -> None:
    session, _ = new_session()

    with pytest.raises(IntentRefused, match=rf"no_such_step\(step={index + 1}\)"):
        session.dispatch(i.SetNote(step_index=index, text="x"))


def test_record_agreement_fills_and_corrects_fields() -> None:
    session, _ = started()

    session.dispatch(i.RecordAgreement(values=(("proposal", "Fast tjekliste"), ("responsible", "Anna"))))
    session.dispatch(i.RecordAgreement(values=(("responsible", "Anna og Bo"), ("follow_up", "2024-03-01"))))

    assert dict(session.state.agreement) == {
        "proposal": "Fast tjekliste",
        "responsible": "Anna og Bo",
        "follow_up": "2024-03-01",
    }


def test_record_agreement_with_an_unknown_field_is_refused_and_changes_nothing() -> None:
    session, _ = started()

    with pytest.raises(IntentRefused, match=r"unknown_agreement_field\(fields='why'\)"):
        session.dispatch(i.RecordAgreement(values=(("proposal", "x"), ("why", "fordi"))))

    assert dict(session.state.agreement) == {}


# --- the reducer ----------------------------------------------------------------------------------
def test_apply_is_pure() -> None:
    session, clock = new_session()
    state = session.state

    first = apply(state, i.StartSession(), clock.now(), material())
    second = apply(state, i.StartSession(), clock.now(), material())

    assert first == second
    assert state == initial_state(material(), state.setup)


def test_apply_refuses_an_intent_it_does_not_know() -> None:
    class Shout(i.Intent):
        pass

    session, clock = new_session()

    with pytest.raises(IntentRefused, match=r"unknown_intent\(intent='Shout'\)"):
        apply(session.state, Shout(), clock.now(), material())


# --- a whole hour, to the nanosecond ------------------------------------------------------------------
def test_an_hour_with_pauses_and_step_changes_is_exact_to_the_nanosecond() -> None:
    """Step changes and pauses at odd millisecond offsets; every checkpoint computed by hand.

    Steps (ms): 300_000, 480_000, 720_000, 420_000, 780_000 (45 min); pauses 45_001 + 119_999 +
    300_000 = 465_000 ms; the wrap-up begins at exactly 3_600_000 ms.
    """
    session, clock = started()
    start = session.state.started_at

    def check(t_ms: int, step: int, remaining_ms: int, text: str, phase: Phase, actual_ms: list[int]) -> None:
        now = clock.now()
        assert now.mono_ns - start.mono_ns == t_ms * MS
        view = shown(session)
        assert session.state.current == step
        assert view.step_remaining_ns == remaining_ms * MS
        assert format_remaining(view.step_remaining_ns) == text
        assert view.step_phase is phase
        assert view.session_elapsed_ns == t_ms * MS
        assert [t.actual_ns for t in actual_vs_plan(session.state, now)] == [ms * MS for ms in actual_ms]
        assert [t.planned_ns for t in actual_vs_plan(session.state, now)] == PLAN_NS
        assert view.planned_end_wall_ns == start.wall_ns + 45 * MIN

    # Trin 1
    clock.advance(ms=61_234)
    check(61_234, 0, 238_766, "03:59", Phase.NORMAL, [61_234, 0, 0, 0, 0])
    assert shown(session).forecast_end_wall_ns == start.wall_ns + 2_700_000 * MS  # on plan
    session.dispatch(i.Pause())
    clock.advance(ms=45_001)
    check(106_235, 0, 238_766, "03:59", Phase.NORMAL, [61_234, 0, 0, 0, 0])
    assert shown(session).behind_plan_ns == 45_001 * MS
    session.dispatch(i.Resume())
    clock.advance(ms=200_003)
    check(306_238, 0, 38_763, "00:39", Phase.WARNING, [261_237, 0, 0, 0, 0])
    clock.advance(ms=50_505)
    check(356_743, 0, -11_742, "-00:11", Phase.OVERTIME, [311_742, 0, 0, 0, 0])

    # Trin 2, with a pause in its last seconds
    session.dispatch(i.NextStep())
    check(356_743, 1, 480_000, "08:00", Phase.NORMAL, [311_742, 0, 0, 0, 0])
    clock.advance(ms=470_001)
    check(826_744, 1, 9_999, "00:10", Phase.WARNING, [311_742, 470_001, 0, 0, 0])
    session.dispatch(i.Pause())
    clock.advance(ms=119_999)
    session.dispatch(i.Resume())
    clock.advance(ms=20_002)
    check(966_745, 1, -10_003, "-00:10", Phase.OVERTIME, [311_742, 490_003, 0, 0, 0])

    # Trin 3, a look back at Trin 2, and a jump back to Trin 3
    session.dispatch(i.NextStep())
    clock.advance(ms=600_007)
    check(1_566_752, 2, 119_993, "02:00", Phase.NORMAL, [311_742, 490_003, 600_007, 0, 0])
    session.dispatch(i.PreviousStep())
    clock.advance(ms=3_333)
    check(1_570_085, 1, -13_336, "-00:13", Phase.OVERTIME, [311_742, 493_336, 600_007, 0, 0])
    # forecast: now + 0 (overtime) + 119_993 (rest of Trin 3) + 420_000 + 780_000
    assert shown(session).forecast_end_wall_ns == start.wall_ns + 2_890_078 * MS
    assert shown(session).behind_plan_ns == 190_078 * MS
    session.dispatch(i.JumpToStep(index=2))
    clock.advance(ms=100_001)
    check(1_670_086, 2, 19_992, "00:20", Phase.WARNING, [311_742, 493_336, 700_008, 0, 0])

    # Trin 4 with a coffee break 1 ms before its end
    session.dispatch(i.NextStep())
    clock.advance(ms=419_999)
    check(2_090_085, 3, 1, "00:01", Phase.WARNING, [311_742, 493_336, 700_008, 419_999, 0])
    session.dispatch(i.Pause())
    clock.advance(ms=300_000)
    check(2_390_085, 3, 1, "00:01", Phase.WARNING, [311_742, 493_336, 700_008, 419_999, 0])
    session.dispatch(i.Resume())
    clock.advance(ms=7)
    view = shown(session)
    assert view.step_remaining_ns == -6 * MS
    assert view.step_phase is Phase.OVERTIME

    # Trin 5, into overtime up to the hour
    session.dispatch(i.NextStep())
    clock.advance(ms=777_777)
    check(3_167_869, 4, 2_223, "00:03", Phase.WARNING, [311_742, 493_336, 700_008, 420_006, 777_777])
    clock.advance(ms=432_131)
    check(3_600_000, 4, -429_908, "-07:09", Phase.OVERTIME, [311_742, 493_336, 700_008, 420_006, 1_209_908])
    assert shown(session).forecast_end_wall_ns == start.wall_ns + 60 * MIN

    # The wrap-up at exactly one hour: steps stop, the session clock runs on until the end
    session.dispatch(i.NextStep())
    assert session.state.phase is SessionPhase.WRAP_UP
    final = [311_742, 493_336, 700_008, 420_006, 1_209_908]
    assert sum(final) + 45_001 + 119_999 + 300_000 == 3_600_000
    clock.advance(ms=123)
    actual = [t.actual_ns for t in actual_vs_plan(session.state, clock.now())]
    assert actual == [ms * MS for ms in final]
    assert shown(session).session_elapsed_ns == 3_600_123 * MS
    session.dispatch(i.EndSession())
    clock.advance(ms=99_999)
    assert shown(session).session_elapsed_ns == 3_600_123 * MS
    assert [t.actual_ns for t in actual_vs_plan(session.state, clock.now())] == [ms * MS for ms in final]
