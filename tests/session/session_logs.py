"""Helpers for tests that look inside or change a session log (format 2) as a program would."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from dialogdesk.session.store import encode_record

FIXTURES = Path(__file__).with_name("fixtures")
FORMAT1 = FIXTURES / "20251119T090000-forventningsafstemning-f1x7re.json"  # written by a744d44
FORMAT1_EXPECTED = FIXTURES / "format1-expected-state.txt"


def lines_of(path: Path) -> list[bytes]:
    """The log's lines with their line ends: the first line, then one line per record."""
    return path.read_bytes().splitlines(keepends=True)


def payloads(path: Path) -> list[dict[str, Any]]:
    """The records' JSON, without checking anything (record 1 is the header)."""
    return [json.loads(line.split(b" ", 2)[2]) for line in lines_of(path)[1:]]


def rewrite_records(path: Path, change: Callable[[list[dict[str, Any]]], None]) -> Path:
    """Change the records and write them back with good lengths and checksums."""
    records = payloads(path)
    change(records)
    first = lines_of(path)[0]
    path.write_bytes(first + b"".join(encode_record(record) for record in records))
    return path


def copy_format1(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return Path(shutil.copy2(FORMAT1, folder / FORMAT1.name))
