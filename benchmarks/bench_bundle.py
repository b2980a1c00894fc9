"""Bundle size and start-up against a bare PySide6 bundle built in the same run.

    python benchmarks/bench_bundle.py [--reuse | --bundle DIR] [--runs 15] [--json PATH] [--check]

1. Builds, into a temporary folder, a one-folder bundle of ``benchmarks/bare_app.py`` (PySide6
   widgets + QtMultimedia, one window) with PyInstaller's defaults: no excludes, no stripping. That
   is the baseline the goals are relative to.
2. Builds DialogDesk's bundle with ``build/build.sh`` (``--reuse`` takes the one already in
   ``build/dist``; ``--bundle DIR`` takes any DialogDesk bundle folder, to compare build variants).
3. For both: apparent size (``du -s --apparent-size -B1``, MB = 10^6 bytes), file count, and the
   start-up time to a shown window: each executable runs ``--runs`` times with
   ``DIALOGDESK_EXIT_WHEN_READY=1`` and ``QT_QPA_PLATFORM=offscreen`` (both quit as soon as their
   window is shown); wall time from spawn to exit. The two alternate run by run, so a slower
   moment of the machine hits both; the first run of each (cold file cache) is discarded.
4. Prints both, the ratios DialogDesk/bare and the goals: size under 150 MB, median start-up under
   1.5x the bare bundle's. ``--check`` exits 1 when a goal is missed.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from importlib import metadata
from pathlib import Path

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
        return statistics.median(self.warm) * 1000

    @property
    def p90_ms(self) -> float:
        return percentile(self.warm, 0.90) * 1000

    def summary(self) -> dict[str, object]:
        return {
            **asdict(self),
            "size_mb": round(self.size_mb, 3),
            "startup_median_ms": round(self.median_ms, 1),
            "startup_p90_ms": round(self.p90_ms, 1),
            "startup_cold_ms": round(self.startup_seconds[0] * 1000, 1),
        }


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


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


def start_up_times(executables: dict[str, Path], runs: int, env: dict[str, str]) -> dict[str, list[float]]:
    """Wall time from spawn to exit of each executable, alternating between them run by run."""
    times: dict[str, list[float]] = {name: [] for name in executables}
    for _ in range(runs):
        for name, executable in executables.items():
            start = time.perf_counter()
            completed = subprocess.run(
                [str(executable)],
                cwd=executable.parent,
                env=env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.PIPE,
                timeout=START_TIMEOUT_S,
            )
            elapsed = time.perf_counter() - start
            if completed.returncode != 0:
                stderr = completed.stderr.decode(errors="replace")
                raise SystemExit(f"{name} ({executable}) exited with {completed.returncode}:\n{stderr}")
            times[name].append(elapsed)
    return times


def start_env(data: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if not key.startswith(("PYTHON", "QT_"))}
    env.pop("VIRTUAL_ENV", None)
    env.update(
        DIALOGDESK_EXIT_WHEN_READY="1",
        QT_QPA_PLATFORM="offscreen",
        DIALOGDESK_DATA_DIR=str(data),  # DialogDesk's settings and sessions: a fresh, empty folder
    )
    return env


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


def report(bare: BundleResult, desk: BundleResult, runs: int) -> dict[str, object]:
    size_ratio = desk.size_bytes / bare.size_bytes
    startup_ratio = desk.median_ms / bare.median_ms
    p90_ratio = desk.p90_ms / bare.p90_ms
    size_met = desk.size_bytes < GOAL_SIZE_BYTES
    startup_met = startup_ratio < GOAL_STARTUP_RATIO

    rows = [
        ("size (MB, apparent)", f"{bare.size_mb:.1f}", f"{desk.size_mb:.1f}", f"{size_ratio:.2f}"),
        ("files (+ symlinks)", f"{bare.files} (+{bare.symlinks})", f"{desk.files} (+{desk.symlinks})", ""),
        (
            f"start-up median (ms, n={runs - 1})",
            f"{bare.median_ms:.0f}",
            f"{desk.median_ms:.0f}",
            f"{startup_ratio:.2f}",
        ),
        ("start-up p90 (ms)", f"{bare.p90_ms:.0f}", f"{desk.p90_ms:.0f}", f"{p90_ratio:.2f}"),
        (
            "cold first run (ms, discarded)",
            f"{bare.startup_seconds[0] * 1000:.0f}",
            f"{desk.startup_seconds[0] * 1000:.0f}",
            "",
        ),
    ]
    if bare.build_seconds is not None and desk.build_seconds is not None:
        rows.append(("build (s)", f"{bare.build_seconds:.0f}", f"{desk.build_seconds:.0f}", ""))
    print()
    print(f"{'':32} {'bare PySide6':>16} {'DialogDesk':>16} {'DialogDesk/bare':>16}")
    for label, left, right, ratio in rows:
        print(f"{label:32} {left:>16} {right:>16} {ratio:>16}")
    print()
    print(
        f"goal: size under {GOAL_SIZE_BYTES / 1e6:.0f} MB: "
        f"{'met' if size_met else 'MISSED'} ({desk.size_bytes} bytes = {desk.size_mb:.1f} MB)"
    )
    print(
        f"goal: start-up under {GOAL_STARTUP_RATIO}x the bare bundle (median): "
        f"{'met' if startup_met else 'MISSED'} ({startup_ratio:.2f}x)"
    )
    return {
        "machine": machine(),
        "runs_per_bundle": runs,
        "discarded_runs": 1,
        "bundles": {"bare": bare.summary(), "dialogdesk": desk.summary()},
        "ratios": {"size": size_ratio, "startup_median": startup_ratio, "startup_p90": p90_ratio},
        "goals": {
            "size_bytes_under": GOAL_SIZE_BYTES,
            "size_met": size_met,
            "startup_ratio_under": GOAL_STARTUP_RATIO,
            "startup_met": startup_met,
        },
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--reuse", action="store_true", help="use the DialogDesk bundle in build/dist")
    source.add_argument("--bundle", type=Path, help="use this DialogDesk bundle folder")
    parser.add_argument("--runs", type=int, default=RUNS, help="start-ups per bundle, the first discarded")
    parser.add_argument("--json", type=Path, help="write the results here")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder with the bare bundle")
    parser.add_argument("--check", action="store_true", help="exit 1 if a goal is missed")
    args = parser.parse_args()
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

        print(f"starting each bundle {args.runs} times …", flush=True)
        times = start_up_times(executables, args.runs, start_env(work / "data"))
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
        summary = report(results["bare"], results["dialogdesk"], args.runs)
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
