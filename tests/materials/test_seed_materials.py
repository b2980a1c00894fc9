"""The bundled materials are faithful transcriptions of the seed texts."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dialogdesk.materials.checks import _texts
from dialogdesk.materials.library import MaterialLibrary
from dialogdesk.materials.model import Material
from tests.conftest import MATERIALS, SEEDS


@pytest.fixture(scope="module")
def library() -> MaterialLibrary:
    return MaterialLibrary.load([MATERIALS])


def _material(library: MaterialLibrary, material_id: str) -> Material:
    loaded = library.by_id(material_id)
    assert loaded is not None, f"{material_id} did not load: {library.errors}"
    return loaded.material


def _normalise(text: str) -> str:
    text = re.sub(r"\[([^\]]*)\]\(#\)", r"\1", text)  # markdown link markers of the web text
    text = text.replace("”", '"').replace("“", '"').replace("’", "'")
    return re.sub(r"\s+", " ", text).strip().casefold()


def _all_text(material: Material) -> str:
    return _normalise(" ".join(text for _, text in _texts(material, ())))


def _seed_questions(seed: str, *, until: str | None = None) -> list[str]:
    text = (SEEDS / seed).read_text(encoding="utf-8")
    if until is not None:
        text = text[: text.index(until)]
    lines = [line.strip(" •-\t") for line in text.splitlines()]
    return [line for line in lines if line.endswith("?")]


def test_all_three_seed_materials_load_without_errors(library: MaterialLibrary) -> None:
    assert library.errors == []
    assert sorted(m.material.id for m in library.materials) == [
        "forventningsafstemning",
        "hardware",
        "viden-paa-tvaers",
    ]


@pytest.mark.parametrize(
    ("material_id", "steps"),
    [
        ("forventningsafstemning", [(1, 5), (2, 8), (3, 12), (4, 7), (5, 13)]),
        ("hardware", [(1, 5), (2, 8), (3, 12), (5, 10)]),
        ("viden-paa-tvaers", [(1, 15), (2, 8), (3, 12), (4, 10), (5, 10)]),
    ],
)
def test_step_numbers_and_minutes_match_the_seed(
    library: MaterialLibrary, material_id: str, steps: list[tuple[int, int]]
) -> None:
    material = _material(library, material_id)
    assert [(step.number, step.minutes) for step in material.steps] == steps


def test_forventningsafstemning_takes_45_minutes(library: MaterialLibrary) -> None:
    material = _material(library, "forventningsafstemning")
    assert material.planned_minutes == 5 + 8 + 12 + 7 + 13 == 45
    assert (material.preparation.duration_minutes.min, material.preparation.duration_minutes.max) == (45, 60)


@pytest.mark.parametrize(
    ("material_id", "seed", "until"),
    [
        ("forventningsafstemning", "000_4b42e0c739be3f82.txt", None),
        ("hardware", "001_99b7724bcf6c0a96.txt", None),
        ("viden-paa-tvaers", "003_ac3604e5cf7d12fe.txt", "Juridiske pointer til dialogmateriale"),
    ],
)
def test_every_question_of_the_seed_is_in_the_material(
    library: MaterialLibrary, material_id: str, seed: str, until: str | None
) -> None:
    material_text = _all_text(_material(library, material_id))
    questions = _seed_questions(seed, until=until)
    assert len(questions) >= 5
    missing = [q for q in questions if _normalise(q) not in material_text]
    # 000 and 002 differ in spelling ("Søren's"/"Sørens"); the material follows the PDF text.
    missing = [q for q in missing if _normalise(q.replace("Søren's", "Sørens")) not in material_text]
    assert missing == []


def test_trin_3_reflection_questions_are_shown_to_participants(library: MaterialLibrary) -> None:
    for loaded in library.materials:
        trin_3 = next(step for step in loaded.material.steps if step.number == 3)
        assert len(trin_3.participant_questions) == 3, loaded.material.id


def test_conditional_tip_applies_only_over_12_participants(library: MaterialLibrary) -> None:
    trin_2 = _material(library, "forventningsafstemning").steps[1]
    pluk = [tip for tip in trin_2.tips if "pluk" in tip.text]
    assert len(pluk) == 1
    assert not pluk[0].applies(12)
    assert pluk[0].applies(13)


def test_silent_brainstorm_is_a_one_minute_activity(library: MaterialLibrary) -> None:
    trin_4 = next(s for s in _material(library, "forventningsafstemning").steps if s.number == 4)
    assert [(a.kind, a.minutes) for a in trin_4.activities] == [("silent_brainstorm", 1)]


def test_media_of_each_material(library: MaterialLibrary) -> None:
    film = _material(library, "forventningsafstemning").media[0]
    assert (film.kind, film.source_url) == ("film", "https://vimeo.com/868646128")
    case = _material(library, "hardware").media[0]
    assert case.kind == "written_case"
    podcast = _material(library, "viden-paa-tvaers").media[0]
    assert (podcast.kind, podcast.expected_minutes) == ("podcast", 10)
    assert [p.name for p in podcast.people] == [
        "Mark Korshøj Jensen",
        "Mette Engesgaard",
        "Anna De Boer",
        "Kasper Nizam",
    ]


def test_dot_voting_keeps_other_proposals_where_the_source_says_so(library: MaterialLibrary) -> None:
    keeps = {
        m.material.id: m.material.wrap_up.dot_voting.keep_others_for_next_time for m in library.materials
    }
    assert keeps == {"forventningsafstemning": False, "hardware": True, "viden-paa-tvaers": True}
    for loaded in library.materials:
        assert loaded.material.wrap_up.dot_voting.dots_per_participant == 1
        fields = {f.id for f in loaded.material.wrap_up.agreement}
        assert {"proposal", "how", "responsible", "participants", "test_done", "follow_up"} <= fields


def test_participants_and_project_context(library: MaterialLibrary) -> None:
    for loaded in library.materials:
        participants = loaded.material.preparation.participants
        assert (participants.min, participants.max) == (4, 20)
        assert loaded.material.project is not None
        assert "Fremfærd Borger" in loaded.material.project.organisations


def test_bundled_material_files_are_in_their_own_folders() -> None:
    files = sorted(p.relative_to(MATERIALS) for p in MATERIALS.rglob("*.yaml"))
    assert files == [
        Path("forventningsafstemning/material.yaml"),
        Path("hardware/material.yaml"),
        Path("viden-paa-tvaers/material.yaml"),
    ]
