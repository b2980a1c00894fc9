"""Issue 15, item 4: with the board on the projector, PageDown to a step without a board shows
that step, not the last step's board."""

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


def test_back_to_the_board_step_the_room_sees_the_step_and_the_board_is_one_key_away(tmp_path: Path) -> None:
    session, board_step = session_on_board_step(tmp_path)
    session.dispatch(i.NextStep())

    session.dispatch(i.PreviousStep())

    assert session.state.current == board_step
    assert session.state.audience is AudienceMode.STEP
