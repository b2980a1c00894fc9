"""The baseline for bench_bundle.py: PySide6 widgets and multimedia, one window, nothing else.

Frozen with PyInstaller's defaults it is the "bare PySide6 + QtMultimedia one-folder bundle" that
DialogDesk's bundle is compared with. Like DialogDesk, it quits when ``DIALOGDESK_EXIT_WHEN_READY``
is set, once its window has been painted for the first time (as ``AfterFirstPaint`` in
``dialogdesk/ui/app.py``; written out again here, because the baseline must not import DialogDesk).
"""

from __future__ import annotations

import os
import sys

import PySide6.QtMultimedia  # noqa: F401 (loaded like DialogDesk loads it: its size and start-up cost)
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget


class QuitAfterFirstPaint(QObject):
    def __init__(self, app: QApplication, window: QWidget) -> None:
        super().__init__(window)
        self._app = app
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QWidget()
    window.setWindowTitle("Bare PySide6 + QtMultimedia")
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("Bare PySide6 + QtMultimedia bundle"))
    window.resize(800, 600)
    window.show()
    if os.environ.get("DIALOGDESK_EXIT_WHEN_READY"):
        QuitAfterFirstPaint(app, window)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
