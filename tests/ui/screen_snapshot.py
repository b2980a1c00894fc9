"""What each session window shows, as plain data: to compare the screens before and after a
crash, in this process (the generative test) or across processes (the SIGKILL test).

One function per window returns a dict of what a person looking at it would read. Keys whose
values are clock readings are listed in ``TIME_KEYS`` so a comparison across real time can set
them apart. State that is not in the session yet (the focus theme, "do now" ticks, the deleted
cards, the chime) is deliberately not read here; add a key per window when it is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from dialogdesk.ui.audience_window import AudienceWindow
from dialogdesk.ui.presenter_window import PresenterWindow

CHECKED = Qt.CheckState.Checked

# Where a long word may break: invisible unless the line breaks there, so not part of what is read.
INVISIBLE_BREAKS = str.maketrans("", "", "\u00ad\u200b")

# Readings of a running clock: equal within the same instant, not across real time.
TIME_KEYS = ("countdown", "activity", "session")


def visible_labels(window: QWidget, under: QWidget | None = None) -> list[QLabel]:
    """The labels of ``under`` (default: the window) that are shown when the window is."""
    root = under if under is not None else window
    labels = [label for label in root.findChildren(QLabel) if label.isVisibleTo(window)]
    if isinstance(root, QLabel) and root.isVisibleTo(window):
        labels.insert(0, root)
    return labels


def readable(text: str) -> str:
    """A label's text as a person reads it (soft hyphens and zero-width spaces left out)."""
    return text.translate(INVISIBLE_BREAKS)


def audience_texts(audience: AudienceWindow) -> list[str]:
    """Every text the room can read on the projector now (the current page and the message)."""
    texts = [label.text() for label in visible_labels(audience, audience.current_page())]
    if audience.message_label.isVisibleTo(audience):
        texts.append(audience.message_label.text())
    return [readable(text) for text in texts if text]


def board_lines(audience: AudienceWindow) -> list[str]:
    """The words painted on the room's board: column titles, then the cards' lines."""
    plan = audience.board_page.plan()
    titles = [" ".join(column.title_lines) for column in plan.columns]
    cards = [" ".join(placed.lines) for placed in plan.cards]
    return titles + cards


def audience_snapshot(audience: AudienceWindow) -> dict[str, Any]:
    page = audience.current_page()
    step_page = audience.step_page
    snapshot: dict[str, Any] = {
        "page": f"{type(page).__name__}#{page.objectName()}",
        "texts": [
            text for text in audience_texts(audience) if text != readable(step_page.countdown_label.text())
        ],
        "countdown": step_page.countdown_label.text()
        if step_page.countdown_label.isVisibleTo(audience)
        else None,
    }
    if page is audience.board_page:
        snapshot["board"] = board_lines(audience)
    return snapshot


def presenter_snapshot(presenter: PresenterWindow) -> dict[str, Any]:
    def shown(label: QLabel) -> str | None:
        return label.text() if label.isVisibleTo(presenter) else None

    checklist = presenter.checklist
    board = presenter.board_editor
    return {
        "step": presenter.step_label.text(),
        "tab": presenter.work_tabs.tabText(presenter.work_tabs.currentIndex()),
        "countdown": shown(presenter.countdown_label),
        "activity": shown(presenter.activity_label),
        "session": presenter.session_label.text(),
        "start_button": presenter.start_button.text(),
        "checklist": [checklist.item(row).text() for row in range(checklist.count())],
        "questions": presenter.questions_label.text(),
        "tips": presenter.tips_label.text(),
        "next": presenter.next_label.text(),
        "note": presenter.notes_edit.toPlainText(),
        "agreement": {field_id: edit.text() for field_id, edit in presenter.agreement_fields.items()},
        "room_sees": sorted(
            mode.value for mode, button in presenter.audience_buttons.items() if button.isChecked()
        ),
        "ticked": [
            row
            for row in range(checklist.count())
            if checklist.item(row).checkState() == Qt.CheckState.Checked
        ],
        "room_theme": board.room_label.text() if board.room_bar.isVisibleTo(board) else None,
        "deleted": board.deleted_cards(),
    }


def without_times(snapshot: dict[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in snapshot.items() if key not in TIME_KEYS}
