"""Check a built Windows bundle: each program is there, with the window kind the spec asked for.

``python build/windows/check_bundle.py build/dist/dialogdesk-VERSION`` (the Windows CI runs it after
PyInstaller). ``dialogdesk.exe`` must be a windowed (GUI) program, so that facilitators never see a
console window, and ``dialogdesk-console.exe`` a console program, so that IT sees what
``--self-test`` and ``validate`` print. Read from the PE header; runs on any system.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from platform_bundle import BundlePlatform

GUI, CONSOLE = 2, 3  # IMAGE_SUBSYSTEM_WINDOWS_GUI, IMAGE_SUBSYSTEM_WINDOWS_CUI
_SUBSYSTEM_OFFSET = 68  # in the optional header, the same for PE32 and PE32+


def subsystem(executable: Path) -> int:
    """The Windows subsystem an .exe declares; ValueError if it is not a PE file."""
    data = executable.read_bytes()[:4096]
    if data[:2] != b"MZ" or len(data) < 64:
        raise ValueError(f"{executable}: not a Windows program (no MZ header)")
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe : pe + 4] != b"PE\0\0":
        raise ValueError(f"{executable}: not a Windows program (no PE header)")
    optional_header = pe + 4 + 20
    return struct.unpack_from("<H", data, optional_header + _SUBSYSTEM_OFFSET)[0]


def problems(bundle: Path) -> list[str]:
    """What is wrong with the bundle folder ``bundle``; empty when every program is as specified."""
    platform = BundlePlatform("win32")
    found = []
    for program in platform.executables:
        path = bundle / platform.file_name(program)
        if not path.is_file():
            found.append(f"{path}: missing")
            continue
        wanted = CONSOLE if program.console else GUI
        try:
            actual = subsystem(path)
        except ValueError as error:
            found.append(str(error))
            continue
        if actual != wanted:
            kinds = {GUI: "windowed", CONSOLE: "console"}
            found.append(
                f"{path}: a {kinds.get(actual, f'subsystem {actual}')} program, should be {kinds[wanted]}"
            )
    return found


def main(arguments: list[str]) -> int:
    if len(arguments) != 1:
        print("usage: check_bundle.py BUNDLE_FOLDER", file=sys.stderr)
        return 2
    found = problems(Path(arguments[0]))
    for problem in found:
        print(problem, file=sys.stderr)
    if not found:
        print(f"{arguments[0]}: dialogdesk.exe is windowed, dialogdesk-console.exe is a console program")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
