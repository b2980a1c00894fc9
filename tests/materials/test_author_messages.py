"""The typical mistakes of a content author, each said in plain words at the line to change.

Every test breaks the small valid material of ``test_loader`` the way an author would, and checks
the exact ``PATH:LINE:COL: FIELD: MESSAGE`` line, with none of the parser's own words in it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dialogdesk.materials.loader import load_material
from tests.materials.test_loader import VALID, position, problems_of, replace_once, write

# What the parser and pydantic say, which an author should never have to decode.
PARSER_WORDS = (
    "mapping values are not allowed",
    "did you mean",
    "while scanning",
    "while parsing",
    "could not find expected",
    "found unexpected",
    "block mapping",
    "extra inputs",
    "unable to parse",
)


def only_line(path: Path) -> str:
    [problem] = problems_of(path)
    return str(problem)


def assert_plain(message: str) -> None:
    for words in PARSER_WORDS:
        assert words not in message.lower(), message


def test_a_field_indented_between_two_levels_is_named_with_what_it_belongs_to(tmp_path: Path) -> None:
    # Given an instruction whose second field starts one space left of its first,
    text = replace_once(VALID, "        activity: watch", "       activity: watch")
    path = write(tmp_path, text)

    # then the author is sent to that line and told it is indented less than its instruction.
    line, column = position(text, "       activity: watch", at="activity")
    text_line, _ = position(text, "- text: Watch the film.")
    found = only_line(path)
    assert found == (
        f"{path}:{line}:{column}: invalid YAML: `activity:` is indented less than the instruction it "
        f"belongs to; line it up with `text:` on line {text_line} (column 9) if it belongs there"
    )
    assert_plain(found)


def test_a_field_moved_out_to_the_step_is_indented_less_than_its_instruction(tmp_path: Path) -> None:
    # Given "say_aloud" written at the step's indentation right after the step's instructions
    # (valid YAML, but now a field of the step),
    text = replace_once(
        VALID, "      - text: Decide together.\n", "      - text: Decide together.\n    say_aloud: true\n"
    )
    path = write(tmp_path, text)

    line, column = position(text, "    say_aloud: true", at="say_aloud")
    found = only_line(path)
    assert found == (
        f"{path}:{line}:{column}: steps[1] (Trin 2).say_aloud: `say_aloud:` is indented less than the "
        "instruction it belongs to (steps[1] (Trin 2).instructions[N]); indent it to line up with "
        "the fields above it"
    )
    assert_plain(found)


def test_a_field_indented_too_far_is_named_at_its_line(tmp_path: Path) -> None:
    text = replace_once(VALID, "        activity: watch", "          activity: watch")
    path = write(tmp_path, text)

    line, column = position(text, "          activity: watch", at="activity")
    text_line, _ = position(text, "- text: Watch the film.")
    found = only_line(path)
    assert found == (
        f"{path}:{line}:{column}: invalid YAML: `activity:` is indented more than `text:` on line "
        f"{text_line}; a field must line up with the fields beside it (column 9)"
    )
    assert_plain(found)


def test_a_tab_in_the_indentation_is_named_at_its_line(tmp_path: Path) -> None:
    text = replace_once(VALID, "        activity: watch", "\t\tactivity: watch")
    path = write(tmp_path, text)

    line, _ = position(text, "\t\tactivity: watch")
    found = only_line(path)
    assert found == f"{path}:{line}:1: invalid YAML: a tab is used for indentation; use spaces"
    assert_plain(found)


def test_a_misspelt_key_names_the_field_it_resembles(tmp_path: Path) -> None:
    text = replace_once(VALID, "    title: Decide\n", "    titel: Decide\n")
    path = write(tmp_path, text)

    line, column = position(text, "titel: Decide")
    lines = [str(problem) for problem in problems_of(path)]
    expected = (
        f"{path}:{line}:{column}: steps[1] (Trin 2).titel: `titel` is not a field of a step; "
        "is it a misspelling of `title`, which a step has?"
    )
    assert expected in lines
    for found in lines:
        assert_plain(found)


def test_an_unknown_key_like_no_field_lists_the_fields_there(tmp_path: Path) -> None:
    text = replace_once(VALID, "    title: Decide\n", "    title: Decide\n    colour: blue\n")
    path = write(tmp_path, text)

    line, column = position(text, "colour: blue")
    found = only_line(path)
    assert found.startswith(
        f"{path}:{line}:{column}: steps[1] (Trin 2).colour: `colour` is not a field of a step; "
        "a step has: number, title, minutes, seconds, instructions,"
    )
    assert_plain(found)


@pytest.mark.parametrize(
    ("after", "written", "field", "belongs"),
    [
        # a field of an instruction written on the step
        (
            "    minutes: 15\n",
            "    say_aloud: true\n",
            "steps[1] (Trin 2).say_aloud",
            "`say_aloud` belongs to an instruction (steps[1] (Trin 2).instructions[N]), not to a step",
        ),
        # a field of a tip written at the top level
        (
            "goal: Agree on one thing.\n",
            "pick_pairs: 2\n",
            "pick_pairs",
            "`pick_pairs` belongs to a tip (steps[N].tips[M]), not to the material (the top level)",
        ),
        # a field of the preparation written on a media item
        (
            "    file: media/film.mp4\n",
            "    participants: {min: 2, max: 10}\n",
            "media[0].participants",
            "`participants` belongs to the preparation (preparation), not to a media item",
        ),
    ],
)
def test_a_field_in_the_wrong_place_says_where_it_belongs(
    tmp_path: Path, after: str, written: str, field: str, belongs: str
) -> None:
    text = replace_once(VALID, after, after + written)
    path = write(tmp_path, text)

    line, column = position(text, after + written, at=written.strip())
    found = only_line(path)
    assert found == f"{path}:{line}:{column}: {field}: {belongs}; move it there"
    assert_plain(found)


def test_a_word_where_a_number_belongs_says_so_in_words(tmp_path: Path) -> None:
    text = replace_once(VALID, "minutes: 15", "minutes: fem")
    path = write(tmp_path, text)

    line, column = position(text, "minutes: fem", at="fem")
    found = only_line(path)
    assert found == (
        f"{path}:{line}:{column}: steps[1] (Trin 2).minutes: must be a number, written in digits "
        "(it says 'fem')"
    )
    assert_plain(found)


def test_a_latin1_file_must_be_saved_as_utf8_at_the_first_bad_byte(tmp_path: Path) -> None:
    # Given a file saved as Latin-1 whose first "æ" is on the goal line (and another further down),
    text = replace_once(VALID, "goal: Agree on one thing.", "goal: Blive enige om én ting.")
    text = replace_once(text, "title: Decide", "title: Beslut sammen, kære")
    path = tmp_path / "material.yaml"
    path.write_bytes(text.encode("latin-1"))

    line, column = position(text, "goal: Blive enige om én", at="é")
    found = only_line(path)
    assert found == f"{path}:{line}:{column}: file is not UTF-8 text (save it as UTF-8)"


def test_a_missing_colon_is_named_at_the_line_without_it(tmp_path: Path) -> None:
    text = replace_once(VALID, "    title: Decide\n", "    title Decide\n")
    path = write(tmp_path, text)

    line, column = position(text, "    title Decide", at="title")
    found = only_line(path)
    assert found == (
        f"{path}:{line}:{column}: invalid YAML: `title Decide` has no colon after the field name; "
        "write it as `name: value`"
    )
    assert_plain(found)


@pytest.mark.parametrize("quote", ['"', "'"])
def test_an_unclosed_quote_is_named_where_it_opens(tmp_path: Path, quote: str) -> None:
    text = replace_once(VALID, "    title: Decide\n", f"    title: {quote}Decide\n")
    path = write(tmp_path, text)

    line, column = position(text, f"title: {quote}Decide", at=quote)
    found = only_line(path)
    assert found == (
        f"{path}:{line}:{column}: invalid YAML: the quote {quote} that starts this text is never "
        f"closed; add a {quote} at the end of the text"
    )
    assert_plain(found)


def test_a_colon_inside_a_text_asks_for_quotes(tmp_path: Path) -> None:
    text = replace_once(VALID, "goal: Agree on one thing.", "goal: Agree: on one thing.")
    path = write(tmp_path, text)

    line, column = position(text, "goal: Agree: on", at=": on")
    found = only_line(path)
    assert found == (
        f"{path}:{line}:{column}: invalid YAML: the text of `goal:` contains a colon followed by a "
        'space; put the whole text in quotes (goal: "...")'
    )
    assert_plain(found)


def test_a_list_dash_without_a_space_is_named(tmp_path: Path) -> None:
    text = replace_once(VALID, "  - number: 2\n", "  -number: 2\n")
    path = write(tmp_path, text)

    line, column = position(text, "  -number: 2", at="-number")
    found = only_line(path)
    assert found == (
        f"{path}:{line}:{column}: invalid YAML: a list dash (-) needs a space after it: write `- name: value`"
    )


def test_a_reference_error_names_the_step_as_printed(tmp_path: Path) -> None:
    # Given the second step (printed "Trin 2") showing a media the material does not have,
    text = replace_once(
        VALID, "      - text: Decide together.\n", "      - text: Decide together.\n    media: [nothing]\n"
    )
    path = write(tmp_path, text)

    line, column = position(text, "media: [nothing]", at="nothing")
    assert only_line(path) == (
        f"{path}:{line}:{column}: steps[1] (Trin 2).media[0]: names media 'nothing', which is not in "
        "the material's media list"
    )


def test_a_step_label_follows_the_number_as_written_not_the_position(tmp_path: Path) -> None:
    # Given steps numbered 1 and 7 (a gap is only a warning), with Trin 7 lasting 0 minutes,
    text = replace_once(VALID, "  - number: 2\n", "  - number: 7\n")
    text = replace_once(text, "minutes: 15", "minutes: 0")
    path = write(tmp_path, text)

    line, column = position(text, "minutes: 0", at="0")
    assert only_line(path) == f"{path}:{line}:{column}: steps[1] (Trin 7).minutes: must be greater than 0"


@pytest.mark.parametrize("start", ["@", "`"])
def test_a_text_starting_with_a_reserved_character_asks_for_quotes(tmp_path: Path, start: str) -> None:
    text = replace_once(VALID, "    title: Decide\n", f"    title: {start}Decide\n")
    path = write(tmp_path, text)

    line, column = position(text, f"title: {start}Decide", at=start)
    found = only_line(path)
    assert found == (
        f"{path}:{line}:{column}: invalid YAML: a text cannot start with {start}; "
        "put the whole text in quotes"
    )
    assert_plain(found)


def test_an_unclosed_bracket_is_named_where_it_opens(tmp_path: Path) -> None:
    text = replace_once(VALID, "    media: [film]\n", "    media: [film\n")
    path = write(tmp_path, text)

    line, column = position(text, "    media: [film\n", at="[")
    found = only_line(path)
    assert (
        found == f"{path}:{line}:{column}: invalid YAML: the [ that starts this list is never closed with ]"
    )
    assert_plain(found)


def test_minutes_and_seconds_on_one_step_ask_for_one_of_them(tmp_path: Path) -> None:
    text = replace_once(VALID, "    minutes: 15\n", "    minutes: 15\n    seconds: 30\n")
    path = write(tmp_path, text)

    found = only_line(path)

    assert found.endswith("steps[1] (Trin 2): give either minutes or seconds, not both")
    assert_plain(found)


def test_seconds_alone_are_a_step_length(tmp_path: Path) -> None:
    path = write(tmp_path, replace_once(VALID, "    minutes: 15\n", "    seconds: 90\n"))

    step = load_material(path).material.steps[1]

    assert (step.minutes, step.seconds) == (1.5, 90)


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("group_size: 1", "must be at least 2, or a range like {min: 3, max: 5}"),
        ("group_size: fire", "must be a whole number, written in digits (it says 'fire'), or a range"),
        ("group_size: {min: 5, max: 3}", "max (3) must not be less than min (5)"),
    ],
)
def test_a_wrong_group_size_gets_one_message_for_the_kind_written(
    tmp_path: Path, written: str, message: str
) -> None:
    # group_size takes a number or a range; the author sees one line, about what was written.
    text = replace_once(VALID, "    minutes: 15\n", f"    minutes: 15\n    {written}\n")
    path = write(tmp_path, text)

    found = only_line(path)

    line, column = position(text, written, at=written.split(": ", 1)[1])
    assert found.startswith(f"{path}:{line}:{column}: steps[1] (Trin 2).group_size: {message}")
    assert_plain(found)
