"""What leaves the room, from the buttons a facilitator presses: report, calendar, drejebog, history."""

from __future__ import annotations

from pathlib import Path

from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.session import intents as i
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionSetup
from dialogdesk.ui.app import DialogDesk
from tests.conftest import MATERIALS


def held_session(qapp: QApplication, tmp_path: Path) -> DialogDesk:
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data", clock=ManualClock())
    desk.export_folder = tmp_path / "Documents" / "DialogDesk"
    loaded = desk.load_material("hardware")
    running = desk.start_session(
        loaded, SessionSetup(loaded.material.id, participants=6, facilitator="Mette"), None
    )
    send = running.controller.send
    send(i.StartSession())
    send(i.AddCard(text="Vi hjælper kun med offentlige apps", kind="point", group="Par 1"))
    send(i.AddCard(text="Fast guide til wi-fi", kind="idea", group="Gruppe 1"))
    send(i.AddCard(text="Kort om apps", kind="idea", group="Gruppe 2"))
    send(i.AddDot("c2"))
    send(i.AddDot("c2"))
    send(i.AddDot("c3"))
    send(i.ChooseProposal("c2"))
    for _ in loaded.material.steps:
        send(i.NextStep())
    send(
        i.RecordAgreement(
            (("responsible", "Ali"), ("test_done", "14.01.2027"), ("follow_up", "28.01.2027 kl. 10"))
        )
    )
    return desk


def test_the_wrap_up_buttons_save_the_report_and_the_calendar(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    desk = held_session(qapp, tmp_path)
    presenter = desk.running.presenter
    # The agreement tab opened by itself with the chosen proposal already filled in
    assert presenter.work_tabs.currentWidget() is presenter.agreement_panel
    assert presenter.agreement_fields["proposal"].text() == "Fast guide til wi-fi"

    for kind in ("pdf", "md", "ics"):
        qtbot.mouseClick(presenter.export_buttons[kind], Qt.MouseButton.LeftButton)
        assert "Saved:" in presenter.export_label.text(), presenter.export_label.text()

    files = {path.suffix: path for path in desk.export_folder.iterdir()}
    assert set(files) == {".pdf", ".md", ".ics"}
    markdown = files[".md"].read_text(encoding="utf-8")
    for text in ("Fast guide til wi-fi", "Kort om apps", "Vi hjælper kun med offentlige apps", "Ali"):
        assert text in markdown
    document = QPdfDocument()
    document.load(str(files[".pdf"]))
    assert document.pageCount() >= 1
    events = Calendar.from_ical(files[".ics"].read_bytes()).walk("VEVENT")
    starts = sorted(str(event.decoded("DTSTART")) for event in events)
    assert starts == ["2027-01-14", "2027-01-28 10:00:00+01:00"]
    finish(desk)


def test_the_library_prints_the_drejebog_and_the_handout(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data")
    desk.export_folder = tmp_path / "Documents"
    qtbot.addWidget(desk.window)
    card = next(card for card in desk.window.cards if card.entry.id == "forventningsafstemning")
    qtbot.mouseClick(card.drejebog_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(card.handout_button, Qt.MouseButton.LeftButton)
    names = sorted(path.name for path in desk.export_folder.iterdir())
    assert names == [
        "Deltagerark – Forventningsafstemning om digital hjælp.pdf",
        "Drejebog – Forventningsafstemning om digital hjælp.pdf",
    ]
    assert "Saved:" in desk.window.statusBar().currentMessage()


def test_an_unwritable_export_folder_falls_back_and_says_where(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path / "data")
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    desk.export_folder = blocker / "DialogDesk"
    result = desk.print_material(desk.library.by_id("hardware"), "drejebog")
    assert result.path_written is not None
    assert result.path_written.parent == tmp_path / "data" / "exports"
    assert str(result.path_written) in desk.window.statusBar().currentMessage()


def test_history_lists_the_session_and_starts_a_follow_up(
    qapp: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    desk = held_session(qapp, tmp_path)
    desk.running.controller.send(i.EndSession())
    finish(desk)

    history = desk.show_history()
    qtbot.addWidget(history)
    assert history.table.rowCount() == 1
    assert history.table.item(0, 1).text() == "Hjælp med borgernes hardware"
    assert history.table.item(0, 2).text() == "Fast guide til wi-fi"
    history.table.selectRow(0)
    qtbot.mouseClick(history.follow_up_button, Qt.MouseButton.LeftButton)

    preparation = desk.preparation
    assert preparation is not None
    qtbot.addWidget(preparation)
    assert "Fast guide til wi-fi" in preparation.earlier_label.text()
    assert "Kort om apps" in preparation.earlier_label.text()  # kept for the next discussion
    qtbot.mouseClick(preparation.start_button, Qt.MouseButton.LeftButton)
    assert desk.running.controller.state.setup.follows_up == history.past[0].session_id
    finish(desk)


def finish(desk: DialogDesk) -> None:
    if desk.running is not None:
        desk.running.presenter._leaving_confirmed = True
        desk.running.close()
    desk.window.close()
