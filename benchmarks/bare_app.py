"""The baseline for bench_bundle.py: PySide6 widgets and multimedia, one window, nothing else.

Frozen with PyInstaller's defaults it is the "bare PySide6 + QtMultimedia one-folder bundle" that
DialogDesk's bundle is compared with. Like DialogDesk, it quits as soon as its window is shown
when ``DIALOGDESK_EXIT_WHEN_READY`` is set.
"""

from __future__ import annotations

import os
import sys

import PySide6.QtMultimedia  # noqa: F401 (loaded like DialogDesk loads it: its size and start-up cost)
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


def main() -> int:
    app = QApplication(sys.argv)
    window = QWidget()
    window.setWindowTitle("Bare PySide6 + QtMultimedia")
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Bare PySide6 + QtMultimedia bundle"))
    window.resize(800, 600)
    window.show()
    if os.environ.get("DIALOGDESK_EXIT_WHEN_READY"):
        QTimer.singleShot(0, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
