"""Where this machine's settings come from: the user's file, and the room's file beside the program.

IT sets up a meeting room with ``dialogdesk-settings.json`` next to the installed program; what
it sets wins over the user's own settings. The two are kept apart so that what the user changes
is saved as theirs only. No Qt here: read before the first window opens.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from dialogdesk.platform.settings import MachineSettings, load_settings, settings_path

ROOM_SETTINGS_NAME = "dialogdesk-settings.json"


def room_settings_path() -> Path | None:
    """``dialogdesk-settings.json`` next to the installed program, where IT sets up a room."""
    candidate = Path(sys.executable).resolve().parent / ROOM_SETTINGS_NAME
    return candidate if candidate.is_file() else None


@dataclass(frozen=True)
class SettingsSources:
    """The user's settings and the room's, kept apart: what the user changes is saved as theirs
    only, so that a value IT takes out of the room's file is not left behind in the user's."""

    user: MachineSettings
    room: MachineSettings  # nothing given without a room file
    problem: str | None  # about either file

    @property
    def effective(self) -> MachineSettings:
        """The user's settings, with every value the room's settings file sets taking precedence."""
        return self.user.overridden_by(self.room)


def read_settings(data: Path, room: Path | None) -> SettingsSources:
    """The settings in the data folder ``data`` and in the room's file ``room`` (if there is one)."""
    user, problem = load_settings(settings_path(data))
    if room is None:
        return SettingsSources(user, MachineSettings(), problem)
    room_settings, room_problem = load_settings(room)
    return SettingsSources(user, room_settings, room_problem or problem)
