"""Media benchmarks: ``python benchmarks/bench_media.py [--quick] [--runs N] [--seconds S] [--json PATH]``.

A 1080p H.264/AAC film at 25 fps is made with Debian's ffmpeg (``apt-get install ffmpeg``), then
played to the end, alternately

* bare: a QMediaPlayer with a QVideoSink and a QAudioOutput, nothing else, and
* app: DialogDesk's MediaService with the audience view painting every frame full-screen
  (1920×1080) and the presenter's controls showing the forwarded preview, while the real
  presenter and audience windows of a running session are open.

It reports medians over the runs of: the time from play to the first frame (bare: the first
frame at the sink; app: the first new frame painted on the audience view; the app has already
shown the film's first picture, paused, since it was opened), the frames that reached the
screen against the frames in the film (dropped frames), the largest gap between two frames, and
the process's memory (RSS) while the film plays. Goals: play→frame within 1.5× of bare, no
frame dropped at 25 fps, under 250 MB for the whole app. Runs offscreen (no GPU): frames are
converted to RGB on the CPU, the slowest case.

The exit code is 1 when a goal is missed, except with ``--quick`` (one run of a 2-second film):
the same code with few samples, to show that the script works; its figures are no measurement.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QUrl
from PySide6.QtMultimedia import QAudioOutput, QMediaPlayer, QVideoFrame, QVideoSink
from PySide6.QtWidgets import QApplication

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Media, MediaKind
from dialogdesk.media.calls import later
from dialogdesk.media.player import MediaService, PlaybackState
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.audience_window import AudienceWindow
from dialogdesk.ui.media.audience_view import AudienceMediaView
from dialogdesk.ui.media.controls import PresenterMediaControls
from dialogdesk.ui.presenter_window import PresenterWindow
from dialogdesk.ui.session_controller import SessionController

REPO = Path(__file__).resolve().parents[1]
FPS = 25
GOAL_FIRST_FRAME_RATIO = 1.5
GOAL_RSS_MB = 250.0


def rss_mb() -> float:
    """Resident memory of this process (Linux /proc; elsewhere the peak from getrusage)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def wait(app: QApplication, ms: int, condition: Callable[[], bool] = lambda: False) -> bool:
    timer = QElapsedTimer()
    timer.start()
    while timer.elapsed() < ms:
        if condition():
            return True
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 1)
    return condition()


def make_film(folder: Path, seconds: int) -> Path | None:
    ffmpeg = shutil.which("ffmpeg")
    if ffmpeg is None:
        return None
    film = folder / "film-1080p.mp4"
    subprocess.run(
        [
            *[ffmpeg, "-hide_banner", "-loglevel", "error", "-nostdin", "-y"],
            *["-f", "lavfi", "-i", f"testsrc2=size=1920x1080:rate={FPS}:duration={seconds}"],
            *["-f", "lavfi", "-i", f"sine=frequency=440:duration={seconds}"],
            *["-c:v", "libx264", "-preset", "veryfast", "-b:v", "5M", "-pix_fmt", "yuv420p"],
            *["-c:a", "aac", "-shortest", "-movflags", "+faststart", str(film)],
        ],
        check=True,
        timeout=300,
    )
    return film


def gaps_ms(times_ns: list[int]) -> float:
    return max((b - a for a, b in itertools.pairwise(times_ns)), default=0) / 1e6


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_bare(app: QApplication, film: Path, seconds: int, rss: list[float] | None = None) -> dict[str, float]:
    """A QMediaPlayer, a QVideoSink and a QAudioOutput, playing the film to its end."""
    player = QMediaPlayer()
    sink = QVideoSink()
    audio = QAudioOutput()
    player.setVideoSink(sink)
    player.setAudioOutput(audio)
    times: list[int] = []

    def frame(picture: QVideoFrame) -> None:
        if picture.isValid():
            times.append(time.perf_counter_ns())

    sink.videoFrameChanged.connect(frame)
    opened = time.perf_counter_ns()
    player.setSource(QUrl.fromLocalFile(str(film)))
    wait(app, 5000, lambda: player.mediaStatus() is QMediaPlayer.MediaStatus.LoadedMedia)
    loaded = time.perf_counter_ns()
    start, cpu = time.perf_counter_ns(), cpu_seconds()
    later(player, "play")
    done = lambda: player.mediaStatus() is QMediaPlayer.MediaStatus.EndOfMedia  # noqa: E731
    while not done() and time.perf_counter_ns() - start < (seconds + 4) * 1e9:
        wait(app, 200, done)
        if rss is not None:
            rss.append(rss_mb())
    cpu_percent = 100 * (cpu_seconds() - cpu) / ((time.perf_counter_ns() - start) / 1e9)
    later(player, "stop")  # from the event loop: see media/calls.py
    later(player, "setSource", QUrl())
    wait(app, 200)
    player.deleteLater()
    wait(app, 100)
    return {
        "open_to_picture_ms": (loaded - opened + (times[0] - start if times else 0)) / 1e6,
        "play_to_picture_ms": (times[0] - start) / 1e6 if times else float("nan"),
        "play_to_second_frame_ms": (times[1] - start) / 1e6 if len(times) > 1 else float("nan"),
        "frames": len(times),
        "largest_gap_ms": gaps_ms(times),
        "cpu_percent": cpu_percent,
    }


class AppUnderTest:
    """The session's windows, the media service, the audience view and the presenter's controls."""

    def __init__(self, app: QApplication, folder: Path) -> None:
        material = load_material(REPO / "materials" / "forventningsafstemning" / "material.yaml").material
        session = Session(material, SessionSetup(material.id, participants=12), folder=folder / "sessions")
        self.controller = SessionController(session)
        self.presenter = PresenterWindow(self.controller)
        self.audience = AudienceWindow(self.controller)
        self.presenter.resize(1366, 768)
        self.audience.resize(1920, 1080)
        self.presenter.show()
        self.audience.show()
        self.media = material.media_by_id("film") or Media(id="film", kind=MediaKind.FILM, title="Film")
        self.service = MediaService()
        self.view = AudienceMediaView(self.service, self.media)
        self.view.resize(1920, 1080)
        self.view.show()
        self.controls = PresenterMediaControls(self.service, self.media)
        self.controls.resize(1300, 220)
        self.controls.show()
        wait(app, 300)

    def run(
        self, app: QApplication, film: Path, seconds: int, rss: list[float] | None = None
    ) -> dict[str, float]:
        painted: list[int] = []
        service, frame_view, preview = self.service, self.view.frame_view, self.controls.preview

        def on_paint() -> None:
            painted.append(time.perf_counter_ns())

        frame_view.framePainted.connect(on_paint)
        opened = time.perf_counter_ns()
        service.open(self.media, film)
        wait(app, 5000, lambda: bool(painted))
        open_ms = (painted[0] - opened) / 1e6 if painted else float("nan")
        wait(app, 300)
        painted.clear()
        preview_before = preview.frames_painted
        start, cpu = time.perf_counter_ns(), cpu_seconds()
        service.play()

        def ended() -> bool:
            return service.state is PlaybackState.STOPPED or service.position >= service.duration - 20

        wait(app, 1000, lambda: service.state is PlaybackState.PLAYING)
        while not ended() and time.perf_counter_ns() - start < (seconds + 4) * 1e9:
            wait(app, 200, ended)
            if rss is not None:
                rss.append(rss_mb())
        cpu_percent = 100 * (cpu_seconds() - cpu) / ((time.perf_counter_ns() - start) / 1e9)
        wait(app, 200)
        frame_view.framePainted.disconnect(on_paint)
        result = {
            "open_to_picture_ms": open_ms,
            "play_to_picture_ms": 0.0,  # the first picture has been on the screen since it was opened
            "play_to_second_frame_ms": (painted[0] - start) / 1e6 if painted else float("nan"),
            "frames": len(painted) + 1,  # + the first picture, painted (paused) before play
            "largest_gap_ms": gaps_ms(painted),
            "cpu_percent": cpu_percent,
            "preview_frames": preview.frames_painted - preview_before,
        }
        service.unload()
        wait(app, 300)
        return result


def memory_probe(kind: str, film: Path, seconds: int) -> dict[str, float]:
    """Run in a fresh process: RSS while one player plays (the app with all its windows, or bare)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rss: list[float] = []
    before = rss_mb()
    if kind == "app":
        with tempfile.TemporaryDirectory(prefix="dialogdesk-bench-media-") as name:
            under_test = AppUnderTest(app, Path(name))
            before = rss_mb()
            under_test.run(app, film, seconds, rss)
    else:
        run_bare(app, film, seconds, rss)
    return {"before_mb": before, "median_mb": statistics.median(rss), "max_mb": max(rss)}


def probe_in_new_process(kind: str, film: Path, seconds: int) -> dict[str, float]:
    command = [
        sys.executable,
        __file__,
        "--memory-probe",
        kind,
        "--film",
        str(film),
        "--seconds",
        str(seconds),
    ]
    output = subprocess.run(command, check=True, capture_output=True, text=True, timeout=300).stdout
    return json.loads(output.strip().splitlines()[-1])


def median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run of a 2 s film (CI: does it run)")
    parser.add_argument("--runs", type=int, help="runs of each player (default 5, --quick 1)")
    parser.add_argument("--seconds", type=int, help="length of the test film (default 8, --quick 2)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--memory-probe", choices=["app", "bare"], help=argparse.SUPPRESS)
    parser.add_argument("--film", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.runs is None:
        args.runs = 1 if args.quick else 5
    if args.seconds is None:
        args.seconds = 2 if args.quick else 8
    if args.memory_probe:
        print(json.dumps(memory_probe(args.memory_probe, args.film, args.seconds)))
        return 0
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory(prefix="dialogdesk-bench-media-") as name:
        folder = Path(name)
        film = make_film(folder, args.seconds)
        if film is None:
            print("ffmpeg is not installed (Debian: apt-get install ffmpeg): no 1080p H.264 film to play")
            return 2
        memory = {kind: probe_in_new_process(kind, film, args.seconds) for kind in ("bare", "app")}
        under_test = AppUnderTest(app, folder)
        bare_runs: list[dict[str, float]] = []
        app_runs: list[dict[str, float]] = []
        for run in range(args.runs):
            # Alternate the order, so neither always plays on a warm cache.
            if run % 2:
                app_runs.append(under_test.run(app, film, args.seconds))
                bare_runs.append(run_bare(app, film, args.seconds))
            else:
                bare_runs.append(run_bare(app, film, args.seconds))
                app_runs.append(under_test.run(app, film, args.seconds))
    expected = args.seconds * FPS
    results: dict[str, Any] = {
        "film": f"1920x1080 H.264 5 Mbit/s + AAC, {FPS} fps, {args.seconds} s ({expected} frames)",
        "runs": args.runs,
        "quick": args.quick,
        "bare": {key: median(bare_runs, key) for key in bare_runs[0]},
        "app": {key: median(app_runs, key) for key in app_runs[0]},
        "memory_mb": {kind: {k: round(v, 1) for k, v in values.items()} for kind, values in memory.items()},
        "platform": f"{platform.platform()} · Python {platform.python_version()} · {os.cpu_count()} CPUs",
        "qpa": app.platformName(),
    }
    ratio = results["app"]["play_to_second_frame_ms"] / max(results["bare"]["play_to_second_frame_ms"], 0.001)
    results["goals"] = {
        "second_frame_ratio": round(ratio, 2),
        "within_1_5x": ratio <= GOAL_FIRST_FRAME_RATIO,
        "no_dropped_frames": min(run["frames"] for run in app_runs) >= expected,
        "rss_under_250_mb": memory["app"]["max_mb"] < GOAL_RSS_MB,
    }
    print_table(results, expected)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if args.quick or all(value is not False for value in results["goals"].values()) else 1


def print_table(results: dict[str, Any], expected: int) -> None:
    bare, app, memory, goals = results["bare"], results["app"], results["memory_mb"], results["goals"]
    rows = [
        ("open → first picture on screen (ms)", "open_to_picture_ms", ".1f"),
        ("play → first picture on screen (ms)", "play_to_picture_ms", ".1f"),
        ("play → next frame (40 ms) shown (ms)", "play_to_second_frame_ms", ".1f"),
        (f"frames shown of {expected}", "frames", ".0f"),
        ("largest gap between frames (ms)", "largest_gap_ms", ".1f"),
        ("CPU while playing (% of one core)", "cpu_percent", ".0f"),
    ]
    quick = " (--quick: few samples, not a measurement)" if results["quick"] else ""
    print(f"film: {results['film']}; medians of {results['runs']} runs{quick}; {results['platform']}")
    print(f"{'':40}{'bare player':>14}{'DialogDesk':>14}")
    for label, key, form in rows:
        print(f"{label:40}{format(bare[key], form):>14}{format(app[key], form):>14}")
    print(f"{'preview frames painted (12.5 fps)':40}{'–':>14}{app['preview_frames']:>14.0f}")
    for kind, label in (("bare", "bare player"), ("app", "DialogDesk with its windows")):
        values = memory[kind]
        print(
            f"memory, {label} (own process): {values['before_mb']} MB before playing, "
            f"{values['median_mb']} MB median / {values['max_mb']} MB max while playing"
        )
    print(
        f"goals: next frame {goals['second_frame_ratio']}× bare (≤ 1.5×: {goals['within_1_5x']}), "
        f"no dropped frames: {goals['no_dropped_frames']}, under 250 MB: {goals['rss_under_250_mb']}"
    )


if __name__ == "__main__":
    sys.exit(main())
