"""What the README promises is checked: participants and duration outside the usual range for a
dialogue, and groups larger than the room, give a warning that names the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogdesk.materials.checks import material_warnings
from dialogdesk.materials.loader import load_material
from tests.conftest import MATERIALS
from tests.materials.test_loader import VALID, replace_once, write


@pytest.mark.parametrize(
    ("written", "field", "words"),
    [
        ("participants: {min: 2, max: 10}", "preparation.participants.max", None),
        ("participants: {min: 1, max: 10}", "preparation.participants.min", "at least 2"),
        ("participants: {min: 2, max: 400}", "preparation.participants.max", "is it a slip?"),
        ("duration_minutes: {min: 20, max: 30}", None, None),
        (
            "duration_minutes: {min: 5, max: 30}",
            "preparation.duration_minutes.min",
            "shorter than the usual 10",
        ),
        (
            "duration_minutes: {min: 20, max: 300}",
            "preparation.duration_minutes.max",
            "longer than the usual 240",
        ),
    ],
)
def test_an_unusual_range_is_a_warning_naming_its_field(
    tmp_path: Path, written: str, field: str | None, words: str | None
) -> None:
    key = written.split(":", 1)[0]
    original = next(line.strip() for line in VALID.splitlines() if line.strip().startswith(f"{key}:"))
    path = write(tmp_path, replace_once(VALID, original, written))

    found = [
        w for w in material_warnings(load_material(path)) if "usual" in w.message or "at least" in w.message
    ]

    if words is None:
        assert found == []
    else:
        [warning] = found
        assert warning.field == field
        assert words in warning.message


def test_bundled_materials_get_no_range_warning() -> None:
    for path in sorted(MATERIALS.glob("*/material.yaml")):
        warnings = material_warnings(load_material(path))
        assert not [w for w in warnings if "usual" in w.message or "need more" in w.message], path
