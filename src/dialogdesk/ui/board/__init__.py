"""The idea board: ``BoardEditor`` for the presenter view, ``AudienceBoard`` for the projector."""

from dialogdesk.ui.board.audience import AudienceBoard
from dialogdesk.ui.board.editor import BoardEditor

__all__ = ["AudienceBoard", "BoardEditor"]
