"""The settings of this machine: language, projector, timer warnings, what the room may change.

One typed schema with defaults and a version, in ``settings.json`` in the data folder. A
settings file must never stop a meeting from starting, so reading it never raises: a broken
file or a broken value costs only that value (it falls back to its default) and comes back as a
message naming the file and the setting. Saving is atomic (``write_atomically``) and reports a
refused disk as a message instead of an exception. No Qt here: the core may read settings too.

Plain frozen dataclasses checked by hand rather than pydantic models: settings are read before
the library window opens, and this module keeps pydantic's import (about a third of the
start-up) out of that path. Values in a file are checked strictly: ``"yes"`` is not a boolean
and ``true`` is not a number of seconds.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from dialogdesk.datadir import default_data_dir
from dialogdesk.session.store import describe_os_error, write_atomically

SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1
LANGUAGES = ("da", "en")

# Migrations from older versions: version -> function returning the data in version + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class SettingsError(ValueError):
    """Settings values that are not valid: one line per problem, named as in the file."""

    def __init__(self, problems: list[str], broken: set[str]) -> None:
        self.problems = problems
        self.broken = broken  # the top-level settings that have a problem
        super().__init__("; ".join(problems))


@dataclass(frozen=True)
class ScreenIdentity:
    """A monitor or projector as the operating system names it, to find it again next time.

    Coordinates are not part of it: they change whenever the screens are rearranged, while the
    name (the connector), the manufacturer, the model and the serial number stay.
    """

    name: str
    manufacturer: str = ""
    model: str = ""
    serial: str = ""

    def __post_init__(self) -> None:
        problems = [
            f"{part.name}: {_TEXT} (found {_short_repr(getattr(self, part.name))})"
            for part in fields(self)
            if not isinstance(getattr(self, part.name), str)
        ]
        if problems:
            raise SettingsError(problems, {"audience_screen"})

    def describe(self) -> str:
        """A short label for the facilitator, e.g. ``EPSON EB-W49 (HDMI-1)``."""
        device = " ".join(part for part in (self.manufacturer, self.model) if part)
        if device and self.name:
            return f"{device} ({self.name})"
        return device or self.name or "unnamed screen"

    def to_json(self) -> dict[str, str]:
        return {part.name: getattr(self, part.name) for part in fields(self)}

    @classmethod
    def from_json(cls, value: object) -> ScreenIdentity:
        """The identity in a settings file; SettingsError names what is wrong."""
        if not isinstance(value, dict):
            raise SettingsError(_check_screen("audience_screen", value), {"audience_screen"})
        known = {part.name for part in fields(cls)}
        problems = [
            f"audience_screen.{key}: not part of a screen's identity" for key in value if key not in known
        ]
        if "name" not in value:
            problems.append("audience_screen.name: missing")
        if not problems:
            try:
                return cls(**value)
            except SettingsError as error:  # __post_init__ checks the values, named as in the file
                problems = [f"audience_screen.{problem}" for problem in error.problems]
        raise SettingsError(problems, {"audience_screen"})


@dataclass(frozen=True)
class MachineSettings:
    """Everything DialogDesk remembers about this machine between meetings."""

    version: int = SETTINGS_VERSION
    language: str = "da"
    audience_screen: ScreenIdentity | None = None
    chime: bool = True
    running_order_on_projector: bool = False  # the steps along the bottom of the room's screen
    warning_seconds: int | None = 60
    warning_fraction: float | None = None
    start_fullscreen: bool = False
    media_folder: str | None = None
    shown_materials: list[str] | None = None  # material ids; None shows every material
    material_folders: list[str] | None = None  # folders or files of materials; None: the bundled ones
    allow_editing: bool = True  # False: no attaching media files, no other media folder
    # The settings a file named, so that a room's file overrides only what it sets.
    given: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def __post_init__(self) -> None:
        problems: list[str] = []
        for name, check in _CHECKS.items():
            problems += check(name, getattr(self, name))
        if problems:
            raise SettingsError(problems, {problem.split(":")[0].split(".")[0] for problem in problems})

    def updated(self, **changes: Any) -> MachineSettings:
        """A copy with ``changes`` applied; SettingsError if one is not valid."""
        return replace(self, **changes)

    def overridden_by(self, other: MachineSettings) -> MachineSettings:
        """These settings with every setting ``other`` was given taking precedence."""
        return self.updated(**{name: getattr(other, name) for name in other.given})

    def to_json(self) -> dict[str, Any]:
        data = {name: getattr(self, name) for name in _CHECKS}
        if self.audience_screen is not None:
            data["audience_screen"] = self.audience_screen.to_json()
        return data

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> tuple[MachineSettings, SettingsError | None]:
        """The settings in ``data`` and what had to be ignored: each broken setting keeps its default."""
        problems: list[str] = []
        broken: set[str] = set()
        values: dict[str, Any] = {}
        for name, value in data.items():
            if name not in _CHECKS:
                problems.append(f"{name}: not a DialogDesk setting")
                broken.add(name)
                continue
            try:
                if name == "audience_screen" and value is not None:
                    value = ScreenIdentity.from_json(value)
                field_problems = _CHECKS[name](name, value)
            except SettingsError as error:
                field_problems = error.problems
            if field_problems:
                problems += field_problems
                broken.add(name)
            else:
                values[name] = value
        settings = cls(**values, given=frozenset(values))
        return settings, SettingsError(problems, broken) if problems else None


# --- checking values -------------------------------------------------------------------------
_TEXT = "must be text"


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _check_version(name: str, value: object) -> list[str]:
    return [] if _is_int(value) else [f"{name}: must be a whole number (found {_short_repr(value)})"]


def _check_language(name: str, value: object) -> list[str]:
    if value in LANGUAGES:
        return []
    return [f'{name}: must be "da" or "en" (found {_short_repr(value)})']


def _check_screen(name: str, value: object) -> list[str]:
    if value is None or isinstance(value, ScreenIdentity):
        return []
    return [f'{name}: must be an object with a "name", or null (found {_short_repr(value)})']


def _check_boolean(name: str, value: object) -> list[str]:
    return [] if isinstance(value, bool) else [f"{name}: must be true or false (found {_short_repr(value)})"]


def _check_warning_seconds(name: str, value: object) -> list[str]:
    if value is None or (_is_int(value) and value >= 1):  # type: ignore[operator]
        return []
    return [f"{name}: must be a whole number of seconds, at least 1, or null (found {_short_repr(value)})"]


def _check_warning_fraction(name: str, value: object) -> list[str]:
    if value is None or (_is_number(value) and 0 < value < 1):  # type: ignore[operator]
        return []
    return [f"{name}: must be a number between 0 and 1, or null (found {_short_repr(value)})"]


_FOLDER = "must be a whole folder path, like /srv/dialog or D:\\Dialog"


def _is_folder_path(value: object) -> bool:
    # Whole paths only: a relative one would depend on where the program was started from.
    return isinstance(value, str) and bool(value.strip()) and _is_whole_path(value)


def _is_whole_path(text: str) -> bool:
    """Absolute by the rules of the system running now: ``D:\\materialer`` and ``\\\\server\\share``
    on Windows (not ``D:materialer`` or ``\\materialer``, which depend on the current drive or folder)."""
    flavour = PureWindowsPath if sys.platform == "win32" else PurePosixPath
    return flavour(text).is_absolute()


def _check_optional_folder(name: str, value: object) -> list[str]:
    if value is None or _is_folder_path(value):
        return []
    return [f"{name}: {_FOLDER}, or null (found {_short_repr(value)})"]


def _list_of(
    what: str, item_ok: Callable[[object], bool], item_rule: str
) -> Callable[[str, object], list[str]]:
    """A check for a list (or null) of items ``item_ok`` accepts; the messages name ``what``."""

    def check(name: str, value: object) -> list[str]:
        if value is None:
            return []
        if not isinstance(value, list):
            return [f"{name}: must be a list of {what}, or null (found {_short_repr(value)})"]
        return [
            f"{name}.{index}: {item_rule} (found {_short_repr(item)})"
            for index, item in enumerate(value)
            if not item_ok(item)
        ]

    return check


_CHECKS: dict[str, Callable[[str, object], list[str]]] = {
    "version": _check_version,
    "language": _check_language,
    "audience_screen": _check_screen,
    "chime": _check_boolean,
    "running_order_on_projector": _check_boolean,
    "warning_seconds": _check_warning_seconds,
    "warning_fraction": _check_warning_fraction,
    "start_fullscreen": _check_boolean,
    "media_folder": _check_optional_folder,
    "shown_materials": _list_of("material ids", lambda item: isinstance(item, str), _TEXT),
    "material_folders": _list_of("folders", _is_folder_path, _FOLDER),
    "allow_editing": _check_boolean,
}


# --- the file ----------------------------------------------------------------------------------
def settings_path(data_dir: Path | None = None) -> Path:
    """Where the settings live: ``settings.json`` in the data folder."""
    return (data_dir if data_dir is not None else default_data_dir()) / SETTINGS_FILE


def load_settings(path: Path) -> tuple[MachineSettings, str | None]:
    """The settings in ``path`` and a message about anything that had to be ignored; never raises.

    A missing file is the normal first start (defaults, no message). An unreadable file, a file
    that is not JSON or one written by a newer DialogDesk gives the defaults; an invalid or
    unknown setting gives the default for that setting only.
    """
    defaults = MachineSettings()
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return defaults, None
    except OSError as error:
        return defaults, f"{path}: cannot read the settings ({describe_os_error(error)}); using the defaults"
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return defaults, f"{path}: the settings file is not UTF-8 text; using the defaults"
    except json.JSONDecodeError as error:
        return (
            defaults,
            f"{path}: the settings file is not valid JSON (line {error.lineno}, column {error.colno}: "
            f"{error.msg}); using the defaults",
        )
    if not isinstance(data, dict):
        return defaults, f"{path}: the settings file does not hold a JSON object; using the defaults"

    version = data.get("version", SETTINGS_VERSION)
    if not _is_int(version):
        return defaults, f"{path}: version: {version!r} is not a settings version; using the defaults"
    if version > SETTINGS_VERSION:
        return (
            defaults,
            f"{path}: made by a newer DialogDesk (settings version {version}, this version reads up to "
            f"{SETTINGS_VERSION}); using the defaults",
        )
    while version < SETTINGS_VERSION:
        migrate = MIGRATIONS.get(version)
        if migrate is None:
            return defaults, f"{path}: settings version {version} is too old to read; using the defaults"
        try:
            data = migrate(data)
        except Exception as error:  # a bug in a migration must not stop the meeting either
            return (
                defaults,
                f"{path}: cannot upgrade settings version {version} ({error!r}); using the defaults",
            )
        version += 1  # each migration returns the data of the next version

    settings, problems = MachineSettings.from_json(data)
    if problems is None:
        return settings, None
    return settings, f"{path}: ignored invalid settings, using the default for each: {problems}"


def save_settings(settings: MachineSettings, path: Path) -> str | None:
    """Write ``settings`` to ``path`` atomically; a message if the disk refuses, else None."""
    text = json.dumps(settings.to_json(), ensure_ascii=False, indent=2) + "\n"
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as error:
        reason = describe_os_error(error)
        if str(path) in reason:  # write_atomically names the file it was writing
            return f"the settings were not saved: {reason}"
        return f"{path}: the settings were not saved: {reason}"
    return None


def _short_repr(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."
