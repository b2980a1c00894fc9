"""Session engine benchmarks: ``python benchmarks/bench_session.py [--quick] [--json PATH] [--profile]``.

Everything goes through the public API (``Session(..., folder=...)`` and ``session.dispatch``), so
it measures whatever session store is there.

1. Per intent as the log grows: three sessions saved in a folder, on a board of 50 cards, grow
   by mixed intents (MoveCard, AddDot/RemoveDot, EditCard, NextStep/PreviousStep, SetNote) to
   100, 1,000 and 10,000 events (``--quick``: 100, 1,000, 2,000); then intents are timed one by
   one (dispatch including the save), going to the three sessions in turn, so that a busy moment
   of a shared disk hits each length alike (each session gains the timed intents: 500, 60 with
   ``--quick``). The board stays the same size, so only the log grows. Reported side by side as
   median, p99 and max, and as ratios to the same figure at 100 events (goal: p99 at 10,000
   within 1.5x of p99 at 100). Interleaved intent by intent, in the same run: ``dispatch`` on an
   in-memory session (the reducer alone), a bare append + fsync of a 256-byte record to a file
   (what any log that saves each intent pays at least), and a bare atomic rewrite (write, fsync,
   rename, fsync the folder) of a file as large as the session's files at that length (what a
   whole-file save pays at least).
2. Applying an intent including the save, on a board of 300 cards: median, p90, p99 and max per
   intent over mixed intents (goal: p99 under 5 ms), with the same three baselines.
3. Timer exactness over a simulated hour on a ManualClock: pauses, step changes, an activity and
   extra time at odd millisecond offsets; every displayed time is compared with a value computed
   here independently. The maximum error must be 0 ms.

``--quick`` takes fewer samples and shorter logs through the same code; its figures show that the
script works, they are no measurement. The exit code is 1 only when the timers are not exact.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import NS_PER_MS, ManualClock, SystemClock
from dialogdesk.session.engine import Session
from dialogdesk.session.state import SessionPhase, SessionSetup
from dialogdesk.session.timers import format_remaining
from dialogdesk.session.timing import actual_vs_plan, timing
from stats import summary_ms  # benchmarks/stats.py (scripts run from this folder)

REPO = Path(__file__).resolve().parents[1]
MATERIAL = REPO / "materials" / "forventningsafstemning" / "material.yaml"
RECORD_BYTES = 256  # the bare append baseline: about one event of the log, with its framing
GOAL_P99_MS = 5.0
GOAL_GROWTH = 1.5  # p99 at the longest log / p99 at the shortest


@dataclass(frozen=True)
class Plan:
    """How much to measure: the full run, or ``--quick`` (the same code, fewer samples)."""

    lengths: tuple[int, ...]  # events in the log when a window of intents is timed
    window: int  # intents timed at each length
    growth_cards: int
    cards: int  # part 2's board
    intents: int
    warmup: int


FULL = Plan(lengths=(100, 1_000, 10_000), window=500, growth_cards=50, cards=300, intents=1000, warmup=50)
QUICK = Plan(lengths=(100, 1_000, 2_000), window=60, growth_cards=50, cards=300, intents=100, warmup=10)


# --- the session and its intents --------------------------------------------------------------------
def setup_for(material: Material) -> SessionSetup:
    return SessionSetup(material_id=material.id, participants=20, seed=1)


def board_session(material: Material, clock: Any, folder: Path | None, cards: int) -> Session:
    session = Session(material, setup_for(material), clock=clock, folder=folder)
    session.dispatch(i.StartSession())
    for number in range(cards):
        session.dispatch(
            i.AddCard(
                text=f"Idé {number + 1}: hjælp borgeren videre med det digitale",
                kind="idea",
                group=f"Gruppe {number % 6 + 1}",
            )
        )
    return session


def mixed_intents(cards: int, seed: int = 5) -> Iterator[i.Intent]:
    """MoveCard, AddDot/RemoveDot, EditCard, NextStep/PreviousStep, SetNote, in rounds of ten, forever.

    Each round leaves the board as large as it was and the session on the same step.
    """
    rng = random.Random(seed)
    made = 0
    while True:
        dotted = f"c{rng.randint(1, cards)}"
        yield from [
            i.MoveCard(card_id=f"c{rng.randint(1, cards)}"),
            i.AddDot(card_id=dotted),
            i.EditCard(card_id=f"c{rng.randint(1, cards)}", text=f"Rettet idé {made}"),
            i.NextStep(),
            i.SetNote(step_index=1, text=f"Note {made}"),
            i.MoveCard(card_id=f"c{rng.randint(1, cards)}"),
            i.RemoveDot(card_id=dotted),
            i.EditCard(card_id=f"c{rng.randint(1, cards)}", text=f"Rettet idé {made + 5}"),
            i.PreviousStep(),
            i.SetNote(step_index=0, text=f"Note {made + 5}"),
        ]
        made += 10


def files_bytes(folder: Path) -> int:
    """What the session keeps on disk, whatever files the store makes of it."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def check_saved(session: Session) -> None:
    error = getattr(session, "save_error", None)
    if error:
        raise SystemExit(f"the save failed: {error}")


# --- bare baselines ---------------------------------------------------------------------------------
class BareDisk:
    """What the disk costs without DialogDesk: an append + fsync, and a whole-file atomic rewrite."""

    def __init__(self, folder: Path, sessions: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.sessions = sessions  # the rewrite is as large as what the session keeps there
        self.log = os.open(folder / "bare.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        self.record = b"x" * (RECORD_BYTES - 1) + b"\n"

    def append(self) -> int:
        start = time.perf_counter_ns()
        os.write(self.log, self.record)
        os.fsync(self.log)
        return time.perf_counter_ns() - start

    def rewrite(self) -> int:
        """Write, fsync, rename over the old file, fsync the folder (as a whole-file save must)."""
        payload = b"x" * files_bytes(self.sessions)
        start = time.perf_counter_ns()
        temporary = self.folder / ".rewrite.tmp"
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            os.write(descriptor, payload)
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
        os.replace(temporary, self.folder / "rewrite.json")
        folder = os.open(self.folder, os.O_RDONLY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)
        return time.perf_counter_ns() - start

    def close(self) -> None:
        os.close(self.log)


@dataclass
class Samples:
    engine: list[int]
    apply: list[int]
    append: list[int]
    rewrite: list[int]

    @classmethod
    def empty(cls) -> Samples:
        return cls([], [], [], [])

    def summaries(self) -> dict[str, dict[str, float]]:
        return {
            "engine_ms": summary_ms(self.engine),
            "apply_only_ms": summary_ms(self.apply),
            "bare_append_fsync_ms": summary_ms(self.append),
            "bare_atomic_rewrite_ms": summary_ms(self.rewrite),
        }


def timed_intent(session: Session, memory: Session, intent: i.Intent, disk: BareDisk, into: Samples) -> None:
    """One intent on the saved session and the in-memory one, and both bare baselines, interleaved."""
    clock = time.perf_counter_ns
    start = clock()
    session.dispatch(intent)
    engine = clock() - start
    check_saved(session)
    start = clock()
    memory.dispatch(intent)
    into.apply.append(clock() - start)
    into.engine.append(engine)
    into.append.append(disk.append())
    into.rewrite.append(disk.rewrite())


# --- part 1: per intent as the log grows -----------------------------------------------------------
@dataclass
class GrownSession:
    """A session grown to ``length`` events, its in-memory twin, and the bare disk beside it."""

    length: int
    folder: Path
    session: Session
    memory: Session
    disk: BareDisk
    intents: Iterator[i.Intent]
    samples: Samples

    @classmethod
    def grown(cls, material: Material, folder: Path, length: int, cards: int) -> GrownSession:
        sessions = folder / "sessions"
        grown = cls(
            length,
            folder,
            board_session(material, SystemClock(), sessions, cards),
            board_session(material, SystemClock(), None, cards),
            BareDisk(folder / "bare", sessions),
            mixed_intents(cards),
            Samples.empty(),
        )
        while len(grown.session.events) < length:
            intent = next(grown.intents)
            grown.session.dispatch(intent)
            grown.memory.dispatch(intent)
        check_saved(grown.session)
        return grown

    def time_one(self) -> None:
        timed_intent(self.session, self.memory, next(self.intents), self.disk, self.samples)


def bench_log_growth(material: Material, folder: Path, plan: Plan) -> dict[str, Any]:
    """One session per length; the timed intents go to them in turn, so a busy moment of the disk
    falls on every length alike (each session gains the window's events while it is timed)."""
    started = time.perf_counter()
    grown = [
        GrownSession.grown(material, folder / f"log-{length}", length, plan.growth_cards)
        for length in plan.lengths
    ]
    grow_seconds = time.perf_counter() - started
    try:
        for _ in range(plan.window):
            for one in grown:
                one.time_one()
    finally:
        for one in grown:
            one.disk.close()
    rows = [
        {
            "events": one.length,
            "events_end": len(one.session.events),
            "file_bytes": files_bytes(one.folder / "sessions"),
            **one.samples.summaries(),
        }
        for one in grown
    ]
    first = rows[0]
    for row in rows:
        row["ratio_to_first"] = {
            key: {figure: row[key][figure] / first[key][figure] for figure in ("median", "p99")}
            for key in ("engine_ms", "apply_only_ms", "bare_append_fsync_ms", "bare_atomic_rewrite_ms")
        }
    growth = rows[-1]["ratio_to_first"]["engine_ms"]["p99"]
    return {
        "board_cards": plan.growth_cards,
        "window": plan.window,
        "record_bytes": RECORD_BYTES,
        "grow_seconds": grow_seconds,
        "rows": rows,
        "goal_growth": GOAL_GROWTH,
        "goal_met": growth <= GOAL_GROWTH,
    }


# --- part 2: dispatch with the save on a board of 300 cards ---------------------------------------
def bench_dispatch(material: Material, folder: Path, plan: Plan) -> dict[str, Any]:
    session = board_session(material, SystemClock(), folder / "sessions", plan.cards)
    memory = board_session(material, SystemClock(), None, plan.cards)
    disk = BareDisk(folder / "bare", folder / "sessions")
    size_at_start = files_bytes(folder / "sessions")
    intents = mixed_intents(plan.cards)
    samples = Samples.empty()
    try:
        for _ in range(plan.warmup):
            timed_intent(session, memory, next(intents), disk, Samples.empty())
        for _ in range(plan.intents):
            timed_intent(session, memory, next(intents), disk, samples)
    finally:
        disk.close()
    assert len(session.state.board.visible_cards()) == plan.cards
    summaries = samples.summaries()
    engine = summaries["engine_ms"]
    return {
        "cards": plan.cards,
        "intents": plan.intents,
        "file_bytes_start": size_at_start,
        "file_bytes_end": files_bytes(folder / "sessions"),
        "events_end": len(session.events),
        **summaries,
        "ratio_engine_to_bare_append": {
            key: engine[key] / summaries["bare_append_fsync_ms"][key] for key in ("median", "p99")
        },
        "ratio_engine_to_bare_rewrite": {
            key: engine[key] / summaries["bare_atomic_rewrite_ms"][key] for key in ("median", "p99")
        },
        "goal_p99_ms": GOAL_P99_MS,
        "goal_met": engine["p99"] < GOAL_P99_MS,
    }


def profile_dispatch(material: Material, folder: Path, count: int = 300) -> str:
    """Where the time of ``dispatch`` goes, by cumulative time (cProfile)."""
    session = board_session(material, SystemClock(), folder / "profiled", 300)
    intents = mixed_intents(300, seed=9)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(count):
        session.dispatch(next(intents))
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(18)
    return out.getvalue()


# --- part 3: timer exactness ----------------------------------------------------------------------
@dataclass
class Watch:
    """An independent stopwatch in integer milliseconds."""

    elapsed_ms: int = 0
    since_ms: int | None = None

    def start(self, now: int) -> None:
        if self.since_ms is None:
            self.since_ms = now

    def stop(self, now: int) -> None:
        if self.since_ms is not None:
            self.elapsed_ms += now - self.since_ms
            self.since_ms = None

    def read(self, now: int) -> int:
        return self.elapsed_ms + (now - self.since_ms if self.since_ms is not None else 0)


def shown(remaining_ms: int) -> str:
    """The display rule, written out separately (as tests/session/test_timers.py states it).

    Whole seconds, rounded up while counting down; in overtime whole seconds past the end, and
    the first second of overtime still shows "00:00" (never "-00:00").
    """
    seconds = (remaining_ms + 999) // 1000 if remaining_ms >= 0 else (-remaining_ms) // 1000
    sign = "-" if remaining_ms < 0 and seconds else ""
    return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"


def hour_schedule(material: Material, seed: int = 2024) -> list[tuple[int, str]]:
    """(offset in ms, action): about 12 minutes per step, every offset odd, ending at 60:00.001."""
    rng = random.Random(seed)
    schedule = [(0, "start")]
    now = 0
    for index, step in enumerate(material.steps):
        actions = ["pause", "resume", "add-time", "pause", "resume"]
        if step.activities:
            actions[2:2] = ["activity", "pause", "resume", "stop-activity"]
        for action in actions:
            now = (now + rng.randint(20_000, 110_000)) | 1
            schedule.append((now, action))
        if index < len(material.steps) - 1:
            now = max(now + 2, (index + 1) * 12 * 60_000 + rng.randint(0, 999)) | 1
            schedule.append((now, "next"))
    schedule.append((60 * 60_000 + 1, "end-of-hour"))
    return schedule


def bench_timers(material: Material) -> dict[str, Any]:
    base_ms = 987_654_321
    clock = ManualClock(mono_ns=base_ms * NS_PER_MS, wall_ns=1_700_000_000_123 * NS_PER_MS)
    session = Session(material, SessionSetup(material_id=material.id, participants=8), clock=clock)
    durations = [round(step.minutes * 60_000) for step in material.steps]
    steps = [Watch() for _ in material.steps]
    session_watch = Watch()
    activity: Watch | None = None
    activity_ms = 0
    current, paused = 0, False
    errors: list[int] = []
    display_mismatches: list[str] = []
    samples = 0
    now = 0  # ms since the start

    def move_to(target: int) -> None:
        nonlocal now
        clock.advance(ms=target - now)
        now = target

    def check() -> None:
        nonlocal samples
        samples += 1
        instant = clock.now()
        assert instant.mono_ns == (base_ms + now) * NS_PER_MS
        shows = timing(session.state, instant)
        step_remaining = durations[current] - steps[current].read(now)
        errors.append(abs(shows.step_remaining_ns - step_remaining * NS_PER_MS))
        errors.append(abs(shows.session_elapsed_ns - session_watch.read(now) * NS_PER_MS))
        if format_remaining(shows.step_remaining_ns) != shown(step_remaining):
            text = format_remaining(shows.step_remaining_ns)
            display_mismatches.append(f"step at {now} ms: shows {text}, expected {shown(step_remaining)}")
        if activity is not None:
            assert shows.activity_elapsed_ns is not None and shows.activity_remaining_ns is not None
            errors.append(abs(shows.activity_elapsed_ns - activity.read(now) * NS_PER_MS))
            remaining = activity_ms - activity.read(now)
            errors.append(abs(shows.activity_remaining_ns - remaining * NS_PER_MS))
            text = format_remaining(shows.activity_remaining_ns)
            if activity_ms and text != shown(remaining):  # an open-ended activity shows elapsed time
                display_mismatches.append(f"activity at {now} ms: shows {text}, expected {shown(remaining)}")
        for index, actual in enumerate(actual_vs_plan(session.state, instant)):
            errors.append(abs(actual.actual_ns - steps[index].read(now) * NS_PER_MS))

    schedule = hour_schedule(material)
    for (at, action), (following, _) in zip(
        schedule, [*schedule[1:], (schedule[-1][0] + 1, "")], strict=True
    ):
        move_to(at)
        check()  # just before the action, at the same instant
        if action == "start":
            session.dispatch(i.StartSession())
            session_watch.start(now)
            steps[0].start(now)
        elif action == "pause":
            session.dispatch(i.Pause())
            paused = True
            steps[current].stop(now)
            if activity is not None:
                activity.stop(now)
        elif action == "resume":
            session.dispatch(i.Resume())
            paused = False
            steps[current].start(now)
            if activity is not None:
                activity.start(now)
        elif action == "add-time":
            session.dispatch(i.AddTime(seconds=60))
            durations[current] += 60_000
        elif action == "activity":
            found = material.steps[current].activities[0]
            session.dispatch(i.StartActivity(activity_id=found.id))
            activity_ms = round((found.minutes or 0) * 60_000)
            activity = Watch()
            paused = False
            steps[current].start(now)
            activity.start(now)
        elif action == "stop-activity":
            session.dispatch(i.StopActivity())
            activity = None
        elif action == "next":
            session.dispatch(i.NextStep())
            steps[current].stop(now)
            current += 1
            activity = None
            if not paused:
                steps[current].start(now)
        check()
        # Between two actions: samples at odd offsets, and the last millisecond before the next.
        probe = at + 1
        while probe < following:
            move_to(probe)
            check()
            probe += 997
        if following - 1 > now:
            move_to(following - 1)
            check()
    assert session.state.phase is SessionPhase.RUNNING and current == len(material.steps) - 1
    return {
        "simulated_minutes": now / 60_000,
        "actions": len(schedule),
        "samples": samples,
        "compared_values": len(errors),
        "max_error_ms": max(errors) / NS_PER_MS,
        "display_mismatches": display_mismatches[:5],
        "display_mismatch_count": len(display_mismatches),
        "exact": max(errors) == 0,
        "display_matches": not display_mismatches,
    }


# --- output ----------------------------------------------------------------------------------------
FIGURES = ("median", "p99", "max")


def print_growth(growth: dict[str, Any]) -> None:
    lengths = ", ".join(f"{row['events']:,}" for row in growth["rows"])
    print(
        f"\n1. per intent as the log grows: dispatch + save at {lengths} events, board of "
        f"{growth['board_cards']} cards, {growth['window']} intents timed at each length"
    )
    header = "".join(f"{name:>9}" for name in FIGURES)
    print(f"   {'ms per intent':<36}{'events':>7}{'KiB':>7}{header}{'/100 med':>10}{'/100 p99':>10}")
    labels = [
        ("engine_ms", "dispatch + save"),
        ("apply_only_ms", "  in memory (reducer only)"),
        ("bare_append_fsync_ms", f"  bare append + fsync, {growth['record_bytes']} B"),
        ("bare_atomic_rewrite_ms", "  bare atomic rewrite, files' size"),
    ]
    for key, label in labels:
        for row in growth["rows"]:
            values, ratio = row[key], row["ratio_to_first"][key]
            print(
                f"   {label:<36}{row['events']:>7,}{row['file_bytes'] // 1024:>7}"
                + "".join(f"{values[figure]:>9.3f}" for figure in FIGURES)
                + f"{ratio['median']:>9.2f}x{ratio['p99']:>9.2f}x"
            )
            label = ""
    last = growth["rows"][-1]
    verdict = "met" if growth["goal_met"] else "NOT met"
    print(
        f"   goal: p99 at {last['events']:,} events within {growth['goal_growth']}x of p99 at "
        f"{growth['rows'][0]['events']:,}: {verdict} ({last['ratio_to_first']['engine_ms']['p99']:.2f}x)"
    )
    ends = ", ".join(f"{row['events']:,} to {row['events_end']:,}" for row in growth["rows"])
    print(
        f"   (one session per length, timed in turn; each grew while timed: {ends} events; "
        f"growing them first, untimed: {growth['grow_seconds']:.1f} s)"
    )


def print_dispatch(dispatch: dict[str, Any]) -> None:
    print(
        f"\n2. dispatch incl. save, board of {dispatch['cards']} cards, {dispatch['intents']} mixed "
        f"intents (files {dispatch['file_bytes_start'] // 1024}-{dispatch['file_bytes_end'] // 1024} KiB)"
    )
    print(f"   {'ms per intent':<38}{'median':>9}{'p90':>9}{'p99':>9}{'max':>9}")
    rows = [
        ("engine: dispatch + save", dispatch["engine_ms"]),
        ("in memory (reducer only, no save)", dispatch["apply_only_ms"]),
        (f"baseline: bare append + fsync, {RECORD_BYTES} B", dispatch["bare_append_fsync_ms"]),
        ("baseline: bare atomic rewrite", dispatch["bare_atomic_rewrite_ms"]),
    ]
    for label, values in rows:
        print(f"   {label:<38}" + "".join(f"{values[key]:>9.3f}" for key in ("median", "p90", "p99", "max")))
    for name, key in (
        ("append + fsync", "ratio_engine_to_bare_append"),
        ("rewrite", "ratio_engine_to_bare_rewrite"),
    ):
        ratio = dispatch[key]
        print(f"   engine / bare {name}: median {ratio['median']:.2f}x, p99 {ratio['p99']:.2f}x")
    verdict = "met" if dispatch["goal_met"] else "NOT met"
    p99 = dispatch["engine_ms"]["p99"]
    print(f"   goal p99 < {dispatch['goal_p99_ms']:.0f} ms: {verdict} (p99 {p99:.3f} ms)")


def print_timers(timers: dict[str, Any]) -> None:
    print(
        f"\n3. timer exactness over a simulated hour ({timers['simulated_minutes']:.1f} min on a ManualClock)"
    )
    print(
        f"   {timers['actions']} actions at odd ms offsets, {timers['samples']} samples, "
        f"{timers['compared_values']} values compared"
    )
    print(f"   max error: {timers['max_error_ms']:g} ms; exact: {'yes' if timers['exact'] else 'NO'}")
    print(f"   display text (mm:ss) mismatches: {timers['display_mismatch_count']}")
    for mismatch in timers["display_mismatches"]:
        print(f"     {mismatch}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few samples, shorter logs (CI: does it run)")
    parser.add_argument("--json", type=Path, help="also write the results to this JSON file")
    parser.add_argument("--profile", action="store_true", help="profile dispatch even if the goal is met")
    args = parser.parse_args(argv)
    plan = QUICK if args.quick else FULL
    material = load_material(MATERIAL).material
    print(
        f"Session engine benchmark{' (--quick: few samples, not a measurement)' if args.quick else ''}  "
        f"({platform.python_implementation()} {platform.python_version()}, "
        f"{platform.system()} {platform.machine()})"
    )
    with tempfile.TemporaryDirectory(prefix="dialogdesk-bench-") as name:
        folder = Path(name)
        growth = bench_log_growth(material, folder / "growth", plan)
        print_growth(growth)
        dispatch = bench_dispatch(material, folder / "board", plan)
        print_dispatch(dispatch)
        timers = bench_timers(material)
        print_timers(timers)
        profile = None
        if args.profile or not (args.quick or dispatch["goal_met"]):
            profile = profile_dispatch(material, folder)
            print("\nwhere dispatch spends its time (cProfile, cumulative):")
            print(profile)
    if args.json:
        results = {
            "quick": args.quick,
            "log_growth": growth,
            "dispatch": dispatch,
            "timers": timers,
            "profile": profile,
            "python": sys.version,
        }
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if timers["exact"] else 1


if __name__ == "__main__":
    sys.exit(main())
