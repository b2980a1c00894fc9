"""Bundle size and start-up against a bare PySide6 bundle built in the same run.

    python benchmarks/bench_bundle.py [--quick] [--reuse | --bundle DIR] [--runs 15] [--json PATH] [--check]

1. Builds, into a temporary folder, a one-folder bundle of ``benchmarks/bare_app.py`` (PySide6
   widgets + QtMultimedia, one window) with PyInstaller's defaults: no excludes, no stripping. That
   is the baseline the goals are relative to.
2. Builds DialogDesk's bundle with ``build/build.sh`` (``--reuse`` takes the one already in
   ``build/dist``; ``--bundle DIR`` takes any DialogDesk bundle folder, to compare build variants).
3. For both: apparent size (``du -s --apparent-size -B1``, MB = 10^6 bytes), file count, and the
   start-up time to a painted window: each executable runs ``--runs`` times with
   ``DIALOGDESK_EXIT_WHEN_READY=1`` and ``QT_QPA_PLATFORM=offscreen`` (both quit in the event
   loop pass after their window's first paint, so fonts and painting count); wall time from
   spawn to exit. All cases alternate run by run, so a slower
   moment of the machine hits each; the first run of each (cold file cache) is discarded.
   DialogDesk starts in three ways, because it remembers its verdicts on material files
   (``dialogdesk/materials/catalog.py``):

   - ``dialogdesk``: one data folder for all runs, as on a meeting-room PC from its second start;
   - ``fresh data``: a new, empty data folder every run: the first start after an install, or
     every start where the user profile is reset at logon (the bundle's own verdicts on its
     bundled materials apply);
   - ``new materials``: a new data folder and a materials folder whose files it has never seen
     (the bundled ones with a changed comment line), so all of them are validated: the first
     start on a room's own materials, or after a content author edited them.

4. Prints the figures, the ratios to the bare bundle and the goals: size under 150 MB, median
   start-up under 1.5x the bare bundle's for the first two ways (the third is reported, it is
   not an every-day start). ``--check`` exits 1 when a goal is missed.

``--quick`` starts each case 3 times (the fewest: the first is discarded) and builds no DialogDesk
bundle: it takes the one given with ``--bundle`` or the one in ``build/dist``. The same code with
few samples, to show that the script works (tests/bundle runs it on the bundle it built); its
figures are no measurement. The bare bundle is always built, it is the baseline.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

from stats import percentile

REPO = Path(__file__).resolve().parents[1]
BARE_APP = Path(__file__).with_name("bare_app.py")
DIST = REPO / "build" / "dist"
GOAL_SIZE_BYTES = 150_000_000
GOAL_STARTUP_RATIO = 1.5
RUNS = 15
START_TIMEOUT_S = 60


@dataclass
class BundleResult:
    name: str
    folder: str
    build_seconds: float | None
    size_bytes: int
    files: int
    symlinks: int
    startup_seconds: list[float]  # every run, the discarded cold one first

    @property
    def size_mb(self) -> float:
        return self.size_bytes / 1e6

    @property
    def warm(self) -> list[float]:
        return self.startup_seconds[1:]

    @property
    def median_ms(self) -> float:
        return warm_ms(self.startup_seconds)[0]

    @property
    def p90_ms(self) -> float:
        return warm_ms(self.startup_seconds)[1]

    def summary(self) -> dict[str, object]:
        return {
            **asdict(self),
            "size_mb": round(self.size_mb, 3),
            "startup_median_ms": round(self.median_ms, 1),
            "startup_p90_ms": round(self.p90_ms, 1),
            "startup_cold_ms": round(self.startup_seconds[0] * 1000, 1),
        }


# --- building ------------------------------------------------------------------------------------
def run_build(command: list[str], cwd: Path, what: str) -> float:
    print(f"building {what} …", flush=True)
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if result.returncode != 0:
        print(result.stdout, result.stderr, sep="\n", file=sys.stderr)
        raise SystemExit(f"building {what} failed with exit code {result.returncode}")
    return time.perf_counter() - start


def build_bare(work: Path) -> tuple[Path, float]:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--onedir",
        "--name",
        "bare_app",
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / "build"),
        "--specpath",
        str(work),
        str(BARE_APP),
    ]
    seconds = run_build(command, work, "the bare PySide6 bundle (PyInstaller defaults)")
    return work / "dist" / "bare_app", seconds


def dialogdesk_folder() -> Path:
    found = sorted(path for path in DIST.glob("dialogdesk-*") if (path / "dialogdesk").is_file())
    if len(found) != 1:
        raise SystemExit(f"expected one DialogDesk bundle in {DIST}, found {[str(p) for p in found]}")
    return found[0]


def build_dialogdesk() -> tuple[Path, float]:
    seconds = run_build(["bash", "build/build.sh"], REPO, "DialogDesk (build/build.sh)")
    return dialogdesk_folder(), seconds


# --- measuring -----------------------------------------------------------------------------------
def apparent_size(folder: Path) -> int:
    output = subprocess.run(
        ["du", "-s", "--apparent-size", "-B1", str(folder)], check=True, capture_output=True, text=True
    ).stdout
    return int(output.split()[0])


def count_files(folder: Path) -> tuple[int, int]:
    """Regular files and symbolic links under folder."""
    files = symlinks = 0
    for path in folder.rglob("*"):
        if path.is_symlink():
            symlinks += 1
        elif path.is_file():
            files += 1
    return files, symlinks


@dataclass
class StartCase:
    """One way of starting a bundle: its command and environment for run number ``run``."""

    name: str
    command: Callable[[int], list[str]]
    env: Callable[[int], dict[str, str]]


def start_up_times(cases: list[StartCase], runs: int) -> dict[str, list[float]]:
    """Wall time from spawn to exit of each case, alternating between them run by run."""
    times: dict[str, list[float]] = {case.name: [] for case in cases}
    for run in range(runs):
        for case in cases:
            command = case.command(run)
            env = case.env(run)
            start = time.perf_counter()
            completed = subprocess.run(
                command,
                cwd=Path(command[0]).parent,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=START_TIMEOUT_S,
            )
            elapsed = time.perf_counter() - start
            if completed.returncode != 0:
                stderr = completed.stderr.decode(errors="replace")
                raise SystemExit(f"{case.name} ({command}) exited with {completed.returncode}:\n{stderr}")
            times[case.name].append(elapsed)
    return times


def start_env(data: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "QT_"))}
    env.pop("VIRTUAL_ENV", None)
    env.update(
        DIALOGDESK_EXIT_WHEN_READY="1",
        QT_QPA_PLATFORM="offscreen",
        DIALOGDESK_DATA_DIR=str(data),  # DialogDesk's settings, sessions and remembered verdicts
    )
    return env


def unseen_materials(bundle: Path, work: Path, run: int) -> Path:
    """A copy of the bundle's materials that no verdict is remembered for: one comment line differs."""
    folder = work / f"materials-{run}"
    shutil.copytree(bundle / "_internal" / "materials", folder)
    for path in folder.rglob("*.yaml"):
        path.write_bytes(path.read_bytes() + f"\n# run {run}\n".encode())
    return folder


def start_cases(bare: Path, desk: Path, work: Path) -> list[StartCase]:
    return [
        StartCase("bare", lambda run: [str(bare)], lambda run: start_env(work / "data")),
        StartCase("dialogdesk", lambda run: [str(desk)], lambda run: start_env(work / "data")),
        StartCase("fresh data", lambda run: [str(desk)], lambda run: start_env(work / f"fresh-{run}")),
        StartCase(
            "new materials",
            lambda run: [str(desk), "--materials", str(unseen_materials(desk.parent, work, run))],
            lambda run: start_env(work / f"unseen-{run}"),
        ),
    ]


# --- reporting -----------------------------------------------------------------------------------
def machine() -> dict[str, object]:
    def version(package: str) -> str:
        try:
            return metadata.version(package)
        except metadata.PackageNotFoundError:
            return "?"

    return {
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "pyinstaller": version("pyinstaller"),
        "pyside6": version("PySide6-Essentials"),
    }


def warm_ms(seconds: list[float]) -> tuple[float, float]:
    """Median and p90 in ms of the runs after the first (discarded: cold file cache)."""
    warm = seconds[1:]
    return statistics.median(warm) * 1000, percentile(warm, 0.90) * 1000


def report(
    bare: BundleResult, desk: BundleResult, other_starts: dict[str, list[float]], runs: int, quick: bool
) -> dict:
    size_ratio = desk.size_bytes / bare.size_bytes
    size_met = desk.size_bytes < GOAL_SIZE_BYTES
    starts = {"dialogdesk": desk.startup_seconds, **other_starts}
    ratios = {name: warm_ms(seconds)[0] / bare.median_ms for name, seconds in starts.items()}
    goal_cases = ("dialogdesk", "fresh data")
    startup_met = all(ratios[name] < GOAL_STARTUP_RATIO for name in goal_cases)

    rows = [
        ("size (MB, apparent)", f"{bare.size_mb:.1f}", f"{desk.size_mb:.1f}", f"{size_ratio:.2f}"),
        ("files (+ symlinks)", f"{bare.files} (+{bare.symlinks})", f"{desk.files} (+{desk.symlinks})", ""),
    ]
    labels = {
        "dialogdesk": "start-up, data folder in use",
        "fresh data": "start-up, new data folder",
        "new materials": "start-up, materials never seen",
    }
    for name, seconds in starts.items():
        median, p90 = warm_ms(seconds)
        rows.append(
            (f"{labels[name]}: median", f"{bare.median_ms:.0f}", f"{median:.0f}", f"{ratios[name]:.2f}")
        )
        rows.append((f"{labels[name]}: p90", f"{bare.p90_ms:.0f}", f"{p90:.0f}", f"{p90 / bare.p90_ms:.2f}"))
    rows.append(
        (
            "cold first run (discarded)",
            f"{bare.startup_seconds[0] * 1000:.0f}",
            f"{desk.startup_seconds[0] * 1000:.0f}",
            "",
        )
    )
    if bare.build_seconds is not None and desk.build_seconds is not None:
        rows.append(("build (s)", f"{bare.build_seconds:.0f}", f"{desk.build_seconds:.0f}", ""))
    print()
    note = " (--quick: few samples, not a measurement)" if quick else ""
    print(f"start-up times in ms, n={runs - 1} per case (each case's first run discarded){note}")
    print(f"{'':44} {'bare PySide6':>13} {'DialogDesk':>11} {'ratio':>6}")
    for label, left, right, ratio in rows:
        print(f"{label:44} {left:>13} {right:>11} {ratio:>6}")
    print()
    print(
        f"goal: size under {GOAL_SIZE_BYTES / 1e6:.0f} MB: "
        f"{'met' if size_met else 'MISSED'} ({desk.size_bytes} bytes = {desk.size_mb:.1f} MB)"
    )
    print(
        f"goal: start-up under {GOAL_STARTUP_RATIO}x the bare bundle (median), data folder in use "
        f"and new: {'met' if startup_met else 'MISSED'} "
        f"({ratios['dialogdesk']:.2f}x and {ratios['fresh data']:.2f}x)"
    )
    if "new materials" in ratios:
        print(f"(materials never seen, all validated at start: {ratios['new materials']:.2f}x, not a goal)")
    return {
        "machine": machine(),
        "runs_per_case": runs,
        "discarded_runs": 1,
        "bundles": {"bare": bare.summary(), "dialogdesk": desk.summary()},
        "startup_seconds": {"bare": bare.startup_seconds, **starts},
        "ratios": {"size": size_ratio, **{f"startup_median_{name}": ratio for name, ratio in ratios.items()}},
        "goals": {
            "size_bytes_under": GOAL_SIZE_BYTES,
            "size_met": size_met,
            "startup_ratio_under": GOAL_STARTUP_RATIO,
            "startup_cases": list(goal_cases),
            "startup_met": startup_met,
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--reuse", action="store_true", help="use the DialogDesk bundle in build/dist")
    source.add_argument("--bundle", type=Path, help="use this DialogDesk bundle folder")
    parser.add_argument(
        "--quick", action="store_true", help="3 start-ups per case, no DialogDesk build (CI: does it run)"
    )
    parser.add_argument("--runs", type=int, help=f"start-ups per case, the first discarded (default {RUNS})")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder with the bare bundle")
    parser.add_argument("--check", action="store_true", help="exit 1 if a goal is missed")
    args = parser.parse_args(argv)
    if args.runs is None:
        args.runs = 3 if args.quick else RUNS
    if args.quick and args.bundle is None:
        args.reuse = True  # a quick run measures the bundle there is; building one takes minutes
    if args.runs < 3:
        parser.error("--runs must be at least 3 (the first run is discarded)")

    work = Path(tempfile.mkdtemp(prefix="dialogdesk-bench-bundle-"))
    try:
        bare_folder, bare_build = build_bare(work)
        desk_build: float | None = None
        if args.bundle is not None:
            desk_folder = args.bundle.resolve()
        elif args.reuse:
            desk_folder = dialogdesk_folder()
        else:
            desk_folder, desk_build = build_dialogdesk()
        executables = {"bare": bare_folder / "bare_app", "dialogdesk": desk_folder / "dialogdesk"}
        for name, executable in executables.items():
            if not executable.is_file():
                raise SystemExit(f"{name}: no executable at {executable}")

        cases = start_cases(executables["bare"], executables["dialogdesk"], work)
        print(f"starting {len(cases)} cases {args.runs} times each …", flush=True)
        times = start_up_times(cases, args.runs)
        results = {}
        for name, folder, build_seconds in (
            ("bare", bare_folder, bare_build),
            ("dialogdesk", desk_folder, desk_build),
        ):
            files, symlinks = count_files(folder)
            results[name] = BundleResult(
                name=name,
                folder=str(folder),
                build_seconds=build_seconds,
                size_bytes=apparent_size(folder),
                files=files,
                symlinks=symlinks,
                startup_seconds=times[name],
            )
        others = {name: seconds for name, seconds in times.items() if name not in results}
        summary = report(results["bare"], results["dialogdesk"], others, args.runs, args.quick)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    if args.json is not None:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {args.json}")
    goals = summary["goals"]
    missed = not (goals["size_met"] and goals["startup_met"])  # type: ignore[index]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    sys.exit(main())
