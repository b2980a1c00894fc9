"""What the library window shows about each material, remembered between starts.

The library window needs a title, a summary and a few facts per material, not the validated
model. Validating means importing PyYAML and pydantic and building the models, which was more
than half of DialogDesk's start-up. So the verdict on each file (its summary, or the problems
that keep it out) is remembered by the SHA-256 of the file's bytes and by the rules that judged
it (``judge_stamp``): a start with files already judged reads one small JSON file and hashes the
materials, and a new or changed file is validated as before.

Verdicts come from two places: the user's cache in the data folder (written after a scan that
judged something), and a read-only seed that the bundle build writes for the bundled materials
(``write_seed``), so that even the first start after an install, or a start on a PC whose user
profile is reset at every logon, need not validate them. Opening a material
(``MaterialCatalog.load``) always reads and validates the file itself, so a verdict that no
longer holds (a media folder that became a link out of the material folder, say) is reported
then.

No Qt, no PyYAML, no pydantic here: the loader is imported only when a file must be judged.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.util
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dialogdesk import __version__
from dialogdesk.materials.files import MAX_FILE_BYTES, find_material_files, stays_inside
from dialogdesk.materials.problems import MaterialError, Problem, Severity
from dialogdesk.paths import resources

if TYPE_CHECKING:
    from dialogdesk.materials.loader import LoadedMaterial

CACHE_FORMAT = 3
SEED_NAME = "material-catalog.json"  # in resources/, written by the bundle build
JUDGE_STAMP_NAME = "judge-stamp.txt"  # in resources/ of a bundle, which has no sources to hash
# The modules whose rules decide a file's verdict: a change to any of them makes every
# remembered verdict stale.
_JUDGING_MODULES = ("model.py", "loader.py", "problems.py", "files.py", "catalog.py")
# The libraries the loader judges with: a new version of one may judge differently.
_JUDGING_LIBRARIES = ("yaml", "pydantic", "pydantic_core")


@dataclass(frozen=True)
class ProjectSummary:
    """The programme a material belongs to, for the About view."""

    name: str
    description: str
    background: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class MaterialEntry:
    """One valid material file as the library lists it."""

    path: Path
    id: str
    title: str
    intention: str
    duration_minutes: tuple[int, int]
    participants: tuple[int, int]
    step_count: int
    media_kinds: tuple[str, ...]  # MediaKind values: "film", "podcast", "written_case", "document"
    project: ProjectSummary | None = None

    @classmethod
    def of(cls, loaded: LoadedMaterial) -> MaterialEntry:
        material = loaded.material
        preparation = material.preparation
        project = material.project
        return cls(
            path=loaded.path,
            id=material.id,
            title=material.title,
            intention=material.intention,
            duration_minutes=(preparation.duration_minutes.min, preparation.duration_minutes.max),
            participants=(preparation.participants.min, preparation.participants.max),
            step_count=len(material.steps),
            media_kinds=tuple(str(media.kind) for media in material.media),
            project=None
            if project is None
            else ProjectSummary(
                name=project.name,
                description=project.description,
                background=tuple(project.background),
                topics=tuple(topic.name for topic in project.topics),
            ),
        )

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["path"] = str(self.path)
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MaterialEntry:
        project = data.get("project")
        return cls(
            path=Path(data["path"]),
            id=str(data["id"]),
            title=str(data["title"]),
            intention=str(data["intention"]),
            duration_minutes=_pair(data["duration_minutes"]),
            participants=_pair(data["participants"]),
            step_count=int(data["step_count"]),
            media_kinds=tuple(str(kind) for kind in data["media_kinds"]),
            project=None
            if project is None
            else ProjectSummary(
                name=str(project["name"]),
                description=str(project["description"]),
                background=tuple(str(text) for text in project["background"]),
                topics=tuple(str(text) for text in project["topics"]),
            ),
        )


@dataclass
class MaterialCatalog:
    """The materials to offer and the files that could not be loaded, found as cheaply as possible."""

    entries: list[MaterialEntry] = field(default_factory=list)
    errors: list[Problem] = field(default_factory=list)
    judged: int = 0  # files validated in this scan; the others had a remembered verdict

    @classmethod
    def scan(
        cls, paths: Iterable[Path], cache_file: Path | None = None, seed: Path | None = None
    ) -> MaterialCatalog:
        """Every material file under ``paths``.

        ``cache_file`` remembers verdicts between starts; ``seed`` (by default the bundle's) is
        consulted too but never written.
        """
        stamp = judge_stamp()
        seed = seed if seed is not None else resources() / SEED_NAME
        seeded = _read_verdicts(seed, stamp)
        cached = _read_verdicts(cache_file, stamp) if cache_file is not None else {}
        files, problems = find_material_files(paths)
        catalog = cls(errors=problems)
        kept: dict[str, dict[str, Any]] = {}
        for path in files:
            data = _read_small(path)
            digest = hashlib.sha256(data).hexdigest() if data is not None else None
            remembered = (cached.get(digest) or seeded.get(digest)) if digest is not None else None
            found = None
            if remembered is not None and _links_unchanged(path, remembered):
                found = _read_verdict(path, remembered)
            if found is None:
                remembered = judge(path, data)
                found = _read_verdict(path, remembered)
                assert found is not None  # just written by judge()
                catalog.judged += 1
            entry, errors = found
            if entry is not None:
                catalog.entries.append(entry)
            catalog.errors.extend(errors)
            if digest is not None and seeded.get(digest) != remembered:
                kept[digest] = remembered
        if cache_file is not None and kept != cached:
            _write_verdicts(cache_file, stamp, kept)
        return catalog

    def by_id(self, material_id: str) -> MaterialEntry | None:
        return next((entry for entry in self.entries if entry.id == material_id), None)

    def only(self, material_ids: Sequence[str]) -> None:
        """Offer only these materials (a room's ``shown_materials``)."""
        shown = set(material_ids)
        self.entries = [entry for entry in self.entries if entry.id in shown]

    @staticmethod
    def load(entry: MaterialEntry) -> LoadedMaterial:
        """The validated material of ``entry``, read again from its file; MaterialError if it broke."""
        from dialogdesk.materials.loader import load_material

        return load_material(entry.path)


def judge(path: Path, data: bytes | None = None) -> dict[str, Any]:
    """Validate ``path`` (or ``data``, its bytes): its entry, or the problems that keep it out.

    Neither holds the path (the same bytes may lie anywhere: the path is the scan's). Both hold
    whether each media path the material names stays inside its folder, which links on the disk
    can change while the file stays the same.
    """
    from dialogdesk.materials.loader import load_material

    try:
        loaded = load_material(path, data)
    except MaterialError as error:
        verdict: dict[str, Any] = {"errors": [_problem_to_json(problem) for problem in error.problems]}
        media_files: Sequence[str] = error.media_files
    else:
        entry = MaterialEntry.of(loaded).to_json()
        del entry["path"]
        verdict = {"entry": entry}
        media_files = [media.file for media in loaded.material.media if media.file]
    verdict["inside"] = {name: stays_inside(path.parent, name) for name in media_files}
    return verdict


def judge_stamp() -> str:
    """The rules that judged the files: the cache format, DialogDesk's version, its sources and
    the installed PyYAML and pydantic (found without importing them)."""
    folder = Path(__file__).parent
    try:
        sources = b"".join((folder / name).read_bytes() for name in _JUDGING_MODULES)
    except OSError:  # a bundle: its build wrote down the stamp of the sources it was built from
        try:
            return (resources() / JUDGE_STAMP_NAME).read_text(encoding="utf-8").strip()
        except OSError:
            return f"{CACHE_FORMAT}/{__version__}/unknown"
    libraries = "|".join(_installed(name) for name in _JUDGING_LIBRARIES).encode()
    return f"{CACHE_FORMAT}/{__version__}/{hashlib.sha256(sources + libraries).hexdigest()[:16]}"


def _installed(package: str) -> str:
    """The size and time of a package's installed ``__init__``: an upgrade changes them."""
    spec = importlib.util.find_spec(package)
    try:
        status = Path(spec.origin).stat()  # type: ignore[arg-type, union-attr]
    except (OSError, TypeError, AttributeError):
        return f"{package}:-"
    return f"{package}:{status.st_size}:{status.st_mtime_ns}"


def write_seed(paths: Iterable[Path], folder: Path) -> list[Problem]:
    """For a bundle build: the verdicts on ``paths`` and the judge stamp, written into ``folder``.

    Returns the errors found, so that a build can refuse to ship a broken material.
    """
    stamp = judge_stamp()
    verdicts = {}
    files, errors = find_material_files(paths)
    for path in files:
        data = path.read_bytes()
        verdicts[hashlib.sha256(data).hexdigest()] = verdict = judge(path, data)
        found = _read_verdict(path, verdict)
        assert found is not None
        errors += found[1]
    folder.mkdir(parents=True, exist_ok=True)
    _write_verdicts(folder / SEED_NAME, stamp, verdicts)
    (folder / JUDGE_STAMP_NAME).write_text(stamp + "\n", encoding="utf-8")
    return errors


def _read_small(path: Path) -> bytes | None:
    """The bytes of a file small enough to be a material; None for others (the loader says why)."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _links_unchanged(path: Path, verdict: dict[str, Any]) -> bool:
    """Whether the media paths of a remembered verdict still stay inside (or leave) ``path``'s folder."""
    inside = verdict.get("inside", {})
    if not isinstance(inside, dict):
        return False
    return all(stays_inside(path.parent, name) == was for name, was in inside.items())


def _read_verdict(path: Path, verdict: dict[str, Any]) -> tuple[MaterialEntry | None, list[Problem]] | None:
    """The entry or the problems a verdict holds for ``path``; None if the verdict is damaged."""
    try:
        if "entry" in verdict:
            return MaterialEntry.from_json({**verdict["entry"], "path": str(path)}), []
        return None, [_problem_from_json(path, problem) for problem in verdict["errors"]]
    except (KeyError, TypeError, ValueError):
        return None


def _read_verdicts(file: Path, stamp: str) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return {}  # none yet, or a damaged one: it is only a shortcut
    if not isinstance(data, dict) or data.get("judged_by") != stamp:
        return {}
    files = data.get("files")
    if not isinstance(files, dict):
        return {}
    return {digest: verdict for digest, verdict in files.items() if isinstance(verdict, dict)}


def _write_verdicts(file: Path, stamp: str, verdicts: dict[str, dict[str, Any]]) -> None:
    from dialogdesk.session.store import write_atomically

    text = json.dumps({"judged_by": stamp, "files": verdicts}, ensure_ascii=False, indent=1)
    # A read-only or full disk costs only the shortcut: the next start judges again.
    with contextlib.suppress(OSError):
        write_atomically(file, text.encode("utf-8"))


def _problem_to_json(problem: Problem) -> dict[str, Any]:
    return {
        "line": problem.line,
        "column": problem.column,
        "field": problem.field,
        "message": problem.message,
        "severity": str(problem.severity),
    }


def _problem_from_json(path: Path, data: dict[str, Any]) -> Problem:
    return Problem(
        path=path,
        line=int(data["line"]),
        column=int(data["column"]),
        field=str(data["field"]),
        message=str(data["message"]),
        severity=Severity(data["severity"]),
    )


def _pair(value: Any) -> tuple[int, int]:
    low, high = value
    return int(low), int(high)
