"""The app's flow: library → preparation → session on the room's screens → library.

What a session, the preparation page or an export needs is imported when it is first used, so
that the library window comes up without PyYAML, pydantic or QtMultimedia (``ui.app.warm_up``
imports them while the facilitator reads the library).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QMessageBox

from dialogdesk.datadir import default_data_dir, material_cache_file, sessions_dir
from dialogdesk.materials.catalog import MaterialCatalog, MaterialEntry
from dialogdesk.materials.problems import MaterialError
from dialogdesk.platform.screens import ScreenIdentity, ScreenManager, place_fullscreen, place_maximized
from dialogdesk.platform.settings import save_settings, settings_path
from dialogdesk.platform.settings_sources import SettingsSources, read_settings
from dialogdesk.session.clock import NS_PER_SECOND, Clock
from dialogdesk.session.store import SessionFileError, check_log, list_sessions
from dialogdesk.ui.exports_and_history import ExportsAndHistory, describe_export
from dialogdesk.ui.library_window import LibraryWindow

if TYPE_CHECKING:
    from dialogdesk.export.writer import ExportResult
    from dialogdesk.materials.loader import LoadedMaterial
    from dialogdesk.materials.model import Material
    from dialogdesk.media.library import MediaLibrary
    from dialogdesk.session.engine import Session
    from dialogdesk.session.state import SessionSetup
    from dialogdesk.ui.audience_window import TestPattern
    from dialogdesk.ui.history_window import HistoryWindow
    from dialogdesk.ui.preparation_window import PreparationWindow
    from dialogdesk.ui.rehearsal import Rehearsal
    from dialogdesk.ui.session_screens import SessionScreens


class DialogDesk(QObject):
    """The app's flow: library → preparation → session on the room's screens → library."""

    # Set when another DialogDesk holds this data folder but does not answer (ui.single_instance):
    # the library and the history may be shown, but no session is started or continued here.
    read_only = False

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
        self.data = data or default_data_dir()
        self.clock = clock
        sources = settings or read_settings(self.data, room_settings)
        self.user_settings, self.room_settings = sources.user, sources.room
        self.settings = sources.effective
        self.library = MaterialCatalog.scan(materials, material_cache_file(self.data))
        if self.settings.shown_materials is not None:
            self.library.only(self.settings.shown_materials)
        self.window = LibraryWindow(self.library)
        self.screens = ScreenManager(app, self.settings.audience_screen, self._remember_audience_screen)
        self.preparation: PreparationWindow | None = None
        self.rehearsal: Rehearsal | None = None
        self.running: SessionScreens | None = None
        self.test_pattern: TestPattern | None = None
        self.exports_and_history = ExportsAndHistory(self.data, self._prepare_follow_up)
        self.window.prepareRequested.connect(self.prepare)
        self.window.rehearseRequested.connect(self.rehearse)
        self.window.resumeRequested.connect(self.resume)
        self.window.languageChosen.connect(self.choose_language)
        self.window.printRequested.connect(self.print_material)
        self.window.historyRequested.connect(self.show_history)
        if sources.problem:
            self.window.statusBar().showMessage(sources.problem)
        self.offer_unfinished()

    def show(self) -> None:
        if self.settings.start_fullscreen:
            self.window.showFullScreen()
        else:
            # Filling the facilitator's screen also where no window manager would place it.
            place_maximized(self.window, self.screens.presenter_screen())

    # --- library ------------------------------------------------------------------------------
    def offer_unfinished(self) -> None:
        listed, problems = list_sessions(sessions_dir(self.data))
        unfinished = None
        for entry in (entry for entry in listed if not entry.finished):
            try:
                check_log(entry.path)  # every record's checksum, so a damaged log is not offered
            except SessionFileError as error:
                problems.append(str(error))
                continue
            unfinished = entry
            break
        self.window.show_unreadable_sessions(problems)
        if unfinished is None:
            self.window.offer_resume(None, "")
            return
        summary = unfinished.summary  # typed and range-checked by the store
        when = datetime.fromtimestamp(summary.updated_wall_ns / NS_PER_SECOND)
        step = summary.step_index + 1
        description = f"{summary.material_title}, Trin {step} ({when:%d.%m. %H:%M})"
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

    # --- what leaves the room, and past sessions ----------------------------------------------
    @property
    def export_folder(self) -> Path:
        return self.exports_and_history.export_folder

    @export_folder.setter
    def export_folder(self, folder: Path) -> None:
        self.exports_and_history.export_folder = folder

    def print_material(self, entry: MaterialEntry, kind: str) -> ExportResult | None:
        """The drejebog or handout a facilitator asked for in the library, saved as a PDF."""
        loaded = self._load(entry)
        if loaded is None:
            return None
        result = self.exports_and_history.print_material(loaded.material, kind)
        self.window.statusBar().showMessage(describe_export(result))
        return result

    def show_history(self) -> HistoryWindow:
        return self.exports_and_history.show_history()

    def _prepare_follow_up(self, material: Material, tell: Callable[[str], None]) -> PreparationWindow | None:
        if self.library.by_id(material.id) is None:
            tell(
                QCoreApplication.translate("DialogDesk", "%1: not in this library").replace(
                    "%1", material.title
                )
            )
            return None
        loaded = self.load_material(material.id, tell)
        if loaded is None:
            return None
        self.open_preparation(loaded)
        return self.preparation

    # --- preparation --------------------------------------------------------------------------
    def _wall_ns(self) -> int:
        """The sessions' wall clock: the one they are given, else the system's."""
        return self.clock.now().wall_ns if self.clock is not None else time.time_ns()

    def prepare(self, entry: MaterialEntry) -> PreparationWindow | None:
        """Open the preparation page of the material a facilitator chose in the library."""
        loaded = self._load(entry)
        if loaded is None:
            return None
        self.open_preparation(loaded)
        return self.preparation

    def rehearse(self, entry: MaterialEntry) -> Rehearsal | None:
        """Øv: the material on both screens with a fast clock; nothing saved, then the library again."""
        from dialogdesk.ui.rehearsal import Rehearsal

        loaded = self._load(entry)
        if loaded is None:
            return None
        self.window.hide()
        self.rehearsal = Rehearsal(loaded, self.screens, self.media_library(), clock=self.clock, parent=self)
        self.rehearsal.closed.connect(self._rehearsal_closed)
        self.rehearsal.show()
        return self.rehearsal

    def _rehearsal_closed(self) -> None:
        self.rehearsal = None
        self.window.show()

    def open_preparation(self, loaded: LoadedMaterial) -> None:
        from dialogdesk.ui.preparation_window import PreparationWindow

        self.preparation = PreparationWindow(
            loaded,
            self.screens,
            self.media_library(),
            data_dir=self.data,
            now_wall_ns=self._wall_ns,
        )
        self.preparation.chime.setChecked(self.settings.chime)
        self.preparation.running_order.setChecked(self.settings.running_order_on_projector)
        self.preparation.media_panel.set_media_locked(not self.settings.allow_editing)
        self.preparation.set_warning(self.settings.warning_seconds, self.settings.warning_fraction)
        self.preparation.show_earlier_agreement(
            self.exports_and_history.earlier_agreement(loaded.material.id)
        )
        self.preparation.startRequested.connect(
            lambda setup, minutes, m=loaded: self.start_session(
                m,
                setup,
                minutes,
                warning=self.preparation.warning() if self.preparation else None,
                chime=self.preparation.chime.isChecked() if self.preparation else None,
                running_order=self.preparation.running_order.isChecked() if self.preparation else None,
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

    def start_session(
        self,
        loaded: LoadedMaterial,
        setup: SessionSetup,
        minutes: list[float] | None,
        *,
        warning: tuple[int | None, float | None] | None = None,
        chime: bool | None = None,
        running_order: bool | None = None,
    ) -> SessionScreens | None:
        """The session on the room's screens; None, with a message, while ``read_only``."""
        if self.read_only:
            self._refuse_read_only()
            return None
        from dialogdesk.session import intents as i
        from dialogdesk.session.engine import Session

        # The chime is the session's own (saved with it); the machine's choice is the default.
        # So are the steps along the bottom of the projector.
        setup = replace(
            setup,
            chime=self.settings.chime if chime is None else chime,
            running_order=self.settings.running_order_on_projector
            if running_order is None
            else running_order,
        )
        session = Session(loaded.material, setup, clock=self.clock, folder=sessions_dir(self.data))
        if minutes:
            session.dispatch(i.AcceptPlan(first_index=0, minutes=tuple(minutes)))
        if warning is not None:
            session.dispatch(i.SetWarning(seconds=warning[0], fraction=warning[1]))
        return self._run(session)

    def resume(self, path: Path) -> SessionScreens | None:
        if self.read_only:
            self._refuse_read_only()
            return None
        from dialogdesk.session.engine import Session
        from dialogdesk.session.store import SessionInUse

        try:
            session = Session.open(path, clock=self.clock)
        except SessionInUse as error:
            text = QCoreApplication.translate(
                "DialogDesk", "This session is open in another DialogDesk on this computer: %1"
            )
            QMessageBox.warning(self.window, "DialogDesk", text.replace("%1", str(error.path)))
            return None
        except SessionFileError as error:
            text = QCoreApplication.translate("DialogDesk", "The session cannot be continued: %1")
            QMessageBox.warning(self.window, "DialogDesk", text.replace("%1", str(error)))
            return None
        running = self._run(session)
        if session.dropped_record is not None:
            running.presenter.statusBar().showMessage(
                QCoreApplication.translate(
                    "DialogDesk",
                    "The last change before DialogDesk stopped was only half saved and is left out (%1).",
                ).replace("%1", session.dropped_record.path.name)
            )
        return running

    def _refuse_read_only(self) -> None:
        from dialogdesk.ui import single_instance

        shown = self.preparation if self.preparation is not None and self.preparation.isVisible() else None
        single_instance.tell(shown or self.window, single_instance.read_only_refusal())

    def _run(self, session: Session) -> SessionScreens:
        from dialogdesk.ui.session_controller import SessionController
        from dialogdesk.ui.session_screens import SessionScreens

        self.exports_and_history.hide_history()
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
            media=(loaded, self.media_library()) if loaded is not None else None,
        )
        self.running.closed.connect(self._session_closed)
        self.running.presenter.exportRequested.connect(self._export_session)
        if loaded is None and session.material.media:
            self.running.presenter.statusBar().showMessage(_media_unplayable(problems))
        self.running.show()
        # Everything built so far lives as long as the session: keep the garbage collector from
        # walking it on every full collection (a 16 ms pause mid-drag with a large board). Undone
        # when the session closes (_session_closed), or every session would add to the frozen set.
        gc.collect()
        gc.freeze()
        return self.running

    def _export_session(self, kind: str) -> None:
        if self.running is not None:
            self.exports_and_history.export_session(self.running, kind)

    def _session_closed(self) -> None:
        # What was frozen at the session's start may be garbage now (the session's windows);
        # unfrozen, the collector can free it, and the next session freezes its own.
        gc.unfreeze()
        if self.running is not None:
            self.running.controller.session.close()  # its file and lock, now rather than at collection
        self.running = None
        self._back_to_library()

    # --- this machine's settings --------------------------------------------------------------
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


def _media_unplayable(problems: list[str]) -> str:
    """Why a session's media cannot be played: it runs from its own copy of the material, and
    only the media need the material's file."""
    if problems:
        return QCoreApplication.translate(
            "DialogDesk", "The media cannot be played: the material file no longer loads. %1"
        ).replace("%1", " ".join(problems))
    return QCoreApplication.translate(
        "DialogDesk", "The media cannot be played: the material is not in this library."
    )
