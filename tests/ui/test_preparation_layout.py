"""The preparation page fits a small laptop whatever the material holds.

A material at the limits a real one can reach (10 steps, 12 questions a step, 15 + 10 + 10
checklist lines, 120-character titles, very long Danish words) is opened from the library, as a
facilitator does, on a 1366x768 and on a 1280x720 laptop. The page must lie within the screen and
show every box, the Start button and every text whole: nothing cut off, nothing pushed out.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QScrollArea,
    QWidget,
)
from pytestqt.qtbot import QtBot

from dialogdesk.session.clock import ManualClock
from dialogdesk.ui.app import DialogDesk
from dialogdesk.ui.i18n import install_translator
from dialogdesk.ui.preparation_window import PreparationWindow
from dialogdesk.ui.wrapping import SOFT_HYPHEN
from tests.conftest import MATERIALS
from tests.offscreen_screens import OffscreenScreens

LONG_WORD = "Digitaliseringsunderstøttelsesmedarbejderkompetenceudviklingsforløbet"
EXTREME = "graense-materiale"
SMALL_LAPTOP = {"name": "Laptop", "x": 0, "y": 0, "width": 1280, "height": 720}
PROJECTOR_BESIDE_IT = {"name": "Projector", "x": 1280, "y": 0, "width": 1920, "height": 1080}


def sentence(words: int, seed: int) -> str:
    """Danish-looking text of ``words`` words with the long word in it."""
    pool = ["borgeren", "hjælp", "digitale", "løsninger", "kollegerne", "mødet", "tavlen", LONG_WORD]
    return " ".join(pool[(seed + index) % len(pool)] for index in range(words)).capitalize()


def exactly(length: int, seed: int) -> str:
    text = sentence(30, seed)
    return text[:length].rstrip() + "x" * (length - len(text[:length].rstrip()))


def extreme_material() -> dict[str, Any]:
    """The bundled forventningsafstemning, stretched to what the format allows a material."""
    source = MATERIALS / "forventningsafstemning" / "material.yaml"
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    data["id"] = EXTREME
    data["title"] = exactly(120, 7)
    prep = data["preparation"]
    prep["bring"] = [sentence(4 + index % 9, index) for index in range(15)]
    prep["room_setup"] = [sentence(6 + index % 7, index + 3) for index in range(10)]
    prep["technology"] = [{"text": sentence(5 + index % 8, index + 5)} for index in range(10)]
    for media in data["media"]:
        media["title"] = exactly(120, 2)
        media["description"] = sentence(40, 1)
    steps = data["steps"]
    for number in range(len(steps) + 1, 11):
        plain = copy.deepcopy(steps[1])
        plain.update(number=number, activities=[], media=[], board=[], tips=[])
        plain["instructions"] = [{"text": sentence(20, number)}]
        steps.append(plain)
    for index, step in enumerate(steps):
        step["title"] = exactly(120, index)
        step["dialogue_questions"] = [sentence(18, index + q) + "?" for q in range(12)]
        step["participant_questions"] = [sentence(12, index + q) + "?" for q in range(12)]
    return data


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True  # the loader refuses anchors and aliases


@pytest.fixture
def materials(tmp_path: Path) -> Path:
    folder = tmp_path / "materials" / EXTREME
    folder.mkdir(parents=True)
    text = yaml.dump(extreme_material(), Dumper=_NoAliases, allow_unicode=True, sort_keys=False, width=100)
    (folder / "material.yaml").write_text(text, encoding="utf-8")
    return folder.parent


@pytest.fixture
def desk(qapp: QApplication, data_dir: Path, materials: Path) -> Iterator[DialogDesk]:
    opened = DialogDesk(qapp, [materials], data=data_dir, clock=ManualClock())
    opened.show()
    yield opened
    if opened.preparation is not None:
        opened.preparation.backRequested.emit()
    opened.window.close()


def prepare(qtbot: QtBot, desk: DialogDesk) -> PreparationWindow:
    card = next(card for card in desk.window.cards if card.entry.id == EXTREME)
    qtbot.mouseClick(card.prepare_button, Qt.MouseButton.LeftButton)
    window = desk.preparation
    assert window is not None
    qtbot.waitExposed(window)
    window.show_earlier_agreement([f"{field}: {sentence(25, index)}" for index, field in enumerate("ABCDEF")])
    media = window.loaded.material.media
    qtbot.waitUntil(lambda: all(item.id in window.media_panel.results for item in media), timeout=10_000)
    QApplication.processEvents()  # the layout after the media check's texts
    return window


# --- what "fits" means ----------------------------------------------------------------------------
def rect_in_window(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def fully_shown(widget: QWidget, window: QWidget) -> list[str]:
    """What is wrong with how ``widget`` is shown: outside the window, scrolled away, cut off."""
    problems = []
    name = f"{type(widget).__name__} {widget.objectName() or getattr(widget, 'text', lambda: '')()!r:.60}"
    if not window.rect().contains(rect_in_window(widget, window)):
        problems.append(f"{name} at {rect_in_window(widget, window)} outside the window {window.rect()}")
    if widget.visibleRegion().boundingRect() != widget.rect():
        problems.append(
            f"{name} only partly visible: {widget.visibleRegion().boundingRect()} of {widget.rect()}"
        )
    return problems


def cut_off(widget: QWidget) -> list[str]:
    """A text widget smaller than its text needs."""
    name = f"{type(widget).__name__} {widget.objectName() or getattr(widget, 'text', lambda: '')()!r:.60}"
    needed = widget.minimumSizeHint()
    if isinstance(widget, QLabel) and widget.wordWrap():
        needed.setHeight(widget.heightForWidth(widget.width()))
        needed.setWidth(max(needed.width(), longest_word(widget)))
    elif isinstance(widget, QAbstractButton):
        needed = widget.sizeHint()
    if widget.width() < needed.width() or widget.height() < needed.height():
        return [f"{name} is {widget.size().toTuple()} but needs {needed.toTuple()}"]
    return []


def longest_word(label: QLabel) -> int:
    words = label.text().replace(SOFT_HYPHEN, " ").split()
    return max((label.fontMetrics().horizontalAdvance(word) for word in words), default=0)


def shown_texts(window: QWidget) -> list[QWidget]:
    """The page's labels, buttons and fields (not the insides of lists and scrolling texts)."""
    kinds = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox)
    return [
        widget
        for widget in window.findChildren(QWidget)
        if isinstance(widget, kinds) and widget.isVisible() and not _scrolls_by_design(widget)
    ]


def _scrolls_by_design(widget: QWidget) -> bool:
    """Inside the checklist, a drop-down, or the agreement text that scrolls when it is long."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView | QComboBox) or parent.objectName() == "earlierAgreement":
            return True
        parent = parent.parentWidget()
    return False


def agreement_problems(window: PreparationWindow) -> list[str]:
    """A long agreement can be scrolled to its end."""
    area = window.earlier_box.findChild(QScrollArea, "earlierAgreement")
    assert area is not None
    label = window.earlier_label
    hidden = label.heightForWidth(area.viewport().width()) - area.viewport().height()
    if hidden > 0 and not (
        area.verticalScrollBar().isVisible() and area.verticalScrollBar().maximum() >= hidden
    ):
        return [f"the agreement's last {hidden} px cannot be scrolled to"]
    if label.width() > area.viewport().width():
        return [f"the agreement is {label.width()} px wide in {area.viewport().width()} px"]
    return []


def checklist_problems(window: PreparationWindow) -> list[str]:
    """Every checklist line can be read whole: no word wider than the list, no sideways scrolling."""
    checklist = window.checklist
    metrics = checklist.fontMetrics()
    room = checklist.viewport().width() - 40  # the tick box and the margins
    problems = []
    for row in range(checklist.count()):
        for word in checklist.item(row).text().replace(SOFT_HYPHEN, " ").split():
            if metrics.horizontalAdvance(word) > room:
                problems.append(f"line {row}: {word!r} is wider than the list ({room} px)")
    return problems


def check_fits(window: PreparationWindow, laptop: QRect) -> None:
    assert laptop.contains(window.frameGeometry()), (window.frameGeometry(), laptop)
    hint = window.minimumSizeHint()
    assert hint.width() <= laptop.width() and hint.height() <= laptop.height(), (hint, laptop)
    problems: list[str] = []
    for box in [*window.findChildren(QGroupBox), window.start_button]:
        if box.isVisible():
            problems += fully_shown(box, window)
    for widget in shown_texts(window):
        problems += fully_shown(widget, window) + cut_off(widget)
    problems += checklist_problems(window) + agreement_problems(window)
    assert not problems, "\n".join(problems)


@pytest.fixture(params=["da", "en"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Danish (the default, and the longer words) and English."""
    translator = install_translator(qapp, request.param)
    assert translator is not None or request.param == "en"
    yield request.param
    if translator is not None:
        qapp.removeTranslator(translator)
    install_translator(qapp, "en")


# --- the two laptops ------------------------------------------------------------------------------
def test_the_page_fits_a_1366x768_laptop_with_a_material_at_its_limits(
    qtbot: QtBot, qapp: QApplication, language: str, desk: DialogDesk
) -> None:
    window = prepare(qtbot, desk)
    laptop = next(screen for screen in qapp.screens() if screen.name() == "Laptop")
    assert laptop.size().toTuple() == (1366, 768)
    assert window.screen() is laptop and window.isMaximized()
    check_fits(window, laptop.availableGeometry())


@pytest.mark.linux_only
@pytest.mark.skipif(sys.platform != "linux", reason="simulated screens: Itanium C++ ABI")
def test_the_page_fits_a_1280x720_laptop_with_a_material_at_its_limits(
    qtbot: QtBot,
    qapp: QApplication,
    language: str,
    screens: OffscreenScreens,
    data_dir: Path,
    materials: Path,
) -> None:
    screens.set(SMALL_LAPTOP, PROJECTOR_BESIDE_IT)
    desk = DialogDesk(qapp, [materials], data=data_dir, clock=ManualClock())
    desk.show()
    try:
        window = prepare(qtbot, desk)
        laptop = screens.screen("Laptop")
        assert window.screen() is laptop and window.isMaximized()
        check_fits(window, laptop.availableGeometry())
    finally:
        if desk.preparation is not None:
            desk.preparation.backRequested.emit()
        desk.window.close()
