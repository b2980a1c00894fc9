"""Word wrapping that the board's layout and its painting share.

Card text is measured once per word at a reference size and scaled to any pixel size, so the
audience view can try many font sizes quickly; the lines found here are the lines painted, so
what the layout measured is what the room sees (no second wrap by Qt that might differ).
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

REFERENCE_PX = 100
# Unhinted text scales linearly (measured: within 0.1 %); a little margin covers kerning and rounding.
WIDTH_SLACK = 0.98
_CACHE_LIMIT = 50_000


def card_font(px: float, *, bold: bool = False) -> QFont:
    """The font of card text at ``px`` pixels, unhinted so its width scales with its size."""
    font = QFont()
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


class TextMeasure:
    """Measures and wraps text in the card font (regular or bold) at any pixel size."""

    def __init__(self, *, bold: bool = False) -> None:
        self.bold = bold
        self._metrics = QFontMetricsF(card_font(REFERENCE_PX, bold=bold))
        self._space = self._metrics.horizontalAdvance(" ")
        self._words: dict[str, tuple[tuple[str, float], ...]] = {}
        self._wrapped: dict[tuple[str, int], tuple[str, ...]] = {}
        self._text_sizes: dict[str, tuple[float, float]] = {}

    # --- sizes at a pixel size ----------------------------------------------------------------
    def line_height(self, px: float) -> float:
        return self._metrics.lineSpacing() * px / REFERENCE_PX

    def ascent(self, px: float) -> float:
        return self._metrics.ascent() * px / REFERENCE_PX

    def width(self, text: str, px: float) -> float:
        return self._sizes(text)[0] * px / REFERENCE_PX

    def longest_word(self, text: str, px: float) -> float:
        """The width of the widest word: narrower than this, a word must be broken."""
        return self._sizes(text)[1] * px / REFERENCE_PX

    def _sizes(self, text: str) -> tuple[float, float]:
        """(width on one line, widest word) at the reference size, measured once per text."""
        sizes = self._text_sizes.get(text)
        if sizes is None:
            if len(self._text_sizes) > _CACHE_LIMIT:
                self._text_sizes.clear()
            widest = max((width for _, width in self._word_widths(" ".join(text.split()))), default=0.0)
            sizes = self._text_sizes[text] = (self._metrics.horizontalAdvance(text), widest)
        return sizes

    def elide(self, text: str, width: float, px: float) -> str:
        """``text`` shortened with an ellipsis to fit ``width`` (one line)."""
        if self.width(text, px) <= width * WIDTH_SLACK:
            return text
        while text and self.width(text + "…", px) > width * WIDTH_SLACK:
            text = text[:-1]
        return text.rstrip() + "…"

    # --- wrapping --------------------------------------------------------------------------------
    def wrap(self, text: str, width: float, px: float) -> tuple[str, ...]:
        """The lines of ``text`` in a box ``width`` pixels wide at ``px`` pixels."""
        units = max(1, int(width * WIDTH_SLACK * REFERENCE_PX / max(px, 1)))
        key = (text, units)
        lines = self._wrapped.get(key)
        if lines is None:
            if len(self._wrapped) > _CACHE_LIMIT:
                self._wrapped.clear()
            lines = self._wrapped[key] = tuple(self._wrap_units(text, units))
        return lines

    def _word_widths(self, paragraph: str) -> tuple[tuple[str, float], ...]:
        widths = self._words.get(paragraph)
        if widths is None:
            if len(self._words) > _CACHE_LIMIT:
                self._words.clear()
            widths = self._words[paragraph] = tuple(
                (word, self._metrics.horizontalAdvance(word)) for word in paragraph.split()
            )
        return widths

    def _wrap_units(self, text: str, units: int) -> list[str]:
        lines: list[str] = []
        for paragraph in text.splitlines() or [""]:
            line, line_width = "", 0.0
            for word, width in self._word_widths(paragraph):
                if line and line_width + self._space + width <= units:
                    line, line_width = f"{line} {word}", line_width + self._space + width
                    continue
                if line:
                    lines.append(line)
                if width <= units:
                    line, line_width = word, width
                    continue
                pieces = self._split_word(word, units)  # a word longer than the line
                lines.extend(pieces[:-1])
                line, line_width = pieces[-1], self._metrics.horizontalAdvance(pieces[-1])
            lines.append(line)
        return lines

    def _split_word(self, word: str, units: int) -> list[str]:
        """Break a word too long for a line, with a hyphen at each break."""
        pieces: list[str] = []
        while self._metrics.horizontalAdvance(word) > units and len(word) > 1:
            cut = 1
            while cut < len(word) - 1 and self._metrics.horizontalAdvance(word[: cut + 1] + "-") <= units:
                cut += 1
            pieces.append(word[:cut] + "-")
            word = word[cut:]
        pieces.append(word)
        return pieces
