"""The preparation page: everything a facilitator checks before the room fills up.

The checklist from the material, the day's participants and time (with a proposal that fits the
steps into it), the media, which screen is the projector (with a test pattern) and a clicker
check that shows which key the remote just sent.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.materials.loader import LoadedMaterial
from dialogdesk.media.library import MediaLibrary
from dialogdesk.platform.screens import ScreenManager
from dialogdesk.session.planning import fit_minutes
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.keys import BINDINGS
from dialogdesk.ui.media.preparation_panel import MediaPreparationPanel

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
    ) -> None:
        super().__init__(parent)
        self.loaded = loaded
        self.screens = screens
        self.follows_up: str | None = None  # the session this one follows up, if any
        material = loaded.material
        prep = material.preparation
        self.setWindowTitle(self.tr("Prepare: ") + material.title)

        # --- checklist --------------------------------------------------------------------------
        self.checklist = QListWidget()
        self.checklist.setObjectName("preparationChecklist")
        self.checklist.setWordWrap(True)
        groups = [
            (self.tr("Bring"), prep.bring),
            (self.tr("Room"), prep.room_setup),
            (self.tr("Technology"), [item.text for item in prep.technology]),
            (self.tr("Roles"), [f"{role.name}: {role.description}" for role in prep.roles]),
            (self.tr("Beforehand"), prep.beforehand),
        ]
        for heading, lines in groups:
            for line in lines:
                item = QListWidgetItem(f"{heading}: {line}")
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.checklist.addItem(item)
        checklist_box = QGroupBox(self.tr("Checklist"))
        QVBoxLayout(checklist_box).addWidget(self.checklist)

        # --- participants and time -----------------------------------------------------------------
        self.participants = QSpinBox()
        self.participants.setRange(1, 60)
        self.participants.setValue(min(max(12, prep.participants.min), prep.participants.max))
        self.participants_warning = QLabel()
        self.participants_warning.setObjectName("warning")
        self.minutes = QSpinBox()
        self.minutes.setRange(10, 240)
        self.minutes.setSuffix(" min")
        self.minutes.setValue(int(max(material.planned_minutes, prep.duration_minutes.min)))
        self.proposal_label = QLabel()
        self.proposal_label.setWordWrap(True)
        self.use_proposal = QCheckBox(self.tr("Use these step lengths"))
        self.facilitator = QComboBox()
        self.facilitator.setEditable(True)
        self.warning_choice = QComboBox()
        for label, seconds, fraction in (
            (self.tr("in the last minute"), 60, None),
            (self.tr("in the last 2 minutes"), 120, None),
            (self.tr("in the last 20% of the time"), None, 0.2),
        ):
            self.warning_choice.addItem(label, (seconds, fraction))
        self.chime = QCheckBox(self.tr("A short chime when a step or the silent minute ends"))
        self.chime.setChecked(True)
        self.participants.valueChanged.connect(self._update_checks)
        self.minutes.valueChanged.connect(self._update_checks)
        day = QGroupBox(self.tr("Today"))
        form = QFormLayout(day)
        form.addRow(self.tr("Participants"), self.participants)
        form.addRow("", self.participants_warning)
        form.addRow(self.tr("Available time"), self.minutes)
        form.addRow(self.tr("Proposed steps"), self.proposal_label)
        form.addRow("", self.use_proposal)
        form.addRow(self.tr("Facilitator"), self.facilitator)
        form.addRow(self.tr("Countdown turns yellow"), self.warning_choice)
        form.addRow("", self.chime)

        # --- media -----------------------------------------------------------------------------------
        # The media check (present, playable, the right kind, about the right length) and attaching
        self.media_panel = MediaPreparationPanel(loaded, media_library)

        # --- screens and remote --------------------------------------------------------------------
        self.screen_choice = QComboBox()
        self.screen_hint = QLabel()
        self.screen_hint.setWordWrap(True)
        self.test_pattern_button = QPushButton(self.tr("Show test pattern"))
        self.test_pattern_button.setCheckable(True)
        self.test_pattern_button.toggled.connect(self._toggle_test_pattern)
        self.screen_choice.activated.connect(self._choose_screen)
        self.clicker_label = QLabel(self.tr("Press a button on the remote: the key shows here."))
        self.clicker_label.setObjectName("clicker")
        screens_box = QGroupBox(self.tr("Screens and remote"))
        screens_form = QFormLayout(screens_box)
        screens_form.addRow(self.tr("Audience screen"), self.screen_choice)
        screens_form.addRow("", self.screen_hint)
        screens_form.addRow("", self.test_pattern_button)
        screens_form.addRow(self.tr("Remote check"), self.clicker_label)
        screens.screensChanged.connect(self._fill_screens)

        # --- start ---------------------------------------------------------------------------------
        self.start_button = QPushButton(self.tr("Start the session ▶"))
        self.start_button.setObjectName("startButton")
        self.start_button.clicked.connect(self.request_start)
        back = QPushButton(self.tr("◀ Library"))
        back.clicked.connect(self.backRequested.emit)

        self.earlier_box = QGroupBox(self.tr("Agreed last time"))
        self.earlier_label = QLabel()
        self.earlier_label.setWordWrap(True)
        QVBoxLayout(self.earlier_box).addWidget(self.earlier_label)
        self.earlier_box.hide()
        left = QVBoxLayout()
        left.addWidget(self.earlier_box)
        left.addWidget(checklist_box, 1)
        right = QVBoxLayout()
        right.addWidget(day)
        right.addWidget(self.media_panel)
        right.addWidget(screens_box)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        central = QWidget()
        layout = QVBoxLayout(central)
        title = QLabel(material.title)
        title.setObjectName("preparationTitle")
        layout.addWidget(title)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.setCentralWidget(central)
        self.setStyleSheet(_STYLE)
        self._fill_screens()
        self._update_checks()
        self._key_watcher = _KeyWatcher(self)
        application = QApplication.instance()
        if application is not None:
            # On the application: a key goes to whichever field has focus, not to the window.
            application.installEventFilter(self._key_watcher)

    def show_earlier_agreement(self, lines: list[str]) -> None:
        """What the team agreed in the session this one follows up."""
        self.earlier_label.setText("\n".join(lines))
        self.earlier_box.setVisible(bool(lines))

    def set_warning(self, seconds: int | None, fraction: float | None) -> None:
        """Preselect the machine's default; a value not in the list is added to it."""
        wanted = (seconds, fraction)
        index = next(
            (
                row
                for row in range(self.warning_choice.count())
                if self.warning_choice.itemData(row) == wanted
            ),
            -1,
        )
        if index < 0:
            label = f"{fraction:.0%}" if fraction is not None else f"{seconds} s"
            self.warning_choice.addItem(label, (seconds, fraction))
            index = self.warning_choice.count() - 1
        self.warning_choice.setCurrentIndex(index)

    def warning(self) -> tuple[int | None, float | None]:
        return self.warning_choice.currentData()

    # --- checks -------------------------------------------------------------------------------------
    def proposal(self) -> list[float]:
        planned = [step.minutes for step in self.loaded.material.steps]
        return fit_minutes(planned, float(self.minutes.value()))

    def _update_checks(self) -> None:
        prep = self.loaded.material.preparation
        count = self.participants.value()
        if prep.participants.contains(count):
            self.participants_warning.setText("")
        else:
            self.participants_warning.setText(
                self.tr("The material is made for %1–%2 participants.")
                .replace("%1", str(prep.participants.min))
                .replace("%2", str(prep.participants.max))
            )
        steps = self.loaded.material.steps
        proposal = self.proposal()
        changed = [minutes for minutes, step in zip(proposal, steps, strict=True) if minutes != step.minutes]
        self.proposal_label.setText(
            " · ".join(f"{step.label} {minutes:g}" for step, minutes in zip(steps, proposal, strict=True))
            + " min"
        )
        self.use_proposal.setEnabled(bool(changed))
        self.use_proposal.setChecked(bool(changed))

    def _fill_screens(self) -> None:
        self.screen_choice.clear()
        audience = self.screens.audience_screen()
        for screen in self.screens.screens():
            geometry = screen.geometry()
            self.screen_choice.addItem(f"{screen.name()} ({geometry.width()}×{geometry.height()})", screen)
            if screen is audience:
                self.screen_choice.setCurrentIndex(self.screen_choice.count() - 1)
        hint = self.screens.mirrored_hint()
        self.screen_hint.setText(
            QCoreApplication.translate("ScreenManager", hint)
            if hint
            else (self.tr("The audience view opens on this screen.") if audience else "")
        )

    def _choose_screen(self, index: int) -> None:
        screen = self.screen_choice.itemData(index)
        if screen is not None:
            self.screens.choose_audience(screen)

    def _toggle_test_pattern(self, shown: bool) -> None:
        screen = self.screens.audience_screen() or self.screens.presenter_screen()
        self.testPatternRequested.emit(screen, shown)

    def show_key(self, event: QKeyEvent) -> None:
        name = QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.NativeText)
        meaning = next((b.command.value for b in BINDINGS if b.key == event.key()), None)
        self.clicker_label.setText(
            self.tr("Last key: ")
            + (name or event.text())
            + (f" → {meaning}" if meaning else self.tr(" (not used)"))
        )

    # --- start ---------------------------------------------------------------------------------------
    def session_setup(self) -> SessionSetup:
        return SessionSetup(
            material_id=self.loaded.material.id,
            participants=self.participants.value(),
            available_minutes=float(self.minutes.value()),
            facilitator=self.facilitator.currentText().strip(),
            follows_up=self.follows_up,
        )

    def request_start(self) -> None:
        if self.test_pattern_button.isChecked():
            self.test_pattern_button.setChecked(False)
        accepted = self.proposal() if self.use_proposal.isChecked() else None
        self.startRequested.emit(self.session_setup(), accepted)


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
