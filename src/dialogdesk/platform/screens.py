"""Which screen is the facilitator's and which one the room sees, and keeping that true.

In a meeting room the projector is plugged in late, unplugged by accident, or set to mirror the
laptop. ``ScreenManager`` listens to Qt's screen signals and keeps one answer to "where does the
audience view go": the projector the facilitator chose last time (found by its identity, never
by coordinates, which change whenever screens are rearranged), else any second screen, else
none. Losing the audience screen mid-session does not forget the facilitator's choice, so the
view goes back there when the cable is plugged in again.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence

import shiboken6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPoint, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from dialogdesk.platform.settings import ScreenIdentity

log = logging.getLogger(__name__)

# English source texts; the UI shows them with QCoreApplication.translate("ScreenManager", hint).
MIRRORED_HINT_WINDOWS = QT_TRANSLATE_NOOP(
    "ScreenManager",
    "Only one screen is available. If the projector is connected and shows the same picture as "
    "this screen, press Windows+P and choose “Extend”.",
)
MIRRORED_HINT_MACOS = QT_TRANSLATE_NOOP(
    "ScreenManager",
    "Only one screen is available. If the projector is connected and shows the same picture as "
    "this screen, open System Settings > Displays and stop mirroring, so the projector extends "
    "the desktop.",
)
MIRRORED_HINT_LINUX = QT_TRANSLATE_NOOP(
    "ScreenManager",
    "Only one screen is available. If the projector is connected and shows the same picture as "
    "this screen, open the display settings and choose to join (extend) the displays instead "
    "of mirroring them.",
)


def mirrored_hint_for(platform: str) -> str:
    """The way to extend the desktop to the projector on ``platform`` (a ``sys.platform`` value)."""
    if platform == "win32":
        return MIRRORED_HINT_WINDOWS
    if platform == "darwin":
        return MIRRORED_HINT_MACOS
    return MIRRORED_HINT_LINUX


def screen_identity(screen: QScreen) -> ScreenIdentity:
    """What the operating system calls ``screen``: enough to recognise it at the next meeting."""
    return ScreenIdentity(
        name=screen.name(),
        manufacturer=screen.manufacturer(),
        model=screen.model(),
        serial=screen.serialNumber(),
    )


def best_match(remembered: ScreenIdentity, candidates: Sequence[ScreenIdentity]) -> int | None:
    """Index of the candidate that is the remembered screen, or None.

    The same name, manufacturer, model and serial number is the same screen. A projector with a
    serial number is also recognised on another connector (the name changes with the port).
    """
    for index, candidate in enumerate(candidates):
        if candidate == remembered:
            return index
    if remembered.serial:
        for index, candidate in enumerate(candidates):
            if (candidate.manufacturer, candidate.model, candidate.serial) == (
                remembered.manufacturer,
                remembered.model,
                remembered.serial,
            ):
                return index
    return None


class ScreenManager(QObject):
    """Keeps track of the presenter screen and the audience screen as screens come and go.

    ``remembered`` is the audience screen chosen at an earlier meeting (from the settings);
    ``remember`` is called with the new identity whenever the facilitator chooses, so the caller
    can save it. Screens that come and go by themselves never call ``remember``. The start-up
    answer is ``audience_screen()``; after that ``audienceScreenChanged`` carries each new
    audience screen, or None when there is no second screen. ``screensChanged`` fires when
    screens are added, removed or rearranged (possibly more than once for one change).
    """

    screensChanged = Signal()
    audienceScreenChanged = Signal(object)

    def __init__(
        self,
        app: QGuiApplication,
        remembered: ScreenIdentity | None,
        remember: Callable[[ScreenIdentity], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._app = app
        self._remembered = remembered
        self._remember = remember
        self._audience: QScreen | None = None
        self._audience_identity: ScreenIdentity | None = None
        self._presenter: QScreen | None = None  # None: the primary screen
        app.screenAdded.connect(self._on_screen_added)
        app.screenRemoved.connect(self._on_screen_removed)
        app.primaryScreenChanged.connect(self._on_layout_changed)
        for screen in app.screens():
            screen.geometryChanged.connect(self._on_layout_changed)
        self._set_audience(self._pick_audience())

    # --- questions -------------------------------------------------------------------------------

    def screens(self) -> list[QScreen]:
        """All screens, the primary one first."""
        return list(self._app.screens())

    def audience_screen(self) -> QScreen | None:
        """Where the audience view goes; None when there is only one (logical) screen."""
        self._forget_stale_wrappers()
        return self._audience

    def presenter_screen(self) -> QScreen:
        """Where the facilitator's view goes: the primary screen unless it was given to the audience.

        (None only while the system has no screen at all, which Qt allows for a moment.)
        """
        self._forget_stale_wrappers()
        screens = self.screens()
        presenter = self._presenter
        if presenter is not None and presenter is not self._audience and _contains(screens, presenter):
            return presenter
        primary = self._app.primaryScreen()
        if primary is not None and primary is not self._audience:
            return primary
        return next((screen for screen in screens if screen is not self._audience), primary)

    def is_single_screen(self) -> bool:
        """True when every screen shows the same area: one monitor, or a projector mirroring it."""
        return len(_logical_screens(self.screens())) <= 1

    def mirrored_hint(self) -> str | None:
        """How to give the projector its own picture, when there is only one logical screen."""
        return mirrored_hint_for(sys.platform) if self.is_single_screen() else None

    # --- the facilitator's choices ---------------------------------------------------------------

    def choose_audience(self, screen: QScreen) -> None:
        """Show the audience view on ``screen`` from now on, and at the next meeting."""
        if not _contains(self.screens(), screen) or self.is_single_screen():
            log.debug("ignoring the choice of audience screen %r: nothing to choose between", screen)
            return
        if screen is self.presenter_screen():
            # Giving the presenter's screen to the room: the presenter takes the old audience one.
            self._presenter = self._audience
        self._remember_audience(screen)
        self._set_audience(screen)

    def swap(self) -> None:
        """Presenter and audience screens trade places (the projector was set up the other way)."""
        audience = self._audience
        if audience is None:
            return
        presenter = self.presenter_screen()
        self._presenter = audience
        self._remember_audience(presenter)
        self._set_audience(presenter)

    # --- reacting to the system ------------------------------------------------------------------

    def _forget_stale_wrappers(self) -> None:
        """PySide ties a QScreen's Python wrapper to a window it was given to (``setScreen``);
        once that window is deleted the wrapper is dead though the screen is not. The screens
        are looked up again then, the audience one by identity."""
        if self._presenter is not None and not shiboken6.isValid(self._presenter):
            self._presenter = None
        if self._audience is not None and not shiboken6.isValid(self._audience):
            identity = self._audience_identity
            self._audience = None
            screens = self.screens()
            index = best_match(identity, [screen_identity(s) for s in screens]) if identity else None
            self._audience = screens[index] if index is not None else self._pick_audience()

    @Slot(QScreen)
    def _on_screen_added(self, screen: QScreen) -> None:
        screen.geometryChanged.connect(self._on_layout_changed)
        self._settle()

    @Slot(QScreen)
    def _on_screen_removed(self, screen: QScreen) -> None:
        # Qt has already taken the screen out of the list; forget our references to it.
        if self._presenter is screen:
            self._presenter = None
        self._settle()

    @Slot()
    def _on_layout_changed(self) -> None:
        self._settle()

    def _settle(self) -> None:
        self._set_audience(self._pick_audience())
        self.screensChanged.emit()

    def _pick_audience(self) -> QScreen | None:
        screens = self.screens()
        logical = _logical_screens(screens)
        if len(logical) <= 1:
            return None
        if self._remembered is not None:
            index = best_match(self._remembered, [screen_identity(screen) for screen in screens])
            if index is not None:
                return screens[index]
        if self._audience is not None and _contains(screens, self._audience):
            return self._audience  # stay put when an unrelated screen comes or goes
        primary = self._app.primaryScreen()
        return next((screen for screen in screens if screen.geometry() != primary.geometry()), None)

    def _set_audience(self, screen: QScreen | None) -> None:
        if screen is self._audience:
            return
        self._audience = screen
        self._audience_identity = screen_identity(screen) if screen is not None else None
        log.debug("audience screen: %s", screen.name() if screen is not None else None)
        self.audienceScreenChanged.emit(screen)

    def _remember_audience(self, screen: QScreen) -> None:
        self._remembered = screen_identity(screen)
        self._remember(self._remembered)


def place_fullscreen(window: QWidget, screen: QScreen) -> None:
    """Fill ``screen`` with ``window``.

    Window managers put a fullscreen window on the screen it is on when it goes fullscreen, so
    it is moved there first (and taken out of fullscreen if it was fullscreen elsewhere).
    """
    if window.isFullScreen():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
    _move_to(window, screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()


def place_maximized(window: QWidget, screen: QScreen) -> None:
    """Show ``window`` filling ``screen``'s work area, with or without a window manager.

    ``showMaximized`` alone is only a request to the window manager; a kiosk PC without one
    would leave the window where it was, partly off the screen. A window manager keeps a
    maximized (or fullscreen) window where it is and ignores a new geometry for it (fluxbox
    does), so the window leaves that state first, as ``place_fullscreen`` does.
    """
    if window.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen):
        window.showNormal()
    _move_to(window, screen)
    window.setGeometry(screen.availableGeometry())
    window.showMaximized()


def place_windowed(window: QWidget, screen: QScreen) -> None:
    """Show ``window`` as an ordinary window, centred on ``screen``.

    At most three quarters of the screen wide and high, so that it reads as a window: coming
    out of fullscreen, the size to go back to is the whole screen (``place_fullscreen`` set it).
    """
    size = window.size()
    if window.windowState() & (Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized):
        size = window.normalGeometry().size() if window.normalGeometry().isValid() else size
        window.showNormal()
    _move_to(window, screen)
    available = screen.availableGeometry()
    largest = QSize(available.width() * 3 // 4, available.height() * 3 // 4)
    rectangle = QRect(QPoint(0, 0), size.boundedTo(largest))
    rectangle.moveCenter(available.center())
    window.setGeometry(rectangle)
    window.show()


def _move_to(window: QWidget, screen: QScreen) -> None:
    window.setScreen(screen)
    handle = window.windowHandle()
    if handle is not None:
        handle.setScreen(screen)


def _contains(screens: Sequence[QScreen], screen: QScreen) -> bool:
    # By identity: a wrapper for a removed screen must not be asked anything.
    return any(candidate is screen for candidate in screens)


def _logical_screens(screens: Sequence[QScreen]) -> list[QScreen]:
    # Screens showing the same area (a mirrored projector) count once; the first one stands for them.
    seen: set[tuple[int, int, int, int]] = set()
    logical = []
    for screen in screens:
        area = screen.geometry().getRect()
        if area not in seen:
            seen.add(area)
            logical.append(screen)
    return logical
