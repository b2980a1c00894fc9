"""Small media files made on the spot, with QtMultimedia's own encoder or Python's ``wave``.

The self-test plays one to prove that the installed FFmpeg plugin decodes and shows a film; the
tests make theirs the same way, so no binary media lives in the repository. The FFmpeg in the
PySide6 wheel (LGPL) encodes MPEG-4 part 2, AAC, FLAC and PCM: enough for an MP4 and an M4A.
"""

from __future__ import annotations

import math
import struct
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QEventLoop, QSize, QUrl
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtMultimedia import (
    QAudioBuffer,
    QAudioBufferInput,
    QAudioFormat,
    QMediaCaptureSession,
    QMediaFormat,
    QMediaRecorder,
    QVideoFrame,
    QVideoFrameInput,
)

SAMPLE_RATE = 44_100
TONE_HZ = 440


def tone_samples(first: int, count: int) -> bytes:
    """16-bit mono samples ``first`` .. ``first + count`` of a quiet 440 Hz tone."""
    return b"".join(
        struct.pack("<h", int(8000 * math.sin(2 * math.pi * TONE_HZ * n / SAMPLE_RATE)))
        for n in range(first, first + count)
    )


def write_tone_wav(path: Path, seconds: float) -> Path:
    """A WAV file of a 440 Hz tone (mono, 16 bit, 44.1 kHz)."""
    with wave.open(str(path), "wb") as output:
        output.setnchannels(1)
        output.setsampwidth(2)
        output.setframerate(SAMPLE_RATE)
        output.writeframes(tone_samples(0, int(seconds * SAMPLE_RATE)))
    return path


def wait_until(condition: Callable[[], bool], timeout_ms: int) -> bool:
    """Process Qt events until ``condition`` holds or ``timeout_ms`` passed; whether it holds."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("a QCoreApplication is needed")
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < timeout_ms and not condition():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)
    return condition()


def record_sample(
    path: Path,
    file_format: QMediaFormat.FileFormat,
    *,
    video: bool,
    seconds: int = 2,
    fps: int = 25,
    size: QSize | None = None,
) -> Path:
    """Encode a film (coloured numbered frames and a tone) or a tone alone with QMediaRecorder.

    Frames and sound are fed through QVideoFrameInput and QAudioBufferInput as fast as the
    encoder takes them. RuntimeError if the recorder fails or the file is not written.
    """
    size = size or QSize(320, 180)
    session = QMediaCaptureSession()
    recorder = QMediaRecorder()
    session.setRecorder(recorder)
    media_format = QMediaFormat(file_format)
    media_format.setAudioCodec(QMediaFormat.AudioCodec.AAC)
    if video:
        media_format.setVideoCodec(QMediaFormat.VideoCodec.MPEG4)
    recorder.setMediaFormat(media_format)
    recorder.setQuality(QMediaRecorder.Quality.LowQuality)
    recorder.setOutputLocation(QUrl.fromLocalFile(str(path)))
    pictures = QVideoFrameInput() if video else None
    sound = QAudioBufferInput()
    if pictures is not None:
        session.setVideoFrameInput(pictures)
    session.setAudioBufferInput(sound)
    audio_format = QAudioFormat()
    audio_format.setSampleRate(SAMPLE_RATE)
    audio_format.setChannelCount(1)
    audio_format.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    frame_count, chunk = seconds * fps, SAMPLE_RATE // 10
    chunk_count = seconds * 10
    sent = {"video": 0 if video else frame_count, "audio": 0}

    def send_video() -> None:
        assert pictures is not None
        while sent["video"] < frame_count:
            index = sent["video"]
            image = QImage(size, QImage.Format.Format_RGB32)
            image.fill(QColor.fromHsv(index * 7 % 360, 200, 220))
            painter = QPainter(image)
            painter.drawText(12, 30, f"frame {index}")
            painter.end()
            frame = QVideoFrame(image)
            frame.setStartTime(index * 1_000_000 // fps)
            frame.setEndTime((index + 1) * 1_000_000 // fps)
            if not pictures.sendVideoFrame(frame):
                return  # the encoder is busy: it asks again with readyToSendVideoFrame
            sent["video"] += 1

    def send_audio() -> None:
        while sent["audio"] < chunk_count:
            start = sent["audio"] * chunk
            buffer = QAudioBuffer(tone_samples(start, chunk), audio_format, start * 1_000_000 // SAMPLE_RATE)
            if not sound.sendAudioBuffer(buffer):
                return
            sent["audio"] += 1

    if pictures is not None:
        pictures.readyToSendVideoFrame.connect(send_video)
    sound.readyToSendAudioBuffer.connect(send_audio)
    recorder.record()
    wait_until(lambda: sent["video"] >= frame_count and sent["audio"] >= chunk_count, 20_000)
    recorder.stop()
    wait_until(lambda: recorder.recorderState() is QMediaRecorder.RecorderState.StoppedState, 10_000)
    if recorder.error() is not QMediaRecorder.Error.NoError or not path.is_file():
        raise RuntimeError(f"QMediaRecorder could not write {path.name}: {recorder.errorString()}")
    return path
