"""The Session: dispatch saves before it tells anyone, heartbeats catch a sleeping laptop, and a
session file replays to the same state or recovers after a crash.

Material: forventningsafstemning (5, 8, 12, 7, 13 minutes; Trin 4 has the silent minute).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from functools import cache
from pathlib import Path

import pytest

from dialogdesk.datadir import sessions_dir
from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.board import CardKind
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.engine import RECOVERY_COUNTED_GAP_NS, Event, Session
from dialogdesk.session.state import IntentRefused, SessionPhase, SessionSetup, SessionState
from dialogdesk.session.store import list_sessions, read_session_file
from dialogdesk.session.timers import Phase, format_remaining
from dialogdesk.session.timing import Timing, actual_vs_plan, timing
from tests.conftest import MATERIALS, REPO

S = NS_PER_SECOND
MIN = 60 * S
SILENT_MINUTE = "silent-brainstorm"
# The intents of the session engine these tests were written for (more may be added)
ENGINE_INTENTS = {
    *("StartSession", "Pause", "Resume", "NextStep", "PreviousStep", "JumpToStep", "AddTime"),
    *("StartActivity", "StopActivity", "EndSession", "SetEndTime", "SetAvailableMinutes", "AcceptPlan"),
    *("SetParticipants", "SetWarning", "SetRoomMessage", "SetNote", "MakePairs", "PickPairs"),
    *("RecordAgreement", "ClockJump", "Recovered", "AddCard", "EditCard", "MoveCard", "DeleteCard"),
    *("RestoreCard", "CreateTheme", "RenameTheme", "DissolveTheme", "AddDot", "RemoveDot", "SetDots"),
    *("HideVotes", "ChooseProposal", "Undo", "Redo"),
}
AGREEMENT = (
    ("proposal", "Fast tjekliste ved skranken"),
    ("how", "Vi bruger tjeklisten i fire uger"),
    ("responsible", "Anna"),
    ("participants", "Alle i borgerservice"),
    ("test_done", "2024-04-01"),
    ("follow_up", "2024-04-15"),
)


@cache
def material() -> Material:
    return load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material


def setup(participants: int = 10) -> SessionSetup:
    return SessionSetup(material_id="forventningsafstemning", participants=participants, facilitator="Kim")


def new_session(*, saved: bool = True, participants: int = 10) -> tuple[Session, ManualClock]:
    clock = ManualClock(mono_ns=555_000_000_007, wall_ns=1_710_000_000 * S)
    folder = sessions_dir() if saved else None
    return Session(material(), setup(participants), clock=clock, folder=folder), clock


def shown(session: Session) -> Timing:
    return timing(session.state, session.now())


def events_on_disk(path: Path) -> list[dict]:
    return read_session_file(path).events


# --- dispatch, save, notify ----------------------------------------------------------------------
def test_a_new_session_is_saved_at_once_in_the_sessions_folder(data_dir: Path) -> None:
    session, _ = new_session()

    assert session.path is not None
    assert session.path.parent == data_dir / "sessions"
    record = read_session_file(session.path)
    assert record.events == []
    assert record.header["id"] == session.id
    assert record.header["setup"]["participants"] == 10
    assert record.header["material"]["id"] == "forventningsafstemning"
    assert record.summary["phase"] == "preparation"
    assert session.id.startswith("20240309T") and "-forventningsafstemning-" in session.id


def test_every_dispatch_is_on_disk_before_observers_hear_of_it() -> None:
    # Given an observer that reads the session file whenever it is told of a change
    session, clock = new_session()
    seen: list[tuple[int, int, str, str]] = []

    def observer(state: SessionState) -> None:
        data = read_session_file(session.path)
        seen.append(
            (
                data.summary.events,
                len(data.events),
                data.events[-1]["intent"]["type"],
                state.phase,
            )
        )

    session.subscribe(observer)

    # When intents are dispatched
    session.dispatch(i.StartSession())
    clock.advance(ms=1_500)
    session.dispatch(i.AddCard(text="Pointe"))
    session.dispatch(i.NextStep())

    # Then each observer call found the event just applied already saved
    assert seen == [
        (1, 1, "StartSession", "running"),
        (2, 2, "AddCard", "running"),
        (3, 3, "NextStep", "running"),
    ]
    last = events_on_disk(session.path)[-1]
    assert (last["n"], last["mono_ns"], last["wall_ns"]) == (3, clock.now().mono_ns, clock.now().wall_ns)


def test_dispatch_returns_the_new_state_and_observers_get_it() -> None:
    session, _ = new_session(saved=False)
    received: list[SessionState] = []
    session.subscribe(received.append)

    returned = session.dispatch(i.StartSession())

    assert returned is session.state
    assert received == [session.state]


def test_an_observer_can_unsubscribe() -> None:
    session, _ = new_session(saved=False)
    calls: list[SessionState] = []
    unsubscribe = session.subscribe(calls.append)
    session.dispatch(i.StartSession())

    unsubscribe()
    session.dispatch(i.Pause())

    assert len(calls) == 1


def test_a_refused_intent_is_not_logged_saved_or_announced() -> None:
    # Given a running session with one event saved
    session, _ = new_session()
    session.dispatch(i.StartSession())
    on_disk = session.path.read_bytes()
    calls: list[SessionState] = []
    session.subscribe(calls.append)
    state = session.state

    # When intents that do not apply are dispatched
    for refused in (i.PreviousStep(), i.Undo(), i.StartActivity("nothing"), i.JumpToStep(index=9)):
        with pytest.raises(IntentRefused):
            session.dispatch(refused)

    # Then nothing changed: not the state, not the log, not the file, and nobody was told
    assert session.state is state
    assert [type(event.intent) for event in session.events] == [i.StartSession]
    assert session.path.read_bytes() == on_disk
    assert calls == []


def test_events_are_numbered_and_stamped_with_both_clocks() -> None:
    session, clock = new_session(saved=False)
    session.dispatch(i.StartSession())
    clock.advance(ms=250)
    session.dispatch(i.Pause())

    assert [(e.number, e.at) for e in session.events] == [
        (1, session.events[0].at),
        (2, clock.now()),
    ]
    assert session.events[1].at.mono_ns - session.events[0].at.mono_ns == 250_000_000


# --- sleep -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("how", "excluded_ns"), [("sleep_like_linux", 0), ("sleep_like_windows", 600 * S)])
def test_ten_minutes_of_sleep_do_not_count_on_the_timers_and_move_the_planned_end(
    how: str, excluded_ns: int
) -> None:
    # Given Trin 2 has run 2 minutes and the view sends heartbeats
    session, clock = new_session(saved=False)
    session.dispatch(i.StartSession())
    clock.advance(5 * 60)
    session.dispatch(i.NextStep())
    clock.advance(2 * 60)
    session.heartbeat()
    before = shown(session)
    assert format_remaining(before.step_remaining_ns) == "06:00"

    # When the laptop sleeps 10 minutes and wakes up
    getattr(clock, how)(600)
    session.heartbeat()

    # Then the step shows what it showed before the sleep, and the plan ends 10 minutes later
    after = shown(session)
    assert after.step_remaining_ns == before.step_remaining_ns
    assert after.session_elapsed_ns == before.session_elapsed_ns == 7 * MIN
    assert session.state.slept_ns == 600 * S
    assert after.planned_end_wall_ns == before.planned_end_wall_ns + 10 * MIN
    assert after.forecast_end_wall_ns == before.forecast_end_wall_ns + 10 * MIN
    assert after.behind_plan_ns == before.behind_plan_ns == 0
    assert session.events[-1].intent == i.ClockJump(slept_ns=600 * S, excluded_ns=excluded_ns)

    # And the clocks run on normally afterwards, with a heartbeat every second
    for _ in range(30):
        clock.advance(1)
        session.heartbeat()
    assert format_remaining(shown(session).step_remaining_ns) == "05:30"
    assert len(session.events) == 3


@pytest.mark.parametrize("how", ["sleep_like_linux", "sleep_like_windows"])
def test_sleep_during_a_pause_or_an_activity_does_not_count_either(how: str) -> None:
    # Given the silent minute has run 20 s, and the room paused
    session, clock = new_session(saved=False)
    session.dispatch(i.JumpToStep(index=3))
    session.dispatch(i.StartActivity(activity_id=SILENT_MINUTE))
    clock.advance(20)
    session.dispatch(i.Pause())
    clock.advance(10)
    session.heartbeat()
    before = shown(session)

    # When the laptop sleeps through the pause
    getattr(clock, how)(600)
    session.heartbeat()
    session.dispatch(i.Resume())

    # Then neither the activity, the step nor the session clock counted the sleep
    after = shown(session)
    assert format_remaining(after.activity_remaining_ns) == "00:40"
    assert after.step_remaining_ns == before.step_remaining_ns
    assert after.session_elapsed_ns == before.session_elapsed_ns == 30 * S
    assert session.state.slept_ns == 600 * S


@pytest.mark.parametrize("how", ["advance", "sleep_like_linux", "sleep_like_windows"])
def test_short_heartbeat_gaps_are_not_sleep(how: str) -> None:
    session, clock = new_session(saved=False)
    session.dispatch(i.StartSession())
    for gap in (1, 1, 5, 19.9, 0.5, 20):
        session.heartbeat()
        getattr(clock, how)(gap)
    session.heartbeat()

    assert [type(e.intent) for e in session.events] == [i.StartSession]
    assert session.state.slept_ns == 0


@pytest.mark.parametrize("phase", ["preparation", "ended"])
def test_no_clock_jump_when_the_session_is_not_running(phase: str) -> None:
    session, clock = new_session(saved=False)
    if phase == "ended":
        session.dispatch(i.StartSession())
        session.dispatch(i.EndSession())
    events = len(session.events)
    session.heartbeat()

    clock.sleep_like_windows(600)
    session.heartbeat()
    clock.sleep_like_linux(600)
    session.heartbeat()

    assert len(session.events) == events
    assert session.state.slept_ns == 0


def test_heartbeat_returns_the_moment_it_saw() -> None:
    session, clock = new_session(saved=False)

    assert session.heartbeat() == clock.now()


# --- replay ---------------------------------------------------------------------------------------
def play_a_rich_session(session: Session, clock: ManualClock) -> None:
    """Use (nearly) every intent once, at odd moments."""
    session.dispatch(i.SetParticipants(count=9, names=("Anna", "Bo", "Carl")))
    session.dispatch(i.SetAvailableMinutes(minutes=50))
    session.dispatch(i.SetWarning(seconds=None, fraction=0.2))
    session.dispatch(i.StartSession())
    clock.advance(ms=61_003)
    session.dispatch(i.StartActivity(activity_id="watch-film"))
    clock.advance(ms=30_001)
    session.dispatch(i.StopActivity())
    session.dispatch(i.Pause())
    clock.advance(ms=7_007)
    session.dispatch(i.Resume())
    session.dispatch(i.AddTime(seconds=90))
    session.dispatch(i.NextStep())
    session.dispatch(i.MakePairs(seed=4))
    session.dispatch(i.PickPairs(count=2, seed=8))
    for text in ("Tid", "Pårørende", "Apps"):
        session.dispatch(i.AddCard(text=text, group="Par 1"))
    session.dispatch(i.CreateTheme(name="Rammer", card_ids=("c1", "c2")))
    session.dispatch(i.RenameTheme(theme_id="t4", name="Rammer og tid"))
    session.dispatch(i.MoveCard(card_id="c3", theme="t4"))
    session.dispatch(i.EditCard(card_id="c3", text="Private apps"))
    session.dispatch(i.DeleteCard(card_id="c2"))
    session.dispatch(i.RestoreCard(card_id="c2"))
    session.dispatch(i.DissolveTheme(theme_id="t4"))
    session.dispatch(i.SetNote(step_index=1, text="Godt input"))
    session.dispatch(i.SetRoomMessage(text="Kaffe om lidt"))
    clock.advance(ms=12_345)
    session.dispatch(i.PreviousStep())
    session.dispatch(i.JumpToStep(index=3))
    session.dispatch(i.StartActivity(activity_id=SILENT_MINUTE))
    session.dispatch(i.AddTime(seconds=30, to_activity=True))
    clock.advance(ms=70_000)
    session.heartbeat()
    clock.sleep_like_linux(300)
    session.heartbeat()  # a ClockJump
    for text in ("Tjekliste", "Fast svar", "Opslag"):
        session.dispatch(i.AddCard(text=text, kind="idea", group="Gruppe 2"))
    session.dispatch(i.NextStep())
    session.dispatch(i.SetEndTime(wall_ns=clock.now().wall_ns + 20 * MIN))
    session.dispatch(i.AcceptPlan(first_index=4, minutes=(18,)))
    session.dispatch(i.HideVotes())
    session.dispatch(i.SetDots(card_id="c6", count=5))
    session.dispatch(i.AddDot(card_id="c7"))
    session.dispatch(i.AddDot(card_id="c7"))
    session.dispatch(i.RemoveDot(card_id="c7"))
    session.dispatch(i.Undo())
    session.dispatch(i.Redo())
    session.dispatch(i.Undo())
    session.dispatch(i.HideVotes(hidden=False))
    session.dispatch(i.ChooseProposal(card_id="c6"))
    clock.advance(ms=5_432)
    session.dispatch(i.NextStep())
    session.dispatch(i.RecordAgreement(values=AGREEMENT))


def test_an_opened_session_file_replays_to_the_live_state() -> None:
    # Given a session that used nearly every intent
    session, clock = new_session()
    play_a_rich_session(session, clock)
    assert session.state.phase is SessionPhase.WRAP_UP
    on_disk = session.path.read_bytes()

    # When the file is opened read-only
    copy = Session.open(session.path, clock=clock, recover=False)

    # Then replaying the log gives exactly the live state, and the file was not touched
    assert copy.state == session.state
    assert copy.events == session.events
    assert copy.id == session.id
    assert copy.path is None
    assert session.path.read_bytes() == on_disk
    assert shown(copy) == shown(session)
    assert actual_vs_plan(copy.state, clock.now()) == actual_vs_plan(session.state, clock.now())


def test_every_intent_survives_the_log() -> None:
    session, clock = new_session()
    play_a_rich_session(session, clock)
    session.dispatch(i.EndSession())

    # (Recovered is logged only when a session is reopened: see the recovery tests)
    types_used = {type(event.intent).__name__ for event in session.events}
    assert ENGINE_INTENTS - types_used == {"Recovered"}
    logged = [Event.from_dict(data) for data in events_on_disk(session.path)]
    assert logged == session.events


# --- recovery after a crash ---------------------------------------------------------------------------
def crash_in_trin_2() -> tuple[Session, ManualClock]:
    """A session whose last event is Trin 2 starting; Trin 2 then runs 1:30 before the crash."""
    session, clock = new_session()
    session.dispatch(i.StartSession())
    clock.advance(5 * 60)
    session.dispatch(i.NextStep())
    clock.advance(90)
    return session, clock


def restarted_clock(live: ManualClock, gap_seconds: float) -> ManualClock:
    """The clock of the restarted app: a new monotonic base (a reboot), wall time moved on."""
    return ManualClock(mono_ns=3 * S, wall_ns=live.now().wall_ns + round(gap_seconds * S))


def test_after_a_short_gap_the_timers_count_through_the_time_the_app_was_gone() -> None:
    # Given the app died 1:30 into Trin 2 and comes back 3 minutes later (after a reboot)
    live, clock = crash_in_trin_2()
    new_clock = restarted_clock(clock, 3 * 60)

    # When the session is opened to continue
    session = Session.open(live.path, clock=new_clock)

    # Then the room's time went on: 4:30 of Trin 2 gone, 9:30 of the session
    view = shown(session)
    assert format_remaining(view.step_remaining_ns) == "03:30"
    assert view.step_remaining_ns == 3 * MIN + 30 * S
    assert view.session_elapsed_ns == 9 * MIN + 30 * S
    assert not session.state.paused
    assert session.events[-1].intent == i.Recovered(
        previous_mono_ns=live.events[-1].at.mono_ns, counted_gap_ns=4 * MIN + 30 * S
    )

    # And it runs on from the new clock and saves to the same file
    new_clock.advance(30)
    assert format_remaining(shown(session).step_remaining_ns) == "03:00"
    session.dispatch(i.NextStep())
    assert [e["intent"]["type"] for e in events_on_disk(live.path)][-2:] == ["Recovered", "NextStep"]


def test_recovered_timers_match_a_session_that_never_crashed() -> None:
    live, clock = crash_in_trin_2()
    clock.advance(2 * 60)
    reopened = Session.open(live.path, clock=restarted_clock(clock, 0))

    assert shown(reopened).step_remaining_ns == shown(live).step_remaining_ns
    assert shown(reopened).session_elapsed_ns == shown(live).session_elapsed_ns


def test_after_a_long_gap_the_timers_hold_and_the_session_pauses() -> None:
    # Given the app died 1:30 into Trin 2; the laptop went home and came back 45 minutes later
    live, clock = crash_in_trin_2()

    session = Session.open(live.path, clock=restarted_clock(clock, 45 * 60))

    # Then the timers stand where the last event left them, and the session is paused
    view = shown(session)
    assert session.state.paused
    assert format_remaining(view.step_remaining_ns) == "08:00"  # the last event was Trin 2 starting
    assert view.session_elapsed_ns == 5 * MIN
    assert [type(e.intent) for e in session.events[-2:]] == [i.Recovered, i.Pause]
    assert session.events[-2].intent.counted_gap_ns == 0


@pytest.mark.parametrize(
    ("gap_ns", "counted"),
    [(RECOVERY_COUNTED_GAP_NS, True), (RECOVERY_COUNTED_GAP_NS + 1, False)],
)
def test_ten_minutes_is_the_longest_gap_that_counts(gap_ns: int, counted: bool) -> None:
    session, clock = new_session()
    session.dispatch(i.StartSession())

    reopened = Session.open(session.path, clock=ManualClock(mono_ns=0, wall_ns=clock.now().wall_ns + gap_ns))

    assert reopened.state.paused is not counted
    assert shown(reopened).session_elapsed_ns == (gap_ns if counted else 0)


def test_a_session_paused_at_the_crash_stays_paused_without_a_second_pause() -> None:
    live, clock = crash_in_trin_2()
    live.dispatch(i.Pause())

    session = Session.open(live.path, clock=restarted_clock(clock, 60 * 60))

    assert session.state.paused
    assert [type(e.intent) for e in session.events[-2:]] == [i.Pause, i.Recovered]
    assert format_remaining(shown(session).step_remaining_ns) == "06:30"


def test_an_ended_session_opens_without_recovery_events() -> None:
    live, clock = crash_in_trin_2()
    live.dispatch(i.EndSession())

    session = Session.open(live.path, clock=restarted_clock(clock, 5))

    assert session.events == live.events
    assert session.state == live.state


def test_the_wrap_up_clock_survives_a_restart() -> None:
    # Given the session reached the wrap-up 13 minutes in, and the app restarts 2 minutes later
    session, clock = new_session()
    session.dispatch(i.StartSession())
    clock.advance(5 * 60)
    session.dispatch(i.NextStep())
    clock.advance(8 * 60)
    session.dispatch(i.JumpToStep(index=4))
    session.dispatch(i.NextStep())
    assert session.state.phase is SessionPhase.WRAP_UP

    reopened = Session.open(session.path, clock=restarted_clock(clock, 2 * 60))

    # Then the session clock shows 15 minutes, as it does in a session that never restarted
    clock.advance(2 * 60)
    assert shown(session).session_elapsed_ns == 15 * MIN
    assert shown(reopened).session_elapsed_ns == 15 * MIN


def test_a_recovered_session_replays_again_across_both_clocks() -> None:
    # Given a session recovered once, which then went on
    live, clock = crash_in_trin_2()
    new_clock = restarted_clock(clock, 100)
    session = Session.open(live.path, clock=new_clock)
    new_clock.advance(ms=12_345)
    session.dispatch(i.NextStep())
    new_clock.advance(61)
    session.dispatch(i.Pause())

    # When it is opened read-only
    copy = Session.open(live.path, clock=new_clock, recover=False)

    # Then the replay crosses the Recovered event to the same state
    assert copy.state == session.state
    assert shown(copy) == shown(session)
    actual = [t.actual_ns for t in actual_vs_plan(copy.state, new_clock.now())]
    assert actual == [5 * MIN, 90 * S + 100 * S + 12_345_000_000, 61 * S, 0, 0]


# --- a whole session from a script ----------------------------------------------------------------
def run_the_whole_dialogue(session: Session, clock: ManualClock) -> None:
    """The facilitator's hour, as a script: no window anywhere."""
    session.dispatch(i.StartSession())  # Trin 1: the film
    session.dispatch(i.StartActivity(activity_id="watch-film"))
    clock.advance(4 * 60)
    session.dispatch(i.NextStep())  # Trin 2: points from pairs
    session.dispatch(i.MakePairs(seed=2024))
    session.dispatch(i.PickPairs(count=2, seed=1))
    for number, point in enumerate(["Ens tilgang", "Tiden er knap", "Pårørende vil meget"], start=1):
        session.dispatch(i.AddCard(text=point, group=f"Par {number}"))
    session.dispatch(i.CreateTheme(name="Rammer", card_ids=("c1", "c2")))
    clock.advance(8 * 60)
    session.dispatch(i.NextStep())  # Trin 3: reflections in groups
    clock.advance(12 * 60)
    session.dispatch(i.NextStep())  # Trin 4: silent minute, then ideas
    session.dispatch(i.StartActivity(activity_id=SILENT_MINUTE))
    clock.advance(60)
    session.dispatch(i.StopActivity())
    for idea in ["Fast tjekliste ved skranken", "Standardsvar om private apps", "Opslag i venteværelset"]:
        session.dispatch(i.AddCard(text=idea, kind="idea", group="Gruppe 1"))
    clock.advance(6 * 60)
    session.dispatch(i.NextStep())  # Trin 5: dot vote and decision
    for card_id, dots in (("c5", 6), ("c6", 3), ("c7", 0)):
        session.dispatch(i.SetDots(card_id=card_id, count=dots))
    session.dispatch(i.AddDot(card_id="c6"))
    winner = session.state.board.ranking()[0].card
    session.dispatch(i.ChooseProposal(card_id=winner.id))
    clock.advance(12 * 60)
    session.dispatch(i.NextStep())  # wrap-up: the agreement
    session.dispatch(i.RecordAgreement(values=AGREEMENT))
    clock.advance(2 * 60)
    session.dispatch(i.EndSession())


def test_a_short_script_drives_a_whole_session_from_start_to_finish() -> None:
    session, clock = new_session(participants=10)

    run_the_whole_dialogue(session, clock)

    state = session.state
    assert state.phase is SessionPhase.ENDED
    assert state.board.dots_used == state.board.dot_budget == 10
    chosen = state.board.card(state.board.chosen)
    assert (chosen.text, chosen.kind, chosen.dots) == ("Fast tjekliste ved skranken", CardKind.IDEA, 6)
    assert [c.text for c in state.board.kept_for_next_time()] == [
        "Standardsvar om private apps",
        "Opslag i venteværelset",
    ]
    assert dict(state.agreement) == dict(AGREEMENT)
    assert len(state.presenting) == 0 and len(state.picked_pairs) == 2
    report = [(t.planned_ns // MIN, t.actual_ns // MIN) for t in actual_vs_plan(state, clock.now())]
    assert report == [(5, 4), (8, 8), (12, 12), (7, 7), (13, 12)]
    assert shown(session).session_elapsed_ns == 45 * MIN
    assert shown(session).step_phase is Phase.WARNING  # Trin 5 ended with a minute to spare

    # The file says it is finished and what was chosen, and replays to the same end
    records, problems = list_sessions(sessions_dir())
    assert problems == []
    assert [(r.finished, r.summary["chosen_proposal"]) for r in records] == [
        (True, "Fast tjekliste ved skranken")
    ]
    assert Session.open(session.path, clock=clock).state == state


def test_the_engine_runs_from_a_plain_python_script_without_qt(tmp_path: Path) -> None:
    material_path = str(MATERIALS / "forventningsafstemning" / "material.yaml")
    folder = str(tmp_path / "sessions")
    script = tmp_path / "facilitate.py"
    script.write_text(
        textwrap.dedent(
            f"""
            import sys
            from pathlib import Path
            from dialogdesk.materials.loader import load_material
            from dialogdesk.session import intents as i
            from dialogdesk.session.clock import ManualClock
            from dialogdesk.session.engine import Session
            from dialogdesk.session.state import SessionSetup

            material = load_material(Path({material_path!r})).material
            clock = ManualClock()
            session = Session(material, SessionSetup("forventningsafstemning", participants=4),
                              clock=clock, folder=Path({folder!r}))
            session.dispatch(i.StartSession())
            for _ in material.steps:
                clock.advance(60)
                session.dispatch(i.NextStep())
            session.dispatch(i.JumpToStep(4))
            session.dispatch(i.AddCard("Tjekliste", kind="idea"))
            session.dispatch(i.AddDot("c1"))
            session.dispatch(i.ChooseProposal("c1"))
            session.dispatch(i.NextStep())
            session.dispatch(i.RecordAgreement((("proposal", "Tjekliste"), ("responsible", "Anna"))))
            session.dispatch(i.EndSession())
            qt = [name for name in sys.modules if name.startswith(("PySide6", "shiboken"))]
            assert not qt, f"Qt was imported: {{qt}}"
            print(session.state.phase, session.summary()["chosen_proposal"], dict(session.state.agreement))
            """
        ),
        encoding="utf-8",
    )

    result = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, cwd=REPO, timeout=60, check=False
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ended Tjekliste {'proposal': 'Tjekliste', 'responsible': 'Anna'}"
