"""The written case being read in the room: its text and which page the projector shows.

The audience view splits the text into pages that fit its screen and reports how many there
are; the presenter's controls turn the pages. Both look at this one object.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from dialogdesk.media.textfile import TextFileError, read_text_file


class CaseReading(QObject):
    """The case text and the page shown (0-based), shared by the audience view and the controls."""

    textChanged = Signal(str)
    pageChanged = Signal(int, int)  # page, page count

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.source: Path | None = None
        self.error = ""  # why the text could not be read, in plain words
        self._page = 0
        self._pages = 1

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return self._pages

    def load(self, path: Path | None) -> bool:
        """Read a Markdown or plain-text case; False (and ``error``) when it cannot be read."""
        self.error = ""
        try:
            text = read_text_file(path) if path is not None else ""
        except TextFileError as error:
            self.error = str(error)
            text = ""
        self.source = path if text else None
        self.set_text(text)
        return bool(text)

    def set_text(self, text: str) -> None:
        self.text = text
        self._page = 0
        self.textChanged.emit(text)
        self.pageChanged.emit(self._page, self._pages)

    def set_page_count(self, count: int) -> None:
        """Called by the view that paginates (the audience view, which has the room's screen size)."""
        count = max(count, 1)
        if count != self._pages:
            self._pages = count
            self._page = min(self._page, count - 1)
            self.pageChanged.emit(self._page, self._pages)

    def go_to(self, page: int) -> None:
        page = min(max(page, 0), self._pages - 1)
        if page != self._page:
            self._page = page
            self.pageChanged.emit(self._page, self._pages)

    def next_page(self) -> None:
        self.go_to(self._page + 1)

    def previous_page(self) -> None:
        self.go_to(self._page - 1)
