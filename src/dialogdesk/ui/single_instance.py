"""One DialogDesk per data folder: the first start holds it, a second brings the first to the front.

The first start takes ``<data>/dialogdesk.lock`` (a QLockFile: the process id, host and boot in
it let a lock left by a killed process or a power cut be taken over at once) and listens on a
local socket named after the user and the data folder (no network). A later start that cannot
take the lock asks the first, over that socket, to come to the front and exits. If the first
does not answer in time it is hung: the later start may show the library and the history, but
never writes a session (``DialogDesk.read_only``).
"""

from __future__ import annotations

import enum
import getpass
import hashlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QLockFile, QObject, QThread, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:
    from dialogdesk.ui.flow import DialogDesk

LOCK_FILE = "dialogdesk.lock"
# How long a second start waits for the first to answer. It covers the first's own start-up
# (it answers from its event loop, once its library is shown), on a slow meeting-room PC too.
ANSWER_TIMEOUT_MS = 5000
# A lock whose holder Qt cannot check (another PC on a shared folder) counts as left behind
# after this long. A holder on this PC is checked by its process id, and while it lives it
# keeps the file locked at the OS level, so Qt never removes its lock, however old.
STALE_LOCK_MS = 5 * 60 * 1000
_REQUEST = b"come-to-front\n"
_ANSWER = b"brought-to-front\n"
_RETRY_MS = 50  # between tries while the first is still coming up


class Claim(enum.Enum):
    """What a start found on its data folder."""

    FIRST = "first"  # this start holds the folder and answers later starts
    OTHER_CAME_TO_FRONT = "other came to front"  # a running DialogDesk took over: exit
    OTHER_NOT_ANSWERING = "other not answering"  # it holds the folder but is hung: read-only
    NOT_LOCKABLE = "not lockable"  # the lock file cannot be made (a read-only folder): run as before


def server_name(data: Path) -> str:
    """The local socket's name: one per user and data folder (a named pipe on Windows)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        user = "user"
    folder = hashlib.sha256(str(data.resolve()).encode("utf-8")).hexdigest()[:16]
    return f"dialogdesk-{hashlib.sha256(user.encode('utf-8')).hexdigest()[:8]}-{folder}"


class SingleInstance(QObject):
    """The data folder's lock and, while this start holds it, the socket later starts ask."""

    frontRequested = Signal()  # a later start asked this one to come to the front

    def __init__(self, data: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.name = server_name(data)
        self.lock = QLockFile(str(data / LOCK_FILE))
        self.lock.setStaleLockTime(STALE_LOCK_MS)
        self.server: QLocalServer | None = None
        self.problem = ""  # why the folder could not be locked or the socket not opened

    def claim(self, answer_timeout_ms: int = ANSWER_TIMEOUT_MS) -> Claim:
        """Take the data folder, or ask the one that holds it to come to the front."""
        try:
            self.data.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.problem = str(error)
            return Claim.NOT_LOCKABLE
        deadline = QDeadlineTimer(answer_timeout_ms)
        while True:
            # Tried again each round: the first may have been closed meanwhile.
            if self.lock.tryLock(0):
                self._listen()
                return Claim.FIRST
            if self.lock.error() != QLockFile.LockError.LockFailedError:
                self.problem = _lock_problem(self.data / LOCK_FILE)
                return Claim.NOT_LOCKABLE
            _allow_the_first_to_the_front()
            answered = _ask_to_come_to_front(self.name, deadline)
            if answered is not None:
                return Claim.OTHER_CAME_TO_FRONT if answered else Claim.OTHER_NOT_ANSWERING
            if deadline.hasExpired():
                return Claim.OTHER_NOT_ANSWERING
            QThread.msleep(_RETRY_MS)  # the first holds the lock but does not listen yet

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()

    def _listen(self) -> None:
        # A socket left by a killed first start is ours now: this start holds the lock.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            self.problem = server.errorString()
            return
        server.newConnection.connect(self._accept)
        self.server = server

    def _accept(self) -> None:
        server = self.server
        while server is not None and (socket := server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._answer(s))
            socket.disconnected.connect(socket.deleteLater)
            self._answer(socket)

    def _answer(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == _REQUEST:
            # Answer first: the later start waits for it, and it exits as soon as it has it.
            socket.write(_ANSWER)
            socket.flush()
            self.frontRequested.emit()
        socket.disconnectFromServer()


def _allow_the_first_to_the_front() -> None:
    """Windows lets only the program the user just started take the foreground: pass it on."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.user32.AllowSetForegroundWindow(-1)  # ASFW_ANY; not verified on Windows yet


def _ask_to_come_to_front(name: str, deadline: QDeadlineTimer) -> bool | None:
    """True if the first answered, False if it took the request and said nothing until the
    deadline (hung), None if nobody listens (yet) or the line dropped."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(max(1, min(deadline.remainingTime(), 500))):
        return None
    socket.write(_REQUEST)
    socket.waitForBytesWritten(max(1, deadline.remainingTime()))
    while not socket.canReadLine():
        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return None  # it closed the line without an answer (it is quitting): ask again
        if deadline.hasExpired():
            socket.abort()
            return False
        socket.waitForReadyRead(max(1, deadline.remainingTime()))
    answer = bytes(socket.readLine().data())
    socket.abort()
    return answer == _ANSWER


def _lock_problem(path: Path) -> str:
    text = QCoreApplication.translate("SingleInstance", "%1 cannot be locked; running without a lock.")
    return text.replace("%1", str(path))


# --- what the facilitator is told -------------------------------------------------------------
def came_to_front_message(data: Path) -> str:
    """Printed by a second start, which then exits."""
    return QCoreApplication.translate(
        "SingleInstance",
        "DialogDesk is already running on this data folder (%1): its window was brought to the front.",
    ).replace("%1", str(data))


def not_answering_message(data: Path) -> str:
    return QCoreApplication.translate(
        "SingleInstance",
        "Another DialogDesk is running on this data folder (%1) and does not answer. This window "
        "is read-only: it shows the library and past sessions, but cannot start or continue a "
        "session. Close the other DialogDesk (or restart the computer) to hold a session.",
    ).replace("%1", str(data))


def read_only_refusal() -> str:
    return QCoreApplication.translate(
        "SingleInstance",
        "This DialogDesk is read-only: another DialogDesk on the same data folder holds its "
        "sessions and does not answer. Close it (or restart the computer) to hold a session.",
    )


def tell(parent: QWidget, text: str) -> QMessageBox:
    """A message over ``parent`` that does not block: the window behind it stays usable."""
    box = QMessageBox(QMessageBox.Icon.Warning, "DialogDesk", text, QMessageBox.StandardButton.Ok, parent)
    box.open()
    return box


def bring_to_front(desk: DialogDesk) -> QWidget:
    """The window the facilitator works in (the session, the preparation, or the library)."""
    if desk.running is not None:
        window: QWidget = desk.running.presenter
    elif desk.preparation is not None and desk.preparation.isVisible():
        window = desk.preparation
    else:
        window = desk.window
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
    return window
