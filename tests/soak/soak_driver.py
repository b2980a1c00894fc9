"""A meeting-room PC's week in one process: many scripted sessions back to back, then the numbers.

    python tests/soak/soak_driver.py 200 [--data FOLDER]

Each session goes the way a facilitator takes it, through the app's flow (``ui.flow.DialogDesk``)
on a simulated laptop and projector with a ``ManualClock``: the library, the preparation page
(its media check finished), *Start*, every step, cards, dots, a decision and the agreement, the
report saved, the presenter closed, back to the library. Printed at the end, and as one JSON line
(the last line) for ``test_soak.py``: the memory (RSS) after the tenth and after the last session,
the timers and windows still alive beyond those of the library, the sessions' objects the garbage
collector still holds, the finished sessions on disk, and how long the history takes to list them.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Before Qt starts: two screens, a 1366x768 laptop and a 1920x1080 projector (as the tests).
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={REPO / 'tests' / 'dual-screen.json'}")

from PySide6.QtCore import QDeadlineTimer, QEvent, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from dialogdesk.datadir import sessions_dir  # noqa: E402
from dialogdesk.session import intents as i  # noqa: E402
from dialogdesk.session.clock import ManualClock  # noqa: E402
from dialogdesk.session.state import SessionPhase  # noqa: E402
from dialogdesk.session.store import list_sessions  # noqa: E402
from dialogdesk.ui.app import create_application  # noqa: E402
from dialogdesk.ui.flow import DialogDesk  # noqa: E402
from dialogdesk.ui.keys import Command  # noqa: E402

MATERIALS = REPO / "materials"
MATERIAL_IDS = ("forventningsafstemning", "hardware", "viden-paa-tvaers")
# What the sessions' objects are called; none should outlive its session.
SESSION_TYPES = ("SessionController", "SessionScreens", "PresenterWindow", "AudienceWindow", "MediaService")


@dataclass
class Alive:
    """Qt timers and windows alive, and how many of them run or show."""

    timers: int
    timers_active: int
    windows: int
    windows_visible: int


@dataclass
class SoakFigures:
    sessions: int
    rss_mb_after_10: float
    rss_mb_after_last: float
    growth_mb: float
    baseline: Alive  # the library alone, before the first session
    after_last: Alive
    timers_left: int  # beyond the library's
    windows_left: int
    session_objects_left: dict[str, int]
    finished_on_disk: int
    history_rows: int
    history_ms: float
    seconds: float
    problems: list[str] = field(default_factory=list)


def rss_mb() -> float:
    """This process's resident memory now (not its peak)."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, AttributeError):  # not Linux: the peak is the best there is
        import resource

        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def alive(app: QApplication) -> Alive:
    """Timers under the application and under every top-level widget, and the top-level widgets."""
    windows = QApplication.topLevelWidgets()
    timers = set(app.findChildren(QTimer))
    for window in windows:
        timers.update(window.findChildren(QTimer))
    return Alive(
        timers=len(timers),
        timers_active=sum(timer.isActive() for timer in timers),
        windows=len(windows),
        windows_visible=sum(window.isVisible() for window in windows),
    )


def settle(app: QApplication) -> None:
    """Let the deleteLater()s run and the collector free what they leave.

    The collector goes in each round: a cycle it frees can release a Qt object that was waiting
    for its Python wrapper, and that object's deleteLater() runs only in the next round.
    """
    for _ in range(3):
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        app.processEvents()
        gc.collect()


def wait_until(app: QApplication, done: object, ms: int = 10_000) -> bool:
    deadline = QDeadlineTimer(ms)
    while not done() and not deadline.hasExpired():  # type: ignore[operator]
        app.processEvents()
    return bool(done())  # type: ignore[operator]


def hold_session(desk: DialogDesk, app: QApplication, clock: ManualClock, number: int) -> list[str]:
    """One session from the library back to the library; what went wrong, if anything."""
    material_id = MATERIAL_IDS[number % len(MATERIAL_IDS)]
    entry = desk.library.by_id(material_id)
    if entry is None:
        return [f"{material_id}: not in the library"]
    preparation = desk.prepare(entry)
    if preparation is None:
        return [f"{material_id}: the preparation page did not open"]
    panel = preparation.media_panel
    if not wait_until(app, lambda: all(media_id in panel.results for media_id in panel.rows)):
        return [f"session {number}: the media check did not finish"]
    preparation.start_button.click()
    running = desk.running
    if running is None:
        return [f"session {number}: Start did not start a session"]
    problems = []
    # Where the room's view is, asked of the screens: a widget's screen() would tie PySide's one
    # wrapper of that QScreen to the widget, and deleting the widget would break the wrapper.
    where = QApplication.screenAt(running.audience.geometry().center())
    if where is None or where.name() != "Projector":
        problems.append(f"session {number}: the room's view is not on the projector")
    running.handle(Command.START_OR_PAUSE)
    for step in running.controller.session.material.steps:
        clock.advance(seconds=step.minutes * 60)
        app.processEvents()
        running.handle(Command.NEXT)
    send = running.controller.send
    for text in ("Fælles svar i skranken", "Guide til pårørende", "Tjekliste til nye kolleger"):
        send(i.AddCard(text=text, kind="idea"))
    for card in ("c1", "c1", "c2", "c3"):
        send(i.AddDot(card))
    send(i.ChooseProposal("c1"))
    send(i.RecordAgreement((("proposal", "Fælles svar i skranken"), ("follow_up", "om 2 uger"))))
    send(i.EndSession())
    if running.controller.state.phase is not SessionPhase.ENDED:
        problems.append(f"session {number}: ended in {running.controller.state.phase}")
    running.presenter.exportRequested.emit("pdf")
    running.presenter.close()  # an ended session closes without asking
    if desk.running is not None or not desk.window.isVisible():
        problems.append(f"session {number}: closing did not return to the library")
    return problems


def soak(count: int, data: Path) -> SoakFigures:
    started = time.perf_counter()
    app = create_application(["dialogdesk-soak"])
    clock = ManualClock()
    desk = DialogDesk(app, [MATERIALS], data=data, clock=clock)
    desk.export_folder = data / "reports"
    desk.show()
    settle(app)
    baseline = alive(app)
    problems: list[str] = []
    rss_after_10 = 0.0
    for number in range(1, count + 1):
        problems += hold_session(desk, app, clock, number)
        clock.advance(seconds=3600)  # the next team comes in
        if number == min(10, count):
            settle(app)
            rss_after_10 = rss_mb()
    settle(app)
    rss_after_last = rss_mb()
    after_last = alive(app)
    left = {name: 0 for name in SESSION_TYPES}
    for thing in gc.get_objects():
        name = type(thing).__name__
        if name in left:
            left[name] += 1
    records, unreadable = list_sessions(sessions_dir(data))
    problems += [str(problem) for problem in unreadable]
    history_ms, history_rows = time_history(desk, app)
    desk.window.close()
    return SoakFigures(
        sessions=count,
        rss_mb_after_10=round(rss_after_10, 1),
        rss_mb_after_last=round(rss_after_last, 1),
        growth_mb=round(rss_after_last - rss_after_10, 1),
        baseline=baseline,
        after_last=after_last,
        timers_left=after_last.timers - baseline.timers,
        windows_left=after_last.windows - baseline.windows,
        session_objects_left={name: n for name, n in left.items() if n},
        finished_on_disk=sum(record.finished for record in records),
        history_rows=history_rows,
        history_ms=round(history_ms, 1),
        seconds=round(time.perf_counter() - started, 1),
        problems=problems,
    )


def time_history(desk: DialogDesk, app: QApplication) -> tuple[float, int]:
    """*Sessioner → Tidligere sessioner*: from the click to the listed table (modules imported first,
    as the warm-up would have)."""
    import dialogdesk.export.history
    import dialogdesk.ui.history_window  # noqa: F401

    start = time.perf_counter()
    window: QWidget = desk.show_history()
    app.processEvents()
    elapsed = (time.perf_counter() - start) * 1000
    rows = window.table.rowCount()  # type: ignore[attr-defined]
    window.close()
    return elapsed, rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("count", type=int, nargs="?", default=200, help="sessions to hold (default 200)")
    parser.add_argument("--data", type=Path, help="the data folder (default: a new temporary one)")
    args = parser.parse_args(argv)
    data = args.data or Path(tempfile.mkdtemp(prefix="dialogdesk-soak-"))
    figures = soak(args.count, data)
    print(f"sessions held:           {figures.sessions} in {figures.seconds} s ({data})")
    print(f"RSS after session 10:    {figures.rss_mb_after_10} MB")
    print(f"RSS after the last:      {figures.rss_mb_after_last} MB ({figures.growth_mb:+} MB)")
    print(f"timers / windows left:   {figures.timers_left} / {figures.windows_left} beyond the library's")
    print(f"session objects left:    {figures.session_objects_left or 'none'}")
    print(f"finished on disk:        {figures.finished_on_disk}")
    print(f"history lists {figures.history_rows} in:  {figures.history_ms} ms")
    for problem in figures.problems:
        print(f"problem: {problem}")
    print(json.dumps(asdict(figures)))
    return 1 if figures.problems else 0


if __name__ == "__main__":
    sys.exit(main())
