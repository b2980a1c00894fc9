"""Small media files made at test time: nothing binary is kept in the repository.

QtMultimedia's own FFmpeg (LGPL, in the PySide6 wheel) encodes MPEG-4 part 2, AAC, FLAC and
PCM only, so it makes the MP4 (MPEG-4 part 2 + AAC) and the M4A; ``wave`` makes the WAV (both
with ``dialogdesk.media.sample``, which the self-test uses too).
What a municipality gets from the web (H.264/AAC in MP4 and MOV, VP9/Opus in WebM, MP3, an AV1
film the wheel cannot decode, a film with a subtitle track) is made with Debian's ``ffmpeg``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtMultimedia import QMediaFormat

from dialogdesk.media.sample import record_sample, write_tone_wav

SECONDS = 2
FPS = 25
SIZE = "320x180"
SUBTITLES_SRT = (
    "1\r\n00:00:00,300 --> 00:00:01,000\r\nHej <i>med</i> dig\r\n\r\n"
    "2\r\n00:00:01,200 --> 00:00:01,800\r\nAnden replik"  # no final newline, on purpose
)
FILM_CUES = {"first": (300, 1000, "Hej med dig"), "second": (1200, 1800, "Anden replik")}


def find_ffmpeg() -> str:
    found = shutil.which("ffmpeg")
    if found is None:
        raise RuntimeError(
            "the media tests make their films with Debian's ffmpeg: apt-get install ffmpeg "
            "(scripts/bootstrap.sh installs it with the test tools)"
        )
    return found


def _run(ffmpeg: str, arguments: list[str], output: Path) -> Path:
    command = [ffmpeg, "-hide_banner", "-loglevel", "error", "-nostdin", "-y", *arguments, str(output)]
    subprocess.run(command, check=True, timeout=120, capture_output=True)
    return output


def make_ffmpeg_media(folder: Path) -> dict[str, Path]:
    """Every format the tests play or refuse, 2 s at 320×180 (a few tens of KB each)."""
    ffmpeg = find_ffmpeg()
    video = ["-f", "lavfi", "-i", f"testsrc2=size={SIZE}:rate={FPS}:duration={SECONDS}"]
    sound = ["-f", "lavfi", "-i", f"sine=frequency=440:duration={SECONDS}"]
    h264 = ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac", "-shortest"]
    files = {
        "h264.mp4": [*video, *sound, *h264],  # the index ('moov') after the data: no faststart
        "h264_faststart.mp4": [*video, *sound, *h264, "-movflags", "+faststart"],
        "h264.mov": [*video, *sound, *h264, "-f", "mov"],
        "vp9.webm": [
            *video,
            *sound,
            *["-c:v", "libvpx-vp9", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "200k"],
            *["-c:a", "libopus", "-shortest"],
        ],
        "podcast.mp3": [*sound, "-c:a", "libmp3lame", "-b:a", "64k"],
        "podcast.m4a": [*sound, "-c:a", "aac", "-b:a", "64k"],
        "silent_h264.mp4": [*video, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"],
        "av1.mp4": [
            *["-f", "lavfi", "-i", f"testsrc2=size=160x90:rate={FPS}:duration=1"],
            *["-c:v", "libaom-av1", "-cpu-used", "8", "-b:v", "50k"],
        ],
    }
    made = {name: _run(ffmpeg, arguments, folder / name) for name, arguments in files.items()}
    subtitles = folder / "subtitles-source.srt"
    subtitles.write_text(SUBTITLES_SRT, encoding="utf-8", newline="")
    made["subtitled.mp4"] = _run(
        ffmpeg,
        [
            *["-i", str(made["h264.mp4"]), "-i", str(subtitles), "-c", "copy", "-c:s", "mov_text"],
            *["-metadata:s:s:0", "language=dan"],
        ],
        folder / "subtitled.mp4",
    )
    made["lecture.wav"] = make_wav(folder / "lecture.wav")
    return made


def make_wav(path: Path, seconds: float = SECONDS) -> Path:
    return write_tone_wav(path, seconds)


def record_with_qt(path: Path, file_format: QMediaFormat.FileFormat, *, video: bool) -> Path:
    return record_sample(path, file_format, video=video, seconds=SECONDS, fps=FPS)


def make_qt_media(folder: Path) -> dict[str, Path]:
    return {
        "qt_mpeg4.mp4": record_with_qt(folder / "qt_mpeg4.mp4", QMediaFormat.FileFormat.MPEG4, video=True),
        "qt_aac.m4a": record_with_qt(folder / "qt_aac.m4a", QMediaFormat.FileFormat.Mpeg4Audio, video=False),
    }


def qt_encoders() -> dict[str, list[str]]:
    """What the wheel's FFmpeg can write, as QtMultimedia reports it (for the report and a test)."""
    encode = QMediaFormat.ConversionMode.Encode
    media_format = QMediaFormat()
    return {
        "files": [f.name for f in media_format.supportedFileFormats(encode)],
        "video": [c.name for c in media_format.supportedVideoCodecs(encode)],
        "audio": [c.name for c in media_format.supportedAudioCodecs(encode)],
    }
