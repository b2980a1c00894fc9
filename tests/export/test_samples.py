"""The sample pages for the README come from a scripted session and look like documents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from dialogdesk.export.samples import PREVIEW_DPI, main

from .pdfcheck import A4_POINTS, dark_pixels


def test_samples_script_writes_small_a4_pngs(qapp: QApplication, tmp_path: Path) -> None:
    assert main([str(tmp_path), "--everything"]) == 0

    for name in ("report-page-1.png", "drejebog-page-1.png"):
        path = tmp_path / name
        assert 20_000 < path.stat().st_size < 200_000, name
        image = QImage(str(path))
        assert abs(image.width() - A4_POINTS[0] * PREVIEW_DPI / 72) <= 1
        assert abs(image.height() - A4_POINTS[1] * PREVIEW_DPI / 72) <= 1
        assert dark_pixels(image) > 2000
    for name in ("report.pdf", "drejebog.pdf", "handout.pdf"):
        assert (tmp_path / name).read_bytes().startswith(b"%PDF-")
    assert "# Referat fra dialogen" in (tmp_path / "report.md").read_text(encoding="utf-8")
    assert (tmp_path / "follow-up.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_the_committed_samples_are_the_script_s(qapp: QApplication) -> None:
    samples = Path(__file__).resolve().parents[2] / "docs" / "samples"
    for name in ("report-page-1.png", "drejebog-page-1.png"):
        assert (samples / name).stat().st_size < 200_000
        assert not QImage(str(samples / name)).isNull()
