"""Start the Qt application and move between the library, the preparation page and a session."""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStandardPaths, QTimer
from PySide6.QtGui import QIcon, QScreen
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from dialogdesk.datadir import ENV_VARIABLE, material_cache_file, sessions_dir
from dialogdesk.materials.catalog import MaterialCatalog, MaterialEntry
from dialogdesk.materials.problems import MaterialError
from dialogdesk.paths import bundled_materials, resources
from dialogdesk.platform.screens import ScreenIdentity, ScreenManager, place_fullscreen, place_maximized
from dialogdesk.platform.settings import MachineSettings, load_settings, save_settings, settings_path
from dialogdesk.session.clock import NS_PER_SECOND, Clock
from dialogdesk.session.store import SessionFileError, list_sessions
from dialogdesk.ui.i18n import install_translator
from dialogdesk.ui.library_window import LibraryWindow

if TYPE_CHECKING:
    import threading

    from dialogdesk.export.history import FollowUp
    from dialogdesk.export.writer import ExportResult
    from dialogdesk.materials.loader import LoadedMaterial
    from dialogdesk.media.library import MediaLibrary
    from dialogdesk.session.engine import Session
    from dialogdesk.session.state import SessionSetup
    from dialogdesk.ui.audience_window import TestPattern
    from dialogdesk.ui.history_window import HistoryWindow
    from dialogdesk.ui.preparation_window import PreparationWindow
    from dialogdesk.ui.session_screens import SessionScreens

# The library window must come up fast (the start-up goal is 1.5x a bare Qt app); what only a
# session, an export or the history needs is imported when it is first used, or by warm_up()
# while the facilitator reads the library.
WARM_UP_MODULES = (
    "dialogdesk.materials.loader",  # PyYAML, pydantic and the material models
    "dialogdesk.ui.preparation_window",  # QtMultimedia and the media check
    "dialogdesk.session.engine",
    "dialogdesk.ui.session_screens",  # the presenter and audience views
)

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


def default_export_folder() -> Path:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "DialogDesk"


def describe_export(result: ExportResult) -> str:
    if result.path_written is None:
        return QCoreApplication.translate("DialogDesk", "Not saved: ") + result.message
    saved = QCoreApplication.translate("DialogDesk", "Saved: %1").replace("%1", str(result.path_written))
    return saved + (f" ({result.message})" if result.message else "")


def follow_up_lines(follow_up: FollowUp) -> list[str]:
    """What was agreed, for the preparation page of the session that follows it up."""
    lines = [f"{entry.label}: {entry.value}" for entry in follow_up.agreement if entry.value]
    if follow_up.agreed_proposal is None and follow_up.chosen_card:
        lines.insert(0, follow_up.chosen_card)
    if follow_up.kept_for_next_time and follow_up.material.wrap_up.dot_voting.keep_others_for_next_time:
        kept_label = QCoreApplication.translate("DialogDesk", "Kept for the next discussion: ")
        lines.append(kept_label + "; ".join(follow_up.kept_for_next_time))
    return lines


def room_settings_path() -> Path | None:
    """``dialogdesk-settings.json`` next to the installed program, where IT sets up a room."""
    candidate = Path(sys.executable).resolve().parent / ROOM_SETTINGS_NAME
    return candidate if candidate.is_file() else None


@dataclass(frozen=True)
class SettingsSources:
    """The user's settings and the room's, kept apart: what the user changes is saved as theirs
    only, so that a value IT takes out of the room's file is not left behind in the user's."""

    user: MachineSettings
    room: MachineSettings  # nothing given without a room file
    problem: str | None  # about either file

    @property
    def effective(self) -> MachineSettings:
        """The user's settings, with every value the room's settings file sets taking precedence."""
        return self.user.overridden_by(self.room)


def read_settings(data: Path, room: Path | None) -> SettingsSources:
    user, problem = load_settings(settings_path(data))
    if room is None:
        return SettingsSources(user, MachineSettings(), problem)
    room_settings, room_problem = load_settings(room)
    return SettingsSources(user, room_settings, room_problem or problem)


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
        settings: SettingsSources | None = None,
    ) -> None:
        """``settings``: as ``read_settings`` read them already; else read from the data folder
        and ``room_settings``."""
        super().__init__(app)
        self.app = app
        self.data = data or data_dir()
        self.clock = clock
        sources = settings or read_settings(self.data, room_settings)
        self.user_settings, self.room_settings = sources.user, sources.room
        self.settings = sources.effective
        settings_problem = sources.problem
        self.library = MaterialCatalog.scan(materials, material_cache_file(self.data))
        if self.settings.shown_materials is not None:
            self.library.only(self.settings.shown_materials)
        self.window = LibraryWindow(self.library)
        self.screens = ScreenManager(app, self.settings.audience_screen, self._remember_audience_screen)
        self.preparation: PreparationWindow | None = None
        self.running: SessionScreens | None = None
        self.test_pattern: TestPattern | None = None
        self.window.prepareRequested.connect(self.prepare)
        self.window.resumeRequested.connect(self.resume)
        self.window.languageChosen.connect(self.choose_language)
        self.window.printRequested.connect(self.print_material)
        self.window.historyRequested.connect(self.show_history)
        self.export_folder = default_export_folder()
        self.history: HistoryWindow | None = None
        if settings_problem:
            self.window.statusBar().showMessage(settings_problem)
        self.offer_unfinished()

    def show(self) -> None:
        if self.settings.start_fullscreen:
            self.window.showFullScreen()
        else:
            # Filling the facilitator's screen also where no window manager would place it.
            place_maximized(self.window, self.screens.presenter_screen())

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

    def load_material(
        self, material_id: str, tell: Callable[[str], None] | None = None
    ) -> LoadedMaterial | None:
        """The material, validated from its file now; None if it is not listed or cannot be.

        Why it cannot be is shown on the library window, and told to ``tell`` (the window the
        facilitator is looking at, when that is another one).
        """
        entry = self.library.by_id(material_id)
        return None if entry is None else self._load(entry, tell)

    def _load(self, entry: MaterialEntry, tell: Callable[[str], None] | None = None) -> LoadedMaterial | None:
        try:
            return MaterialCatalog.load(entry)
        except MaterialError as error:  # changed since the library was listed
            self.window.show_problems(list(error.problems))
            if tell is not None:
                tell("\n".join(str(problem) for problem in error.problems))
            return None

    # --- preparation --------------------------------------------------------------------------
    def prepare(self, entry: MaterialEntry) -> PreparationWindow | None:
        """Open the preparation page of the material a facilitator chose in the library."""
        loaded = self._load(entry)
        if loaded is None:
            return None
        self.open_preparation(loaded)
        return self.preparation

    def open_preparation(self, loaded: LoadedMaterial) -> None:
        from dialogdesk.ui.preparation_window import PreparationWindow

        self.preparation = PreparationWindow(loaded, self.screens, self.media_library())
        self.preparation.chime.setChecked(self.settings.chime)
        self.preparation.media_panel.set_media_locked(not self.settings.allow_editing)
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
        place_maximized(self.preparation, self.screens.presenter_screen())

    def show_test_pattern(self, screen: QScreen, shown: bool) -> None:
        from dialogdesk.ui.audience_window import TestPattern

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
    def media_library(self) -> MediaLibrary:
        from dialogdesk.media.library import MediaLibrary

        folder = self.settings.media_folder
        return MediaLibrary(self.data, fixed_media_folder=Path(folder) if folder else None)

    def earlier_agreement(self, material_id: str) -> list[str]:
        """The agreement of the last finished session of this material, to follow it up."""
        from dialogdesk.export.history import follow_up_of, list_past_sessions

        past, _ = list_past_sessions(sessions_dir(self.data))
        latest = next((p for p in past if p.finished and p.material_id == material_id), None)
        if latest is None:
            return []
        try:
            return follow_up_lines(follow_up_of(latest.path))
        except SessionFileError:
            return []

    # --- exports and history --------------------------------------------------------------------
    def export_fallbacks(self) -> list[Path]:
        return [self.data / "exports"]

    def print_material(self, entry: MaterialEntry, kind: str) -> ExportResult | None:
        from dialogdesk.ui.exports import save_material_print

        loaded = self._load(entry)
        if loaded is None:
            return None
        result = save_material_print(loaded.material, kind, self.export_folder, self.export_fallbacks())
        self.window.statusBar().showMessage(describe_export(result))
        return result

    def export_session(self, kind: str) -> ExportResult | None:
        from dialogdesk.ui.exports import save_session_export

        if self.running is None:
            return None
        session = self.running.controller.session
        result = save_session_export(session, kind, self.export_folder, self.export_fallbacks())
        self.running.presenter.show_export_result(result.path_written, result.message)
        return result

    def show_history(self) -> HistoryWindow:
        from dialogdesk.ui.history_window import HistoryWindow

        if self.history is None:
            self.history = HistoryWindow(sessions_dir(self.data))
            self.history.reportRequested.connect(self.export_past_report)
            self.history.followUpRequested.connect(self.start_follow_up)
        self.history.refresh()
        self.history.show()
        self.history.raise_()
        return self.history

    def export_past_report(self, path: Path) -> ExportResult | None:
        from dialogdesk.session.engine import Session
        from dialogdesk.ui.exports import save_session_export

        try:
            session = Session.open(path, recover=False)
        except SessionFileError as error:
            if self.history is not None:
                self.history.show_message(str(error))
            return None
        result = save_session_export(session, "pdf", self.export_folder, self.export_fallbacks())
        if self.history is not None:
            self.history.show_message(describe_export(result))
        return result

    def start_follow_up(self, path: Path) -> PreparationWindow | None:
        """A new session of the same material, with what was agreed on the preparation page."""
        from dialogdesk.export.history import follow_up_of

        try:
            follow_up = follow_up_of(path)
        except SessionFileError as error:
            if self.history is not None:
                self.history.show_message(str(error))
            return None
        history = self.history
        if self.library.by_id(follow_up.material.id) is None:
            if history is not None:
                history.show_message(f"{follow_up.material.title}: not in this library")
            return None
        loaded = self.load_material(follow_up.material.id, history.show_message if history else None)
        if loaded is None:
            return None
        if self.history is not None:
            self.history.hide()
        self.open_preparation(loaded)
        assert self.preparation is not None
        self.preparation.follows_up = follow_up.session_id
        self.preparation.show_earlier_agreement(follow_up_lines(follow_up))
        return self.preparation

    def start_session(
        self,
        loaded: LoadedMaterial,
        setup: SessionSetup,
        minutes: list[float] | None,
        *,
        warning: tuple[int | None, float | None] | None = None,
        chime: bool | None = None,
    ) -> SessionScreens:
        from dialogdesk.session import intents as i
        from dialogdesk.session.engine import Session

        session = Session(loaded.material, setup, clock=self.clock, folder=sessions_dir(self.data))
        if minutes:
            session.dispatch(i.AcceptPlan(first_index=0, minutes=tuple(minutes)))
        if warning is not None:
            session.dispatch(i.SetWarning(seconds=warning[0], fraction=warning[1]))
        return self._run(session, chime=self.settings.chime if chime is None else chime)

    def resume(self, path: Path) -> SessionScreens | None:
        from dialogdesk.session.engine import Session

        try:
            session = Session.open(path, clock=self.clock)
        except SessionFileError as error:
            QMessageBox.warning(self.window, "DialogDesk", str(error))
            return None
        return self._run(session)

    def _run(self, session: Session, *, chime: bool | None = None) -> SessionScreens:
        from dialogdesk.ui.session_controller import SessionController
        from dialogdesk.ui.session_screens import SessionScreens

        self._close_history()
        if self.test_pattern is not None:
            self.test_pattern.hide()
        if self.preparation is not None:
            self.preparation.hide()
        self.window.hide()
        controller = SessionController(session)
        problems: list[str] = []
        loaded = self.load_material(session.material.id, problems.append)
        self.running = SessionScreens(
            controller,
            self.screens,
            chime=self.settings.chime if chime is None else chime,
            media=(loaded, self.media_library()) if loaded is not None else None,
        )
        self.running.closed.connect(self._session_closed)
        self.running.presenter.exportRequested.connect(self.export_session)
        if loaded is None and session.material.media:
            # The session runs from its own copy of the material; only its media need the file.
            if problems:
                text = QCoreApplication.translate(
                    "DialogDesk", "The media cannot be played: the material file no longer loads. %1"
                ).replace("%1", " ".join(problems))
            else:
                text = QCoreApplication.translate(
                    "DialogDesk", "The media cannot be played: the material is not in this library."
                )
            self.running.presenter.statusBar().showMessage(text)
        self.running.show()
        # Everything built so far lives as long as the session: keep the garbage collector from
        # walking it on every full collection (a 16 ms pause mid-drag with a large board).
        gc.collect()
        gc.freeze()
        return self.running

    def _close_history(self) -> None:
        if self.history is not None:
            self.history.hide()

    def _session_closed(self) -> None:
        self.running = None
        self._back_to_library()

    def remember(self, **changes: object) -> str | None:
        """Save ``changes`` as the user's (what the room fixes still wins); a message if the disk refused."""
        self.user_settings = self.user_settings.updated(**changes)
        self.settings = self.user_settings.overridden_by(self.room_settings)
        return save_settings(self.user_settings, settings_path(self.data))

    def choose_language(self, language: str) -> None:
        """Saved for this machine; the windows are built in it from the next start."""
        problem = self.remember(language=language)
        if "language" in self.room_settings.given:
            message = QCoreApplication.translate("DialogDesk", "This room's settings fix the language.")
        else:
            message = QCoreApplication.translate(
                "DialogDesk", "The language changes when DialogDesk is started again."
            )
        self.window.statusBar().showMessage(problem or message)

    def _remember_audience_screen(self, identity: ScreenIdentity) -> None:
        problem = self.remember(audience_screen=identity)
        if problem:
            self.window.statusBar().showMessage(problem)


def warm_up(modules: Sequence[str] = WARM_UP_MODULES) -> threading.Thread:
    """Import ``modules`` in a background thread, so that "Prepare" answers at once.

    Opening the preparation page first costs about 200 ms of imports; done here, behind the
    library window, that time falls while the facilitator is choosing. Only modules are
    imported (no QObject is made off the GUI thread), and the event loop releases the GIL, so
    the library stays responsive meanwhile. A module that fails to import here fails again,
    with its message, where it is used.
    """

    import importlib
    import threading

    def import_all() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # reported where the module is really needed
                return

    thread = threading.Thread(target=import_all, name="dialogdesk-warm-up", daemon=True)
    thread.start()
    return thread


class AfterFirstPaint(QObject):
    """Runs ``action`` once ``window`` has been painted for the first time.

    For what must wait until the library is on the screen: the warm-up, and the start-up
    benchmark's quit. A zero timer right after ``show()`` would run before anything is painted
    (the paint comes later in the event loop); this runs in the pass after the whole window,
    children included, has been drawn.
    """

    def __init__(self, window: QWidget, action: Callable[[], object]) -> None:
        super().__init__(window)
        self._action = action
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._action)
        return False


def run_app(
    materials: Sequence[Path] | None = None,
    language: str | None = None,
    *,
    room_settings: Path | None = None,
    fullscreen: bool = False,
) -> int:
    """The app on ``materials`` (else the settings' ``material_folders``, else the bundled ones)."""
    app = create_application()
    sources = read_settings(data_dir(), room_settings or room_settings_path())
    if sources.problem:
        print(sources.problem, file=sys.stderr)  # for IT starting it from a terminal; the window says it too
    settings = sources.effective
    install_translator(app, language or settings.language)
    if not materials:
        folders = settings.material_folders
        materials = [Path(folder) for folder in folders] if folders else [bundled_materials()]
    desk = DialogDesk(app, materials, settings=sources)
    if fullscreen:
        desk.settings = desk.settings.updated(start_fullscreen=True)
    for material_problem in desk.library.errors:
        print(material_problem, file=sys.stderr)
    desk.show()
    # The start-up benchmark quits once the library is painted and takes input; the warm-up
    # begins only then, after start-up, so there it is not started at all.
    ready = app.quit if os.environ.get("DIALOGDESK_EXIT_WHEN_READY") else warm_up
    AfterFirstPaint(desk.window, ready)  # owned by the window
    return app.exec()
