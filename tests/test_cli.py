"""The ``dialogdesk`` command line as authors and IT admins use it: validate and schema."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dialogdesk import __version__
from dialogdesk.cli import main
from tests.conftest import MATERIALS, REPO

HARDWARE = "materials/hardware/material.yaml"
VIDEN = "materials/viden-paa-tvaers/material.yaml"
WHERE = r":\d+:\d+: warning: "

EXPECTED_WARNINGS = [
    HARDWARE + WHERE + re.escape("steps[3].number: steps go from Trin 3 to Trin 5 (missing: Trin 4)"),
    HARDWARE
    + WHERE
    + re.escape(
        "preparation.duration_minutes: the steps add up to 35 minutes, but the planned duration is 45 minutes"
    ),
    VIDEN
    + WHERE
    + re.escape(
        "preparation.duration_minutes: the steps add up to 55 minutes, but the planned duration is 60 minutes"
    ),
    VIDEN
    + WHERE
    + re.escape(
        "steps[4].instructions[0].text: names another topic ('fuldmagt' belongs to 'Digital fuldmagt')"
    ),
]


def assert_has_line(output: str, pattern: str) -> None:
    assert any(re.fullmatch(pattern, line) for line in output.splitlines()), (
        f"no line matches {pattern!r} in:\n{output}"
    )


def broken_copy(tmp_path: Path) -> tuple[Path, int, int]:
    """A copy of the hardware material with Trin 1 lasting 0 minutes; returns where the 0 is."""
    path = tmp_path / "hardware" / "material.yaml"
    path.parent.mkdir()
    text = (MATERIALS / "hardware" / "material.yaml").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line == "    minutes: 5\n")
    lines[index] = "    minutes: 0\n"
    path.write_text("".join(lines), encoding="utf-8")
    return path, index + 1, len("    minutes: ") + 1


# --- validate ----------------------------------------------------------------------------


def test_validate_the_bundled_materials_prints_warnings_and_succeeds(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)

    assert main(["validate", "materials/"]) == 0

    out, err = capsys.readouterr()
    assert err == ""
    for pattern in EXPECTED_WARNINGS:
        assert_has_line(out, pattern)
    assert_has_line(out, r"3 material\(s\) valid, 0 error\(s\), \d+ warning\(s\)")


def test_validate_without_paths_checks_the_bundled_materials(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0

    assert "3 material(s) valid, 0 error(s)" in capsys.readouterr().out


def test_validate_quiet_prints_no_warnings(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPO)

    assert main(["validate", "--quiet", "materials"]) == 0

    out, err = capsys.readouterr()
    assert "warning:" not in out
    assert err == ""
    assert out.startswith("3 material(s) valid, 0 error(s), ")


def test_validate_a_broken_file_prints_the_located_error_and_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, line, column = broken_copy(tmp_path)

    assert main(["validate", str(path)]) == 1

    out, err = capsys.readouterr()
    assert_has_line(
        err, re.escape(f"{path}:{line}:{column}: steps[0] (Trin 1).minutes: must be greater than 0") + ".*"
    )
    assert "0 material(s) valid, 1 error(s), 0 warning(s)" in out


def test_validate_a_broken_file_next_to_good_ones_still_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, _, _ = broken_copy(tmp_path)

    assert main(["validate", str(MATERIALS), str(path)]) == 1

    out, err = capsys.readouterr()
    assert str(path) in err
    assert "3 material(s) valid, 1 error(s)" in out


def test_validate_invalid_yaml_names_the_file_and_line(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("id: x\ntitle: [unclosed\ngoal: y\n", encoding="utf-8")

    assert main(["validate", str(tmp_path)]) == 1

    err = capsys.readouterr().err
    assert_has_line(err, re.escape(f"{path}:") + r"\d+:\d+: invalid YAML: .*")


def test_validate_a_missing_path_fails(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    missing = tmp_path / "no-such-material.yaml"

    assert main(["validate", str(missing)]) == 1

    assert f"{missing}: no such file or folder" in capsys.readouterr().err


def test_validate_a_missing_path_next_to_good_ones_still_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    missing = tmp_path / "gone"

    assert main(["validate", str(MATERIALS), str(missing)]) == 1

    out, err = capsys.readouterr()
    assert f"{missing}: no such file or folder" in err
    assert "3 material(s) valid" in out


def test_validate_a_folder_without_materials_fails(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "readme.txt").write_text("no materials here\n")

    assert main(["validate", str(tmp_path)]) == 1

    assert "no material files found (*.yaml, *.yml)" in capsys.readouterr().err


def test_validate_as_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dialogdesk", "validate", "materials"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    for pattern in EXPECTED_WARNINGS:
        assert_has_line(result.stdout, pattern)
    assert "3 material(s) valid, 0 error(s)" in result.stdout


def test_validate_a_broken_file_as_a_real_process_exits_1(tmp_path: Path) -> None:
    path, line, column = broken_copy(tmp_path)

    result = subprocess.run(
        [sys.executable, "-m", "dialogdesk", "validate", str(path)],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 1
    assert f"{path}:{line}:{column}: steps[0] (Trin 1).minutes: must be greater than 0" in result.stderr


# --- schema ------------------------------------------------------------------------------


def test_schema_prints_the_json_schema_of_the_material_format(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0

    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "DialogDesk material"
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert {"id", "title", "steps", "preparation", "media", "wrap_up"} <= set(schema["properties"])
    assert {"id", "title", "steps", "preparation"} <= set(schema["required"])
    assert "wrap_up" not in schema["required"]  # a method may end without a decision (1-2-4-All)


def test_schema_to_a_file_writes_the_same_schema(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # Given the schema printed to stdout,
    assert main(["schema"]) == 0
    printed = capsys.readouterr().out

    # when it is written with -o,
    target = tmp_path / "material.schema.json"
    assert main(["schema", "-o", str(target)]) == 0

    # then the file holds the same schema and nothing is printed.
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8") == printed
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == "DialogDesk material"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])

    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"dialogdesk {__version__}"


def test_the_bundled_materials_can_be_copied_and_validated_elsewhere(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    shutil.copytree(MATERIALS, tmp_path / "materials")

    assert main(["validate", str(tmp_path / "materials")]) == 0

    assert "3 material(s) valid, 0 error(s)" in capsys.readouterr().out


def test_a_settings_file_that_is_not_there_is_named_not_ignored(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "dialogdesk-settings.jsn"

    assert main(["--settings", str(missing)]) == 2
    assert f"--settings: no such file: {missing}" in capsys.readouterr().err
