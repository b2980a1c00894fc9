"""The presenter's "Now and next" tab: the room's screen now and after the next press, side by side.

What PowerPoint's and OpenLP's presenter views give: the live screen and a large picture of the
next one, so that the facilitator knows what the room will see before pressing. The pictures are
grabbed from the room's view and from the look-ahead view (``NextScreen``); this tab only scales
them to the room it has, keeping the projector's shape.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QSizePolicy, QWidget

from dialogdesk.ui.presenter.script_panel import section_label

MIN_PICTURE_WIDTH = 160


class _Picture(QLabel):
    """A screen's picture, as large as its place allows, in the screen's shape."""

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumWidth(MIN_PICTURE_WIDTH)
        self.setWordWrap(True)
        self.original: QPixmap | None = None

    def show_picture(self, picture: QPixmap | None, instead: str = "") -> None:
        self.original = picture
        if picture is None:
            self.clear()
            self.setText(instead)
        self._scale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        if self.original is None or self.width() < 2 or self.height() < 2:
            return
        self.setPixmap(
            self.original.scaled(
                self.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )


class NowAndNext(QWidget):
    """Two pictures side by side, each under what it is: 'The room sees now', 'After next: Trin 3'."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now_caption = section_label(QCoreApplication.translate("NowAndNext", "The room sees now"))
        self.next_caption = section_label("")
        self.next_caption.setWordWrap(True)
        self.now_picture = _Picture("nowPicture")
        self.next_picture = _Picture("nextPicture")
        layout = QGridLayout(self)
        layout.addWidget(self.now_caption, 0, 0)
        layout.addWidget(self.next_caption, 0, 1)
        layout.addWidget(self.now_picture, 1, 0)
        layout.addWidget(self.next_picture, 1, 1)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(1, 1)

    def show_now(self, picture: QPixmap) -> None:
        self.now_picture.show_picture(picture)

    def show_next(self, picture: QPixmap | None, caption: str) -> None:
        """The next screen under ``caption``; without a picture, ``caption`` says why."""
        self.next_caption.setText(caption)
        self.next_picture.show_picture(
            picture,
            QCoreApplication.translate(
                "NowAndNext", "Next brings nothing new: the wrap-up is the last screen."
            ),
        )
