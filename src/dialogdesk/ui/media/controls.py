"""The presenter's media controls: play, seek, ±10 s, sound, and a small preview of the room.

Keys while the controls have focus: K play/pause, J ten seconds back, L ten seconds on, M mute
(for a written case J and L turn the page). These are YouTube's keys and none of them is a
clicker key (PageUp/PageDown, arrows, Space, B, period, F, F5 … belong to the session).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtMultimedia import QtAudio
from PySide6.QtWidgets import (
    QAbstractSlider,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from dialogdesk.materials.model import Media, MediaKind
from dialogdesk.media.player import SKIP_MS, MediaService, PlaybackState
from dialogdesk.ui.clock_texts import media_clock
from dialogdesk.ui.media.case_view import page_label
from dialogdesk.ui.media.frame_view import FrameView

PREVIEW_WIDTH = 256
PREVIEW_FPS = 12.5  # every other frame of a 25 fps film: enough to follow, half the work
KEYS = {Qt.Key.Key_K: "toggle", Qt.Key.Key_J: "back", Qt.Key.Key_L: "forward", Qt.Key.Key_M: "mute"}


def _to_linear(slider_value: int) -> float:
    return QtAudio.convertVolume(
        slider_value / 100, QtAudio.VolumeScale.LogarithmicVolumeScale, QtAudio.VolumeScale.LinearVolumeScale
    )


def _to_slider(linear: float) -> int:
    value = QtAudio.convertVolume(
        linear, QtAudio.VolumeScale.LinearVolumeScale, QtAudio.VolumeScale.LogarithmicVolumeScale
    )
    return round(value * 100)


class PresenterMediaControls(QWidget):
    """Controls for the media of the current step, on the presenter's screen."""

    def __init__(self, service: MediaService, media: Media, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.media = media
        self.setObjectName("mediaControls")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._dragging = False
        self._build_widgets(service)
        self._lay_out()
        self._connect(service)
        self.set_media(media)

    def _build_widgets(self, service: MediaService) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("mediaControlsTitle")
        self.title_label.setWordWrap(True)
        self.preview = FrameView(min_subtitle_px=11, max_fps=PREVIEW_FPS)
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16)
        self.preview.setToolTip(QCoreApplication.translate("PresenterMediaControls", "What the room sees"))
        service.add_preview_sink(self.preview.sink)
        service.subtitleTextChanged.connect(self.preview.set_subtitle)

        icons = self.style()
        self.back_button = QPushButton(
            icons.standardIcon(QStyle.StandardPixmap.SP_MediaSeekBackward),
            QCoreApplication.translate("PresenterMediaControls", "10 s (J)"),
        )
        self.play_button = QPushButton()
        self.play_button.setObjectName("mediaPlay")
        self.forward_button = QPushButton(
            icons.standardIcon(QStyle.StandardPixmap.SP_MediaSeekForward),
            QCoreApplication.translate("PresenterMediaControls", "10 s (L)"),
        )
        self.seek_slider = QSlider(Qt.Orientation.Horizontal)
        self.seek_slider.setObjectName("mediaSeek")
        self.seek_slider.setPageStep(SKIP_MS)
        self.seek_slider.setSingleStep(1000)
        self.time_label = QLabel()
        self.time_label.setObjectName("mediaControlsTime")
        self.mute_button = QPushButton()
        self.mute_button.setCheckable(True)
        self.volume_slider = QSlider(Qt.Orientation.Horizontal)
        self.volume_slider.setRange(0, 100)
        self.volume_slider.setMinimumWidth(90)
        self.volume_slider.setMaximumWidth(140)
        self.volume_slider.setToolTip(QCoreApplication.translate("PresenterMediaControls", "Volume"))
        self.device_choice = QComboBox()
        self.device_choice.setToolTip(QCoreApplication.translate("PresenterMediaControls", "Sound output"))
        self.subtitle_choice = QComboBox()
        self.subtitle_choice.setToolTip(QCoreApplication.translate("PresenterMediaControls", "Subtitles"))
        self.notice_label = QLabel()
        self.notice_label.setObjectName("mediaNotice")
        self.notice_label.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setObjectName("mediaError")
        self.error_label.setWordWrap(True)
        self.previous_page_button = QPushButton(
            QCoreApplication.translate("PresenterMediaControls", "◀ Previous page (J)")
        )
        self.page_label = QLabel()
        self.next_page_button = QPushButton(
            QCoreApplication.translate("PresenterMediaControls", "Next page ▶ (L)")
        )
        for button in (
            self.back_button,
            self.play_button,
            self.forward_button,
            self.mute_button,
            self.previous_page_button,
            self.next_page_button,
        ):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.pressed.connect(self.setFocus)  # after a click, J/K/L/M work on the controls

    def _lay_out(self) -> None:
        transport = QHBoxLayout()
        for widget in (self.back_button, self.play_button, self.forward_button):
            transport.addWidget(widget)
        transport.addWidget(self.time_label)
        transport.addStretch(1)
        transport.addWidget(self.mute_button)
        transport.addWidget(self.volume_slider)
        choices = QHBoxLayout()
        choices.addWidget(self.device_choice, 1)
        choices.addWidget(self.subtitle_choice, 1)
        pages = QHBoxLayout()
        pages.setContentsMargins(0, 0, 0, 0)
        pages.addWidget(self.previous_page_button)
        pages.addWidget(self.page_label)
        pages.addWidget(self.next_page_button)
        pages.addStretch(1)
        self.player_rows = QWidget()
        rows = QVBoxLayout(self.player_rows)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addWidget(self.seek_slider)
        rows.addLayout(transport)
        rows.addLayout(choices)
        self.case_row = QWidget()
        self.case_row.setLayout(pages)
        grid = QGridLayout(self)
        grid.addWidget(self.preview, 0, 0, 4, 1, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.title_label, 0, 1)
        grid.addWidget(self.player_rows, 1, 1)
        grid.addWidget(self.case_row, 2, 1)
        grid.addWidget(self.notice_label, 3, 1)
        grid.addWidget(self.error_label, 4, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.setStyleSheet(_STYLE)

    def _connect(self, service: MediaService) -> None:
        self.play_button.clicked.connect(service.toggle)
        self.back_button.clicked.connect(lambda: service.skip(-SKIP_MS))
        self.forward_button.clicked.connect(lambda: service.skip(SKIP_MS))
        self.mute_button.clicked.connect(service.set_muted)
        self.volume_slider.valueChanged.connect(lambda value: service.set_volume(_to_linear(value)))
        self.seek_slider.sliderPressed.connect(self._drag_started)
        self.seek_slider.sliderMoved.connect(self._dragged)
        self.seek_slider.sliderReleased.connect(self._drag_ended)
        self.seek_slider.actionTriggered.connect(self._slider_action)
        self.device_choice.activated.connect(self._choose_device)
        self.subtitle_choice.activated.connect(
            lambda index: service.select_subtitles(self.subtitle_choice.itemData(index))
        )
        self.previous_page_button.clicked.connect(service.case.previous_page)
        self.next_page_button.clicked.connect(service.case.next_page)
        service.positionChanged.connect(self._show_position)
        service.durationChanged.connect(self._show_duration)
        service.stateChanged.connect(self._show_state)
        service.volumeChanged.connect(self._show_volume)
        service.mutedChanged.connect(self._show_muted)
        service.soundOutputChanged.connect(lambda _has: self._show_devices())
        service.audioOutputsChanged.connect(self._show_devices)
        service.subtitlesChanged.connect(self._show_subtitle_options)
        service.errorOccurred.connect(self.error_label.setText)
        service.sourceChanged.connect(lambda: self.error_label.setText(service.error))
        service.case.pageChanged.connect(self._show_page)

    # --- content ------------------------------------------------------------------------------------
    def set_media(self, media: Media) -> None:
        self.media = media
        playable = media.kind in (MediaKind.FILM, MediaKind.PODCAST)
        kind = {
            MediaKind.FILM: QCoreApplication.translate("PresenterMediaControls", "Film"),
            MediaKind.PODCAST: QCoreApplication.translate("PresenterMediaControls", "Podcast"),
        }.get(media.kind, QCoreApplication.translate("PresenterMediaControls", "Case"))
        self.title_label.setText(f"{kind}: {media.title}")
        self.preview.setVisible(media.kind is MediaKind.FILM)
        self.player_rows.setVisible(playable)
        self.case_row.setVisible(not playable)
        self.error_label.setText(self.service.error)
        self._show_duration(self.service.duration)
        self._show_position(self.service.position)
        self._show_state(self.service.state.value)
        self._show_volume(self.service.volume)
        self._show_muted(self.service.muted)
        self._show_devices()
        self._show_subtitle_options()
        self._show_page(self.service.case.page, self.service.case.page_count)

    # --- keys ---------------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = KEYS.get(Qt.Key(event.key()))
        if action is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        case = self.media.kind not in (MediaKind.FILM, MediaKind.PODCAST)
        if action == "toggle" and not case:
            self.service.toggle()
        elif action in ("back", "forward"):
            forward = action == "forward"
            if case:
                self.service.case.go_to(self.service.case.page + (1 if forward else -1))
            else:
                self.service.skip(SKIP_MS if forward else -SKIP_MS)
        elif action == "mute" and not case:
            self.service.toggle_mute()
        event.accept()

    # --- seeking ------------------------------------------------------------------------------------
    def _drag_started(self) -> None:
        self._dragging = True

    def _dragged(self, value: int) -> None:
        self._show_time(value)
        if self.service.state is not PlaybackState.PLAYING:
            self.service.seek(value)  # paused: the room's picture follows the handle

    def _drag_ended(self) -> None:
        self._dragging = False
        self.service.seek(self.seek_slider.sliderPosition())

    def _slider_action(self, action: int) -> None:
        if action != QAbstractSlider.SliderAction.SliderMove.value and not self._dragging:
            self.service.seek(self.seek_slider.sliderPosition())  # a click on the groove

    # --- following the service -------------------------------------------------------------------------
    def _show_duration(self, duration: int) -> None:
        self.seek_slider.setRange(0, max(duration, 0))
        self.seek_slider.setEnabled(duration > 0)
        self._show_time(self.service.position)

    def _show_position(self, position: int) -> None:
        if not self._dragging:
            self.seek_slider.blockSignals(True)
            self.seek_slider.setValue(position)
            self.seek_slider.blockSignals(False)
            self._show_time(position)

    def _show_time(self, position: int) -> None:
        duration = self.service.duration
        if duration <= 0:
            self.time_label.setText(media_clock(position))
            return
        left = media_clock(duration - position)
        self.time_label.setText(f"{media_clock(position)} / {media_clock(duration)}  −{left}")

    def _show_state(self, state: str) -> None:
        playing = state == PlaybackState.PLAYING.value
        self.play_button.setText(
            QCoreApplication.translate("PresenterMediaControls", "Pause (K)")
            if playing
            else QCoreApplication.translate("PresenterMediaControls", "Play (K)")
        )
        pixmap = QStyle.StandardPixmap.SP_MediaPause if playing else QStyle.StandardPixmap.SP_MediaPlay
        self.play_button.setIcon(self.style().standardIcon(pixmap))
        has_source = self.service.source is not None
        for widget in (self.play_button, self.back_button, self.forward_button):
            widget.setEnabled(has_source)

    def _show_volume(self, volume: float) -> None:
        self.volume_slider.blockSignals(True)
        self.volume_slider.setValue(_to_slider(volume))
        self.volume_slider.blockSignals(False)

    def _show_muted(self, muted: bool) -> None:
        self.mute_button.setChecked(muted)
        self.mute_button.setText(
            QCoreApplication.translate("PresenterMediaControls", "Sound off (M)")
            if muted
            else QCoreApplication.translate("PresenterMediaControls", "Sound on (M)")
        )
        pixmap = QStyle.StandardPixmap.SP_MediaVolumeMuted if muted else QStyle.StandardPixmap.SP_MediaVolume
        self.mute_button.setIcon(self.style().standardIcon(pixmap))

    def _show_devices(self) -> None:
        outputs = self.service.audio_outputs()
        current = self.service.current_audio_output()
        self.device_choice.clear()
        self.device_choice.addItem(
            QCoreApplication.translate("PresenterMediaControls", "Sound: system default"), None
        )
        for output in outputs:
            self.device_choice.addItem(
                QCoreApplication.translate("PresenterMediaControls", "Sound: ") + output.description,
                output.id,
            )
            if output.id == current and not output.is_default:
                self.device_choice.setCurrentIndex(self.device_choice.count() - 1)
        self.device_choice.setEnabled(bool(outputs))
        has_sound = self.service.has_sound_output
        self.notice_label.setVisible(not has_sound and self.media.kind in (MediaKind.FILM, MediaKind.PODCAST))
        if self.media.kind is MediaKind.FILM:
            notice = QCoreApplication.translate(
                "PresenterMediaControls",
                "No sound output: the film plays without sound. Connect speakers or check the sound "
                "settings.",
            )
        else:
            notice = QCoreApplication.translate(
                "PresenterMediaControls",
                "No sound output: connect speakers or check the sound settings to hear the podcast.",
            )
        self.notice_label.setText(notice)

    def _choose_device(self, index: int) -> None:
        self.service.set_audio_output(self.device_choice.itemData(index))

    def _show_subtitle_options(self) -> None:
        options = self.service.subtitle_options()
        self.subtitle_choice.clear()
        for option in options:
            self.subtitle_choice.addItem(
                QCoreApplication.translate("PresenterMediaControls", "Subtitles: ") + option.label, option.key
            )
            if option.key == self.service.subtitle_key:
                self.subtitle_choice.setCurrentIndex(self.subtitle_choice.count() - 1)
        self.subtitle_choice.setVisible(len(options) > 1)

    def _show_page(self, page: int, count: int) -> None:
        self.page_label.setText(
            page_label(page, count, QCoreApplication.translate("PresenterMediaControls", "Page %1 of %2"))
        )
        self.previous_page_button.setEnabled(page > 0)
        self.next_page_button.setEnabled(page < count - 1)


_STYLE = """
QWidget#mediaControls { font-size: 12pt; }
QLabel#mediaControlsTitle { font-size: 13pt; font-weight: bold; }
QLabel#mediaControlsTime { font-size: 13pt; font-family: monospace; }
QPushButton#mediaPlay { font-weight: bold; min-width: 9em; }
QLabel#mediaNotice { background: #fff4cc; color: #5c4300; padding: 6px; font-weight: bold; }
QLabel#mediaError { color: #b00020; font-weight: bold; }
"""
