"""Start DialogDesk: create the Qt application, show the library fast, then warm up the rest.

The flow between the windows is ``ui.flow.DialogDesk``; it is imported from here too, where the
tools and tests that start the app find it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from dialogdesk.datadir import APPLICATION, ORGANIZATION, default_data_dir
from dialogdesk.paths import bundled_materials, resources
from dialogdesk.platform.settings_sources import read_settings, room_settings_path
from dialogdesk.ui.flow import DialogDesk
from dialogdesk.ui.i18n import install_translator

if TYPE_CHECKING:
    import threading

__all__ = ["WARM_UP_MODULES", "AfterFirstPaint", "DialogDesk", "create_application", "run_app", "warm_up"]

# The library window must come up fast (the start-up goal is 1.5x a bare Qt app); what only a
# session, an export or the history needs is imported when it is first used, or by warm_up()
# while the facilitator reads the library.
WARM_UP_MODULES = (
    "dialogdesk.materials.loader",  # PyYAML, pydantic and the material models
    "dialogdesk.ui.preparation_window",  # QtMultimedia and the media check
    "dialogdesk.session.engine",
    "dialogdesk.ui.session_screens",  # the presenter and audience views
)


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    # These names make Qt's AppDataLocation the folder datadir names without Qt.
    app.setApplicationName(APPLICATION)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("dialogdesk")
    app.setWindowIcon(QIcon(str(resources() / "icons" / "dialogdesk.png")))
    return app  # type: ignore[return-value]


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
    """The app on ``materials`` (else the settings' ``material_folders``, else the bundled ones).

    One DialogDesk per data folder: a second start brings the running one to the front and
    returns 0; if the running one does not answer, this one opens read-only (``single_instance``).
    """
    from dialogdesk.ui import single_instance

    app = create_application()
    data = default_data_dir()
    sources = read_settings(data, room_settings or room_settings_path())
    if sources.problem:
        print(sources.problem, file=sys.stderr)  # for IT starting it from a terminal; the window says it too
    settings = sources.effective
    install_translator(app, language or settings.language)
    instance = single_instance.SingleInstance(data)
    claim = instance.claim()
    if claim is single_instance.Claim.OTHER_CAME_TO_FRONT:
        print(single_instance.came_to_front_message(data), flush=True)
        return 0
    if instance.problem:
        print(instance.problem, file=sys.stderr)
    if not materials:
        folders = settings.material_folders
        materials = [Path(folder) for folder in folders] if folders else [bundled_materials()]
    desk = DialogDesk(app, materials, settings=sources)
    if fullscreen:
        desk.settings = desk.settings.updated(start_fullscreen=True)
    for material_problem in desk.library.errors:
        print(material_problem, file=sys.stderr)
    desk.show()
    if claim is single_instance.Claim.OTHER_NOT_ANSWERING:
        _open_read_only(desk, single_instance.not_answering_message(data))
    else:
        instance.frontRequested.connect(lambda: _come_to_front(desk))
    # The start-up benchmark quits once the library is painted and takes input; the warm-up
    # begins only then, after start-up, so there it is not started at all.
    ready = app.quit if os.environ.get("DIALOGDESK_EXIT_WHEN_READY") else warm_up
    AfterFirstPaint(desk.window, partial(_painted, ready))  # owned by the window
    try:
        return app.exec()
    finally:
        instance.release()


# Set by the tests that start two DialogDesks: "READY" on stdout once the library is painted.
REPORT_READY = "DIALOGDESK_REPORT_READY"


def _painted(then: Callable[[], object]) -> None:
    if os.environ.get(REPORT_READY):
        print("READY", flush=True)
    then()


def _open_read_only(desk: DialogDesk, message: str) -> None:
    """Another DialogDesk holds the data folder and is hung: look, but never write a session."""
    from dialogdesk.ui import single_instance

    desk.read_only = True
    print(message, file=sys.stderr, flush=True)
    desk.window.setWindowTitle(
        desk.window.windowTitle() + QCoreApplication.translate("SingleInstance", " (read-only)")
    )
    desk.window.statusBar().showMessage(message)
    single_instance.tell(desk.window, message)


def _come_to_front(desk: DialogDesk) -> None:
    from dialogdesk.ui.single_instance import bring_to_front

    bring_to_front(desk)
    # Said on the terminal too: IT (and the two-process test) can see the request arrived.
    told = QCoreApplication.translate(
        "SingleInstance",
        "DialogDesk: another start on this data folder; this window was brought to the front.",
    )
    print(told, flush=True)
