"""Warnings an author sees for a material that loads but has content flaws."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from dialogdesk.materials.checks import material_warnings
from dialogdesk.materials.library import MaterialLibrary
from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Topic
from dialogdesk.materials.problems import Problem, Severity
from tests.conftest import MATERIALS

GAP = "steps[3].number: steps go from Trin 3 to Trin 5 (missing: Trin 4)"
HARDWARE_DURATION = (
    "preparation.duration_minutes: the steps add up to 35 minutes, but the planned duration is 45 minutes"
)
VIDEN_DURATION = (
    "preparation.duration_minutes: the steps add up to 55 minutes, but the planned duration is 60 minutes"
)
FULDMAGT = "steps[4].instructions[0].text: names another topic ('fuldmagt' belongs to 'Digital fuldmagt')"


@pytest.fixture(scope="module")
def library() -> MaterialLibrary:
    return MaterialLibrary.load([MATERIALS])


def material_file(material_id: str) -> Path:
    return MATERIALS / material_id / "material.yaml"


def warnings_for(library: MaterialLibrary, material_id: str) -> list[Problem]:
    return [w for w in library.warnings if w.path == material_file(material_id)]


def line_column(path: Path, pattern: str) -> tuple[int, int]:
    """1-based line and column where the regex group 1 of ``pattern`` starts (single match)."""
    text = path.read_text(encoding="utf-8")
    matches = list(re.finditer(pattern, text, flags=re.MULTILINE))
    assert len(matches) == 1, f"{pattern!r} must match once in {path}"
    offset = matches[0].start(1)
    return text.count("\n", 0, offset) + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1


def located(path: Path, line: int, column: int, text: str) -> str:
    return f"{path}:{line}:{column}: warning: {text}"


# --- The bundled materials ---------------------------------------------------------------


def test_the_bundled_materials_have_no_errors(library: MaterialLibrary) -> None:
    assert library.errors == []
    assert all(w.severity is Severity.WARNING for w in library.warnings)


def test_hardware_is_warned_about_the_missing_trin_4_at_trin_5(library: MaterialLibrary) -> None:
    path = material_file("hardware")
    line, column = line_column(path, r"^  - number: (5)$")

    assert located(path, line, column, GAP) in [str(w) for w in warnings_for(library, "hardware")]


def test_hardware_steps_do_not_add_up_to_the_planned_45_minutes(library: MaterialLibrary) -> None:
    path = material_file("hardware")
    line, column = line_column(path, r"^  duration_minutes:\n    (min):")

    assert located(path, line, column, HARDWARE_DURATION) in [
        str(w) for w in warnings_for(library, "hardware")
    ]


def test_viden_paa_tvaers_steps_do_not_add_up_to_the_planned_60_minutes(library: MaterialLibrary) -> None:
    path = material_file("viden-paa-tvaers")
    line, column = line_column(path, r"^  duration_minutes:\n    (min):")

    assert located(path, line, column, VIDEN_DURATION) in [
        str(w) for w in warnings_for(library, "viden-paa-tvaers")
    ]


def test_viden_paa_tvaers_names_the_fuldmagt_topic_in_trin_5(library: MaterialLibrary) -> None:
    path = material_file("viden-paa-tvaers")
    [warning] = [
        w for w in warnings_for(library, "viden-paa-tvaers") if w.field == "steps[4].instructions[0].text"
    ]

    assert str(warning).endswith(f": warning: {FULDMAGT}")
    # The warning points at the instruction, between "Trin 5" and the line that says "fuldmagt".
    trin_5, _ = line_column(path, r"^  - number: (5)$")
    fuldmagt, _ = line_column(path, r"^\s+(praksis om digital fuldmagt)")
    assert trin_5 < warning.line <= fuldmagt


def test_forventningsafstemning_has_no_step_gap_and_fits_its_duration(library: MaterialLibrary) -> None:
    messages = [w.message for w in warnings_for(library, "forventningsafstemning")]

    assert messages, "the material should at least be warned about its missing film"
    assert not [m for m in messages if "steps go from" in m]
    assert not [m for m in messages if "add up to" in m]


def test_hardware_does_not_warn_about_its_own_topic(library: MaterialLibrary) -> None:
    messages = [w.message for w in warnings_for(library, "hardware")]

    assert not [m for m in messages if "'hardware' belongs to" in m]


@pytest.mark.parametrize("material_id", ["forventningsafstemning", "hardware", "viden-paa-tvaers"])
def test_every_bundled_media_file_is_reported_as_not_on_disk(
    library: MaterialLibrary, material_id: str
) -> None:
    path = material_file(material_id)
    loaded = library.by_id(material_id)
    assert loaded is not None
    media = loaded.material.media[0]
    assert media.file is not None
    line, column = line_column(path, rf"^    file: ({re.escape(media.file)})$")

    expected = (
        f"media[0].file: '{media.file}' is not on disk (put the file there, or attach it before the session)"
    )
    assert located(path, line, column, expected) in [str(w) for w in warnings_for(library, material_id)]


@pytest.mark.parametrize("material_id", ["forventningsafstemning", "hardware", "viden-paa-tvaers"])
def test_the_not_on_disk_warning_goes_away_when_the_file_is_there(tmp_path: Path, material_id: str) -> None:
    # Given a copy of the material folder,
    folder = tmp_path / material_id
    shutil.copytree(MATERIALS / material_id, folder)
    loaded = load_material(folder / "material.yaml")
    media_file = loaded.material.media[0].file
    assert media_file is not None
    assert any("is not on disk" in w.message for w in material_warnings(loaded))

    # when the media file is put where the material says,
    target = folder / media_file
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"not really a film")

    # then the warning is gone.
    assert not [w for w in material_warnings(loaded) if "is not on disk" in w.message]


# --- Small materials ---------------------------------------------------------------------

SMALL = """\
id: small
title: Small
topic:
  name: Small talk
  keywords: [small talk]
intention: Talk.
goal: Agree.
framing_questions:
  - Why?
preparation:
  participants: {{min: 2, max: 10}}
  duration_minutes: {{min: {low}, max: {high}}}
steps:
  - number: 1
    title: Start
    minutes: {first}
    instructions:
      - text: Start.
  - number: {second_number}
    title: Decide
    minutes: 15
    instructions:
      - text: Decide.
{media}wrap_up:
  agreement:
    - id: proposal
      label: Proposal
"""


def small(
    tmp_path: Path,
    *,
    first: float = 10,
    low: int = 20,
    high: int = 30,
    second_number: int = 2,
    media: str = "",
) -> list[Problem]:
    path = tmp_path / "material.yaml"
    text = SMALL.format(first=first, low=low, high=high, second_number=second_number, media=media)
    path.write_text(text, encoding="utf-8")
    return material_warnings(load_material(path))


@pytest.mark.parametrize(("first", "low", "high"), [(10, 20, 30), (5, 20, 30), (15, 20, 30), (10, 25, 25)])
def test_steps_inside_the_planned_duration_give_no_warning(
    tmp_path: Path, first: float, low: int, high: int
) -> None:
    assert small(tmp_path, first=first, low=low, high=high) == []


@pytest.mark.parametrize(
    ("first", "low", "high", "message"),
    [
        (4, 20, 30, "the steps add up to 19 minutes, but the planned duration is 20-30 minutes"),
        (16, 20, 30, "the steps add up to 31 minutes, but the planned duration is 20-30 minutes"),
        (2.5, 20, 20, "the steps add up to 17.5 minutes, but the planned duration is 20 minutes"),
    ],
)
def test_steps_outside_the_planned_duration_are_warned_about(
    tmp_path: Path, first: float, low: int, high: int, message: str
) -> None:
    warnings = small(tmp_path, first=first, low=low, high=high)

    assert [(w.field, w.message) for w in warnings] == [("preparation.duration_minutes", message)]


def test_steps_numbered_backwards_are_warned_about(tmp_path: Path) -> None:
    warnings = small(tmp_path, second_number=0)

    assert [(w.field, w.message) for w in warnings] == [
        ("steps[1].number", "steps go from Trin 1 to Trin 0 (missing: none)")
    ]


def test_a_media_without_a_file_asks_the_facilitator_to_attach_one(tmp_path: Path) -> None:
    media = "media:\n  - id: film\n    kind: film\n    title: The film\n"

    warnings = small(tmp_path, media=media)

    assert [(w.field, w.line, w.message) for w in warnings] == [
        ("media[0]", 25, "'The film' has no file yet; the facilitator must attach one")
    ]


def test_a_topic_of_another_material_is_warned_about(tmp_path: Path) -> None:
    # Given a small material whose text mentions "Start" and a sibling topic keyed on "start",
    path = tmp_path / "material.yaml"
    path.write_text(SMALL.format(first=10, low=20, high=30, second_number=2, media=""), encoding="utf-8")
    loaded = load_material(path)
    sibling = Topic(name="Getting started", keywords=["start"])

    # then both step texts that say "Start" are flagged, as warnings at their lines.
    warnings = material_warnings(loaded, [sibling])

    assert [str(w) for w in warnings] == [
        f"{path}:15:12: warning: steps[0].title: names another topic ('start' belongs to 'Getting started')",
        f"{path}:18:15: warning: steps[0].instructions[0].text: "
        "names another topic ('start' belongs to 'Getting started')",
    ]
