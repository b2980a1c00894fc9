"""Where each step stands in the session: done, now, next or later.

The running order on the presenter and along the bottom of the projector both read it; the
views word it (a mark, 'Næste:'), the core only names the place.
"""

from __future__ import annotations

from enum import StrEnum

from dialogdesk.session.state import SessionPhase, SessionState


class Place(StrEnum):
    DONE = "done"
    NOW = "now"
    NEXT = "next"
    LATER = "later"


def place_of(state: SessionState, index: int) -> Place:
    """Where step ``index`` stands in the session."""
    if state.phase is SessionPhase.PREPARATION:
        return Place.NEXT if index == 0 else Place.LATER
    if state.phase in (SessionPhase.WRAP_UP, SessionPhase.ENDED) or index < state.current:
        return Place.DONE
    if index == state.current:
        return Place.NOW
    return Place.NEXT if index == state.current + 1 else Place.LATER
