"""Keeping the screen and the computer awake while a session runs.

A projector that goes dark in the middle of a silent writing round, or a laptop that sleeps
during a long discussion, breaks the meeting. Each operating system has its own way to ask for
the screen to stay on; they all live in this module, behind one small class:

- Linux: the ``org.freedesktop.ScreenSaver`` D-Bus service (KDE Plasma, GNOME, Cinnamon),
  through QtDBus. The inhibition lasts as long as our bus connection, so a crash cannot leave
  it behind.
- Windows: ``SetThreadExecutionState`` through ctypes. It belongs to the calling thread, so
  ``inhibit`` and ``release`` must be called from the same (GUI) thread.
- Elsewhere: not supported; ``inhibit`` returns False.

Keeping awake is a convenience, never a reason to fail: every problem (no session bus, no
screen saver service, a refusing system call) makes ``inhibit`` return False, logged at debug.
"""

from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

log = logging.getLogger(__name__)

SCREENSAVER_SERVICE = "org.freedesktop.ScreenSaver"
SCREENSAVER_INTERFACE = "org.freedesktop.ScreenSaver"
# KDE and the freedesktop spec use the first path; some older services only the second.
SCREENSAVER_PATHS = ("/org/freedesktop/ScreenSaver", "/ScreenSaver")
DBUS_TIMEOUT_MS = 3000

ES_CONTINUOUS = 0x80000000
ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002

_connection_numbers = itertools.count(1)


class _Backend(Protocol):
    def inhibit(self, reason: str) -> bool: ...

    def release(self) -> None: ...


class SleepInhibitor:
    """Asks the system not to blank the screen or sleep until ``release`` (or until we exit).

    ``session_bus_address`` (Linux only) names the D-Bus bus to use instead of the user's
    session bus; tests pass a private bus.
    """

    def __init__(
        self, application_name: str = "DialogDesk", *, session_bus_address: str | None = None
    ) -> None:
        self._backend: _Backend
        if sys.platform == "win32":
            self._backend = _WindowsExecutionState()
        elif sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
            self._backend = _FreedesktopScreenSaver(application_name, session_bus_address)
        else:
            self._backend = _Unsupported()
        self._active = False

    @property
    def active(self) -> bool:
        """True between a successful ``inhibit`` and ``release``."""
        return self._active

    def inhibit(self, reason: str) -> bool:
        """Keep the screen on; True if the system agreed (already inhibiting counts as agreed)."""
        if self._active:
            return True
        try:
            self._active = self._backend.inhibit(reason)
        except Exception:  # a convenience must never take the session down
            log.debug("keeping the screen awake failed", exc_info=True)
            self._active = False
        return self._active

    def release(self) -> None:
        """Let the screen saver and sleep work normally again; harmless when not inhibiting."""
        if not self._active:
            return
        self._active = False
        try:
            self._backend.release()
        except Exception:
            log.debug("releasing the screen-awake request failed", exc_info=True)


class _Unsupported:
    def inhibit(self, reason: str) -> bool:
        log.debug("keeping the screen awake is not supported on %s", sys.platform)
        return False

    def release(self) -> None:
        pass


class _WindowsExecutionState:
    """``SetThreadExecutionState``: display and system required until ES_CONTINUOUS alone."""

    def __init__(self, set_state: Callable[[int], int] | None = None) -> None:
        self._set_state = set_state

    def _function(self) -> Callable[[int], int]:
        if self._set_state is None:
            import ctypes

            function = ctypes.windll.kernel32.SetThreadExecutionState  # type: ignore[attr-defined]
            function.argtypes = [ctypes.c_uint]
            function.restype = ctypes.c_uint
            self._set_state = function
        return self._set_state

    def inhibit(self, reason: str) -> bool:
        previous = self._function()(ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED)
        if previous == 0:  # the documented failure value
            log.debug("SetThreadExecutionState refused to keep the display on")
            return False
        return True

    def release(self) -> None:
        self._function()(ES_CONTINUOUS)


class _FreedesktopScreenSaver:
    """``Inhibit(application, reason) -> cookie`` and ``UnInhibit(cookie)`` over QtDBus."""

    def __init__(self, application_name: str, bus_address: str | None) -> None:
        self._application_name = application_name
        self._bus_address = bus_address
        self._connection_name: str | None = None
        self._interface: QDBusInterface | None = None  # the service that gave us the cookie
        self._cookie: int | None = None

    def inhibit(self, reason: str) -> bool:
        try:
            from PySide6.QtDBus import QDBus, QDBusInterface, QDBusMessage
        except ImportError:
            log.debug("QtDBus is not available; cannot keep the screen awake")
            return False
        bus = self._connect()
        if not bus.isConnected():
            log.debug("no D-Bus session bus: %s", bus.lastError().message())
            self._disconnect()
            return False
        for path in SCREENSAVER_PATHS:
            interface = QDBusInterface(SCREENSAVER_SERVICE, path, SCREENSAVER_INTERFACE, bus)
            if not interface.isValid():
                log.debug("no screen saver service at %s: %s", path, interface.lastError().message())
                continue
            interface.setTimeout(DBUS_TIMEOUT_MS)
            reply = interface.callWithArgumentList(
                QDBus.CallMode.Block, "Inhibit", [self._application_name, reason]
            )
            arguments = reply.arguments()
            if reply.type() == QDBusMessage.MessageType.ReplyMessage and arguments:
                self._interface = interface
                self._cookie = int(arguments[0])
                log.debug("screen kept awake by %s%s (cookie %d)", SCREENSAVER_SERVICE, path, self._cookie)
                return True
            log.debug("Inhibit at %s failed: %s", path, reply.errorMessage())
        self._disconnect()
        return False

    def release(self) -> None:
        from PySide6.QtCore import Q_ARG, QMetaObject, Qt

        interface, cookie = self._interface, self._cookie
        self._interface, self._cookie = None, None
        if interface is not None and cookie is not None:
            # Through the introspected interface, because the cookie must go out as a D-Bus
            # uint32 ("u"): a Python int in a QDBusMessage goes out as "i" (or "q" through
            # QDBusArgument), and the services reject UnInhibit with that signature.
            QMetaObject.invokeMethod(
                interface, "UnInhibit", Qt.ConnectionType.DirectConnection, Q_ARG("uint", cookie)
            )
            error = interface.lastError()
            if error.isValid():
                log.debug("UnInhibit failed: %s", error.message())
            del interface
        self._disconnect()

    def _connect(self) -> QDBusConnection:
        from PySide6.QtDBus import QDBusConnection

        if self._bus_address is None:
            return QDBusConnection.sessionBus()
        self._connection_name = f"dialogdesk-sleep-inhibitor-{next(_connection_numbers)}"
        return QDBusConnection.connectToBus(self._bus_address, self._connection_name)

    def _disconnect(self) -> None:
        if self._connection_name is not None:
            from PySide6.QtDBus import QDBusConnection

            QDBusConnection.disconnectFromBus(self._connection_name)
            self._connection_name = None
