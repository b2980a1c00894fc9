"""One key table: the help overlay is made from it, and the README's key table must say the same.

``BINDINGS`` (key → command) and ``DESCRIPTIONS`` (command → what it does) in
``dialogdesk.ui.keys`` are the only place a key is bound; these tests fail when the help, the
README or the table itself disagree.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QWidget
from pytestqt.qtbot import QtBot

from dialogdesk.ui.help_overlay import HelpOverlay
from dialogdesk.ui.i18n import install_translator, remove_translator
from dialogdesk.ui.keys import BINDINGS, DESCRIPTIONS, Command, binding_for, binding_name, keys_of
from tests.conftest import REPO

README_TABLE_INTRO = "Keys (on either window"


def readme_key_rows() -> list[tuple[str, str]]:
    """The (keys, does) rows of the README's key table, as written."""
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(index for index, line in enumerate(lines) if line.startswith(README_TABLE_INTRO))
    table = []
    for line in lines[start + 1 :]:
        if not line.strip() and not table:
            continue
        if not line.startswith("|"):
            break
        table.append([cell.strip() for cell in line.strip().strip("|").split("|")])
    header, rule, *rows = table
    assert header == ["Keys", "Does"] and set(rule) == {"---"}, table[:2]
    return [(keys, does) for keys, does in rows]


def shown_help(overlay: HelpOverlay) -> list[tuple[str, str]]:
    """The (keys, what they do) rows as the overlay's labels show them, below its title."""
    grid = overlay.layout()
    assert isinstance(grid, QGridLayout)
    rows = []
    for row in range(1, grid.rowCount()):
        keys, action = (grid.itemAtPosition(row, column).widget() for column in (0, 1))
        assert isinstance(keys, QLabel) and isinstance(action, QLabel)
        rows.append((keys.text(), action.text()))
    return rows


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[QTranslator]:
    translator = install_translator(qapp, "da")
    assert translator is not None, "the Danish .qm did not load"
    yield translator
    remove_translator(qapp, translator)
    install_translator(qapp, "en")


# --- the table itself ------------------------------------------------------------------------------
def test_every_command_has_a_key_and_a_description_and_no_key_means_two_things() -> None:
    assert set(DESCRIPTIONS) == set(Command)
    assert all(keys_of(command) for command in Command), "a command no key reaches"
    for binding in BINDINGS:
        assert binding_for(binding.key, binding.shift) is binding, binding
    names = [binding_name(binding) for binding in BINDINGS]
    assert len(names) == len(set(names)), names


# --- the README ------------------------------------------------------------------------------------
def test_the_readme_key_table_lists_exactly_the_bound_keys_of_every_command(qapp: QApplication) -> None:
    command_of = {binding_name(binding): binding.command for binding in BINDINGS}
    rows = readme_key_rows()
    seen: list[Command] = []
    for keys, does in rows:
        names = keys.split(", ")
        unknown = [name for name in names if name not in command_of]
        assert not unknown, f"README row {keys!r} ({does}) names keys no command is bound to: {unknown}"
        commands = {command_of[name] for name in names}
        assert len(commands) == 1, f"README row {keys!r} ({does}) mixes commands: {sorted(commands)}"
        command = commands.pop()
        assert names == keys_of(command), f"README row {keys!r}: {command} is bound to {keys_of(command)}"
        seen.append(command)
    assert sorted(seen) == sorted(Command), f"README rows: {seen}; every command once: {list(Command)}"
    assert seen == list(DESCRIPTIONS), "the README lists the keys in the help's order"


# --- the help overlay ------------------------------------------------------------------------------
def test_the_help_overlay_shows_each_commands_keys_and_what_it_does(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    overlay = HelpOverlay(parent)

    assert shown_help(overlay) == [
        ("PageDown, →, ↓, Space", "Next step"),
        ("PageUp, ←, ↑, Backspace", "Previous step"),
        ("F5, Shift+F5", "Start, pause, resume"),
        ("B, .", "Black audience screen (press again to show)"),
        ("F", "Freeze the audience screen (press again to go live)"),
        ("+", "One more minute for the step"),
        ("F6", "Show or hide the audience view"),
        ("F7", "Swap presenter and audience screens"),
        ("F9", "Propose new step lengths to finish on time"),
        ("T", "Show or hide the countdown over the film"),
        ("O", "Show or hide the steps along the bottom of the projector"),
        ("F1, ?", "This help"),
        ("Escape", "Close this help; never ends the session"),
    ]


def test_the_help_overlay_in_danish_says_what_each_key_does_in_danish(
    qtbot: QtBot, danish: QTranslator
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    shown = dict(shown_help(HelpOverlay(parent)))

    assert shown[", ".join(keys_of(Command.NEXT))] == "Næste trin"
    assert shown["F7"] == "Byt facilitator- og deltagerskærm"
    assert not set(shown.values()) & set(DESCRIPTIONS.values()), "English on a Danish screen"
