"""The media box of the preparation page: each film, podcast or case checked, attachable, findable.

Each media gets a line that says whether it is ready (and how long it lasts) or what is wrong
and what to do, with "Attach file…" and "Check again". One media folder (USB stick or network
drive) can be chosen for every material. Checks run without blocking the page, a copy runs in
a worker thread, and nothing here stops the session from starting without its media.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from dialogdesk.materials.loader import LoadedMaterial
from dialogdesk.materials.model import Media
from dialogdesk.media.check import MediaCheck
from dialogdesk.media.findings import MediaCheckResult, Severity
from dialogdesk.media.library import EXTENSIONS, AttachedMedia, AttachError, MediaLibrary
from dialogdesk.media.messages import describe, in_locked_room, in_room_with_its_media_folder
from dialogdesk.session.store import describe_os_error
from dialogdesk.ui.wrapping import breakable


class _CopySignals(QObject):
    progress = Signal(object, object)  # bytes copied, bytes in all (past 2 GB: not a C++ int)
    done = Signal(object)  # AttachedMedia
    failed = Signal(str)


class _CopyJob(QRunnable):
    """Copies a checked file into the library off the GUI thread (a film can be a gigabyte)."""

    def __init__(self, library: MediaLibrary, material_id: str, media: Media, source: Path) -> None:
        super().__init__()
        self.signals = _CopySignals()
        self._arguments = (library, material_id, media, source)

    def run(self) -> None:
        library, material_id, media, source = self._arguments
        try:
            entry = library.copy_in(material_id, media, source, progress=self.signals.progress.emit)
        except AttachError as error:
            self.signals.failed.emit(error.reason or str(error))
            return
        self.signals.done.emit(entry)


class _MediaRow:
    def __init__(self, media: Media) -> None:
        self.media = media
        self.title = QLabel(f"<b>{html.escape(breakable(media.title))}</b>")
        self.title.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setObjectName("mediaStatus")
        self.attach_button = QPushButton(QCoreApplication.translate("MediaPreparationPanel", "Attach file…"))
        self.recheck_button = QPushButton(QCoreApplication.translate("MediaPreparationPanel", "Check again"))
        self.check: MediaCheck | None = None
        self.job: _CopyJob | None = None


class MediaPreparationPanel(QGroupBox):
    """Checks every media of the material and lets the facilitator attach or find the files."""

    checked = Signal(str, object)  # media id, MediaCheckResult
    attached = Signal(str, object)  # media id, AttachedMedia

    def __init__(
        self, loaded: LoadedMaterial, library: MediaLibrary | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(QCoreApplication.translate("MediaPreparationPanel", "Media"), parent)
        self.loaded = loaded
        self.library = library if library is not None else MediaLibrary()
        self.results: dict[str, MediaCheckResult] = {}
        self.rows: dict[str, _MediaRow] = {}
        grid = QGridLayout(self)
        for index, media in enumerate(loaded.material.media):
            row = _MediaRow(media)
            self.rows[media.id] = row
            buttons = QHBoxLayout()
            buttons.addWidget(row.attach_button)
            buttons.addWidget(row.recheck_button)
            grid.addWidget(row.title, index * 2, 0)
            grid.addLayout(buttons, index * 2, 1)
            grid.addWidget(row.status, index * 2 + 1, 0, 1, 2)
            row.attach_button.clicked.connect(lambda _=False, m=media.id: self._ask_for_file(m))
            row.recheck_button.clicked.connect(lambda _=False, m=media.id: self.check(m))
        if not loaded.material.media:
            grid.addWidget(
                QLabel(QCoreApplication.translate("MediaPreparationPanel", "This material uses no media.")),
                0,
                0,
            )
        self.folder_label = QLabel()
        self.folder_label.setWordWrap(True)
        self.folder_button = QPushButton(
            QCoreApplication.translate("MediaPreparationPanel", "Choose media folder…")
        )
        self.folder_button.clicked.connect(self._ask_for_folder)
        last = len(loaded.material.media) * 2 + 1
        grid.addWidget(self.folder_label, last, 0)
        grid.addWidget(self.folder_button, last, 1)
        self.locked_label = QLabel(
            QCoreApplication.translate(
                "MediaPreparationPanel",
                "The media of this room are set up by IT: here no file can be attached and no media "
                "folder chosen.",
            )
        )
        self.locked_label.setWordWrap(True)
        self.locked_label.hide()
        grid.addWidget(self.locked_label, last + 1, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self.media_locked = False
        self.folder_button.setVisible(self.may_choose_folder)
        self.setStyleSheet(_STYLE)
        self._show_folder()
        QTimer.singleShot(0, self, self._first_check)

    # --- checking ------------------------------------------------------------------------------------
    def path_for(self, media_id: str) -> Path | None:
        media = self.loaded.material.media_by_id(media_id)
        return self.library.resolve(self.loaded, media) if media is not None else None

    def _first_check(self) -> None:
        for media_id, row in self.rows.items():
            if row.check is None and row.job is None and media_id not in self.results:
                self.check(media_id)

    def check_all(self) -> None:
        for media_id in self.rows:
            self.check(media_id)

    def check(self, media_id: str, path: Path | None = None, *, attach: bool = False) -> None:
        """Check the file the material would use (or ``path``, which is attached if it passes)."""
        row = self.rows[media_id]
        if row.check is not None:
            row.check.cancel()
        path = path if path is not None else self.path_for(media_id)
        self._show(row, QCoreApplication.translate("MediaPreparationPanel", "Checking…"), "busy")
        check = MediaCheck(self)
        row.check = check
        check.finished.connect(lambda result, r=row, a=attach: self._checked(r, result, a))
        check.start(path, row.media)

    def _checked(self, row: _MediaRow, result: MediaCheckResult, attach: bool) -> None:
        if row.check is not None:
            row.check.deleteLater()
            row.check = None
        if attach and result.playable and result.path is not None:
            self._copy(row, result.path)
            return
        self.results[row.media.id] = result
        self._render(row, result)
        self.checked.emit(row.media.id, result)

    def _render(self, row: _MediaRow, result: MediaCheckResult) -> None:
        if result.severity is Severity.ERROR:
            text = result.message
            error = next((f for f in result.findings if f.severity is Severity.ERROR), None)
            if self.media_locked and error is not None:
                text = in_locked_room(error.issue, row.media, result.path, error.message)
            elif not self.may_choose_folder and error is not None:
                text = in_room_with_its_media_folder(error.issue, row.media, result.path, error.message)
            self._show(row, text, "error")
        else:
            warnings = [finding.message for finding in result.findings]
            text = describe(result) + self._where(result.path)
            self._show(row, "\n".join([text, *warnings]), "warning" if warnings else "ok")

    def _where(self, path: Path | None) -> str:
        if path is None:
            return ""
        folder = self.library.media_folder
        if path.is_relative_to(self.library.root):
            return QCoreApplication.translate("MediaPreparationPanel", " (attached on this computer)")
        if folder is not None and path.is_relative_to(folder):
            return QCoreApplication.translate("MediaPreparationPanel", " (from the media folder)")
        return ""

    # --- attaching ----------------------------------------------------------------------------------
    @property
    def may_choose_folder(self) -> bool:
        """Not where the room's settings name the media folder, or lock the media altogether."""
        return not self.media_locked and self.library.fixed_media_folder is None

    def set_media_locked(self, locked: bool) -> None:
        """A room whose settings say ``allow_editing: false``: no attaching, no other media folder."""
        self.media_locked = locked
        for row in self.rows.values():
            row.attach_button.setVisible(not locked)
        self.folder_button.setVisible(self.may_choose_folder)
        self.locked_label.setVisible(locked)
        self._show_folder()
        for media_id, result in self.results.items():
            self._render(self.rows[media_id], result)  # the advice depends on it

    def attach_file(self, media_id: str, source: Path) -> None:
        """Check ``source``; if it will play, copy it in and remember it for this material."""
        if self.media_locked:
            return
        self.check(media_id, source, attach=True)

    def _copy(self, row: _MediaRow, source: Path) -> None:
        self._show(
            row,
            QCoreApplication.translate("MediaPreparationPanel", "Copying… %1%").replace("%1", "0"),
            "busy",
        )
        row.attach_button.setEnabled(False)
        job = _CopyJob(self.library, self.loaded.material.id, row.media, source)
        job.setAutoDelete(False)
        row.job = job
        job.signals.progress.connect(
            lambda done, total, r=row: self._show(
                r,
                QCoreApplication.translate("MediaPreparationPanel", "Copying… %1%").replace(
                    "%1", str(done * 100 // max(total, 1))
                ),
                "busy",
            )
        )
        job.signals.done.connect(lambda entry, r=row: self._copied(r, entry))
        job.signals.failed.connect(lambda reason, r=row: self._copy_failed(r, reason))
        QThreadPool.globalInstance().start(job)

    def _copied(self, row: _MediaRow, entry: AttachedMedia) -> None:
        row.job = None
        row.attach_button.setEnabled(True)
        self.attached.emit(row.media.id, entry)
        self.check(row.media.id)

    def _copy_failed(self, row: _MediaRow, reason: str) -> None:
        row.job = None
        row.attach_button.setEnabled(True)
        self._show(
            row,
            QCoreApplication.translate("MediaPreparationPanel", "The file could not be copied: %1").replace(
                "%1", reason
            ),
            "error",
        )

    def _ask_for_file(self, media_id: str) -> None:
        media = self.rows[media_id].media
        patterns = " ".join(f"*{ext}" for ext in EXTENSIONS.get(media.kind, ()))
        media_files, all_files = (
            QCoreApplication.translate("MediaPreparationPanel", "Media files"),
            QCoreApplication.translate("MediaPreparationPanel", "All files"),
        )
        filters = f"{media_files} ({patterns});;{all_files} (*)"
        name, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MediaPreparationPanel", "Attach: ") + media.title, "", filters
        )
        if name:
            self.attach_file(media_id, Path(name))

    # --- the media folder ---------------------------------------------------------------------------
    def choose_media_folder(self, folder: Path | None) -> None:
        if not self.may_choose_folder:
            return
        try:
            self.library.set_media_folder(folder)
        except OSError as error:
            reason = describe_os_error(error)
            self.folder_label.setText(
                QCoreApplication.translate(
                    "MediaPreparationPanel", "The media folder could not be saved: %1"
                ).replace("%1", reason)
            )
            return
        self._show_folder()
        self.check_all()

    def _ask_for_folder(self) -> None:
        start = str(self.library.media_folder or "")
        name = QFileDialog.getExistingDirectory(
            self,
            QCoreApplication.translate("MediaPreparationPanel", "Media folder (USB stick or network drive)"),
            start,
        )
        if name:
            self.choose_media_folder(Path(name))

    def _show_folder(self) -> None:
        folder = self.library.media_folder
        if self.library.fixed_media_folder is not None:
            text = QCoreApplication.translate(
                "MediaPreparationPanel", "Media folder: %1 (set up for this room)"
            ).replace("%1", str(folder))
        elif folder:
            text = QCoreApplication.translate("MediaPreparationPanel", "Media folder: %1").replace(
                "%1", str(folder)
            )
        elif self.media_locked:
            text = QCoreApplication.translate("MediaPreparationPanel", "Media folder: none")
        else:
            text = QCoreApplication.translate(
                "MediaPreparationPanel",
                "Media folder: none (a USB stick or network drive with the films can be chosen)",
            )
        self.folder_label.setText(text)

    @staticmethod
    def _show(row: _MediaRow, text: str, state: str) -> None:
        # A mark as well as a colour: the state must not depend on telling red from green.
        row.status.setText({"ok": "✓ ", "warning": "⚠ ", "error": "✗ "}.get(state, "") + breakable(text))
        row.status.setProperty("state", state)
        row.status.style().unpolish(row.status)
        row.status.style().polish(row.status)


_STYLE = """
QLabel#mediaStatus[state="ok"] { color: #0b5d1e; }
QLabel#mediaStatus[state="warning"] { color: #8a5a00; font-weight: bold; }
QLabel#mediaStatus[state="error"] { color: #b00020; font-weight: bold; }
QLabel#mediaStatus[state="busy"] { color: #33475b; font-style: italic; }
"""
