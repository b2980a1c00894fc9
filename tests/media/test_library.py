"""Attached copies with checksums, the media folder, and where a material's media is found."""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest

from dialogdesk.materials.loader import LoadedMaterial, load_material
from dialogdesk.materials.model import Media, MediaKind
from dialogdesk.media.findings import Finding, Issue, MediaCheckResult
from dialogdesk.media.library import AttachError, MediaLibrary, resolve_media
from tests.conftest import MATERIALS
from tests.media.conftest import MEDIA_LOG_IGNORE

pytestmark = pytest.mark.qt_log_ignore(*MEDIA_LOG_IGNORE)


def passes(path: Path, media: Media) -> MediaCheckResult:
    return MediaCheckResult(media.id, path)


def fails(path: Path, media: Media) -> MediaCheckResult:
    return MediaCheckResult(media.id, path, (Finding(Issue.EMPTY, "tom fil"),))


@pytest.fixture
def material(tmp_path: Path) -> LoadedMaterial:
    """The film material in a folder of its own (its media/ folder starts empty)."""
    folder = tmp_path / "materials" / "forventningsafstemning"
    folder.mkdir(parents=True)
    shutil.copy(MATERIALS / "forventningsafstemning" / "material.yaml", folder / "material.yaml")
    return load_material(folder / "material.yaml")


@pytest.fixture
def film_media(material: LoadedMaterial) -> Media:
    media = material.material.media_by_id("film")
    assert media is not None and media.file == "media/film-ringsted.mp4"
    return media


def test_attach_copies_with_a_checksum_and_remembers_it(
    data_dir: Path, material: LoadedMaterial, film_media: Media, media_copy: Callable[..., Path]
) -> None:
    # Given a film downloaded to the facilitator's Downloads folder, with Danish subtitles beside it
    source = media_copy("h264.mp4", "Ringsted film (1).mp4")
    source.with_name("Ringsted film (1).da.srt").write_text("1\n00:00:00,000 --> 00:00:01,000\nHej\n")
    progress: list[tuple[int, int]] = []

    # When it is attached
    library = MediaLibrary(data_dir)
    entry = library.attach(
        "forventningsafstemning", film_media, source, check=passes, progress=lambda *p: progress.append(p)
    )

    # Then a copy is in the data folder with its SHA-256, and so are the subtitles
    copy = data_dir / "media" / "forventningsafstemning" / "film.mp4"
    assert library.path_of(entry) == copy
    assert copy.read_bytes() == source.read_bytes()
    assert entry.sha256 == hashlib.sha256(source.read_bytes()).hexdigest()
    assert entry.original_name == "Ringsted film (1).mp4"
    assert (copy.parent / "film.da.srt").read_text() == "1\n00:00:00,000 --> 00:00:01,000\nHej\n"
    assert progress[-1] == (entry.size, entry.size)
    assert not list(copy.parent.glob(".*.tmp"))
    # ... remembered on this machine (a new library reads the index) ...
    index = json.loads((data_dir / "media" / "index.json").read_text())
    assert index["attached"]["forventningsafstemning/film"]["sha256"] == entry.sha256
    assert MediaLibrary(data_dir).attached("forventningsafstemning", "film") == entry
    # ... and found for the material
    assert resolve_media(material, film_media, MediaLibrary(data_dir)) == copy
    assert MediaLibrary(data_dir).verify("forventningsafstemning", "film")


def test_a_file_that_fails_the_check_is_not_attached(
    data_dir: Path, film_media: Media, media_copy: Callable[..., Path]
) -> None:
    library = MediaLibrary(data_dir)
    with pytest.raises(AttachError) as refused:
        library.attach("forventningsafstemning", film_media, media_copy("h264.mp4"), check=fails)
    assert refused.value.result is not None and refused.value.result.issues == (Issue.EMPTY,)
    assert library.attached("forventningsafstemning", "film") is None
    assert not (data_dir / "media" / "forventningsafstemning").exists()


def test_attach_uses_the_real_media_check_by_default(
    data_dir: Path, film_media: Media, media_copy: Callable[..., Path], qapp: object
) -> None:
    library = MediaLibrary(data_dir)
    page = media_copy("h264.mp4", "film.mp4")
    page.write_text("<!DOCTYPE html><html><body>Log ind på Vimeo</body></html>")
    with pytest.raises(AttachError) as refused:
        library.attach("forventningsafstemning", film_media, page)
    assert "web page" in str(refused.value)
    entry = library.attach("forventningsafstemning", film_media, media_copy("vp9.webm"))
    assert entry.file == "forventningsafstemning/film.webm"


def test_a_new_copy_replaces_the_old_one(
    data_dir: Path, film_media: Media, media_copy: Callable[..., Path]
) -> None:
    library = MediaLibrary(data_dir)
    first = library.attach("forventningsafstemning", film_media, media_copy("vp9.webm"), check=passes)
    second = library.attach("forventningsafstemning", film_media, media_copy("h264.mp4"), check=passes)
    assert not library.path_of(first).exists()
    assert library.path_of(second).exists()
    library.detach("forventningsafstemning", "film")
    assert not library.path_of(second).exists()
    assert MediaLibrary(data_dir).attached("forventningsafstemning", "film") is None


def test_a_full_disk_is_said_in_plain_words(
    monkeypatch: pytest.MonkeyPatch, data_dir: Path, film_media: Media, media_copy: Callable[..., Path]
) -> None:
    monkeypatch.setattr(
        shutil, "disk_usage", lambda _path: SimpleNamespace(total=10**9, used=10**9, free=1000)
    )
    with pytest.raises(AttachError) as refused:
        MediaLibrary(data_dir).attach(
            "forventningsafstemning", film_media, media_copy("h264.mp4"), check=passes
        )
    assert refused.value.reason.startswith("the disk is full")


def test_a_changed_copy_fails_verification(
    data_dir: Path, film_media: Media, media_copy: Callable[..., Path]
) -> None:
    library = MediaLibrary(data_dir)
    entry = library.attach("forventningsafstemning", film_media, media_copy("h264.mp4"), check=passes)
    copy = library.path_of(entry)
    data = bytearray(copy.read_bytes())
    data[100] ^= 0xFF
    copy.write_bytes(bytes(data))
    assert library.verify("forventningsafstemning", "film") is False
    copy.write_bytes(bytes(data[:-10]))  # a different size: not offered at all
    assert library.attached_path("forventningsafstemning", "film") is None


def test_the_material_folder_comes_first_then_the_copy_then_the_media_folder(
    data_dir: Path,
    tmp_path: Path,
    material: LoadedMaterial,
    film_media: Media,
    media_copy: Callable[..., Path],
) -> None:
    library = MediaLibrary(data_dir)
    assert library.resolve(material, film_media) is None

    # The media folder (a USB stick) has it in a sub-folder, with another case of letters
    stick = tmp_path / "usb"
    (stick / "Dialogmaterialer" / "Film").mkdir(parents=True)
    on_stick = stick / "Dialogmaterialer" / "Film" / "Film-Ringsted.MP4"
    shutil.copy(media_copy("h264.mp4"), on_stick)
    library.set_media_folder(stick)
    assert MediaLibrary(data_dir).media_folder == stick
    assert library.resolve(material, film_media) == on_stick

    entry = library.attach("forventningsafstemning", film_media, on_stick, check=passes)
    assert library.resolve(material, film_media) == library.path_of(entry)

    beside = material.folder / "media" / "film-ringsted.mp4"
    beside.parent.mkdir()
    shutil.copy(on_stick, beside)
    assert library.resolve(material, film_media) == beside.resolve()


def test_the_media_folder_prefers_the_materials_own_folder_and_the_shallowest_match(
    data_dir: Path, tmp_path: Path, film_media: Media
) -> None:
    stick = tmp_path / "usb"
    for folder in ("a/b", "forventningsafstemning", "c"):
        (stick / folder).mkdir(parents=True)
    (stick / "a" / "b" / "film-ringsted.mp4").write_bytes(b"deep")
    (stick / "c" / "film-ringsted.webm").write_bytes(b"other ending")
    (stick / "forventningsafstemning" / "film.mp4").write_bytes(b"by media id")
    library = MediaLibrary(data_dir)
    library.set_media_folder(stick)
    assert library.find_in_media_folder("forventningsafstemning", film_media) == (
        stick / "forventningsafstemning" / "film.mp4"
    )
    assert library.find_in_media_folder("other-material", film_media) == stick / "c" / "film-ringsted.webm"
    library.set_media_folder(tmp_path / "unplugged")
    assert library.find_in_media_folder("forventningsafstemning", film_media) is None


def test_a_url_in_the_material_is_never_resolved(data_dir: Path, material: LoadedMaterial) -> None:
    web = Media(id="film", kind=MediaKind.FILM, title="Film", file="https://vimeo.com/868646128")
    assert resolve_media(material, web, MediaLibrary(data_dir)) is None
    escaping = Media(id="film", kind=MediaKind.FILM, title="Film", file="../../secret.mp4")
    assert resolve_media(material, escaping, MediaLibrary(data_dir)) is None


def test_a_broken_index_is_survived(
    data_dir: Path, film_media: Media, media_copy: Callable[..., Path]
) -> None:
    (data_dir / "media").mkdir(parents=True)
    (data_dir / "media" / "index.json").write_text("{ not json")
    library = MediaLibrary(data_dir)
    assert library.attached("forventningsafstemning", "film") is None
    library.attach("forventningsafstemning", film_media, media_copy("h264.mp4"), check=passes)
    assert MediaLibrary(data_dir).attached("forventningsafstemning", "film") is not None


def test_ids_that_would_leave_the_data_folder_are_refused(
    data_dir: Path, film_media: Media, media_copy: Callable[..., Path]
) -> None:
    with pytest.raises(AttachError):
        MediaLibrary(data_dir).copy_in("../outside", film_media, media_copy("h264.mp4"))
