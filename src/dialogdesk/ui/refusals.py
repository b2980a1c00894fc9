"""The session core's refusals and save problems, in the facilitator's words.

The core says which rule an intent broke (``Refusal``) and with which values; this is the one
place that turns that into a sentence in the interface language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from dialogdesk.session.engine import SaveFailure, SaveProblem
from dialogdesk.session.refusals import Refusal, Refused


def _t(text: str) -> str:
    return QCoreApplication.translate("Refusals", text)


# Each refusal's sentence (marked for pyside6-lupdate, translated when shown); %1, %2 ... are
# filled from its values in the order named.
_SENTENCES: dict[Refusal, tuple[str, tuple[str, ...]]] = {
    Refusal.ALREADY_STARTED: (QT_TRANSLATE_NOOP("Refusals", "The session has already started."), ()),
    Refusal.NOT_RUNNING: (QT_TRANSLATE_NOOP("Refusals", "Only while the session runs."), ()),
    Refusal.SESSION_ENDED: (QT_TRANSLATE_NOOP("Refusals", "The session has ended."), ()),
    Refusal.FIRST_STEP: (QT_TRANSLATE_NOOP("Refusals", "This is the first step."), ()),
    Refusal.NO_SUCH_STEP: (QT_TRANSLATE_NOOP("Refusals", "There is no step number %1."), ("step",)),
    Refusal.NO_SUCH_ACTIVITY: (
        QT_TRANSLATE_NOOP("Refusals", "Trin %1 has no such activity."),
        ("step_number",),
    ),
    Refusal.NO_ACTIVITY_RUNNING: (QT_TRANSLATE_NOOP("Refusals", "No activity is running."), ()),
    Refusal.NO_NEXT_ROUND: (QT_TRANSLATE_NOOP("Refusals", "There is no next round."), ()),
    Refusal.AVAILABLE_TIME_NOT_POSITIVE: (
        QT_TRANSLATE_NOOP("Refusals", "The available time must be more than 0 minutes."),
        (),
    ),
    Refusal.PLAN_DOES_NOT_MATCH: (
        QT_TRANSLATE_NOOP("Refusals", "The proposed lengths do not match the steps."),
        (),
    ),
    Refusal.STEP_TIME_NOT_POSITIVE: (
        QT_TRANSLATE_NOOP("Refusals", "Every step needs more than 0 minutes."),
        (),
    ),
    Refusal.TOO_FEW_PARTICIPANTS: (QT_TRANSLATE_NOOP("Refusals", "At least one participant."), ()),
    Refusal.DOTS_ALREADY_PLACED: (
        QT_TRANSLATE_NOOP(
            "Refusals", "%1 dots are placed already: that is more than so few participants have."
        ),
        ("dots",),
    ),
    Refusal.WARNING_SHARE_OUT_OF_RANGE: (
        QT_TRANSLATE_NOOP("Refusals", "The warning share must be between 0 and 1."),
        (),
    ),
    Refusal.UNKNOWN_AUDIENCE_MODE: (QT_TRANSLATE_NOOP("Refusals", "The room's screen cannot show that."), ()),
    Refusal.ALL_PAIRS_PRESENTED: (QT_TRANSLATE_NOOP("Refusals", "Every pair has presented already."), ()),
    Refusal.UNKNOWN_AGREEMENT_FIELD: (QT_TRANSLATE_NOOP("Refusals", "The agreement has no such field."), ()),
    Refusal.NO_SUCH_CHECKLIST_LINE: (QT_TRANSLATE_NOOP("Refusals", "The step has no line %1."), ("line",)),
    Refusal.NO_SUCH_CARD: (QT_TRANSLATE_NOOP("Refusals", "That card is no longer on the board."), ()),
    Refusal.CARD_EXISTS: (QT_TRANSLATE_NOOP("Refusals", "That card is on the board already."), ()),
    Refusal.CARD_NEEDS_TEXT: (QT_TRANSLATE_NOOP("Refusals", "A card needs text."), ()),
    Refusal.NO_SUCH_THEME: (QT_TRANSLATE_NOOP("Refusals", "That theme is no longer on the board."), ()),
    Refusal.THEME_EXISTS: (QT_TRANSLATE_NOOP("Refusals", "That theme is on the board already."), ()),
    Refusal.NOT_DELETED: (QT_TRANSLATE_NOOP("Refusals", "That card is not deleted."), ()),
    Refusal.ALL_DOTS_PLACED: (
        QT_TRANSLATE_NOOP("Refusals", "All %1 dots are placed. Take a dot off a card before adding another."),
        ("budget",),
    ),
    Refusal.CARD_HAS_NO_DOTS: (QT_TRANSLATE_NOOP("Refusals", "The card has no dots."), ()),
    Refusal.NEGATIVE_DOTS: (QT_TRANSLATE_NOOP("Refusals", "A dot count cannot be negative."), ()),
    Refusal.TOO_FEW_DOTS_LEFT: (
        QT_TRANSLATE_NOOP("Refusals", "Only %1 dots are free for this card (%2 in all)."),
        ("left", "budget"),
    ),
    Refusal.SCORE_OUT_OF_SCALE: (
        QT_TRANSLATE_NOOP("Refusals", "A score of %1 is off the scale: give each card %2 to %3 a round."),
        ("score", "low", "high"),
    ),
    Refusal.UNDO_EXCEEDS_BUDGET: (
        QT_TRANSLATE_NOOP("Refusals", "Undoing that would place %1 dots, but the room has only %2."),
        ("dots", "budget"),
    ),
    Refusal.NOTHING_TO_UNDO: (QT_TRANSLATE_NOOP("Refusals", "Nothing to undo."), ()),
    Refusal.NOTHING_TO_REDO: (QT_TRANSLATE_NOOP("Refusals", "Nothing to redo."), ()),
    Refusal.UNKNOWN_INTENT: (
        QT_TRANSLATE_NOOP("Refusals", "DialogDesk cannot do that (an internal error)."),
        (),
    ),
}

_SAVE_PROBLEMS: dict[SaveProblem, str] = {
    SaveProblem.DISK_FULL: QT_TRANSLATE_NOOP("Refusals", "the disk is full"),
    SaveProblem.READ_ONLY: QT_TRANSLATE_NOOP("Refusals", "the disk is read-only"),
    SaveProblem.NO_PERMISSION: QT_TRANSLATE_NOOP("Refusals", "there is no permission to write there"),
    SaveProblem.QUOTA: QT_TRANSLATE_NOOP("Refusals", "the disk quota is used up"),
    SaveProblem.FILE_TOO_LARGE: QT_TRANSLATE_NOOP("Refusals", "the file is too large for the disk"),
    SaveProblem.IN_THE_WAY: QT_TRANSLATE_NOOP("Refusals", "a file is in the way of the folder"),
    SaveProblem.OTHER: QT_TRANSLATE_NOOP("Refusals", "the system refused to write the file"),
}


def _fill(pattern: str, values: list[object]) -> str:
    # From the highest number down, so %1 does not eat the start of %10.
    for number in range(len(values), 0, -1):
        pattern = pattern.replace(f"%{number}", str(values[number - 1]))
    return pattern


def describe_refusal(refusal: Refused) -> str:
    """The refusal as a sentence in the interface language."""
    sentence, names = _SENTENCES[refusal.code]
    return _fill(_t(sentence), [refusal.params.get(name, "") for name in names])


def save_problem_text(problem: SaveProblem) -> str:
    """Why a write failed ("the disk is full"), in the interface language."""
    return _t(_SAVE_PROBLEMS[problem])


def describe_save_failure(failure: SaveFailure) -> str:
    """Why the session could not be saved, with where, in the interface language."""
    reason = save_problem_text(failure.problem)
    return _fill(_t("The session could not be saved: %1 (%2)."), [reason, failure.path])
