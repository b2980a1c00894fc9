"""Where a material's film, podcast or case file is on this machine (no Qt).

Three places, looked at in order by ``resolve_media``:

1. the material's own folder (``media/film.mp4`` beside ``material.yaml``);
2. a copy attached on this machine: checked, copied into ``<data>/media/<material>/`` with a
   SHA-256 checksum and remembered in ``<data>/media/index.json`` (written atomically);
3. the media folder: a USB stick or network drive pointed to once and searched by file name.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import os
import re
import shutil
from collections import deque
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from dialogdesk.datadir import default_data_dir
from dialogdesk.materials.loader import LoadedMaterial
from dialogdesk.materials.model import Media, MediaKind
from dialogdesk.media.findings import MediaCheckResult
from dialogdesk.media.subtitles import SIDECAR_SUFFIXES
from dialogdesk.session.store import describe_os_error, remove_stale_temporaries, write_atomically

INDEX_FORMAT = "dialogdesk-media-index"
INDEX_VERSION = 1
CHUNK_BYTES = 1024 * 1024
SPACE_MARGIN_BYTES = 50 * 1024 * 1024  # leave room for the session files
SEARCH_DEPTH = 3
SEARCH_ENTRIES = 20_000  # a network drive can be large; the search stops here

EXTENSIONS = {
    MediaKind.FILM: (".mp4", ".m4v", ".mov", ".webm", ".mkv", ".avi", ".wmv"),
    MediaKind.PODCAST: (".mp3", ".m4a", ".aac", ".wav", ".ogg", ".opus", ".flac", ".mp4"),
    MediaKind.WRITTEN_CASE: (".md", ".txt", ".markdown"),
    MediaKind.DOCUMENT: (".pdf", ".md", ".txt", ".docx"),
}
_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")

Check = Callable[[Path, Media], MediaCheckResult]
Progress = Callable[[int, int], None]


class AttachError(Exception):
    """The file was not attached; ``str(error)`` says why, ``result`` holds a failed check."""

    def __init__(self, message: str, result: MediaCheckResult | None = None, reason: str = "") -> None:
        super().__init__(message)
        self.result = result
        self.reason = reason  # for a copy that failed: why, e.g. "the disk is full (...)"


@dataclass(frozen=True)
class AttachedMedia:
    """A media file copied into the app's data folder for one material on this machine."""

    material_id: str
    media_id: str
    file: str  # relative to the library folder, with "/" separators
    sha256: str
    size: int
    original_name: str
    attached_at: str
    subtitles: tuple[str, ...] = ()


class MediaLibrary:
    """Attached copies and the media folder, remembered in one small JSON index."""

    def __init__(self, data_dir: Path | None = None, *, fixed_media_folder: Path | None = None) -> None:
        """``fixed_media_folder``: the folder a settings file names; it is searched instead of the
        facilitator's choice and never saved, so that it goes when the settings file drops it."""
        self.root = (data_dir or default_data_dir()) / "media"
        self.index_path = self.root / "index.json"
        self._attached: dict[str, AttachedMedia] = {}
        self._media_folder: Path | None = None
        self.fixed_media_folder = fixed_media_folder
        self._read_index()

    # --- the index ---------------------------------------------------------------------------
    def _read_index(self) -> None:
        try:
            data = json.loads(self.index_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # none yet, or unreadable: the copies are still there to attach again
        if not isinstance(data, dict) or data.get("format") != INDEX_FORMAT:
            return
        folder = data.get("media_folder")
        self._media_folder = Path(folder) if isinstance(folder, str) and folder else None
        for key, entry in (data.get("attached") or {}).items():
            with contextlib.suppress(TypeError, ValueError):
                entry = {**entry, "subtitles": tuple(entry.get("subtitles", ()))}
                self._attached[key] = AttachedMedia(**entry)

    def _save_index(self) -> None:
        data: dict[str, Any] = {
            "format": INDEX_FORMAT,
            "version": INDEX_VERSION,
            "media_folder": str(self._media_folder) if self._media_folder else None,
            "attached": {key: asdict(entry) for key, entry in sorted(self._attached.items())},
        }
        write_atomically(self.index_path, (json.dumps(data, indent=2, ensure_ascii=False) + "\n").encode())

    # --- the media folder ----------------------------------------------------------------------
    @property
    def media_folder(self) -> Path | None:
        return self.fixed_media_folder or self._media_folder

    def set_media_folder(self, folder: Path | None) -> None:
        """Remember the USB stick or network folder to search (None forgets it)."""
        self._media_folder = Path(folder) if folder else None
        self._save_index()

    def find_in_media_folder(self, material_id: str, media: Media) -> Path | None:
        """Search the media folder by the file's name; a folder named like the material comes first."""
        folder = self.media_folder
        if folder is None:
            return None
        names = _wanted_names(media)
        return _search(folder / material_id, names, depth=1) or _search(folder, names, depth=SEARCH_DEPTH)

    # --- attached copies ---------------------------------------------------------------------------
    def attached(self, material_id: str, media_id: str) -> AttachedMedia | None:
        return self._attached.get(_key(material_id, media_id))

    def path_of(self, entry: AttachedMedia) -> Path:
        return self.root / Path(*entry.file.split("/"))

    def attached_path(self, material_id: str, media_id: str) -> Path | None:
        """The attached copy when it is still there with its recorded size."""
        entry = self.attached(material_id, media_id)
        if entry is None:
            return None
        path = self.path_of(entry)
        try:
            return path if path.is_file() and path.stat().st_size == entry.size else None
        except OSError:
            return None

    def attach(
        self,
        material_id: str,
        media: Media,
        source: Path,
        *,
        check: Check | None = None,
        progress: Progress | None = None,
    ) -> AttachedMedia:
        """Check ``source``, copy it in with its checksum and remember it; AttachError if not."""
        if check is None:
            from dialogdesk.media.check import check_media  # Qt only when a check is needed

            check = check_media
        result = check(source, media)
        if not result.playable:
            raise AttachError(result.message, result)
        return self.copy_in(material_id, media, source, progress=progress)

    def copy_in(
        self, material_id: str, media: Media, source: Path, *, progress: Progress | None = None
    ) -> AttachedMedia:
        """Copy without checking (already checked, or from a worker thread); AttachError if it fails."""
        if not (_SAFE_ID.match(material_id) and _SAFE_ID.match(media.id)):
            raise AttachError(f"not a material or media id: {material_id}/{media.id}")
        suffix = source.suffix.lower() if re.fullmatch(r"\.[a-z0-9]{1,8}", source.suffix.lower()) else ""
        folder = self.root / material_id
        target = folder / f"{media.id}{suffix}"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            remove_stale_temporaries(folder)
            size = source.stat().st_size
            same = target.exists() and source.resolve() == target.resolve()
            if not same and shutil.disk_usage(folder).free < size + SPACE_MARGIN_BYTES:
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(folder))
            digest = _sha256(source, progress) if same else _copy_with_checksum(source, target, progress)
            subtitles = _copy_sidecars(source, target)
        except OSError as error:
            reason = describe_os_error(error)
            raise AttachError(f"the file could not be copied: {reason}", reason=reason) from error
        previous = self.attached(material_id, media.id)
        entry = AttachedMedia(
            material_id=material_id,
            media_id=media.id,
            file=f"{material_id}/{target.name}",
            sha256=digest,
            size=size,
            original_name=source.name,
            attached_at=datetime.now().astimezone().isoformat(timespec="seconds"),
            subtitles=subtitles,
        )
        self._attached[_key(material_id, media.id)] = entry
        self._save_index()
        if previous is not None and previous.file != entry.file:
            with contextlib.suppress(OSError):
                self.path_of(previous).unlink()
        return entry

    def detach(self, material_id: str, media_id: str) -> None:
        """Forget the copy and delete it (and its subtitles)."""
        entry = self._attached.pop(_key(material_id, media_id), None)
        if entry is None:
            return
        self._save_index()
        for name in (entry.file, *(f"{material_id}/{sub}" for sub in entry.subtitles)):
            with contextlib.suppress(OSError):
                (self.root / Path(*name.split("/"))).unlink()

    def verify(self, material_id: str, media_id: str) -> bool:
        """True when the copy is there and its SHA-256 still matches (reads the whole file)."""
        entry = self.attached(material_id, media_id)
        path = self.attached_path(material_id, media_id)
        if entry is None or path is None:
            return False
        try:
            return _sha256(path, None) == entry.sha256
        except OSError:
            return False

    # --- finding a material's media --------------------------------------------------------------
    def resolve(self, loaded: LoadedMaterial, media: Media) -> Path | None:
        """The file to play: the material folder, then the attached copy, then the media folder."""
        material_id = loaded.material.id
        if media.file:
            try:
                in_folder = loaded.media_path(media.file)
            except ValueError:
                in_folder = None  # a URL or a path leaving the folder: never opened
            if in_folder is not None and _is_file(in_folder):
                return in_folder
        return self.attached_path(material_id, media.id) or self.find_in_media_folder(material_id, media)


def resolve_media(
    loaded_material: LoadedMaterial, media: Media, library: MediaLibrary | None = None
) -> Path | None:
    """Where the media file is on this machine (material folder, attached copy, media folder)."""
    return (library or MediaLibrary()).resolve(loaded_material, media)


def _key(material_id: str, media_id: str) -> str:
    return f"{material_id}/{media_id}"


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False


def _wanted_names(media: Media) -> list[str]:
    """File names to look for, most specific first, lower case."""
    names = []
    if media.file and "://" not in media.file:
        name = media.file.replace("\\", "/").rsplit("/", 1)[-1]
        names.append(name.lower())
        stem = name.rsplit(".", 1)[0].lower()
        names += [stem + ext for ext in EXTENSIONS.get(media.kind, ())]
    names += [media.id + ext for ext in EXTENSIONS.get(media.kind, ())]
    return list(dict.fromkeys(names))


def _search(folder: Path, names: list[str], *, depth: int) -> Path | None:
    """Breadth-first, bounded in depth and entries, so a large network drive cannot hang the app."""
    best: tuple[int, int, Path] | None = None
    queue: deque[tuple[Path, int]] = deque([(folder, 0)])
    seen = 0
    while queue and seen < SEARCH_ENTRIES:
        current, level = queue.popleft()
        try:
            entries = sorted(os.scandir(current), key=lambda entry: entry.name)
        except OSError:
            continue
        for entry in entries:
            seen += 1
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir() and level + 1 < depth:
                    queue.append((Path(entry.path), level + 1))
                elif entry.is_file() and entry.name.lower() in names:
                    rank = (level, names.index(entry.name.lower()), Path(entry.path))
                    best = rank if best is None or rank[:2] < best[:2] else best
            except OSError:
                continue
        if best is not None and (not queue or queue[0][1] > best[0]):
            break
    return best[2] if best else None


def _sha256(path: Path, progress: Progress | None) -> str:
    digest = hashlib.sha256()
    total = path.stat().st_size
    done = 0
    with path.open("rb") as stream:
        while chunk := stream.read(CHUNK_BYTES):
            digest.update(chunk)
            done += len(chunk)
            if progress is not None:
                progress(done, total)
    return digest.hexdigest()


def _copy_with_checksum(source: Path, target: Path, progress: Progress | None) -> str:
    """Copy to a temporary file while hashing, fsync, then rename over the target."""
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    digest = hashlib.sha256()
    total = source.stat().st_size
    done = 0
    try:
        with source.open("rb") as reader, temporary.open("wb") as writer:
            while chunk := reader.read(CHUNK_BYTES):
                digest.update(chunk)
                writer.write(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
            writer.flush()
            os.fsync(writer.fileno())
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    return digest.hexdigest()


def _copy_sidecars(source: Path, target: Path) -> tuple[str, ...]:
    """Subtitle files beside the source (film.da.srt ...) go along, renamed to the copy's name."""
    copied = []
    try:
        entries = {entry.name.lower(): entry for entry in source.parent.iterdir()}
    except OSError:
        return ()
    for suffix in SIDECAR_SUFFIXES:
        found = entries.get(source.stem.lower() + suffix)
        if found is not None and found.is_file() and found.stat().st_size < 2 * 1024 * 1024:
            destination = target.with_name(target.stem + suffix)
            if found.resolve() != destination.resolve():
                write_atomically(destination, found.read_bytes())
            copied.append(destination.name)
    return tuple(copied)
