"""Issue 15, item 4: with the board on the projector, PageDown to a step without a board shows
that step, not the last step's board. Each step opens on what it needs: its board when it has
one (the task and the countdown above it), its own page otherwise; the wrap-up on the agreement."""

from __future__ import annotations

from pathlib import Path

from dialogdesk.materials.loader import load_material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import AudienceMode, SessionSetup
from tests.conftest import MATERIALS


def session_on_board_step(tmp_path: Path) -> tuple[Session, int]:
    material = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    session = Session(
        material, SessionSetup(material.id, participants=12), clock=ManualClock(), folder=tmp_path
    )
    session.dispatch(i.StartSession())
    board_step = next(
        index
        for index, step in enumerate(material.steps[:-1])
        if step.board and not material.steps[index + 1].board
    )
    session.dispatch(i.JumpToStep(index=board_step))
    session.dispatch(i.ShowOnAudience(AudienceMode.BOARD.value))
    return session, board_step


def test_next_step_without_a_board_takes_the_board_off_the_projector(tmp_path: Path) -> None:
    session, board_step = session_on_board_step(tmp_path)

    session.dispatch(i.NextStep())

    assert session.state.current == board_step + 1
    assert session.state.audience is AudienceMode.STEP


def test_a_black_projector_stays_black_and_comes_back_on_the_new_step(tmp_path: Path) -> None:
    session, _ = session_on_board_step(tmp_path)
    session.dispatch(i.ShowOnAudience(AudienceMode.BLANK.value))

    session.dispatch(i.NextStep())
    assert session.state.audience is AudienceMode.BLANK
    session.dispatch(i.ShowOnAudience(AudienceMode.BLANK.value))  # B again: show

    assert session.state.audience is AudienceMode.STEP


def test_back_to_the_board_step_the_room_sees_its_board_again(tmp_path: Path) -> None:
    session, board_step = session_on_board_step(tmp_path)
    session.dispatch(i.NextStep())

    session.dispatch(i.PreviousStep())

    assert session.state.current == board_step
    assert session.state.audience is AudienceMode.BOARD


def test_a_board_step_opens_on_its_board_and_the_step_key_overrides_it_for_that_step(tmp_path: Path) -> None:
    session, board_step = session_on_board_step(tmp_path)
    session.dispatch(i.JumpToStep(index=board_step - 1))
    assert session.state.audience is AudienceMode.STEP  # Trin 1 has no board

    session.dispatch(i.NextStep())
    assert session.state.audience is AudienceMode.BOARD
    session.dispatch(i.ShowOnAudience(AudienceMode.STEP.value))
    assert session.state.audience is AudienceMode.STEP  # the facilitator's choice, in the state


def test_the_wrap_up_opens_on_the_agreement_after_a_board_step(tmp_path: Path) -> None:
    session, _ = session_on_board_step(tmp_path)
    session.dispatch(i.JumpToStep(index=len(session.material.steps) - 1))
    assert session.state.audience is AudienceMode.BOARD  # Trin 5 votes on the board

    session.dispatch(i.NextStep())

    assert session.state.audience is AudienceMode.STEP


def test_the_silent_minute_brings_the_step_page_and_a_black_screen_stays_black(tmp_path: Path) -> None:
    session, _ = session_on_board_step(tmp_path)
    silent = next(
        (index, activity.id)
        for index, step in enumerate(session.material.steps)
        for activity in step.activities
        if activity.kind.value == "silent_brainstorm" and step.board
    )
    session.dispatch(i.JumpToStep(index=silent[0]))
    session.dispatch(i.StartActivity(silent[1]))
    assert session.state.audience is AudienceMode.STEP

    session.dispatch(i.StopActivity())
    session.dispatch(i.ShowOnAudience(AudienceMode.BLANK.value))
    session.dispatch(i.StartActivity(silent[1]))
    assert session.state.audience is AudienceMode.BLANK
    session.dispatch(i.ShowOnAudience(AudienceMode.BLANK.value))  # B again: the minute's page
    assert session.state.audience is AudienceMode.STEP
