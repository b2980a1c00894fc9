"""Material files on disk: where they are, how big one may be, and paths inside its folder.

No PyYAML and no pydantic here: the library's catalog uses this at start-up.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from dialogdesk.materials.problems import Problem

MATERIAL_SUFFIXES = (".yaml", ".yml")
MAX_FILE_BYTES = 512 * 1024


def find_material_files(paths: Iterable[Path]) -> tuple[list[Path], list[Problem]]:
    """Material files named directly or found (recursively) in the folders given, in order.

    A folder that cannot be read is a problem to report, not a reason to stop: the materials
    that can be read are still offered.
    """
    found: list[Path] = []
    problems: list[Problem] = []

    def unreadable(error: OSError) -> None:
        where = Path(error.filename) if error.filename else Path(".")
        problems.append(Problem(where, 1, 1, "", f"cannot read the folder: {error.strerror}"))

    for path in paths:
        try:
            is_folder = path.is_dir()
        except OSError as error:
            unreadable(error)
            continue
        if not is_folder:
            found.append(path)  # the loader says what is wrong if it is not a readable file
            continue
        in_folder = []
        for folder, subfolders, names in os.walk(path, onerror=unreadable):
            subfolders.sort()
            in_folder += [Path(folder, name) for name in names if name.endswith(MATERIAL_SUFFIXES)]
        found += sorted(in_folder)
    return found, problems


def resolve_inside(folder: Path, relative: str) -> Path:
    """Resolve a media path against the material folder, refusing anything that leaves it."""
    if "://" in relative or relative.startswith(("\\\\", "//")):
        raise ValueError("must be a path to a local file in the material folder, not a URL")
    pure = PurePosixPath(relative.replace("\\", "/"))
    if pure.is_absolute() or (len(relative) > 1 and relative[1] == ":"):
        raise ValueError("must be relative to the material folder")
    base = folder.resolve()
    target = (base / Path(*pure.parts)).resolve() if pure.parts else base
    if target == base or not target.is_relative_to(base):
        raise ValueError("must stay inside the material folder")
    return target


def stays_inside(folder: Path, relative: str) -> bool:
    """Whether ``relative`` resolves inside ``folder`` now (links can change that on disk)."""
    try:
        resolve_inside(folder, relative)
    except (ValueError, OSError):
        return False
    return True
