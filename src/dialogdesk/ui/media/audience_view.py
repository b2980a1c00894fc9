"""The room's view of a film, a podcast or a written case, for the audience window's page stack.

Film: the picture fitted to the projector, subtitles large at the bottom. Podcast: the title,
who speaks, a large progress bar and the time left. Written case: the text page by page; its
reading time is the session's activity countdown, which the audience window passes to
``show_countdown`` (this view keeps no clock of its own). Every text is at least 36 px on a
1080p projector, light on dark.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from dialogdesk.materials.model import Media, MediaKind
from dialogdesk.media.player import MediaService, PlaybackState
from dialogdesk.ui import style
from dialogdesk.ui.clock_texts import media_clock
from dialogdesk.ui.media.case_view import CaseTextView, page_label
from dialogdesk.ui.media.frame_view import FrameView
from dialogdesk.ui.room_language import RoomWords

_label = style.plain_label


class ProgressTrack(QWidget):
    """A thick progress bar that reads from the back of the room."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.share = 0.0
        self.setMinimumHeight(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_share(self, share: float) -> None:
        share = min(max(share, 0.0), 1.0)
        if abs(share - self.share) > 0.0005:
            self.share = share
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        painter.setBrush(QColor("#2b3e55"))
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        if self.share > 0:
            filled = QRectF(0, 0, max(self.height(), self.width() * self.share), self.height())
            painter.setBrush(QColor(style.AUDIENCE_MESSAGE_BACKGROUND))
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class AudienceMediaView(QWidget):
    """One page for the audience window: the film, the podcast or the case of ``media``."""

    def __init__(self, service: MediaService, media: Media, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.media = media
        # The interface's words until the audience window gives the room's (``use_room_words``).
        self.words = RoomWords()
        self.setObjectName("audienceMedia")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)

        # Film: the picture with the subtitles on it.
        self.frame_view = FrameView(service.audience_sink)
        # Podcast: title, who takes part, progress, time left, a subtitle line if there is a file.
        self.podcast_page = QWidget()
        self.title_label = _label("mediaTitle")
        self.people_heading = _label("mediaPeopleHeading")
        self.people_label = _label("mediaPeople")
        self.people_label.setTextFormat(Qt.TextFormat.RichText)
        self.progress = ProgressTrack()
        self.elapsed_label = _label("mediaTime", wrap=False)
        self.left_label = _label("mediaTime", wrap=False)
        self.left_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.state_label = _label("mediaState", wrap=False)
        self.transcript_label = _label("mediaTranscript")
        self.transcript_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        times = QHBoxLayout()
        times.addWidget(self.elapsed_label)
        times.addWidget(self.state_label, 1, Qt.AlignmentFlag.AlignCenter)
        times.addWidget(self.left_label)
        podcast = QVBoxLayout(self.podcast_page)
        podcast.setContentsMargins(48, 36, 48, 36)
        podcast.addWidget(self.title_label)
        podcast.addSpacing(12)
        podcast.addWidget(self.people_heading)
        podcast.addWidget(self.people_label)
        podcast.addStretch(1)
        podcast.addWidget(self.transcript_label)
        podcast.addWidget(self.progress)
        podcast.addLayout(times)
        # Written case: title and the session's countdown, the page, the page number.
        self.case_page = QWidget()
        self.case_title = _label("mediaCaseTitle")
        self.countdown_label = _label("mediaCountdown", wrap=False)
        self.countdown_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.case_text = CaseTextView(service.case)
        self.page_label = _label("mediaPage", wrap=False)
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignRight)
        header = QHBoxLayout()
        header.addWidget(self.case_title, 1)
        header.addWidget(self.countdown_label)
        case = QVBoxLayout(self.case_page)
        case.setContentsMargins(72, 36, 72, 24)
        case.addLayout(header)
        case.addSpacing(16)
        case.addWidget(self.case_text, 1)
        case.addWidget(self.page_label)

        self.pages = QStackedWidget()
        for page in (self.frame_view, self.podcast_page, self.case_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        service.positionChanged.connect(self._show_progress)
        service.durationChanged.connect(lambda _ms: self._show_progress(service.position))
        service.stateChanged.connect(self._show_state)
        service.subtitleTextChanged.connect(self._show_subtitle)
        service.sourceChanged.connect(self.frame_view.clear)
        service.case.pageChanged.connect(self._show_page)
        self.set_media(media)
        self._apply_sizes()

    # --- content ------------------------------------------------------------------------------------
    def use_room_words(self, words: RoomWords) -> None:
        """Say what this view says in ``words``' language: the material's, on the projector."""
        self.words = words
        self.set_media(self.media)

    def set_media(self, media: Media) -> None:
        """Show another media of the material (the service opens it; this view follows)."""
        self.media = media
        if media.kind is MediaKind.FILM:
            self.pages.setCurrentWidget(self.frame_view)
        elif media.kind is MediaKind.PODCAST:
            self.pages.setCurrentWidget(self.podcast_page)
        else:
            self.pages.setCurrentWidget(self.case_page)
        self.frame_view.set_placeholder(media.title)  # until the picture comes; errors go to the presenter
        self.title_label.setText(media.title)
        self.case_title.setText(media.title)
        people = media.people
        self.people_heading.setText(
            media.people_heading
            or (self.words.translate("AudienceMediaView", "Taking part") if people else "")
        )
        lines = [f"<b>{escape(p.name)}</b>" + (f" – {escape(p.role)}" if p.role else "") for p in people]
        self.people_label.setText("".join(f"<p style='margin-bottom: 12px'>{line}</p>" for line in lines))
        self.people_heading.setVisible(bool(people))
        self.people_label.setVisible(bool(people))
        self._show_progress(self.service.position)
        self._show_state(self.service.state.value)
        self._show_subtitle(self.service.subtitle_text)
        self._show_page(self.service.case.page, self.service.case.page_count)

    def show_countdown(
        self, text: str, colour: str = style.AUDIENCE_TEXT, *, over_film: bool = False
    ) -> None:
        """The session's activity countdown: beside the case's title (reading time), and over
        the film when the facilitator asks for it (T)."""
        self.countdown_label.setText(text)
        self.countdown_label.setStyleSheet(f"color: {colour};")
        self.frame_view.set_clock(text if over_film else "", colour)

    @property
    def subtitle_text(self) -> str:
        """The subtitle the room sees now."""
        if self.media.kind is MediaKind.FILM:
            return self.frame_view.subtitle
        return self.transcript_label.text()

    # --- following the player ------------------------------------------------------------------------
    def _show_progress(self, position: int) -> None:
        self._show_state(self.service.state.value)
        duration = self.service.duration
        self.progress.set_share(position / duration if duration > 0 else 0.0)
        self.elapsed_label.setText(media_clock(position))
        if duration > 0:
            self.left_label.setText(
                self.words.translate("AudienceMediaView", "%1 left").replace(
                    "%1", media_clock(duration - position)
                )
            )
        else:
            self.left_label.setText("")

    def _show_state(self, state: str) -> None:
        paused = state == PlaybackState.PAUSED.value and self.service.position > 0
        self.state_label.setText(
            "❚❚ " + self.words.translate("AudienceMediaView", "Paused") if paused else ""
        )

    def _show_subtitle(self, text: str) -> None:
        self.frame_view.set_subtitle(text)
        self.transcript_label.setText(text)
        self.transcript_label.setVisible(bool(text))

    def _show_page(self, page: int, count: int) -> None:
        self.page_label.setText(
            page_label(page, count, self.words.translate("AudienceMediaView", "Page %1 of %2"))
            if count > 1
            else ""
        )

    # --- size ------------------------------------------------------------------------------------------
    def _apply_sizes(self) -> None:
        height = max(self.height(), 480)
        text_px = max(style.MIN_AUDIENCE_TEXT_PX, int(height * 0.042))
        title_px = max(style.MIN_AUDIENCE_TEXT_PX + 12, int(height * 0.06))
        time_px = max(style.MIN_AUDIENCE_TEXT_PX + 12, int(height * 0.075))
        self.progress.setFixedHeight(max(24, int(height * 0.035)))
        self.setStyleSheet(
            f"""
            QWidget#audienceMedia, QStackedWidget, QWidget {{ background: {style.AUDIENCE_BACKGROUND}; }}
            QLabel {{ color: {style.AUDIENCE_TEXT}; font-size: {text_px}px; }}
            QLabel#mediaTitle, QLabel#mediaCaseTitle {{ font-size: {title_px}px; font-weight: bold; }}
            QLabel#mediaPeopleHeading {{ color: {style.AUDIENCE_MESSAGE_BACKGROUND}; font-weight: bold; }}
            QLabel#mediaPeople {{ color: {style.AUDIENCE_MUTED}; }}
            QLabel#mediaTime, QLabel#mediaCountdown {{ font-size: {time_px}px; font-weight: bold; }}
            QLabel#mediaState {{ color: {style.AUDIENCE_MESSAGE_BACKGROUND}; font-weight: bold; }}
            QLabel#mediaTranscript {{ font-weight: bold; padding: 12px; }}
            QLabel#mediaPage {{ color: {style.AUDIENCE_MUTED}; }}
            """
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sizes()
