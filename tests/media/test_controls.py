"""The presenter's media controls: buttons, keys, the seek slider, sound, preview, and blanking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtMultimedia import QMediaDevices
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import Material, Media
from dialogdesk.media.player import MediaService, PlaybackState
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.ui.keys import BINDINGS
from dialogdesk.ui.media.controls import KEYS, PresenterMediaControls
from dialogdesk.ui.media.wiring import silence_when_hidden
from tests.media.conftest import MEDIA_LOG_IGNORE, wait_until
from tests.ui.conftest import make_controller

pytestmark = pytest.mark.qt_log_ignore(*MEDIA_LOG_IGNORE)


def controls_for(qtbot: QtBot, service: MediaService, media: Media) -> PresenterMediaControls:
    controls = PresenterMediaControls(service, media)
    qtbot.addWidget(controls)
    controls.resize(1300, 220)
    controls.show()
    qtbot.waitExposed(controls)
    controls.setFocus()
    return controls


def ready(service: MediaService, media: Media, path: Path) -> None:
    service.open(media, path)
    assert wait_until(lambda: service.state is PlaybackState.PAUSED and service.duration > 0, 3000)


def test_the_keys_are_not_the_clickers() -> None:
    clicker = {binding.key for binding in BINDINGS}
    assert not clicker & set(KEYS)
    assert set(KEYS) == {Qt.Key.Key_J, Qt.Key.Key_K, Qt.Key.Key_L, Qt.Key.Key_M}


def test_play_pause_and_skip_with_buttons_and_keys(
    qtbot: QtBot, service: MediaService, media_files: dict[str, Path], film: Media
) -> None:
    ready(service, film, media_files["h264_faststart.mp4"])
    controls = controls_for(qtbot, service, film)
    assert controls.play_button.text() == "Play (K)"

    qtbot.keyClick(controls, Qt.Key.Key_K)
    assert wait_until(lambda: service.state is PlaybackState.PLAYING, 2000)
    assert controls.play_button.text() == "Pause (K)"
    qtbot.mouseClick(controls.play_button, Qt.MouseButton.LeftButton)
    assert wait_until(lambda: service.state is PlaybackState.PAUSED, 2000)

    qtbot.keyClick(controls, Qt.Key.Key_L)  # ten seconds on: the end of a two-second film
    assert wait_until(lambda: service.position >= 1900, 2000)
    qtbot.mouseClick(controls.back_button, Qt.MouseButton.LeftButton)
    assert wait_until(lambda: service.position == 0, 2000)
    assert controls.hasFocus()  # a click leaves the keys working


def test_dragging_the_slider_seeks_and_the_picture_follows(
    qtbot: QtBot, service: MediaService, media_files: dict[str, Path], film: Media
) -> None:
    ready(service, film, media_files["h264_faststart.mp4"])
    controls = controls_for(qtbot, service, film)
    slider = controls.seek_slider
    assert slider.maximum() == service.duration

    slider.setSliderDown(True)  # the mouse holds the handle ...
    slider.setSliderPosition(1200)  # ... and drags it
    assert wait_until(lambda: abs(service.position - 1200) <= 40, 2000)  # paused: the room sees it live
    assert controls.time_label.text().startswith("00:01 / 00:02")
    slider.setSliderPosition(1600)
    slider.setSliderDown(False)
    assert wait_until(lambda: abs(service.position - 1600) <= 40, 2000)
    assert wait_until(lambda: 1_500_000 <= controls.preview.frame.startTime() <= 1_640_000, 2000)


def test_sound_controls(
    qtbot: QtBot, service: MediaService, media_files: dict[str, Path], film: Media
) -> None:
    ready(service, film, media_files["h264.mp4"])
    controls = controls_for(qtbot, service, film)
    qtbot.keyClick(controls, Qt.Key.Key_M)
    assert service.muted and controls.mute_button.isChecked()
    assert controls.mute_button.text() == "Sound off (M)"
    controls.volume_slider.setValue(50)
    assert 0.1 < service.volume < 0.2  # half way on the slider is -10 dB, as the ear hears it
    assert controls.device_choice.itemText(0) == "Sound: system default"


def test_no_sound_output_is_said_and_the_chooser_is_off(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, qapp: object, film: Media
) -> None:
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    service = MediaService()
    try:
        controls = controls_for(qtbot, service, film)
        assert controls.notice_label.isVisible()
        assert "No sound output" in controls.notice_label.text()
        assert not controls.device_choice.isEnabled()
    finally:
        service.deleteLater()


def test_the_preview_shows_what_the_room_sees(
    qtbot: QtBot, service: MediaService, media_files: dict[str, Path], film: Media
) -> None:
    controls = controls_for(qtbot, service, film)
    ready(service, film, media_files["vp9.webm"])
    service.play()
    assert wait_until(lambda: controls.preview.frames_received >= 10, 3000)
    assert controls.preview.sink is not service.audience_sink
    assert abs(controls.preview.frames_received - service.frames_shown) <= 1
    # every frame is forwarded, but the small preview repaints at most 12.5 times a second
    assert wait_until(lambda: controls.preview.frames_painted >= 3, 2000)
    assert controls.preview.frames_painted <= controls.preview.frames_received * 0.75 + 2


def test_a_podcast_has_no_preview_and_a_case_has_pages(
    qtbot: QtBot,
    service: MediaService,
    media_files: dict[str, Path],
    podcast: Media,
    case: Media,
    tmp_path: Path,
) -> None:
    ready(service, podcast, media_files["podcast.mp3"])
    controls = controls_for(qtbot, service, podcast)
    assert not controls.preview.isVisible() and controls.player_rows.isVisible()

    text = tmp_path / "case.md"
    text.write_text("\n\n".join(f"Afsnit {n}. " + "Tekst " * 60 for n in range(12)), encoding="utf-8")
    service.open(case, text)
    controls.set_media(case)
    service.case.set_page_count(3)  # as the audience view would
    assert controls.case_row.isVisible() and not controls.player_rows.isVisible()
    assert controls.page_label.text() == "Page 1 of 3" and not controls.previous_page_button.isEnabled()
    qtbot.keyClick(controls, Qt.Key.Key_L)
    qtbot.mouseClick(controls.next_page_button, Qt.MouseButton.LeftButton)
    assert service.case.page == 2 and not controls.next_page_button.isEnabled()
    qtbot.keyClick(controls, Qt.Key.Key_J)
    assert service.case.page == 1


def test_an_error_is_shown_to_the_facilitator(qtbot: QtBot, service: MediaService, film: Media) -> None:
    controls = controls_for(qtbot, service, film)
    service.load("https://vimeo.com/868646128")
    assert "web addresses" in controls.error_label.text()


def test_blanking_freezing_or_a_new_step_pauses_the_media(
    qtbot: QtBot,
    service: MediaService,
    media_files: dict[str, Path],
    podcast: Media,
    material: Material,
    tmp_path: Path,
) -> None:
    # Given a session whose podcast is playing
    controller = make_controller(material, ManualClock(), tmp_path / "sessions")
    silence_when_hidden(service, controller)
    controller.send(i.StartSession())
    ready(service, podcast, media_files["podcast.mp3"])
    service.play()
    assert wait_until(lambda: service.position > 100, 3000)

    # When the facilitator blanks the projector (B), it pauses; showing the room again does not resume
    controller.send(i.ShowOnAudience("blank"))
    assert wait_until(lambda: service.state is PlaybackState.PAUSED, 2000)
    controller.send(i.ShowOnAudience("blank"))
    qtbot.wait(200)
    assert service.state is PlaybackState.PAUSED

    # Freezing the projector pauses too
    service.play()
    assert wait_until(lambda: service.state is PlaybackState.PLAYING, 2000)
    controller.send(i.ShowOnAudience("freeze"))
    assert wait_until(lambda: service.state is PlaybackState.PAUSED, 2000)

    # ... and so does moving on to the next step
    controller.send(i.ShowOnAudience("step"))
    service.play()
    assert wait_until(lambda: service.state is PlaybackState.PLAYING, 2000)
    controller.send(i.NextStep())
    assert wait_until(lambda: service.state is PlaybackState.PAUSED, 2000)
    controller.close()


@pytest.fixture
def material() -> Material:
    from dialogdesk.materials.loader import load_material
    from tests.conftest import MATERIALS

    return load_material(MATERIALS / "viden-paa-tvaers" / "material.yaml").material
