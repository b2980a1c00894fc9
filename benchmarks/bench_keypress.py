"""Key press to repainted audience view: ``python benchmarks/bench_keypress.py [--quick] [--presses N]``.

Issue 4: "from a key press to the audience view repainted, median and p99, against a bare QLabel
update in the same run. Goal: under one 60 Hz frame (16.7 ms)."

The app runs as it does in a meeting room, on Qt's offscreen platform with the simulated laptop
(1366x768) and projector (1920x1080) of ``tests/dual-screen.json``: ``DialogDesk`` starts a real
session of the forventningsafstemning material (presenter window on the laptop, audience window
fullscreen on the projector, sessions saved in a data folder on disk). The remote's
PageDown and PageUp, alternating, go with ``QTest.keyClick`` to the presenter's window (its
``QWindow``, the way the platform delivers a key: shortcut override, the application's event
filter, then the focused widget).

One press is timed from just before the key is sent to the moment the audience window has
repainted: its ``UpdateRequest`` has run, which paints the dirty widgets into the window's backing
store and flushes the backing store to the platform. The step title must have been painted in
that repaint, or it does not count: on the step's page, or in the band above the board (Trin 2
collects points, so it opens on its board with the title, task and countdown above it). The
time therefore includes the intent, the session's save (whatever the session store does before
``dispatch`` returns: it is on disk, fsynced), both views' signal handlers (with the presenter's
thumbnail of the room's view) and whatever else the event loop runs first.

What the offscreen platform leaves out: its flush only notes which part of its in-memory image
changed, where a real platform copies those pixels to the display server (about a millisecond or
two for a full 1920x1080 frame), and a compositor may show the frame at the next vertical refresh.
So the figures are the app's share of the latency, not photons on the wall.

The baseline, in the same run and interleaved press by press: a bare fullscreen ``QLabel`` on the
projector whose text changes on a key press, timed the same way. During the warm-up the script
also checks on the audience window's picture as the platform holds it (``QScreen.grabWindow``)
that each press changed it.

``--quick`` (20 presses, 3 warm-up) runs the same code with few samples, to show that the script
works; its figures are no measurement.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QEventLoop,
    QObject,
    Qt,
    QtMsgType,
    qInstallMessageHandler,
    qVersion,
)
from PySide6.QtGui import QFont, QImage, QKeyEvent, QWindow
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from dialogdesk.platform.screens import place_fullscreen
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionPhase, SessionSetup
from dialogdesk.ui.app import DialogDesk, create_application
from stats import summary_ms  # benchmarks/stats.py (scripts run from this folder)

REPO = Path(__file__).resolve().parents[1]
DUAL_SCREEN_CONFIG = REPO / "tests" / "dual-screen.json"
MATERIALS = REPO / "materials"
MATERIAL_ID = "forventningsafstemning"
FRAME_MS = 1000 / 60
NS_PER_MS = 1_000_000
REPAINT_TIMEOUT_S = 5.0
QUIET_MESSAGES = (
    "propagateSizeHints",
    "This plugin does not support",
    "PulseAudioService",
    "pipewire",
    "No audio device",
    "No audio devices available",
    "Using Qt multimedia with FFmpeg",
    "Couldn't load va",
    "Couldn't resolve va",
)


def use_dual_screen_offscreen() -> None:
    """Qt reads its platform when the application is created: set it before that, always."""
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={DUAL_SCREEN_CONFIG}"


# --- measuring -----------------------------------------------------------------------------------
class RepaintProbe(QObject):
    """Notes when ``window`` has repainted, with one of ``painted`` among the widgets painted.

    A widget window repaints when it gets ``QEvent.UpdateRequest``: ``QWidget.event`` paints the
    dirty widgets into the backing store and flushes it. An event filter sees that event before
    it is handled, so the probe hands it on itself (``sendEvent``) and notes the time when that
    returns, after the paint and the flush, then keeps it from being handled a second time.
    """

    def __init__(self, window: QWidget, *painted: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.painted_widgets = painted
        self.in_repaint = False
        self.painted = False
        self.started_ns = 0  # when the counted repaint began
        self.done_ns: int | None = None
        self.repaints = 0
        window.installEventFilter(self)
        for widget in painted:
            if widget is not window:
                widget.installEventFilter(self)

    def arm(self) -> None:
        self.done_ns = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Paint and watched in self.painted_widgets and self.in_repaint:
            self.painted = True
            return False
        if kind != QEvent.Type.UpdateRequest or watched is not self.window or self.in_repaint:
            return False
        self.in_repaint, self.painted = True, False
        started = time.perf_counter_ns()
        try:
            QCoreApplication.sendEvent(self.window, event)
        finally:
            self.in_repaint = False
        self.repaints += 1
        if self.painted and self.done_ns is None:
            self.done_ns = time.perf_counter_ns()
            self.started_ns = started
        return True


@dataclass
class Marks:
    """Points in time of one press, filled in by instrumentation wrappers."""

    dispatch_start: int = 0
    save_start: int = 0
    save_end: int = 0
    dispatch_end: int = 0
    handled: int = 0  # the baseline label's key handler


@dataclass
class Series:
    total: list[int] = field(default_factory=list)
    to_dispatch: list[int] = field(default_factory=list)
    apply: list[int] = field(default_factory=list)
    save: list[int] = field(default_factory=list)
    views: list[int] = field(default_factory=list)
    waiting: list[int] = field(default_factory=list)
    repaint: list[int] = field(default_factory=list)


def instrument_session(session: Session, marks: Marks) -> bool:
    """Wrap ``dispatch`` and ``_save`` of this one session object to note when each ran.

    ``_save`` is the engine's own: where a rewritten engine has none, only the save's part of the
    table is left out (False), the total is measured all the same.
    """
    dispatch, save = session.dispatch, getattr(session, "_save", None)

    def timed_dispatch(intent: Any) -> Any:
        marks.dispatch_start = time.perf_counter_ns()
        try:
            return dispatch(intent)
        finally:
            marks.dispatch_end = time.perf_counter_ns()

    def timed_save(event: Any = None) -> None:
        marks.save_start = time.perf_counter_ns()
        try:
            save(event)
        finally:
            marks.save_end = time.perf_counter_ns()

    session.dispatch = timed_dispatch  # type: ignore[method-assign]
    if save is None:
        return False
    session._save = timed_save  # type: ignore[method-assign]
    return True


def press_and_wait(app: QApplication, window: QWindow, key: Qt.Key, probe: RepaintProbe) -> tuple[int, int]:
    """Send ``key`` to ``window`` and run the event loop until the probe saw the repaint."""
    probe.arm()
    start = time.perf_counter_ns()
    QTest.keyClick(window, key)  # delivers press and release, running the event loop after each
    deadline = time.monotonic() + REPAINT_TIMEOUT_S
    while probe.done_ns is None:
        if time.monotonic() > deadline:
            raise SystemExit(f"no repaint of {probe.window.objectName() or probe.window} after a key press")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
    return start, probe.done_ns


def settle(app: QApplication, gap_ms: int) -> None:
    """An idle event loop between presses, as in a meeting (the 200 ms repaint timer keeps running)."""
    QTest.qWait(gap_ms)
    app.processEvents()


def flushed_picture(window: QWidget) -> QImage:
    """The window's picture as the platform has it: what the last flush handed over."""
    return window.screen().grabWindow(window.winId()).toImage()


# --- the run -------------------------------------------------------------------------------------
def run(
    presses: int,
    warmup: int,
    gap_ms: int,
    data_parent: Path | None,
    profile: bool = False,
    thumbnail: bool = True,
) -> dict[str, Any]:
    use_dual_screen_offscreen()

    def quiet(kind: QtMsgType, _context: Any, message: str) -> None:
        if not any(part in message for part in QUIET_MESSAGES):
            print(f"Qt: {message}", file=sys.stderr)

    qInstallMessageHandler(quiet)
    if QApplication.instance() is not None:
        raise SystemExit("Qt was already started; run this script on its own")
    app = create_application(["bench_keypress"])
    names = [screen.name() for screen in app.screens()]
    if app.platformName() != "offscreen" or names != ["Laptop", "Projector"]:
        raise SystemExit(f"expected the offscreen Laptop + Projector, got {app.platformName()} {names}")

    with tempfile.TemporaryDirectory(prefix="dialogdesk-bench-keypress-", dir=data_parent) as folder:
        data = Path(folder) / "data"
        clock = ManualClock()
        desk = DialogDesk(app, [MATERIALS], data=data, clock=clock)
        loaded = desk.load_material(MATERIAL_ID)
        if loaded is None:
            raise SystemExit(f"material {MATERIAL_ID!r} not found in {MATERIALS}")
        screens = desk.start_session(loaded, SessionSetup(MATERIAL_ID, participants=12), None)
        controller = screens.controller
        session = controller.session
        session.sleep_detector.threshold_ns = 10**18  # the ManualClock stands still while time passes
        audience, presenter = screens.audience, screens.presenter
        if not QTest.qWaitForWindowExposed(audience) or not QTest.qWaitForWindowExposed(presenter):
            raise SystemExit("the session windows were not shown")
        if audience.screen().name() != "Projector" or not audience.isFullScreen():
            raise SystemExit("the audience view is not fullscreen on the projector")
        if not thumbnail:
            presenter.audience_preview = None  # diagnostic: what the "The room sees" picture costs
        presenter_window = presenter.windowHandle()
        QTest.keyClick(presenter_window, Qt.Key.Key_F5)  # start: PageDown/PageUp now move between steps
        if controller.state.phase is not SessionPhase.RUNNING:
            raise SystemExit("F5 did not start the session")

        label = BareLabel(audience.step_page.step_label.fontInfo().pixelSize())
        place_fullscreen(label, audience.screen())
        if not QTest.qWaitForWindowExposed(label):
            raise SystemExit("the baseline label was not shown")
        label_window = label.windowHandle()

        marks = Marks()
        save_timed = instrument_session(session, marks)
        app_probe = RepaintProbe(audience, audience.step_page.step_label, audience.room_strip.title_label)
        label_probe = RepaintProbe(label, label)
        label.marks = marks
        settle(app, 100)

        app_series, label_series = Series(), Series()
        pictures_changed = 0
        checked = 0
        profiler = cProfile.Profile() if profile else None
        keys = (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)
        for number in range(warmup + presses):
            key = keys[number % 2]
            expected_step = (number + 1) % 2
            before = flushed_picture(audience) if number < warmup else None

            # The room has seen the step before the next press: a second next within a second
            # would be held by the step guard (a bounce, a double space) and change nothing.
            clock.advance(2)
            if profiler is not None and number >= warmup:
                profiler.enable()
            start, done = press_and_wait(app, presenter_window, key, app_probe)
            if profiler is not None:
                profiler.disable()
            if controller.state.current != expected_step:
                raise SystemExit(f"press {number}: the session is on step {controller.state.current}")
            if session.save_error:
                raise SystemExit(f"the save failed: {session.save_error}")
            if number >= warmup:
                if not save_timed:  # the save's part is counted with applying the intent
                    marks.save_start = marks.save_end = marks.dispatch_end
                _record_app(app_series, marks, start, app_probe)
            else:
                # Outside the timed presses: the flushed picture on the projector changed too.
                checked += 1
                pictures_changed += flushed_picture(audience) != before
            settle(app, gap_ms)

            start, done = press_and_wait(app, label_window, key, label_probe)
            if number >= warmup:
                label_series.total.append(done - start)
                label_series.views.append(marks.handled - start)
                label_series.waiting.append(label_probe.started_ns - marks.handled)
                label_series.repaint.append(done - label_probe.started_ns)
            settle(app, gap_ms)

        expected_title = f"Trin {loaded.material.steps[controller.state.current].number}"
        if not audience.step_page.step_label.text().startswith(expected_title):
            raise SystemExit(f"the audience shows {audience.step_page.step_label.text()!r}")
        session_path = session.path
        file_bytes = session_path.stat().st_size if session_path is not None else 0
        events = len(session.events)
        presenter._leaving_confirmed = True
        screens.close()
        label.close()
        desk.window.close()
        filesystem = _filesystem_of(data)

    app_total = summary_ms(app_series.total)
    label_total = summary_ms(label_series.total)
    profile_text = None
    if profiler is not None:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(25)
        profile_text = out.getvalue()
    return {
        "presses": presses,
        "warmup": warmup,
        "gap_ms": gap_ms,
        "presenter_thumbnail": thumbnail,
        "platform": f"{platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}, Qt {qVersion()}, PySide6 {pyside_version}, "
        f"{app.platformName()} (Laptop 1366x768 + Projector 1920x1080)",
        "data_folder_filesystem": filesystem,
        "session_file_bytes_end": file_bytes,
        "session_events_end": events,
        "audience_picture_changed": {"presses_checked": checked, "changed": pictures_changed},
        "dialogdesk_ms": app_total,
        "dialogdesk_parts_ms": {
            "key_to_dispatch": summary_ms(app_series.to_dispatch),
            "apply_intent": summary_ms(app_series.apply),
            "save": summary_ms(app_series.save),
            "views_update_signal_handlers": summary_ms(app_series.views),
            "event_loop_until_audience_repaint": summary_ms(app_series.waiting),
            "audience_repaint_paint_and_flush": summary_ms(app_series.repaint),
        },
        "baseline_label_ms": label_total,
        "baseline_label_parts_ms": {
            "key_to_text_set": summary_ms(label_series.views),
            "event_loop_until_repaint": summary_ms(label_series.waiting),
            "repaint_paint_and_flush": summary_ms(label_series.repaint),
        },
        "ratio_to_baseline": {
            key: app_total[key] / label_total[key] for key in ("median", "p90", "p99", "max")
        },
        "goal_ms": FRAME_MS,
        "goal_met_median": app_total["median"] < FRAME_MS,
        "goal_met_p99": app_total["p99"] < FRAME_MS,
        "repaints_seen": {"audience": app_probe.repaints, "label": label_probe.repaints},
        "profile": profile_text,
    }


class BareLabel(QLabel):
    """A plain QLabel with the audience title's font size; a key press changes its text."""

    def __init__(self, pixel_size: int) -> None:
        super().__init__("Trin 1")
        self.count = 0
        self.marks: Marks | None = None
        font = QFont()
        font.setPixelSize(pixel_size)
        self.setFont(font)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.count += 1
        self.setText(f"Trin {1 + self.count % 2}")
        if self.marks is not None:
            self.marks.handled = time.perf_counter_ns()


def _record_app(series: Series, marks: Marks, start: int, probe: RepaintProbe) -> None:
    done = probe.done_ns or 0
    series.total.append(done - start)
    series.to_dispatch.append(marks.dispatch_start - start)
    series.apply.append(marks.save_start - marks.dispatch_start)
    series.save.append(marks.save_end - marks.save_start)
    # The room's view may repaint inside dispatch (its observer repaints first) or after it, from
    # the event loop: the parts up to the repaint are cut where it began, so they add up.
    views_end = min(marks.dispatch_end, probe.started_ns)
    series.views.append(views_end - marks.save_end)
    series.waiting.append(probe.started_ns - views_end)
    series.repaint.append(done - probe.started_ns)


def _filesystem_of(path: Path) -> str:
    """``/tmp (ext4)``: where the session file was saved (Linux: from /proc/self/mounts)."""
    best, kind = "", "unknown"
    try:
        mounts = Path("/proc/self/mounts").read_text(encoding="utf-8").splitlines()
    except OSError:
        return str(path)
    resolved = str(path.resolve())
    for line in mounts:
        parts = line.split()
        if len(parts) < 3 or len(parts[1]) <= len(best):
            continue
        if resolved == parts[1] or resolved.startswith(parts[1].rstrip("/") + "/"):
            best, kind = parts[1], parts[2]
    return f"{path.parent} ({kind} on {best or '?'})"


# --- output --------------------------------------------------------------------------------------
def print_report(results: dict[str, Any]) -> None:
    quick = " (--quick: few samples, not a measurement)" if results.get("quick") else ""
    print(f"Key press to repainted audience view{quick}  ({results['platform']})")
    print(
        f"{results['presses']} presses (PageDown/PageUp alternating, {results['warmup']} warm-up), "
        f"{results['gap_ms']} ms idle between presses; the baseline interleaved press by press"
    )
    if not results["presenter_thumbnail"]:
        print("DIAGNOSTIC RUN: the presenter's thumbnail of the room view is not refreshed")
    print(
        f"session saved in {results['data_folder_filesystem']}; the file grew to "
        f"{results['session_file_bytes_end'] // 1024} KiB, {results['session_events_end']} events"
    )
    print(f"\n   {'ms per press':<48}{'median':>9}{'p90':>9}{'p99':>9}{'max':>9}")
    parts = results["dialogdesk_parts_ms"]
    label_parts = results["baseline_label_parts_ms"]
    rows = [
        ("DialogDesk: key -> audience repainted", results["dialogdesk_ms"]),
        ("  key delivered -> intent dispatched", parts["key_to_dispatch"]),
        ("  apply the intent", parts["apply_intent"]),
        ("  save (on disk, fsynced)", parts["save"]),
        ("  observers, until the audience repaint began", parts["views_update_signal_handlers"]),
        ("  event loop after dispatch, until the repaint", parts["event_loop_until_audience_repaint"]),
        ("  audience repaint (paint + flush)", parts["audience_repaint_paint_and_flush"]),
        ("baseline: bare QLabel, key -> repainted", results["baseline_label_ms"]),
        ("  key delivered -> text set", label_parts["key_to_text_set"]),
        ("  event loop until the repaint", label_parts["event_loop_until_repaint"]),
        ("  label repaint (paint + flush)", label_parts["repaint_paint_and_flush"]),
    ]
    for label, values in rows:
        print(f"   {label:<48}" + "".join(f"{values[key]:>9.3f}" for key in ("median", "p90", "p99", "max")))
    print("   (each part is its own distribution: the parts' percentiles do not add up to the total)")
    ratio = results["ratio_to_baseline"]
    print(
        f"\n   DialogDesk / baseline: median {ratio['median']:.1f}x, p90 {ratio['p90']:.1f}x, "
        f"p99 {ratio['p99']:.1f}x, max {ratio['max']:.1f}x"
    )
    total = results["dialogdesk_ms"]
    for name, key in (("median", "goal_met_median"), ("p99", "goal_met_p99")):
        verdict = "yes" if results[key] else "NO"
        print(
            f"   {name} under one 60 Hz frame ({results['goal_ms']:.1f} ms): {verdict} ({total[name]:.2f} ms)"
        )
    seen = results["audience_picture_changed"]
    print(
        f"   the audience window's flushed picture changed on {seen['changed']} of {seen['presses_checked']} "
        "checked warm-up presses (QScreen.grabWindow)"
    )
    print(
        "   offscreen: the flush only records the damaged area; a real display adds the copy to the "
        "display server and up to one refresh of compositor latency"
    )
    if results["profile"]:
        print("\nwhere a press spends its time (cProfile of the timed presses, cumulative):")
        print(results["profile"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="20 presses, 3 warm-up (CI: does it run)")
    parser.add_argument("--presses", type=int, help="timed presses (default 300, --quick 20)")
    parser.add_argument("--warmup", type=int, help="untimed presses first (default 20, --quick 3)")
    parser.add_argument("--gap-ms", type=int, default=20, help="idle event loop between presses")
    parser.add_argument(
        "--data-parent", type=Path, help="folder for the temporary data folder (default: the system's)"
    )
    parser.add_argument("--profile", action="store_true", help="also profile the timed presses (slower)")
    parser.add_argument(
        "--no-thumbnail",
        action="store_true",
        help="diagnostic: do not refresh the presenter's picture of the room view (not the app as shipped)",
    )
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    presses = args.presses if args.presses is not None else (20 if args.quick else 300)
    warmup = args.warmup if args.warmup is not None else (3 if args.quick else 20)
    if presses < 1 or warmup < 1:
        parser.error("--presses and --warmup must be at least 1")
    thumbnail = not args.no_thumbnail
    results = run(presses, warmup, args.gap_ms, args.data_parent, args.profile, thumbnail)
    results["quick"] = args.quick
    print_report(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
