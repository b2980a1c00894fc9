"""A repeated activity (25/10's five scoring rounds): ``rounds`` and ``next_round`` in the core.

Auto rounds follow one another from the monotonic clock alone; clicker rounds on the
facilitator's next. Material: forventningsafstemning with Trin 3 made 1:30 long and given a
series "Score the ideas" of 5 × 0:30 and a single 0:30 "Stretch".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.refusals import Refusal
from dialogdesk.session.state import IntentRefused, SessionSetup
from dialogdesk.session.timers import Phase, format_remaining
from dialogdesk.session.timing import Timing, timing
from tests.conftest import MATERIALS

S = NS_PER_SECOND
SERIES = "score-ideas"
ROUNDS_STEP = 2  # Trin 3


def rounds_material(next_round: str = "auto", *, in_seconds: bool = True) -> Material:
    """The lengths written as ``seconds:`` as a 25/10 author does, or the same in ``minutes:``."""
    base = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    data = base.model_dump(mode="json", exclude_none=True)

    def length(seconds: int) -> dict[str, float]:
        return {"seconds": seconds} if in_seconds else {"minutes": seconds / 60}

    step = data["steps"][ROUNDS_STEP]
    step.pop("minutes")
    step.update(length(90))
    series = {"id": SERIES, "kind": "discussion", "title": "Score the ideas", "rounds": 5}
    step["activities"] = [
        {**series, **length(30), "next_round": next_round},
        {"id": "stretch", "kind": "discussion", "title": "Stretch", **length(30)},
    ]
    return Material.model_validate(data)


def series_running(
    tmp_path: Path, next_round: str = "auto", *, in_seconds: bool = True
) -> tuple[Session, ManualClock]:
    """Trin 3 with the series just started."""
    clock = ManualClock()
    material = rounds_material(next_round, in_seconds=in_seconds)
    session = Session(material, SessionSetup(material.id, participants=10), clock=clock, folder=tmp_path)
    session.dispatch(i.StartSession())
    session.dispatch(i.JumpToStep(ROUNDS_STEP))
    session.dispatch(i.StartActivity(SERIES))
    return session, clock


def shown(session: Session) -> Timing:
    return timing(session.state, session.now())


def round_and_clock(session: Session) -> tuple[int | None, str]:
    view = shown(session)
    assert view.activity_remaining_ns is not None
    return view.activity_round, format_remaining(view.activity_remaining_ns)


def test_seconds_become_the_lengths_of_the_step_and_of_each_round() -> None:
    material = rounds_material()
    step = material.steps[ROUNDS_STEP]
    assert step.minutes == 1.5
    assert (step.activities[0].minutes, step.activities[0].rounds) == (0.5, 5)


def test_auto_rounds_begin_by_themselves_as_the_clock_passes_each_round(tmp_path: Path) -> None:
    session, clock = series_running(tmp_path)
    assert round_and_clock(session) == (1, "00:30")
    assert shown(session).activity_rounds == 5
    events = len(session.events)

    clock.advance(29.5)
    assert round_and_clock(session) == (1, "00:01")
    clock.advance(0.5)
    assert round_and_clock(session) == (2, "00:30")
    clock.advance(25)
    assert round_and_clock(session) == (2, "00:05")
    assert shown(session).activity_phase is Phase.WARNING
    clock.advance(5 + 60)  # rounds 3 and 4 run out with nobody looking
    assert round_and_clock(session) == (5, "00:30")
    assert shown(session).activity_phase is Phase.NORMAL
    assert len(session.events) == events  # the clock alone moved the rounds


def test_the_last_round_runs_into_overtime(tmp_path: Path) -> None:
    session, clock = series_running(tmp_path)
    clock.advance(5 * 30 + 10)
    assert round_and_clock(session) == (5, "-00:10")
    assert shown(session).activity_phase is Phase.OVERTIME


def test_a_pause_stops_the_round_and_its_followers(tmp_path: Path) -> None:
    session, clock = series_running(tmp_path)
    clock.advance(40)
    assert round_and_clock(session) == (2, "00:20")
    session.dispatch(i.Pause())
    clock.advance(5 * 60)
    assert round_and_clock(session) == (2, "00:20")
    session.dispatch(i.Resume())
    clock.advance(25)
    assert round_and_clock(session) == (3, "00:25")


def test_added_time_goes_to_the_current_round_only(tmp_path: Path) -> None:
    session, clock = series_running(tmp_path)
    clock.advance(40)  # round 2, 0:20 left
    session.dispatch(i.AddTime(seconds=60, to_activity=True))
    assert round_and_clock(session) == (2, "01:20")
    clock.advance(80)
    assert round_and_clock(session) == (3, "00:30")  # round 3 has the material's length again
    assert shown(session).activity_round_ns == 30 * S


def test_next_round_starts_the_next_round_now_and_refuses_after_the_last(tmp_path: Path) -> None:
    session, clock = series_running(tmp_path)
    clock.advance(10)
    session.dispatch(i.NextRound())
    assert round_and_clock(session) == (2, "00:30")
    for _ in range(3):
        session.dispatch(i.NextRound())
    assert round_and_clock(session) == (5, "00:30")
    with pytest.raises(IntentRefused) as refused:
        session.dispatch(i.NextRound())
    assert refused.value.code is Refusal.NO_NEXT_ROUND


def test_next_round_is_refused_when_no_series_runs(tmp_path: Path) -> None:
    session, _ = series_running(tmp_path)
    session.dispatch(i.StartActivity("stretch"))
    with pytest.raises(IntentRefused) as refused:
        session.dispatch(i.NextRound())
    assert refused.value.code is Refusal.NO_NEXT_ROUND
    assert shown(session).activity_round == 1 and shown(session).activity_rounds == 1


def test_an_auto_series_leaves_next_for_the_next_step(tmp_path: Path) -> None:
    session, _ = series_running(tmp_path)
    session.dispatch(i.NextStep())
    assert session.state.current == ROUNDS_STEP + 1
    assert session.state.activity is None


def test_clicker_rounds_wait_for_next_then_next_goes_on_to_the_next_step(tmp_path: Path) -> None:
    session, clock = series_running(tmp_path, "clicker")
    clock.advance(45)
    assert round_and_clock(session) == (1, "-00:15")  # a clicker round waits in overtime
    assert shown(session).activity_phase is Phase.OVERTIME

    session.dispatch(i.NextStep())
    assert session.state.current == ROUNDS_STEP
    assert round_and_clock(session) == (2, "00:30")
    for expected in (3, 4, 5):
        clock.advance(31)
        session.dispatch(i.NextStep())
        assert round_and_clock(session)[0] == expected
    session.dispatch(i.NextStep())  # after the last round: the next step, as always
    assert session.state.current == ROUNDS_STEP + 1
    assert session.state.activity is None


def test_a_clicker_round_begun_while_paused_waits_for_the_resume(tmp_path: Path) -> None:
    session, clock = series_running(tmp_path, "clicker")
    session.dispatch(i.Pause())
    session.dispatch(i.NextStep())
    clock.advance(60)
    assert round_and_clock(session) == (2, "00:30")
    session.dispatch(i.Resume())
    clock.advance(10)
    assert round_and_clock(session) == (2, "00:20")


@pytest.mark.parametrize("next_round", ["auto", "clicker"])
def test_the_saved_log_replays_to_the_same_round(tmp_path: Path, next_round: str) -> None:
    # Given a series with time added and a round begun early, 1:45 in
    session, clock = series_running(tmp_path, next_round, in_seconds=False)
    clock.advance(20)
    session.dispatch(i.NextRound())  # round 2 from 0:20
    session.dispatch(i.AddTime(seconds=15, to_activity=True))  # round 2 is 0:45
    clock.advance(85)  # auto: round 3 ran 1:05-1:35, round 4 is 0:10 in; clicker: round 2 waits
    before = round_and_clock(session)
    assert before == ((4, "00:20") if next_round == "auto" else (2, "-00:40"))

    # When the app is restarted at once on a new monotonic base
    restarted = ManualClock(mono_ns=7 * S, wall_ns=clock.now().wall_ns)
    reopened = Session.open(session.path, clock=restarted)

    # Then it shows the same round and the same countdown, and goes on from there
    assert round_and_clock(reopened) == before
    restarted.advance(30)
    clock.advance(30)
    assert round_and_clock(reopened) == round_and_clock(session)


def test_a_session_on_a_material_written_in_seconds_reopens(tmp_path: Path) -> None:
    session, clock = series_running(tmp_path)
    clock.advance(40)
    reopened = Session.open(session.path, clock=ManualClock(mono_ns=0, wall_ns=clock.now().wall_ns))
    assert round_and_clock(reopened) == (2, "00:20")
