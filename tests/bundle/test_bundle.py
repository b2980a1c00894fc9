"""The frozen one-folder bundle (issue 8), built once per test session with ``build/build.sh``.

1. Its ``--self-test`` passes.
2. It opens no network connection: run in a new network namespace (no interface is up) under
   ``strace``, it creates no AF_INET, AF_INET6 or AF_PACKET socket and connects to nothing but
   AF_UNIX addresses (X11, D-Bus and PulseAudio are local sockets).
3. It needs no Python: in a private mount namespace every Python interpreter, standard library,
   libpython and virtual environment on the machine is covered by an empty mount (checked by
   trying to run one), and the self-test of a copy unpacked from the ``.tar.gz`` still passes.
4. It holds the data files and Qt plugins it needs, and none of the modules it must leave out.
5. It is under 150 MB (decimal, apparent size).
6. Unpacked on a minimal Debian 12 made with ``debootstrap`` (no Python, no desktop), with only
   the system packages the README lists for IT, its self-test passes
   (``build/test-minimal-debian.sh``; the minimal system is kept in ``build/minimal-debian``).
7. ``benchmarks/bench_bundle.py --quick`` runs on it and prints its table (no figure is judged).

``unshare``, ``mount`` and ``strace`` are required: where they are missing or not permitted the
tests fail, they never skip.
"""

from __future__ import annotations

import glob
import os
import re
import shlex
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "build" / "dist"
SIZE_LIMIT_BYTES = 150_000_000
SELF_TEST_TIMEOUT_S = 180

pytestmark = [
    pytest.mark.slow,
    pytest.mark.linux_only,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle, strace, unshare"),
]


@dataclass(frozen=True)
class Bundle:
    folder: Path  # build/dist/dialogdesk-VERSION
    executable: Path
    archive: Path  # build/dist/dialogdesk-VERSION-linux-x86_64.tar.gz

    @property
    def internal(self) -> Path:
        return self.folder / "_internal"


def _one(pattern: str, *, folder: bool) -> Path:
    found = sorted(path for path in DIST.glob(pattern) if path.is_dir() == folder)
    assert len(found) == 1, f"expected exactly one {DIST / pattern}, found {found}"
    return found[0]


@pytest.fixture(scope="session")
def bundle() -> Bundle:
    try:
        subprocess.run(
            ["bash", "build/build.sh"], cwd=REPO, check=True, capture_output=True, text=True, timeout=1800
        )
    except subprocess.CalledProcessError as error:
        print(f"build/build.sh failed with exit code {error.returncode}")
        print("--- stdout ---\n" + error.stdout)
        print("--- stderr ---\n" + error.stderr)
        raise
    folder = _one("dialogdesk-*", folder=True)
    executable = folder / "dialogdesk"
    assert executable.is_file() and os.access(executable, os.X_OK), f"{executable} is not an executable"
    return Bundle(
        folder=folder, executable=executable, archive=_one("dialogdesk-*-linux-x86_64.tar.gz", folder=False)
    )


# --- helpers ---------------------------------------------------------------------------------------
def require_tools(*names: str) -> None:
    missing = [name for name in names if shutil.which(name) is None]
    if missing:
        pytest.fail(f"required tool(s) not found: {', '.join(missing)} (apt-get install strace util-linux)")


def clean_env(home: Path) -> dict[str, str]:
    """What a fresh login has: no PYTHON*, no VIRTUAL_ENV, no Qt or DialogDesk settings of the tests."""
    home.mkdir(parents=True, exist_ok=True)
    return {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "TMPDIR": str(home)}


def run(
    command: Sequence[str], *, env: dict[str, str], cwd: Path | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        list(command), env=env, cwd=cwd, capture_output=True, text=True, timeout=SELF_TEST_TIMEOUT_S
    )


def describe(result: subprocess.CompletedProcess) -> str:
    command = " ".join(shlex.quote(str(part)) for part in result.args)
    return (
        f"command: {command}\nexit code: {result.returncode}\n"
        f"--- stdout ---\n{result.stdout}\n--- stderr ---\n{result.stderr}"
    )


def assert_self_test_passed(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, describe(result)
    assert "self-test passed" in result.stdout, describe(result)


# --- 1. the self-test ------------------------------------------------------------------------------
def test_self_test_passes(bundle: Bundle, tmp_path: Path) -> None:
    result = run([str(bundle.executable), "--self-test"], env=clean_env(tmp_path / "home"))
    assert_self_test_passed(result)
    # The bundle ships its verdicts on its materials: no start of it validates them.
    assert "ok    library listed (3 listed, 0 validated)" in result.stdout, describe(result)
    # A film made with the bundle's encoder plays through the app's player.
    assert "ok    film plays (" in result.stdout, describe(result)


# --- 2. no network ---------------------------------------------------------------------------------
FORBIDDEN_FAMILIES = {"AF_INET", "AF_INET6", "AF_PACKET", "PF_INET", "PF_INET6", "PF_PACKET", "2", "10", "17"}
_SYSCALL = re.compile(r"\b(socket|connect)\((.*)$")
_SOCKET_FAMILY = re.compile(r"^\s*([A-Z_0-9]+)")
_CONNECT_FAMILY = re.compile(r"sa_family=([A-Z_0-9]+)")


def network_attempts(trace: str) -> list[str]:
    """The strace lines of network use: an internet or packet socket, a connect to a non-local address."""
    attempts = []
    for line in trace.splitlines():
        call = _SYSCALL.search(line)
        if call is None:
            continue  # "<... connect resumed>" lines: the address is on the "<unfinished ...>" line
        name, arguments = call.groups()
        if name == "socket":
            family = _SOCKET_FAMILY.match(arguments)
            if family is None or family.group(1) in FORBIDDEN_FAMILIES:
                attempts.append(line)
        else:
            family = _CONNECT_FAMILY.search(arguments)
            if family is None or family.group(1) != "AF_UNIX":
                attempts.append(line)
    return attempts


def traced_without_network(
    command: Sequence[str], log: Path, env: dict[str, str]
) -> subprocess.CompletedProcess:
    wrapper = ["unshare", "--net", "--mount", "--", "strace", "-f", "-qq", "-e", "trace=socket,connect"]
    return run([*wrapper, "-o", str(log), "--", *command], env=env)


def test_network_attempts_parser() -> None:
    trace = "\n".join(
        [
            "101 socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3",
            '101 connect(3, {sa_family=AF_UNIX, sun_path="/tmp/.X11-unix/X0"}, 110) = -1 ENOENT',
            "101 socket(AF_NETLINK, SOCK_RAW|SOCK_CLOEXEC, NETLINK_ROUTE) = 4",
            "102 socket(AF_INET6, SOCK_DGRAM|SOCK_CLOEXEC, IPPROTO_IP) = 5",
            '102 connect(5, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("192.0.2.1")}, 16'
            " <unfinished ...>",
            "102 <... connect resumed>) = -1 ENETUNREACH",
            "103 socket(AF_PACKET, SOCK_RAW, 768) = -1 EPERM",
        ]
    )
    assert [line.split()[0] for line in network_attempts(trace)] == ["102", "102", "103"]


def test_bundle_opens_no_network_connection(bundle: Bundle, tmp_path: Path) -> None:
    require_tools("unshare", "strace")
    env = clean_env(tmp_path / "home")

    # The same wrapper sees a connect attempt, and the namespace has no network: an attempt to reach
    # this machine's own loopback address fails at once (lo is down in a new namespace).
    control_log = tmp_path / "control.strace"
    control = traced_without_network(["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/9"], control_log, env)
    control_trace = control_log.read_text() if control_log.exists() else ""
    assert control.returncode != 0 and "ENETUNREACH" in control_trace, (
        "the control attempt in the network namespace was not blocked or not traced:\n"
        f"{describe(control)}\n--- trace ---\n{control_trace}"
    )
    assert network_attempts(control_trace), f"the parser missed the control attempt:\n{control_trace}"

    log = tmp_path / "self-test.strace"
    result = traced_without_network([str(bundle.executable), "--self-test"], log, env)
    assert_self_test_passed(result)
    trace = log.read_text()
    assert "socket(" in trace, f"strace recorded no socket call at all; was it tracing?\n{trace}"
    attempts = network_attempts(trace)
    assert not attempts, "the bundle tried to use the network:\n" + "\n".join(attempts)


# --- 3. no Python on the machine ----------------------------------------------------------------------
def _existing(patterns: Sequence[str]) -> list[Path]:
    return [Path(path) for pattern in patterns for path in sorted(glob.glob(pattern))]


def python_hiding_targets() -> tuple[list[Path], list[Path]]:
    """Folders and files that make up a Python on this machine (that exist here)."""
    folders = _existing(["/usr/lib/python3*", "/usr/local/lib/python3*", "/root/.pyenv"])
    folders += [REPO / ".venv", Path.home() / ".pyenv"]
    # The interpreter running the tests, where it is not part of the system's own /usr.
    for prefix in {sys.prefix, sys.base_prefix, os.path.realpath(sys.base_prefix)}:
        if prefix not in ("/", "/usr", "/usr/local"):
            folders.append(Path(prefix))
    # The source tree and the build, so the bundle cannot reach back into them.
    folders += [REPO / "src", REPO / "materials", REPO / "resources", REPO / "build"]
    folders = {Path(os.path.realpath(folder)) for folder in folders if folder.is_dir()}
    # A folder inside another one is covered with it (and is gone once the outer one is covered).
    folders = sorted(f for f in folders if not any(f != o and f.is_relative_to(o) for o in folders))

    files = _existing(
        [
            "/usr/bin/python3*",
            "/usr/local/bin/python3*",
            "/usr/bin/python",
            "/usr/local/bin/python",
            "/usr/lib/x86_64-linux-gnu/libpython3*",
            "/usr/local/lib/libpython3*",
        ]
    )
    for name in ("python3", "python"):
        found = subprocess.run(["which", "-a", name], capture_output=True, text=True).stdout.split()
        files += [Path(path) for path in found]
    resolved = {Path(os.path.realpath(path)) for path in files if path.exists()}
    # A file inside a folder that is covered anyway cannot (and need not) be covered on its own.
    files = sorted(path for path in resolved if not any(path.is_relative_to(f) for f in folders))
    return folders, files


def test_bundle_runs_without_python(bundle: Bundle, tmp_path: Path) -> None:
    require_tools("unshare", "mount", "tar")
    unpacked = tmp_path / "unpacked"
    unpacked.mkdir()
    subprocess.run(["tar", "-C", str(unpacked), "-xzf", str(bundle.archive)], check=True)
    executable = unpacked / bundle.folder.name / "dialogdesk"
    assert executable.is_file(), f"{bundle.archive} has no {bundle.folder.name}/dialogdesk"

    empty_file = tmp_path / "empty"  # not executable: running it fails with "Permission denied"
    empty_file.write_bytes(b"")
    empty_file.chmod(0o644)
    folders, files = python_hiding_targets()
    assert any(str(folder).startswith("/usr/lib/python3") for folder in folders) or files, (
        "found no Python to hide; the test would prove nothing"
    )
    interpreters = sorted(
        {
            "python3",
            "python",
            sys.executable,
            str(Path(sys.base_prefix) / "bin" / "python3"),
            *(str(path) for path in files if "libpython" not in path.name),
        }
    )

    q = shlex.quote
    lines = ["set -eu"]
    lines += [f"mount -t tmpfs -o ro,size=16k,mode=755 no-python {q(str(folder))}" for folder in folders]
    lines += [f"mount --bind {q(str(empty_file))} {q(str(path))}" for path in files]
    lines += [
        f"for candidate in {' '.join(q(name) for name in interpreters)}; do",
        "  if \"$candidate\" -c 'print(1)' >/dev/null 2>&1; then",
        '    echo "PYTHON STILL RUNS: $candidate"; exit 97',
        "  fi",
        "done",
        "echo 'no python left'",
        f"cd {q(str(unpacked))}",
        f"exec {q(str(executable))} --self-test",
    ]
    script = "\n".join(lines)
    result = run(["unshare", "--mount", "--", "bash", "-c", script], env=clean_env(tmp_path / "home"))
    hidden = "\n".join(str(path) for path in [*folders, *files])
    assert "no python left" in result.stdout, f"hiding Python failed:\n{describe(result)}\nhidden:\n{hidden}"
    assert_self_test_passed(result)


# --- 4. contents -----------------------------------------------------------------------------------
REQUIRED = [
    "resources/translations/dialogdesk_da.qm",
    "PySide6/Qt/translations/qtbase_da.qm",  # Qt's own Danish: Ja/Nej, the file dialog
    "resources/sounds/chime.wav",
    "resources/icons/dialogdesk.png",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so",
]
FFMPEG_PLUGIN = "PySide6/Qt/plugins/multimedia/libffmpegmediaplugin.so"
# Matched on the path inside _internal. PySide6's own QtNetwork module (PySide6/QtNetwork.abi3.so)
# is not on this list: the QtMultimedia binding imports it when it is loaded, so the app cannot
# start without it. The TLS and network-information plugins are what would make QtNetwork reach out.
FORBIDDEN = {
    "QtWebEngine": re.compile(r"webengine", re.IGNORECASE),
    "Python module PySide6.QtQuick*/QtQml*": re.compile(r"^PySide6/Qt(Quick|Qml)[^/]*\.so$"),
    "QML modules": re.compile(r"^PySide6/Qt/qml/"),
    "Qt3D": re.compile(r"Qt63D|^PySide6/Qt3D"),
    "Qt TLS and network-information plugins": re.compile(r"plugins/(tls|networkinformation)/"),
    "tests": re.compile(r"(^|/)tests?/"),
    "hypothesis or pytest": re.compile(r"(^|/)(hypothesis|_?pytest|pytestqt)[-_./]"),
}
QT_QUICK_QML_LIBRARY = re.compile(r"^libQt6(Quick|Qml)[^/]*\.so")
FORBIDDEN_MODULES = re.compile(
    r"^(tests?|hypothesis|_?pytest|pytestqt)(\.|$)|^PySide6\.Qt(WebEngine|Quick|Qml|3D)"
)


def bundle_paths(bundle: Bundle) -> list[str]:
    return sorted(
        path.relative_to(bundle.internal).as_posix()
        for path in bundle.internal.rglob("*")
        if path.is_file() or path.is_symlink()
    )


def shared_library_needs(path: Path) -> list[str]:
    output = subprocess.run(["readelf", "-d", str(path)], check=True, capture_output=True, text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", output)


def ffmpeg_plugin_closure(bundle: Bundle) -> set[str]:
    """Names of the bundled libraries the FFmpeg plugin loads, directly or through another one."""
    libraries = {path.name: path for path in bundle.internal.rglob("*.so*") if path.is_file()}
    seen: set[str] = set()
    todo = shared_library_needs(bundle.internal / FFMPEG_PLUGIN)
    while todo:
        name = todo.pop()
        if name in seen or name not in libraries:
            continue
        seen.add(name)
        todo += shared_library_needs(libraries[name])
    return seen


def python_module_names(bundle: Bundle) -> list[str]:
    """Modules in the executable's PYZ archive and in base_library.zip."""
    from PyInstaller.archive.readers import CArchiveReader

    package = CArchiveReader(str(bundle.executable))
    names = [name for name in package.toc if name != "PYZ.pyz"]
    names += list(package.open_embedded_archive("PYZ.pyz").toc)
    with zipfile.ZipFile(bundle.internal / "base_library.zip") as library:
        names += [name.rsplit(".", 1)[0].replace("/", ".") for name in library.namelist()]
    return names


def test_bundle_contains_what_it_needs(bundle: Bundle) -> None:
    paths = set(bundle_paths(bundle))
    missing = [path for path in REQUIRED if path not in paths]
    materials = sorted(path.parent.name for path in (REPO / "materials").glob("*/material.yaml"))
    assert len(materials) >= 3
    missing += [
        f"materials/{name}/material.yaml"
        for name in materials
        if f"materials/{name}/material.yaml" not in paths
    ]
    assert not missing, "missing from the bundle:\n" + "\n".join(missing)


def test_bundle_leaves_out_what_it_does_not_use(bundle: Bundle) -> None:
    paths = bundle_paths(bundle)
    found = [
        f"{what}: {path}" for path in paths for what, pattern in FORBIDDEN.items() if pattern.search(path)
    ]
    # Qt Quick and QML libraries only where the FFmpeg multimedia plugin is linked against them.
    needed_by_ffmpeg = ffmpeg_plugin_closure(bundle)
    found += [
        f"Qt Quick/QML library not needed by the FFmpeg plugin: {path}"
        for path in paths
        if QT_QUICK_QML_LIBRARY.match(Path(path).name) and Path(path).name not in needed_by_ffmpeg
    ]
    found += [
        f"Python module: {name}" for name in python_module_names(bundle) if FORBIDDEN_MODULES.search(name)
    ]
    assert not found, "the bundle holds what it must leave out:\n" + "\n".join(found)


# --- 5. size ---------------------------------------------------------------------------------------
def apparent_size(folder: Path) -> int:
    output = subprocess.run(
        ["du", "-s", "--apparent-size", "-B1", str(folder)], check=True, capture_output=True, text=True
    ).stdout
    return int(output.split()[0])


def test_bundle_is_under_150_mb(bundle: Bundle) -> None:
    size = apparent_size(bundle.folder)
    print(f"bundle size: {size} bytes = {size / 1e6:.1f} MB (limit {SIZE_LIMIT_BYTES / 1e6:.0f} MB)")
    assert size < SIZE_LIMIT_BYTES, f"{bundle.folder.name} is {size / 1e6:.1f} MB, the limit is 150 MB"


# --- 6. a minimal Debian with only the README's packages ------------------------------------------
MINIMAL_DEBIAN = REPO / "build" / "test-minimal-debian.sh"


def readme_runtime_packages() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    found = re.findall(r"^apt-get install (lib.*)$", readme, flags=re.MULTILINE)
    assert len(found) == 1, f"expected one 'apt-get install lib…' line for IT in the README, found {found}"
    return found[0].split()


def test_the_script_installs_what_the_readme_lists() -> None:
    script = MINIMAL_DEBIAN.read_text(encoding="utf-8")
    listed = re.search(r"^RUNTIME_PACKAGES=\((.*)\)$", script, flags=re.MULTILINE)
    assert listed is not None
    assert listed.group(1).split() == readme_runtime_packages()


def test_bundle_runs_on_a_minimal_debian_without_python(bundle: Bundle) -> None:
    require_tools("debootstrap", "unshare", "chroot")
    result = subprocess.run(
        ["bash", str(MINIMAL_DEBIAN)], cwd=REPO, capture_output=True, text=True, timeout=1800
    )

    assert result.returncode == 0, describe(result)
    assert f"installed: {' '.join(readme_runtime_packages())}" in result.stdout, describe(result)
    assert_self_test_passed(result)
    assert "ok    film plays (" in result.stdout, describe(result)


# --- 7. the bundle benchmark still runs ------------------------------------------------------------
def test_bundle_benchmark_runs_quick_on_the_built_bundle(bundle: Bundle, tmp_path: Path) -> None:
    from tests.test_benchmarks_run import assert_prints_its_table, run_benchmark

    # It builds the bare PySide6 bundle it compares with (about 15 s) and starts both 3 times.
    result = run_benchmark("bench_bundle.py", ["--quick", "--bundle", str(bundle.folder)], tmp_path)

    assert_prints_its_table("bench_bundle.py", result)
