"""YAML syntax errors said in an author's words, at the line the author has to change.

The parser reports where it gave up ("mapping values are not allowed in this context"), which is
often a line after the mistake and always in the parser's terms. Looking at the text around that
place tells the usual mistakes apart: a tab, a missing colon, an unclosed quote or bracket, a line
indented to match nothing above it, a colon inside a text.
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

# What one item of a list under this key is called, to say what a line belongs to.
_ITEM_NOUNS = {
    "steps": "step",
    "instructions": "instruction",
    "activities": "activity",
    "media": "media item",
    "tips": "tip",
    "agreement": "agreement field",
    "people": "person",
    "technology": "technology line",
    "roles": "role",
    "topics": "topic",
}


@dataclass(frozen=True)
class SyntaxProblem:
    line: int  # 1-based
    column: int  # 1-based
    message: str


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based
    text: str

    @property
    def indent(self) -> int:
        return len(self.text) - len(self.text.lstrip(" "))

    @property
    def content(self) -> str:
        return self.text.strip()

    @property
    def key_column(self) -> int:
        """0-based column where the line's field name starts (after a list dash)."""
        rest = self.text[self.indent :]
        column = self.indent
        while rest.startswith("- ") or rest == "-":
            stripped = rest[1:].lstrip(" ")
            column += len(rest) - len(stripped)
            rest = stripped
        return column

    @property
    def key(self) -> str | None:
        body = self.text[self.key_column :]
        name, colon, _ = body.partition(":")
        return name.strip() if colon and name.strip() and " #" not in name else None

    @property
    def is_item(self) -> bool:
        return self.text[self.indent :].startswith("-")


def explain(text: str, error: yaml.MarkedYAMLError) -> SyntaxProblem:
    """The author's version of ``error``, raised while parsing ``text``."""
    lines = [_Line(number, line) for number, line in enumerate(text.splitlines(), start=1)]
    mark = error.problem_mark or error.context_mark
    at = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    context = error.context or ""
    problem = error.problem or ""
    for explainer in (_tab, _quote, _bracket, _colon_missing, _colon_in_text, _reserved, _indentation):
        found = explainer(lines, error, at, context, problem)
        if found is not None:
            return found
    words = " ".join(part for part in (context, problem) if part)
    return SyntaxProblem(*at, f"this line cannot be read as YAML (the parser says: {words})")


def _line(lines: list[_Line], number: int) -> _Line | None:
    return lines[number - 1] if 1 <= number <= len(lines) else None


def _tab(
    lines: list[_Line], error: yaml.MarkedYAMLError, at: tuple[int, int], *_: str
) -> SyntaxProblem | None:
    # A tab anywhere in the indentation up to the failing line is the mistake, whatever the parser says.
    for line in lines[: at[0]]:
        leading = line.text[: len(line.text) - len(line.text.lstrip(" \t"))]
        if "\t" in leading:
            return SyntaxProblem(
                line.number, leading.index("\t") + 1, "a tab is used for indentation; use spaces"
            )
    return None


def _quote(
    lines: list[_Line], error: yaml.MarkedYAMLError, at: tuple[int, int], context: str, problem: str
) -> SyntaxProblem | None:
    if "quoted scalar" not in context or error.context_mark is None:
        return None
    mark = error.context_mark
    line = _line(lines, mark.line + 1)
    quote = line.text[mark.column] if line and mark.column < len(line.text) else '"'
    if "escape" in problem:
        return SyntaxProblem(
            *at,
            "a backslash (\\) inside double quotes starts an escape YAML does not know; "
            "use single quotes around this text, or write \\\\",
        )
    return SyntaxProblem(
        mark.line + 1,
        mark.column + 1,
        f"the quote {quote} that starts this text is never closed; add a {quote} at the end of the text",
    )


def _bracket(
    lines: list[_Line], error: yaml.MarkedYAMLError, at: tuple[int, int], context: str, problem: str
) -> SyntaxProblem | None:
    if ("flow sequence" not in context and "flow mapping" not in context) or error.context_mark is None:
        return None
    opening, closing = ("[", "]") if "sequence" in context else ("{", "}")
    mark = error.context_mark
    return SyntaxProblem(
        mark.line + 1,
        mark.column + 1,
        f"the {opening} that starts this list is never closed with {closing}"
        if opening == "["
        else f"the {opening} that starts this group of fields is never closed with {closing}",
    )


def _colon_missing(
    lines: list[_Line], error: yaml.MarkedYAMLError, at: tuple[int, int], context: str, problem: str
) -> SyntaxProblem | None:
    if "simple key" not in context or error.context_mark is None:
        return None
    number = error.context_mark.line + 1
    line = _line(lines, number)
    shown = line.content if line else ""
    shown = shown if len(shown) <= 40 else shown[:37] + "..."
    return SyntaxProblem(
        number,
        error.context_mark.column + 1,
        f"`{shown}` has no colon after the field name; write it as `name: value`",
    )


def _colon_in_text(
    lines: list[_Line], error: yaml.MarkedYAMLError, at: tuple[int, int], context: str, problem: str
) -> SyntaxProblem | None:
    if "mapping values are not allowed" not in problem:
        return None
    line = _line(lines, at[0])
    if line is None:
        return None
    key = line.key
    before = line.text[line.key_column : at[1] - 1]
    if key is not None and ":" in before.removeprefix(key):
        # `goal: Agree: on it`: a second ": " inside the text of a field.
        return SyntaxProblem(
            *at,
            f"the text of `{key}:` contains a colon followed by a space; put the whole text in quotes "
            f'({key}: "...")',
        )
    above = _previous(lines, line.number)
    if above is not None and line.indent > above.key_column:
        if _fits_earlier(lines, line, above):
            # The line below `above` lines up with the lines before it: `above` was moved out.
            before = _previous(lines, above.number)
            if before is not None:
                return _indented_less(lines, above, before)
        name = f"`{key}:`" if key else "this line"
        return SyntaxProblem(
            line.number,
            line.indent + 1,
            f"{name} is indented more than {_describe(above)} on line {above.number}; "
            f"a field must line up with the fields beside it (column {above.key_column + 1})",
        )
    return SyntaxProblem(
        *at, "a colon followed by a space is only allowed after a field name; put this text in quotes"
    )


def _reserved(
    lines: list[_Line], error: yaml.MarkedYAMLError, at: tuple[int, int], context: str, problem: str
) -> SyntaxProblem | None:
    # `title: @home` or `text: `code``: YAML keeps @ and ` for itself at the start of a value.
    if "cannot start any token" not in problem:
        return None
    line = _line(lines, at[0])
    character = line.text[at[1] - 1] if line and at[1] - 1 < len(line.text) else "this character"
    return SyntaxProblem(*at, f"a text cannot start with {character}; put the whole text in quotes")


def _indentation(
    lines: list[_Line], error: yaml.MarkedYAMLError, at: tuple[int, int], context: str, problem: str
) -> SyntaxProblem | None:
    if "block mapping" not in context and "block collection" not in context:
        return None
    line = _line(lines, at[0])
    above = _previous(lines, at[0])
    if line is None or above is None or not line.content:
        return None
    for candidate in (line, above):
        if candidate.content.startswith("-") and candidate.content[1:2] not in {"", " ", "-"}:
            return SyntaxProblem(
                candidate.number,
                candidate.indent + 1,
                "a list dash (-) needs a space after it: write `- name: value`",
            )
    reference = above.indent if line.is_item and above.is_item else above.key_column
    if line.indent < reference:
        return _indented_less(lines, line, above)
    return SyntaxProblem(
        line.number,
        line.indent + 1,
        f"{_describe(line)} is indented to match no line above it; "
        "line it up with the fields it belongs with",
    )


def _indented_less(lines: list[_Line], line: _Line, above: _Line) -> SyntaxProblem:
    """``line`` starts left of ``above``, which it most likely belongs beside."""
    reference = above.indent if line.is_item and above.is_item else above.key_column
    owner = _owner(lines, above)
    belongs = f"the {owner} it belongs to" if owner else _describe(above)
    return SyntaxProblem(
        line.number,
        line.indent + 1,
        f"{_describe(line)} is indented less than {belongs}; line it up with {_describe(above)} "
        f"on line {above.number} (column {reference + 1}) if it belongs there",
    )


def _fits_earlier(lines: list[_Line], line: _Line, above: _Line) -> bool:
    """Whether a line before ``above`` starts where ``line`` does, in the same way (item or field)."""
    for candidate in reversed(lines[: above.number - 1]):
        if not _structural(candidate):
            continue
        if candidate.indent < min(line.indent, above.indent):
            return False
        if candidate.indent == line.indent and candidate.is_item == line.is_item:
            return True
    return False


def _previous(lines: list[_Line], number: int) -> _Line | None:
    """The nearest line above ``number`` that starts a field or a list item, skipping the
    continuation lines of a long text (they are indented more than their field)."""
    for line in reversed(lines[: number - 1]):
        if _structural(line):
            return line
    return None


def _structural(line: _Line) -> bool:
    return bool(line.content) and not line.content.startswith("#") and (line.is_item or line.key is not None)


def _describe(line: _Line) -> str:
    return f"`{line.key}:`" if line.key else f"`{line.content[:30]}`"


def _owner(lines: list[_Line], line: _Line) -> str | None:
    """What the list item holding ``line`` is ("instruction"), from the key the list is under."""
    item: _Line | None = line if line.is_item else None
    for candidate in reversed(lines[: line.number - 1]):
        if item is not None or not candidate.content or candidate.content.startswith("#"):
            continue
        if candidate.indent < line.key_column:
            if not candidate.is_item:
                return None  # a field of a mapping, not of a list item
            item = candidate
    if item is None:
        return None
    for candidate in reversed(lines[: item.number - 1]):
        if candidate.content and not candidate.content.startswith("#") and candidate.indent < item.indent:
            return _ITEM_NOUNS.get(candidate.key or "")
        if candidate.content and candidate.key and candidate.indent == item.indent and not candidate.is_item:
            return _ITEM_NOUNS.get(candidate.key)  # a list written at its key's own indentation
    return None
