"""The command line: ``dialogdesk`` starts the app; subcommands serve authors and IT admins."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dialogdesk import __version__
from dialogdesk.paths import bundled_materials

if TYPE_CHECKING:
    from dialogdesk.render import ScreenSize


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dialogdesk",
        description="Run a structured staff dialogue: presenter view, projector view, timers, idea board.",
    )
    parser.add_argument("--version", action="version", version=f"dialogdesk {__version__}")
    parser.add_argument(
        "--materials",
        type=Path,
        action="append",
        help="a material file or folder to show (default: the settings' material_folders, else the "
        "bundled materials); may be repeated",
    )
    parser.add_argument("--language", choices=["da", "en"], help="user interface language (default: da)")
    parser.add_argument(
        "--settings",
        type=Path,
        metavar="FILE",
        help="a room's settings file set up by IT; its values win over the user's "
        "(default: dialogdesk-settings.json next to the program, if present)",
    )
    parser.add_argument("--fullscreen", action="store_true", help="start the library fullscreen (kiosk)")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="run a short scripted session offscreen and exit 0 only if everything worked",
    )
    commands = parser.add_subparsers(dest="command")

    validate = commands.add_parser(
        "validate", help="check material files or folders; exit 1 on any error, print warnings"
    )
    validate.add_argument("paths", nargs="*", type=Path, help="files or folders (default: bundled)")
    validate.add_argument("--quiet", action="store_true", help="print errors only, not warnings")

    schema = commands.add_parser("schema", help="print the JSON Schema of the material format")
    schema.add_argument("-o", "--output", type=Path, help="write to this file instead of stdout")
    _add_render_command(commands)
    _add_preview_command(commands)
    return parser


def _add_render_command(commands: argparse._SubParsersAction) -> None:
    # The render command's module is imported only when it runs: every start of the app reads
    # this parser. Its defaults are the Python API's (dialogdesk.render.DEFAULT_*).
    render = commands.add_parser(
        "render",
        help="save what the presenter and the audience screen show at every step as PNG; "
        "exit 1 if a window is larger than its screen or the material does not validate",
    )
    render.add_argument("path", type=Path, help="a material file, or a folder with material(s)")
    render.add_argument(
        "--out",
        type=Path,
        default=Path("render-out"),
        metavar="DIR",
        help="where the pictures go; one folder per material if there are several (default: render-out)",
    )
    render.add_argument(
        "--participants",
        type=_participants,
        default=12,
        metavar="N",
        help="participants in the scripted session (default: 12)",
    )
    render.add_argument(
        "--laptop",
        type=_screen_size,
        default="1366x768",
        metavar="WxH",
        help="the presenter's screen (default: 1366x768)",
    )
    render.add_argument(
        "--projector",
        type=_screen_size,
        default="1920x1080",
        metavar="WxH",
        help="the audience's screen (default: 1920x1080)",
    )
    render.add_argument(
        "--language",
        choices=["da", "en"],
        default="da",
        help="user interface language (default: da)",
    )


def _add_preview_command(commands: argparse._SubParsersAction) -> None:
    # Like render: dialogdesk.ui.preview (and Qt) is imported only when the command runs.
    preview = commands.add_parser(
        "preview",
        help="show a material file in the presenter and audience windows and reload it at every "
        "save; its problems are listed with file:line:col; no session is written",
    )
    preview.add_argument("path", type=Path, help="a material file, or a folder with a material.yaml")
    preview.add_argument(
        "--participants",
        type=_participants,
        default=12,
        metavar="N",
        help="participants in the previewed session (default: 12)",
    )
    preview.add_argument(
        "--language",
        choices=["da", "en"],
        default="da",
        help="user interface language (default: da)",
    )


def run_preview(path: Path, *, participants: int, language: str) -> int:
    """The edit-and-see loop on one material file (``dialogdesk.ui.preview``); 2 if it is not there."""
    if path.is_dir() and (path / "material.yaml").is_file():
        path = path / "material.yaml"
    if not path.is_file():
        print(f"dialogdesk preview: {path}: no such material file", file=sys.stderr)
        return 2
    from dialogdesk.ui.preview import run_preview as run

    return run(path, participants=participants, language=language)


def _screen_size(text: str) -> ScreenSize:
    from dialogdesk.render import ScreenSize

    try:
        return ScreenSize.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _participants(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 200:
        raise argparse.ArgumentTypeError(f"{text!r}: a number of participants from 1 to 200")
    return int(text)


def run_validate(paths: Sequence[Path], *, quiet: bool = False) -> int:
    from dialogdesk.materials.library import MaterialLibrary

    paths = list(paths) or [bundled_materials()]
    missing = [path for path in paths if not path.exists()]
    for path in missing:
        print(f"{path}: no such file or folder", file=sys.stderr)
    library = MaterialLibrary.load([path for path in paths if path.exists()])
    for problem in library.errors:
        print(problem, file=sys.stderr)
    if not quiet:
        for problem in library.warnings:
            print(problem)
    print(
        f"{len(library.materials)} material(s) valid, {len(library.errors)} error(s), "
        f"{len(library.warnings)} warning(s)"
    )
    if not library.materials and not library.errors and not missing:
        print("no material files found (*.yaml, *.yml)", file=sys.stderr)
        return 1
    return 1 if library.errors or missing else 0


def run_schema(output: Path | None) -> int:
    from dialogdesk.materials.schema import material_schema

    text = json.dumps(material_schema(), ensure_ascii=False, indent=2) + "\n"
    if output is None:
        if sys.stdout is None:  # the windowed program on Windows has no console to print to
            return 2
        sys.stdout.write(text)
    else:
        output.write_text(text, encoding="utf-8")
    return 0


def run_render(
    path: Path,
    out: Path,
    *,
    participants: int,
    laptop: ScreenSize,
    projector: ScreenSize,
    language: str,
) -> int:
    """Both screens at every step of ``path``'s materials as PNG in ``out`` (``dialogdesk.render``);
    1 if a window is larger than its screen or a material does not validate."""
    from dialogdesk import render

    return render.run_render(
        path, out, participants=participants, laptop=laptop, projector=projector, language=language
    )


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "render":
        return run_render(
            args.path,
            args.out,
            participants=args.participants,
            laptop=args.laptop,
            projector=args.projector,
            language=args.language,
        )
    if args.command == "preview":
        return run_preview(args.path, participants=args.participants, language=args.language)
    if args.command == "validate":
        return run_validate(args.paths, quiet=args.quiet)
    if args.command == "schema":
        return run_schema(args.output)
    if args.self_test:
        from dialogdesk.selftest import run_self_test

        return run_self_test()
    if args.settings is not None and not args.settings.is_file():
        print(f"dialogdesk: --settings: no such file: {args.settings}", file=sys.stderr)
        return 2
    from dialogdesk.ui.app import run_app

    return run_app(
        materials=args.materials,
        language=args.language,
        room_settings=args.settings,
        fullscreen=args.fullscreen,
    )
