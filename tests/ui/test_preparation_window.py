"""The preparation page as a facilitator uses it before the room fills up.

From the library's "Prepare session" button: the checklist, the day's participants and time (with
a proposal that fits the steps into it), the media, the projector (with a test pattern), the
clicker check, and Start. Keys and clicks are real events: typing goes to the field that has
focus, a remote's key to the window (the platform hands it to whatever has focus), as in a room.
"""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QScreen
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from dialogdesk.platform.screens import mirrored_hint_for
from dialogdesk.platform.settings import SETTINGS_FILE
from dialogdesk.session.clock import ManualClock
from dialogdesk.session.state import SessionPhase
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.i18n import install_translator, remove_translator
from dialogdesk.ui.preparation_window import PreparationWindow
from dialogdesk.ui.presenter_window import THUMBNAIL_BORDER_PX, THUMBNAIL_WIDTH
from tests.conftest import MATERIALS
from tests.offscreen_screens import LAPTOP, MIRRORED_PROJECTOR, PROJECTOR, OffscreenScreens

MATERIAL = "forventningsafstemning"  # steps 5 + 8 + 12 + 7 + 13 = 45 minutes, 4-20 participants
FILM_URL = "https://vimeo.com/868646128"
HEADINGS = ("Bring", "Room", "Technology")  # the checklist's groups, as the page's source texts


# --- the app, and what a facilitator does with it --------------------------------------------------
def open_desk(app: QApplication, data: Path, materials: Path = MATERIALS) -> DialogDesk:
    desk = DialogDesk(app, [materials], data=data, clock=ManualClock())
    desk.show()
    return desk


def close_desk(desk: DialogDesk) -> None:
    if desk.running is not None:
        desk.running.presenter._leaving_confirmed = True  # leaving needs no question at teardown
        desk.running.close()  # back to the library: the preparation page is closed and deleted
    elif desk.preparation is not None:
        desk.preparation.backRequested.emit()
    if desk.test_pattern is not None:
        desk.test_pattern.close()
        desk.test_pattern.deleteLater()
    desk.window.close()


@pytest.fixture
def desk(qapp: QApplication, data_dir: Path) -> Iterator[DialogDesk]:
    opened = open_desk(qapp, data_dir)
    yield opened
    close_desk(opened)


def prepare(qtbot: QtBot, desk: DialogDesk, material_id: str = MATERIAL) -> PreparationWindow:
    """Click "Prepare session" on the material's card in the library."""
    card = next(card for card in desk.window.cards if card.entry.id == material_id)
    qtbot.mouseClick(card.prepare_button, Qt.MouseButton.LeftButton)
    window = desk.preparation
    assert window is not None
    qtbot.waitExposed(window)
    return window


def click(qtbot: QtBot, widget: QWidget, at: QPoint | None = None) -> None:
    """A left click, in the middle of ``widget`` unless ``at`` says where."""
    where = at if at is not None else widget.rect().center()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


def type_into(qtbot: QtBot, field: QWidget, text: str) -> None:
    """Click into a field, select what is there and type over it."""
    click(qtbot, field, QPoint(field.width() // 3, field.height() // 2))  # the text, not the arrows
    assert field.hasFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)


def remote(window: QWidget, key: Qt.Key) -> None:
    """A key from a presentation remote: it arrives at the window, which gives it to the focus."""
    QTest.keyClick(window.windowHandle(), key)


def screen_named(app: QApplication, name: str) -> QScreen:
    return next(screen for screen in app.screens() if screen.name() == name)


def choices(window: PreparationWindow) -> list[str]:
    return [window.screen_choice.itemText(index) for index in range(window.screen_choice.count())]


def shown_proposal(window: PreparationWindow) -> list[float]:
    """The step lengths as the page shows them: "Trin 1: 5 min · Trin 2: 8 min · ...", each with its unit."""
    parts = window.proposal_label.text().split(" · ")
    assert all(part.endswith(" min") or re.search(r": \d+:\d\d$", part) for part in parts), parts
    return [_minutes(part.rsplit(": ", 1)[1]) for part in parts]


def _minutes(length: str) -> float:
    if length.endswith(" min"):
        return float(length.removesuffix(" min"))
    minutes, seconds = length.split(":")
    return int(minutes) + int(seconds) / 60


def check_indicator(window: PreparationWindow, row: int) -> QPoint:
    """Where the tick box of a checklist line is drawn."""
    checklist = window.checklist
    option = QStyleOptionViewItem()
    option.rect = checklist.visualItemRect(checklist.item(row))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = checklist.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, checklist)
    return box.center()


# --- the checklist ---------------------------------------------------------------------------------
def test_the_checklist_has_everything_to_bring_set_up_and_check_and_lines_can_be_ticked(
    qtbot: QtBot, desk: DialogDesk
) -> None:
    window = prepare(qtbot, desk)
    preparation = window.loaded.material.preparation
    checklist = window.checklist
    lines = [checklist.item(row).text() for row in range(checklist.count())]
    bring, room, technology = (QCoreApplication.translate("PreparationWindow", word) for word in HEADINGS)
    expected = [
        *(f"{bring}: {item}" for item in preparation.bring),
        *(f"{room}: {item}" for item in preparation.room_setup),
        *(f"{technology}: {item.text}" for item in preparation.technology),
    ]
    assert len(preparation.bring) == 3 and preparation.room_setup and len(preparation.technology) == 2
    for line in expected:
        assert line in lines
    assert all(checklist.item(row).checkState() == Qt.CheckState.Unchecked for row in range(len(lines)))

    # A click on a line's box ticks it; a second click unticks it
    first = lines.index(expected[0])
    click(qtbot, checklist.viewport(), check_indicator(window, first))
    assert checklist.item(first).checkState() == Qt.CheckState.Checked
    technology = lines.index(expected[-1])
    click(qtbot, checklist.viewport(), check_indicator(window, technology))
    click(qtbot, checklist.viewport(), check_indicator(window, technology))
    assert checklist.item(technology).checkState() == Qt.CheckState.Unchecked

    # ... and from the keyboard: down to the next line, Space ticks it
    checklist.setFocus()
    checklist.setCurrentRow(first)
    qtbot.keyClick(checklist, Qt.Key.Key_Down)
    qtbot.keyClick(checklist, Qt.Key.Key_Space)
    ticked = [row for row in range(len(lines)) if checklist.item(row).checkState() == Qt.CheckState.Checked]
    assert ticked == [first, first + 1]


def ticked_rows(window: PreparationWindow) -> list[int]:
    checklist = window.checklist
    return [
        row for row in range(checklist.count()) if checklist.item(row).checkState() == Qt.CheckState.Checked
    ]


def tick(qtbot: QtBot, window: PreparationWindow, row: int) -> None:
    click(qtbot, window.checklist.viewport(), check_indicator(window, row))


def test_the_ticks_are_there_again_when_the_app_is_started_again(
    qtbot: QtBot, qapp: QApplication, desk: DialogDesk, data_dir: Path
) -> None:
    # Given two lines ticked, one ticked and unticked
    window = prepare(qtbot, desk)
    last = window.checklist.count() - 1
    for row in (0, 2, last, last):
        tick(qtbot, window, row)
    assert ticked_rows(window) == [0, 2]
    ticked = window.checked_items
    assert len(ticked) == 2 and ticked[0].startswith("bring-0-") and ticked[1].startswith("bring-2-")
    assert (data_dir / "preparation" / f"{MATERIAL}.json").is_file()

    # When the app goes away without any goodbye (the ticks were saved as they were made) ...
    close_desk(desk)
    again = open_desk(qapp, data_dir)
    try:
        # ... the page shows the same ticks, and the other material none
        reopened = prepare(qtbot, again)
        assert ticked_rows(reopened) == [0, 2]
        assert reopened.checked_items == ticked
        reopened.backRequested.emit()
        assert ticked_rows(prepare(qtbot, again, "hardware")) == []
    finally:
        close_desk(again)


def test_a_line_edited_in_the_material_since_is_not_ticked_but_the_others_are(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "materials" / MATERIAL
    shutil.copytree(MATERIALS / MATERIAL, folder)
    desk = open_desk(qapp, data_dir, tmp_path / "materials")
    try:
        window = prepare(qtbot, desk)
        tick(qtbot, window, 0)
        tick(qtbot, window, 1)
        assert ticked_rows(window) == [0, 1]
    finally:
        close_desk(desk)
    material_file = folder / "material.yaml"
    text = material_file.read_text(encoding="utf-8")
    material_file.write_text(text.replace("- papir/papkort", "- papir, papkort og tape"), encoding="utf-8")

    desk = open_desk(qapp, data_dir, tmp_path / "materials")
    try:
        window = prepare(qtbot, desk)
        assert window.checklist.item(1).text().endswith("papir, papkort og tape")
        assert ticked_rows(window) == [0]
    finally:
        close_desk(desk)


def test_ticks_that_cannot_be_saved_are_kept_on_the_page_and_it_says_so(
    qtbot: QtBot, desk: DialogDesk, data_dir: Path
) -> None:
    # A file where the folder should be: as good as a read-only disk (and root cannot write past it)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "preparation").write_text("not a folder", encoding="utf-8")
    window = prepare(qtbot, desk)
    message = window.checklist_box.message
    assert not message.isVisible()

    tick(qtbot, window, 0)

    assert ticked_rows(window) == [0]
    assert message.isVisible()
    assert message.text() == QCoreApplication.translate(
        "PreparationWindow", "Ticks are not saved (%1): they will be gone if DialogDesk closes."
    ).replace("%1", QCoreApplication.translate("PreparationWindow", "the data folder cannot be written"))
    assert message.height() <= 2 * message.fontMetrics().lineSpacing() + 4  # one line (two if narrow)


def test_a_damaged_ticks_file_opens_the_page_unticked_and_the_next_tick_replaces_it(
    qtbot: QtBot, desk: DialogDesk, data_dir: Path
) -> None:
    saved = data_dir / "preparation" / f"{MATERIAL}.json"
    saved.parent.mkdir(parents=True)
    saved.write_bytes(b'{"format": "dialogdesk-preparation-ticks", "ticked": ["bring-0-')  # cut off
    window = prepare(qtbot, desk)
    assert ticked_rows(window) == []
    assert not window.checklist_box.message.isVisible()

    tick(qtbot, window, 1)

    assert json.loads(saved.read_text(encoding="utf-8"))["ticked"] == window.checked_items
    assert len(window.checked_items) == 1 and window.checked_items[0].startswith("bring-1-")


# --- the day's participants and time ---------------------------------------------------------------
def test_a_participant_count_outside_the_material_range_shows_a_warning(
    qtbot: QtBot, desk: DialogDesk
) -> None:
    window = prepare(qtbot, desk)
    assert window.participants.value() == 12
    assert window.participants_warning.text() == ""
    for typed, warned in [("3", True), ("4", False), ("14", False), ("20", False), ("21", True), ("1", True)]:
        type_into(qtbot, window.participants, typed)
        assert window.participants.value() == int(typed)
        if warned:
            assert "4–20" in window.participants_warning.text(), typed
            assert window.participants_warning.isVisible()
        else:
            assert window.participants_warning.text() == "", typed


def test_other_available_minutes_give_a_proposal_that_adds_up_and_keeps_the_two_minute_floor(
    qtbot: QtBot, desk: DialogDesk
) -> None:
    window = prepare(qtbot, desk)
    planned = [step.minutes for step in window.loaded.material.steps]
    assert window.minutes.value() == sum(planned) == 45
    assert shown_proposal(window) == planned
    assert not window.use_proposal.isEnabled() and not window.use_proposal.isChecked()

    type_into(qtbot, window.minutes, "60")
    assert shown_proposal(window) == window.proposal() == [7, 11, 16, 9, 17]
    assert window.use_proposal.isEnabled() and window.use_proposal.isChecked()

    # Down to the shortest time the page allows, a minute at a time, then up past the plan
    seen = []
    for key, presses in [(Qt.Key.Key_Down, 60 - 10), (Qt.Key.Key_Up, 90 - 10)]:
        for _ in range(presses):
            qtbot.keyClick(window.minutes, key)
            available = window.minutes.value()
            proposal = shown_proposal(window)
            assert proposal == window.proposal()
            assert sum(proposal) == pytest.approx(available), available
            assert min(proposal) >= 2, (available, proposal)
            assert window.use_proposal.isChecked() == (proposal != planned), available
            seen.append(available)
            if available == 10:
                assert proposal == [2, 2, 2, 2, 2]
    assert min(seen) == 10 and max(seen) == 90


def test_starting_with_the_proposal_accepted_gives_the_session_those_step_lengths(
    qtbot: QtBot, desk: DialogDesk
) -> None:
    window = prepare(qtbot, desk)
    type_into(qtbot, window.minutes, "30")
    proposal = window.proposal()
    assert proposal == shown_proposal(window) and sum(proposal) == 30
    assert window.use_proposal.isChecked()

    click(qtbot, window.start_button)

    assert desk.running is not None
    state = desk.running.controller.state
    assert [step.countdown.duration_ns for step in state.steps] == [
        round(minutes * 60 * 10**9) for minutes in proposal
    ]
    assert state.setup.available_minutes == 30
    qtbot.keyClick(desk.running.presenter, Qt.Key.Key_F5)  # start the dialogue
    assert desk.running.presenter.countdown_label.text() == f"{proposal[0]:02.0f}:00"
    assert desk.running.audience.step_page.countdown_label.text() == f"{proposal[0]:02.0f}:00"


def test_unticking_the_proposal_keeps_the_material_step_lengths(qtbot: QtBot, desk: DialogDesk) -> None:
    window = prepare(qtbot, desk)
    type_into(qtbot, window.minutes, "30")
    box = window.use_proposal
    indicator = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth)
    click(qtbot, box, QPoint(indicator // 2, box.height() // 2))
    assert not box.isChecked()

    click(qtbot, window.start_button)

    assert desk.running is not None
    durations = [step.countdown.duration_ns for step in desk.running.controller.state.steps]
    assert durations == [step.minutes * 60 * 10**9 for step in window.loaded.material.steps]


# --- media -----------------------------------------------------------------------------------------
def test_the_media_check_names_the_missing_film_and_where_to_get_it(qtbot: QtBot, desk: DialogDesk) -> None:
    window = prepare(qtbot, desk)
    film = window.loaded.material.media[0]
    assert film.file is not None and not window.loaded.media_path(film.file).exists()
    qtbot.waitUntil(lambda: film.id in window.media_panel.results, timeout=10_000)
    row = window.media_panel.rows[film.id]
    assert FILM_URL in row.status.text()
    assert not window.media_panel.results[film.id].playable
    assert row.attach_button.isVisible()


def test_a_broken_film_beside_the_material_is_found_and_reported(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, data_dir: Path
) -> None:
    folder = tmp_path / "materials" / MATERIAL
    shutil.copytree(MATERIALS / MATERIAL, folder)
    (folder / "media").mkdir()
    (folder / "media" / "film-ringsted.mp4").write_bytes(b"\x00\x00\x00\x18ftypmp42")
    desk = open_desk(qapp, data_dir, tmp_path / "materials")
    try:
        window = prepare(qtbot, desk)
        film = window.loaded.material.media[0]
        qtbot.waitUntil(lambda: film.id in window.media_panel.results, timeout=10_000)
        # Only the first bytes of an MP4: found, but not playable, and the facilitator is told so
        assert not window.media_panel.results[film.id].playable
        assert FILM_URL not in window.media_panel.rows[film.id].status.text()
    finally:
        close_desk(desk)


# --- screens ---------------------------------------------------------------------------------------
def test_the_projector_is_preselected_and_choosing_the_laptop_is_remembered(
    qtbot: QtBot, qapp: QApplication, desk: DialogDesk, data_dir: Path
) -> None:
    window = prepare(qtbot, desk)
    assert choices(window) == ["Laptop (1366×768)", "Projector (1920×1080)"]
    assert window.screen_choice.currentText() == "Projector (1920×1080)"
    assert not (data_dir / SETTINGS_FILE).exists()

    # Open the list with the mouse, one up, Enter
    click(qtbot, window.screen_choice)
    view = window.screen_choice.view()
    qtbot.waitUntil(view.isVisible)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Return)

    assert window.screen_choice.currentText() == "Laptop (1366×768)"
    assert desk.screens.audience_screen() is screen_named(qapp, "Laptop")
    settings = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert settings["audience_screen"]["name"] == "Laptop"

    # At the next meeting the laptop is still the room's screen
    close_desk(desk)
    again = open_desk(qapp, data_dir)
    try:
        assert prepare(qtbot, again).screen_choice.currentText() == "Laptop (1366×768)"
    finally:
        close_desk(again)


def test_show_test_pattern_fills_the_projector_and_toggling_hides_it(
    qtbot: QtBot, qapp: QApplication, desk: DialogDesk
) -> None:
    window = prepare(qtbot, desk)
    projector = screen_named(qapp, "Projector")

    click(qtbot, window.test_pattern_button)

    pattern = desk.test_pattern
    assert pattern is not None
    qtbot.waitExposed(pattern)
    assert pattern.isVisible() and pattern.isFullScreen()
    assert pattern.screen() is projector
    assert pattern.geometry() == projector.geometry()
    assert window.test_pattern_button.isChecked()

    click(qtbot, window.test_pattern_button)
    assert not pattern.isVisible()
    assert not window.test_pattern_button.isChecked()


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_a_single_screen_shows_how_to_extend_the_desktop_until_the_projector_comes(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, screens: OffscreenScreens
) -> None:
    screens.set(LAPTOP)
    desk = open_desk(qapp, data_dir)
    try:
        window = prepare(qtbot, desk)
        hint = QCoreApplication.translate("ScreenManager", mirrored_hint_for(sys.platform))
        assert window.screen_hint.text() == hint
        assert "extend" in hint
        assert choices(window) == ["Laptop (1366×768)"]

        # The projector cable goes in while the page is open: the projector is offered and chosen
        screens.set(LAPTOP, PROJECTOR)
        qtbot.waitUntil(lambda: window.screen_choice.currentText() == "Projector (1920×1080)")
        assert choices(window) == ["Laptop (1366×768)", "Projector (1920×1080)"]
        assert window.screen_hint.text() != hint
    finally:
        close_desk(desk)


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_a_mirrored_projector_shows_how_to_extend_the_desktop(
    qtbot: QtBot, qapp: QApplication, data_dir: Path, screens: OffscreenScreens
) -> None:
    screens.set(LAPTOP, MIRRORED_PROJECTOR)
    desk = open_desk(qapp, data_dir)
    try:
        window = prepare(qtbot, desk)
        hint = QCoreApplication.translate("ScreenManager", mirrored_hint_for(sys.platform))
        assert window.screen_hint.text() == hint
        assert desk.screens.audience_screen() is None
    finally:
        close_desk(desk)


# --- the remote --------------------------------------------------------------------------------------
def test_the_clicker_check_shows_the_last_key_and_what_it_does(qtbot: QtBot, desk: DialogDesk) -> None:
    window = prepare(qtbot, desk)
    label = window.clicker_label
    for key, shown in [
        (Qt.Key.Key_PageDown, "Last key: PageDown → Next step"),
        (Qt.Key.Key_PageUp, "Last key: PageUp → Previous step"),
        (Qt.Key.Key_F5, "Last key: F5 → Start, pause, resume"),
        (Qt.Key.Key_B, "Last key: B → Black audience screen (press again to show)"),
        (Qt.Key.Key_Right, "Last key: → → Next step"),
    ]:
        remote(window, key)
        assert label.text() == shown
    remote(window, Qt.Key.Key_Q)
    assert "→" not in label.text()
    assert label.text().endswith(QCoreApplication.translate("PreparationWindow", " (not used)"))
    assert desk.running is None  # checking the remote starts nothing


def test_on_a_danish_screen_the_clicker_check_says_what_the_key_does_in_danish(
    qtbot: QtBot, qapp: QApplication, data_dir: Path
) -> None:
    translator = install_translator(qapp, "da")
    assert translator is not None, "the Danish .qm did not load"
    desk = open_desk(qapp, data_dir)
    try:
        window = prepare(qtbot, desk)
        remote(window, Qt.Key.Key_PageDown)
        assert window.clicker_label.text().startswith("Sidste tast: ")
        assert window.clicker_label.text().endswith(" → Næste trin")
        remote(window, Qt.Key.Key_F7)
        assert window.clicker_label.text().endswith(" → Byt facilitator- og deltagerskærm")
        assert "swap_screens" not in window.clicker_label.text()
    finally:
        close_desk(desk)
        remove_translator(qapp, translator)
        install_translator(qapp, "en")


def test_checking_the_remote_does_not_change_the_days_participants_or_minutes(
    qtbot: QtBot, desk: DialogDesk
) -> None:
    """The facilitator types the day's facts, then tries the remote's buttons.

    The remote's keys reach the field that still has the focus: PageDown/PageUp step a spin box
    by ten, so 14 participants silently become 4 (inside 4-20: no warning) and 60 minutes 70.
    """
    window = prepare(qtbot, desk)
    type_into(qtbot, window.participants, "14")
    remote(window, Qt.Key.Key_PageDown)
    assert window.clicker_label.text().endswith("→ Next step")
    type_into(qtbot, window.minutes, "60")
    remote(window, Qt.Key.Key_PageUp)
    assert window.clicker_label.text().endswith("→ Previous step")

    assert (window.participants.value(), window.minutes.value()) == (14, 60)


# --- start -----------------------------------------------------------------------------------------
def test_start_opens_the_session_on_both_screens_with_the_days_participants(
    qtbot: QtBot, qapp: QApplication, desk: DialogDesk
) -> None:
    window = prepare(qtbot, desk)
    type_into(qtbot, window.participants, "14")

    click(qtbot, window.start_button)

    running = desk.running
    assert running is not None
    qtbot.waitExposed(running.audience)
    assert not window.isVisible() and not desk.window.isVisible()
    state = running.controller.state
    assert state.setup.participants == 14
    assert state.setup.material_id == MATERIAL
    assert state.phase is SessionPhase.PREPARATION
    projector = screen_named(qapp, "Projector")
    assert running.audience.screen() is projector and running.audience.isFullScreen()
    assert running.audience.geometry() == projector.geometry()
    assert running.presenter.isVisible() and running.presenter.screen().name() == "Laptop"
    assert running.audience.step_page.step_label.text() == window.loaded.material.title

    # The day's count matters: with more than 12 the presenter sees the "pluk" tip at Trin 2
    qtbot.keyClick(running.presenter, Qt.Key.Key_F5)
    qtbot.keyClick(running.presenter, Qt.Key.Key_PageDown)
    assert running.controller.state.current == 1
    assert "pluk" in running.presenter.tips_label.text()


def test_after_start_the_presenter_thumbnail_shows_what_the_room_sees(qtbot: QtBot, desk: DialogDesk) -> None:
    """The presenter's "The room sees" is a picture of the audience view.

    The presenter's render_state runs before the audience's (it connected first) and takes the
    picture then, so after a key press it shows the room's previous picture until the next
    repaint tick (200 ms): black screen on, the thumbnail still shows the step.
    """
    window = prepare(qtbot, desk)
    click(qtbot, window.start_button)
    running = desk.running
    assert running is not None
    qtbot.waitExposed(running.audience)
    running.controller.stop_repaints()  # no 200 ms tick to paper over it while the test looks

    def room_picture() -> object:
        picture = running.audience.grab()
        inside = THUMBNAIL_WIDTH - 2 * THUMBNAIL_BORDER_PX  # the picture sits inside its frame
        return picture.scaledToWidth(inside, Qt.TransformationMode.SmoothTransformation).toImage()

    qtbot.keyClick(running.presenter, Qt.Key.Key_F5)
    qtbot.keyClick(running.presenter, Qt.Key.Key_B)
    assert running.audience.current_page() is running.audience.blank_page

    def thumbnail_follows() -> None:
        thumbnail = running.presenter.thumbnail.pixmap().toImage()
        assert thumbnail == room_picture(), "the thumbnail still shows the step while the room sees black"

    qtbot.waitUntil(thumbnail_follows, timeout=150)  # well before the next tick would have come
