"""The idea board for the facilitator: capture, cluster, vote and choose, without a dialog.

Everything it changes goes to the session as an intent, so the projector shows it at once and
undo (Ctrl+Z, Ctrl+Shift+Z or Ctrl+Y) covers it; the theme shown alone to the room and the
deleted cards are in the session too. What it keeps itself is view state only: vote mode and
the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QPushButton, QToolButton, QVBoxLayout, QWidget

from dialogdesk.materials.model import BoardAction
from dialogdesk.session import intents as i
from dialogdesk.session.board import Board, CardKind
from dialogdesk.session.state import SessionState
from dialogdesk.ui.board.capture import CaptureBar, pair_and_group_counts
from dialogdesk.ui.board.inline_edit import InlineEditor
from dialogdesk.ui.board.score_tally import ScorePanel
from dialogdesk.ui.board.style import EDITOR_STYLE
from dialogdesk.ui.board.tally import TallyPanel
from dialogdesk.ui.board.view import BoardView
from dialogdesk.ui.session_controller import SessionController

TALLY_WIDTH = 300
SCORES_WIDTH = 380


class BoardEditor(QWidget):
    """The presenter's board: one capture line, the board, and the tally while voting."""

    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("boardEditor")
        self.controller = controller
        self._sending: i.Intent | None = None
        self._focus: str | None = None  # the room's theme as last rendered (it lives in the state)
        self._defaults_for: tuple[int, str] | None = None
        self._scoring_step = False

        self.capture = CaptureBar(self.send)
        self.capture.line.installEventFilter(self)
        self.view = BoardView(self.send)
        self.inline = InlineEditor(self.view)
        dot_voting = controller.material.wrap_up.dot_voting
        self.tally = TallyPanel(self.send, keep_others=dot_voting.keep_others_for_next_time)
        self.tally.setFixedWidth(TALLY_WIDTH)
        scoring = controller.material.wrap_up.scoring
        self.scores = ScorePanel(self.send, scoring) if scoring is not None else None
        if self.scores is not None:
            self.scores.setFixedWidth(SCORES_WIDTH)
            self.scores.hide()
        self._build_tools()
        self.message_label = QLabel()
        self.message_label.setObjectName("boardMessage")
        self.message_label.setWordWrap(True)
        self.message_label.hide()
        self.hint_label = QLabel(
            QCoreApplication.translate(
                "BoardEditor",
                "Voting: click a card to add a dot, right-click (or −) to take one off; "
                "type a number on a card for dots counted on paper.",
            )
        )
        self.hint_label.setObjectName("boardHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.hide()
        self.room_label = QLabel()
        self.room_label.setObjectName("boardRoom")
        self.whole_board_button = QPushButton(
            QCoreApplication.translate("BoardEditor", "Show the whole board")
        )
        self.whole_board_button.clicked.connect(lambda: self.set_focus_theme(None))
        room = QHBoxLayout()
        room.addWidget(self.room_label, 1)
        room.addWidget(self.whole_board_button)
        self.room_bar = QWidget()
        self.room_bar.setObjectName("boardRoomBar")
        self.room_bar.setLayout(room)
        self.room_bar.hide()

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.addWidget(self.view, 1)
        body.addWidget(self.tally)
        if self.scores is not None:
            body.addWidget(self.scores)
        layout = QVBoxLayout(self)
        layout.addWidget(self.capture)
        layout.addLayout(self.tools)
        layout.addWidget(self.message_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.room_bar)
        layout.addLayout(body, 1)
        self.setStyleSheet(EDITOR_STYLE)

        self.view.editRequested.connect(self.edit_card)
        self.view.renameRequested.connect(self.rename_theme)
        self.view.themeMade.connect(self.rename_theme)
        self.view.focusRequested.connect(self._toggle_focus)
        self.view.selectionChanged.connect(self._selection_changed)
        self.view.horizontalScrollBar().valueChanged.connect(lambda _value: self._follow_inline())
        self.view.verticalScrollBar().valueChanged.connect(lambda _value: self._follow_inline())
        self.inline.committed.connect(self._commit_inline)
        self.inline.finished.connect(self.capture.line.setFocus)
        self.tally.cardPicked.connect(lambda card_id: self.view.select(card_id))
        controller.stateChanged.connect(self.render_state)
        controller.refused.connect(self._refused)
        self.render_state(controller.state)

    def _build_tools(self) -> None:
        self.undo_action = QAction(QCoreApplication.translate("BoardEditor", "↶ Undo"), self)
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo_action.triggered.connect(lambda: self.send(i.Undo()))
        self.redo_action = QAction(QCoreApplication.translate("BoardEditor", "↷ Redo"), self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.redo_action.triggered.connect(lambda: self.send(i.Redo()))
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.undo_button = QToolButton()
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton()
        self.redo_button.setDefaultAction(self.redo_action)
        self.restore_menu = QMenu(self)
        self.restore_menu.aboutToShow.connect(self._fill_restore_menu)
        self.restore_button = QToolButton()
        self.restore_button.setText(QCoreApplication.translate("BoardEditor", "Restore deleted"))
        self.restore_button.setMenu(self.restore_menu)
        self.restore_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.restore_button.clicked.connect(self.restore_last)
        self.vote_button = QPushButton(QCoreApplication.translate("BoardEditor", "Vote with dots"))
        self.vote_button.setObjectName("voteButton")
        self.vote_button.setCheckable(True)
        self.vote_button.toggled.connect(self.set_vote_mode)
        self.zoom_button = QPushButton(
            QCoreApplication.translate("BoardEditor", "Show theme alone to the room")
        )
        self.zoom_button.setCheckable(True)
        self.zoom_button.clicked.connect(self._zoom_clicked)
        self.dissolve_button = QPushButton(QCoreApplication.translate("BoardEditor", "Dissolve theme"))
        self.dissolve_button.clicked.connect(self.dissolve_theme)
        self.tools = QHBoxLayout()
        for widget in (self.undo_button, self.redo_button, self.restore_button):
            self.tools.addWidget(widget)
        self.tools.addSpacing(16)
        for widget in (self.vote_button, self.zoom_button, self.dissolve_button):
            self.tools.addWidget(widget)
        self.tools.addStretch(1)

    # --- sending ---------------------------------------------------------------------------------
    def send(self, intent: i.Intent) -> bool:
        """Send an intent; a refusal shows in the board's message line, never in a dialog."""
        self._sending = intent
        try:
            done = self.controller.send(intent)
        finally:
            self._sending = None
        if done:
            self.message_label.hide()
            if isinstance(intent, i.DeleteCard):
                self.show_message(
                    QCoreApplication.translate(
                        "BoardEditor", "Card deleted. Ctrl+Z or “Restore deleted” brings it back."
                    ),
                    error=False,
                )
        return done

    def _refused(self, message: str) -> None:
        intent = self._sending
        if intent is None:
            return  # refused elsewhere in the window: not the board's to show
        self.show_message(message)

    def show_message(self, text: str, *, error: bool = True) -> None:
        self.message_label.setText(text)
        self.message_label.setProperty("error", error)
        self.message_label.style().unpolish(self.message_label)
        self.message_label.style().polish(self.message_label)
        self.message_label.show()

    # --- rendering ---------------------------------------------------------------------------------
    def render_state(self, state: SessionState) -> None:
        board = state.board
        if self._defaults_for != (state.current, state.phase.value):
            self._defaults_for = (state.current, state.phase.value)
            actions = self.controller.material.steps[state.current].board
            self.capture.set_kind(CardKind.IDEA if BoardAction.COLLECT_IDEAS in actions else CardKind.POINT)
            self.vote_button.setChecked(BoardAction.VOTE in actions)
            self._scoring_step = BoardAction.SCORE in actions
            self._show_scores()
        self.capture.set_counts(*pair_and_group_counts(state))
        self.undo_action.setEnabled(state.can_undo)
        self.redo_action.setEnabled(state.can_redo)
        focus_changed = state.room_theme != self._focus
        if board is self.view.board and not focus_changed:
            return  # a step, a note, a timer: nothing on the board changed
        if focus_changed:
            self._focus = state.room_theme
            self.view.focused_theme = self._focus
            self.zoom_button.setChecked(self._focus is not None)
        self.view.show_board(board)
        self._show_tally()
        self._show_scores()
        self.restore_button.setEnabled(any(card.deleted for card in board.cards.values()))
        self._selection_changed()
        self._follow_inline()
        self._show_room_label()

    def _show_room_label(self) -> None:
        self.room_bar.setVisible(self._focus is not None)
        if self._focus is not None:
            self.room_label.setText(
                QCoreApplication.translate("BoardEditor", "The room sees only the theme “%1”").replace(
                    "%1", self.board.themes[self._focus].name
                )
            )

    def _selection_changed(self) -> None:
        has_theme = self.view.theme_in_hand() is not None
        self.dissolve_button.setEnabled(has_theme)
        self.zoom_button.setEnabled(has_theme or self._focus is not None)

    @property
    def board(self) -> Board:
        return self.controller.state.board

    # --- voting --------------------------------------------------------------------------------------
    def set_vote_mode(self, on: bool) -> None:
        self.vote_button.setChecked(on)
        self.view.vote_mode = on
        self.view.viewport().setCursor(
            Qt.CursorShape.PointingHandCursor if on else Qt.CursorShape.ArrowCursor
        )
        self.hint_label.setVisible(on)
        self._show_tally()

    def _show_tally(self) -> None:
        """The tally shows while voting, and after, until the decision is undone."""
        board = self.board
        shown = self.view.vote_mode or board.dots_used > 0 or board.chosen is not None
        if shown:
            self.tally.show_board(board)
        self.tally.setVisible(shown)

    def _show_scores(self) -> None:
        """The score tally shows on the step that scores, and wherever a card has scores."""
        if self.scores is None:
            return
        board = self.board
        shown = self._scoring_step or any(card.scores for card in board.visible_cards())
        if shown:
            self.scores.show_board(board)
        self.scores.setVisible(shown)

    # --- themes ----------------------------------------------------------------------------------------
    @property
    def focused_theme(self) -> str | None:
        return self._focus

    def set_focus_theme(self, theme_id: str | None) -> None:
        """Show one theme alone to the room (None: the whole board); the state keeps it."""
        if theme_id is not None and theme_id not in self.board.themes:
            theme_id = None
        if theme_id != self.controller.state.room_theme:
            self.send(i.FocusTheme(theme_id))
        self.zoom_button.setChecked(self._focus is not None)

    def _toggle_focus(self, theme_id: str) -> None:
        self.set_focus_theme(None if self._focus == theme_id else theme_id)

    def _zoom_clicked(self) -> None:
        if self._focus is not None:
            self.set_focus_theme(None)
            return
        theme_id = self.view.theme_in_hand()
        if theme_id is None:
            self.zoom_button.setChecked(False)
            self.show_message(
                QCoreApplication.translate("BoardEditor", "Pick a theme (or a card in it) first.")
            )
            return
        self.set_focus_theme(theme_id)

    def dissolve_theme(self) -> None:
        theme_id = self.view.theme_in_hand()
        if theme_id is not None:
            self.send(i.DissolveTheme(theme_id))

    # --- editing in place ----------------------------------------------------------------------------
    def edit_card(self, card_id: str) -> None:
        item = self.view.card_item(card_id)
        if item is not None and not self.view.vote_mode:
            self.inline.open("card", card_id, item.card.text, item.mapRectToScene(item.size))

    def rename_theme(self, theme_id: str) -> None:
        frame = self.view.theme_frame(theme_id)
        if frame is not None and theme_id in self.board.themes:
            self.inline.open("theme", theme_id, self.board.themes[theme_id].name, frame.header)

    def _commit_inline(self, what: str, target_id: str, text: str) -> None:
        if what == "card":
            self.send(i.EditCard(target_id, text))
        else:
            self.send(i.RenameTheme(target_id, text))

    def _follow_inline(self) -> None:
        target = self.inline.target
        if target is None:
            return
        what, target_id = target
        if what == "card":
            item = self.view.card_item(target_id)
            if item is None:
                self.inline.cancel()
            else:
                self.inline.follow(item.mapRectToScene(item.size))
        else:
            frame = self.view.theme_frame(target_id)
            if frame is None:
                self.inline.cancel()
            else:
                self.inline.follow(frame.header)

    # --- deleted cards ---------------------------------------------------------------------------------
    def deleted_cards(self) -> list[str]:
        """Deleted cards, the latest deleted first (the order is kept in the session)."""
        return list(reversed(self.board.deleted_order))

    def restore_last(self) -> None:
        deleted = self.deleted_cards()
        if deleted:
            self.send(i.RestoreCard(deleted[0]))

    def _fill_restore_menu(self) -> None:
        self.restore_menu.clear()
        for card_id in self.deleted_cards():
            text = self.board.cards[card_id].text
            action = self.restore_menu.addAction(text if len(text) < 60 else text[:57] + "…")
            action.triggered.connect(lambda _=False, card_id=card_id: self.send(i.RestoreCard(card_id)))

    # --- keys in the capture line ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Z in an empty capture line undoes on the board (the line has nothing to undo)."""
        if (
            watched is self.capture.line
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            line = self.capture.line
            if event.matches(QKeySequence.StandardKey.Undo) and not line.isUndoAvailable():
                line.setText(line.text())  # forget typing undone before: Ctrl+Shift+Z now redoes the board
                self.send(i.Undo())
                return True
            if _is_redo(event) and not line.isRedoAvailable():
                self.send(i.Redo())
                return True
        return super().eventFilter(watched, event)


def _is_redo(event: QKeyEvent) -> bool:
    combination = event.keyCombination()
    return combination in (
        QKeySequence("Ctrl+Shift+Z")[0],
        QKeySequence("Ctrl+Y")[0],
    ) or event.matches(QKeySequence.StandardKey.Redo)
