"""The preparation page: everything a facilitator checks before the room fills up.

The checklist from the material (ticks kept on disk), the day's participants and time (with a
proposal that fits the steps into it), the media, which screen is the projector (with a test
pattern) and a clicker check that shows which key the remote just sent and what it does. Each
box is its own widget in ``dialogdesk.ui.preparation``; this window lays them out to fit a
1280x720 laptop and keeps the names the app and the tests use.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.materials.loader import LoadedMaterial
from dialogdesk.media.library import MediaLibrary
from dialogdesk.platform.screens import ScreenManager
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.media.preparation_panel import MediaPreparationPanel
from dialogdesk.ui.preparation.checklist_box import ChecklistBox
from dialogdesk.ui.preparation.day_box import DayBox
from dialogdesk.ui.preparation.screens_box import ScreensBox
from dialogdesk.ui.preparation.ticks import ChecklistTicks
from dialogdesk.ui.wrapping import breakable

REMOTE_ONLY_KEYS = {Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_F5, Qt.Key.Key_Escape}


class PreparationWindow(QMainWindow):
    """Collects the day's facts and starts the session."""

    startRequested = Signal(object, object)  # SessionSetup, accepted step minutes or None
    backRequested = Signal()
    testPatternRequested = Signal(object, bool)  # QScreen, shown

    def __init__(
        self,
        loaded: LoadedMaterial,
        screens: ScreenManager,
        media_library: MediaLibrary | None = None,
        parent: QWidget | None = None,
        *,
        data_dir: Path | None = None,
        now_wall_ns: Callable[[], int] = time.time_ns,
    ) -> None:
        """``data_dir``: where the checklist's ticks are kept (default: the user's data folder);
        ``now_wall_ns``: the session's wall clock, for a fixed end ("Vi slutter kl. 11.00")."""
        super().__init__(parent)
        self.loaded = loaded
        self.screens = screens
        self.follows_up: str | None = None  # the session this one follows up, if any
        material = loaded.material
        self.setWindowTitle(QCoreApplication.translate("PreparationWindow", "Prepare: ") + material.title)

        self.checklist_box = ChecklistBox(material.preparation, material.id, ChecklistTicks(data_dir))
        self.checklist = self.checklist_box.list
        self.day = DayBox(material, now_wall_ns=now_wall_ns)
        self.participants = self.day.participants
        self.participants_warning = self.day.participants_warning
        self.minutes = self.day.minutes
        self.proposal_label = self.day.proposal_label
        self.use_proposal = self.day.use_proposal
        self.facilitator = self.day.facilitator
        self.warning_choice = self.day.warning_choice
        self.chime = self.day.chime
        # The media check (present, playable, the right kind, about the right length) and attaching
        self.media_panel = MediaPreparationPanel(loaded, media_library)
        self.screens_box = ScreensBox(screens)
        self.screen_choice = self.screens_box.screen_choice
        self.screen_hint = self.screens_box.screen_hint
        self.test_pattern_button = self.screens_box.test_pattern_button
        self.clicker_label = self.screens_box.clicker_label
        self.running_order = self.screens_box.running_order
        self.screens_box.testPatternRequested.connect(self.testPatternRequested)
        self.earlier_box, self.earlier_label = _earlier_agreement_box()
        self.start_button = QPushButton(
            QCoreApplication.translate("PreparationWindow", "Start the session ▶")
        )
        self.start_button.setObjectName("startButton")
        self.start_button.clicked.connect(self.request_start)

        self.setCentralWidget(self._page(material.title))
        self.setStyleSheet(_STYLE)
        self._key_watcher = _KeyWatcher(self)
        application = QApplication.instance()
        if application is not None:
            # On the application: a key goes to whichever field has focus, not to the window.
            application.installEventFilter(self._key_watcher)

    def _page(self, title_text: str) -> QWidget:
        """Title; the checklist and the screens on the left; the day, the media and what was agreed
        last time on the right. The checklist and the agreement take the height that is left and
        scroll, so the page fits a 1280x720 laptop (tests/ui/test_preparation_layout.py)."""
        left = QVBoxLayout()
        left.addWidget(self.checklist_box, 1)
        left.addWidget(self.screens_box)
        right = QVBoxLayout()
        right.addWidget(self.day)
        right.addWidget(self.media_panel)
        right.addWidget(self.earlier_box, 100)
        right.addStretch(1)  # keeps the boxes at the top while there is no agreement to show
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        back = QPushButton(QCoreApplication.translate("PreparationWindow", "◀ Library"))
        back.clicked.connect(self.backRequested.emit)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        title = QLabel(breakable(title_text))
        title.setObjectName("preparationTitle")
        title.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(title)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        return page

    @property
    def checked_items(self) -> list[str]:
        """The ids of the ticked checklist lines (see ``preparation.ticks.line_id``)."""
        return self.checklist_box.checked_items

    def show_earlier_agreement(self, lines: list[str]) -> None:
        """What the team agreed in the session this one follows up."""
        self.earlier_label.setText(breakable("\n".join(lines)))
        self.earlier_box.setVisible(bool(lines))

    def set_warning(self, seconds: int | None, fraction: float | None) -> None:
        """Preselect the machine's default; a value not in the list is added to it."""
        self.day.set_warning(seconds, fraction)

    def warning(self) -> tuple[int | None, float | None]:
        return self.day.warning()

    def proposal(self) -> list[float]:
        return self.day.proposal()

    def show_key(self, event: QKeyEvent) -> None:
        self.screens_box.show_key(event)

    # --- start ---------------------------------------------------------------------------------------
    def session_setup(self) -> SessionSetup:
        return SessionSetup(
            material_id=self.loaded.material.id,
            participants=self.participants.value(),
            available_minutes=float(self.minutes.value()),
            end_wall_ns=self.day.end_wall_ns(),
            facilitator=self.facilitator.currentText().strip(),
            follows_up=self.follows_up,
            chime=self.chime.isChecked(),
            running_order=self.running_order.isChecked(),
            prepared=tuple(self.checked_items),
        )

    def request_start(self) -> None:
        self.day.follow_end()  # the minutes to a fixed end, counted at the moment of the start
        if self.test_pattern_button.isChecked():
            self.test_pattern_button.setChecked(False)
        accepted = self.proposal() if self.use_proposal.isChecked() else None
        self.startRequested.emit(self.session_setup(), accepted)


def _earlier_agreement_box() -> tuple[QGroupBox, QLabel]:
    """The "Agreed last time" box, hidden until a follow-up session shows what was agreed."""
    box = QGroupBox(QCoreApplication.translate("PreparationWindow", "Agreed last time"))
    label = QLabel()
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    QVBoxLayout(box).addWidget(_scrolling(label, "earlierAgreement"))
    # It takes only the height the media and the day leave, however long the agreement is.
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
    box.setMinimumHeight(box.minimumSizeHint().height())
    box.hide()
    return box, label


def _scrolling(widget: QWidget, name: str) -> QScrollArea:
    """``widget`` at its full height when there is room, scrolling up and down when there is not."""
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class _KeyWatcher(QObject):
    """Shows every key press on the clicker check (remotes send keys like a keyboard)."""

    def __init__(self, window: PreparationWindow) -> None:
        super().__init__(window)
        self.window = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self.window
        ):
            self.window.show_key(event)
            # PageUp/PageDown and F5 come from a remote being tried out: they must not step the
            # participant or minute fields that happen to have focus.
            return event.key() in REMOTE_ONLY_KEYS
        return False


_STYLE = """
QLabel#preparationTitle { font-size: 20pt; font-weight: bold; margin: 6px; }
QLabel#warning { color: #b00020; font-weight: bold; }
QLabel#ok { color: #0b5d1e; }
QLabel#clicker { font-size: 13pt; font-weight: bold; background: #eef6ff; padding: 6px; }
QGroupBox { font-size: 12pt; font-weight: bold; }
QListWidget#preparationChecklist { font-size: 12pt; }
QPushButton#startButton { font-size: 14pt; font-weight: bold; padding: 8px 20px; }
"""
