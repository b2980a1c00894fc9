"""Long words that still wrap: a word-wrapped QLabel is never narrower than its longest word.

Danish compounds ("Digitaliseringsunderstøttelsesmedarbejderkompetenceudviklingsforløbet") are
wider than half a laptop screen, so each long word gets soft hyphens: a break opportunity Qt
draws as a hyphen only where it breaks the line.
"""

from __future__ import annotations

import re

SOFT_HYPHEN = "\u00ad"
LONGEST_UNBROKEN = 24  # letters: about 250 px of 12 pt text; longer words are rare but real
PIECE = 6  # letters between two break opportunities: the line fills up well
# Letters only: paths and ids (digits, "_", "/") are left as they are, to be found and copied.
_LONG_WORD = re.compile(rf"[^\W\d_]{{{LONGEST_UNBROKEN + 1},}}")


def breakable(text: str) -> str:
    """``text`` with a soft hyphen every few letters of a word too long to fit a narrow column."""
    return _LONG_WORD.sub(_hyphenate, text)


def _hyphenate(match: re.Match[str]) -> str:
    word = match.group(0)
    parts = [word[start : start + PIECE] for start in range(0, len(word), PIECE)]
    if len(parts[-1]) < 4:  # never a break with fewer than four letters after it
        parts[-2:] = [parts[-2] + parts[-1]]
    return SOFT_HYPHEN.join(parts)
