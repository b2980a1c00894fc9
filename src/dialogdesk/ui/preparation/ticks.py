"""The preparation checklist's ticks, kept on disk so that a crash or a restart does not lose them.

There is no session yet while the facilitator prepares, so the ticks live beside the sessions:
one small JSON file per material, ``<data>/preparation/<material id>.json``, written atomically.
A line is known by its group, its place and a hash of its text, so a material edited since
never ticks a line the facilitator did not tick. Qt-free.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from pathlib import Path

from dialogdesk.datadir import default_data_dir
from dialogdesk.session.store import write_atomically

TICKS_FORMAT = "dialogdesk-preparation-ticks"
TICKS_VERSION = 1


def line_id(group: str, index: int, text: str) -> str:
    """A checklist line's stable id: ``bring-0-1a2b3c4d5e6f``."""
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    return f"{group}-{index}-{digest}"


class ChecklistTicks:
    """Reads and writes the ticked line ids of each material's checklist."""

    def __init__(self, data_dir: Path | None = None) -> None:
        self.folder = (data_dir if data_dir is not None else default_data_dir()) / "preparation"

    def path(self, material_id: str) -> Path:
        return self.folder / f"{material_id}.json"  # material ids are [a-z0-9_-]: a file name

    def load(self, material_id: str) -> set[str]:
        """The ticked ids; none for a file not there or not ours. Raises OSError if unreadable."""
        try:
            data = json.loads(self.path(material_id).read_text(encoding="utf-8"))
        except (FileNotFoundError, NotADirectoryError):
            return set()  # none yet (a file in the folder's place is the saver's to report)
        except (ValueError, UnicodeDecodeError):
            return set()  # a damaged file: start over, the next tick rewrites it
        if not isinstance(data, dict) or data.get("format") != TICKS_FORMAT:
            return set()
        ticked = data.get("ticked")
        return {entry for entry in ticked if isinstance(entry, str)} if isinstance(ticked, list) else set()

    def save(self, material_id: str, ticked: Iterable[str]) -> None:
        """Replace the material's ticks; raises OSError (full or read-only disk) naming the file."""
        data = {"format": TICKS_FORMAT, "version": TICKS_VERSION, "ticked": list(ticked)}
        write_atomically(self.path(material_id), json.dumps(data, indent=1).encode("utf-8") + b"\n")
