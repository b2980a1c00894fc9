"""The media service: one decode, frames on the audience sink and the preview, seek, pause, silence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtMultimedia import QMediaDevices, QMediaPlayer, QVideoFrame, QVideoSink
from pytestqt.qtbot import QtBot

from dialogdesk.materials.model import Media
from dialogdesk.media.audio import choose_output
from dialogdesk.media.player import SKIP_MS, MediaService, PlaybackState, local_file_url
from tests.media.conftest import MEDIA_LOG_IGNORE, wait_until

pytestmark = pytest.mark.qt_log_ignore(*MEDIA_LOG_IGNORE)

PLAYABLE = ["h264.mp4", "h264_faststart.mp4", "h264.mov", "vp9.webm", "qt_mpeg4.mp4"]
SOUND_ONLY = ["podcast.mp3", "podcast.m4a", "qt_aac.m4a", "lecture.wav"]


def valid_frames(sink: QVideoSink) -> list[QVideoFrame]:
    frames: list[QVideoFrame] = []
    sink.videoFrameChanged.connect(lambda frame: frames.append(frame) if frame.isValid() else None)
    return frames


def loaded(service: MediaService, path: Path) -> MediaService:
    assert service.load(path)
    assert wait_until(lambda: service.state is PlaybackState.PAUSED and service.duration > 0)
    return service


@pytest.mark.parametrize("name", PLAYABLE)
def test_every_film_format_reaches_the_audience_sink(
    qtbot: QtBot, service: MediaService, media_files: dict[str, Path], name: str
) -> None:
    # Given a film in one of the formats a municipality will have
    loaded(service, media_files[name])
    frames = valid_frames(service.audience_sink)

    # When it plays, frames arrive on the one sink the audience view paints from
    service.play()
    for _ in range(10):
        with qtbot.waitSignal(service.audience_sink.videoFrameChanged, timeout=3000):
            pass

    # Then they are real pictures moving forward in time
    assert len(frames) >= 5
    assert frames[-1].width() == 320
    assert frames[-1].startTime() > frames[0].startTime()


@pytest.mark.parametrize("name", SOUND_ONLY)
def test_every_sound_format_plays_without_a_picture(
    service: MediaService, media_files: dict[str, Path], name: str
) -> None:
    loaded(service, media_files[name])
    assert not service.has_video
    service.play()
    assert wait_until(lambda: service.position >= 400, 4000)
    assert service.state is PlaybackState.PLAYING


def test_the_preview_gets_the_same_frames_without_a_second_decoder(
    qtbot: QtBot, service: MediaService, media_files: dict[str, Path]
) -> None:
    preview = QVideoSink()
    service.add_preview_sink(preview)
    room, presenter = valid_frames(service.audience_sink), valid_frames(preview)
    loaded(service, media_files["h264.mp4"])
    service.play()
    assert wait_until(lambda: len(room) >= 10, 4000)
    service.pause()
    assert wait_until(lambda: len(presenter) == len(room), 1000)

    assert [f.startTime() for f in presenter] == [f.startTime() for f in room]
    assert len(service.findChildren(QMediaPlayer)) == 1


def test_the_first_picture_is_there_before_play(service: MediaService, media_files: dict[str, Path]) -> None:
    frames = valid_frames(service.audience_sink)
    loaded(service, media_files["h264.mp4"])
    assert wait_until(lambda: bool(frames), 2000)
    assert frames[0].startTime() == 0
    assert service.position == 0


def test_seek_while_paused_shows_the_picture_there(
    service: MediaService, media_files: dict[str, Path]
) -> None:
    loaded(service, media_files["h264_faststart.mp4"])
    frames = valid_frames(service.audience_sink)
    service.seek(1500)
    assert wait_until(lambda: bool(frames) and frames[-1].startTime() >= 1_400_000, 3000)
    assert service.state is PlaybackState.PAUSED
    assert abs(service.position - 1500) <= 40


def test_pause_stops_the_clock_and_play_goes_on(service: MediaService, media_files: dict[str, Path]) -> None:
    loaded(service, media_files["vp9.webm"])
    service.play()
    assert wait_until(lambda: service.position >= 300, 3000)
    service.pause()
    assert wait_until(lambda: service.state is PlaybackState.PAUSED, 1000)
    held = service.position
    wait_until(lambda: False, 300)
    assert service.position == held
    service.toggle()
    assert wait_until(lambda: service.position > held + 100, 3000)


def test_skip_is_ten_seconds_and_stays_inside_the_film(
    service: MediaService, media_files: dict[str, Path]
) -> None:
    loaded(service, media_files["h264.mp4"])
    service.skip(SKIP_MS)
    assert wait_until(lambda: service.position >= 1900, 2000)
    service.skip(-SKIP_MS)
    assert wait_until(lambda: service.position == 0, 2000)


def test_silence_pauses_so_nothing_plays_behind_a_black_screen(
    service: MediaService, media_files: dict[str, Path]
) -> None:
    loaded(service, media_files["podcast.mp3"])
    service.play()
    assert wait_until(lambda: service.position > 200, 3000)

    assert service.silence() is True
    assert wait_until(lambda: service.state is PlaybackState.PAUSED, 1000)
    held = service.position
    wait_until(lambda: False, 300)
    assert service.position == held
    assert service.silence() is False  # already quiet


@pytest.mark.parametrize(
    "address",
    [
        "https://vimeo.com/868646128",
        "http://example.org/film.mp4",
        "rtmp://example.org/live",
        "file:///tmp/film.mp4",
        "concat:a.mp4|b.mp4",
        "data:video/mp4;base64,AAAA",
    ],
)
def test_a_url_is_refused_and_never_reaches_ffmpeg(qtbot: QtBot, service: MediaService, address: str) -> None:
    with qtbot.waitSignal(service.errorOccurred, timeout=1000) as error:
        assert service.load(address) is False
    assert "web address" in error.args[0]
    assert service.source is None
    assert service._player.source().isEmpty()
    assert local_file_url(address) is None


def test_local_paths_become_absolute_file_urls(tmp_path: Path) -> None:
    url = local_file_url(tmp_path / "film.mp4")
    assert url is not None and url.isLocalFile()
    assert url.toLocalFile() == str(tmp_path / "film.mp4")
    assert local_file_url(r"C:\Film\film.mp4") is not None  # a drive letter is not a scheme


def test_a_film_plays_on_without_any_sound_device(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, qapp: object, media_files: dict[str, Path]
) -> None:
    # Given a machine without any audio output (mocked, in case the test machine has one)
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    service = MediaService()
    try:
        # Then the service says so, the chooser has nothing to offer ...
        assert service.has_sound_output is False
        assert service.audio_outputs() == []
        assert service.current_audio_output() is None
        # ... and the film still plays
        loaded(service, media_files["h264.mp4"])
        frames = valid_frames(service.audience_sink)
        service.play()
        assert wait_until(lambda: len(frames) >= 10, 4000)
    finally:
        service.unload()
        service.deleteLater()


class FakeDevice:
    def __init__(self, name: str) -> None:
        self.name = name

    def id(self) -> bytes:
        return self.name.encode()


def test_the_chosen_output_then_the_default_then_any() -> None:
    speaker, hdmi, headset = FakeDevice("speaker"), FakeDevice("hdmi"), FakeDevice("headset")

    def key(device: FakeDevice) -> bytes:
        return device.id()

    assert choose_output([], b"hdmi", speaker, key) is None
    assert choose_output([speaker, hdmi], b"hdmi", speaker, key) is hdmi
    assert choose_output([speaker, headset], b"hdmi", headset, key) is headset  # chosen one unplugged
    assert choose_output([speaker, headset], None, FakeDevice("gone"), key) is speaker
    assert choose_output([speaker], None, None, key) is speaker


def test_a_picture_the_computer_cannot_decode_is_reported(
    qtbot: QtBot, qapp: object, media_files: dict[str, Path]
) -> None:
    service = MediaService(first_frame_timeout_ms=800)
    try:
        assert service.load(media_files["av1.mp4"])
        assert wait_until(lambda: service.duration > 0, 3000)
        with qtbot.waitSignal(service.errorOccurred, timeout=4000) as error:
            service.play()
        assert "AV1" in error.args[0]
        assert service.error == error.args[0]
    finally:
        service.unload()
        service.deleteLater()


def test_open_holds_a_written_case(service: MediaService, case: Media, tmp_path: Path) -> None:
    text = tmp_path / "case.md"
    text.write_text("# Casen\n\nBorgeren kommer med sin tablet.", encoding="utf-8")
    assert service.open(case, text)
    assert service.case.text.startswith("# Casen")
    assert service.source is None


def test_open_without_a_file_degrades_quietly(service: MediaService, film: Media) -> None:
    assert service.open(film, None) is False
    service.play()
    service.toggle()
    service.skip(SKIP_MS)
    assert service.state is PlaybackState.STOPPED


def test_unload_clears_the_picture(
    service: MediaService, media_files: dict[str, Path], media_copy: Callable[..., Path]
) -> None:
    loaded(service, media_copy("h264.mp4"))
    assert wait_until(lambda: service.audience_sink.videoFrame().isValid(), 2000)
    service.unload()
    assert not service.audience_sink.videoFrame().isValid()
    assert service.source is None


def test_the_sound_notice_follows_devices_coming_and_going(
    monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, service: MediaService
) -> None:
    # Given one output (the default device object stands in for a speaker)
    speaker = QMediaDevices.defaultAudioOutput()
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: [speaker]))
    service.sound.apply()
    assert service.has_sound_output

    # When it is unplugged, the service says "no sound output" ...
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    with qtbot.waitSignal(service.soundOutputChanged, timeout=1000) as gone:
        service.sound._devices.audioOutputsChanged.emit()
    assert gone.args == [False]

    # ... and when it comes back, it plays there again
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: [speaker]))
    with qtbot.waitSignal(service.soundOutputChanged, timeout=1000) as back:
        service.sound._devices.audioOutputsChanged.emit()
    assert back.args == [True]


def test_the_device_list_is_the_systems(service: MediaService) -> None:
    outputs = QMediaDevices.audioOutputs()
    assert service.has_sound_output == bool(outputs)
    assert [choice.description for choice in service.audio_outputs()] == [d.description() for d in outputs]
    service.set_audio_output(None)  # follow the default; never raises, with or without devices
    assert service.has_sound_output == bool(outputs)


def test_volume_and_mute_are_reported(qtbot: QtBot, service: MediaService) -> None:
    with qtbot.waitSignal(service.volumeChanged, timeout=1000) as volume:
        service.set_volume(0.25)
    assert volume.args[0] == pytest.approx(0.25)
    with qtbot.waitSignal(service.mutedChanged, timeout=1000) as muted:
        service.toggle_mute()
    assert muted.args == [True] and service.muted
    service.set_volume(7.0)
    assert service.volume == 1.0


def test_silence_also_stops_a_play_that_is_still_on_its_way(
    service: MediaService, media_files: dict[str, Path]
) -> None:
    loaded(service, media_files["podcast.mp3"])
    service.play()  # queued for the next turn of the event loop ...
    assert service.silence() is True  # ... and the screen goes black before it arrives
    wait_until(lambda: False, 300)
    assert service.state is PlaybackState.PAUSED


def test_switching_films_and_unloading_after_seeks_never_hangs(
    service: MediaService, media_files: dict[str, Path]
) -> None:
    # stop() called straight from Python after a paused seek hung here within a few tries
    # (a renderer thread waited for the GIL while Python waited for the renderer): see media/calls.py
    for name in ["h264.mp4", "vp9.webm", "h264_faststart.mp4"] * 3:
        loaded(service, media_files[name])
        service.seek(1500)
        assert wait_until(lambda: service.position >= 1400, 2000)
        service.seek(0)
        assert wait_until(lambda: service.position == 0, 2000)
        service.play()
        wait_until(lambda: service.position > 100, 1000)
        service.unload()
    assert service.state is PlaybackState.STOPPED or wait_until(
        lambda: service.state is PlaybackState.STOPPED, 1000
    )
