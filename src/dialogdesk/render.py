"""``dialogdesk render``: what both screens show at every step of a material, as PNG files.

An author (or a reviewer) sees a material through the real presenter and audience windows
without a meeting room: a scripted session runs offscreen on a simulated laptop and projector,
and every step and the wrap-up is saved as ``NN-presenter.png`` and ``NN-audience.png``
(a board step opens on its board; ``NN-audience-step.png`` shows its own page too). A window larger than its
screen is reported and makes the command fail, so does a material that does not validate.

Qt is imported only once the offscreen screens are set up (``use_offscreen_screens``); the
scripted session itself is ``dialogdesk.ui.render_driver``.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from dialogdesk.platform.offscreen import offscreen_platform

DEFAULT_OUT = Path("render-out")
DEFAULT_PARTICIPANTS = 12
DEFAULT_LANGUAGE = "da"
LANGUAGES = ("da", "en")
# Earlier renders' pictures in an output folder: removed first, so none of them is mistaken
# for this render's (a material that lost a step).
RENDERED_GLOB = "[0-9][0-9]-*.png"


@dataclass(frozen=True)
class ScreenSize:
    width: int
    height: int

    @classmethod
    def parse(cls, text: str) -> ScreenSize:
        """``1366x768`` (also ``1366X768``, ``1366×768``); ValueError for anything else."""
        parts = text.strip().lower().replace("×", "x").split("x")
        if len(parts) != 2 or not all(part.strip().isdigit() for part in parts):
            raise ValueError(f"{text!r} is not a screen size like 1366x768")
        width, height = (int(part) for part in parts)
        if not (320 <= width <= 8192 and 240 <= height <= 8192):
            raise ValueError(f"{text!r}: a screen is 320x240 to 8192x8192")
        return cls(width, height)

    def __str__(self) -> str:
        return f"{self.width}x{self.height}"


DEFAULT_LAPTOP = ScreenSize(1366, 768)
DEFAULT_PROJECTOR = ScreenSize(1920, 1080)


@dataclass(frozen=True)
class Overflow:
    """A window that needs more room than its screen has, at one step."""

    window: str  # "presenter" or "audience"
    needed: ScreenSize
    screen: ScreenSize
    where: str  # "Trin 2", "wrap-up"

    def __str__(self) -> str:
        return (
            f"{self.where}: the {self.window} window needs {self.needed}, "
            f"larger than its screen ({self.screen})"
        )


@dataclass
class Rendered:
    """What one material's render wrote, and which windows did not fit."""

    material_id: str
    folder: Path
    files: list[Path] = field(default_factory=list)
    overflows: list[Overflow] = field(default_factory=list)


class RenderError(Exception):
    """The material cannot be rendered; ``lines`` say why (``file:line:column: ...`` for a
    material that does not validate)."""

    def __init__(self, lines: Sequence[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = list(lines)


def use_offscreen_screens(laptop: ScreenSize, projector: ScreenSize, config: Path) -> None:
    """Before Qt starts: the offscreen platform with a laptop at x=0 and a projector right of it."""
    screens = [
        {"name": "Laptop", "x": 0, "y": 0, "width": laptop.width, "height": laptop.height},
        {
            "name": "Projector",
            "x": laptop.width,
            "y": 0,
            "width": projector.width,
            "height": projector.height,
        },
    ]
    for screen in screens:
        screen.update({"logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1})
    # No window frames: a maximized window is then exactly its screen's size, as on a kiosk.
    settings = {"synchronousWindowSystemEvents": True, "windowFrameMargins": False, "screens": screens}
    config.write_text(json.dumps(settings, indent=2), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = offscreen_platform(config)
    # Missing sound or video acceleration on a server is not the author's problem.
    os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false;qt.qpa.*=false")


def render_material(
    path: Path,
    out: Path = DEFAULT_OUT,
    participants: int = DEFAULT_PARTICIPANTS,
    laptop: ScreenSize = DEFAULT_LAPTOP,
    projector: ScreenSize = DEFAULT_PROJECTOR,
    language: str = DEFAULT_LANGUAGE,
) -> list[Rendered]:
    """Render every material in ``path`` (a material file or a folder of them) into ``out``.

    One material is written into ``out`` itself; several into ``out/<material id>/``. Runs in
    the QApplication there is (a test's) or creates one: its screens must be ``laptop`` and
    ``projector`` (``use_offscreen_screens`` sets them up before Qt starts). Raises
    RenderError when the material does not validate or the screens are not those asked for.
    """
    from dialogdesk.materials.library import MaterialLibrary

    if not path.exists():
        raise RenderError([f"{path}: no such file or folder"])
    library = MaterialLibrary.load([path])
    if library.errors:
        raise RenderError([str(problem) for problem in library.errors])
    if not library.materials:
        raise RenderError([f"{path}: no material files found (*.yaml, *.yml)"])

    from dialogdesk.ui.app import create_application
    from dialogdesk.ui.render_driver import render_session

    app = create_application(["dialogdesk"])
    results = []
    with tempfile.TemporaryDirectory(prefix="dialogdesk-render-") as data:
        for loaded in library.materials:
            folder = out if len(library.materials) == 1 else out / loaded.material.id
            folder.mkdir(parents=True, exist_ok=True)
            for old in folder.glob(RENDERED_GLOB):
                old.unlink()
            results.append(
                render_session(
                    app,
                    loaded,
                    [path],
                    folder,
                    participants=participants,
                    screens=(laptop, projector),
                    language=language,
                    data=Path(data),
                )
            )
    return results


def _qt_application_exists() -> bool:
    """Without importing Qt: only a module already imported can have made an application."""
    gui = sys.modules.get("PySide6.QtGui")
    return gui is not None and gui.QGuiApplication.instance() is not None


def run_render(
    path: Path,
    out: Path = DEFAULT_OUT,
    *,
    participants: int = DEFAULT_PARTICIPANTS,
    laptop: ScreenSize = DEFAULT_LAPTOP,
    projector: ScreenSize = DEFAULT_PROJECTOR,
    language: str = DEFAULT_LANGUAGE,
) -> int:
    """The command: 0 when every window fitted its screen, 1 otherwise or on an invalid material."""
    work = Path(tempfile.mkdtemp(prefix="dialogdesk-render-"))
    try:
        if not _qt_application_exists():
            use_offscreen_screens(laptop, projector, work / "screens.json")
            # Nothing of the scripted session may reach the user's own data folder.
            os.environ["DIALOGDESK_DATA_DIR"] = str(work / "data")
        try:
            results = render_material(path, out, participants, laptop, projector, language)
        except RenderError as error:
            for line in error.lines:
                print(line, file=sys.stderr)
            return 1
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for result in results:
        print(f"{result.material_id}: {len(result.files)} picture(s) in {result.folder}")
        for overflow in result.overflows:
            print(f"{result.material_id}: {overflow}", file=sys.stderr)
    overflows = sum(len(result.overflows) for result in results)
    if overflows:
        print(f"{overflows} window(s) larger than their screen", file=sys.stderr)
    return 1 if overflows else 0
