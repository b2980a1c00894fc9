"""The next screen is what the next press of next really brings, and nothing is changed by asking."""

from __future__ import annotations

from dialogdesk.materials.loader import load_material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.look_ahead import after_next
from dialogdesk.session.state import AudienceMode, SessionPhase, SessionSetup
from tests.conftest import MATERIALS


def _session() -> Session:
    material = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    return Session(material, SessionSetup(material.id, participants=12), clock=ManualClock())


def test_after_next_is_what_next_does_and_changes_nothing() -> None:
    session = _session()
    before = session.state
    # Before the start, next starts the session on Trin 1
    started = after_next(before, session.material, session.now())
    assert started is not None and started.phase is SessionPhase.RUNNING and started.current == 0
    assert session.state is before and not session.events

    session.dispatch(i.StartSession())
    coming = after_next(session.state, session.material, session.now())
    assert coming is not None and coming.current == 1
    # Trin 2 collects points: the room's screen will be its board, as the engine decides
    assert coming.audience is AudienceMode.BOARD
    assert session.state.current == 0 and len(session.events) == 1

    session.dispatch(i.NextStep())
    assert session.state.audience is coming.audience and session.state.current == coming.current


def test_after_the_last_step_comes_the_wrap_up_and_after_that_nothing() -> None:
    session = _session()
    session.dispatch(i.StartSession())
    for _ in range(len(session.material.steps) - 1):
        session.clock.advance(2)
        session.dispatch(i.NextStep())
    wrap_up = after_next(session.state, session.material, session.now())
    assert wrap_up is not None and wrap_up.phase is SessionPhase.WRAP_UP

    session.dispatch(i.NextStep())
    assert after_next(session.state, session.material, session.now()) is None


def test_the_next_steps_countdown_is_shown_whole() -> None:
    session = _session()
    session.dispatch(i.StartSession())
    session.clock.advance(90)
    coming = after_next(session.state, session.material, session.now())
    assert coming is not None
    countdown = coming.steps[1].countdown
    assert (
        countdown.remaining_ns(session.now().mono_ns)
        == session.material.steps[1].minutes * 60 * NS_PER_SECOND
    )
