"""Machine settings: defaults, round trip, and broken files that must never stop a meeting."""

from __future__ import annotations

import dataclasses
import errno
import json
import os
from pathlib import Path
from typing import Any

import pytest

from dialogdesk.platform import settings as settings_module
from dialogdesk.platform.settings import (
    SETTINGS_VERSION,
    MachineSettings,
    ScreenIdentity,
    SettingsError,
    load_settings,
    save_settings,
    settings_path,
)
from tests.no_qt import run_without_qt

PROJECTOR = ScreenIdentity(name="HDMI-1", manufacturer="EPSON", model="EB-W49", serial="X4KF123")


def write_json(path: Path, data: Any) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_settings_live_in_the_data_folder(data_dir: Path) -> None:
    assert settings_path(Path("/x/y")) == Path("/x/y/settings.json")
    assert settings_path() == data_dir / "settings.json"


def test_a_missing_file_is_a_first_start_with_defaults(tmp_path: Path) -> None:
    settings, message = load_settings(tmp_path / "nothing-here" / "settings.json")

    assert settings == MachineSettings()
    assert message is None
    assert settings.language == "da"
    assert settings.audience_screen is None
    assert settings.chime is True
    assert settings.warning_seconds == 60
    assert settings.warning_fraction is None
    assert settings.start_fullscreen is False
    assert settings.media_folder is None
    assert settings.shown_materials is None
    assert settings.allow_editing is True
    assert settings.version == SETTINGS_VERSION == 1


def test_saved_settings_read_back_the_same(data_dir: Path) -> None:
    path = settings_path(data_dir)
    chosen = MachineSettings(
        language="en",
        audience_screen=PROJECTOR,
        chime=False,
        warning_seconds=None,
        warning_fraction=0.2,
        start_fullscreen=True,
        media_folder="/media/usb/dialog æøå",
        shown_materials=["trivsel", "arbejdsmiljø"],
        material_folders=["/srv/dialogmaterialer", "/media/usb/materialer æøå"],
        allow_editing=False,
    )

    assert save_settings(chosen, path) is None
    settings, message = load_settings(path)

    assert message is None
    assert settings == chosen
    on_disk = json.loads(path.read_text(encoding="utf-8"))
    assert on_disk["version"] == 1
    assert on_disk["audience_screen"] == {
        "name": "HDMI-1",
        "manufacturer": "EPSON",
        "model": "EB-W49",
        "serial": "X4KF123",
    }
    assert "arbejdsmiljø" in path.read_text(encoding="utf-8")  # readable for an IT admin
    assert [p.name for p in data_dir.iterdir()] == ["settings.json"]  # no temporary file left


def test_settings_are_frozen_and_updated_copies_are_checked() -> None:
    settings = MachineSettings()

    with pytest.raises(dataclasses.FrozenInstanceError):
        settings.language = "en"  # type: ignore[misc]
    with pytest.raises(SettingsError, match='language: must be "da" or "en"'):
        settings.updated(language="fr")
    with pytest.raises(SettingsError, match="warning_seconds: must be a whole number of seconds"):
        settings.updated(warning_seconds=True)
    with pytest.raises(SettingsError, match="name: must be text"):
        ScreenIdentity(name=None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        MachineSettings(colour="red")  # type: ignore[call-arg]

    english = settings.updated(language="en", audience_screen=PROJECTOR)
    assert english.language == "en"
    assert english.audience_screen == PROJECTOR
    assert settings.language == "da"


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"{ this is not json", "not valid JSON (line 1, column 3"),
        (b"", "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b'["da", "en"]', "does not hold a JSON object"),
        (b'{"version": "one"}', "version: 'one' is not a settings version"),
    ],
    ids=["not-json", "empty", "not-utf8", "array", "version-not-a-number"],
)
def test_a_broken_file_gives_defaults_and_says_which_file(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)

    settings, message = load_settings(path)

    assert settings == MachineSettings()
    assert message is not None
    assert str(path) in message
    assert expected in message
    assert message.endswith("using the defaults")


def test_an_unreadable_file_gives_defaults_and_a_message(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.mkdir()  # reading a folder fails with an OSError on every platform

    settings, message = load_settings(path)

    assert settings == MachineSettings()
    assert message is not None
    assert str(path) in message
    assert "cannot read the settings" in message


def test_a_file_from_a_newer_dialogdesk_gives_defaults(tmp_path: Path) -> None:
    path = write_json(tmp_path / "settings.json", {"version": 2, "language": "en", "hologram": True})

    settings, message = load_settings(path)

    assert settings == MachineSettings()
    assert message is not None
    assert str(path) in message
    assert "newer DialogDesk (settings version 2" in message


def test_an_invalid_value_costs_only_that_setting(tmp_path: Path) -> None:
    path = write_json(
        tmp_path / "settings.json",
        {
            "version": 1,
            "language": "fr",
            "chime": False,
            "warning_seconds": 0,
            "start_fullscreen": True,
            "shown_materials": ["trivsel", 7],
        },
    )

    settings, message = load_settings(path)

    # The valid settings are kept ...
    assert settings.chime is False
    assert settings.start_fullscreen is True
    # ... the broken ones fall back to their defaults ...
    assert settings.language == "da"
    assert settings.warning_seconds == 60
    assert settings.shown_materials is None
    # ... and the message names the file and each broken setting with what was found.
    assert message is not None
    assert message.startswith(f"{path}: ignored invalid settings")
    assert 'language: must be "da" or "en" (found "fr")' in message
    assert "warning_seconds: must be a whole number of seconds, at least 1, or null (found 0)" in message
    assert "shown_materials.1: must be text (found 7)" in message
    assert "chime" not in message


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"chime": "yes"}, 'chime: must be true or false (found "yes")'),
        ({"warning_seconds": True}, "warning_seconds: must be a whole number of seconds"),
        ({"warning_fraction": 1.5}, "warning_fraction: must be a number between 0 and 1"),
        ({"media_folder": 12}, "media_folder: must be a whole folder path, like /srv/dialog"),
        ({"media_folder": "film"}, '(found "film")'),
        ({"material_folders": [""]}, "material_folders.0: must be a whole folder path"),
        (
            {"material_folders": "/srv/m"},
            'material_folders: must be a list of folders, or null (found "/srv/m',
        ),
        ({"audience_screen": {"manufacturer": "EPSON"}}, "audience_screen.name: missing"),
        ({"audience_screen": "HDMI-1"}, 'audience_screen: must be an object with a "name"'),
    ],
    ids=[
        "bool-as-text",
        "bool-as-number",
        "fraction-too-large",
        "folder-not-text",
        "folder-relative",
        "folders-empty-path",
        "folders-not-a-list",
        "screen-no-name",
        "screen-text",
    ],
)
def test_values_in_the_file_are_checked_strictly(tmp_path: Path, data: dict[str, Any], field: str) -> None:
    path = write_json(tmp_path / "settings.json", {"language": "en", **data})

    settings, message = load_settings(path)

    assert settings == MachineSettings(language="en")
    assert message is not None
    assert str(path) in message
    assert field in message


def test_an_unknown_setting_is_ignored_and_named(tmp_path: Path) -> None:
    path = write_json(tmp_path / "settings.json", {"language": "en", "colour": "red"})

    settings, message = load_settings(path)

    assert settings == MachineSettings(language="en")
    assert message is not None
    assert "colour: not a DialogDesk setting" in message


def test_an_old_version_is_migrated_or_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_json(tmp_path / "settings.json", {"version": 0, "lang": "en"})

    # Given no migration from version 0, the file is too old: defaults and a message.
    settings, message = load_settings(path)
    assert settings == MachineSettings()
    assert message is not None
    assert "settings version 0 is too old" in message

    # Given a migration, the old file is read through it.
    def rename_lang(data: dict[str, Any]) -> dict[str, Any]:
        data = dict(data)
        data["language"] = data.pop("lang")
        data["version"] = 1
        return data

    monkeypatch.setitem(settings_module.MIGRATIONS, 0, rename_lang)
    settings, message = load_settings(path)
    assert message is None
    assert settings == MachineSettings(language="en")

    # Given a broken migration, the defaults again, and no exception.
    monkeypatch.setitem(settings_module.MIGRATIONS, 0, lambda data: data["missing"])
    settings, message = load_settings(path)
    assert settings == MachineSettings()
    assert message is not None
    assert "cannot upgrade settings version 0 (KeyError('missing'))" in message


def test_saving_where_a_folder_cannot_exist_returns_a_message(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    path = blocker / "settings.json"

    message = save_settings(MachineSettings(language="en"), path)

    assert message is not None
    assert "the settings were not saved: " in message
    assert str(path) in message


def test_a_full_disk_keeps_the_old_settings_and_returns_a_message(data_dir: Path) -> None:
    path = settings_path(data_dir)
    assert save_settings(MachineSettings(language="en"), path) is None

    def disk_full(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(os, "write", disk_full)
        message = save_settings(MachineSettings(language="da", chime=False), path)

    assert message is not None
    assert "the settings were not saved: the disk is full" in message
    assert str(path) in message
    assert load_settings(path) == (MachineSettings(language="en"), None)
    assert [p.name for p in data_dir.iterdir()] == ["settings.json"]


@pytest.mark.parametrize(
    ("identity", "text"),
    [
        (PROJECTOR, "EPSON EB-W49 (HDMI-1)"),
        (ScreenIdentity(name="HDMI-1"), "HDMI-1"),
        (ScreenIdentity(name="", manufacturer="BenQ", model="MW560"), "BenQ MW560"),
        (ScreenIdentity(name=""), "unnamed screen"),
    ],
)
def test_a_screen_is_described_for_humans(identity: ScreenIdentity, text: str) -> None:
    assert identity.describe() == text


def test_settings_import_without_qt() -> None:
    result = run_without_qt(
        """
        from dialogdesk.platform.settings import MachineSettings, load_settings

        print(MachineSettings().language)
        """
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "da"
