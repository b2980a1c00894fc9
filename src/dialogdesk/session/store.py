"""Session files: an append-only log, one record per applied intent, read as untrusted input.

A session file (``<id>.jsonl``, format 2) is a first line ``dialogdesk-session 2`` and then one
record per line: ``<length> <crc32> <json>``. Record 1 holds the header (the material as it was
when the session started, the day's setup) and the summary; every later record holds one event
and the summary after it. An intent is one ``write`` of one record and an ``fsync``, so it costs
the same at event 10 and at event 10,000; the history reads only the file's first line and its
last record (the summary), never the whole log.

A power cut can leave the last record half written: it is dropped, and the reader says so
(``SessionRecord.dropped``). A bad record anywhere before the last is damage and the file is
refused, naming the record. Reading never changes a file. One writer at a time: the writer holds
an exclusive OS lock on the file (released by the OS if the process dies).

Format 1 files (one JSON document, rewritten whole after every intent) are read as they are and
converted to format 2 when a session continues in them (the old file is kept as ``.json-v1``).
"""

from __future__ import annotations

import contextlib
import errno as errno_codes
import json
import os
import sys
import zlib
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

SESSION_FORMAT = "dialogdesk-session"
SESSION_VERSION = 2
LOG_SUFFIX = ".jsonl"
LEGACY_SUFFIX = ".json"  # format 1
CONVERTED_SUFFIX = ".json-v1"  # a format 1 file after it was converted, kept and never listed
TEMPORARY_SUFFIX = ".tmp"
TORN_LAST_RECORD = "torn_last_record"  # the code of a dropped half-written record

_MAGIC = SESSION_FORMAT.encode() + b" "
_TAIL_CHUNK = 2048  # the last record and its summary are about 0.5 KiB

# Migrations of format 0 JSON documents: version -> function returning the data in version + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class SessionFileError(Exception):
    """A session file that cannot be opened, with a message that names the file (and the record)."""

    def __init__(self, path: Path, reason: str, record: int | None = None) -> None:
        where = f"record {record}: " if record is not None else ""
        super().__init__(f"{path}: {where}{reason}")
        self.path, self.reason, self.record = path, reason, record


class SessionInUse(SessionFileError):
    """Another DialogDesk is writing this session file."""

    def __init__(self, path: Path) -> None:
        super().__init__(path, "in use by another DialogDesk")


@dataclass(frozen=True)
class DroppedRecord:
    """A half-written last record that reading left out (a code and the file, for the window to word)."""

    path: Path
    record: int | None  # None when only the end of the file was read (the history's list)
    code: str = TORN_LAST_RECORD


# --- the summary ------------------------------------------------------------------------------------
_PHASES = ("preparation", "running", "wrap_up", "ended")
_MAX_NS = 2**63 - 1


@dataclass(frozen=True)
class SessionSummary:
    """What the library and the history show of a session without replaying its log."""

    session_id: str
    material_id: str
    material_title: str
    phase: str
    step_index: int
    events: int
    created_wall_ns: int
    updated_wall_ns: int
    started_wall_ns: int | None = None
    chosen_proposal: str | None = None
    agreed_proposal: str | None = None

    @property
    def finished(self) -> bool:
        return self.phase == "ended"

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def __getitem__(self, name: str) -> object:
        """``summary["phase"]``, as format 1's summary dict was read (KeyError if not a field)."""
        if name not in _SUMMARY_FIELDS:
            raise KeyError(name)
        return getattr(self, name)


# Field -> (types accepted, lowest, highest). bool is refused where a number is asked for.
_SUMMARY_FIELDS: dict[str, tuple[tuple[type, ...], int, int]] = {
    "session_id": ((str,), 0, 0),
    "material_id": ((str,), 0, 0),
    "material_title": ((str,), 0, 0),
    "phase": ((str,), 0, 0),
    "step_index": ((int,), 0, 10_000),
    "events": ((int,), 0, 2**31),
    "created_wall_ns": ((int,), 0, _MAX_NS),
    "updated_wall_ns": ((int,), 0, _MAX_NS),
    "started_wall_ns": ((int, type(None)), 0, _MAX_NS),
    "chosen_proposal": ((str, type(None)), 0, 0),
    "agreed_proposal": ((str, type(None)), 0, 0),
}


def summary_from_dict(data: object, path: Path, record: int | None = None) -> SessionSummary:
    """The summary checked field by field (no pydantic: the library lists sessions before it loads)."""
    if not isinstance(data, dict):
        raise SessionFileError(path, "the session file has no summary", record)
    unknown = set(data) - set(_SUMMARY_FIELDS)
    if unknown:
        raise SessionFileError(path, f"summary: unknown fields {sorted(unknown)}", record)
    for name, (types, lowest, highest) in _SUMMARY_FIELDS.items():
        if name not in data and type(None) not in types:
            raise SessionFileError(path, f"summary: {name} is missing", record)
        value = data.get(name)
        if isinstance(value, bool) or not isinstance(value, types):
            raise SessionFileError(path, f"summary: {name} has the wrong type ({value!r:.40})", record)
        if isinstance(value, int) and not lowest <= value <= highest:
            raise SessionFileError(path, f"summary: {name} is out of range ({value})", record)
    if data["phase"] not in _PHASES:
        raise SessionFileError(path, f"summary: phase is not known ({data['phase']!r:.40})", record)
    return SessionSummary(**data)


# --- writing ----------------------------------------------------------------------------------------
def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a crash at any moment leaves one whole version."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}{TEMPORARY_SUFFIX}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            _write_all(descriptor, data)
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


def _write_all(descriptor: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(descriptor, view)
        view = view[written:]


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
    reasons = {
        errno_codes.ENOSPC: "the disk is full",
        errno_codes.EROFS: "the disk is read-only",
        errno_codes.EACCES: "there is no permission to write there",
        errno_codes.EPERM: "there is no permission to write there",
        errno_codes.EDQUOT: "the disk quota is used up",
        errno_codes.EFBIG: "the file is too large for the disk",
        errno_codes.EEXIST: "a file is in the way of the folder",
        errno_codes.ENOTDIR: "a file is in the way of the folder",
    }
    reason = reasons.get(error.errno or 0, error.strerror or str(error))
    where = f" ({error.filename})" if error.filename else ""
    return f"{reason}{where}"


def encode_record(payload: dict[str, Any]) -> bytes:
    """One log line. ASCII escapes keep it one line of valid UTF-8 whatever a card holds."""
    body = json.dumps(payload, separators=(",", ":")).encode("ascii")
    return b"%d %08x %s\n" % (len(body), zlib.crc32(body), body)


def _magic_line(version: int = SESSION_VERSION) -> bytes:
    return _MAGIC + str(version).encode() + b"\n"


# --- one writer per file ------------------------------------------------------------------------------
def _lock(descriptor: int) -> bool:
    """Take the exclusive OS lock on an open session file; False if another process holds it."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import msvcrt

            # A byte far past the end: readers can still read every byte of the log.
            os.lseek(descriptor, 2**40, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError as error:
        if error.errno in (errno_codes.EAGAIN, errno_codes.EACCES, errno_codes.EDEADLK):
            return False
        raise
    return True


# The logs this process writes, by file identity: a second writer in the same process takes over
# from the first (a window reopened after a crash of its own), and the first is told it was.
_WRITERS: dict[tuple[int, int], SessionLog] = {}


class SessionLog:
    """The log of one running session: locked while it runs, opened for each append.

    The lock is held on a read-only descriptor; each append opens the file, writes one record,
    fsyncs and closes it. So a disk that turns read-only refuses the next append (instead of
    being held busy by a descriptor open for writing), and the log stays whole either way.
    """

    def __init__(self, path: Path, lock: int | None, size: int) -> None:
        self.path = path
        self._lock = lock  # a read-only descriptor holding the exclusive lock
        self._size = size  # where the last record on disk ends
        self._pending: list[bytes] = []  # records the disk refused, written with the next one
        self._superseded = False
        self._identity = (0, 0)
        if lock is not None:
            self._register()

    @classmethod
    def create(cls, path: Path, header: dict[str, Any], summary: dict[str, Any]) -> SessionLog:
        """A new log, not yet on disk: ``save`` writes it (and retries until the disk takes it)."""
        log = cls(path, None, 0)
        log._pending = [_magic_line(), encode_record({"header": header, "summary": summary})]
        return log

    @classmethod
    def continue_in(cls, record: SessionRecord) -> SessionLog:
        """Take over the file of ``record`` to append to it (format 1 is converted first)."""
        if record.version < SESSION_VERSION:
            return cls._convert(record)
        log = cls(record.path, _open_locked(record.path), record.size)
        try:
            if os.fstat(log._lock).st_size != record.size:  # type: ignore[arg-type]
                # A half-written last record goes, or the next record would be glued to it.
                with log._writable() as descriptor:
                    os.ftruncate(descriptor, record.size)
                    os.fsync(descriptor)
        except OSError:
            log.close()
            raise
        return log

    @classmethod
    def _convert(cls, record: SessionRecord) -> SessionLog:
        legacy = _open_locked(record.path)
        try:
            path = record.path.with_suffix(LOG_SUFFIX)
            summary = record.summary.to_dict()
            lines = [_magic_line(), encode_record({"header": record.header, "summary": summary})]
            lines += [encode_record({"event": event}) for event in record.events[:-1]]
            lines += [encode_record({"event": event, "summary": summary}) for event in record.events[-1:]]
            write_atomically(path, b"".join(lines))
            os.replace(record.path, record.path.with_suffix(CONVERTED_SUFFIX))
            _fsync_folder(path.parent)
        finally:
            os.close(legacy)
        return cls(path, _open_locked(path), path.stat().st_size)

    def append(self, event: dict[str, Any], summary: dict[str, Any]) -> None:
        """Append one event and fsync it; raises OSError if the disk refuses (the record is kept)."""
        self._pending.append(encode_record({"event": event, "summary": summary}))
        self._flush()

    def save(self) -> None:
        """Write what the disk refused before; raises OSError if it still refuses."""
        if self._pending:
            self._flush()

    def _flush(self) -> None:
        if self._superseded:
            raise OSError(errno_codes.EBUSY, "another window took over the file", str(self.path))
        data = b"".join(self._pending)
        try:
            if self._lock is None:  # the file is not on disk yet
                write_atomically(self.path, data)
                self._lock = _open_locked(self.path)
                self._register()
            else:
                with self._writable() as descriptor:
                    try:
                        _write_all(descriptor, data)
                        os.fsync(descriptor)
                    except OSError:
                        # What part of the records reached the disk goes, so the log stays whole.
                        with contextlib.suppress(OSError):
                            os.ftruncate(descriptor, self._size)
                        raise
        except OSError as error:
            raise OSError(error.errno, error.strerror, error.filename or str(self.path)) from error
        self._size += len(data)
        self._pending.clear()

    @contextlib.contextmanager
    def _writable(self) -> Iterator[int]:
        descriptor = os.open(self.path, os.O_WRONLY | os.O_APPEND)
        try:
            status = os.fstat(descriptor)
            if (status.st_dev, status.st_ino) != self._identity:
                raise OSError(errno_codes.ESTALE, "the session file was replaced", str(self.path))
            yield descriptor
        finally:
            os.close(descriptor)

    def close(self) -> None:
        """Let go of the lock (another DialogDesk may then continue the session)."""
        if self._lock is not None:
            if _WRITERS.get(self._identity) is self:
                del _WRITERS[self._identity]
            os.close(self._lock)
            self._lock = None

    def __del__(self) -> None:
        with contextlib.suppress(Exception):
            self.close()

    def _register(self) -> None:
        assert self._lock is not None
        status = os.fstat(self._lock)
        self._identity = (status.st_dev, status.st_ino)
        _WRITERS[self._identity] = self


def _open_locked(path: Path) -> int:
    """A read-only descriptor of ``path`` holding its exclusive lock; SessionInUse if another has it.

    An earlier writer of the same file in this process gives way (and is told so when it next saves).
    """
    descriptor = os.open(path, os.O_RDONLY)
    try:
        status = os.fstat(descriptor)
        earlier = _WRITERS.pop((status.st_dev, status.st_ino), None)
        if earlier is not None:
            earlier._superseded = True
            earlier.close()
        if not _lock(descriptor):
            raise SessionInUse(path)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


# --- reading ----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class SessionRecord:
    """A session file as read from disk and checked: its header, its events and its summary."""

    path: Path
    header: dict[str, Any]
    events: list[dict[str, Any]]
    summary: SessionSummary
    version: int = SESSION_VERSION
    size: int = 0  # bytes up to the end of the last whole record
    dropped: DroppedRecord | None = None

    @property
    def finished(self) -> bool:
        return self.summary.finished


@dataclass(frozen=True)
class ListedSession:
    """A session file as the history lists it: its summary, read without the log."""

    path: Path
    summary: SessionSummary
    dropped: DroppedRecord | None = None

    @property
    def finished(self) -> bool:
        return self.summary.finished


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise SessionFileError(path, f"cannot read: {describe_os_error(error)}") from None


def _version_of(path: Path, first_line: bytes) -> int:
    if not first_line.startswith(_MAGIC):
        raise SessionFileError(path, "not a DialogDesk session file")
    text = first_line[len(_MAGIC) :].strip()
    if not text.isdigit() or len(text) > 6:
        raise SessionFileError(path, "the session file has no format version")
    version = int(text)
    if version > SESSION_VERSION:
        raise SessionFileError(
            path,
            f"made by a newer DialogDesk (session format {version}, this version reads up to "
            f"{SESSION_VERSION}); update DialogDesk to open it",
        )
    if version < SESSION_VERSION:
        raise SessionFileError(path, f"session format {version} is too old to open with this DialogDesk")
    return version


def _decode(line: bytes, path: Path, number: int) -> dict[str, Any] | None:
    """The record in ``line``, or None if its length or checksum does not hold."""
    parts = line.split(b" ", 2)
    if len(parts) != 3 or not parts[0].isdigit() or len(parts[1]) != 8:
        return None
    length, checksum, body = parts
    try:
        if int(length) != len(body) or int(checksum, 16) != zlib.crc32(body):
            return None
        payload = json.loads(body.decode("ascii"))
    except ValueError:
        return None
    if not isinstance(payload, dict):
        raise SessionFileError(path, "not a record", number)
    return payload


def _records(path: Path, data: bytes) -> tuple[list[dict[str, Any]], int, DroppedRecord | None]:
    """The whole records of a format 2 log, where the last one ends, and a dropped torn one."""
    lines = data.split(b"\n")
    tail = lines.pop()  # b"" when the file ends with a whole line
    _version_of(path, lines[0] if lines else tail)
    records, size, dropped = [], len(lines[0]) + 1 if lines else 0, None
    for number, line in enumerate(lines[1:], start=1):
        payload = _decode(line, path, number)
        if payload is None:
            if number == len(lines) - 1 and not tail:
                dropped = DroppedRecord(path, number)
                break
            raise SessionFileError(path, "the record is damaged (its checksum does not match)", number)
        records.append(payload)
        size += len(line) + 1
    if tail and lines:
        dropped = DroppedRecord(path, len(lines))
    if not records:
        raise SessionFileError(path, "the session file has no header")
    return records, size, dropped


def read_session_file(path: Path) -> SessionRecord:
    """The session in ``path``, every record checked; raises SessionFileError naming what is wrong."""
    data = _read_bytes(path)
    if path.suffix == LEGACY_SUFFIX:
        return _read_legacy(path, data)
    records, size, dropped = _records(path, data)
    from dialogdesk.session.schema import check_event, check_header

    head = records[0]
    if set(head) != {"header", "summary"}:
        raise SessionFileError(path, "the first record is not a header", 1)
    header = check_header(head["header"], path, 1)
    summary = summary_from_dict(head["summary"], path, 1)
    events = []
    for number, payload in enumerate(records[1:], start=2):
        if "event" not in payload or not set(payload) <= {"event", "summary"}:
            raise SessionFileError(path, "not an event", number)
        events.append(check_event(payload["event"], len(events) + 1, path, number))
        if "summary" in payload:
            summary = summary_from_dict(payload["summary"], path, number)
    if summary.events != len(events):
        counts = f"the summary counts {summary.events} events, the log holds {len(events)}"
        raise SessionFileError(path, counts)
    return SessionRecord(path, header, events, summary, SESSION_VERSION, size, dropped)


def _read_legacy(path: Path, data: bytes) -> SessionRecord:
    """A format 1 file: one JSON document with the header, the events and the summary."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as error:
        raise SessionFileError(path, f"not a readable session file ({error})") from None
    if not isinstance(document, dict) or document.get("format") != SESSION_FORMAT:
        raise SessionFileError(path, "not a DialogDesk session file")
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise SessionFileError(path, "the session file has no format version")
    if version > SESSION_VERSION:
        _version_of(path, _magic_line(version))  # the same refusal as a format 2 log's
    while version < 1:
        migrate = MIGRATIONS.get(version)
        if migrate is None:
            raise SessionFileError(path, f"session format {version} is too old to open with this DialogDesk")
        document = migrate(document)
        version = document["version"]
    if version != 1:
        raise SessionFileError(path, "not a DialogDesk session file")
    events = document.pop("events", None)
    summary = document.pop("summary", {})
    if not isinstance(events, list) or not isinstance(summary, dict):
        raise SessionFileError(path, "the session file has no event log")
    from dialogdesk.session.schema import check_event, check_header

    header = check_header({k: v for k, v in document.items() if k not in ("format", "version")}, path)
    checked = [check_event(event, number, path, number + 1) for number, event in enumerate(events, 1)]
    summary = summary_from_dict(_upgraded_summary(summary, header, checked, path), path)
    return SessionRecord(path, header, checked, summary, 1, len(data))


def _upgraded_summary(
    summary: dict[str, Any], header: dict[str, Any], events: list[dict[str, Any]], path: Path
) -> dict[str, Any]:
    """A format 1 summary with what format 2 adds, taken from the header and the log."""
    started = next(
        (e["wall_ns"] for e in events if e["intent"]["type"] in ("StartSession", "NextStep", "JumpToStep")),
        None,
    )
    agreed = None
    for event in events:
        if event["intent"]["type"] == "RecordAgreement":
            agreed = dict(map(tuple, event["intent"]["values"])).get("proposal", agreed)
    return {
        "session_id": header["id"],
        "created_wall_ns": header["created_wall_ns"],
        "started_wall_ns": started,
        "agreed_proposal": (agreed or "").strip() or None,
        **summary,
    }


def read_summary(path: Path) -> ListedSession:
    """The summary of the session in ``path`` from its first line and its last record only."""
    if path.suffix == LEGACY_SUFFIX:
        record = read_session_file(path)
        return ListedSession(path, record.summary)
    try:
        with path.open("rb") as file:
            first = file.readline(64)
            _version_of(path, first if first.endswith(b"\n") else b"")
            end = file.seek(0, os.SEEK_END)
            return _summary_from_tail(path, file, end, len(first))
    except OSError as error:
        raise SessionFileError(path, f"cannot read: {describe_os_error(error)}") from None


def _summary_from_tail(path: Path, file: Any, end: int, start: int) -> ListedSession:
    chunk = _TAIL_CHUNK
    while True:
        offset = max(start, end - chunk)
        file.seek(offset)
        lines = file.read(end - offset).split(b"\n")
        tail = lines.pop()
        whole = lines if offset == start else lines[1:]  # the first may be the end of a longer one
        found = _last_summary(path, whole, tail)
        if found is not None or offset == start:
            if found is None:
                raise SessionFileError(path, "the session file has no summary")
            return found
        chunk *= 4


def _last_summary(path: Path, lines: list[bytes], tail: bytes) -> ListedSession | None:
    dropped = DroppedRecord(path, None) if tail else None
    for position, line in enumerate(reversed(lines)):
        payload = _decode(line, path, 0)
        if payload is None:
            if position == 0 and not tail:
                dropped = DroppedRecord(path, None)
                continue
            raise SessionFileError(path, "a record is damaged (its checksum does not match)")
        if "summary" in payload:
            return ListedSession(path, summary_from_dict(payload["summary"], path), dropped)
    return None


def _session_files(folder: Path) -> Iterator[Path]:
    names = sorted(name for name in os.listdir(folder) if name.endswith((LOG_SUFFIX, LEGACY_SUFFIX)))
    logs = {name.removesuffix(LOG_SUFFIX) for name in names if name.endswith(LOG_SUFFIX)}
    for name in names:
        if name.endswith(LOG_SUFFIX) or name.removesuffix(LEGACY_SUFFIX) not in logs:
            yield folder / name


def list_sessions(folder: Path) -> tuple[list[ListedSession], list[str]]:
    """All session files in ``folder`` (newest first), and a message for each unreadable one."""
    listed, problems = [], []
    if not folder.is_dir():
        return [], []
    remove_stale_temporaries(folder)
    for path in _session_files(folder):
        try:
            listed.append(read_summary(path))
        except SessionFileError as error:
            problems.append(str(error))
    listed.sort(key=lambda entry: entry.summary.updated_wall_ns, reverse=True)
    return listed, problems


def check_log(path: Path) -> None:
    """Check every record's length and checksum (not the types: no pydantic); SessionFileError if bad."""
    data = _read_bytes(path)
    if path.suffix != LEGACY_SUFFIX:
        _records(path, data)
