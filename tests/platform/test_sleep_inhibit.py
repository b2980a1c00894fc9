"""Keeping the screen awake: against a real D-Bus daemon with a fake screen saver service.

A private ``dbus-daemon`` runs for this module (Debian package ``dbus-daemon``), and a child
process serves ``org.freedesktop.ScreenSaver`` the way KDE does: ``Inhibit(ss) -> u`` and
``UnInhibit(u)``, exported from a Python QObject with QtDBus. It is strict about signatures, as
the real services are, and writes every call it answers to a file.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from dialogdesk.platform import sleep_inhibit
from dialogdesk.platform.sleep_inhibit import (
    ES_CONTINUOUS,
    ES_DISPLAY_REQUIRED,
    ES_SYSTEM_REQUIRED,
    SleepInhibitor,
)
from tests.conftest import REPO

REASON = "A dialogue session is running"

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""

FAKE_SCREENSAVER = textwrap.dedent(
    """
    import sys

    from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
    from PySide6.QtDBus import QDBusConnection

    calls = open(sys.argv[1], "a", encoding="utf-8", buffering=1)


    @ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
    class ScreenSaver(QObject):
        cookie = 41

        @Slot(str, str, result="uint")
        def Inhibit(self, application, reason):
            ScreenSaver.cookie += 1
            calls.write(f"Inhibit\\t{application}\\t{reason}\\t{ScreenSaver.cookie}\\n")
            return ScreenSaver.cookie

        @Slot("uint")
        def UnInhibit(self, cookie):
            calls.write(f"UnInhibit\\t{cookie}\\n")


    app = QCoreApplication([])
    bus = QDBusConnection.sessionBus()
    service = ScreenSaver()
    for path in sys.argv[2:]:
        assert bus.registerObject(path, service, QDBusConnection.RegisterOption.ExportAllSlots), path
    assert bus.registerService("org.freedesktop.ScreenSaver"), bus.lastError().message()
    print("ready", flush=True)
    app.exec()
    """
)

INHIBIT_BY_DEFAULT = textwrap.dedent(
    """
    import json

    from PySide6.QtCore import QCoreApplication

    from dialogdesk.platform.sleep_inhibit import SleepInhibitor

    app = QCoreApplication([])
    inhibitor = SleepInhibitor()
    result = {"inhibit": inhibitor.inhibit("A dialogue session is running"), "active": inhibitor.active}
    inhibitor.release()
    result["active_after_release"] = inhibitor.active
    print(json.dumps(result))
    """
)


@pytest.fixture(scope="module")
def bus_address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A private session bus, so the tests never touch the desktop's real screen saver."""
    daemon = shutil.which("dbus-daemon")
    assert daemon is not None, "dbus-daemon is needed for these tests (Debian package dbus-daemon)"
    folder = tmp_path_factory.mktemp("bus")
    config = folder / "session.conf"
    config.write_text(BUS_CONFIG.format(folder=folder), encoding="utf-8")
    process = subprocess.Popen(
        [daemon, f"--config-file={config}", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        address = process.stdout.readline().strip()
        assert address.startswith("unix:"), f"dbus-daemon did not start (exit code {process.poll()})"
        yield address
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def start_screensaver(bus_address: str, tmp_path: Path) -> Iterator[Callable[..., Path]]:
    """Starts the fake service at the given object paths; returns the file its calls go to."""
    processes: list[subprocess.Popen[str]] = []

    def start(*paths: str) -> Path:
        calls = tmp_path / f"calls-{len(processes)}.txt"
        calls.touch()
        process = subprocess.Popen(
            [sys.executable, "-c", FAKE_SCREENSAVER, str(calls), *paths],
            env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": bus_address},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        processes.append(process)
        assert process.stdout is not None
        line = process.stdout.readline().strip()
        if line != "ready":
            process.kill()
            raise AssertionError(f"the fake screen saver did not start: {process.communicate()[1]}")
        return calls

    yield start
    for process in processes:
        process.terminate()
        process.communicate(timeout=10)


def read_calls(path: Path) -> list[list[str]]:
    return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="a dbus-daemon on a Unix socket")
def test_inhibit_then_release_asks_the_screensaver_and_gives_the_cookie_back(
    qapp: QApplication, bus_address: str, start_screensaver: Callable[..., Path]
) -> None:
    calls = start_screensaver("/org/freedesktop/ScreenSaver", "/ScreenSaver")
    inhibitor = SleepInhibitor(session_bus_address=bus_address)

    assert inhibitor.inhibit(REASON) is True
    assert inhibitor.active
    assert read_calls(calls) == [["Inhibit", "DialogDesk", REASON, "42"]]

    inhibitor.release()
    assert not inhibitor.active
    assert read_calls(calls) == [["Inhibit", "DialogDesk", REASON, "42"], ["UnInhibit", "42"]]


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="a dbus-daemon on a Unix socket")
def test_asking_twice_inhibits_once_and_releasing_twice_releases_once(
    qapp: QApplication, bus_address: str, start_screensaver: Callable[..., Path]
) -> None:
    calls = start_screensaver("/org/freedesktop/ScreenSaver")
    inhibitor = SleepInhibitor("DialogDesk test", session_bus_address=bus_address)

    assert inhibitor.inhibit(REASON)
    assert inhibitor.inhibit("again")
    inhibitor.release()
    inhibitor.release()
    # A second session inhibits anew and gets a new cookie.
    assert inhibitor.inhibit(REASON)
    inhibitor.release()

    assert read_calls(calls) == [
        ["Inhibit", "DialogDesk test", REASON, "42"],
        ["UnInhibit", "42"],
        ["Inhibit", "DialogDesk test", REASON, "43"],
        ["UnInhibit", "43"],
    ]


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="a dbus-daemon on a Unix socket")
def test_a_service_only_at_the_old_path_is_found(
    qapp: QApplication, bus_address: str, start_screensaver: Callable[..., Path]
) -> None:
    calls = start_screensaver("/ScreenSaver")
    inhibitor = SleepInhibitor(session_bus_address=bus_address)

    assert inhibitor.inhibit(REASON)
    inhibitor.release()

    assert read_calls(calls) == [["Inhibit", "DialogDesk", REASON, "42"], ["UnInhibit", "42"]]


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="a dbus-daemon on a Unix socket")
def test_without_a_screensaver_service_inhibit_returns_false(
    qapp: QApplication, bus_address: str, caplog: pytest.LogCaptureFixture
) -> None:
    inhibitor = SleepInhibitor(session_bus_address=bus_address)

    with caplog.at_level(logging.DEBUG, logger=sleep_inhibit.__name__):
        assert inhibitor.inhibit(REASON) is False

    assert not inhibitor.active
    inhibitor.release()  # harmless
    assert "no screen saver service" in caplog.text
    assert all(record.levelno == logging.DEBUG for record in caplog.records)


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="a dbus-daemon on a Unix socket")
def test_without_a_bus_inhibit_returns_false(
    qapp: QApplication, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    inhibitor = SleepInhibitor(session_bus_address=f"unix:path={tmp_path / 'no-bus-here'}")

    with caplog.at_level(logging.DEBUG, logger=sleep_inhibit.__name__):
        assert inhibitor.inhibit(REASON) is False

    assert not inhibitor.active
    assert "no D-Bus session bus" in caplog.text
    assert all(record.levelno == logging.DEBUG for record in caplog.records)


def run_with_session_bus(address: str) -> dict[str, bool]:
    result = subprocess.run(
        [sys.executable, "-c", INHIBIT_BY_DEFAULT],
        cwd=REPO,
        env={**os.environ, "DBUS_SESSION_BUS_ADDRESS": address},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return json.loads(result.stdout)


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="a dbus-daemon on a Unix socket")
def test_the_users_session_bus_is_used_by_default(
    bus_address: str, start_screensaver: Callable[..., Path]
) -> None:
    calls = start_screensaver("/org/freedesktop/ScreenSaver")

    result = run_with_session_bus(bus_address)

    assert result == {"inhibit": True, "active": True, "active_after_release": False}
    assert read_calls(calls) == [["Inhibit", "DialogDesk", REASON, "42"], ["UnInhibit", "42"]]


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="a dbus-daemon on a Unix socket")
def test_without_a_session_bus_by_default_inhibit_returns_false(tmp_path: Path) -> None:
    result = run_with_session_bus(f"unix:path={tmp_path / 'no-bus-here'}")

    assert result == {"inhibit": False, "active": False, "active_after_release": False}


# --- Windows and other systems, without their system calls ---------------------------------------


def test_windows_asks_for_display_and_system_and_releases_with_continuous_alone() -> None:
    states: list[int] = []

    def set_thread_execution_state(flags: int) -> int:
        states.append(flags)
        return ES_CONTINUOUS  # the previous state; 0 would mean failure

    backend = sleep_inhibit._WindowsExecutionState(set_thread_execution_state)

    assert backend.inhibit(REASON) is True
    backend.release()

    assert states == [ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED, ES_CONTINUOUS]
    assert states[0] == 0x80000003


def test_windows_refusing_returns_false() -> None:
    backend = sleep_inhibit._WindowsExecutionState(lambda flags: 0)

    assert backend.inhibit(REASON) is False


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_a_system_that_cannot_keep_awake_returns_false_without_raising(
    monkeypatch: pytest.MonkeyPatch, platform: str
) -> None:
    # On this Linux machine the Windows call does not exist and macOS is not supported.
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        inhibitor = SleepInhibitor()

    assert inhibitor.inhibit(REASON) is False
    assert not inhibitor.active
    inhibitor.release()
