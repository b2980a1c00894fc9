"""The printed drejebog and the participants' handout, for every bundled material, read back from the PDF."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from dialogdesk.export.drejebog import drejebog_html, render_drejebog_pdf, render_handout_pdf
from dialogdesk.export.labels import DREJEBOG_DA
from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from tests.conftest import MATERIALS

from .pdfcheck import all_text, check_pages, read_pdf, squash

MATERIAL_IDS = ["forventningsafstemning", "hardware", "viden-paa-tvaers"]


@pytest.fixture(params=MATERIAL_IDS)
def material(request: pytest.FixtureRequest) -> Material:
    return load_material(MATERIALS / request.param / "material.yaml").material


def _minutes(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def test_drejebog_holds_the_whole_script(qapp: QApplication, material: Material) -> None:
    document = render_drejebog_pdf(material)

    pages = read_pdf(document.data, setup=document.setup)
    assert len(pages) == document.pages >= 3
    check_pages(pages, document.setup)
    text = squash(all_text(pages))
    say_aloud_marks = text.count(squash("SIG HØJT"))

    assert squash(material.title) in text
    assert (
        squash(f"Ca. {material.preparation.duration_minutes.min}-{material.preparation.duration_minutes.max}")
        in text
    )
    for step in material.steps:
        assert squash(f"{step.label}: {step.title} · {_minutes(step.minutes)} min.") in text, step.label
        for number, instruction in enumerate(step.instructions, start=1):
            marker = "SIG HØJT ▸ " if instruction.say_aloud else ""
            assert squash(f"{number}. {marker}{instruction.text}") in text, instruction.text
        for question in [*step.dialogue_questions, *step.participant_questions]:
            assert squash(question) in text, question
        if step.participant_instruction:
            assert squash(step.participant_instruction) in text
        for tip in step.tips:
            if tip.when is not None and tip.when.participants_over is not None:
                condition = f"Ved over {tip.when.participants_over} deltagere:"
            else:
                condition = "Tip:"
            assert squash(f"{condition} {tip.text}") in text, tip.text
        for activity in step.activities:
            assert squash(activity.title) in text
    assert say_aloud_marks == sum(i.say_aloud for step in material.steps for i in step.instructions)

    prep = material.preparation
    for item in [
        *prep.bring,
        *prep.room_setup,
        *[t.text for t in prep.technology],
        *prep.beforehand,
        *prep.notes,
    ]:
        assert squash(f"☐ {item}") in text, item
    for role in prep.roles:
        assert squash(role.name) in text and squash(role.description) in text
    for media in material.media:
        assert squash(media.title) in text
        if media.source_url:
            assert squash(media.source_url) in text
        if media.source_note:
            assert squash(media.source_note) in text
        for person in media.people:
            assert squash(person.name) in text
    for field in material.wrap_up.agreement:
        assert squash(field.label) in text
    assert squash(material.wrap_up.dot_voting.rule) in text
    for question in material.framing_questions:
        assert squash(question) in text
    if material.legal_background.reference_url:
        assert squash(material.legal_background.reference_url) in text


def test_handout_holds_what_participants_keep(qapp: QApplication, material: Material) -> None:
    document = render_handout_pdf(material)

    pages = read_pdf(document.data, setup=document.setup)
    check_pages(pages, document.setup)
    text = squash(all_text(pages))

    assert squash(material.title) in text and squash("Til deltagerne") in text
    for question in material.framing_questions:
        assert squash(question) in text
    reflection = [q for step in material.steps for q in step.participant_questions]
    assert reflection
    for number, question in enumerate(reflection, start=1):
        assert squash(f"{number}. {question}") in text, question
    legal = material.legal_background
    assert legal.print_for_participants
    assert squash(legal.title) in text and squash(legal.note) in text
    if legal.reference_url:
        assert squash(legal.reference_url) in text
    # Facilitator-only content stays out of the handout.
    assert squash("Sådan gør du") not in text and squash("SIG HØJT") not in text
    # The lines for notes fill the last page without adding one.
    assert squash("Mine noter") in text


def test_tip_conditions_are_written_out() -> None:
    from dialogdesk.export.drejebog import _condition
    from dialogdesk.materials.model import Condition

    assert _condition(None, DREJEBOG_DA) == "Tip"
    assert _condition(Condition(participants_over=12), DREJEBOG_DA) == "Ved over 12 deltagere"
    assert _condition(Condition(participants_at_most=8), DREJEBOG_DA) == "Ved højst 8 deltagere"
    assert (
        _condition(Condition(participants_over=8, participants_at_most=14), DREJEBOG_DA)
        == "Ved 9-14 deltagere"
    )


def test_material_text_is_escaped_not_interpreted(material: Material) -> None:
    # A step title with markup characters is shown as typed.
    steps = list(material.steps)
    steps[0] = steps[0].model_copy(update={"title": "<b>Fed</b> & <i>kursiv</i>"})
    html = drejebog_html(material.model_copy(update={"steps": steps}))

    assert "&lt;b&gt;Fed&lt;/b&gt; &amp; &lt;i&gt;kursiv&lt;/i&gt;" in html
    assert "<b>Fed</b>" not in html
