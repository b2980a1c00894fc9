"""A past session's report, saved from the history window, stands where the session stopped."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.export.history import report_of
from dialogdesk.export.labels import report_labels
from dialogdesk.export.report import made_text
from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.flow import DialogDesk
from tests.conftest import MATERIALS


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    document.load(str(path))
    text = " ".join(document.getAllText(page).text() for page in range(document.pageCount()))
    return " ".join(text.split())


def test_the_report_of_an_unfinished_past_session_is_dated_by_its_last_event(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    # Given a session left unfinished long ago (its clock is not today's)
    clock = ManualClock()
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=clock)
    qtbot.addWidget(desk.window)
    desk.export_folder = tmp_path / "Documents"
    loaded = desk.load_material("hardware")
    assert loaded is not None
    running = desk.start_session(loaded, SessionSetup("hardware", participants=6), None)
    running.controller.send(i.StartSession())
    clock.advance(90)
    running.controller.send(i.AddCard(text="Fast guide til wi-fi", kind="idea"))
    language = running.controller.state.setup.language
    running.presenter._leaving_confirmed = True
    running.close()

    # When its report is saved from the history window
    history = desk.show_history()
    qtbot.addWidget(history)
    history.table.selectRow(0)
    qtbot.mouseClick(history.report_button, Qt.MouseButton.LeftButton)

    # Then the report says it was made when the session last changed (the card), not today
    (saved,) = desk.export_folder.iterdir()
    assert str(saved) in history.message_label.text()
    as_it_stood = report_of(history.past[0].path)
    assert as_it_stood.made.timestamp() == clock.wall_ns / 10**9
    assert made_text(as_it_stood, report_labels(language)) in pdf_text(saved)
    desk.window.close()
