"""The settings of this machine: language, projector, timer warnings, what the room may change.

One typed schema with defaults and a version, in ``settings.json`` in the data folder. A
settings file must never stop a meeting from starting, so reading it never raises: a broken
file or a broken value costs only that value (it falls back to its default) and comes back as a
message naming the file and the setting. Saving is atomic (``write_atomically``) and reports a
refused disk as a message instead of an exception. No Qt here: the core may read settings too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dialogdesk.datadir import default_data_dir
from dialogdesk.session.store import describe_os_error, write_atomically

SETTINGS_FILE = "settings.json"
SETTINGS_VERSION = 1

# Migrations from older versions: version -> function returning the data in version + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


class ScreenIdentity(BaseModel):
    """A monitor or projector as the operating system names it, to find it again next time.

    Coordinates are not part of it: they change whenever the screens are rearranged, while the
    name (the connector), the manufacturer, the model and the serial number stay.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str
    manufacturer: str = ""
    model: str = ""
    serial: str = ""

    def describe(self) -> str:
        """A short label for the facilitator, e.g. ``EPSON EB-W49 (HDMI-1)``."""
        device = " ".join(part for part in (self.manufacturer, self.model) if part)
        if device and self.name:
            return f"{device} ({self.name})"
        return device or self.name or "unnamed screen"


class MachineSettings(BaseModel):
    """Everything DialogDesk remembers about this machine between meetings."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int = SETTINGS_VERSION
    language: Literal["da", "en"] = "da"
    audience_screen: ScreenIdentity | None = None
    chime: bool = True
    warning_seconds: int | None = Field(default=60, ge=1)
    warning_fraction: float | None = Field(default=None, gt=0, lt=1)
    start_fullscreen: bool = False
    media_folder: str | None = None
    shown_materials: list[str] | None = None  # material ids; None shows every material
    allow_editing: bool = True

    def updated(self, **changes: Any) -> MachineSettings:
        """A copy with ``changes`` applied and checked (``model_copy`` would not check them)."""
        return MachineSettings.model_validate({**self.model_dump(), **changes})


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
    if not isinstance(version, int) or isinstance(version, bool):
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

    # Strict: in a file, "yes" is not a boolean and true is not a number of seconds.
    try:
        return MachineSettings.model_validate(data, strict=True), None
    except ValidationError as error:
        problems, broken = _describe_problems(error)
    kept = {key: value for key, value in data.items() if key not in broken}
    try:
        settings = MachineSettings.model_validate(kept, strict=True)
    except ValidationError:  # settings are checked one by one, so this should not happen
        return defaults, f"{path}: invalid settings ({'; '.join(problems)}); using the defaults"
    return settings, f"{path}: ignored invalid settings, using the default for each: {'; '.join(problems)}"


def save_settings(settings: MachineSettings, path: Path) -> str | None:
    """Write ``settings`` to ``path`` atomically; a message if the disk refuses, else None."""
    text = json.dumps(settings.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    try:
        write_atomically(path, text.encode("utf-8"))
    except OSError as error:
        reason = describe_os_error(error)
        if str(path) in reason:  # write_atomically names the file it was writing
            return f"the settings were not saved: {reason}"
        return f"{path}: the settings were not saved: {reason}"
    return None


def _describe_problems(error: ValidationError) -> tuple[list[str], set[str]]:
    # One line per broken setting, named as in the file; nested errors (audience_screen.name)
    # cost the whole top-level setting.
    problems: list[str] = []
    broken: set[str] = set()
    for detail in error.errors():
        location = detail["loc"]
        field = str(location[0]) if location else "settings"
        broken.add(field)
        where = ".".join(str(part) for part in location) or "settings"
        if detail["type"] == "extra_forbidden":
            problems.append(f"{where}: not a DialogDesk setting")
        else:
            problems.append(f"{where}: {detail['msg']} (found {_short_repr(detail.get('input'))})")
    return problems, broken


def _short_repr(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, default=str)
    return text if len(text) <= 40 else text[:37] + "..."
