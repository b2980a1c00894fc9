"""The library's catalog: what it lists, and the verdicts it remembers so start-up need not validate."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest

from dialogdesk.materials import catalog as catalog_module
from dialogdesk.materials.catalog import (
    JUDGE_STAMP_NAME,
    SEED_NAME,
    MaterialCatalog,
    judge_stamp,
    write_seed,
)
from dialogdesk.materials.library import MaterialLibrary
from tests.conftest import MATERIALS
from tests.no_qt import run_without_qt

BROKEN = "id: broken\ntitle: [unclosed\n"


@pytest.fixture
def materials(tmp_path: Path) -> Path:
    """A writable copy of the bundled materials."""
    folder = tmp_path / "materials"
    shutil.copytree(MATERIALS, folder)
    return folder


@pytest.fixture
def cache(tmp_path: Path) -> Path:
    return tmp_path / "data" / "cache" / "materials.json"


@pytest.fixture
def no_seed(tmp_path: Path) -> Path:
    return tmp_path / "no-seed.json"


def listing(catalog: MaterialCatalog) -> list[tuple[object, ...]]:
    return [
        (e.path, e.id, e.title, e.intention, e.duration_minutes, e.participants, e.step_count, e.media_kinds)
        for e in catalog.entries
    ]


def test_the_catalog_lists_what_the_validated_materials_say(cache: Path, no_seed: Path) -> None:
    catalog = MaterialCatalog.scan([MATERIALS], cache, no_seed)
    library = MaterialLibrary.load([MATERIALS])

    assert listing(catalog) == [
        (
            loaded.path,
            m.id,
            m.title,
            m.intention,
            (m.preparation.duration_minutes.min, m.preparation.duration_minutes.max),
            (m.preparation.participants.min, m.preparation.participants.max),
            len(m.steps),
            tuple(str(media.kind) for media in m.media),
        )
        for loaded in library.materials
        for m in [loaded.material]
    ]
    assert [e.media_kinds for e in catalog.entries] == [("film",), ("written_case",), ("podcast",)]
    project = catalog.by_id("hardware").project  # type: ignore[union-attr]
    assert project is not None and "Digital fuldmagt" in project.topics
    assert catalog.errors == []


def test_the_second_scan_validates_nothing_and_lists_the_same(cache: Path, no_seed: Path) -> None:
    first = MaterialCatalog.scan([MATERIALS], cache, no_seed)
    second = MaterialCatalog.scan([MATERIALS], cache, no_seed)

    assert (first.judged, second.judged) == (3, 0)
    assert second.entries == first.entries
    assert cache.is_file()


def test_remembered_verdicts_need_neither_yaml_nor_pydantic(cache: Path, no_seed: Path) -> None:
    MaterialCatalog.scan([MATERIALS], cache, no_seed)

    result = run_without_qt(
        f"""
        from pathlib import Path
        from dialogdesk.materials.catalog import MaterialCatalog

        paths = [Path({str(MATERIALS)!r})]
        catalog = MaterialCatalog.scan(paths, Path({str(cache)!r}), Path({str(no_seed)!r}))
        heavy = sorted(n for n in sys.modules if n.split(".")[0] in ("yaml", "pydantic", "pydantic_core"))
        print(catalog.judged, len(catalog.entries), heavy)
        """
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.split("\n")[0] == "0 3 []"


def test_a_changed_file_is_validated_again(materials: Path, cache: Path, no_seed: Path) -> None:
    MaterialCatalog.scan([materials], cache, no_seed)
    file = materials / "hardware" / "material.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(
        text.replace("title: Hjælp med borgernes hardware", "title: Hardware i skranken"), "utf-8"
    )

    catalog = MaterialCatalog.scan([materials], cache, no_seed)

    assert catalog.judged == 1
    assert catalog.by_id("hardware").title == "Hardware i skranken"  # type: ignore[union-attr]


def test_a_broken_file_is_remembered_with_its_line(materials: Path, cache: Path, no_seed: Path) -> None:
    broken = materials / "broken.yaml"
    broken.write_text(BROKEN, encoding="utf-8")

    first = MaterialCatalog.scan([materials], cache, no_seed)
    second = MaterialCatalog.scan([materials], cache, no_seed)

    assert (first.judged, second.judged) == (4, 0)
    assert [str(problem) for problem in second.errors] == [str(problem) for problem in first.errors]
    assert f"{broken}:2:8: invalid YAML: the [ that starts this list is never closed with ]" in str(
        second.errors[0]
    )
    assert len(second.entries) == 3


def test_the_same_bytes_elsewhere_are_listed_with_their_own_path(
    materials: Path, tmp_path: Path, cache: Path, no_seed: Path
) -> None:
    (materials / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    MaterialCatalog.scan([materials], cache, no_seed)
    moved = tmp_path / "moved"
    shutil.copytree(materials, moved)

    catalog = MaterialCatalog.scan([moved], cache, no_seed)

    assert catalog.judged == 0
    assert {entry.path for entry in catalog.entries} == set(moved.rglob("material.yaml"))
    assert str(catalog.errors[0]).startswith(f"{moved / 'broken.yaml'}:2:8:")


@pytest.mark.parametrize(
    "damage",
    [
        lambda text: "not json {",
        lambda text: text.replace('"judged_by": "', '"judged_by": "older '),
        lambda text: text.replace('"step_count"', '"steps_counted"'),
        lambda text: json.dumps({"judged_by": json.loads(text)["judged_by"], "files": ["x"]}),
    ],
    ids=["not-json", "other-rules", "damaged-entry", "wrong-shape"],
)
def test_a_damaged_or_foreign_cache_is_judged_again(cache: Path, no_seed: Path, damage) -> None:  # type: ignore[no-untyped-def]
    good = MaterialCatalog.scan([MATERIALS], cache, no_seed)
    cache.write_text(damage(cache.read_text(encoding="utf-8")), encoding="utf-8")

    again = MaterialCatalog.scan([MATERIALS], cache, no_seed)

    assert again.judged == 3
    assert again.entries == good.entries
    assert MaterialCatalog.scan([MATERIALS], cache, no_seed).judged == 0  # the cache was repaired


def test_a_data_folder_that_cannot_be_written_costs_only_the_shortcut(tmp_path: Path, no_seed: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("a file where the data folder should be", encoding="utf-8")
    cache = blocker / "cache" / "materials.json"

    first = MaterialCatalog.scan([MATERIALS], cache, no_seed)
    second = MaterialCatalog.scan([MATERIALS], cache, no_seed)

    assert (first.judged, second.judged) == (3, 3)
    assert len(second.entries) == 3


def test_a_bundles_seed_spares_even_the_first_start(tmp_path: Path, materials: Path, cache: Path) -> None:
    (materials / "broken.yaml").write_text(BROKEN, encoding="utf-8")
    seed_folder = tmp_path / "seed"

    errors = write_seed([materials], seed_folder)
    catalog = MaterialCatalog.scan([materials], cache, seed_folder / SEED_NAME)

    assert [problem.message for problem in errors] == [catalog.errors[0].message]
    assert catalog.judged == 0
    assert len(catalog.entries) == 3
    assert not cache.exists()  # nothing new to remember: the seed is never copied
    assert (seed_folder / JUDGE_STAMP_NAME).read_text(encoding="utf-8").strip() == judge_stamp()


def test_a_bundle_without_sources_takes_the_stamp_its_build_wrote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    in_checkout = judge_stamp()
    bundle = tmp_path / "bundle"
    (bundle / "resources").mkdir(parents=True)
    (bundle / "resources" / JUDGE_STAMP_NAME).write_text(in_checkout + "\n", encoding="utf-8")
    monkeypatch.setattr(catalog_module, "__file__", str(bundle / "dialogdesk" / "materials" / "catalog.pyc"))
    monkeypatch.setattr(catalog_module, "resources", lambda: bundle / "resources")

    assert judge_stamp() == in_checkout
    (bundle / "resources" / JUDGE_STAMP_NAME).unlink()
    assert judge_stamp().endswith("/unknown")


def test_the_stamp_changes_with_the_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sources = tmp_path / "materials"
    shutil.copytree(Path(catalog_module.__file__).parent, sources)
    monkeypatch.setattr(catalog_module, "__file__", str(sources / "catalog.py"))
    before = judge_stamp()

    with (sources / "model.py").open("a", encoding="utf-8") as model:
        model.write("\n# a new rule\n")

    assert judge_stamp() != before


def test_opening_reads_the_file_again(materials: Path, cache: Path, no_seed: Path) -> None:
    from dialogdesk.materials.problems import MaterialError

    catalog = MaterialCatalog.scan([materials], cache, no_seed)
    entry = catalog.by_id("hardware")
    assert entry is not None
    assert MaterialCatalog.load(entry).material.title == entry.title

    entry.path.write_text(BROKEN, encoding="utf-8")
    with pytest.raises(MaterialError, match="invalid YAML"):
        MaterialCatalog.load(entry)


def test_a_verdict_on_a_link_out_of_the_folder_is_checked_again(
    materials: Path, tmp_path: Path, cache: Path, no_seed: Path
) -> None:
    """Whether a media path stays inside depends on links on the disk, not on the file's bytes."""
    folder = materials / "hardware"
    outside = tmp_path / "outside"
    outside.mkdir()
    media = folder / "media"
    if media.exists():
        shutil.rmtree(media)

    # Given the media folder is a link out of the material folder: the material is refused
    media.symlink_to(outside, target_is_directory=True)
    refused = MaterialCatalog.scan([materials], cache, no_seed)
    assert refused.by_id("hardware") is None
    assert any("must stay inside the material folder" in str(p) for p in refused.errors)

    # When IT replaces the link with a real folder, the same bytes are judged again and offered
    media.unlink()
    media.mkdir()
    offered = MaterialCatalog.scan([materials], cache, no_seed)
    assert offered.judged == 1
    assert offered.by_id("hardware") is not None
    assert offered.errors == []

    # And the other way round: a link that appears later is caught without any edit to the file
    shutil.rmtree(media)
    media.symlink_to(outside, target_is_directory=True)
    again = MaterialCatalog.scan([materials], cache, no_seed)
    assert again.judged == 1 and again.by_id("hardware") is None


def test_a_file_too_large_to_be_a_material_is_not_read(tmp_path: Path, cache: Path, no_seed: Path) -> None:
    from dialogdesk.materials.files import MAX_FILE_BYTES

    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as out:
        out.truncate(20 * MAX_FILE_BYTES)  # sparse: large on paper, nothing to read

    catalog = MaterialCatalog.scan([huge], cache, no_seed)

    assert [str(p) for p in catalog.errors] == [
        f"{huge}:1:1: file is {20 * MAX_FILE_BYTES} bytes; the limit is {MAX_FILE_BYTES}"
    ]


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="setpriv and POSIX permissions")
def test_a_folder_that_cannot_be_read_is_named_and_the_others_still_offered(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys
    import textwrap

    from tests.conftest import REPO

    # As an ordinary user (root may read anything): a world-readable copy, and a locked folder.
    shared = Path("/tmp") / f"dialogdesk-catalog-{os.getpid()}"
    shutil.rmtree(shared, ignore_errors=True)
    shutil.copytree(MATERIALS, shared / "materials")
    locked = shared / "materials" / "locked"
    locked.mkdir()
    for folder in [shared, *shared.rglob("*")]:
        folder.chmod(0o755 if folder.is_dir() else 0o644)
    locked.chmod(0o300)  # not readable: its files cannot be listed
    script = textwrap.dedent(
        f"""
        from pathlib import Path
        from dialogdesk.materials.catalog import MaterialCatalog

        catalog = MaterialCatalog.scan([Path({str(shared / "materials")!r})], None, Path("/nonexistent"))
        print(len(catalog.entries))
        print("\\n".join(str(problem) for problem in catalog.errors))
        """
    )
    try:
        result = subprocess.run(
            ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", sys.executable, "-c", script],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO / "src"), "HOME": str(shared)},
            timeout=60,
            cwd=shared,
        )
    finally:
        shutil.rmtree(shared, ignore_errors=True)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "3"
    assert lines[1:] == [f"{locked}:1:1: cannot read the folder: Permission denied"]
