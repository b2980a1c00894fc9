"""Fuzzing the loader: whatever an author saves, they get a material or located problems, never a crash."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dialogdesk.materials.checks import material_warnings
from dialogdesk.materials.loader import LoadedMaterial, load_material
from dialogdesk.materials.problems import MaterialError
from tests.conftest import MATERIALS

FUZZ = settings(
    max_examples=300,
    deadline=None,
    # The autouse data_dir fixture is function-scoped; every example overwrites the same file.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# A small material first: Hypothesis shrinks a failing example towards it, so reports stay short.
SMALL = """\
id: small
title: Small
topic: {name: Small talk, keywords: [small talk]}
intention: Talk.
goal: Agree.
framing_questions:
  - Why are we here?
preparation:
  participants: {min: 2, max: 10}
  duration_minutes: {min: 20, max: 30}
media:
  - {id: film, kind: film, title: Film, file: media/film.mp4}
steps:
  - number: 1
    title: Start
    minutes: 10
    instructions:
      - {text: Watch., activity: watch, media: film}
    activities:
      - {id: watch, kind: watching, title: Watch, media: film}
    media: [film]
wrap_up:
  agreement:
    - {id: proposal, label: Proposal}
"""
SOURCES = [SMALL] + [path.read_text(encoding="utf-8") for path in sorted(MATERIALS.glob("*/material.yaml"))]

PUNCTUATION = [
    ":",
    ": ",
    "-",
    "- ",
    "[",
    "]",
    "{",
    "}",
    ",",
    "?",
    "? ",
    "|",
    ">",
    "'",
    '"',
    "#",
    "&",
    "*",
    "&a ",
    "*a",
    "!",
    "!!",
    "%",
    "@",
    "`",
    "\t",
    "\n",
    "  ",
    "---\n",
    "...\n",
    "~",
    "\\",
    "\r",
    "\ufeff",
]

VALUES = [
    "0",
    "-1",
    "1.5",
    "1e9",
    ".nan",
    ".inf",
    "-.inf",
    "~",
    "null",
    "''",
    '""',
    "[]",
    "{}",
    "yes",
    "no",
    "2023-02-30",
    "2023-01-01",
    "12:30",
    "0x1F",
    "0o17",
    "'x'",
    "[a, b]",
    "{a: b}",
    "!!bool maybe",
    "!!int ''",
    "!!float ''",
    "!!timestamp soon",
    "!!binary x",
    "!!str",
    "!!set {a}",
    "../../etc/passwd",
    "/etc/passwd",
    "http://example.com/x",
    "&anchor x",
    "*anchor",
]


@pytest.fixture(scope="module")
def fuzz_file() -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder) / "material.yaml"


def assert_loads_or_reports(path: Path) -> None:
    """A LoadedMaterial whose warnings can be computed, or a MaterialError with located problems."""
    try:
        loaded = load_material(path)
    except MaterialError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.path == path
            assert problem.line >= 1, str(problem)
            assert problem.column >= 1, str(problem)
            assert problem.message, str(problem)
            str(problem)
        return
    assert isinstance(loaded, LoadedMaterial)
    material_warnings(loaded)


@st.composite
def mutated_materials(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(SOURCES)).splitlines(keepends=True)
    for _ in range(draw(st.integers(min_value=1, max_value=3))):
        index = draw(st.integers(min_value=0, max_value=max(len(lines) - 1, 0)))
        mutation = draw(
            st.sampled_from(
                ["delete", "duplicate", "replace", "insert", "value", "indent", "dedent", "truncate"]
            )
        )
        if not lines:
            break
        line = lines[index]
        if mutation == "delete":
            del lines[index]
        elif mutation == "duplicate":
            lines.insert(index, line)
        elif mutation == "replace" and line:
            at = draw(st.integers(min_value=0, max_value=len(line) - 1))
            lines[index] = line[:at] + draw(st.characters()) + line[at + 1 :]
        elif mutation == "insert":
            at = draw(st.integers(min_value=0, max_value=len(line)))
            lines[index] = line[:at] + draw(st.sampled_from(PUNCTUATION)) + line[at:]
        elif mutation == "value" and ": " in line:
            key = line.split(": ", 1)[0]
            lines[index] = f"{key}: {draw(st.sampled_from(VALUES))}\n"
        elif mutation == "indent":
            lines[index] = "  " + line
        elif mutation == "dedent":
            lines[index] = line.removeprefix("  ")
        elif mutation == "truncate":
            text = "".join(lines)
            cut = draw(st.integers(min_value=0, max_value=len(text)))
            lines = text[:cut].splitlines(keepends=True)
    return "".join(lines)


def test_the_mutation_sources_are_valid_materials(fuzz_file: Path) -> None:
    assert len(SOURCES) >= 4
    for text in SOURCES:
        fuzz_file.write_text(text, encoding="utf-8")
        assert isinstance(load_material(fuzz_file), LoadedMaterial)


@FUZZ
@given(text=st.text())
def test_any_text_loads_or_is_reported(fuzz_file: Path, text: str) -> None:
    fuzz_file.write_text(text, encoding="utf-8")
    assert_loads_or_reports(fuzz_file)


@FUZZ
@given(raw=st.binary())
def test_any_bytes_load_or_are_reported(fuzz_file: Path, raw: bytes) -> None:
    fuzz_file.write_bytes(raw)
    assert_loads_or_reports(fuzz_file)


@FUZZ
@given(text=mutated_materials())
def test_a_mutated_material_loads_or_is_reported(fuzz_file: Path, text: str) -> None:
    fuzz_file.write_text(text, encoding="utf-8")
    assert_loads_or_reports(fuzz_file)
