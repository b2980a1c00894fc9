"""What comes from the material's side of the room follows the material's language.

The projector, the session report, the follow-up calendar, the drejebog and the handout speak
the material's language (``language: en``); the facilitator's own windows speak the interface's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from dialogdesk.export.drejebog import drejebog_html, handout_html
from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.audience_window import AudienceWindow
from dialogdesk.ui.exports import save_material_print, save_session_export
from dialogdesk.ui.presenter_window import PresenterWindow
from dialogdesk.ui.session_controller import SessionController
from tests.conftest import MATERIALS

ENGLISH_MATERIAL = """\
id: one-two-four-all
title: 1-2-4-All on a question that matters
language: en
topic: {name: Sharing what works, keywords: [share]}
intention: Everyone is heard before the room decides.
goal: Ideas from everyone, and one to try.
framing_questions: [What could we do better when a citizen needs help online?]
legal_background:
  text: Staff may not log in on a citizen's behalf.
  print_for_participants: true
preparation:
  participants: {min: 4, max: 20}
  duration_minutes: {min: 15, max: 20}
steps:
  - number: 1
    title: Alone
    minutes: 1
    instructions: [{text: Ask the question and let everyone think alone., say_aloud: true}]
    participant_instruction: Think alone. Write down your ideas.
    participant_questions: [What would you try first?]
    grouping: [alone]
  - number: 2
    title: In pairs
    minutes: 2
    instructions: [{text: Pairs build on their ideas.}]
    participant_instruction: Build on each other's ideas.
    grouping: [pairs]
    board: [collect_ideas]
  - number: 3
    title: All together
    minutes: 5
    instructions: [{text: Each group shares one idea.}]
    board: [vote, decide]
wrap_up:
  agreement:
    - {id: proposal, label: What we try}
    - {id: follow_up, label: When we follow up, kind: date}
"""


def visible_text(window: AudienceWindow) -> str:
    page = window.current_page()
    labels = [label for label in page.findChildren(QLabel) if label.isVisibleTo(window)]
    return "\n".join(label.text() for label in labels)


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    document.load(str(path))
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return " ".join(text.split())


@pytest.fixture
def english_material(tmp_path: Path) -> Material:
    path = tmp_path / "one-two-four-all" / "material.yaml"
    path.parent.mkdir()
    path.write_text(ENGLISH_MATERIAL, encoding="utf-8")
    return load_material(path).material


def controller_for(material: Material, tmp_path: Path) -> Iterator[SessionController]:
    # The interface language is the facilitator's: Danish in the setup, whatever the material.
    setup = SessionSetup(material.id, participants=6, language="da")
    session = Session(material, setup, clock=ManualClock(), folder=tmp_path / "sessions")
    controller = SessionController(session)
    yield controller
    controller.close()


@pytest.fixture
def english(english_material: Material, tmp_path: Path) -> Iterator[SessionController]:
    yield from controller_for(english_material, tmp_path)


@pytest.fixture
def danish_material_controller(tmp_path: Path) -> Iterator[SessionController]:
    material = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    yield from controller_for(material, tmp_path)


def shown_audience(qtbot: QtBot, controller: SessionController) -> AudienceWindow:
    window = AudienceWindow(controller)
    qtbot.addWidget(window)
    window.resize(1920, 1080)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_presenter(qtbot: QtBot, controller: SessionController) -> PresenterWindow:
    window = PresenterWindow(controller)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window._leaving_confirmed = True  # closing at teardown needs no question
    return window


@pytest.mark.usefixtures("danish")
def test_an_english_material_is_english_on_the_projector_and_the_laptop_stays_danish(
    qtbot: QtBot, english: SessionController
) -> None:
    # Given an English material, the interface in Danish, both windows open
    audience = shown_audience(qtbot, english)
    presenter = shown_presenter(qtbot, english)

    # When the session starts
    english.send(i.StartSession())

    # Then the projector names the step in English, and the presenter is still Danish
    assert audience.step_page.step_label.text() == "Step 1: Alone"
    assert "Trin" not in visible_text(audience)
    assert presenter.next_label.text().startswith("Næste: ")

    # The pairs picked to present, in English
    english.send(i.NextStep())
    english.send(i.PickPairs(count=1, seed=3))
    english.send(i.ShowOnAudience("pairs"))
    assert audience.pairs_page.heading_label.text() == "Your turn"
    assert audience.pairs_page.picked_label.text().startswith("Pair ")

    # The board's words on the projector, in English
    english.send(i.AddCard(text="A checklist at the counter", kind="idea"))
    english.send(i.NextStep())
    card = english.state.board.visible_cards()[0].id
    english.send(i.AddDot(card_id=card))
    english.send(i.ShowOnAudience("board"))
    assert audience.board_page.dots_status() == "1 of 6 dots placed"

    # And after the last step the room sees its agreement under an English heading
    english.send(i.ShowOnAudience("step"))
    english.send(i.NextStep())
    assert audience.step_page.step_label.text() == "Our agreement"


def test_a_danish_material_stays_danish_on_the_projector_under_an_english_interface(
    qtbot: QtBot, danish_material_controller: SessionController
) -> None:
    controller = danish_material_controller
    audience = shown_audience(qtbot, controller)
    presenter = shown_presenter(qtbot, controller)
    controller.send(i.StartSession())

    first = controller.material.steps[0]
    assert audience.step_page.step_label.text() == f"Trin 1: {first.title}"
    assert presenter.next_label.text().startswith("Next: ")  # the laptop is English

    controller.send(i.NextStep())
    controller.send(i.PickPairs(count=1, seed=3))
    controller.send(i.ShowOnAudience("pairs"))
    assert audience.pairs_page.heading_label.text() == "Jeres tur"
    assert audience.pairs_page.picked_label.text().startswith("Par ")

    controller.send(i.ShowOnAudience("step"))
    controller.send(i.JumpToStep(len(controller.material.steps) - 1))
    controller.send(i.NextStep())
    assert audience.step_page.step_label.text() == "Vores aftale"


@pytest.mark.usefixtures("danish")
def test_the_report_and_the_calendar_of_an_english_material_are_english(
    english: SessionController, tmp_path: Path
) -> None:
    # Given a session of the English material, held under a Danish interface
    english.send(i.StartSession())
    english.send(i.NextStep())
    english.send(i.AddCard(text="A checklist at the counter", kind="idea"))
    english.send(i.SetNote(step_index=1, text="Good energy."))
    english.send(i.RecordAgreement(values=(("follow_up", "14.01.2027"),)))
    session = english.session
    folder = tmp_path / "Documents"

    # When the report is saved as Markdown and PDF, and the follow-up dates for the calendar
    markdown = save_session_export(session, "md", folder, [])
    report_pdf = save_session_export(session, "pdf", folder, [])
    calendar = save_session_export(session, "ics", folder, [])

    # Then each is in English: its title, the steps by name, the file name
    assert markdown.ok and report_pdf.ok and calendar.ok
    assert markdown.path_written and report_pdf.path_written and calendar.path_written
    text = markdown.path_written.read_text(encoding="utf-8")
    assert text.startswith("# Minutes of the dialogue: 1-2-4-All")
    assert "Step 2: In pairs" in text and "Time per step" in text
    assert "Trin" not in text and "Referat" not in text
    assert markdown.path_written.name.endswith(" minutes.md")
    printed = pdf_text(report_pdf.path_written)
    assert "Minutes of the dialogue" in printed and "Step 3: All together" in printed
    assert "Trin" not in printed and "Referat fra dialogen" not in printed
    ics = calendar.path_written.read_text(encoding="utf-8")
    assert "Follow-up: 1-2-4-All" in ics and "Opfølgning" not in ics
    assert calendar.path_written.name.endswith(" follow-up.ics")


@pytest.mark.usefixtures("danish")
def test_the_drejebog_and_the_handout_of_an_english_material_are_english(
    english_material: Material, tmp_path: Path
) -> None:
    drejebog = drejebog_html(english_material)
    assert "Step 1: Alone" in drejebog and "Say aloud".upper() in drejebog
    assert "Preparation – before the dialogue" in drejebog
    assert "Trin" not in drejebog and "Forberedelse" not in drejebog
    handout = handout_html(english_material)
    assert "For the participants" in handout and "Legal background" in handout
    assert "Juridisk baggrund" not in handout and "Til deltagerne" not in handout

    # Printed from the library: the same words in the PDFs, and English file names
    folder = tmp_path / "Documents"
    printed = save_material_print(english_material, "drejebog", folder, [])
    handed_out = save_material_print(english_material, "handout", folder, [])
    assert printed.path_written is not None and handed_out.path_written is not None
    assert printed.path_written.name == "Facilitation script – 1-2-4-All on a question that matters.pdf"
    assert "Step 2: In pairs" in pdf_text(printed.path_written)
    assert "Trin" not in pdf_text(printed.path_written)
    assert "Questions for reflection" in pdf_text(handed_out.path_written)
    assert handed_out.path_written.name.startswith("Handout – ")


def test_a_danish_material_prints_in_danish_under_an_english_interface(tmp_path: Path) -> None:
    material = load_material(MATERIALS / "forventningsafstemning" / "material.yaml").material
    printed = save_material_print(material, "drejebog", tmp_path, [])
    assert printed.path_written is not None and printed.path_written.name.startswith("Drejebog – ")
    text = pdf_text(printed.path_written)
    assert f"Trin 1: {material.steps[0].title}" in text and "Step 1" not in text


@pytest.mark.usefixtures("danish")
def test_the_countdowns_phase_words_on_the_projector_follow_the_material(
    qtbot: QtBot, english: SessionController
) -> None:
    # The phase in words is for the room too: an English material's overtime is said in English
    audience = shown_audience(qtbot, english)
    presenter = shown_presenter(qtbot, english)
    english.send(i.StartSession())
    clock = english.session.clock
    clock.advance(english.material.steps[0].minutes * 60 + 10)

    english.ticked.emit(english.timing())

    assert audience.step_page.phase_label.text() == "Overtime +00:10"
    assert presenter.header.phase_label.text() == "Overtid +00:10"  # the facilitator's Danish
