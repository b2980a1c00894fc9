"""An activity that plays media ("Se filmen") counts only while its film plays (issue 15, item 8).

The media controls send ``SetActivityPlaying``; the countdown stays computed from the monotonic
clock, runs only while the session runs and the film plays, and a replayed log gives the same.
Material: forventningsafstemning, whose Trin 1 has "watch-film" (the film, no length known:
the activity counts up).
"""

from __future__ import annotations

from pathlib import Path

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from dialogdesk.session.timing import timing
from tests.conftest import MATERIALS

S = NS_PER_SECOND


def film_material(minutes: float | None = None) -> Material:
    """The material as shipped, or with "watch-film" given a length (then it counts down)."""
    base = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    if minutes is None:
        return base
    data = base.model_dump(mode="json", exclude_none=True)
    for activity in data["steps"][0]["activities"]:
        if activity["id"] == "watch-film":
            activity["minutes"] = minutes
    return Material.model_validate(data)


def film_running(tmp_path: Path, material: Material | None = None) -> tuple[Session, ManualClock]:
    clock = ManualClock()
    material = material or film_material()
    session = Session(material, SessionSetup(material.id, participants=10), clock=clock, folder=tmp_path)
    session.dispatch(i.StartSession())
    session.dispatch(i.StartActivity("watch-film"))
    return session, clock


def activity_seconds(session: Session) -> float:
    elapsed = timing(session.state, session.now()).activity_elapsed_ns
    assert elapsed is not None
    return elapsed / S


def step_seconds(session: Session) -> float:
    now = session.now().mono_ns
    return session.state.current_step.countdown.elapsed_ns(now) / S


def test_the_activity_stands_still_while_the_film_is_paused(tmp_path: Path) -> None:
    session, clock = film_running(tmp_path)
    clock.advance(24)
    session.dispatch(i.SetActivityPlaying(playing=False))
    clock.advance(28)  # the issue: 0:52 on the screens with the film at 0:24
    assert activity_seconds(session) == 24
    assert step_seconds(session) == 52  # the step's own countdown goes on: the room is still here
    session.dispatch(i.SetActivityPlaying(playing=True))
    clock.advance(6)
    assert activity_seconds(session) == 30


def test_a_countdown_waits_too(tmp_path: Path) -> None:
    session, clock = film_running(tmp_path, film_material(minutes=5))
    clock.advance(60)
    session.dispatch(i.SetActivityPlaying(playing=False))
    clock.advance(120)
    remaining = timing(session.state, session.now()).activity_remaining_ns
    assert remaining == 4 * 60 * S


def test_the_film_at_its_end_stops_the_clock_at_the_films_length(tmp_path: Path) -> None:
    session, clock = film_running(tmp_path)
    clock.advance(3 * 60 + 12)  # the film is 3:12 long and ends: the player stops
    session.dispatch(i.SetActivityPlaying(playing=False))
    clock.advance(5 * 60)  # the room talks on
    assert activity_seconds(session) == 3 * 60 + 12


def test_session_pause_and_film_pause_do_not_fight(tmp_path: Path) -> None:
    session, clock = film_running(tmp_path)
    clock.advance(10)
    session.dispatch(i.Pause())  # F5
    clock.advance(5)
    session.dispatch(i.SetActivityPlaying(playing=False))  # the film paused too
    clock.advance(5)
    session.dispatch(i.Resume())  # F5 again: the session runs, the film still stands
    clock.advance(7)
    assert activity_seconds(session) == 10
    assert session.state.activity is not None and session.state.activity.media_paused
    session.dispatch(i.SetActivityPlaying(playing=True))
    clock.advance(3)
    assert activity_seconds(session) == 13

    session.dispatch(i.Pause())  # the film plays, the session is paused: no counting
    clock.advance(4)
    session.dispatch(i.SetActivityPlaying(playing=True))  # a play while paused starts nothing
    clock.advance(4)
    assert activity_seconds(session) == 13
    session.dispatch(i.Resume())
    clock.advance(2)
    assert activity_seconds(session) == 15


def test_an_activity_without_media_does_not_follow_a_player(tmp_path: Path) -> None:
    clock = ManualClock()
    material = film_material()
    session = Session(material, SessionSetup(material.id, participants=10), clock=clock, folder=tmp_path)
    session.dispatch(i.StartSession())
    step = next(n for n, s in enumerate(material.steps) if any(a.media is None for a in s.activities))
    session.dispatch(i.JumpToStep(step))
    plain = next(a for a in material.steps[step].activities if a.media is None)
    session.dispatch(i.StartActivity(plain.id))
    clock.advance(5)
    session.dispatch(i.SetActivityPlaying(playing=False))
    clock.advance(5)
    assert activity_seconds(session) == 10


def test_a_new_film_activity_runs_at_once(tmp_path: Path) -> None:
    session, clock = film_running(tmp_path)
    session.dispatch(i.SetActivityPlaying(playing=False))
    session.dispatch(i.StopActivity())
    session.dispatch(i.StartActivity("watch-film"))  # started again: the player plays it
    clock.advance(4)
    assert activity_seconds(session) == 4


def test_the_saved_log_replays_the_same_clock(tmp_path: Path) -> None:
    session, clock = film_running(tmp_path)
    clock.advance(24)
    session.dispatch(i.SetActivityPlaying(playing=False))
    clock.advance(28)
    session.dispatch(i.SetActivityPlaying(playing=True))
    clock.advance(6)
    session.dispatch(i.SetActivityPlaying(playing=False))
    clock.advance(40)
    path = session.path
    assert path is not None
    assert activity_seconds(session) == 30
    session.close()

    replayed = Session.open(path, clock=clock, recover=False)
    assert replayed.state == session.state
    assert activity_seconds(replayed) == 30

    # After a restart the film is paused and so is its activity, until the film plays again.
    restarted = Session.open(path, clock=clock)
    try:
        clock.advance(10)
        assert activity_seconds(restarted) == 30
        restarted.dispatch(i.SetActivityPlaying(playing=True))
        clock.advance(5)
        assert activity_seconds(restarted) == 35
    finally:
        restarted.close()
