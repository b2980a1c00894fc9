"""Why the session core refuses an intent, as a code and values: never prose for a screen.

The windows word a refusal in the interface language (``dialogdesk.ui.refusals``); the core
only says which rule was broken and with which numbers, so a Danish screen never shows an
English sentence from the engine.
"""

from __future__ import annotations

from enum import StrEnum


class Refusal(StrEnum):
    # flow
    ALREADY_STARTED = "already_started"
    NOT_RUNNING = "not_running"
    SESSION_ENDED = "session_ended"
    FIRST_STEP = "first_step"
    NO_SUCH_STEP = "no_such_step"  # step: the 1-based position asked for
    NO_SUCH_ACTIVITY = "no_such_activity"  # step_number, activity
    NO_ACTIVITY_RUNNING = "no_activity_running"
    NO_NEXT_ROUND = "no_next_round"  # no series runs, or its last round does
    # time and the day's facts
    AVAILABLE_TIME_NOT_POSITIVE = "available_time_not_positive"
    PLAN_DOES_NOT_MATCH = "plan_does_not_match"
    STEP_TIME_NOT_POSITIVE = "step_time_not_positive"
    TOO_FEW_PARTICIPANTS = "too_few_participants"
    DOTS_ALREADY_PLACED = "dots_already_placed"  # dots
    WARNING_SHARE_OUT_OF_RANGE = "warning_share_out_of_range"
    # the room's screen, pairs, agreement
    UNKNOWN_AUDIENCE_MODE = "unknown_audience_mode"  # mode
    ALL_PAIRS_PRESENTED = "all_pairs_presented"
    UNKNOWN_AGREEMENT_FIELD = "unknown_agreement_field"  # fields
    NO_SUCH_CHECKLIST_LINE = "no_such_checklist_line"  # line
    # the board
    NO_SUCH_CARD = "no_such_card"  # card
    CARD_EXISTS = "card_exists"  # card
    CARD_NEEDS_TEXT = "card_needs_text"
    NO_SUCH_THEME = "no_such_theme"  # theme
    THEME_EXISTS = "theme_exists"  # theme
    NOT_DELETED = "not_deleted"  # card
    ALL_DOTS_PLACED = "all_dots_placed"  # budget
    CARD_HAS_NO_DOTS = "card_has_no_dots"
    NEGATIVE_DOTS = "negative_dots"
    TOO_FEW_DOTS_LEFT = "too_few_dots_left"  # left
    SCORE_OUT_OF_SCALE = "score_out_of_scale"  # score, low, high
    UNDO_EXCEEDS_BUDGET = "undo_exceeds_budget"  # dots, budget
    NOTHING_TO_UNDO = "nothing_to_undo"
    NOTHING_TO_REDO = "nothing_to_redo"
    # programming errors: an intent the reducer does not know
    UNKNOWN_INTENT = "unknown_intent"  # intent


class Refused(ValueError):
    """Base of the core's refusals: a ``code`` and the values a message needs."""

    def __init__(self, code: Refusal, **params: object) -> None:
        self.code = code
        self.params = params
        values = ", ".join(f"{key}={value!r}" for key, value in sorted(params.items()))
        # For logs and tests only; a window words the code itself.
        super().__init__(f"{code.value}({values})" if values else code.value)
