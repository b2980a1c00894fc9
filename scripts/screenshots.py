"""Saves the README's pictures of the two screens, made with ``dialogdesk render``.

    .venv/bin/python scripts/screenshots.py [MATERIAL_ID] [OUTPUT_DIR]

Into OUTPUT_DIR (default docs/screenshots): ``presenter.png`` (Trin 1 on the laptop),
``audience.png`` (Trin 3 on the projector), ``presenter-board.png`` and ``audience-board.png``
(the first step that works on the board). Fails, and changes nothing, if a window is larger
than its screen. Every step of a material: ``dialogdesk render PATH``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from dialogdesk.paths import bundled_materials
from dialogdesk.render import ScreenSize, run_render

LAPTOP = ScreenSize(1366, 768)
PROJECTOR = ScreenSize(1280, 720)  # the README shows the two screens side by side
PARTICIPANTS = 14  # above 12: the "pluk" tip shows
AUDIENCE_STEP = 2  # Trin 3, the first step the room works on without a film


def pick(rendered: Path) -> dict[str, Path]:
    """The README's names for pictures of a render."""
    steps = sorted(rendered.glob("[0-9][0-9]-presenter.png"))
    audience = min(AUDIENCE_STEP, len(steps) - 2)  # the last picture is the wrap-up
    chosen = {
        "presenter.png": rendered / "00-presenter.png",
        "audience.png": rendered / f"{audience:02d}-audience.png",
    }
    board = sorted(rendered.glob("[0-9][0-9]-audience-board.png"))
    if board:
        number = board[0].name[:2]
        chosen["presenter-board.png"] = rendered / f"{number}-presenter.png"
        chosen["audience-board.png"] = board[0]
    return chosen


def main() -> int:
    material_id = sys.argv[1] if len(sys.argv) > 1 else "forventningsafstemning"
    output = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshots")
    with tempfile.TemporaryDirectory(prefix="dialogdesk-screenshots-") as work:
        rendered = Path(work)
        code = run_render(
            bundled_materials() / material_id,
            rendered,
            participants=PARTICIPANTS,
            laptop=LAPTOP,
            projector=PROJECTOR,
        )
        if code != 0:
            print("screenshots not saved", file=sys.stderr)
            return code
        output.mkdir(parents=True, exist_ok=True)
        for name, picture in pick(rendered).items():
            shutil.copyfile(picture, output / name)
            print(output / name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
