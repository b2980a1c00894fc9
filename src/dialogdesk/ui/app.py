"""Start the Qt application and move between the library, the preparation page and a session."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, QTimer
from PySide6.QtGui import QIcon, QScreen
from PySide6.QtWidgets import QApplication, QMessageBox

from dialogdesk.datadir import ENV_VARIABLE, sessions_dir
from dialogdesk.materials.library import MaterialLibrary
from dialogdesk.materials.loader import LoadedMaterial
from dialogdesk.paths import resources
from dialogdesk.platform.screens import ScreenIdentity, ScreenManager, place_fullscreen
from dialogdesk.platform.settings import MachineSettings, load_settings, save_settings, settings_path
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_SECOND, Clock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from dialogdesk.session.store import SessionFileError, list_sessions
from dialogdesk.ui.audience_window import TestPattern
from dialogdesk.ui.i18n import install_translator
from dialogdesk.ui.library_window import LibraryWindow
from dialogdesk.ui.preparation_window import PreparationWindow
from dialogdesk.ui.session_controller import SessionController
from dialogdesk.ui.session_screens import SessionScreens

ROOM_SETTINGS_NAME = "dialogdesk-settings.json"


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("DialogDesk")
    app.setOrganizationName("DialogDesk")
    app.setDesktopFileName("dialogdesk")
    app.setWindowIcon(QIcon(str(resources() / "icons" / "dialogdesk.png")))
    return app  # type: ignore[return-value]


def data_dir() -> Path:
    """``DIALOGDESK_DATA_DIR`` if set, else Qt's per-user application data folder."""
    override = os.environ.get(ENV_VARIABLE)
    if override:
        return Path(override)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def room_settings_path() -> Path | None:
    """``dialogdesk-settings.json`` next to the installed program, where IT sets up a room."""
    candidate = Path(sys.executable).resolve().parent / ROOM_SETTINGS_NAME
    return candidate if candidate.is_file() else None


def effective_settings(data: Path, room: Path | None) -> tuple[MachineSettings, str | None]:
    """The user's settings, with every value the room's settings file sets taking precedence."""
    settings, problem = load_settings(settings_path(data))
    if room is None:
        return settings, problem
    room_settings, room_problem = load_settings(room)
    fixed = {name: getattr(room_settings, name) for name in room_settings.model_fields_set}
    return settings.model_copy(update=fixed), room_problem or problem


class DialogDesk(QObject):
    """The app's flow: library → preparation → session on the room's screens → library."""

    def __init__(
        self,
        app: QApplication,
        materials: Sequence[Path],
        *,
        data: Path | None = None,
        clock: Clock | None = None,
        room_settings: Path | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.data = data or data_dir()
        self.clock = clock
        self.settings, settings_problem = effective_settings(self.data, room_settings)
        self.library = MaterialLibrary.load(materials)
        if self.settings.shown_materials is not None:
            shown = set(self.settings.shown_materials)
            self.library.materials = [m for m in self.library.materials if m.material.id in shown]
        self.window = LibraryWindow(self.library)
        self.screens = ScreenManager(app, self.settings.audience_screen, self._remember_audience_screen)
        self.preparation: PreparationWindow | None = None
        self.running: SessionScreens | None = None
        self.test_pattern: TestPattern | None = None
        self.window.prepareRequested.connect(self.open_preparation)
        self.window.resumeRequested.connect(self.resume)
        self.window.languageChosen.connect(self.choose_language)
        if settings_problem:
            self.window.statusBar().showMessage(settings_problem)
        self.offer_unfinished()

    def show(self) -> None:
        if self.settings.start_fullscreen:
            self.window.showFullScreen()
        else:
            self.window.show()

    # --- library ------------------------------------------------------------------------------
    def offer_unfinished(self) -> None:
        records, _problems = list_sessions(sessions_dir(self.data))
        unfinished = next((record for record in records if not record.finished), None)
        if unfinished is None:
            self.window.offer_resume(None, "")
            return
        summary = unfinished.summary
        when = datetime.fromtimestamp(summary.get("updated_wall_ns", 0) / NS_PER_SECOND)
        step = int(summary.get("step_index", 0)) + 1
        description = f"{summary.get('material_title', '')}, Trin {step} ({when:%d.%m. %H:%M})"
        self.window.offer_resume(unfinished.path, description)

    # --- preparation --------------------------------------------------------------------------
    def open_preparation(self, loaded: LoadedMaterial) -> None:
        self.preparation = PreparationWindow(loaded, self.screens)
        self.preparation.chime.setChecked(self.settings.chime)
        self.preparation.set_warning(self.settings.warning_seconds, self.settings.warning_fraction)
        self.preparation.show_earlier_agreement(self.earlier_agreement(loaded.material.id))
        self.preparation.startRequested.connect(
            lambda setup, minutes, m=loaded: self.start_session(
                m,
                setup,
                minutes,
                warning=self.preparation.warning() if self.preparation else None,
                chime=self.preparation.chime.isChecked() if self.preparation else None,
            )
        )
        self.preparation.backRequested.connect(self._back_to_library)
        self.preparation.testPatternRequested.connect(self.show_test_pattern)
        self.window.hide()
        self.preparation.showMaximized()

    def show_test_pattern(self, screen: QScreen, shown: bool) -> None:
        if self.test_pattern is None:
            self.test_pattern = TestPattern()
            self.test_pattern.dismissed.connect(self._test_pattern_dismissed)
        if shown:
            place_fullscreen(self.test_pattern, screen)
        else:
            self.test_pattern.hide()

    def _test_pattern_dismissed(self) -> None:
        if self.preparation is not None:
            self.preparation.test_pattern_button.setChecked(False)

    def _back_to_library(self) -> None:
        if self.test_pattern is not None:
            self.test_pattern.hide()
        if self.preparation is not None:
            self.preparation.close()
            self.preparation.deleteLater()
            self.preparation = None
        self.offer_unfinished()
        self.window.show()

    # --- session ------------------------------------------------------------------------------
    def earlier_agreement(self, material_id: str) -> list[str]:
        """The agreement of the last finished session of this material, to follow it up."""
        records, _ = list_sessions(sessions_dir(self.data))
        for record in records:
            if not record.finished or record.summary.get("material_id") != material_id:
                continue
            try:
                earlier = Session.open(record.path, recover=False)
            except SessionFileError:
                continue
            fields = earlier.material.wrap_up.agreement
            lines = [
                f"{f.label}: {earlier.state.agreement[f.id]}"
                for f in fields
                if earlier.state.agreement.get(f.id)
            ]
            kept = [card.text for card in earlier.state.board.kept_for_next_time()]
            if kept and earlier.material.wrap_up.dot_voting.keep_others_for_next_time:
                kept_label = QCoreApplication.translate("DialogDesk", "Kept for the next discussion: ")
                lines.append(kept_label + "; ".join(kept))
            if lines:
                return lines
        return []

    def start_session(
        self,
        loaded: LoadedMaterial,
        setup: SessionSetup,
        minutes: list[float] | None,
        *,
        warning: tuple[int | None, float | None] | None = None,
        chime: bool | None = None,
    ) -> SessionScreens:
        session = Session(loaded.material, setup, clock=self.clock, folder=sessions_dir(self.data))
        if minutes:
            session.dispatch(i.AcceptPlan(first_index=0, minutes=tuple(minutes)))
        if warning is not None:
            session.dispatch(i.SetWarning(seconds=warning[0], fraction=warning[1]))
        return self._run(session, chime=self.settings.chime if chime is None else chime)

    def resume(self, path: Path) -> SessionScreens | None:
        try:
            session = Session.open(path, clock=self.clock)
        except SessionFileError as error:
            QMessageBox.warning(self.window, "DialogDesk", str(error))
            return None
        return self._run(session)

    def _run(self, session: Session, *, chime: bool | None = None) -> SessionScreens:
        if self.test_pattern is not None:
            self.test_pattern.hide()
        if self.preparation is not None:
            self.preparation.hide()
        self.window.hide()
        controller = SessionController(session)
        self.running = SessionScreens(
            controller, self.screens, chime=self.settings.chime if chime is None else chime
        )
        self.running.closed.connect(self._session_closed)
        self.running.show()
        return self.running

    def _session_closed(self) -> None:
        self.running = None
        self._back_to_library()

    def choose_language(self, language: str) -> None:
        """Saved for this machine; the windows are built in it from the next start."""
        self.settings = self.settings.model_copy(update={"language": language})
        problem = save_settings(self.settings, settings_path(self.data))
        message = problem or QCoreApplication.translate(
            "DialogDesk", "The language changes when DialogDesk is started again."
        )
        self.window.statusBar().showMessage(message)

    def _remember_audience_screen(self, identity: ScreenIdentity) -> None:
        self.settings = self.settings.model_copy(update={"audience_screen": identity})
        problem = save_settings(self.settings, settings_path(self.data))
        if problem:
            self.window.statusBar().showMessage(problem)


def run_app(
    materials: Sequence[Path],
    language: str | None = None,
    *,
    room_settings: Path | None = None,
    fullscreen: bool = False,
) -> int:
    app = create_application()
    room = room_settings or room_settings_path()
    settings, _ = effective_settings(data_dir(), room)
    install_translator(app, language or settings.language)
    desk = DialogDesk(app, materials, room_settings=room)
    if fullscreen:
        desk.settings = desk.settings.model_copy(update={"start_fullscreen": True})
    for problem in desk.library.errors:
        print(problem, file=sys.stderr)
    desk.show()
    if os.environ.get("DIALOGDESK_EXIT_WHEN_READY"):
        # For the start-up benchmark: quit as soon as the library window can take input.
        QTimer.singleShot(0, app.quit)
    return app.exec()
