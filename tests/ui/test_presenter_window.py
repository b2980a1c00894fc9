"""The presenter view: the facilitator's script, clocks and controls."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionPhase
from dialogdesk.ui.presenter_window import PresenterWindow
from dialogdesk.ui.session_controller import SessionController
from tests.ui.conftest import make_controller


def shown_presenter(qtbot: QtBot, controller: SessionController) -> PresenterWindow:
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window._leaving_confirmed = True  # closing at teardown needs no question
    return window


def checklist_texts(window: PresenterWindow) -> list[str]:
    return [window.checklist.item(row).text() for row in range(window.checklist.count())]


def test_the_step_shows_what_to_do_with_say_aloud_lines_set_apart(
    qtbot: QtBot, controller: SessionController, material: Material
) -> None:
    window = shown_presenter(qtbot, controller)
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)

    trin_1 = material.steps[0]
    texts = checklist_texts(window)
    assert len(texts) == len(trin_1.instructions)
    say_aloud_rows = [row for row, line in enumerate(trin_1.instructions) if line.say_aloud]
    assert say_aloud_rows
    for row in say_aloud_rows:
        assert window.checklist.item(row).data(Qt.ItemDataRole.UserRole) == "say_aloud"
        line = trin_1.instructions[row].text
        # Marked once: a line that begins "Sig højt ..." is not labelled "Say aloud: Sig højt ..."
        assert texts[row] == (line if line.lower().startswith("sig højt") else "Say aloud: " + line)
    assert any(trin_1.instructions[row].text.startswith("Sig højt") for row in say_aloud_rows)
    for question in trin_1.dialogue_questions:
        assert question in window.questions_label.text()
    assert "Trin 2" in window.next_label.text()
    assert window.countdown_label.text() == "05:00"


def test_the_pluk_tip_shows_only_for_more_than_12_participants(
    qtbot: QtBot, material: Material, clock: ManualClock, tmp_path: Path
) -> None:
    def tips_on_trin_2(participants: int) -> str:
        controller = make_controller(material, clock, tmp_path / str(participants), participants)
        window = shown_presenter(qtbot, controller)
        controller.send(i.StartSession())
        controller.send(i.NextStep())
        return window.tips_label.text()

    assert "pluk" not in tips_on_trin_2(12)
    assert "pluk" in tips_on_trin_2(13)


def test_buttons_drive_the_session_and_the_clock_follows(
    qtbot: QtBot, controller: SessionController, clock: ManualClock
) -> None:
    window = shown_presenter(qtbot, controller)
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)
    clock.advance(30)
    qtbot.mouseClick(window.start_button, Qt.MouseButton.LeftButton)  # pause
    assert controller.state.paused
    assert "Resume" in window.start_button.text()
    clock.advance(600)  # a long pause does not eat the step's time
    qtbot.mouseClick(window.add_minute_button, Qt.MouseButton.LeftButton)
    assert window.countdown_label.text() == "05:30"

    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert controller.state.current == 1
    qtbot.mouseClick(window.previous_button, Qt.MouseButton.LeftButton)
    assert controller.state.current == 0


def test_the_silent_minute_starts_from_its_button(
    qtbot: QtBot, controller: SessionController, clock: ManualClock
) -> None:
    window = shown_presenter(qtbot, controller)
    controller.send(i.StartSession())
    controller.send(i.JumpToStep(3))
    assert window.activity_button.isVisibleTo(window)
    assert window.activity_button.menu() is None  # one activity: a plain button
    qtbot.mouseClick(window.activity_button, Qt.MouseButton.LeftButton)
    clock.advance(20)
    controller.ticked.emit(controller.timing())
    assert window.activity_label.isVisibleTo(window)
    assert window.activity_label.text().endswith("00:40")


def test_notes_are_saved_per_step(qtbot: QtBot, controller: SessionController) -> None:
    window = shown_presenter(qtbot, controller)
    controller.send(i.StartSession())
    window.notes_edit.setFocus()
    qtbot.keyClicks(window.notes_edit, "Søren nævnt")
    qtbot.waitUntil(lambda: controller.state.steps[0].note == "Søren nævnt")

    controller.send(i.NextStep())
    assert window.notes_edit.toPlainText() == ""
    controller.send(i.PreviousStep())
    assert window.notes_edit.toPlainText() == "Søren nævnt"


def test_the_wrap_up_records_the_agreement(qtbot: QtBot, controller: SessionController) -> None:
    window = shown_presenter(qtbot, controller)
    controller.send(i.StartSession())
    controller.send(i.JumpToStep(4))
    controller.send(i.NextStep())
    assert controller.state.phase is SessionPhase.WRAP_UP
    assert window.agreement_panel.isVisibleTo(window)

    field = window.agreement_fields["responsible"]
    field.setFocus()
    qtbot.keyClicks(field, "Mette og Ali")
    qtbot.keyClick(field, Qt.Key.Key_Return)

    assert controller.state.agreement["responsible"] == "Mette og Ali"


def test_a_refused_intent_is_said_in_the_status_bar(qtbot: QtBot, controller: SessionController) -> None:
    window = shown_presenter(qtbot, controller)
    controller.send(i.StartSession())
    controller.send(i.PreviousStep())
    assert "first step" in window.statusBar().currentMessage()  # worded by the UI, not the core


def test_every_step_of_every_material_fits_a_1366x768_laptop(
    qapp: object, qtbot: QtBot, tmp_path: Path
) -> None:
    from dialogdesk.session.state import SessionSetup
    from dialogdesk.ui.app import DialogDesk
    from tests.conftest import MATERIALS

    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path)
    assert len(desk.library.entries) == 3
    for entry in desk.library.entries:
        loaded = desk.load_material(entry.id)
        assert loaded is not None
        running = desk.start_session(loaded, SessionSetup(loaded.material.id, participants=14), None)
        controller = running.controller
        heights = []
        for index in range(len(loaded.material.steps)):
            controller.send(i.JumpToStep(index))
            heights.append(running.presenter.minimumSizeHint().height())
        controller.send(i.NextStep())  # the wrap-up
        heights.append(running.presenter.minimumSizeHint().height())
        running.presenter._leaving_confirmed = True
        running.close()
        assert max(heights) <= 768, (loaded.material.id, heights)
    desk.window.close()
