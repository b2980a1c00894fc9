"""A session's real windows on the simulated screens, opened and closed the way tests need.

Closing the presenter window asks "Leave the session?"; a test (like a crash) asks nobody, and
closed windows are deleted at once so that many examples do not pile up windows.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from dialogdesk.platform.screens import ScreenManager
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.ui.session_controller import SessionController
from dialogdesk.ui.session_screens import SessionScreens


def screen_manager() -> ScreenManager:
    """The room's screens as they are now, remembering no choice."""
    return ScreenManager(QApplication.instance(), None, lambda identity: None)


def show_session(session: Session, manager: ScreenManager) -> SessionScreens:
    session.sleep_detector.threshold_ns = 10**18  # a ManualClock jumps; that is no suspend
    screens = SessionScreens(SessionController(session), manager)
    screens.show()
    QApplication.processEvents()
    return screens


@contextlib.contextmanager
def leaving_without_asking() -> Iterator[None]:
    question = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.Yes)  # type: ignore[method-assign]
    try:
        yield
    finally:
        QMessageBox.question = question  # type: ignore[method-assign]


def close_session(screens: SessionScreens) -> None:
    """Both windows closed without ending the session, and deleted now."""
    with leaving_without_asking():
        screens.close()
    for window in (screens.presenter, screens.audience):
        window.deleteLater()
    screens.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def restarted(screens: SessionScreens, clock: ManualClock, manager: ScreenManager) -> SessionScreens:
    """The session closed as by a crash and opened again from its file, a moment later."""
    path = screens.controller.session.path
    assert path is not None
    close_session(screens)
    clock.advance(ms=1)  # at the very same instant the session would come back paused
    return show_session(Session.open(path, clock=clock), manager)


@contextlib.contextmanager
def session_shown(session: Session, manager: ScreenManager | None = None) -> Iterator[SessionScreens]:
    screens = show_session(session, manager or screen_manager())
    try:
        yield screens
    finally:
        close_session(screens)
