"""The three example materials of ``tests/examples/``, copied to a temporary folder to run.

The Danish material plays a film that is not in the repository (no binary media is kept):
the copy gets a short one at ``media/film.mp4``, made with Debian's ffmpeg as the media tests do.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from dialogdesk.materials.loader import load_material
from dialogdesk.materials.model import Material
from tests.media.make_media import find_ffmpeg

EXAMPLES = Path(__file__).resolve().parent
DANISH = "borgere-uden-mitid"
ONE_TWO_FOUR_ALL = "one-two-four-all"
TWENTY_FIVE_TEN = "twenty-five-ten"
ALL = (DANISH, ONE_TWO_FOUR_ALL, TWENTY_FIVE_TEN)
FILM = "media/film.mp4"


def write_film(path: Path) -> Path:
    """A 2-second 320×180 H.264 film (a few KB)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    video = ["-f", "lavfi", "-i", "testsrc2=size=320x180:rate=25:duration=2"]
    codec = ["-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p"]
    command = [find_ffmpeg(), "-v", "error", "-nostdin", "-y", *video, *codec, str(path)]
    subprocess.run(command, check=True, timeout=120, capture_output=True)
    return path


def copy_examples(folder: Path, *ids: str) -> Path:
    """``ids`` (default: all three) copied into ``folder``, the film written; returns ``folder``."""
    for material_id in ids or ALL:
        shutil.copytree(EXAMPLES / material_id, folder / material_id)
        if material_id == DANISH:
            write_film(folder / material_id / FILM)
    return folder


def load_example(folder: Path, material_id: str) -> Material:
    return load_material(folder / material_id / "material.yaml").material


def score_totals() -> list[int]:
    """Twenty cards' totals of five 1-5 scores: ranks 1-9, a tie for 10th, then the rest."""
    return [25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 16, 12, 11, 10, 9, 8, 7, 6, 5, 5]


def five_scores(total: int) -> tuple[int, ...]:
    """Five scores from 1 to 5 adding up to ``total`` (5..25), as written on a paper card."""
    base, extra = divmod(total, 5)
    if extra and base == 5:
        raise ValueError(total)
    return tuple([base + 1] * extra + [base] * (5 - extra))
