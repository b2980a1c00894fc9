"""The Windows branches, checked on Linux with the platform faked: nobody here can run Windows.

What is faked is only what tells the code which system it is on (``sys.platform``, the
environment, ``ctypes.windll``); the code under test is DialogDesk's own. The Windows CI workflow
and the installer script are checked for what they must contain, since neither can run here.
"""

from __future__ import annotations

import configparser
import ctypes
import json
import re
import sys
from pathlib import Path, PureWindowsPath
from typing import Any

import pytest
import yaml

import dialogdesk.materials.catalog  # noqa: F401 (imported before sys.platform is faked: the spec needs it)
from dialogdesk import __version__
from dialogdesk.platform.settings import MachineSettings, SettingsError, load_settings
from dialogdesk.platform.sleep_inhibit import ES_CONTINUOUS, SleepInhibitor
from tests.conftest import REPO
from tests.no_qt import run_without_qt

BUILD = REPO / "build"
sys.path.insert(0, str(BUILD))

import platform_bundle  # noqa: E402
from platform_bundle import BundlePlatform, Executable  # noqa: E402

sys.path.insert(0, str(BUILD / "windows"))

import check_bundle  # noqa: E402

WINDOWS = BundlePlatform("win32")
WORKFLOW = REPO / ".github" / "workflows" / "windows.yml"
INSTALLER = BUILD / "windows" / "dialogdesk.iss"
ROOM_SETTINGS = "dialogdesk-settings.json"


# --- the data folder under %APPDATA% -------------------------------------------------------------


def test_the_data_folder_on_windows_is_under_appdata_when_qt_is_not_loaded() -> None:
    result = run_without_qt(
        r"""
        import os, sys
        sys.platform = "win32"
        os.environ.pop("DIALOGDESK_DATA_DIR", None)
        os.environ["APPDATA"] = r"C:\Users\Anne Møller\AppData\Roaming"
        from dialogdesk.datadir import default_data_dir, sessions_dir
        print(default_data_dir())
        print(sessions_dir())
        """
    )

    assert result.returncode == 0, result.stderr
    data, sessions = result.stdout.strip().splitlines()
    expected = PureWindowsPath(r"C:\Users\Anne Møller\AppData\Roaming\DialogDesk\DialogDesk")
    assert PureWindowsPath(data) == expected  # Qt's AppDataLocation: %APPDATA%\Organization\App
    assert PureWindowsPath(sessions) == expected / "sessions"


@pytest.mark.parametrize("appdata", [None, ""], ids=["no-APPDATA", "empty-APPDATA"])
def test_without_appdata_the_data_folder_is_the_profiles_roaming_folder_never_a_relative_one(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, appdata: str | None
) -> None:
    from dialogdesk import datadir

    monkeypatch.setenv("HOME", str(tmp_path / "profile"))  # what Path.home() reads on Linux
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "profile"))  # and on Windows
    if appdata is None:
        monkeypatch.delenv("APPDATA", raising=False)
    else:
        monkeypatch.setenv("APPDATA", appdata)

    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", "win32")
        folder = datadir.app_data_location()

    assert folder.is_absolute()
    assert folder == tmp_path / "profile" / "AppData" / "Roaming" / "DialogDesk" / "DialogDesk"


def test_the_override_wins_on_windows_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from dialogdesk.datadir import default_data_dir

    monkeypatch.setenv("APPDATA", r"C:\Users\anne\AppData\Roaming")
    monkeypatch.setenv("DIALOGDESK_DATA_DIR", r"D:\DialogDesk-data")

    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", "win32")
        folder = default_data_dir()

    assert str(folder) == r"D:\DialogDesk-data"


# --- SetThreadExecutionState through ctypes.windll ----------------------------------------------


class FakeSetThreadExecutionState:
    """Stands in for kernel32's function: records each state asked for, answers like Windows."""

    def __init__(self, answer: int) -> None:
        self.answer = answer
        self.calls: list[int] = []
        self.argtypes: list[Any] | None = None
        self.restype: Any = None

    def __call__(self, flags: int) -> int:
        self.calls.append(flags)
        return self.answer


def fake_windll(monkeypatch: pytest.MonkeyPatch, function: Any) -> None:
    """``ctypes.windll.kernel32.SetThreadExecutionState`` is ``function``."""
    windll = type("WinDLL", (), {"kernel32": type("Kernel32", (), {"SetThreadExecutionState": function})})
    monkeypatch.setattr(ctypes, "windll", windll, raising=False)


@pytest.fixture
def kernel32(monkeypatch: pytest.MonkeyPatch) -> FakeSetThreadExecutionState:
    function = FakeSetThreadExecutionState(answer=ES_CONTINUOUS)  # the previous state; 0 is failure
    fake_windll(monkeypatch, function)
    return function


def windows_inhibitor(monkeypatch: pytest.MonkeyPatch) -> SleepInhibitor:
    """A SleepInhibitor made as on Windows (it picks its way of keeping awake when it is made)."""
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", "win32")
        return SleepInhibitor()


def test_on_windows_a_session_keeps_display_and_system_awake_until_released(
    kernel32: FakeSetThreadExecutionState, monkeypatch: pytest.MonkeyPatch
) -> None:
    inhibitor = windows_inhibitor(monkeypatch)

    assert inhibitor.inhibit("A dialogue session is running") is True
    assert inhibitor.active
    assert inhibitor.inhibit("again") is True  # already inhibiting: no second request
    assert kernel32.calls == [0x80000003]  # ES_CONTINUOUS | ES_SYSTEM_REQUIRED | ES_DISPLAY_REQUIRED
    # Declared as DWORD -> DWORD: the default c_int would turn 0x80000000 into a negative number.
    assert kernel32.argtypes == [ctypes.c_uint]
    assert kernel32.restype is ctypes.c_uint

    inhibitor.release()
    inhibitor.release()  # harmless a second time

    assert not inhibitor.active
    assert kernel32.calls == [0x80000003, 0x80000000]  # ES_CONTINUOUS alone ends the request


def test_on_windows_a_refusal_is_reported_and_nothing_is_released(
    kernel32: FakeSetThreadExecutionState, monkeypatch: pytest.MonkeyPatch
) -> None:
    kernel32.answer = 0  # SetThreadExecutionState's documented failure value
    inhibitor = windows_inhibitor(monkeypatch)

    assert inhibitor.inhibit("A dialogue session is running") is False
    assert not inhibitor.active
    inhibitor.release()
    assert kernel32.calls == [0x80000003]


def test_on_windows_a_failing_system_call_never_takes_the_session_down(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse(flags: int) -> int:
        raise OSError(5, "Access is denied")

    fake_windll(monkeypatch, refuse)
    inhibitor = windows_inhibitor(monkeypatch)

    assert inhibitor.inhibit("A dialogue session is running") is False
    assert not inhibitor.active


# --- the no-console program and its console twin ----------------------------------------------


def test_windows_gets_a_windowed_program_and_a_console_twin_linux_one_console_program() -> None:
    linux = BundlePlatform("linux")

    assert WINDOWS.executables == [
        Executable("dialogdesk", console=False),
        Executable("dialogdesk-console", console=True),
    ]
    assert [WINDOWS.file_name(program) for program in WINDOWS.executables] == [
        "dialogdesk.exe",
        "dialogdesk-console.exe",
    ]
    assert (WINDOWS.windowed, WINDOWS.strip) == (True, False)
    assert linux.executables == [Executable("dialogdesk", console=True)]
    assert [linux.file_name(program) for program in linux.executables] == ["dialogdesk"]
    assert (linux.windowed, linux.strip) == (False, True)


def test_the_windows_icon_is_an_ico_file() -> None:
    icon = Path(WINDOWS.icon)
    header = icon.read_bytes()[:6]

    assert icon.suffix == ".ico"
    assert header[:4] == b"\0\0\1\0"  # ICONDIR: reserved 0, type 1 (icon)
    assert int.from_bytes(header[4:6], "little") >= 1


class PyInstallerRecorder:
    """The build targets a PyInstaller spec calls, recording what the spec asks of them."""

    def __init__(self, binaries: list[tuple[str, str, str]]) -> None:
        self.binaries = binaries
        self.executables: list[dict[str, Any]] = []
        self.collect: dict[str, Any] = {}

    def names(self, spec: Path, work: Path) -> dict[str, Any]:
        recorder = self

        class Analysis:
            def __init__(self, scripts: list[str], **options: Any) -> None:
                self.scripts, self.pure = scripts, []
                self.binaries, self.datas = list(recorder.binaries), []

        def exe(*parts: Any, **options: Any) -> dict[str, Any]:
            recorder.executables.append(options)
            return options

        def collect(*parts: Any, **options: Any) -> None:
            recorder.collect = {"parts": parts, **options}

        return {
            "SPECPATH": str(spec.parent),
            "workpath": str(work),
            "DISTPATH": str(work / "dist"),
            "Analysis": Analysis,
            "PYZ": lambda pure: ("PYZ", pure),
            "EXE": exe,
            "COLLECT": collect,
        }


def run_spec(platform: str, binaries: list[tuple[str, str, str]], tmp_path: Path, monkeypatch: Any) -> Any:
    """Run build/dialogdesk.spec as PyInstaller would, on ``platform``; what it asked to build."""
    spec = BUILD / "dialogdesk.spec"
    recorder = PyInstallerRecorder(binaries)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts src/ and build/ in front
    code = compile(spec.read_text(encoding="utf-8"), str(spec), "exec")
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        exec(code, recorder.names(spec, tmp_path))
    return recorder


# Destinations as PyInstaller's PySide6 hooks collect them from the win_amd64 wheel (6.10.3).
WINDOWS_BINARIES_KEPT = [
    "PySide6\\Qt6Core.dll",
    "PySide6\\Qt6Gui.dll",
    "PySide6\\Qt6Widgets.dll",
    "PySide6\\Qt6Multimedia.dll",
    "PySide6\\Qt6Network.dll",
    "PySide6\\avcodec-61.dll",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\plugins\\platforms\\qoffscreen.dll",  # the self-test runs offscreen
    "PySide6\\plugins\\styles\\qmodernwindowsstyle.dll",  # Qt's default style on Windows 11
    "PySide6\\plugins\\imageformats\\qico.dll",
    "PySide6\\plugins\\multimedia\\ffmpegmediaplugin.dll",
    "PySide6\\translations\\qtbase_da.qm",  # Qt's own Danish: Ja/Nej, the file dialog
]
WINDOWS_BINARIES_DROPPED = [
    "PySide6\\Qt6Quick.dll",  # Windows' FFmpeg plugin does not import it (Linux's does)
    "PySide6\\Qt6Qml.dll",
    "PySide6\\Qt6Svg.dll",
    "PySide6\\Qt6Pdf.dll",
    "PySide6\\Qt6VirtualKeyboard.dll",
    "PySide6\\translations\\qtbase_de.qm",  # the other languages' are not
    "PySide6\\plugins\\platforms\\qminimal.dll",
    "PySide6\\plugins\\platforms\\qdirect2d.dll",
    "PySide6\\plugins\\imageformats\\qtiff.dll",
    "PySide6\\plugins\\imageformats\\qwebp.dll",
    "PySide6\\plugins\\imageformats\\qjpeg.dll",
    "PySide6\\plugins\\imageformats\\qsvg.dll",
    "PySide6\\plugins\\imageformats\\qpdf.dll",
    "PySide6\\plugins\\iconengines\\qsvgicon.dll",
    "PySide6\\plugins\\platforminputcontexts\\qtvirtualkeyboardplugin.dll",
    "PySide6\\plugins\\tls\\qschannelbackend.dll",
    "PySide6\\plugins\\generic\\qtuiotouchplugin.dll",
]


def test_the_spec_on_windows_builds_the_windowed_program_and_the_console_twin_into_one_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    binaries = [(name, f"C:\\wheel\\{name}", "BINARY") for name in WINDOWS_BINARIES_KEPT]
    binaries += [(name, f"C:\\wheel\\{name}", "BINARY") for name in WINDOWS_BINARIES_DROPPED]
    # A libicudata entry would make the Linux branch run nm and icupkg on it (and fail here).
    binaries.append(("PySide6/Qt/lib/libicudata.so.73", str(tmp_path / "missing.so"), "BINARY"))

    built = run_spec("win32", binaries, tmp_path, monkeypatch)

    assert [(exe["name"], exe["console"]) for exe in built.executables] == [
        ("dialogdesk", False),
        ("dialogdesk-console", True),
    ]
    assert {exe["icon"] for exe in built.executables} == {str(BUILD / "dialogdesk.ico")}
    assert all(exe["exclude_binaries"] for exe in built.executables)  # one folder, shared libraries
    assert built.collect["name"] == f"dialogdesk-{__version__}"
    assert built.collect["strip"] is False
    assert built.collect["parts"][:2] == tuple(built.executables)  # both programs in that folder
    collected = [entry[0] for entry in built.collect["parts"][2]]
    assert collected == [*WINDOWS_BINARIES_KEPT, "PySide6/Qt/lib/libicudata.so.73"]


def test_the_spec_on_linux_builds_one_console_program_stripped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = run_spec("linux", [], tmp_path, monkeypatch)

    assert [(exe["name"], exe["console"]) for exe in built.executables] == [("dialogdesk", True)]
    assert built.executables[0]["icon"].endswith("dialogdesk.png")
    assert built.collect["strip"] is True


# Qt libraries each plugin PyInstaller collects on Windows imports (objdump -p, win_amd64 6.10.3).
WINDOWS_PLUGIN_IMPORTS = {
    "qwindows.dll": ["Qt6Core.dll", "Qt6Gui.dll"],
    "qoffscreen.dll": ["Qt6Core.dll", "Qt6Gui.dll"],
    "qico.dll": ["Qt6Core.dll", "Qt6Gui.dll"],
    "qmodernwindowsstyle.dll": ["Qt6Core.dll", "Qt6Gui.dll", "Qt6Widgets.dll"],
    "ffmpegmediaplugin.dll": ["Qt6Core.dll", "Qt6Gui.dll", "Qt6Multimedia.dll", "avcodec-61.dll"],
    "qsvg.dll": ["Qt6Core.dll", "Qt6Gui.dll", "Qt6Svg.dll"],
    "qpdf.dll": ["Qt6Core.dll", "Qt6Gui.dll", "Qt6Pdf.dll"],
    "qsvgicon.dll": ["Qt6Core.dll", "Qt6Gui.dll", "Qt6Svg.dll"],
    "qtvirtualkeyboardplugin.dll": ["Qt6Core.dll", "Qt6Gui.dll", "Qt6VirtualKeyboard.dll"],
}


def test_no_plugin_left_in_the_windows_bundle_needs_a_library_taken_out() -> None:
    everything = WINDOWS_BINARIES_KEPT + WINDOWS_BINARIES_DROPPED
    kept = {
        entry[0].rsplit("\\", 1)[-1] for entry in platform_bundle.prune_binaries([(n,) for n in everything])
    }

    broken = {
        plugin: [library for library in needs if library not in kept]
        for plugin, needs in WINDOWS_PLUGIN_IMPORTS.items()
        if plugin in kept and any(library not in kept for library in needs)
    }

    assert broken == {}
    assert kept == {name.rsplit("\\", 1)[-1] for name in WINDOWS_BINARIES_KEPT}


def test_the_icu_data_is_left_alone_on_windows(tmp_path: Path) -> None:
    entries = [("PySide6/Qt/lib/libicudata.so.73", str(tmp_path / "not-there.so"), "BINARY")]

    assert platform_bundle.trim_icu_data(entries, tmp_path / "icu", WINDOWS) == entries
    assert not (tmp_path / "icu").exists()  # no tool was run, nothing was written


def distlib_launcher(name: str) -> Path:
    """A real Windows program of a known kind: pip vendors distlib's launchers (t64 console, w64 GUI)."""
    import pip._vendor.distlib as distlib

    return Path(distlib.__file__).parent / name


def test_the_bundle_check_tells_a_windowed_program_from_a_console_one(tmp_path: Path) -> None:
    assert check_bundle.subsystem(distlib_launcher("w64.exe")) == check_bundle.GUI
    assert check_bundle.subsystem(distlib_launcher("t64.exe")) == check_bundle.CONSOLE

    bundle = tmp_path / "dialogdesk-0.1.0"
    bundle.mkdir()
    (bundle / "dialogdesk.exe").write_bytes(distlib_launcher("w64.exe").read_bytes())
    (bundle / "dialogdesk-console.exe").write_bytes(distlib_launcher("t64.exe").read_bytes())
    assert check_bundle.problems(bundle) == []

    (bundle / "dialogdesk.exe").write_bytes(distlib_launcher("t64.exe").read_bytes())
    (bundle / "dialogdesk-console.exe").unlink()
    assert check_bundle.problems(bundle) == [
        f"{bundle / 'dialogdesk.exe'}: a console program, should be windowed",
        f"{bundle / 'dialogdesk-console.exe'}: missing",
    ]


# --- whole paths with drive letters and backslashes in the room settings ----------------------

WINDOWS_WHOLE_PATHS = [
    r"D:\materialer",
    "D:/materialer",
    r"\\server\share\film",
    r"C:\Program Files\DialogDesk\dialogmaterialer æøå",
]
WINDOWS_RELATIVE_PATHS = [
    "materialer",
    r"materialer\film",
    r"D:materialer",  # relative to the current folder of drive D
    r"\materialer",  # relative to the current drive
    r"..\film",
]


def room_file(tmp_path: Path, settings: dict[str, Any]) -> Path:
    path = tmp_path / ROOM_SETTINGS
    path.write_text(json.dumps(settings), encoding="utf-8")
    return path


def load_on(platform: str, path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[MachineSettings, str | None]:
    """``load_settings(path)`` as on ``platform``."""
    with monkeypatch.context() as patch:
        patch.setattr(sys, "platform", platform)
        return load_settings(path)


@pytest.mark.parametrize("folder", WINDOWS_WHOLE_PATHS)
def test_on_windows_drive_letters_and_shares_are_whole_paths(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, folder: str
) -> None:
    room = room_file(tmp_path, {"material_folders": [folder], "media_folder": folder})

    settings, message = load_on("win32", room, monkeypatch)

    assert message is None
    assert settings.material_folders == [folder]
    assert settings.media_folder == folder


@pytest.mark.parametrize("folder", WINDOWS_RELATIVE_PATHS)
def test_on_windows_a_relative_folder_is_refused_by_name(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, folder: str
) -> None:
    room = room_file(tmp_path, {"material_folders": [folder], "media_folder": folder})

    settings, message = load_on("win32", room, monkeypatch)

    assert settings.material_folders is None and settings.media_folder is None  # the defaults
    assert message is not None
    assert "material_folders.0: must be a whole folder path, like /srv/dialog or D:\\Dialog" in message
    assert "media_folder: must be a whole folder path, like /srv/dialog or D:\\Dialog, or null" in message
    with monkeypatch.context() as patch, pytest.raises(SettingsError):
        patch.setattr(sys, "platform", "win32")
        MachineSettings(media_folder=folder)


def test_on_linux_a_windows_path_is_not_a_whole_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A room file copied from a Windows PC: D:\materialer is a relative name here.
    room = room_file(tmp_path, {"material_folders": [r"D:\materialer", "/srv/m"]})

    settings, message = load_on("linux", room, monkeypatch)

    assert settings.material_folders is None
    assert message is not None and "material_folders.0: must be a whole folder path" in message
    assert MachineSettings(material_folders=["/srv/m"]).material_folders == ["/srv/m"]


# --- the Windows CI workflow --------------------------------------------------------------------


def workflow_steps() -> list[dict[str, Any]]:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    return workflow["jobs"]["windows"]["steps"]


def step_running(steps: list[dict[str, Any]], pattern: str) -> int:
    """The index of the first step whose command matches ``pattern``; fails naming the pattern."""
    for index, step in enumerate(steps):
        if re.search(pattern, step.get("run", ""), re.IGNORECASE):
            return index
    raise AssertionError(f"no step of {WORKFLOW.name} runs {pattern!r}")


def test_the_workflow_runs_on_a_hosted_windows_runner_with_python_311() -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["windows"]
    # YAML 1.1 reads the key "on" as True.
    triggers = workflow.get("on", workflow.get(True))

    assert job["runs-on"].startswith("windows-")
    assert {"push", "pull_request"} <= set(triggers)
    python = next(step for step in job["steps"] if step.get("uses", "").startswith("actions/setup-python@"))
    assert python["with"]["python-version"] == "3.11"


def test_the_workflow_tests_builds_self_tests_and_packages_in_that_order() -> None:
    steps = workflow_steps()

    order = [
        step_running(steps, r'pip install -e "?\.\[dev\]"?'),
        step_running(steps, r'pytest -m "not linux_only"'),
        step_running(
            steps,
            r"pyinstaller --noconfirm --distpath build\\dist --workpath build\\work build\\dialogdesk\.spec",
        ),
        step_running(steps, r"check_bundle\.py"),
        step_running(steps, r"dialogdesk-console\.exe\" --self-test"),
        step_running(
            steps, r"ISCC.*/DAppVersion=\$\{\{ steps\.version\.outputs\.version \}\}.*dialogdesk\.iss"
        ),
        step_running(steps, r"/VERYSILENT"),
    ]

    assert order == sorted(order)


def test_the_workflows_tests_name_their_screens_file_without_a_drive_colon() -> None:
    import os
    import subprocess

    steps = workflow_steps()
    platform = steps[step_running(steps, "pytest")]["env"]["QT_QPA_PLATFORM"]
    name, *arguments = platform.split(":")  # as Qt splits it

    assert (name, arguments) == ("offscreen", ["configfile=tests/dual-screen.json"])
    started = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtGui import QGuiApplication as A; print(len(A([]).screens()))"],
        env={**os.environ, "QT_QPA_PLATFORM": platform},
        cwd=REPO,  # where the workflow runs pytest
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (started.returncode, started.stdout.strip()) == (0, "2"), started.stderr


def test_the_workflow_uploads_the_bundle_folder_and_the_installer() -> None:
    uploads = [
        step["with"]["path"]
        for step in workflow_steps()
        if step.get("uses", "").startswith("actions/upload-artifact@")
    ]
    version = "${{ steps.version.outputs.version }}"

    assert f"build/dist/dialogdesk-{version}/" in uploads
    assert f"build/dist/dialogdesk-{version}-windows-x64-setup.exe" in uploads


def test_the_workflow_names_the_version_the_installer_and_the_package_share() -> None:
    steps = workflow_steps()
    version_step = next(step for step in steps if step.get("id") == "version")

    assert "dialogdesk.__version__" in version_step["run"]
    assert "GITHUB_OUTPUT" in version_step["run"]


def test_tests_the_workflow_ignores_are_the_ones_that_cannot_be_collected_off_linux() -> None:
    steps = workflow_steps()
    command = steps[step_running(steps, "pytest")]["run"]
    ignored = re.findall(r"--ignore=(\S+)", command)

    assert ignored == ["tests/session/test_disk_faults.py"]
    assert all((REPO / path).is_file() for path in ignored)
    assert "import resource" in (REPO / ignored[0]).read_text(encoding="utf-8")  # still the reason


def test_the_linux_only_marker_is_registered() -> None:
    import tomllib

    markers = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"][
        "ini_options"
    ]["markers"]

    assert any(marker.startswith("linux_only:") for marker in markers)


# --- the Inno Setup installer --------------------------------------------------------------------


def installer_sections() -> dict[str, list[str]]:
    """The .iss as sections of lines, the preprocessor's lines and comments left out."""
    sections: dict[str, list[str]] = {}
    current = None
    for raw in INSTALLER.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        heading = re.fullmatch(r"\[(\w+)\]", line)
        if heading:
            current = heading[1]
            assert current not in sections, f"[{current}] appears twice"
            sections[current] = []
        else:
            assert current is not None, f"{line!r} comes before any section"
            sections[current].append(line)
    return sections


def beside_installer(windows_path: str) -> Path:
    """A path the .iss names relative to itself (Inno's SourcePath), as a path here."""
    return INSTALLER.parent.joinpath(*PureWindowsPath(windows_path).parts).resolve()


def entry(line: str) -> dict[str, str]:
    """``Source: "x"; DestDir: "{app}"; Flags: a b`` as a dict of its parameters."""
    return {
        key.strip(): value.strip().strip('"')
        for key, value in (part.split(":", 1) for part in re.split(r";\s+(?=\w+:)", line))
    }


def test_the_installer_script_is_sections_of_settings_and_entries() -> None:
    sections = installer_sections()
    setup = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    setup.optionxform = str  # type: ignore[assignment,method-assign]
    setup.read_string("[Setup]\n" + "\n".join(sections["Setup"]))

    assert {"Setup", "Languages", "Files", "Icons", "InstallDelete", "UninstallDelete"} <= set(sections)
    options = setup["Setup"]
    assert options["AppVersion"] == "{#AppVersion}"  # from the package, through /DAppVersion
    assert options["PrivilegesRequired"] == "admin"  # per machine
    assert options["DefaultDirName"] == r"{autopf}\DialogDesk"  # Program Files
    assert options["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", options["AppId"])
    assert options["OutputBaseFilename"] == "dialogdesk-{#AppVersion}-windows-x64-setup"
    assert beside_installer(options["SetupIconFile"]) == Path(WINDOWS.icon)
    assert beside_installer(options["OutputDir"]) == BUILD / "dist"
    assert "#error" in INSTALLER.read_text(encoding="utf-8")  # no version given: no installer


def test_the_installer_installs_the_folder_the_spec_builds_and_a_start_menu_shortcut() -> None:
    sections = installer_sections()
    text = INSTALLER.read_text(encoding="utf-8")

    bundle = re.search(r'#define Bundle SourcePath \+ "([^"]+)" \+ AppVersion', text)
    assert bundle is not None
    assert beside_installer(bundle[1] + __version__) == BUILD / "dist" / f"dialogdesk-{__version__}"
    program = next(entry(line) for line in sections["Files"] if entry(line)["Source"] == "{#Bundle}\\*")
    assert program["DestDir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs", "ignoreversion"} <= set(program["Flags"].split())
    shortcuts = [entry(line) for line in sections["Icons"]]
    assert shortcuts == [
        {"Name": "{autoprograms}\\DialogDesk", "Filename": "{app}\\dialogdesk.exe", "WorkingDir": "{app}"}
    ]
    assert Path(shortcuts[0]["Filename"].replace("\\", "/")).name == WINDOWS.file_name(WINDOWS.executables[0])
    assert "dialogdesk-console.exe" in text  # named for IT in the comments; installed with the folder
    assert WINDOWS.file_name(WINDOWS.executables[1]) == "dialogdesk-console.exe"


def test_an_upgrade_keeps_the_room_settings_and_uninstalling_leaves_them() -> None:
    sections = installer_sections()
    files = [entry(line) for line in sections["Files"]]

    room = [item for item in files if item["Source"] == "{#RoomSettings}"]
    assert len(room) == 1
    assert room[0]["DestDir"] == "{app}"
    assert {"onlyifdoesntexist", "uninsneveruninstall"} <= set(room[0]["Flags"].split())
    bundle = next(item for item in files if item["Source"] == "{#Bundle}\\*")
    assert bundle["Excludes"] == "{#RoomSettings}"  # the folder copy can never bring one along
    assert f'#define RoomSettings "{ROOM_SETTINGS}"' in INSTALLER.read_text(encoding="utf-8")
    from dialogdesk.platform.settings_sources import ROOM_SETTINGS_NAME

    assert ROOM_SETTINGS_NAME == ROOM_SETTINGS  # the name the program looks for beside itself
    # Nothing the installer deletes may reach the room's file.
    deletes = [entry(line)["Name"] for line in sections["InstallDelete"] + sections["UninstallDelete"]]
    assert deletes == ["{app}\\_internal", "{app}\\_internal", "{app}"]
    assert entry(sections["UninstallDelete"][-1])["Type"] == "dirifempty"


def test_the_default_room_settings_set_nothing(tmp_path: Path) -> None:
    default = INSTALLER.parent / ROOM_SETTINGS

    settings, message = load_settings(default)

    assert message is None
    assert settings == MachineSettings()
    assert settings.given == frozenset()  # overrides none of the facilitator's own choices


# --- Qt's offscreen platform and a drive letter ---------------------------------------------------


def test_the_self_test_finds_its_two_screens_when_its_folder_has_a_drive_colon(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os
    import subprocess
    import tempfile

    from dialogdesk import selftest

    # Given the scratch folder has a colon in its path, as C:\Users\...\Temp has on every Windows PC
    drive_like = tmp_path if sys.platform == "win32" else tmp_path / "C:"
    scratch = drive_like / "dialogdesk-self-test-1"
    scratch.mkdir(parents=True)
    monkeypatch.setattr(tempfile, "mkdtemp", lambda prefix="": str(scratch))
    monkeypatch.setenv("QT_QPA_PLATFORM", "unchanged")  # both are set by the self-test and restored
    monkeypatch.setenv("DIALOGDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)  # the self-test changes into its folder; the test's is put back

    # When the self-test sets up its offscreen screens and Qt starts with them
    selftest.offscreen_work_folder()
    started = subprocess.run(
        [sys.executable, "-c", "from PySide6.QtGui import QGuiApplication as A; print(len(A([]).screens()))"],
        env={**os.environ},
        capture_output=True,
        text=True,
        timeout=60,
    )

    # Then Qt finds the two screens instead of aborting on a file named after the drive
    assert started.returncode == 0, started.stderr
    assert started.stdout.strip() == "2"
