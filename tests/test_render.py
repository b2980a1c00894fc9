"""``dialogdesk render``: an author sees every step of a material on both screens, as PNG files.

The renders in this process use the test run's simulated laptop (1366x768) and projector
(1920x1080); other screen sizes need a new Qt application, so those run the command in a
subprocess.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from dialogdesk.cli import main
from dialogdesk.render import RenderError, ScreenSize, render_material
from tests.conftest import MATERIALS, REPO

SMALL = """\
id: kaffepausen
title: Kaffepausen
topic:
  name: Kaffepausen
  keywords: [kaffepause]
intention: Tal om pauserne.
goal: Aftal én ting, vi prøver.
framing_questions:
  - Hvornår holder vi pause?
source:
  publisher: Testholdet
preparation:
  participants: {min: 4, max: 20}
  duration_minutes: {min: 20, max: 30}
steps:
  - number: 1
    title: Stille brainstorm
    minutes: 8
    instructions:
      - text: Sig højt at alle skriver i ét minut uden at tale.
        say_aloud: true
        activity: stille
    participant_instruction: Skriv hver for sig, hvad en god pause er.
    activities:
      - id: stille
        kind: silent_brainstorm
        title: Det stille minut
        minutes: 1
  - number: 2
    title: Idéer og prikker
    minutes: 12
    instructions:
      - text: Saml idéerne på tavlen, og lad rummet prikke.
    participant_instruction: Sæt en prik ved den idé, I vil prøve.
    board: [collect_ideas, vote, decide]
wrap_up:
  agreement:
    - id: proposal
      label: Forslag
    - id: responsible
      label: Hvem er ansvarlig
      kind: people
"""


def write_small(folder: Path, text: str = SMALL) -> Path:
    path = folder / "kaffepausen" / "material.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    return path


def colours(path: Path) -> int:
    """How many different colours a 32x32 grid of the picture holds (1: a blank screen)."""
    image = QImage(str(path))
    assert not image.isNull(), path
    samples = {
        image.pixel(x * image.width() // 32, y * image.height() // 32) for x in range(32) for y in range(32)
    }
    return len(samples)


def size_of(path: Path) -> ScreenSize:
    image = QImage(str(path))
    return ScreenSize(image.width(), image.height())


def render_in_subprocess(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "dialogdesk", "render", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_bundled_material_is_rendered_step_by_step_on_both_screens(
    qapp: object, tmp_path: Path, data_dir: Path
) -> None:
    out = tmp_path / "out"

    code = main(["render", str(MATERIALS / "hardware"), "--out", str(out)])

    assert code == 0
    steps = 4  # hardware has four steps; 04 is the wrap-up
    expected = [f"{n:02d}-{role}.png" for n in range(steps + 1) for role in ("audience", "presenter")]
    pictures = sorted(path.name for path in out.glob("*.png") if "step" not in path.name)
    assert pictures == expected
    for name in expected:
        wanted = ScreenSize(1366, 768) if "presenter" in name else ScreenSize(1920, 1080)
        assert size_of(out / name) == wanted, name
        assert colours(out / name) >= 3, f"{name} looks blank"
    # The steps that collect points or vote open on their board; their own page is pictured too.
    assert sorted(path.name for path in out.glob("*-audience-step.png")) == [
        "01-audience-step.png",
        "03-audience-step.png",
    ]
    assert not (data_dir / "sessions").exists(), "the scripted session must not reach the user's data"


def test_a_new_material_gets_a_picture_of_every_step_the_board_and_the_wrap_up(
    qapp: object, tmp_path: Path
) -> None:
    material = write_small(tmp_path / "materials")
    out = tmp_path / "out"

    [rendered] = render_material(material, out)

    assert rendered.overflows == []
    assert [path.name for path in rendered.files] == [
        "00-presenter.png",
        "00-audience.png",
        "01-presenter.png",
        "01-audience.png",
        "01-audience-step.png",
        "02-presenter.png",
        "02-audience.png",
    ]
    for path in rendered.files:
        assert path.is_file() and colours(path) >= 3, path.name
    # The board step opens on its board; its own page is another picture.
    assert QImage(str(out / "01-audience.png")) != QImage(str(out / "01-audience-step.png"))


def test_a_second_render_leaves_no_picture_of_the_first(qapp: object, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "07-presenter.png").write_bytes(b"left from an earlier render")

    render_material(write_small(tmp_path / "materials"), out)

    assert not (out / "07-presenter.png").exists()


def test_screens_other_than_asked_for_are_refused_in_a_running_application(
    qapp: object, tmp_path: Path
) -> None:
    material = write_small(tmp_path / "materials")

    with pytest.raises(RenderError) as refused:
        render_material(material, tmp_path / "out", laptop=ScreenSize(1280, 800))

    assert "the presenter window is on a 1366x768 screen, not 1280x800" in refused.value.lines


def test_an_invalid_material_fails_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = SMALL.replace("    minutes: 12\n", "    minutes: 0\n")
    material = write_small(tmp_path / "materials", text)
    line = text.splitlines().index("    minutes: 0") + 1

    code = main(["render", str(material), "--out", str(tmp_path / "out")])

    assert code == 1
    assert (
        f"{material}:{line}:14: steps[1] (Trin 2).minutes: must be greater than 0" in capsys.readouterr().err
    )
    assert not (tmp_path / "out").exists()


def test_other_screen_sizes_are_simulated_for_the_render(tmp_path: Path) -> None:
    material = write_small(tmp_path / "materials")
    out = tmp_path / "out"

    done = render_in_subprocess(
        str(material), "--out", str(out), "--laptop", "1600x900", "--projector", "1280x720"
    )

    assert done.returncode == 0, done.stderr
    assert size_of(out / "00-presenter.png") == ScreenSize(1600, 900)
    assert size_of(out / "00-audience.png") == ScreenSize(1280, 720)
    assert "kaffepausen: 7 picture(s)" in done.stdout


def test_a_presenter_window_larger_than_the_laptop_fails_and_says_where(tmp_path: Path) -> None:
    material = write_small(tmp_path / "materials")

    done = render_in_subprocess(str(material), "--out", str(tmp_path / "out"), "--laptop", "640x400")

    assert done.returncode == 1
    assert "Trin 1: the presenter window needs " in done.stderr
    assert "larger than its screen (640x400)" in done.stderr
    assert "window(s) larger than their screen" in done.stderr


@pytest.mark.parametrize("size", ["1366", "1366x", "axb", "10x10"])
def test_a_screen_size_that_is_not_one_is_a_usage_error(
    size: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["render", "materials", "--laptop", size])

    assert exited.value.code == 2
    assert "--laptop" in capsys.readouterr().err


def test_the_command_line_defaults_are_the_render_modules() -> None:
    from dialogdesk import render
    from dialogdesk.cli import build_parser

    args = build_parser().parse_args(["render", "materials"])

    assert (args.out, args.participants, args.laptop, args.projector, args.language) == (
        render.DEFAULT_OUT,
        render.DEFAULT_PARTICIPANTS,
        render.DEFAULT_LAPTOP,
        render.DEFAULT_PROJECTOR,
        render.DEFAULT_LANGUAGE,
    )
