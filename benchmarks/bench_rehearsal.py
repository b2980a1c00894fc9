"""A rehearsal at speed: ``python benchmarks/bench_rehearsal.py [--quick] [--speed N] [--material ID]``.

Issue 15: "the note shows ... what a rehearsal of a 45-minute material at 10x took."

The library's *Øv* on the real windows (Qt's offscreen platform with the simulated laptop and
projector of ``tests/dual-screen.json``), on the system's monotonic clock through the rehearsal's
own speed clock. The facilitator's part is scripted with the remote's keys on the presenter: F5
starts, and PageDown goes as soon as a step's countdown has reached zero, as the presenter's
repaint (five times a second) shows it; on the last step it is pressed twice (the step guard asks
for a second press before the wrap-up).

Measured, from F5 to the wrap-up: the wall-clock time, and the baseline a perfect clock would
take, the plan's minutes divided by the speed (same run); their ratio; and how long after its
countdown's zero each step was left, in the rehearsal's seconds (median and largest): a step
cannot end sooner than the repaint that shows its zero.

``--quick`` rehearses at 300x (a 45-minute material in about nine seconds), to show the script
works; its figures are no measurement.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QEventLoop, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from dialogdesk.session.clock import NS_PER_SECOND
from dialogdesk.session.state import SessionPhase
from dialogdesk.ui.app import DialogDesk

REPO = Path(__file__).resolve().parent.parent

QUICK_SPEED = 300.0
TIMEOUT_FACTOR = 3  # the run gives up after three times the baseline (and a minute)


def rehearse(material_id: str, speed: float) -> dict[str, object]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        desk = DialogDesk(app, [REPO / "materials"], data=Path(data))
        desk.show()
        rehearsal = desk.rehearse(desk.library.by_id(material_id))
        assert rehearsal is not None, material_id
        screens = rehearsal.running
        QTest.qWaitForWindowExposed(screens.audience)
        rehearsal.set_speed(speed)
        controller, presenter = screens.controller, screens.presenter
        planned_s = sum(step.minutes * 60 for step in controller.material.steps)
        baseline_s = planned_s / speed
        lags_s: list[float] = []
        loop = QEventLoop()

        def press_next() -> None:
            QTest.keyClick(presenter, Qt.Key.Key_PageDown)
            if controller.state.phase is SessionPhase.RUNNING and controller.state.current == last:
                QTest.keyClick(presenter, Qt.Key.Key_PageDown)  # the guard's second press
            if controller.state.phase is not SessionPhase.RUNNING:
                loop.quit()

        def on_tick(timing: object) -> None:
            remaining = timing.step_remaining_ns  # type: ignore[attr-defined]
            if controller.state.phase is SessionPhase.RUNNING and remaining <= 0 and not pressing.isActive():
                lags_s.append(-remaining / NS_PER_SECOND)
                pressing.start()

        last = len(controller.material.steps) - 1
        pressing = QTimer(singleShot=True, interval=0)  # out of the tick's handler, as a key would be
        pressing.timeout.connect(press_next)
        controller.ticked.connect(on_tick)
        QTimer.singleShot(int((baseline_s * TIMEOUT_FACTOR + 60) * 1000), loop.quit)
        started = time.monotonic()
        QTest.keyClick(presenter, Qt.Key.Key_F5)
        loop.exec()
        took_s = time.monotonic() - started
        phase = controller.state.phase
        rehearsal.close()
        desk.window.close()
    return {
        "material": material_id,
        "speed": speed,
        "planned_minutes": planned_s / 60,
        "took_s": took_s,
        "baseline_s": baseline_s,
        "ratio": took_s / baseline_s,
        "reached_wrap_up": phase is SessionPhase.WRAP_UP,
        "lag_median_s": statistics.median(lags_s) if lags_s else float("nan"),
        "lag_max_s": max(lags_s, default=float("nan")),
        "steps": len(lags_s),
    }


def print_report(results: dict[str, object], quick: bool) -> None:
    note = " (--quick: few samples, not a measurement)" if quick else ""
    print(f"Rehearsal of {results['material']} at {results['speed']:g}x{note}")
    print(f"   plan: {results['planned_minutes']:g} min; reached the wrap-up: {results['reached_wrap_up']}")
    print(
        f"   DialogDesk: F5 to the wrap-up took {results['took_s']:.1f} s;"
        f" baseline (plan / speed) {results['baseline_s']:.1f} s; ratio {results['ratio']:.3f}"
    )
    print(
        f"   a step left after its zero (rehearsal seconds): median {results['lag_median_s']:.1f} s,"
        f" max {results['lag_max_s']:.1f} s, {results['steps']} steps"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"at {QUICK_SPEED:g}x (CI: does it run)")
    parser.add_argument("--speed", type=float, default=10.0, help="the rehearsal's speed (default 10)")
    parser.add_argument("--material", default="forventningsafstemning", help="a bundled material's id")
    args = parser.parse_args(argv)
    results = rehearse(args.material, QUICK_SPEED if args.quick else args.speed)
    print_report(results, args.quick)
    return 0 if results["reached_wrap_up"] else 1


if __name__ == "__main__":
    sys.exit(main())
