"""The look of the facilitator's board controls (the cards paint themselves: card_painter)."""

from __future__ import annotations

EDITOR_STYLE = """
QWidget#boardEditor { background: #f7f9fb; }
QWidget#boardEditor QPushButton, QWidget#boardEditor QToolButton { font-size: 11pt; padding: 5px 10px; }
QLineEdit#captureLine { font-size: 15pt; padding: 6px 10px; border: 2px solid #1f6fb2; border-radius: 6px;
    background: #ffffff; color: #14202e; }
QComboBox#groupBox { font-size: 12pt; padding: 4px 8px; min-width: 7em; }
QPushButton#kindButton { font-size: 12pt; min-width: 4em; }
QPushButton#kindButton:checked { background: #1b2a41; color: #ffffff; font-weight: bold; }
QPushButton#addCardButton { font-size: 12pt; font-weight: bold; }
QWidget#boardEditor QPushButton:checked { background: #1b2a41; color: #ffffff; }
QPushButton#voteButton:checked { background: #d1344b; color: #ffffff; }
QLabel#boardMessage { font-size: 12pt; font-weight: bold; padding: 8px 12px; border-radius: 6px; }
QLabel#boardMessage[error="true"] { background: #fdecea; color: #8a1c1c; border: 2px solid #d1344b; }
QLabel#boardMessage[error="false"] { background: #e8f4ea; color: #1e4d2b; border: 1px solid #2e8540; }
QLabel#boardHint { font-size: 11pt; background: #fff8e1; color: #5c4400; padding: 6px 10px;
    border-radius: 6px; }
QWidget#boardRoomBar { background: #fff4cc; border: 2px solid #f2a900; border-radius: 6px; }
QLabel#boardRoom { font-size: 12pt; font-weight: bold; color: #5c4400; }
QFrame#boardTally { background: #ffffff; border: 1px solid #c3ceda; border-radius: 8px; }
QLabel#tallyTitle { font-size: 14pt; font-weight: bold; color: #1b2a41; }
QLabel#tallyCount { font-size: 12pt; color: #1b2a41; }
QLabel#tallyHint { font-size: 11pt; color: #8a5a00; }
QListWidget#tallyRanking { font-size: 11pt; }
QListWidget#tallyRanking::item { padding: 4px 2px; border-bottom: 1px solid #e3e8ee; }
QPushButton#hideVotesButton[reveal="true"] { background: #f2a900; color: #14202e; font-weight: bold; }
QPushButton#chooseButton { background: #2e8540; color: #ffffff; font-weight: bold; font-size: 12pt; }
QPushButton#chooseButton:disabled { background: #c8d3cb; color: #5b6b60; }
QLabel#tallyDecision { font-size: 12pt; font-weight: bold; color: #5c4400; background: #fff4cc;
    padding: 6px; border-radius: 6px; }
QLabel#tallyKept { font-size: 11pt; color: #1b2a41; background: transparent; }
QScrollArea#tallyKeptArea, QScrollArea#tallyKeptArea > QWidget { background: transparent; }
"""
