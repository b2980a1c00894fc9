"""The schema an author's editor shows: every field, value and object explained, in Danish and English.

The schema is walked as an editor reads it (the JSON written by ``dialogdesk schema -o``), so a
field added to the model without a text fails here.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import BaseModel

from dialogdesk.cli import main
from dialogdesk.materials import fields as model_fields
from dialogdesk.materials.model import Material
from dialogdesk.materials.schema import ENUM_VALUES, FIELDS, OBJECTS, material_schema
from tests.conftest import MATERIALS

SCHEMA_LINE = "# yaml-language-server: $schema="


def objects(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """Every object definition of the schema (the root is the Material)."""
    yield "Material", schema
    for name, definition in schema["$defs"].items():
        if "properties" in definition:
            yield name, definition


def choices(schema: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, definition in schema["$defs"].items():
        for choice in definition.get("oneOf", []):
            if "const" in choice:
                yield name, choice


def bilingual(text: Any) -> bool:
    """'Dansk tekst. / English text.': two non-empty halves."""
    if not isinstance(text, str) or " / " not in text:
        return False
    danish, english = text.split(" / ", 1)
    return bool(danish.strip()) and bool(english.strip())


def models() -> dict[str, type[BaseModel]]:
    return {model.__name__: model for model in model_fields.all_models()}


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The schema as ``dialogdesk schema -o material.schema.json`` writes it."""
    path = tmp_path_factory.mktemp("schema") / "material.schema.json"
    assert main(["schema", "-o", str(path)]) == 0
    return json.loads(path.read_text(encoding="utf-8"))


def test_the_written_file_is_the_documented_schema(written: dict[str, Any]) -> None:
    assert written == json.loads(json.dumps(material_schema()))
    assert written["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert written["title"] == "DialogDesk material"


def test_every_property_is_described_in_danish_then_english(written: dict[str, Any]) -> None:
    undescribed = [
        f"{name}.{field}"
        for name, definition in objects(written)
        for field, body in definition["properties"].items()
        if not bilingual(body.get("description"))
    ]
    count = sum(len(definition["properties"]) for _, definition in objects(written))

    assert count >= 98
    assert undescribed == []


def test_every_enum_value_is_a_described_choice(written: dict[str, Any]) -> None:
    found = list(choices(written))
    undescribed = [
        f"{name}={choice['const']}" for name, choice in found if not bilingual(choice.get("description"))
    ]
    bare = [name for name, definition in written["$defs"].items() if "enum" in definition]

    assert {name for name, _ in found} == {
        "MediaKind",
        "Grouping",
        "BoardAction",
        "ActivityKind",
        "AgreementFieldKind",
        "NextRound",
    }
    assert undescribed == []
    assert bare == []


def test_the_word_for_groups_and_the_board_actions_say_what_they_do(written: dict[str, Any]) -> None:
    said = {(name, choice["const"]): choice["description"] for name, choice in choices(written)}

    assert "pairs of pairs" in said[("Grouping", "groups")]
    assert "point cards" in said[("BoardAction", "collect_points")]
    assert "idea cards" in said[("BoardAction", "collect_ideas")]


def test_every_number_names_its_unit(written: dict[str, Any]) -> None:
    defs = written["$defs"]
    assert "minutes" in defs["Step"]["properties"]["minutes"]["description"]
    assert "minutes" in defs["Activity"]["properties"]["minutes"]["description"]
    assert "minutes" in defs["Media"]["properties"]["expected_minutes"]["description"]
    assert "participants" in defs["Preparation"]["properties"]["participants"]["description"]
    assert "minutes" in defs["Preparation"]["properties"]["duration_minutes"]["description"]
    assert "participants" in defs["Condition"]["properties"]["participants_over"]["description"]
    assert "dots" in defs["DotVoting"]["properties"]["dots_per_participant"]["description"]


def test_every_object_and_enum_is_described(written: dict[str, Any]) -> None:
    names = ["Material", *written["$defs"]]
    undescribed = [
        name
        for name in names
        if not bilingual((written if name == "Material" else written["$defs"][name]).get("description"))
    ]
    assert undescribed == []


def test_every_object_has_an_example_the_model_accepts(written: dict[str, Any]) -> None:
    by_name = models()
    for name, definition in objects(written):
        [example] = definition.get("examples") or [None]
        assert example is not None, f"{name} has no example"
        by_name[name].model_validate(example)  # raises if the example is wrong


def test_no_text_is_left_for_a_field_or_value_that_is_gone() -> None:
    by_name = models()
    for name, texts in FIELDS.items():
        assert set(texts) <= set(by_name[name].model_fields), name
    assert set(OBJECTS) <= set(by_name) | set(ENUM_VALUES)
    schema = material_schema()
    for name, values in ENUM_VALUES.items():
        assert set(values) == {choice["const"] for choice in schema["$defs"][name]["oneOf"]}, name


def test_the_model_itself_is_unchanged_by_the_schema_texts() -> None:
    # The texts are added to a copy; the model's own schema (used by others) keeps its enums.
    material_schema()
    assert "enum" in Material.model_json_schema()["$defs"]["Grouping"]


@pytest.mark.parametrize("folder", ["hardware", "forventningsafstemning", "viden-paa-tvaers"])
def test_the_bundled_materials_use_only_values_the_schema_offers(
    written: dict[str, Any], folder: str
) -> None:
    # An editor marks a value outside the oneOf choices; the bundled materials must have none.
    data = yaml.safe_load((MATERIALS / folder / "material.yaml").read_text(encoding="utf-8"))
    offered = {
        name: {choice["const"] for choice in d["oneOf"]}
        for name, d in written["$defs"].items()
        if "oneOf" in d
    }
    for step in data["steps"]:
        assert set(step.get("grouping", [])) <= offered["Grouping"]
        assert set(step.get("board", [])) <= offered["BoardAction"]
        assert {activity["kind"] for activity in step.get("activities", [])} <= offered["ActivityKind"]
    assert {media["kind"] for media in data.get("media", [])} <= offered["MediaKind"]


def test_the_readme_shows_the_editor_line_and_the_command_that_writes_its_file() -> None:
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## For content authors", 1)[1].split("\n## ", 1)[0]
    assert f"{SCHEMA_LINE}./material.schema.json" in section
    assert "dialogdesk schema -o material.schema.json" in section
