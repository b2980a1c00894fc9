"""Writing an export where the facilitator asked, or somewhere else if the disk says no.

The file is written atomically (``write_atomically``: a crash leaves the old file or the new one).
When the wanted place fails (no permission, disk full, a file where a folder should be, a read-only
stick) the export goes to the next place: the fallbacks the caller passes (the user's Documents
folder), then the temporary folder. The result says where it went and why not where it was asked
to, as values a window words (``ui.exports_and_history.describe_export``) and as an English line
for logs; nothing here raises. No Qt.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path

from dialogdesk.session.engine import SaveProblem, save_problem_of
from dialogdesk.session.store import describe_os_error, write_atomically


@dataclass(frozen=True)
class ExportFailure:
    """A place the export could not be written, and why."""

    path: Path
    reason: str  # the system's words, for logs
    problem: SaveProblem = SaveProblem.OTHER


@dataclass(frozen=True)
class ExportResult:
    """Where the export was written (None: nowhere), why not elsewhere, and a line for logs."""

    path_written: Path | None
    message: str  # English, for logs and the terminal; a window words the values below
    failures: tuple[ExportFailure, ...] = ()
    wanted: Path | None = None
    unclear_dates: tuple[str, ...] | None = None  # a calendar not made: the fields with no date read

    @property
    def ok(self) -> bool:
        return self.path_written is not None

    @property
    def moved(self) -> bool:
        """Written, but not where it was asked to be."""
        return self.path_written is not None and bool(self.failures)


def free_name(path: Path) -> Path:
    """``path``, or 'name (2).ext', 'name (3).ext' ... if a file of that name is already there."""
    if not path.exists():
        return path
    number = 2
    while True:
        candidate = path.with_name(f"{path.stem} ({number}){path.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


def _places(wanted: Path, fallbacks: list[Path], temp_dir: Path) -> list[tuple[Path, bool]]:
    """Folders to try after the wanted one, each once, with whether a fallback may not overwrite."""
    places: list[tuple[Path, bool]] = [(wanted, False)]
    seen = {wanted.parent}
    for folder in [*fallbacks, temp_dir]:
        if folder in seen:
            continue
        seen.add(folder)
        places.append((folder / wanted.name, True))
    return places


def export_file(
    data: bytes, wanted: Path, fallbacks: list[Path], *, temp_dir: Path | None = None
) -> ExportResult:
    """Write ``data`` to ``wanted``, else into the first fallback folder that takes it, else the temp folder.

    ``wanted`` may be overwritten (the save dialog asked); in a fallback folder an existing file of
    the same name is kept and the export gets a numbered name beside it.
    """
    failures: list[ExportFailure] = []
    places = _places(wanted, fallbacks, temp_dir or Path(tempfile.gettempdir()))
    for place, keep_existing in places:
        try:
            target = free_name(place) if keep_existing else place
            write_atomically(target, data)
        except OSError as error:
            failures.append(ExportFailure(place, describe_os_error(error), save_problem_of(error)))
            continue
        except ValueError as error:  # a path the system cannot hold (a NUL character)
            failures.append(ExportFailure(place, str(error)))
            continue
        if not failures:
            return ExportResult(target, f"Saved to {target}", wanted=wanted)
        return ExportResult(
            target,
            f"Could not save to {wanted}: {failures[0].reason}. Saved to {target} instead.",
            tuple(failures),
            wanted=wanted,
        )
    reasons = "; ".join(failure.reason for failure in failures)
    return ExportResult(
        None, f"Could not save {wanted.name} anywhere: {reasons}", tuple(failures), wanted=wanted
    )
