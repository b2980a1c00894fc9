"""What an author sees when a material file is broken: one located line per problem.

Every test starts from a small valid material, breaks it in one place, and checks the exact
``PATH:LINE:COL: FIELD: MESSAGE`` line the loader reports for it.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from dialogdesk.materials.files import MAX_FILE_BYTES, find_material_files, resolve_inside
from dialogdesk.materials.loader import MAX_NODES, LoadedMaterial, load_material
from dialogdesk.materials.problems import MaterialError, Problem
from tests.conftest import MATERIALS

VALID = """\
id: demo
title: Demo
topic:
  name: Demo
  keywords: [demo]
intention: Talk about the demo.
goal: Agree on one thing.
framing_questions:
  - Why are we here?
source:
  publisher: Somebody
  published: "2023"
preparation:
  participants: {min: 2, max: 10}
  duration_minutes: {min: 20, max: 30}
media:
  - id: film
    kind: film
    title: A film
    file: media/film.mp4
steps:
  - number: 1
    title: Start
    minutes: 10
    instructions:
      - text: Watch the film.
        activity: watch
        media: film
    activities:
      - id: watch
        kind: watching
        title: Watch
        media: film
    media: [film]
  - number: 2
    title: Decide
    minutes: 15
    instructions:
      - text: Decide together.
wrap_up:
  agreement:
    - id: proposal
      label: Proposal
"""

ALIAS_MESSAGE = "YAML anchors and aliases (& and *) are not allowed in materials"


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} must occur exactly once in the material"
    return text.replace(old, new)


def position(text: str, needle: str, at: str | None = None) -> tuple[int, int]:
    """1-based line and column of ``at`` inside the single occurrence of ``needle``."""
    assert text.count(needle) == 1, f"{needle!r} must occur exactly once in the material"
    offset = text.index(needle) + (needle.index(at) if at is not None else 0)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "material.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(path: Path) -> list[Problem]:
    with pytest.raises(MaterialError) as caught:
        load_material(path)
    assert caught.value.problems, "a MaterialError must carry at least one problem"
    return list(caught.value.problems)


def lines_of(path: Path) -> list[str]:
    return [str(problem) for problem in problems_of(path)]


# --- The starting point ------------------------------------------------------------------


def test_the_valid_material_loads(tmp_path: Path) -> None:
    loaded = load_material(write(tmp_path, VALID))

    assert isinstance(loaded, LoadedMaterial)
    assert loaded.material.id == "demo"
    assert [step.number for step in loaded.material.steps] == [1, 2]
    assert loaded.media_path("media/film.mp4") == tmp_path.resolve() / "media" / "film.mp4"


def test_a_bundled_material_copied_elsewhere_still_loads(tmp_path: Path) -> None:
    copy = tmp_path / "hardware" / "material.yaml"
    copy.parent.mkdir()
    shutil.copy(MATERIALS / "hardware" / "material.yaml", copy)

    assert load_material(copy).material.id == "hardware"


# --- Values and fields -------------------------------------------------------------------


def test_zero_minutes_is_reported_at_the_value(tmp_path: Path) -> None:
    text = replace_once(VALID, "minutes: 15", "minutes: 0")
    path = write(tmp_path, text)

    [problem] = problems_of(path)

    line, column = position(text, "minutes: 0", at="0")
    assert (problem.line, problem.column, problem.field) == (line, column, "steps[1] (Trin 2).minutes")
    assert str(problem).startswith(
        f"{path}:{line}:{column}: steps[1] (Trin 2).minutes: must be greater than 0"
    )


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ("minutes: 15", "minutes: 0", "steps[1] (Trin 2).minutes", "must be greater than 0"),
        ("minutes: 15", "minutes: 500", "steps[1] (Trin 2).minutes", "must be at most 240"),
        ("number: 2", "number: -1", "steps[1] (Trin -1).number", "must be at least 0"),
    ],
)
def test_limits_are_shown_as_the_author_wrote_them(
    tmp_path: Path, old: str, new: str, field: str, message: str
) -> None:
    # Given an integer limit in the model (gt=0, le=240), the author should not read "0.0".
    text = replace_once(VALID, old, new)
    path = write(tmp_path, text)

    line, column = position(text, new, at=new.split(": ")[1])
    assert lines_of(path) == [f"{path}:{line}:{column}: {field}: {message}"]


def test_a_missing_required_field_is_reported_at_the_start_of_its_mapping(tmp_path: Path) -> None:
    path = write(tmp_path, replace_once(VALID, "title: Demo\n", ""))

    assert lines_of(path) == [f"{path}:1:1: title: is required but missing"]


def test_a_missing_nested_field_is_reported_at_its_parent(tmp_path: Path) -> None:
    text = replace_once(VALID, "    title: Decide\n", "")
    path = write(tmp_path, text)

    line, column = position(text, "- number: 2", at="number")
    assert lines_of(path) == [f"{path}:{line}:{column}: steps[1] (Trin 2).title: is required but missing"]


def test_a_typo_in_a_key_is_reported_at_the_key_with_the_field_it_resembles(tmp_path: Path) -> None:
    text = replace_once(VALID, "minutes: 15", "minuts: 15")
    path = write(tmp_path, text)

    step_line, step_column = position(text, "- number: 2", at="number")
    key_line, key_column = position(text, "minuts: 15")
    assert sorted(lines_of(path)) == sorted(
        [
            f"{path}:{step_line}:{step_column}: steps[1] (Trin 2).minutes: is required but missing",
            f"{path}:{key_line}:{key_column}: steps[1] (Trin 2).minuts: `minuts` is not a field of a "
            "step; is it a misspelling of `minutes`, which a step has?",
        ]
    )


def test_an_unknown_top_level_key_is_reported_at_the_key(tmp_path: Path) -> None:
    text = VALID + "colour: blue\n"
    path = write(tmp_path, text)

    line, column = position(text, "colour: blue")
    [found] = lines_of(path)
    assert found.startswith(
        f"{path}:{line}:{column}: colour: `colour` is not a field of the material (the top level); "
        "the material (the top level) has: format_version, id, title,"
    )


def test_a_wrong_enum_value_names_the_allowed_values(tmp_path: Path) -> None:
    text = replace_once(VALID, "kind: film", "kind: movie")
    path = write(tmp_path, text)

    line, column = position(text, "kind: movie", at="movie")
    assert lines_of(path) == [
        f"{path}:{line}:{column}: media[0].kind: must be one of "
        "'film', 'podcast', 'written_case' or 'document'"
    ]


def test_a_duplicated_key_is_reported_where_the_wrong_value_is(tmp_path: Path) -> None:
    # Given a step that says "minutes" twice, the second time with an invalid value,
    text = replace_once(VALID, "    minutes: 15\n", "    minutes: 15\n    minutes: 0\n")
    path = write(tmp_path, text)

    # when it is loaded,
    problems = problems_of(path)

    # then the author is sent to the line of the 0, not to the valid "minutes: 15" above it.
    first_line, _ = position(text, "minutes: 15")
    second_line, _ = position(text, "minutes: 0")
    assert [p.line for p in problems if p.field.startswith("steps[1] (Trin 2).minutes")] == [second_line], [
        str(p) for p in problems
    ]
    assert first_line not in [p.line for p in problems]


def test_every_validation_error_of_a_file_is_reported(tmp_path: Path) -> None:
    # Given three independent mistakes in different places,
    text = replace_once(VALID, "minutes: 10", "minutes: 0")
    text = replace_once(text, "kind: film", "kind: movie")
    text = replace_once(text, "label: Proposal", "labl: Proposal")
    path = write(tmp_path, text)

    # then all three are reported, each at its own line.
    problems = problems_of(path)
    fields = {p.field: p.line for p in problems}
    assert fields["steps[0] (Trin 1).minutes"] == position(text, "minutes: 0")[0]
    assert fields["media[0].kind"] == position(text, "kind: movie")[0]
    assert fields["wrap_up.agreement[0].labl"] == position(text, "labl: Proposal")[0]
    assert fields["wrap_up.agreement[0].label"] == position(text, "- id: proposal")[0]


def test_every_reference_error_of_a_file_is_reported(tmp_path: Path) -> None:
    text = replace_once(VALID, "activity: watch", "activity: wacth")
    text = replace_once(text, "media: [film]", "media: [flim]")
    path = write(tmp_path, text)

    line_a, column_a = position(text, "activity: wacth", at="wacth")
    line_m, column_m = position(text, "media: [flim]", at="flim")
    assert sorted(lines_of(path)) == sorted(
        [
            f"{path}:{line_a}:{column_a}: steps[0] (Trin 1).instructions[0].activity: "
            "names activity 'wacth', which this step does not have",
            f"{path}:{line_m}:{column_m}: steps[0] (Trin 1).media[0]: "
            "names media 'flim', which is not in the material's media list",
        ]
    )


# --- Cross-field references --------------------------------------------------------------


def test_duplicate_step_numbers_are_reported_at_the_second_one(tmp_path: Path) -> None:
    text = replace_once(VALID, "number: 2", "number: 1 ")
    path = write(tmp_path, text)

    line, column = position(text, "number: 1 ", at="1")
    assert lines_of(path) == [f"{path}:{line}:{column}: steps[1] (Trin 1).number: '1' is used twice"]


def test_an_instruction_naming_an_unknown_activity(tmp_path: Path) -> None:
    text = replace_once(VALID, "activity: watch", "activity: listen")
    path = write(tmp_path, text)

    line, column = position(text, "activity: listen", at="listen")
    assert lines_of(path) == [
        f"{path}:{line}:{column}: steps[0] (Trin 1).instructions[0].activity: "
        "names activity 'listen', which this step does not have"
    ]


def test_a_step_naming_an_unknown_media(tmp_path: Path) -> None:
    text = replace_once(VALID, "media: [film]", "media: [podcast]")
    path = write(tmp_path, text)

    line, column = position(text, "media: [podcast]", at="podcast")
    assert lines_of(path) == [
        f"{path}:{line}:{column}: steps[0] (Trin 1).media[0]: "
        "names media 'podcast', which is not in the material's media list"
    ]


def test_an_activity_without_minutes_or_media(tmp_path: Path) -> None:
    text = replace_once(VALID, "        media: film\n    media: [film]", "    media: [film]")
    path = write(tmp_path, text)

    line, column = position(text, "- id: watch", at="id")
    assert lines_of(path) == [
        f"{path}:{line}:{column}: steps[0] (Trin 1).activities[0].minutes: "
        "is required when the activity plays no media"
    ]


# --- Media paths -------------------------------------------------------------------------

OUTSIDE = "must stay inside the material folder"
RELATIVE = "must be relative to the material folder"
NOT_URL = "must be a path to a local file in the material folder, not a URL"


@pytest.mark.parametrize(
    ("yaml_value", "message"),
    [
        ("../../etc/passwd", OUTSIDE),
        ("media/../../outside.mp4", OUTSIDE),
        ("/etc/passwd", RELATIVE),
        ("'C:\\x.mp4'", RELATIVE),
        ("'C:/x.mp4'", RELATIVE),
        ("http://example.com/film.mp4", NOT_URL),
        ("file:///etc/passwd", NOT_URL),
        ("'\\\\server\\share\\film.mp4'", NOT_URL),
    ],
)
def test_a_media_file_must_be_a_local_file_inside_the_material_folder(
    tmp_path: Path, yaml_value: str, message: str
) -> None:
    text = replace_once(VALID, "file: media/film.mp4", f"file: {yaml_value}")
    path = write(tmp_path, text)

    line, column = position(text, f"file: {yaml_value}", at=yaml_value)
    assert lines_of(path) == [f"{path}:{line}:{column}: media[0].file: {message}"]


@pytest.mark.parametrize(
    "relative",
    ["../../etc/passwd", "/etc/passwd", "C:\\x.mp4", "http://example.com/film.mp4", "file:///etc/passwd", ""],
)
def test_resolve_inside_refuses_paths_that_leave_the_folder(tmp_path: Path, relative: str) -> None:
    with pytest.raises(ValueError, match="must"):
        resolve_inside(tmp_path, relative)


def test_a_media_file_in_a_subfolder_is_accepted(tmp_path: Path) -> None:
    # Given a media file two folders down, written with Windows separators,
    text = replace_once(VALID, "file: media/film.mp4", "file: 'media\\films\\film.mp4'")
    path = write(tmp_path, text)

    # then the material loads and the path resolves inside the material folder.
    loaded = load_material(path)
    target = loaded.media_path("media\\films\\film.mp4")
    assert target == tmp_path.resolve() / "media" / "films" / "film.mp4"
    assert target.is_relative_to(tmp_path.resolve())
    assert resolve_inside(tmp_path, "media/./films/../film.mp4") == tmp_path.resolve() / "media" / "film.mp4"


# --- The file itself ---------------------------------------------------------------------


def test_invalid_yaml_is_reported_at_the_broken_line(tmp_path: Path) -> None:
    text = replace_once(VALID, "goal: Agree on one thing.", "goal: Agree: on one thing.")
    path = write(tmp_path, text)

    line, column = position(text, "goal: Agree: on", at=": on")
    assert lines_of(path) == [
        f"{path}:{line}:{column}: invalid YAML: the text of `goal:` contains a colon followed by a "
        'space; put the whole text in quotes (goal: "...")'
    ]


def test_an_unclosed_bracket_is_invalid_yaml_with_a_line(tmp_path: Path) -> None:
    text = replace_once(VALID, "keywords: [demo]", "keywords: [demo")
    path = write(tmp_path, text)

    # The author is sent to the bracket that is never closed, not to where the parser gave up.
    line, column = position(text, "keywords: [demo", at="[demo")
    assert lines_of(path) == [
        f"{path}:{line}:{column}: invalid YAML: the [ that starts this list is never closed with ]"
    ]


def test_a_latin1_character_is_reported_as_not_utf8_at_its_line(tmp_path: Path) -> None:
    # Given a file saved as latin-1 with an "ø" in the title on line 2,
    path = tmp_path / "material.yaml"
    path.write_bytes(replace_once(VALID, "title: Demo", "title: Sø Demo").encode("latin-1"))

    # then the author is told the encoding is wrong, at the "ø".
    assert lines_of(path) == [f"{path}:2:9: file is not UTF-8 text (save it as UTF-8)"]


def test_a_latin1_character_after_a_byte_order_mark_is_reported_at_its_line(tmp_path: Path) -> None:
    # Given a UTF-8 file with a byte order mark (as Windows Notepad saves it) into which a
    # latin-1 "ø" was pasted on line 3,
    path = tmp_path / "material.yaml"
    path.write_bytes(b"\xef\xbb\xbfid: demo\ntitle: Demo\ngoal: S\xf8\n")

    # then the line and column are those of the "ø", as the author's editor shows them.
    assert lines_of(path) == [f"{path}:3:8: file is not UTF-8 text (save it as UTF-8)"]


def test_a_utf8_file_with_a_byte_order_mark_loads(tmp_path: Path) -> None:
    path = tmp_path / "material.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + VALID.encode("utf-8"))

    assert load_material(path).material.id == "demo"


def test_a_control_character_is_reported_as_a_located_problem(tmp_path: Path) -> None:
    # Given a bell character (e.g. pasted from a terminal) in the goal on line 7,
    text = replace_once(VALID, "goal: Agree on one thing.", "goal: Agree on\x07 one thing.")
    path = write(tmp_path, text)

    # then loading reports a problem on that line instead of crashing.
    problems = problems_of(path)
    assert [p.line for p in problems] == [position(text, "goal: Agree")[0]]


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "material.yaml"
    path.write_text(VALID + "#" * (MAX_FILE_BYTES - len(VALID.encode()) + 1), encoding="utf-8")
    size = path.stat().st_size
    assert size == MAX_FILE_BYTES + 1

    assert lines_of(path) == [f"{path}:1:1: file is {size} bytes; the limit is {MAX_FILE_BYTES}"]


def test_a_file_exactly_at_the_size_limit_loads(tmp_path: Path) -> None:
    path = tmp_path / "material.yaml"
    path.write_text(VALID + "#" * (MAX_FILE_BYTES - len(VALID.encode())), encoding="utf-8")
    assert path.stat().st_size == MAX_FILE_BYTES

    assert load_material(path).material.id == "demo"


def test_a_missing_file_is_a_material_error(tmp_path: Path) -> None:
    path = tmp_path / "nowhere.yaml"

    assert lines_of(path) == [f"{path}:1:1: cannot read file: No such file or directory"]


def test_an_anchor_and_alias_are_refused(tmp_path: Path) -> None:
    text = replace_once(VALID, "intention: Talk about the demo.", "intention: &same Talk about the demo.")
    text = replace_once(text, "goal: Agree on one thing.", "goal: *same")
    path = write(tmp_path, text)

    [problem] = problems_of(path)

    assert problem.message == ALIAS_MESSAGE
    assert problem.field in {"intention", "goal"}
    assert problem.line in {position(text, "&same")[0], position(text, "*same")[0]}


BILLION_LAUGHS = """\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def test_a_billion_laughs_bomb_is_refused_fast(tmp_path: Path) -> None:
    path = write(tmp_path, BILLION_LAUGHS)

    started = time.perf_counter()
    problems = problems_of(path)
    elapsed = time.perf_counter() - started

    assert [p.message for p in problems] == [ALIAS_MESSAGE]
    assert elapsed < 1.0


def test_a_document_with_too_many_values_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "values: [" + "1, " * MAX_NODES + "1]\n")

    assert lines_of(path) == [f"{path}:1:1: document has more than {MAX_NODES} values"]


@pytest.mark.parametrize("text", ["[" * 5000, "- " * 3000 + "x\n", "{a: " * 3000 + "1" + "}" * 3000])
def test_deep_nesting_is_a_material_error_not_a_recursion_error(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)

    [problem] = problems_of(path)

    assert problem.message.startswith("invalid YAML")


@pytest.mark.parametrize(
    "text",
    ["", "\n", "# only a comment\n", "---\n", "- id: demo\n- title: Demo\n", "just a sentence\n", "42\n"],
)
def test_a_document_that_is_not_a_mapping_is_refused(tmp_path: Path, text: str) -> None:
    path = write(tmp_path, text)

    assert lines_of(path) == [f"{path}:1:1: a material must be a YAML mapping (key: value)"]


@pytest.mark.parametrize(
    "template",
    [
        "!!python/object/apply:os.system [{command!r}]\n",
        "title: !!python/object/apply:os.system [{command!r}]\n",
        "title: !!python/object/apply:subprocess.check_output [[sh, -c, {command!r}]]\n",
        "title: !!python/object/new:os.system [{command!r}]\n",
    ],
)
def test_python_tags_are_refused_and_nothing_is_executed(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], template: str
) -> None:
    marker = tmp_path / "executed"
    path = write(tmp_path, template.format(command=f"echo hi; touch {marker}"))

    [problem] = problems_of(path)

    assert problem.message.startswith("invalid YAML: could not determine a constructor for the tag")
    assert not marker.exists()
    assert "hi" not in capfd.readouterr().out


@pytest.mark.parametrize(
    "value",
    [
        "!!bool maybe",
        '!!int ""',
        '!!int "-"',
        '!!float ""',
        "!!timestamp soon",
        "!!timestamp 2023-02-30",
        '!!int ":"',
        "!!binary 'ø'",
        "!!set scalar",
    ],
)
def test_a_tagged_value_that_yaml_cannot_build_is_a_material_error(tmp_path: Path, value: str) -> None:
    # Given an explicit YAML tag whose text does not fit it, on the publication date's line,
    text = replace_once(VALID, 'published: "2023"', f"published: {value}")
    path = write(tmp_path, text)

    # then it is an author's error like any other, not a crash of the loader.
    problems = problems_of(path)
    assert all(p.line >= 1 and p.column >= 1 for p in problems)


def test_an_impossible_date_is_reported_at_its_line(tmp_path: Path) -> None:
    # Given an unquoted date that does not exist (YAML reads dates as dates),
    text = replace_once(VALID, 'published: "2023"', "published: 2023-02-30")
    path = write(tmp_path, text)

    # then the author is sent to that line, not to the top of the file.
    [problem] = problems_of(path)
    assert (problem.line, problem.column) == position(text, "published: 2023-02-30", at="2023")


def test_find_material_files_finds_yaml_in_folders_and_keeps_named_files(tmp_path: Path) -> None:
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a.yaml").write_text("x: 1\n")
    (tmp_path / "b" / "deep" / "c.yml").write_text("x: 1\n")
    (tmp_path / "b" / "notes.txt").write_text("not a material\n")
    named = tmp_path / "named.txt"

    found, problems = find_material_files([tmp_path / "b", tmp_path / "a.yaml", named])

    assert found == [tmp_path / "b" / "deep" / "c.yml", tmp_path / "a.yaml", named]
    assert problems == []
