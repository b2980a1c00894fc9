"""A picture of the room's next screen, drawn by a second audience view that never shows.

The look-ahead state (``session.look_ahead.after_next``) is rendered by the same
``AudienceWindow`` the projector uses, at the projector's size, so the preview is the screen the
room will see, not a sketch of it: the board with its band, the silent minute, the wrap-up. Its
controller holds the look-ahead state with its clock stopped at the moment it was computed (the
next step's countdown shows whole) and refuses every intent: nothing here changes the session.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from dialogdesk.session import intents as i
from dialogdesk.session.clock import Instant, ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.look_ahead import after_next
from dialogdesk.session.state import SessionState
from dialogdesk.ui.audience_window import AudienceWindow
from dialogdesk.ui.session_controller import SessionController


class LookAheadController(SessionController):
    """A controller over the look-ahead state: read like the session's, never changed."""

    def __init__(self, live: SessionController, parent: QObject | None = None) -> None:
        self._clock = ManualClock()
        # In memory only (no folder): the audience view needs a session to read its material from.
        super().__init__(Session(live.material, live.state.setup, clock=self._clock), parent)
        self._state = live.state
        self._at = live.now()

    @property
    def state(self) -> SessionState:
        return self._state

    def now(self) -> Instant:
        return self._at

    def send(self, intent: i.Intent) -> bool:
        return False  # a preview: the facilitator changes the session on the live one only

    def show(self, state: SessionState, at: Instant) -> None:
        self._state, self._at = state, at
        self.stateChanged.emit(state)


class NextScreen:
    """Keeps the look-ahead view up to date with the live session; grabs it on demand."""

    def __init__(self, live: SessionController, owner: QWidget) -> None:
        self.live = live
        self.controller = LookAheadController(live, owner)
        self.view = AudienceWindow(self.controller, owner)
        # Laid out and painted like a window, never mapped on a screen (nor under a window manager).
        self.view.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.view.allow_close()
        self._from: SessionState | None = None
        self.state: SessionState | None = None  # the look-ahead shown; None when next brings nothing
        self._picture: QPixmap | None = None

    def update(self, size: QSize) -> bool:
        """The look-ahead of the live state now, at the projector's ``size``; False when nothing
        changed since the last call (the picture stays)."""
        live = self.live.state
        if live is self._from and self.view.size() == size:
            return False
        self._from = live
        at = self.live.now()
        self.state = after_next(live, self.live.material, at)
        if self.view.size() != size:
            self.view.resize(size)
        self._picture = None
        if self.state is not None:
            if not self.view.isVisible():
                self.view.show()
            self.controller.show(self.state, at)
            # Laid out now, as the room's window is by the event loop before it paints: the running
            # order's boxes grow to their fonts only once their layout has run.
            QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            self._picture = self.view.grab()
        return True

    def picture(self) -> QPixmap | None:
        """The next screen as drawn at the last ``update``; None when next brings nothing."""
        return self._picture

    def close(self) -> None:
        self.view.close()
        self.controller.close()
