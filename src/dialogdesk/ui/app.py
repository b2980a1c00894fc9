"""Start the Qt application on a set of materials."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QApplication

from dialogdesk.materials.library import MaterialLibrary
from dialogdesk.ui.i18n import install_translator
from dialogdesk.ui.library_window import LibraryWindow


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    app.setApplicationName("DialogDesk")
    app.setOrganizationName("DialogDesk")
    return app  # type: ignore[return-value]


def run_app(materials: Sequence[Path], language: str | None = None) -> int:
    app = create_application()
    install_translator(app, language)
    library = MaterialLibrary.load(materials)
    for problem in library.errors:
        print(problem, file=sys.stderr)
    window = LibraryWindow(library)
    window.show()
    return app.exec()
