"""Time fitting: when the room has more or less time, new lengths for the steps still to come.

Step plan of the forventningsafstemning material: 5, 8, 12, 7 and 13 minutes (45 in all).
"""

from __future__ import annotations

from functools import cache

import pytest

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.planning import fit_minutes, minutes_to_ns
from dialogdesk.session.state import IntentRefused, SessionSetup
from dialogdesk.session.timers import format_remaining
from dialogdesk.session.timing import minutes_left, propose_plan, timing
from tests.conftest import MATERIALS

S = NS_PER_SECOND
MIN = 60 * S
PLAN = [5.0, 8.0, 12.0, 7.0, 13.0]


@cache
def material() -> Material:
    return load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material


def new_session(**setup: object) -> tuple[Session, ManualClock]:
    clock = ManualClock()
    session = Session(
        material(), SessionSetup(material_id="forventningsafstemning", participants=8, **setup), clock=clock
    )
    return session, clock


# --- fit_minutes ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (45, [5, 8, 12, 7, 13]),  # the plan fits as it is
        (90, [10, 16, 24, 14, 26]),  # twice the time: twice as long
        (60, [7, 11, 16, 9, 17]),  # 6.67 10.67 16 9.33 17.33 -> largest remainders round up
        (30, [3, 5, 8, 5, 9]),  # 3.33 5.33 8 4.67 8.67
        (15, [2, 3, 4, 2, 4]),  # the 5-minute step would get 1.67: it is held at 2
        (12, [2, 2, 3, 2, 3]),
        (8, [2, 2, 2, 2, 2]),  # the floors alone are more than the time: everything at the floor
    ],
)
def test_fit_minutes(available: float, expected: list[float]) -> None:
    assert fit_minutes(PLAN, available) == expected


@pytest.mark.parametrize("available", range(10, 121, 3))
def test_fitting_is_whole_minutes_above_the_floor_in_proportion_and_adds_up(available: int) -> None:
    minutes = fit_minutes(PLAN, available)

    assert sum(minutes) == available
    assert all(m == int(m) for m in minutes)
    assert min(minutes) >= 2
    # in proportion: a step planned longer never gets less than one planned shorter
    for a in range(len(PLAN)):
        for b in range(len(PLAN)):
            if PLAN[a] > PLAN[b]:
                assert minutes[a] >= minutes[b], (available, minutes)


def test_fit_minutes_with_no_steps() -> None:
    assert fit_minutes([], 30) == []


def test_a_different_floor_can_be_asked_for() -> None:
    assert fit_minutes(PLAN, 15, floor=3) == [3, 3, 3, 3, 3]
    assert fit_minutes(PLAN, 10, floor=1) == [1, 2, 3, 1, 3]


def test_minutes_to_ns_is_exact() -> None:
    assert minutes_to_ns(13) == 780 * S
    assert minutes_to_ns(0.5) == 30 * S
    assert minutes_to_ns(1 / 60) == S


# --- propose_plan and AcceptPlan ---------------------------------------------------------------------
def test_more_available_time_before_the_start_is_shared_in_proportion() -> None:
    # Given a session prepared for 60 minutes instead of the planned 45
    session, clock = new_session()
    session.dispatch(i.SetAvailableMinutes(minutes=60))

    # When the plan is fitted
    proposal = propose_plan(session.state, clock.now())

    # Then every step gets its share of the 60 minutes
    assert proposal.first_index == 0
    assert proposal.minutes_left == 60
    assert proposal.minutes == (7, 11, 16, 9, 17)

    # And accepting it changes every step's countdown
    session.dispatch(i.AcceptPlan(first_index=0, minutes=proposal.minutes))
    assert [step.countdown.duration_ns for step in session.state.steps] == [
        7 * MIN,
        11 * MIN,
        16 * MIN,
        9 * MIN,
        17 * MIN,
    ]
    assert [step.planned_ns for step in session.state.steps] == [
        5 * MIN,
        8 * MIN,
        12 * MIN,
        7 * MIN,
        13 * MIN,
    ]


def test_a_fixed_end_shrinks_the_steps_still_to_come() -> None:
    # Given Trin 1 done on time and Trin 2 just begun
    session, clock = new_session()
    session.dispatch(i.StartSession())
    clock.advance(5 * 60)
    session.dispatch(i.NextStep())

    # When the room must finish 30 minutes from now
    end = clock.now().wall_ns + 30 * MIN
    session.dispatch(i.SetEndTime(wall_ns=end))
    assert minutes_left(session.state, clock.now()) == 30
    proposal = propose_plan(session.state, clock.now())

    # Then the four steps left share the 30 minutes in proportion: 6 9 5.25 9.75
    assert proposal.first_index == 1
    assert proposal.minutes == (6, 9, 5, 10)
    assert sum(proposal.minutes) == proposal.minutes_left == 30

    # And once accepted the forecast lands on the fixed end
    session.dispatch(i.AcceptPlan(first_index=1, minutes=proposal.minutes))
    shown = timing(session.state, clock.now())
    assert format_remaining(shown.step_remaining_ns) == "06:00"
    assert shown.forecast_end_wall_ns == shown.planned_end_wall_ns == end
    assert shown.behind_plan_ns == 0
    assert [step.countdown.duration_ns for step in session.state.steps] == [
        5 * MIN,
        6 * MIN,
        9 * MIN,
        5 * MIN,
        10 * MIN,
    ]


def test_for_the_current_step_the_plan_means_the_time_still_to_go() -> None:
    # Given Trin 3 (12 min) has run 4 min 30 s
    session, clock = new_session()
    session.dispatch(i.JumpToStep(index=2))
    clock.advance(4 * 60 + 30)

    # When the plan gives it 3 more minutes, and the rest 4, 6
    session.dispatch(i.AcceptPlan(first_index=2, minutes=(3, 4, 6)))

    # Then Trin 3 shows 03:00 left (its length is 7:30) and the later steps their new lengths
    shown = timing(session.state, clock.now())
    assert shown.step_remaining_ns == 3 * MIN
    assert format_remaining(shown.step_remaining_ns) == "03:00"
    assert session.state.steps[2].countdown.duration_ns == 7 * MIN + 30 * S
    assert [s.countdown.duration_ns for s in session.state.steps[3:]] == [4 * MIN, 6 * MIN]
    assert shown.forecast_end_wall_ns == clock.now().wall_ns + 13 * MIN


def test_the_proposal_for_a_running_step_starts_from_its_time_still_to_go() -> None:
    # Given 60 available minutes, Trin 1 ran 16 minutes and Trin 2 (8 min) has run 3 minutes
    session, clock = new_session(available_minutes=60)
    session.dispatch(i.StartSession())
    clock.advance(16 * 60)
    session.dispatch(i.NextStep())
    clock.advance(3 * 60)

    proposal = propose_plan(session.state, clock.now())

    # Then 5 (still to go on Trin 2), 12, 7, 13 (37 min) are stretched to the 41 minutes left:
    # 5.54 13.30 7.76 14.41 -> whole minutes by largest remainder
    assert proposal.minutes_left == 41
    assert proposal.first_index == 1
    assert proposal.minutes == (6, 13, 8, 14)

    # And accepting it gives Trin 2 six more minutes on top of the three it has run
    session.dispatch(i.AcceptPlan(first_index=1, minutes=proposal.minutes))
    assert format_remaining(timing(session.state, clock.now()).step_remaining_ns) == "06:00"
    assert session.state.steps[1].countdown.duration_ns == 9 * MIN


def test_the_proposal_never_goes_below_the_floor_when_time_is_short() -> None:
    # Given only 15 minutes for the whole dialogue
    session, clock = new_session(available_minutes=15)

    proposal = propose_plan(session.state, clock.now())

    assert proposal.minutes == (2, 3, 4, 2, 4)
    assert min(proposal.minutes) >= 2


def test_a_proposal_adds_up_to_the_minutes_left_when_the_current_step_has_part_of_a_minute_left() -> None:
    # Given Trin 1 (5 min) has run 3 min 30 s, and the room must end in exactly 20 minutes
    session, clock = new_session()
    session.dispatch(i.StartSession())
    clock.advance(3 * 60 + 30)
    session.dispatch(i.SetEndTime(wall_ns=clock.now().wall_ns + 20 * MIN))

    proposal = propose_plan(session.state, clock.now())

    # Then the proposal (1.5 min still to go on Trin 1, the rest shared) fills exactly the 20 minutes
    assert proposal.minutes_left == 20
    assert proposal.minutes[0] == 1.5
    assert sum(proposal.minutes) == 20, f"proposal {proposal.minutes} adds up to {sum(proposal.minutes)}"


def a_session_one_minute_over_on_trin_1_with_20_minutes_left() -> tuple[Session, ManualClock]:
    session, clock = new_session()
    session.dispatch(i.StartSession())
    clock.advance(6 * 60)
    session.dispatch(i.SetEndTime(wall_ns=clock.now().wall_ns + 20 * MIN))
    return session, clock


def test_a_proposal_made_while_the_current_step_runs_over_keeps_every_step_above_the_floor() -> None:
    # Given Trin 1 (5 min) has run 6 minutes (one minute over) and 20 minutes are left
    session, clock = a_session_one_minute_over_on_trin_1_with_20_minutes_left()

    proposal = propose_plan(session.state, clock.now())

    # Then no step is proposed below the 2-minute floor
    assert proposal.minutes_left == 20
    assert min(proposal.minutes) >= 2, f"proposal {proposal.minutes}"


def test_a_proposal_made_while_the_current_step_runs_over_can_be_accepted() -> None:
    # Given Trin 1 (5 min) has run 6 minutes (one minute over) and 20 minutes are left
    session, clock = a_session_one_minute_over_on_trin_1_with_20_minutes_left()
    proposal = propose_plan(session.state, clock.now())

    # When the facilitator accepts the proposal as it is, it is not refused
    session.dispatch(i.AcceptPlan(first_index=proposal.first_index, minutes=proposal.minutes))

    assert [s.countdown.duration_ns for s in session.state.steps[1:]] == [
        minutes_to_ns(m) for m in proposal.minutes[1:]
    ]


@pytest.mark.parametrize(
    ("plan", "message"),
    [
        (i.AcceptPlan(first_index=0, minutes=()), "plan_does_not_match"),
        (i.AcceptPlan(first_index=3, minutes=(1, 2, 3)), "plan_does_not_match"),
        (i.AcceptPlan(first_index=-1, minutes=(1,)), "plan_does_not_match"),
        (i.AcceptPlan(first_index=0, minutes=(5, 0, 12, 7, 13)), "step_time_not_positive"),
        (i.AcceptPlan(first_index=4, minutes=(-1,)), "step_time_not_positive"),
    ],
)
def test_a_plan_that_does_not_fit_the_steps_is_refused(plan: i.AcceptPlan, message: str) -> None:
    session, _ = new_session()

    with pytest.raises(IntentRefused, match=message):
        session.dispatch(plan)

    assert session.events == []
