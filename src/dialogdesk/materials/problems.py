"""What can be wrong with a material file, located by file, line, column and field.

Kept apart from the loader (which needs PyYAML and pydantic) so that the library's catalog can
report a broken file at start-up without importing either.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

Location = tuple[str | int, ...]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One finding about a material file, printable as ``file:line:col: field: message``."""

    path: Path
    line: int
    column: int
    field: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}:{self.column}"
        prefix = "" if self.severity is Severity.ERROR else "warning: "
        field = f"{self.field}: " if self.field else ""
        return f"{where}: {prefix}{field}{self.message}"


class MaterialError(Exception):
    """A material file could not be loaded; ``problems`` says where and why.

    ``media_files``: the media paths the material names, when validation got that far. Whether
    they stay inside the material folder depends on the disk (links), not only on the file, so
    the catalog checks them again before it trusts a remembered verdict.
    """

    def __init__(self, problems: Sequence[Problem], media_files: Sequence[str] = ()) -> None:
        self.problems = tuple(problems)
        self.media_files = tuple(media_files)
        super().__init__("\n".join(str(problem) for problem in self.problems))
