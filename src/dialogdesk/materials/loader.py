"""Load materials from YAML safely, with every problem located by file, line, column and field.

The YAML is untrusted: it is parsed with PyYAML's safe loader (no object construction),
anchors and aliases are refused (they are how "billion laughs" bombs are built), and size,
encoding and nesting are bounded before anything is built from it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from dialogdesk.materials import fields, syntax
from dialogdesk.materials.files import MAX_FILE_BYTES, resolve_inside
from dialogdesk.materials.model import Material
from dialogdesk.materials.problems import Location, MaterialError, Problem

MAX_NODES = 20_000
MAX_DEPTH = 40  # a material is about six levels deep
_BOM = b"\xef\xbb\xbf"
# libyaml's parser when PyYAML was built with it (it is in the wheels): the same safe loading,
# about ten times faster, which is most of the library window's start-up.
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class LoadedMaterial:
    """A validated material and where it came from."""

    material: Material
    path: Path
    node_map: NodeMap

    @property
    def folder(self) -> Path:
        return self.path.parent

    def media_path(self, relative: str) -> Path:
        """The absolute path of a media file named in the material (already checked to stay inside)."""
        return resolve_inside(self.folder, relative)


def format_location(loc: Location) -> str:
    """``('steps', 3, 'minutes')`` -> ``steps[3].minutes``."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


class NodeMap:
    """Finds the line and column of a field path in the composed YAML node tree."""

    def __init__(self, root: yaml.Node | None) -> None:
        self._root = root

    def position(self, loc: Location, *, key: bool = False) -> tuple[int, int]:
        """1-based (line, column) of the value at ``loc``, or of its deepest existing parent.

        With ``key`` the position of the mapping key is returned (for unknown keys).
        """
        node = self._root
        if node is None:
            return 1, 1
        mark = node.start_mark
        for part in loc:
            child = _child(node, part)
            if child is None:
                break
            key_node, node = child
            mark = key_node.start_mark if key and key_node is not None else node.start_mark
        return mark.line + 1, mark.column + 1

    def previous_key(self, loc: Location) -> str | None:
        """The key written just before the last key of ``loc`` in its mapping, if any."""
        node = self._root
        for part in loc[:-1]:
            child = _child(node, part) if node is not None else None
            if child is None:
                return None
            node = child[1]
        if not isinstance(node, yaml.MappingNode):
            return None
        keys = [str(key.value) for key, _ in node.value if isinstance(key, yaml.ScalarNode)]
        at = keys.index(str(loc[-1])) if str(loc[-1]) in keys else 0
        return keys[at - 1] if at > 0 else None


def _child(node: yaml.Node, part: str | int) -> tuple[yaml.Node | None, yaml.Node] | None:
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(part):
                return key_node, value_node
    elif isinstance(node, yaml.SequenceNode) and isinstance(part, int) and 0 <= part < len(node.value):
        return None, node.value[part]
    return None


def load_material(path: Path, data: bytes | None = None) -> LoadedMaterial:
    """Read, parse and validate one material file; raise MaterialError with every problem found.

    ``data``: the file's bytes when the caller has read them already (the catalog judges the
    very bytes it remembers the verdict for).
    """
    text = _read_text(path, data)
    root, data = _parse_yaml(path, text)
    node_map = NodeMap(root)
    try:
        material = Material.model_validate(data)
    except ValidationError as error:
        raise MaterialError(_validation_problems(path, node_map, error, data)) from None
    problems = list(_reference_problems(path, node_map, material))
    if problems:
        raise MaterialError(problems, media_files=[media.file for media in material.media if media.file])
    return LoadedMaterial(material=material, path=path, node_map=node_map)


def _read_text(path: Path, data: bytes | None = None) -> str:
    try:
        size = path.stat().st_size if data is None else len(data)
        if size > MAX_FILE_BYTES:
            raise MaterialError(
                [Problem(path, 1, 1, "", f"file is {size} bytes; the limit is {MAX_FILE_BYTES}")]
            )
        raw = path.read_bytes() if data is None else data
    except OSError as error:
        raise MaterialError([Problem(path, 1, 1, "", f"cannot read file: {error.strerror}")]) from None
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line_start = raw.rfind(b"\n", 0, error.start) + 1
        line = raw.count(b"\n", 0, error.start) + 1
        column = len(raw[line_start : error.start].decode("utf-8", errors="replace")) + 1
        raise MaterialError(
            [Problem(path, line, column, "", "file is not UTF-8 text (save it as UTF-8)")]
        ) from None


def _parse_yaml(path: Path, text: str) -> tuple[yaml.Node | None, Any]:
    loader = None
    try:
        loader = _SafeLoader(text)  # checks for unprintable characters already
        root = loader.get_single_node()
        if root is not None:
            _check_tree(path, root)
        data = loader.construct_document(root) if root is not None else None
    except yaml.constructor.ConstructorError as error:
        # A tag YAML cannot build (!!python/...): the parser's words name the tag, which is the point.
        mark = error.problem_mark or error.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        message = " ".join(part for part in (error.context, error.problem) if part)
        raise MaterialError([Problem(path, line, column, "", f"invalid YAML: {message}")]) from None
    except yaml.MarkedYAMLError as error:
        said = syntax.explain(text, error)
        raise MaterialError(
            [Problem(path, said.line, said.column, "", f"invalid YAML: {said.message}")]
        ) from None
    except yaml.YAMLError as error:
        line, column = _error_position(error, text)
        raise MaterialError([Problem(path, line, column, "", f"invalid YAML: {error}")]) from None
    except RecursionError:
        raise MaterialError([Problem(path, 1, 1, "", "invalid YAML: nested too deeply")]) from None
    finally:
        if loader is not None:
            loader.dispose()
    if not isinstance(data, dict):
        raise MaterialError([Problem(path, 1, 1, "", "a material must be a YAML mapping (key: value)")])
    return root, data


def _error_position(error: yaml.YAMLError, text: str) -> tuple[int, int]:
    # A ReaderError (an unprintable character) knows its offset in the text but has no mark.
    if isinstance(error, yaml.reader.ReaderError):
        offset = int(error.position)
        line_start = text.rfind("\n", 0, offset) + 1
        return text.count("\n", 0, offset) + 1, offset - line_start + 1
    return 1, 1


def _error_at(
    path: Path, mark: yaml.Mark, loc: Location, message: str, root: yaml.Node | None = None
) -> MaterialError:
    field = field_path(loc, _node_step_labels(root))
    return MaterialError([Problem(path, mark.line + 1, mark.column + 1, field, message)])


def _node_step_labels(root: yaml.Node | None) -> dict[int, str]:
    """Each step's label from the parsed but not yet built tree (for errors found while walking it)."""
    found = _child(root, "steps") if root is not None else None
    if found is None or not isinstance(found[1], yaml.SequenceNode):
        return {}
    labels = {}
    for index, step in enumerate(found[1].value):
        number = _child(step, "number")
        if number is not None and isinstance(number[1], yaml.ScalarNode) and number[1].value.isdigit():
            labels[index] = f"Trin {int(number[1].value)}"
    return labels


def _check_tree(path: Path, root: yaml.Node) -> None:
    """Walk the parsed tree once before anything is built from it, refusing what a material
    must not hold: aliases (shared nodes, the stuff of "billion laughs"), repeated keys, too many
    values, and tagged values YAML cannot build.

    PyYAML's safe constructor raises plain KeyError, IndexError, ValueError ... for values such
    as ``!!int ""`` or an impossible date, without saying where; building each tagged scalar alone
    first finds the place.
    """
    probe = yaml.SafeLoader("")
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, Location]] = [(root, ())]
    try:
        while stack:
            node, loc = stack.pop()
            if id(node) in seen:
                raise _error_at(
                    path,
                    node.start_mark,
                    loc,
                    "YAML anchors and aliases (& and *) are not allowed in materials",
                )
            seen.add(id(node))
            if len(loc) > MAX_DEPTH:
                raise _error_at(path, node.start_mark, (), "invalid YAML: nested too deeply")
            if len(seen) > MAX_NODES:
                raise MaterialError([Problem(path, 1, 1, "", f"document has more than {MAX_NODES} values")])
            if isinstance(node, yaml.MappingNode):
                keys: set[str] = set()
                for key_node, value_node in node.value:
                    key = str(key_node.value) if isinstance(key_node, yaml.ScalarNode) else "?"
                    if key in keys:
                        raise _error_at(
                            path,
                            key_node.start_mark,
                            (*loc, key),
                            "appears twice; YAML keeps only the last one, so remove one of them",
                            root,
                        )
                    keys.add(key)
                    stack.append((key_node, loc))
                    stack.append((value_node, (*loc, key)))
            elif isinstance(node, yaml.SequenceNode):
                stack.extend((child, (*loc, index)) for index, child in enumerate(node.value))
            elif node.tag != "tag:yaml.org,2002:str":
                try:
                    probe.construct_object(node, deep=True)
                except yaml.YAMLError:
                    raise
                except Exception as error:
                    raise _error_at(
                        path, node.start_mark, loc, f"invalid value {node.value!r}: {error}", root
                    ) from None
    finally:
        probe.dispose()


def _validation_problems(path: Path, node_map: NodeMap, error: ValidationError, data: Any) -> list[Problem]:
    problems = []
    labels = _step_labels(data)
    for loc, branch, detail in _one_detail_per_field(error):
        unknown_key = detail["type"] == "extra_forbidden"
        line, column = node_map.position(loc, key=unknown_key)
        if unknown_key:
            message = fields.misplaced(loc, labels, node_map.previous_key(loc))
        else:
            message = _explain(detail)
            if branch is not None and _RANGE_BRANCH not in branch:
                message += ", or a range like {min: 3, max: 5}"
        problems.append(Problem(path, line, column, field_path(loc, labels), message))
    return problems


def _one_detail_per_field(error: ValidationError) -> list[tuple[Location, str | None, Any]]:
    """One error per field, also for a field that takes several kinds of value (a number or a
    range): the error of the kind written (a range's own error for ``{min: 5, max: 3}``)."""
    chosen: dict[Location, tuple[str | None, Any, bool]] = {}
    for detail in error.errors(include_url=False):
        loc, branch = tuple(detail["loc"]), None
        if detail["type"] != "extra_forbidden":  # an unknown key is the author's, whatever it says
            loc, branch = _without_union_branch(loc)
        written_range = isinstance(detail.get("input"), dict)
        fits = branch is None or (_RANGE_BRANCH in branch) == written_range
        if loc not in chosen or (fits and not chosen[loc][2]):
            chosen[loc] = (branch, detail, fits)
    return [(loc, branch, detail) for loc, (branch, detail, _) in chosen.items()]


_RANGE_BRANCH = "MinMax"


def _without_union_branch(loc: Location) -> tuple[Location, str | None]:
    """pydantic names the kind of value tried in a field that takes several (``group_size: 4`` or
    ``{min: 3, max: 5}``): 'constrained-int', 'function-after[_ordered(), MinMax]'. Authors see
    the field only."""
    for index, part in enumerate(loc[1:], start=1):
        if isinstance(part, str) and _UNION_BRANCH.match(part):
            return loc[:index] + loc[index + 1 :], part
    return loc, None


_UNION_BRANCH = re.compile(r"^(int|constrained-\w+|function-\w+\[.*\])$")


def field_path(loc: Location, step_labels: dict[int, str]) -> str:
    """``steps[2].minutes`` with the step as printed after its index: ``steps[2] (Trin 3).minutes``."""
    text = format_location(loc)
    if len(loc) >= 2 and loc[0] == "steps" and isinstance(loc[1], int) and loc[1] in step_labels:
        head = f"steps[{loc[1]}]"
        text = f"{head} ({step_labels[loc[1]]})" + text[len(head) :]
    return text


def _step_labels(data: Any) -> dict[int, str]:
    """Each step's label from the raw data (the material did not validate, so no Step exists)."""
    steps = data.get("steps") if isinstance(data, dict) else None
    if not isinstance(steps, list):
        return {}
    labels = {}
    for index, step in enumerate(steps):
        number = step.get("number") if isinstance(step, dict) else None
        if isinstance(number, int) and not isinstance(number, bool):
            labels[index] = f"Trin {number}"
    return labels


def _explain(detail: Any) -> str:
    """Say what is wrong in the words of an author, not of pydantic."""
    kind = detail["type"]
    context = detail.get("ctx") or {}
    if kind == "missing":
        return "is required but missing"
    if kind in {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}:
        words = {
            "greater_than": "greater than",
            "greater_than_equal": "at least",
            "less_than": "less than",
            "less_than_equal": "at most",
        }[kind]
        limit = next(iter(context.values()), "")
        if isinstance(limit, float) and limit.is_integer():
            limit = int(limit)
        return f"must be {words} {limit}"
    if kind == "string_type":
        return "must be text (put it in quotes if YAML reads it as a number, date or yes/no)"
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return "must be a whole number" + _not_a_number(detail)
    if kind in {"float_type", "float_parsing"}:
        return "must be a number" + _not_a_number(detail)
    if kind == "too_short":
        return "must not be empty"
    if kind == "string_pattern_mismatch":
        return f"must match {context.get('pattern')} (lowercase letters, digits, - and _)"
    if kind == "enum":
        return f"must be one of {context.get('expected')}"
    message = str(detail["msg"]).removeprefix("Value error, ")
    return message[:1].lower() + message[1:]


def _not_a_number(detail: Any) -> str:
    # "minutes: fem": say what was written, and that digits are wanted.
    value = detail.get("input")
    if isinstance(value, str):
        return f", written in digits (it says '{value}')"
    return ""


def _reference_problems(path: Path, node_map: NodeMap, material: Material) -> Iterator[Problem]:
    """Cross-field rules: ids that must exist, be unique, and paths that must stay inside."""

    labels = {index: step.label for index, step in enumerate(material.steps)}

    def problem(loc: Location, message: str) -> Problem:
        line, column = node_map.position(loc)
        return Problem(path, line, column, field_path(loc, labels), message)

    media_ids = [media.id for media in material.media]
    yield from _duplicates(media_ids, ("media",), "id", problem)
    for index, media in enumerate(material.media):
        if media.file is not None:
            try:
                resolve_inside(path.parent, media.file)
            except ValueError as error:
                yield problem(("media", index, "file"), str(error))

    def known_media(loc: Location, media_id: str | None) -> Iterable[Problem]:
        if media_id is not None and media_id not in media_ids:
            yield problem(loc, f"names media '{media_id}', which is not in the material's media list")

    for index, item in enumerate(material.preparation.technology):
        yield from known_media(("preparation", "technology", index, "media"), item.media)
    yield from _duplicates([s.number for s in material.steps], ("steps",), "number", problem)
    for step_index, step in enumerate(material.steps):
        base: Location = ("steps", step_index)
        activity_ids = [activity.id for activity in step.activities]
        yield from _duplicates(activity_ids, (*base, "activities"), "id", problem)
        for index, media_id in enumerate(step.media):
            yield from known_media((*base, "media", index), media_id)
        for index, activity in enumerate(step.activities):
            yield from known_media((*base, "activities", index, "media"), activity.media)
            if activity.minutes is None and activity.media is None:
                yield problem(
                    (*base, "activities", index, "minutes"), "is required when the activity plays no media"
                )
        for index, instruction in enumerate(step.instructions):
            loc = (*base, "instructions", index)
            yield from known_media((*loc, "media"), instruction.media)
            if instruction.activity is not None and instruction.activity not in activity_ids:
                yield problem(
                    (*loc, "activity"),
                    f"names activity '{instruction.activity}', which this step does not have",
                )
    yield from _duplicates(
        [f.id for f in material.wrap_up.agreement], ("wrap_up", "agreement"), "id", problem
    )


def _duplicates(values: list[Any], loc: Location, field: str, problem: Any) -> Iterator[Problem]:
    seen: set[Any] = set()
    for index, value in enumerate(values):
        if value in seen:
            yield problem((*loc, index, field), f"'{value}' is used twice")
        seen.add(value)
