"""The three example materials in the real presenter and audience windows, on two simulated screens.

The session is driven with the keys a presentation remote sends (F5, PageDown, PageUp) on the
presenter window; the fake clock is moved on and the windows told, as the repaint timer does.
At each step both windows show it; the projector speaks the material's language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from html import unescape
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.board import CardKind
from dialogdesk.session.clock import NS_PER_SECOND, ManualClock
from dialogdesk.session.state import AudienceMode, SessionPhase, SessionSetup
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.exports import save_session_export
from dialogdesk.ui.session_screens import SessionScreens
from tests.examples.examples import (
    DANISH,
    ONE_TWO_FOUR_ALL,
    TWENTY_FIVE_TEN,
    copy_examples,
    five_scores,
    score_totals,
)

S = NS_PER_SECOND
Running = tuple[SessionScreens, ManualClock]
StepHook = Callable[[SessionScreens, ManualClock, int], None]


def open_session(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path, material_id: str, participants: int
) -> Iterator[Running]:
    assert [screen.name() for screen in qapp.screens()] == ["Laptop", "Projector"]
    clock = ManualClock()
    folder = copy_examples(tmp_path / "materials", material_id)
    desk = DialogDesk(qapp, [folder], data=tmp_path / "data", clock=clock)
    loaded = desk.load_material(material_id)
    screens = desk.start_session(loaded, SessionSetup(material_id, participants=participants), None)
    screens.controller.session.sleep_detector.threshold_ns = 10**18  # the fake clock jumps
    qtbot.waitExposed(screens.audience)
    yield screens, clock
    screens.presenter._leaving_confirmed = True
    screens.close()
    desk.window.close()


@pytest.fixture
def danish_topic(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Running]:
    yield from open_session(qapp, qtbot, tmp_path, DANISH, participants=14)


@pytest.fixture
def one_two_four_all(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Running]:
    yield from open_session(qapp, qtbot, tmp_path, ONE_TWO_FOUR_ALL, participants=12)


@pytest.fixture
def twenty_five_ten(qapp: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[Running]:
    yield from open_session(qapp, qtbot, tmp_path, TWENTY_FIVE_TEN, participants=20)


def press(qtbot: QtBot, screens: SessionScreens, key: Qt.Key) -> None:
    qtbot.keyClick(screens.presenter, key)


def tick(screens: SessionScreens, clock: ManualClock, seconds: float) -> None:
    """Time passes in the room; the windows repaint their clocks as the repaint timer would."""
    clock.advance(seconds)
    screens.controller.ticked.emit(screens.controller.timing())


def projected(screens: SessionScreens) -> str:
    """Every text the room can read on the projector now (markup taken out)."""
    window = screens.audience
    page: QWidget = window.current_page()
    texts = [label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(window)]
    if window.message_label.isVisibleTo(window):
        texts.append(window.message_label.text())
    return unescape(re.sub(r"<[^>]+>", " ", "\n".join(texts)))


def step_word(screens: SessionScreens) -> str:
    return "Step" if screens.controller.material.language == "en" else "Trin"


def run_with_the_remote(qtbot: QtBot, running: Running, on_step: StepHook) -> None:
    """F5, then every step shown on both windows, its work done, its time run out, PageDown."""
    screens, clock = running
    controller = screens.controller
    material = controller.material
    press(qtbot, screens, Qt.Key.Key_F5)
    assert controller.state.phase is SessionPhase.RUNNING
    for index, step in enumerate(material.steps):
        assert controller.state.current == index
        title = f"{step_word(screens)} {step.number}: {step.title}"
        assert screens.audience.step_page.step_label.text() == title
        assert step.title in screens.presenter.step_label.text()
        if material.language == "en":
            assert "Trin" not in projected(screens)
        on_step(screens, clock, index)
        if controller.state.activity is not None:
            controller.send(i.StopActivity())
        tick(screens, clock, max(0, controller.timing().step_remaining_ns) / S)
        assert screens.audience.step_page.countdown_label.text() == "00:00"
        press(qtbot, screens, Qt.Key.Key_PageDown)
    # On the last step next asks first, and the second press is the answer.
    assert controller.state.phase is SessionPhase.RUNNING
    press(qtbot, screens, Qt.Key.Key_PageDown)
    assert controller.state.phase is SessionPhase.WRAP_UP


def back_and_forth(qtbot: QtBot, screens: SessionScreens, clock: ManualClock) -> None:
    """PageUp shows the step before on both windows, PageDown comes back."""
    controller = screens.controller
    index = controller.state.current
    before = controller.material.steps[index - 1]
    press(qtbot, screens, Qt.Key.Key_PageUp)
    assert controller.state.current == index - 1
    shown_title = f"{step_word(screens)} {before.number}: {before.title}"
    assert screens.audience.step_page.step_label.text() == shown_title
    assert before.title in screens.presenter.step_label.text()
    tick(screens, clock, 2)  # a second press at once would be held as too quick
    press(qtbot, screens, Qt.Key.Key_PageDown)
    assert controller.state.current == index


def saved_report(screens: SessionScreens, folder: Path) -> str:
    result = save_session_export(screens.controller.session, "md", folder, [])
    assert result.ok and result.path_written is not None
    return result.path_written.read_text(encoding="utf-8")


def ideas(screens: SessionScreens) -> list[str]:
    board = screens.controller.state.board
    return [card.id for card in board.visible_cards() if card.kind is CardKind.IDEA]


def test_the_danish_topic_with_its_film_on_both_screens(
    qtbot: QtBot, danish_topic: Running, tmp_path: Path
) -> None:
    screens, _ = danish_topic
    controller = screens.controller
    send = controller.send
    assert screens.audience.step_page.step_label.text() == "Hjælp til borgere uden MitID"

    def step_work(screens: SessionScreens, clock: ManualClock, index: int) -> None:
        if index == 0:  # the film plays on the projector
            assert send(i.StartActivity("watch-film"))
            assert controller.state.audience is AudienceMode.MEDIA
            assert screens.audience.current_page() is screens.audience.media_view
            tick(screens, clock, 4 * 60)
            assert send(i.StopActivity())
            assert send(i.ShowOnAudience("step"))
        elif index == 1:
            back_and_forth(qtbot, screens, clock)
            assert send(i.MakePairs(seed=2))
            for number in range(1, 8):
                assert send(i.AddCard(text=f"Pointe {number}", group=f"Par {number}"))
        elif index == 2:
            assert send(i.MakeGroups(seed=2))
        elif index == 3:  # the silent minute on the projector's clock
            assert send(i.StartActivity("silent-brainstorm"))
            assert screens.audience.step_page.countdown_label.text() == "01:00"
            tick(screens, clock, 30)
            assert screens.audience.step_page.countdown_label.text() == "00:30"
            tick(screens, clock, 30)
            for text in ("Fast tid til MitID-hjælp", "Folder om fritagelse"):
                assert send(i.AddCard(text=text, kind="idea"))
        elif index == 4:
            first, second = ideas(screens)
            for card_id in [first] * 9 + [second] * 5:
                assert send(i.AddDot(card_id))
            assert send(i.ChooseProposal(first))

    run_with_the_remote(qtbot, danish_topic, step_work)

    assert send(i.RecordAgreement(values=(("responsible", "Mette"), ("follow_up", "2027-01-15"))))
    shown = projected(screens)
    assert "Forslag I vil afprøve: Fast tid til MitID-hjælp" in shown
    assert "Ansvarlig: Mette" in shown
    report = saved_report(screens, tmp_path / "out")
    assert report.startswith("# Referat") and "Trin 5: Opsamling og beslutning" in report


def test_one_two_four_all_in_english_with_foursomes_and_no_decision(
    qtbot: QtBot, one_two_four_all: Running, tmp_path: Path
) -> None:
    screens, _ = one_two_four_all
    controller = screens.controller
    send = controller.send

    def step_work(screens: SessionScreens, clock: ManualClock, index: int) -> None:
        if index == 1:  # the silent minute
            assert send(i.StartActivity("silent-minute"))
            assert screens.audience.step_page.countdown_label.text() == "01:00"
            tick(screens, clock, 60)
            assert screens.audience.step_page.countdown_label.text() == "00:00"
        elif index == 2:
            back_and_forth(qtbot, screens, clock)
            assert send(i.MakePairs(seed=5))
            assert send(i.StartActivity("pairs-talk"))
            tick(screens, clock, 2 * 60)
        elif index == 3:  # foursomes: the projector says so, the groups are of four
            assert send(i.MakeGroups(seed=5))
            pairs = {pair.number: len(pair.members) for pair in controller.state.pairs}
            assert [sum(pairs[n] for n in group) for group in controller.state.groups] == [4, 4, 4]
            page = screens.audience.step_page
            told = projected(screens).replace(page.step_label.text(), "")
            told = told.replace(page.countdown_label.text(), "")  # what is left: the words to the room
            assert re.search(r"\b4\b", told), told  # "Gå sammen 4 og 4": the group size, in English
            assert send(i.StartActivity("foursomes-talk"))
            tick(screens, clock, 4 * 60)
        elif index == 4:
            for number in range(1, 4):
                assert send(i.AddCard(text=f"Idea from foursome {number}", kind="idea"))
            assert send(i.CreateTheme(name="Opening hours", card_ids=tuple(ideas(screens)[:2])))

    run_with_the_remote(qtbot, one_two_four_all, step_work)

    # The wrap-up has no agreement to show: the projector shows what the room produced
    shown = projected(screens)
    assert "Opening hours" in shown and "Idea from foursome 3" in shown
    assert "agreement" not in shown.casefold() and "Trin" not in shown
    assert send(i.EndSession())
    report = saved_report(screens, tmp_path / "out")
    assert report.startswith("# Minutes of the dialogue")
    assert "Step 4: In foursomes" in report and "Idea from foursome 3" in report
    assert "Trin" not in report and "Referat" not in report


def test_twenty_five_ten_rounds_advance_by_themselves_and_the_ranking_ends_it(
    qtbot: QtBot, twenty_five_ten: Running, tmp_path: Path
) -> None:
    screens, _ = twenty_five_ten
    controller = screens.controller
    send = controller.send
    totals = score_totals()

    def step_work(screens: SessionScreens, clock: ManualClock, index: int) -> None:
        if index == 0:
            assert send(i.StartActivity("write-card"))
            tick(screens, clock, 3 * 60)
            for number in range(1, 21):
                assert send(i.AddCard(text=f"Bold idea {number}", kind="idea"))
        elif index == 1:  # five rounds of 30 seconds, on the projector, by the clock alone
            assert send(i.StartActivity("scoring-rounds"))
            for number in range(1, 6):
                assert f"Round {number} of 5" in projected(screens)
                assert screens.audience.step_page.countdown_label.text() == "00:30"
                assert f"Round {number} of 5" in screens.presenter.header.activity_label.text()
                tick(screens, clock, 30)
            assert "Round 5 of 5" in projected(screens)
        elif index == 2:  # the tally: the scores typed in, the ranking on the projector
            for card_id, total in zip(ideas(screens), totals, strict=True):
                assert send(i.SetScores(card_id=card_id, scores=five_scores(total)))

    run_with_the_remote(qtbot, twenty_five_ten, step_work)

    shown = projected(screens)
    assert "Our agreement" not in shown and "Trin" not in shown
    assert "Ranking by score (★ = Top 10)" in shown  # the mark said once, in words
    assert "★ 1. Bold idea 1 – 25 points" in shown  # highest total first, top ten marked
    assert "★ shared 10. Bold idea 11 – 16 points" in shown  # a tie at the border is in
    assert "\n  12. " in shown or "\n  shared 12. " in shown  # below the top ten: no star
    assert "12. Bold idea 12 – 12 points\n" in shown  # below the top ten: no mark
    ranked = re.findall(r"Bold idea (\d+)\b", shown)
    assert ranked == [str(n) for n in range(1, 21)]  # every card, by total
    assert send(i.EndSession())
    report = saved_report(screens, tmp_path / "out")
    assert report.startswith("# Minutes of the dialogue")
    assert "Step 3: Tally the scores" in report
    assert any("Bold idea 2" in line and "24" in line for line in report.splitlines())
    assert "Trin" not in report and "Referat" not in report
