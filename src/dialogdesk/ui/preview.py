"""``dialogdesk preview PATH``: the author's edit-and-see loop.

One material file in the real presenter and audience windows (side by side on one screen, on
their own screens when there are two), opened again each time the file is saved. While the
file does not load, the windows keep the last version that did and a small window lists what is
wrong, each problem as ``file:line:col: field: message``. The clicker keys step through it as in
a session; F8 (or the button) moves the clock a minute on, so timers can be seen running out.

Nothing is written: the session has no folder, so no file, and no setting is remembered.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QFileSystemWatcher,
    QObject,
    QRect,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QKeyEvent, QScreen
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from dialogdesk.materials.checks import material_warnings
from dialogdesk.materials.loader import LoadedMaterial, load_material
from dialogdesk.materials.problems import MaterialError, Problem
from dialogdesk.media.library import MediaLibrary
from dialogdesk.platform.screens import ScreenManager, place_windowed
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, Instant
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionPhase, SessionSetup, SessionState
from dialogdesk.ui.session_controller import SessionController
from dialogdesk.ui.session_screens import SessionScreens

DEBOUNCE_MS = 200  # an editor's save is several file events (write, rename, chmod): load once
FAST_FORWARD_SECONDS = 60
FAST_FORWARD_KEY = Qt.Key.Key_F8  # not one of the session's keys (ui/keys.py BINDINGS)
PANEL_SIZE = (520, 220)


class AdvancingClock(Protocol):
    """A session clock that can be moved on (``PreviewClock``, or a test's ``ManualClock``)."""

    def now(self) -> Instant: ...

    def advance(self, seconds: float = 0) -> None: ...


class PreviewClock:
    """The real clocks, plus the minutes the author skipped."""

    def __init__(self) -> None:
        self._skipped_ns = 0

    def now(self) -> Instant:
        return Instant(time.monotonic_ns() + self._skipped_ns, time.time_ns() + self._skipped_ns)

    def advance(self, seconds: float = 0) -> None:
        self._skipped_ns += round(seconds * NS_PER_SECOND)


@dataclass(frozen=True)
class Place:
    """Where the facilitator was, to come back to after a reload."""

    phase: SessionPhase
    step_index: int
    paused: bool

    @classmethod
    def of(cls, state: SessionState) -> Place:
        return cls(state.phase, state.current, state.paused)


def started_session(
    material_loaded: LoadedMaterial, setup: SessionSetup, clock: AdvancingClock, place: Place | None
) -> Session:
    """A session with no file, started, at ``place`` (the step clamped to the material's steps)."""
    session = Session(material_loaded.material, setup, clock=clock, folder=None)
    session.dispatch(i.StartSession())
    if place is None:
        return session
    last = len(material_loaded.material.steps) - 1
    index = min(place.step_index, last)
    if index > 0:
        session.dispatch(i.JumpToStep(index=index))
    if place.phase in (SessionPhase.WRAP_UP, SessionPhase.ENDED):
        if index < last:
            session.dispatch(i.JumpToStep(index=last))
        session.dispatch(i.NextStep())
    elif place.paused:
        session.dispatch(i.Pause())
    return session


class ProblemsWindow(QWidget):
    """A small window on top: which version is shown, what is wrong, and the fast-forward."""

    fastForwardRequested = Signal()
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(QCoreApplication.translate("MaterialPreview", "DialogDesk – preview"))
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)
        self.fast_forward_button = QPushButton(
            QCoreApplication.translate("MaterialPreview", "+1 min on the clock (F8)")
        )
        self.fast_forward_button.setToolTip(
            QCoreApplication.translate(
                "MaterialPreview",
                "The session's clock jumps a minute ahead, as if a minute had passed in the room.",
            )
        )
        self.fast_forward_button.clicked.connect(self.fastForwardRequested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.problem_list, 1)
        layout.addWidget(self.fast_forward_button)
        self.resize(*PANEL_SIZE)

    def render(self, status: str, problems: tuple[Problem, ...]) -> None:
        self.status_label.setText(status)
        self.problem_list.clear()
        self.problem_list.addItems([str(problem) for problem in problems])
        self.problem_list.setVisible(bool(problems))

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        self.closeRequested.emit()


class MaterialPreview(QObject):
    """Shows one material file as a session and opens it again whenever it is saved."""

    reloaded = Signal()  # a version of the file loaded and is on the screens
    problemsChanged = Signal()
    closed = Signal()

    def __init__(
        self,
        path: Path,
        screens: ScreenManager,
        *,
        clock: AdvancingClock | None = None,
        participants: int = 12,
        media: MediaLibrary | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``media``: where films and podcasts are found besides the material's folder (the user's
        attached copies and media folder: read, never written); default the data folder's."""
        super().__init__(parent)
        self.path = path
        self.media = media or MediaLibrary()
        self.screens = screens
        self.clock: AdvancingClock = clock or PreviewClock()
        self.participants = participants
        self.loaded: LoadedMaterial | None = None
        self.running: SessionScreens | None = None
        self.problems: tuple[Problem, ...] = ()
        self._errors = False
        self._shown_at = ""
        self._last_bytes: bytes | None = None
        self._closed = False
        self.panel = ProblemsWindow()
        self.panel.setWindowTitle(self.panel.windowTitle() + f" – {path.name}")
        self.panel.fastForwardRequested.connect(self.fast_forward)
        self.panel.closeRequested.connect(self.close)
        self._keys = _FastForwardKey(self)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self._keys)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.reload)
        # The folder too: a save by replace-rename takes the file's entry out of the watcher.
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_event)
        self.watcher.directoryChanged.connect(self._file_event)
        self._watch()
        # Queued: after SessionScreens has placed the room's view for the new screens.
        screens.audienceScreenChanged.connect(self._screens_changed, Qt.ConnectionType.QueuedConnection)

    # --- the file ------------------------------------------------------------------------------
    def show(self) -> None:
        self.reload()
        if self.running is None:
            self._place()

    def reload(self) -> None:
        """Load the file as it is now; show it, or list its problems and keep what is shown."""
        self._watch()
        try:
            data: bytes | None = self.path.read_bytes()
        except OSError:
            data = None  # the loader says why, at the file
        if data is not None and data == self._last_bytes:
            return  # another file in the folder changed, or the editor touched it unchanged
        self._last_bytes = data
        try:
            loaded = load_material(self.path, data)
        except MaterialError as error:
            self._set_problems(error.problems, errors=True)
            return
        self.loaded = loaded
        self._show_session(loaded)
        self._shown_at = QTime.currentTime().toString("HH:mm:ss")
        self._set_problems(tuple(material_warnings(loaded)), errors=False)
        self.reloaded.emit()

    def _watch(self) -> None:
        watched = set(self.watcher.files()) | set(self.watcher.directories())
        file = self.path.absolute()  # the watcher names what it watches absolutely
        for path in (file, file.parent):
            if str(path) not in watched and path.exists():
                self.watcher.addPath(str(path))

    def _file_event(self, path: str) -> None:
        self._debounce.start()

    # --- the session ----------------------------------------------------------------------------
    def _show_session(self, loaded: LoadedMaterial) -> None:
        old = self.running
        place = Place.of(old.controller.state) if old is not None else None
        kept = self._window_places(old)
        setup = SessionSetup(
            loaded.material.id, participants=self.participants, language=loaded.material.language
        )
        session = started_session(loaded, setup, self.clock, place)
        running = SessionScreens(SessionController(session), self.screens, media=(loaded, self.media))
        running.presenter.confirm_leaving()  # nothing is saved, so nothing to ask before leaving
        running.presenter.setWindowTitle(
            running.presenter.windowTitle() + QCoreApplication.translate("MaterialPreview", " – preview")
        )
        running.presenter.exportRequested.connect(
            lambda kind: running.presenter.statusBar().showMessage(
                QCoreApplication.translate("MaterialPreview", "The preview writes no report."), 6000
            )
        )
        running.closed.connect(self.close)
        self.running = running
        running.show()
        self._place(kept, panel_too=old is None)
        if old is not None:
            old.closed.disconnect(self.close)
            _dispose(old)

    def _window_places(self, running: SessionScreens | None) -> tuple[QRect, QRect] | None:
        """One screen: where the author put the two windows, to keep after a reload."""
        if running is None or self.screens.audience_screen() is not None or running.audience_over_presenter:
            return None
        return running.presenter.geometry(), running.audience.geometry()

    def fast_forward(self, seconds: float = FAST_FORWARD_SECONDS) -> None:
        """The clock on by ``seconds``, as if that time had passed in the room."""
        self.clock.advance(seconds)
        if self.running is None:
            return
        controller = self.running.controller
        # The jump is the author's, not a laptop that slept: the sleep detector must not undo it.
        controller.session.sleep_detector.reset()
        controller.ticked.emit(controller.timing())

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.screens.audienceScreenChanged.disconnect(self._screens_changed)
        self._debounce.stop()
        self.watcher.removePaths(self.watcher.files() + self.watcher.directories())
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._keys)
        running, self.running = self.running, None
        if running is not None:
            running.closed.disconnect(self.close)
            _dispose(running)
        self.panel.closeRequested.disconnect(self.close)
        self.panel.close()
        self.panel.deleteLater()
        self.closed.emit()

    # --- what is shown ---------------------------------------------------------------------------
    def _set_problems(self, problems: tuple[Problem, ...], *, errors: bool) -> None:
        self.problems = tuple(problems)
        self._errors = errors
        self.panel.render(self.status_text(), self.problems)
        self.problemsChanged.emit()

    @property
    def broken(self) -> bool:
        """The file as saved now does not load (``problems`` are its errors)."""
        return self._errors

    def status_text(self) -> str:
        name = self.path.name
        count = len(self.problems)
        if not self._errors:
            text = (
                QCoreApplication.translate("MaterialPreview", "%1: shown as saved at %2.")
                .replace("%1", name)
                .replace("%2", self._shown_at)
            )
            if count:
                text += " " + QCoreApplication.translate("MaterialPreview", "%n warning(s):", None, count)
            return text
        text = QCoreApplication.translate(
            "MaterialPreview", "%1 does not load: %n problem(s).", None, count
        ).replace("%1", name)
        if self.loaded is None:
            return (
                text
                + " "
                + QCoreApplication.translate(
                    "MaterialPreview", "Nothing to show until it loads; save it again when it is fixed."
                )
            )
        return (
            text
            + " "
            + QCoreApplication.translate(
                "MaterialPreview", "The windows show the version saved at %1."
            ).replace("%1", self._shown_at)
        )

    def _screens_changed(self, screen: object) -> None:
        self._place()

    def _place(self, kept: tuple[QRect, QRect] | None = None, *, panel_too: bool = True) -> None:
        """One screen: presenter left, room right (16:9), this window below it; two: each its own.

        ``kept``: where the author had put the two windows before a reload.
        """
        screen = self.screens.presenter_screen()
        running = self.running
        area = screen.availableGeometry()
        room_width = area.width() // 3
        one_screen = running is not None and self.screens.audience_screen() is None
        if running is not None and one_screen and not running.audience_over_presenter:
            # The presenter cannot shrink below its layout; the room gets what is left, a third
            # at least (on a small laptop it then covers part of the presenter's right column).
            needed = running.presenter.minimumSizeHint().width()
            room_width = min(max(area.width() - needed, room_width), area.width() // 2)
            presenter = QRect(area.left(), area.top(), area.width() - room_width, area.height())
            room = QRect(area.right() + 1 - room_width, area.top(), room_width, room_width * 9 // 16)
            presenter, room = kept or (presenter, room)
            place_windowed(running.presenter, screen)
            running.presenter.setGeometry(presenter)
            place_windowed(running.audience, screen)
            running.audience.setGeometry(room)
        if not panel_too:
            return
        if one_screen or running is None:
            top = area.top() + room_width * 9 // 16
            panel = QRect(area.right() + 1 - room_width, top, room_width, min(area.bottom() + 1 - top, 400))
        else:
            panel = QRect(area.right() + 1 - PANEL_SIZE[0], area.bottom() + 1 - PANEL_SIZE[1], *PANEL_SIZE)
        _show_on(self.panel, screen, panel)


def _show_on(window: QWidget, screen: QScreen, rectangle: QRect) -> None:
    place_windowed(window, screen)
    window.setGeometry(rectangle)
    window.raise_()


def _dispose(running: SessionScreens) -> None:
    """Closed and deleted, so that a closed session's windows hear no screen change again."""
    running.close()
    for window in (running.presenter, running.audience):
        window.deleteLater()
    running.deleteLater()


class _FastForwardKey(QObject):
    """F8 in any of the preview's windows moves the clock on."""

    def __init__(self, preview: MaterialPreview) -> None:
        super().__init__(preview)
        self._preview = preview

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            not isinstance(event, QKeyEvent)
            or not isinstance(watched, QWidget)
            or event.key() != FAST_FORWARD_KEY
        ):
            return False
        preview = self._preview
        windows = [preview.panel]
        if preview.running is not None:
            windows += [preview.running.presenter, preview.running.audience]
        if watched.window() not in windows:
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            preview.fast_forward()
            return True
        return False


def run_preview(path: Path, *, participants: int = 12, language: str = "da") -> int:
    """The preview window loop for ``path``; returns when the author closes it."""
    from dialogdesk.ui.app import create_application
    from dialogdesk.ui.i18n import install_translator

    app = create_application()
    install_translator(app, language)
    screens = ScreenManager(app, None, lambda identity: None)  # no screen choice is remembered
    preview = MaterialPreview(path, screens, participants=participants)
    preview.closed.connect(app.quit)
    # The terminal the author started it from hears of each version too.
    preview.problemsChanged.connect(lambda: _print_status(preview))
    preview.show()
    return app.exec()


def _print_status(preview: MaterialPreview) -> None:
    print(preview.status_text(), flush=True)
    for problem in preview.problems:
        print(problem, flush=True)
