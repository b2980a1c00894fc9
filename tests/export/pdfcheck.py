"""Reading a PDF back the way a person would see it: pages as images, and the text on each page.

QPdfDocument (Qt's PDFium) opens the file; every page is rendered at a DPI and its text and the
box of every character are read, so a test can check page size, that a page is not blank, that
a text is there, and that no character sits outside the printable area (cut off).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

from dialogdesk.export.pdf import PageSetup
from dialogdesk.export.samples import page_images

A4_POINTS = (595.28, 841.89)
MM = 72 / 25.4


@dataclass
class Page:
    image: QImage
    text: str  # everything, header and footer included
    body: str  # the text area only
    width_pt: float
    height_pt: float
    glyphs: list[QRectF]


def read_pdf(data: bytes, dpi: float = 60, setup: PageSetup | None = None) -> list[Page]:
    assert data.startswith(b"%PDF-"), data[:20]
    contents = QByteArray(data)
    buffer = QBuffer(contents)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument()
    document.load(buffer)
    assert document.status() is QPdfDocument.Status.Ready, document.error()
    images = page_images(data, dpi)
    setup = setup or PageSetup(title="")
    pages = []
    for index in range(document.pageCount()):
        size = document.pagePointSize(index)
        selection = document.getAllText(index)
        glyphs = [polygon.boundingRect() for polygon in selection.bounds()]
        text = selection.text()
        body = _without_header_and_footer(text, setup, index + 1, document.pageCount())
        pages.append(Page(images[index], text, body, size.width(), size.height(), glyphs))
    document.close()
    return pages


def _without_header_and_footer(text: str, setup: PageSetup, number: int, pages: int) -> str:
    label = setup.page_label.format(page=number, pages=pages)
    header = setup.running_header

    def is_frame(line: str) -> bool:
        line = line.strip()
        if label in line:
            return True
        return bool(header) and (line == header or (line.endswith("…") and header.startswith(line[:-1])))

    return "\n".join(line for line in text.splitlines() if not is_frame(line))


def squash(text: str) -> str:
    """Text without any white space: a line wrapped anywhere still matches.

    PDFium reads a hyphen where a line was broken as U+FFFE; a character outside the Basic
    Multilingual Plane (an emoji from a fallback font) has no reliable text in the PDF and is left out.
    """
    text = text.replace("\ufffe", "-")
    return "".join(c for c in re.sub(r"\s+", "", text) if ord(c) < 0x10000)


def all_text(pages: list[Page]) -> str:
    """The text of the text areas, page after page, without the headers and footers between them."""
    return "\n".join(page.body for page in pages)


def dark_pixels(image: QImage, step: int = 2) -> int:
    """How many sampled pixels are clearly darker than paper."""
    count = 0
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            if image.pixelColor(x, y).lightness() < 160:
                count += 1
    return count


def glyphs_outside(page: Page, setup: PageSetup, tolerance: float = 2.0) -> list[QRectF]:
    """Characters that are neither inside the text area nor in the header or footer band.

    A line cut by a page break would sit across the text area's bottom edge; a word running off
    the page would cross the right margin.
    """
    left = setup.margin_left_mm * MM - tolerance
    right = page.width_pt - setup.margin_right_mm * MM + tolerance
    top = setup.margin_top_mm * MM - tolerance
    bottom = page.height_pt - setup.margin_bottom_mm * MM + tolerance
    header = (top - 12 * MM, top)
    footer = (bottom + 3 * MM, bottom + 14 * MM)
    outside = []
    for glyph in page.glyphs:
        if glyph.width() == 0 and glyph.height() == 0:
            continue
        horizontal = glyph.left() >= left and glyph.right() <= right
        in_body = top <= glyph.top() and glyph.bottom() <= bottom
        in_header = header[0] <= glyph.top() and glyph.bottom() <= header[1]
        in_footer = footer[0] <= glyph.top() and glyph.bottom() <= footer[1]
        if not (horizontal and (in_body or in_header or in_footer)):
            outside.append(glyph)
    return outside


def check_pages(pages: list[Page], setup: PageSetup, dpi: float = 60) -> None:
    """Every page: A4, rendered at A4 size for the DPI, not blank, numbered, nothing cut off."""
    assert pages
    for number, page in enumerate(pages, start=1):
        assert abs(page.width_pt - A4_POINTS[0]) < 1.5 and abs(page.height_pt - A4_POINTS[1]) < 1.5
        assert abs(page.image.width() - A4_POINTS[0] * dpi / 72) <= 1.5
        assert abs(page.image.height() - A4_POINTS[1] * dpi / 72) <= 1.5
        assert dark_pixels(page.image) > 50, f"page {number} is blank"
        label = setup.page_label.format(page=number, pages=len(pages))
        assert label in page.text, f"page {number} has no '{label}'"
        outside = glyphs_outside(page, setup)
        assert not outside, f"page {number}: text outside the printable area at {outside[:5]}"
