"""The audience view: what the room sees, readable from the back, never the facilitator's notes."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.timers import Phase
from dialogdesk.ui import style
from dialogdesk.ui.audience_window import AudienceWindow
from dialogdesk.ui.session_controller import SessionController


def visible_text(window: AudienceWindow) -> str:
    page = window.current_page()
    labels = [label for label in page.findChildren(QLabel) if label.isVisibleTo(window)]
    if isinstance(page, QLabel):
        labels.append(page)
    if window.room_strip.isVisibleTo(window):  # the band above the board and the pairs
        labels += [label for label in window.room_strip.findChildren(QLabel) if label.isVisibleTo(window)]
    texts = [label.text() for label in labels]
    if window.message_label.isVisibleTo(window):
        texts.append(window.message_label.text())
    return "\n".join(texts)


def shown_audience(qtbot: QtBot, controller: SessionController) -> AudienceWindow:
    window = AudienceWindow(controller)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_room_sees_the_step_countdown_and_its_questions(
    qtbot: QtBot, controller: SessionController, material: Material, clock: ManualClock
) -> None:
    window = shown_audience(qtbot, controller)
    controller.send(i.StartSession())
    controller.send(i.JumpToStep(2))  # Trin 3: reflection questions on the board
    clock.advance(61)
    controller.ticked.emit(controller.timing())

    text = visible_text(window)
    trin_3 = material.steps[2]
    assert "Trin 3: Refleksioner" in text
    assert window.step_page.countdown_label.text() == "10:59"
    for question in trin_3.participant_questions:
        assert question in text


def test_facilitator_only_text_never_reaches_the_room(
    qtbot: QtBot, controller: SessionController, material: Material
) -> None:
    window = shown_audience(qtbot, controller)
    controller.send(i.StartSession())
    for index, step in enumerate(material.steps):
        controller.send(i.JumpToStep(index))
        controller.send(i.SetNote(index, f"privat note {index}"))
        all_text = "\n".join(label.text() for label in window.findChildren(QLabel))
        for instruction in step.instructions:
            if instruction.say_aloud:
                assert instruction.text not in all_text
        for tip in step.tips:
            assert tip.text not in all_text
        for question in step.dialogue_questions:
            assert question not in all_text
        assert f"privat note {index}" not in all_text


def test_countdown_is_a_fifth_of_the_screen_and_text_is_large(
    qtbot: QtBot, controller: SessionController
) -> None:
    window = shown_audience(qtbot, controller)
    controller.send(i.StartSession())
    qtbot.waitUntil(lambda: window.height() == 1080)

    countdown = window.step_page.countdown_label
    assert countdown.fontInfo().pixelSize() >= 0.2 * 1080
    for label in (
        window.step_page.step_label,
        window.step_page.instruction_label,
        window.step_page.questions_label,
    ):
        assert label.fontInfo().pixelSize() >= style.MIN_AUDIENCE_TEXT_PX


def test_every_audience_colour_pair_meets_wcag_aa() -> None:
    background = style.AUDIENCE_BACKGROUND
    for colour in [style.AUDIENCE_TEXT, style.AUDIENCE_MUTED, *style.PHASE_COLOURS_ON_DARK.values()]:
        assert style.contrast_ratio(colour, background) >= 4.5, colour
    assert style.contrast_ratio(style.AUDIENCE_MESSAGE_TEXT, style.AUDIENCE_MESSAGE_BACKGROUND) >= 4.5
    assert style.contrast_ratio("#111111", "#ffffff") >= 4.5  # cards


def test_countdown_turns_warning_then_overtime_colour(
    qtbot: QtBot, controller: SessionController, clock: ManualClock
) -> None:
    window = shown_audience(qtbot, controller)
    controller.send(i.StartSession())  # Trin 1: 5 minutes
    clock.advance(4 * 60 + 1)
    controller.ticked.emit(controller.timing())
    assert style.PHASE_COLOURS_ON_DARK[Phase.WARNING] in window.step_page.countdown_label.styleSheet()
    clock.advance(60)
    controller.ticked.emit(controller.timing())
    assert window.step_page.countdown_label.text() == "-00:01"
    assert style.PHASE_COLOURS_ON_DARK[Phase.OVERTIME] in window.step_page.countdown_label.styleSheet()


def test_blank_hides_everything_and_unblank_shows_the_current_step_not_a_stale_one(
    qtbot: QtBot, controller: SessionController
) -> None:
    window = shown_audience(qtbot, controller)
    controller.send(i.StartSession())
    controller.send(i.SetRoomMessage("5 minutter tilbage"))

    controller.send(i.ShowOnAudience("blank"))
    assert window.current_page() is window.blank_page
    assert not window.message_label.isVisibleTo(window)

    # While the room sees black, the facilitator moves on
    controller.send(i.NextStep())
    controller.send(i.ShowOnAudience("blank"))  # B again: back to what was shown

    assert window.current_page() is window.board_page  # Trin 2 collects points: its board
    assert "Trin 2: Indsaml pointer" in visible_text(window)


def test_freeze_keeps_the_last_frame_while_the_session_moves_on(
    qtbot: QtBot, controller: SessionController
) -> None:
    window = shown_audience(qtbot, controller)
    controller.send(i.StartSession())
    controller.send(i.ShowOnAudience("freeze"))
    frozen = window.frozen_frame()
    assert frozen is not None and not frozen.isNull()

    controller.send(i.NextStep())

    assert window.current_page() is window.freeze_page
    assert window.frozen_frame().toImage() == frozen.toImage()
    controller.send(i.ShowOnAudience("freeze"))
    assert "Trin 2" in visible_text(window)


def test_picked_pairs_and_the_board_are_shown_on_request(qtbot: QtBot, controller: SessionController) -> None:
    window = shown_audience(qtbot, controller)
    controller.send(i.StartSession())
    controller.send(i.NextStep())
    controller.send(i.PickPairs(count=2, seed=4))
    controller.send(i.ShowOnAudience("pairs"))
    numbers = controller.state.presenting
    assert window.current_page() is window.pairs_page
    for number in numbers:
        assert f"Par {number}" in window.pairs_page.picked_label.text() or f"Pair {number}" in (
            window.pairs_page.picked_label.text()
        )

    controller.send(i.AddCard(text="Ens tilgang til borgeren", group="Par 1"))
    controller.send(i.ShowOnAudience("board"))
    assert window.current_page() is window.board_page
    assert [card.text for card in window.board_page.board.visible_cards()] == ["Ens tilgang til borgeren"]
    assert window.board_page.plan().card("c1") is not None  # laid out on the room's screen


def test_the_audience_window_refuses_a_close_it_did_not_ask_for(
    qtbot: QtBot, controller: SessionController
) -> None:
    window = shown_audience(qtbot, controller)
    window.close()
    assert window.isVisible()
    window.allow_close()
    window.close()
    assert not window.isVisible()
