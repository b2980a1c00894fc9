"""Saves a screenshot of the material library window (for the README)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from dialogdesk.materials.catalog import MaterialCatalog
from dialogdesk.paths import bundled_materials
from dialogdesk.ui.app import create_application
from dialogdesk.ui.i18n import install_translator
from dialogdesk.ui.library_window import LibraryWindow


def main() -> int:
    output = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/library.png")
    app = create_application()
    install_translator(app, "da")
    window = LibraryWindow(MaterialCatalog.scan([bundled_materials()]))
    window.resize(1280, 720)
    window.show()

    def capture() -> None:
        output.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(output))
        app.quit()

    QTimer.singleShot(500, capture)
    app.exec()
    print(output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
