"""A widget that paints the frames arriving at a QVideoSink, fitted to its size, with subtitles.

Painting the frames ourselves (instead of a QVideoWidget's native child window) lets the
audience window grab, freeze and black out the picture like any other page, works on every
platform plugin, and lets the subtitles be drawn as large as the back of the room needs.
Only the newest frame is converted, when Qt paints: a slow repaint skips frames, it never
queues them up behind the sound.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QPoint, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHideEvent, QPainter, QPaintEvent
from PySide6.QtMultimedia import QVideoFrame, QVideoSink
from PySide6.QtWidgets import QSizePolicy, QWidget

from dialogdesk.ui import style

SUBTITLE_HEIGHT_SHARE = 0.052  # of the picture's height: 56 px on a 1080p projector
SUBTITLE_BOX = QColor(0, 0, 0, 190)
CLOCK_HEIGHT_SHARE = 0.1  # the countdown over the film (T): large, in a corner of the picture


class FrameView(QWidget):
    """Shows the newest frame of ``sink`` (a new sink of its own if none is given)."""

    framePainted = Signal()  # a picture reached the screen (for the benchmark and tests)

    def __init__(
        self,
        sink: QVideoSink | None = None,
        parent: QWidget | None = None,
        *,
        min_subtitle_px: int = style.MIN_AUDIENCE_TEXT_PX,
        max_fps: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.sink = sink if sink is not None else QVideoSink(self)
        self.min_subtitle_px = min_subtitle_px
        # A small preview need not convert every 1080p frame: at most ``max_fps`` repaints a second.
        self._interval = QElapsedTimer()
        self._min_interval_ms = int(1000 / max_fps) if max_fps else 0
        self._late_repaint = QTimer(self)
        self._late_repaint.setSingleShot(True)
        self._late_repaint.timeout.connect(self._repaint_late)
        self.frames_received = 0
        self.frames_painted = 0  # distinct frames that reached the screen
        self._frame = QVideoFrame()
        self._last_painted: QVideoFrame | None = None
        self._subtitle = ""
        self._clock, self._clock_colour = "", "#ffffff"
        self._placeholder = ""
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.sink.videoFrameChanged.connect(self._new_frame)

    # --- what to show ---------------------------------------------------------------------------
    def _new_frame(self, frame: QVideoFrame) -> None:
        if not frame.isValid():
            return  # the end of the film: keep its last picture until the source changes
        self._frame = frame
        self.frames_received += 1
        if not self._min_interval_ms:
            self.update()
        elif not self.isVisible():
            return  # kept for when it shows again; a hidden (or closed) preview schedules nothing
        elif not self._interval.isValid() or self._interval.elapsed() >= self._min_interval_ms:
            self._interval.start()
            self.update()
        elif not self._late_repaint.isActive():  # the newest frame is painted a little later
            self._late_repaint.start(self._min_interval_ms - int(self._interval.elapsed()))

    @property
    def frame(self) -> QVideoFrame:
        """The picture shown now (invalid when there is none)."""
        return self._frame

    def hideEvent(self, event: QHideEvent) -> None:
        self._late_repaint.stop()
        super().hideEvent(event)

    def _repaint_late(self) -> None:
        self._interval.start()
        self.update()

    def has_picture(self) -> bool:
        return self._frame.isValid()

    def clear(self) -> None:
        self._frame = QVideoFrame()
        self.update()

    @property
    def subtitle(self) -> str:
        return self._subtitle

    def set_subtitle(self, text: str) -> None:
        if text != self._subtitle:
            self._subtitle = text
            self.update()

    def set_clock(self, text: str, colour: str = "#ffffff") -> None:
        """The session's countdown over the picture, top right ('' for none: the film alone)."""
        if (text, colour) != (self._clock, self._clock_colour):
            self._clock, self._clock_colour = text, colour
            self.update()

    @property
    def clock_text(self) -> str:
        return self._clock

    def set_placeholder(self, text: str) -> None:
        """Words shown while there is no picture (e.g. 'The film could not be opened')."""
        self._placeholder = text
        self.update()

    def subtitle_pixel_size(self) -> int:
        return max(self.min_subtitle_px, int(self.height() * SUBTITLE_HEIGHT_SHARE))

    # --- painting ---------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.black)
        if self._frame.isValid():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            options = QVideoFrame.PaintOptions()
            options.aspectRatioMode = Qt.AspectRatioMode.KeepAspectRatio
            options.backgroundColor = Qt.GlobalColor.black
            self._frame.paint(painter, QRectF(self.rect()), options)
            if self._frame is not self._last_painted:  # a repaint of the same picture is not a frame
                self._last_painted = self._frame
                self.frames_painted += 1
                self.framePainted.emit()
        elif self._placeholder:
            self._draw_placeholder(painter)
        if self._subtitle:
            self._draw_subtitle(painter)
        if self._clock:
            self._draw_clock(painter)
        painter.end()

    def _draw_placeholder(self, painter: QPainter) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(14, min(self.min_subtitle_px, self.height() // 8)))
        painter.setFont(font)
        painter.setPen(QColor(style.AUDIENCE_MUTED))
        flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
        painter.drawText(self.rect().adjusted(12, 12, -12, -12), flags, self._placeholder)

    def _draw_subtitle(self, painter: QPainter) -> None:
        """White, bold, on a dark box at the bottom: readable on any picture, from the back row."""
        font = QFont(self.font())
        font.setPixelSize(self.subtitle_pixel_size())
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        width = int(self.width() * 0.9)
        flags = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap
        text_rect = metrics.boundingRect(0, 0, width, self.height(), flags, self._subtitle)
        padding = max(6, font.pixelSize() // 5)
        bottom = self.height() - int(self.height() * 0.05)
        box = text_rect.adjusted(-padding * 2, -padding, padding * 2, padding)
        box.moveBottom(bottom)
        box.moveLeft((self.width() - box.width()) // 2)
        painter.fillRect(box, SUBTITLE_BOX)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self._subtitle)

    def _draw_clock(self, painter: QPainter) -> None:
        """The countdown in its phase colour on the subtitles' dark box, in the top right corner."""
        font = QFont(self.font())
        font.setPixelSize(max(self.min_subtitle_px, int(self.height() * CLOCK_HEIGHT_SHARE)))
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        lines = self._clock.split("\n")
        width = max(metrics.horizontalAdvance(line) for line in lines)
        padding = max(6, font.pixelSize() // 6)
        box = QRect(0, 0, width + 4 * padding, metrics.lineSpacing() * len(lines) + 2 * padding)
        box.moveTopRight(QPoint(self.width() - padding * 2, padding * 2))
        painter.fillRect(box, SUBTITLE_BOX)
        painter.setPen(QColor(self._clock_colour))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self._clock)
