"""Simulated screens that are plugged in and out for real, on Qt's offscreen platform.

Qt's offscreen platform can change its screens while the application runs: its native
interface hands out ``QOffscreenPlatformNativeInterface::setConfiguration`` under the resource
name "setConfiguration". That function diffs the screens by name and calls
``QWindowSystemInterface::handleScreenAdded/handleScreenRemoved/handleScreenGeometryChange``,
the same calls a real platform plugin makes when a cable is plugged in or pulled out, so
``QGuiApplication`` emits its real ``screenAdded``/``screenRemoved``/``primaryScreenChanged``
signals. PySide6 does not wrap ``QPlatformNativeInterface``, so ``OffscreenScreens`` reaches it
with ctypes (Linux, Itanium C++ ABI).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QByteArray, QJsonDocument, QLibraryInfo
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication

LAPTOP = {"name": "Laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR = {"name": "Projector", "x": 1366, "y": 0, "width": 1920, "height": 1080}
MONITOR = {"name": "Monitor", "x": 3286, "y": 0, "width": 1280, "height": 1024}
MIRRORED_PROJECTOR = {**PROJECTOR, "x": 0, "y": 0, "width": 1366, "height": 768}


# --- simulated screens ---------------------------------------------------------------------------

_VOID_P = ctypes.c_void_p
# Slots in the vtable of QPlatformNativeInterface: QObject's twelve virtual functions come first
# (metaObject, qt_metacast, qt_metacall, two destructors, event, eventFilter, timerEvent,
# childEvent, customEvent, connectNotify, disconnectNotify), then nativeResourceForIntegration.
_QOBJECT_EVENT_SLOT = 5
_NATIVE_RESOURCE_FOR_INTEGRATION_SLOT = 12


class OffscreenScreens:
    """Plugs simulated screens into and out of this process's running QApplication."""

    def __init__(self, app: QGuiApplication) -> None:
        if app.platformName() != "offscreen":
            raise AssertionError(
                f"these tests simulate screens on Qt's offscreen platform, not {app.platformName()!r}; "
                "run them with QT_QPA_PLATFORM=offscreen (tests/conftest.py sets it by default)"
            )
        libraries = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.LibrariesPath))
        core = ctypes.CDLL(str(libraries / "libQt6Core.so.6"))
        gui = ctypes.CDLL(str(libraries / "libQt6Gui.so.6"))

        native_interface = gui._ZN15QGuiApplication23platformNativeInterfaceEv
        native_interface.restype = _VOID_P
        self._interface = native_interface()
        vtable = (_VOID_P * 16).from_address(_VOID_P.from_address(self._interface).value)
        # Check the layout before calling through it: an untouched QObject slot must be QObject's.
        if vtable[_QOBJECT_EVENT_SLOT] != ctypes.cast(core._ZN7QObject5eventEP6QEvent, _VOID_P).value:
            raise AssertionError("QPlatformNativeInterface's vtable is not laid out as expected")
        resource_for_integration = ctypes.CFUNCTYPE(_VOID_P, _VOID_P, _VOID_P)(
            vtable[_NATIVE_RESOURCE_FOR_INTEGRATION_SLOT]
        )

        def resource(name: bytes) -> int:
            key = QByteArray(name)  # kept alive for the call
            address = resource_for_integration(self._interface, shiboken6.getCppPointer(key)[0])
            if not address:
                raise AssertionError(f"the offscreen platform offers no {name.decode()!r}")
            return address

        # static void setConfiguration(const QJsonObject &, QOffscreenPlatformNativeInterface *)
        self._set_configuration = ctypes.CFUNCTYPE(None, _VOID_P, _VOID_P)(resource(b"setConfiguration"))
        # static QJsonObject configuration(QOffscreenPlatformNativeInterface *): returned through
        # a hidden first argument, as every class with a destructor is.
        self._configuration = ctypes.CFUNCTYPE(_VOID_P, _VOID_P, _VOID_P)(resource(b"configuration"))
        # PySide turns QJsonObject into a dict, so the C++ objects are made through QJsonDocument.
        self._document_object = core._ZNK13QJsonDocument6objectEv
        self._document_object.argtypes = [_VOID_P, _VOID_P]
        self._document_object.restype = _VOID_P
        self._document_set_object = core._ZN13QJsonDocument9setObjectERK11QJsonObject
        self._document_set_object.argtypes = [_VOID_P, _VOID_P]
        self._document_set_object.restype = None
        self._destroy_object = core._ZN11QJsonObjectD1Ev
        self._destroy_object.argtypes = [_VOID_P]
        self._destroy_object.restype = None
        self.original = self.configuration()

    def configuration(self) -> dict[str, Any]:
        """The offscreen platform's current configuration."""
        document = QJsonDocument()
        with self._json_object() as json_object:
            self._configuration(json_object, self._interface)
            self._document_set_object(shiboken6.getCppPointer(document)[0], json_object)
        return json.loads(bytes(document.toJson().data()))

    def set(self, *screens: dict[str, Any]) -> None:
        """Make ``screens`` the screens, the first one primary, as if cables were (un)plugged."""
        self._apply_without_gap(
            {"synchronousWindowSystemEvents": True, "windowFrameMargins": False, "screens": list(screens)}
        )

    def restore(self) -> None:
        self._apply_without_gap(self.original)

    def screen(self, name: str) -> QScreen:
        return next(screen for screen in QGuiApplication.screens() if screen.name() == name)

    def _apply_without_gap(self, target: dict[str, Any]) -> None:
        # Add the new screens before taking the old ones away, so there is never a moment without
        # a screen. One at a time: the platform adds a batch in alphabetical order, and the order
        # decides which screen is primary once the old ones are gone.
        staged = {screen["name"]: screen for screen in self.configuration()["screens"]}
        for screen in target["screens"]:
            staged[screen["name"]] = screen
            self._apply({**target, "screens": list(staged.values())})
        self._apply(target)
        wanted = [screen["name"] for screen in target["screens"]]
        if [screen.name() for screen in QGuiApplication.screens()] != wanted:
            # Screens that were there before keep their place; rebuild the order behind the first.
            for count in range(1, len(wanted) + 1):
                self._apply({**target, "screens": target["screens"][:count]})

    def _apply(self, configuration: dict[str, Any]) -> None:
        document = QJsonDocument.fromJson(QByteArray(json.dumps(configuration).encode()))
        with self._json_object() as json_object:
            self._document_object(json_object, shiboken6.getCppPointer(document)[0])
            self._set_configuration(json_object, self._interface)

    @contextlib.contextmanager
    def _json_object(self) -> Iterator[int]:
        # Room for one QJsonObject (a single pointer), constructed by the callee, destroyed here.
        storage = (_VOID_P * 2)()
        address = ctypes.addressof(storage)
        try:
            yield address
        finally:
            self._destroy_object(address)


@pytest.fixture
def screens(qapp: QApplication) -> Iterator[OffscreenScreens]:
    offscreen = OffscreenScreens(qapp)
    yield offscreen
    offscreen.restore()
