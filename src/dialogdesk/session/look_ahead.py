"""What the next press of next brings: the presenter's preview of the room's next screen.

PowerPoint's and OpenLP's presenters see the next slide beside the live one. Here the next screen
is the session as it would be after one ``NextStep``, computed by the engine's own ``apply``, so
the preview is never a second guess of what next does (the next step, a clicker series' next
round, the wrap-up, the start). Nothing is dispatched or saved: the state is thrown away.
"""

from __future__ import annotations

from dialogdesk.materials.model import Material
from dialogdesk.session import intents as i
from dialogdesk.session.clock import Instant
from dialogdesk.session.state import IntentRefused, SessionPhase, SessionState, apply


def after_next(state: SessionState, material: Material, at: Instant) -> SessionState | None:
    """The session after one press of next at ``at``; None when next brings nothing new (the
    wrap-up and an ended session: only 'End session' follows)."""
    if state.phase in (SessionPhase.WRAP_UP, SessionPhase.ENDED):
        return None
    try:
        return apply(state, i.NextStep(), at, material)
    except IntentRefused:
        return None
