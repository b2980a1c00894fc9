"""Writing an export never crashes: a refused place gives a message and the next place is tried.

The faults are real where the kernel can give them to any user, root included: a regular file
where a folder should be, and /sys, which refuses new files. A full disk is simulated at the
one system call that reports it (os.write), for writes into one folder only.
"""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

import pytest

from dialogdesk.export.writer import ExportResult, export_file, free_name

DATA = b"%PDF-1.4 eksport\n" + bytes(range(256)) * 40


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*") if p.name.endswith(".tmp"))


def test_written_where_asked(tmp_path: Path) -> None:
    wanted = tmp_path / "Rapporter" / "referat.pdf"

    result = export_file(DATA, wanted, [tmp_path / "Documents"], temp_dir=tmp_path / "temp")

    assert result == ExportResult(wanted, f"Saved to {wanted}", wanted=wanted)
    assert result.ok and not result.moved
    assert wanted.read_bytes() == DATA


def test_overwrites_the_chosen_file(tmp_path: Path) -> None:
    wanted = tmp_path / "referat.pdf"
    wanted.write_bytes(b"old")

    result = export_file(DATA, wanted, [], temp_dir=tmp_path / "temp")

    assert result.path_written == wanted and wanted.read_bytes() == DATA


def test_a_file_where_the_folder_should_be(tmp_path: Path) -> None:
    # Given "Rapporter" is a regular file, so nothing can be saved "in" it
    blocker = tmp_path / "Rapporter"
    blocker.write_text("not a folder")
    documents = tmp_path / "Documents"
    wanted = blocker / "referat.pdf"

    result = export_file(DATA, wanted, [documents], temp_dir=tmp_path / "temp")

    # Then the export goes to Documents and the message says why, naming the file
    assert result.path_written == documents / "referat.pdf"
    assert result.moved
    assert (documents / "referat.pdf").read_bytes() == DATA
    assert result.message == (
        f"Could not save to {wanted}: a file is in the way of the folder ({wanted}). "
        f"Saved to {documents / 'referat.pdf'} instead."
    )
    assert [f.path for f in result.failures] == [wanted]
    assert blocker.read_text() == "not a folder"


def test_a_place_the_kernel_refuses(tmp_path: Path) -> None:
    # /sys accepts no new files, whoever asks (root too)
    wanted = Path("/sys/dialogdesk-referat.pdf")
    documents = tmp_path / "Documents"

    result = export_file(DATA, wanted, [documents], temp_dir=tmp_path / "temp")

    assert result.path_written == documents / "dialogdesk-referat.pdf"
    assert not wanted.exists()
    reason = result.failures[0].reason
    assert reason.endswith(f"({wanted})")
    assert "permission" in reason or "read-only" in reason or "No such file" in reason


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="reads /proc/self/fd")
def test_a_full_disk_then_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Given the disk under "usb" is full: every write of a file there fails with ENOSPC
    full = tmp_path / "usb"
    full.mkdir()
    real_write = os.write

    def write(descriptor: int, data: bytes) -> int:
        if os.readlink(f"/proc/self/fd/{descriptor}").startswith(str(full)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(descriptor, data)

    monkeypatch.setattr(os, "write", write)
    documents = tmp_path / "Documents"
    wanted = full / "referat.pdf"

    result = export_file(DATA, wanted, [documents], temp_dir=tmp_path / "temp")

    assert result.path_written == documents / "referat.pdf"
    assert result.message.startswith(f"Could not save to {wanted}: the disk is full ({wanted}).")
    assert not wanted.exists()
    assert _leftovers(tmp_path) == []  # the half-written temporary file was removed


def test_everything_full_then_temp_then_nowhere(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def write(descriptor: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", write)
    wanted = tmp_path / "Rapporter" / "referat.pdf"
    places = [tmp_path / "Documents", tmp_path / "OneDrive"]

    result = export_file(DATA, wanted, places, temp_dir=tmp_path / "temp")

    assert result.path_written is None and not result.ok
    assert [f.path for f in result.failures] == [
        wanted,
        tmp_path / "Documents" / "referat.pdf",
        tmp_path / "OneDrive" / "referat.pdf",
        tmp_path / "temp" / "referat.pdf",
    ]
    assert result.message.startswith("Could not save referat.pdf anywhere: the disk is full")
    assert result.message.count("the disk is full") == 4
    assert _leftovers(tmp_path) == []


def test_the_temp_folder_is_the_last_resort(tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("x")

    result = export_file(DATA, blocker / "a" / "referat.pdf", [blocker / "docs"], temp_dir=tmp_path / "temp")

    assert result.path_written == tmp_path / "temp" / "referat.pdf"
    assert len(result.failures) == 2


def test_a_fallback_keeps_an_existing_file(tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "referat.pdf").write_bytes(b"last week's")
    (documents / "referat (2).pdf").write_bytes(b"the week before")

    result = export_file(DATA, Path("/sys/referat.pdf"), [documents], temp_dir=tmp_path / "temp")

    assert result.path_written == documents / "referat (3).pdf"
    assert (documents / "referat.pdf").read_bytes() == b"last week's"
    assert free_name(documents / "ny.pdf") == documents / "ny.pdf"


def test_a_path_the_system_cannot_hold(tmp_path: Path) -> None:
    result = export_file(DATA, tmp_path / "bad\0name.pdf", [tmp_path / "Documents"], temp_dir=tmp_path / "t")

    assert result.path_written is None
    assert len(result.failures) == 3 and all("null" in f.reason for f in result.failures)
