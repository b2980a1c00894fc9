"""Øv: a material run as a rehearsal, the day before, on the facilitator's own laptop.

Both screens as in a session (side by side when there is one), the clock at a chosen speed (1x,
5x, 10x) or moved on a minute at a time, no chime unless asked. Nothing is written: the session
has no folder, so it is in no history and leaves nothing to continue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QButtonGroup, QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from dialogdesk.materials.loader import LoadedMaterial
from dialogdesk.media.library import MediaLibrary
from dialogdesk.platform.screens import ScreenManager, place_windowed
from dialogdesk.session import intents as i
from dialogdesk.session.clock import Clock, SpeedClock, SystemClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.session_controller import SessionController
from dialogdesk.ui.session_screens import SessionScreens

SPEEDS = (1, 5, 10)
MINUTE_ON_SECONDS = 60


class RehearsalPanel(QWidget):
    """The rehearsal's own controls, in a small window of their own on the laptop."""

    speedChosen = Signal(int)
    minuteOn = Signal()
    chimeToggled = Signal(bool)
    closeRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Tool)
        self.setObjectName("rehearsalPanel")
        self.setWindowTitle(QCoreApplication.translate("Rehearsal", "Rehearsal – nothing is saved"))
        self.heading = QLabel(QCoreApplication.translate("Rehearsal", "Rehearsal: the clock runs at"))
        self.speed_buttons = QButtonGroup(self)
        row = QHBoxLayout()
        for speed in SPEEDS:
            button = QPushButton(f"{speed}×")
            button.setCheckable(True)
            button.setChecked(speed == 1)
            # A rehearsal's buttons never take the keyboard: PageDown must reach the presenter.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.speed_buttons.addButton(button, speed)
            row.addWidget(button)
        self.speed_buttons.idClicked.connect(self.speedChosen.emit)
        self.minute_button = QPushButton(QCoreApplication.translate("Rehearsal", "A minute on"))
        self.minute_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.minute_button.clicked.connect(self.minuteOn.emit)
        row.addWidget(self.minute_button)
        self.chime = QCheckBox(QCoreApplication.translate("Rehearsal", "Chime"))
        self.chime.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chime.toggled.connect(self.chimeToggled.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(row)
        layout.addWidget(self.chime)

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the rehearsal ends when its windows close, and then closes this
        self.closeRequested.emit()


class Rehearsal(QObject):
    """A material on both screens with a clock that runs fast, writing nothing."""

    closed = Signal()

    def __init__(
        self,
        loaded: LoadedMaterial,
        screens: ScreenManager,
        media: MediaLibrary,
        *,
        participants: int | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        material = loaded.material
        wanted = participants or 12
        count = min(max(wanted, material.preparation.participants.min), material.preparation.participants.max)
        self.clock = SpeedClock(clock or SystemClock())
        setup = SessionSetup(material.id, participants=count, language=material.language, chime=False)
        session = Session(material, setup, clock=self.clock, folder=None)
        self.running = SessionScreens(SessionController(session), screens, media=(loaded, media))
        presenter = self.running.presenter
        presenter.confirm_leaving()  # nothing is saved, so nothing to lose by leaving
        presenter.setWindowTitle(
            presenter.windowTitle() + QCoreApplication.translate("Rehearsal", " – rehearsal")
        )
        presenter.exportRequested.connect(self._no_export)
        self.panel = RehearsalPanel()
        self.panel.speedChosen.connect(self.set_speed)
        self.panel.minuteOn.connect(self.minute_on)
        self.panel.chimeToggled.connect(lambda on: self.running.controller.send(i.SetChime(on=on)))
        self.panel.closeRequested.connect(self.close)
        self.running.closed.connect(self.close)
        self._closed = False
        self._sleep_threshold_ns = session.sleep_detector.threshold_ns

    @property
    def speed(self) -> float:
        return self.clock.speed

    def show(self) -> None:
        self.running.show()
        place_windowed(self.panel, self.running.presenter.screen())
        self.panel.show()

    def set_speed(self, speed: float) -> None:
        self.clock.set_speed(speed)
        # A heartbeat late by 3 s is 30 s late at 10x: only a sleep that long at 1x counts as one.
        self.running.controller.session.sleep_detector.threshold_ns = round(self._sleep_threshold_ns * speed)
        button = self.panel.speed_buttons.button(int(speed))
        if button is not None:
            button.setChecked(True)
        self._repaint()

    def minute_on(self) -> None:
        """The clock a minute on at once, to see the warning and the overtime without waiting."""
        self.clock.advance(MINUTE_ON_SECONDS)
        self._repaint()

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.running.closed.disconnect(self.close)
        self.running.close()
        for window in (self.running.presenter, self.running.audience):
            window.deleteLater()
        self.running.deleteLater()
        self.panel.closeRequested.disconnect(self.close)
        self.panel.hide()
        self.panel.deleteLater()
        self.closed.emit()

    def _repaint(self) -> None:
        controller = self.running.controller
        # The jump is the facilitator's, not a laptop that slept: the sleep detector must not undo it.
        controller.session.sleep_detector.reset()
        controller.ticked.emit(controller.timing())

    def _no_export(self, kind: str) -> None:
        self.running.presenter.statusBar().showMessage(
            QCoreApplication.translate("Rehearsal", "A rehearsal writes no report."), 6000
        )
