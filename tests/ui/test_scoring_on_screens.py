"""Scoring (25/10), the dot vote without a budget and the end without a decision, on both screens.

Material: forventningsafstemning with Trin 5 scoring the ideas on 1-5, the top 3 marked and no
agreement (``tests.session.test_scoring.scoring_material``); real presenter and audience windows
on the simulated laptop and projector, on a fake clock. The words the room reads are compared with
the room's own translation of the same source, so the checks hold in Danish and in English.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import AudienceMode, SessionPhase, SessionSetup
from dialogdesk.ui.board.results import place_words, top_badge
from dialogdesk.ui.board.score_tally import ScorePanel
from dialogdesk.ui.exports import save_session_export
from dialogdesk.ui.session_screens import SessionScreens
from tests.session.test_scoring import SCORING_STEP, scoring_material
from tests.ui.two_screens import session_shown

IDEAS = ("Fælles svar i skranken", "Tjekliste ved døren", "Makkerordning", "Ugentlig sparring")


def _session(tmp_path: Path, material: Material, participants: int = 10) -> Session:
    session = Session(
        material, SessionSetup(material.id, participants=participants), clock=ManualClock(), folder=tmp_path
    )
    session.dispatch(i.StartSession())
    session.dispatch(i.JumpToStep(1))  # Trin 2: points, sorted into a theme
    session.dispatch(i.AddCard(text="Borgerne venter længe"))
    session.dispatch(i.AddCard(text="Vi svarer forskelligt"))
    session.dispatch(i.CreateTheme(name="Tid og svar", card_ids=("c1", "c2")))
    session.dispatch(i.JumpToStep(SCORING_STEP - 1))  # Trin 4: the ideas
    for text in IDEAS:
        session.dispatch(i.AddCard(text=text, kind="idea"))  # c4 .. c7
    session.dispatch(i.JumpToStep(SCORING_STEP))
    return session


@pytest.fixture
def scoring(tmp_path: Path) -> Iterator[tuple[SessionScreens, Session]]:
    session = _session(tmp_path, scoring_material())
    with session_shown(session) as screens:
        yield screens, session


def score_panel(screens: SessionScreens) -> ScorePanel:
    panel = screens.presenter.board_editor.scores
    assert panel is not None
    return panel


def type_scores(qtbot: QtBot, panel: ScorePanel, card_id: str, typed: str) -> None:
    field = panel.rows[card_id].field
    presenter = field.window()
    presenter.activateWindow()  # the facilitator's click on the laptop's window does this
    qtbot.waitUntil(presenter.isActiveWindow)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # the field takes the keys only when clicked
    assert field.hasFocus()
    field.selectAll()
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_scores_typed_per_card_give_totals_ranks_and_the_top_3_on_the_presenter(
    qtbot: QtBot, scoring: tuple[SessionScreens, Session]
) -> None:
    screens, session = scoring
    presenter = screens.presenter
    assert presenter.work_tabs.currentWidget() is presenter.board_editor
    panel = score_panel(screens)
    assert panel.isVisibleTo(presenter)
    assert list(panel.rows) == ["c4", "c5", "c6", "c7"]  # the ideas, not Trin 2's points

    for card_id, typed in (("c4", "4 5 3 2 5"), ("c5", "55522"), ("c6", "3,3,3,3,3"), ("c7", "1 1 1 1 1")):
        type_scores(qtbot, panel, card_id, typed)

    assert session.state.board.card("c4").scores == (4, 5, 3, 2, 5)
    assert session.state.board.card("c5").scores == (5, 5, 5, 2, 2)
    shown = {key: (row.rank.text(), row.total.text(), row.badge.text()) for key, row in panel.rows.items()}
    top = top_badge(3)
    assert shown["c4"] == (place_words(1, True), "= 19 " + shown["c4"][1].split()[-1], top)
    assert shown["c5"][0] == place_words(1, True) and "19" in shown["c5"][1] and shown["c5"][2] == top
    assert shown["c6"][0] == place_words(3, False) and "15" in shown["c6"][1] and shown["c6"][2] == top
    assert shown["c7"][0] == place_words(4, False) and "5" in shown["c7"][1] and shown["c7"][2] == ""
    assert "★" in top and "3" in top  # a mark in words, not a colour
    assert not panel.rows["c4"].field.hasFocus()  # Enter gives the keys back to the session


def test_the_projector_shows_the_ranking_with_totals_and_the_top_marked(
    qtbot: QtBot, scoring: tuple[SessionScreens, Session]
) -> None:
    screens, session = scoring
    for card_id, scores in (("c4", (5, 5, 5)), ("c5", (4, 4, 4)), ("c6", (4, 4, 4)), ("c7", (1, 2, 1))):
        session.dispatch(i.SetScores(card_id, scores))
    screens.controller.send(i.ShowOnAudience(AudienceMode.BOARD.value))
    QApplication.processEvents()

    board = screens.audience.board_page
    assert screens.audience.current_page() is board
    ranking = board.ranking
    assert ranking.isVisible() and ranking.geometry() == board.rect()
    words = board.words.translate
    top = top_badge(3, words)
    lines = ranking.row_texts()
    assert [line.split(" · ")[0] for line in lines] == [
        f"{place_words(1, False, words)} Fælles svar i skranken",
        f"{place_words(2, True, words)} Tjekliste ved døren",
        f"{place_words(2, True, words)} Makkerordning",
        f"{place_words(4, False, words)} Ugentlig sparring",
    ]
    assert [line.endswith(top) for line in lines] == [True, True, True, False]
    assert "15" in lines[0] and "12" in lines[1] and "4" in lines[3]
    assert ranking.text_px() >= 36  # read from the back of the room

    # Hiding the counts hides the ranking too; the board is seen again.
    screens.controller.send(i.HideVotes(hidden=True))
    assert not ranking.isVisible()


def test_clicker_keys_do_not_land_in_a_score_field_and_a_score_off_the_scale_is_refused(
    qtbot: QtBot, scoring: tuple[SessionScreens, Session]
) -> None:
    screens, session = scoring
    presenter = screens.presenter
    panel = score_panel(screens)
    field = panel.rows["c4"].field
    assert field.focusPolicy() == Qt.FocusPolicy.ClickFocus

    type_scores(qtbot, panel, "c4", "4 9")
    field.clear()  # the facilitator wipes the wrong line
    message = presenter.board_editor.message_label
    assert message.isVisible() and "9" in message.text()
    assert session.state.board.card("c4").scores == ()

    for key in (Qt.Key.Key_Tab, Qt.Key.Key_B, Qt.Key.Key_5, Qt.Key.Key_PageUp):
        qtbot.keyClick(presenter, key)  # a clicker's keys, and stray ones, on the laptop
    assert field.text() == "" and not field.hasFocus()
    assert session.state.current == SCORING_STEP - 1  # PageUp reached the session, not the field
    assert session.state.board.card("c4").scores == ()


def test_without_an_agreement_both_wrap_up_pages_show_the_ranking_and_the_themes(
    qtbot: QtBot, scoring: tuple[SessionScreens, Session]
) -> None:
    screens, session = scoring
    for card_id, scores in (("c4", (5, 5)), ("c5", (2, 2)), ("c6", (4, 4)), ("c7", (1, 1))):
        session.dispatch(i.SetScores(card_id, scores))
    screens.controller.send(i.NextStep())  # after the last step: the wrap-up
    assert session.state.phase is SessionPhase.WRAP_UP

    presenter = screens.presenter
    panel = presenter.agreement
    assert presenter.work_tabs.currentWidget() is panel and panel.fields == {}
    result = panel.result_label.text()
    assert panel.result_label.isVisibleTo(presenter)
    for text in ("Fælles svar i skranken", "Makkerordning", "Tid og svar", "Borgerne venter længe", "★"):
        assert text in result
    assert not panel.export_buttons["ics"].isVisibleTo(presenter)  # no agreement, no dates

    audience = screens.audience
    words = audience.words.translate
    page = audience.step_page
    assert page.step_label.text() == words("AudienceWindow", "What we found")
    room = page.instruction_label.text().splitlines()
    assert room[0].endswith(f"(★ = {top_badge(3, words)[2:]})")  # the mark explained once
    assert room[1].startswith(f"★ {place_words(1, False, words)} Fælles svar i skranken")
    assert [line.startswith("★") for line in room[1:]] == [True, True, True, False]  # rank 4 is out
    themes = page.questions_label.text().splitlines()
    assert themes == ["Tid og svar", "• Borgerne venter længe", "• Vi svarer forskelligt"]


def test_the_report_of_a_session_without_an_agreement_has_the_ranking_and_no_empty_agreement(
    qtbot: QtBot, scoring: tuple[SessionScreens, Session], tmp_path: Path
) -> None:
    screens, session = scoring
    for card_id, scores in (("c4", (5, 5, 4)), ("c5", (3, 3, 3)), ("c6", (3, 3, 3)), ("c7", (1, 1, 1))):
        session.dispatch(i.SetScores(card_id, scores))
    screens.controller.send(i.NextStep())
    screens.controller.send(i.EndSession())

    written = save_session_export(session, "md", tmp_path / "out", []).path_written
    assert written is not None
    report = written.read_text(encoding="utf-8")

    assert "| 1. | Fælles svar i skranken | 5 5 4 | 14 | ★ Top 3 |" in report
    assert "| delt 2. | Tjekliste ved døren | 3 3 3 | 9 | ★ Top 3 |" in report
    assert "| 4. | Ugentlig sparring | 1 1 1 | 3 |  |" in report
    assert "## Det kom dialogen frem til" in report
    assert "- **1. Fælles svar i skranken** – 14 point ★ Top 3" in report
    assert "### Tid og svar" in report and "- Borgerne venter længe" in report
    assert "| Aftale | Indhold |" not in report and "Ikke udfyldt" not in report
    assert "## Beslutning" not in report and "Idéforslag og prikker" not in report  # no dots given

    # The history lists what the method produced as the session's outcome.
    top_three = "Fælles svar i skranken; Tjekliste ved døren; Makkerordning"
    assert session.summary()["agreed_proposal"] == top_three


def test_a_material_with_an_agreement_keeps_its_agreement_page(qtbot: QtBot, tmp_path: Path) -> None:
    session = _session(tmp_path, scoring_material(agreement=True))
    session.dispatch(i.SetScores("c4", (5,)))
    with session_shown(session) as screens:
        screens.controller.send(i.NextStep())
        panel = screens.presenter.agreement
        assert "proposal" in panel.fields and not panel.result_label.isVisibleTo(screens.presenter)
        words = screens.audience.words.translate
        assert screens.audience.step_page.step_label.text() == words("AudienceWindow", "Our agreement")


def test_a_big_room_without_a_dot_budget_counts_150_dots_on_both_screens(
    qtbot: QtBot, tmp_path: Path
) -> None:
    session = _session(tmp_path, scoring_material(dots=None), participants=60)
    with session_shown(session) as screens:
        for card_id, count in (("c4", 90), ("c5", 40), ("c6", 20)):
            screens.controller.send(i.SetDots(card_id, count))
        assert session.state.board.dots_used == 150 and screens.controller.send(i.AddDot("c7"))
        screens.controller.send(i.RemoveDot("c7"))
        screens.controller.send(i.ShowOnAudience(AudienceMode.BOARD.value))

        tally = screens.presenter.board_editor.tally
        assert tally.isVisibleTo(screens.presenter)
        counted = QCoreApplication.translate("BoardEditor", "%1 dots").replace("%1", "150")
        assert tally.count_label.text() == counted
        board = screens.audience.board_page
        assert board.dots_status() == board.words.translate("AudienceBoard", "%1 dots").replace("%1", "150")
        assert screens.presenter.statusBar().currentMessage() == ""  # nothing refused
