"""Session files: one JSON file per session, rewritten atomically after every applied intent.

The file holds the material as it was when the session started, the day's setup and the
append-only event log; the state is rebuilt by replaying the log. Writing is
write-to-temporary, fsync, rename, fsync the folder: a killed process leaves the old file or
the new one, never half of one.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SESSION_FORMAT = "dialogdesk-session"
SESSION_VERSION = 1
TEMPORARY_SUFFIX = ".tmp"

# Migrations from older versions: version -> function returning the data in version + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class SessionFileError(Exception):
    """A session file that cannot be opened, with a message that names the file."""


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash at any moment leaves one whole version."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}{TEMPORARY_SUFFIX}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(data)
            while view:
                written = os.write(descriptor, view)
                view = view[written:]
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        # Name the file the user knows, not the hidden temporary one.
        raise OSError(error.errno, error.strerror, str(path)) from error
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def remove_stale_temporaries(folder: Path) -> None:
    """Delete temporary files left by a process that was killed while saving."""
    for temporary in folder.glob(f".*{TEMPORARY_SUFFIX}"):
        pid = temporary.name.removesuffix(TEMPORARY_SUFFIX).rsplit(".", 1)[-1]
        if pid.isdigit() and int(pid) != os.getpid() and not _process_alive(int(pid)):
            with contextlib.suppress(OSError):
                temporary.unlink()


def _process_alive(pid: int) -> bool:
    if sys.platform == "win32":
        return False  # the writer holds the file open; unlink fails while it is alive
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _fsync_folder(folder: Path) -> None:
    # The rename itself is only durable once the folder entry is on disk (POSIX; Windows has no
    # folder handles to fsync and NTFS journals the rename).
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def describe_os_error(error: OSError) -> str:
    import errno

    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the disk is read-only",
        errno.EACCES: "there is no permission to write there",
        errno.EPERM: "there is no permission to write there",
        errno.EDQUOT: "the disk quota is used up",
        errno.EFBIG: "the file is too large for the disk",
        errno.EEXIST: "a file is in the way of the folder",
        errno.ENOTDIR: "a file is in the way of the folder",
    }
    reason = reasons.get(error.errno or 0, error.strerror or str(error))
    where = f" ({error.filename})" if error.filename else ""
    return f"{reason}{where}"


def encode_event(event: dict[str, Any]) -> str:
    # ASCII escapes keep the file valid UTF-8 whatever text a card holds (even a lone
    # surrogate from a paste) and keep the log's strings compact to join.
    return json.dumps(event, separators=(",", ":"))


class SessionFile:
    """The file of one running session. Keeps the log serialised so a save costs one write."""

    def __init__(self, path: Path, header: dict[str, Any], events: list[str] | None = None) -> None:
        self.path = path
        header = {"format": SESSION_FORMAT, "version": SESSION_VERSION, **header}
        self._prefix = json.dumps(header)[:-1] + ', "events": [\n'
        self._events: list[str] = list(events or [])

    def append(self, event: dict[str, Any], summary: dict[str, Any]) -> None:
        """Add an event to the log and save; raises OSError if the disk refuses (the event is kept)."""
        self._events.append(encode_event(event))
        self.save(summary)

    def save(self, summary: dict[str, Any]) -> None:
        text = self._prefix + ",\n".join(self._events) + '\n], "summary": ' + json.dumps(summary) + "}\n"
        write_atomically(self.path, text.encode("utf-8"))


@dataclass(frozen=True)
class SessionRecord:
    """A session file as read from disk."""

    path: Path
    header: dict[str, Any]
    events: list[dict[str, Any]]
    summary: dict[str, Any]

    @property
    def finished(self) -> bool:
        return self.summary.get("phase") == "ended"


def read_session_file(path: Path) -> SessionRecord:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise SessionFileError(f"{path}: cannot read: {describe_os_error(error)}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise SessionFileError(f"{path}: not a readable session file ({error})") from None
    if not isinstance(data, dict) or data.get("format") != SESSION_FORMAT:
        raise SessionFileError(f"{path}: not a DialogDesk session file")
    version = data.get("version")
    if not isinstance(version, int):
        raise SessionFileError(f"{path}: the session file has no format version")
    if version > SESSION_VERSION:
        raise SessionFileError(
            f"{path}: made by a newer DialogDesk (session format {version}, this version reads "
            f"up to {SESSION_VERSION}); update DialogDesk to open it"
        )
    while version < SESSION_VERSION:
        migrate = MIGRATIONS.get(version)
        if migrate is None:
            raise SessionFileError(
                f"{path}: session format {version} is too old to open with this DialogDesk"
            )
        data = migrate(data)
        version = data["version"]
    events = data.pop("events", None)
    summary = data.pop("summary", {})
    if not isinstance(events, list) or not isinstance(summary, dict):
        raise SessionFileError(f"{path}: the session file has no event log")
    return SessionRecord(path=path, header=data, events=events, summary=summary)


def list_sessions(folder: Path) -> tuple[list[SessionRecord], list[str]]:
    """All session files in ``folder`` (newest first), and a message for each unreadable one."""
    records, problems = [], []
    if not folder.is_dir():
        return [], []
    remove_stale_temporaries(folder)
    for path in sorted(folder.glob("*.json")):
        try:
            records.append(read_session_file(path))
        except SessionFileError as error:
            problems.append(str(error))
    records.sort(key=lambda record: record.summary.get("updated_wall_ns", 0), reverse=True)
    return records, problems
