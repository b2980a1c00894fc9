"""Long words that still wrap: a word-wrapped QLabel is never narrower than its longest word.

Danish compounds ("Digitaliseringsunderstøttelsesmedarbejderkompetenceudviklingsforløbet") are
wider than half a laptop screen, so each long word gets soft hyphens: a break opportunity Qt
draws as a hyphen only where it breaks the line.
"""

from __future__ import annotations

import re
from functools import cache

SOFT_HYPHEN = "\u00ad"
LONGEST_UNBROKEN = 24  # letters: about 250 px of 12 pt text; longer words are rare but real
# On the projector a letter is 40 px: "forventningsafstemning" alone is half the screen.
LONGEST_UNBROKEN_ON_PROJECTOR = 12
PIECE = 6  # letters between two break opportunities: the line fills up well


@cache
def _long_word(longest: int) -> re.Pattern[str]:
    # Letters only: paths and ids (digits, "_", "/") are left as they are, to be found and copied.
    return re.compile(rf"[^\W\d_]{{{longest + 1},}}")


def breakable(text: str, longest: int = LONGEST_UNBROKEN) -> str:
    """``text`` with a soft hyphen every few letters of a word longer than ``longest`` letters."""
    return _long_word(longest).sub(_hyphenate, text)


def _hyphenate(match: re.Match[str]) -> str:
    word = match.group(0)
    parts = [word[start : start + PIECE] for start in range(0, len(word), PIECE)]
    if len(parts[-1]) < 4:  # never a break with fewer than four letters after it
        parts[-2:] = [parts[-2] + parts[-1]]
    return SOFT_HYPHEN.join(parts)
