"""The material library window, as a facilitator sees it, in Danish and in English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, QRect, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from dialogdesk.materials.catalog import MaterialCatalog
from dialogdesk.paths import resources
from dialogdesk.ui.i18n import install_translator, remove_translator
from dialogdesk.ui.library_window import LibraryWindow
from tests.conftest import MATERIALS


@pytest.fixture
def danish(qapp: QApplication) -> QTranslator:
    translator = install_translator(qapp, "da")
    assert translator is not None, "the Danish .qm did not load"
    yield translator
    remove_translator(qapp, translator)


def test_one_card_per_material_with_the_facts_in_danish(qtbot: QtBot, danish: QTranslator) -> None:
    window = LibraryWindow(MaterialCatalog.scan([MATERIALS]))
    qtbot.addWidget(window)
    window.show()

    facts = {card.title_label.text(): card.facts_label.text() for card in window.cards}
    assert facts == {
        "Forventningsafstemning om digital hjælp": "45–60 min. · 4–20 deltagere · 5 trin · Film",
        "Hjælp med borgernes hardware": "45 min. · 4–20 deltagere · 4 trin · Skriftlig case",
        "Viden på tværs af offentlige systemer og it-løsninger": (
            "60 min. · 4–20 deltagere · 5 trin · Podcast"
        ),
    }
    assert window.windowTitle() == "DialogDesk – dialogmaterialer"
    assert not window.error_label.isVisible()


def test_english_on_request(qtbot: QtBot) -> None:
    install_translator(QCoreApplication.instance(), "en")
    window = LibraryWindow(MaterialCatalog.scan([MATERIALS / "hardware"]))
    qtbot.addWidget(window)
    assert window.cards[0].facts_label.text() == "45 min · 4–20 participants · 4 steps · Written case"


def test_about_shows_the_project_context(qtbot: QtBot, danish: QTranslator) -> None:
    window = LibraryWindow(MaterialCatalog.scan([MATERIALS]))
    qtbot.addWidget(window)
    text = window.about_text()
    assert "Hjælp til digitalt udfordrede borgere" in text
    assert "Fremfærd Borger" in text
    assert "Digital fuldmagt" in text


def test_a_broken_material_is_named_with_file_and_line(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "good").mkdir()
    (tmp_path / "good" / "material.yaml").write_bytes((MATERIALS / "hardware" / "material.yaml").read_bytes())
    broken = tmp_path / "broken.yaml"
    broken.write_text("id: broken\ntitle: [unclosed\n", encoding="utf-8")

    window = LibraryWindow(MaterialCatalog.scan([tmp_path]))
    qtbot.addWidget(window)
    window.show()

    assert len(window.cards) == 1
    assert window.error_label.isVisible()
    assert f"{broken}:2:8: invalid YAML" in window.error_label.text()


def test_every_interface_string_has_a_danish_translation() -> None:
    ts = (resources() / "translations" / "dialogdesk_da.ts").read_text(encoding="utf-8")
    assert ts.count("<source>") > 10
    assert 'type="unfinished"' not in ts


def test_compiled_translation_matches_its_source(tmp_path: Path) -> None:
    import subprocess
    import sys

    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    compiled = tmp_path / "da.qm"
    subprocess.run(
        [
            str(lrelease),
            "-silent",
            str(resources() / "translations" / "dialogdesk_da.ts"),
            "-qm",
            str(compiled),
        ],
        check=True,
    )
    assert compiled.read_bytes() == (resources() / "translations" / "dialogdesk_da.qm").read_bytes(), (
        "run scripts/update_translations.sh"
    )


def test_on_the_laptop_every_card_is_whole_and_a_narrow_window_stacks_them(
    qapp: QApplication, qtbot: QtBot, danish: QTranslator, tmp_path: Path
) -> None:
    from dialogdesk.ui.app import DialogDesk

    desk = DialogDesk(qapp, [MATERIALS], data=tmp_path)
    window = desk.window
    qtbot.addWidget(window)
    desk.show()
    qtbot.waitExposed(window)

    def cards_are_whole() -> bool:
        viewport = window._scroll.viewport()
        return all(
            viewport.rect().contains(QRect(card.mapTo(viewport, QPoint(0, 0)), card.size()))
            for card in window.cards
        )

    # On the 1366x768 laptop the library fills the screen and shows three whole cards side by side
    assert window.geometry() == window.screen().availableGeometry()
    assert window.screen().name() == "Laptop"
    qtbot.waitUntil(lambda: window.columns == 3)
    qtbot.waitUntil(cards_are_whole)
    qtbot.waitUntil(lambda: not window._scroll.horizontalScrollBar().isVisible())
    assert len({card.y() for card in window.cards}) == 1  # side by side

    # A narrow window stacks them instead of cutting one off at the side
    window.showNormal()
    window.resize(560, 700)
    qtbot.waitUntil(lambda: window.columns == 1)
    qtbot.waitUntil(lambda: len({card.y() for card in window.cards}) == 3)  # one below the other
    qtbot.waitUntil(lambda: not window._scroll.horizontalScrollBar().isVisible())
    assert all(card.width() <= window._scroll.viewport().width() for card in window.cards)
    window.close()


def test_no_width_cuts_a_card_off(
    qapp: QApplication, qtbot: QtBot, danish: QTranslator, tmp_path: Path
) -> None:
    import shutil

    from dialogdesk.materials.catalog import MaterialCatalog

    # Six cards: two rows, so that a vertical scroll bar comes and goes as the window narrows
    for copy in ("a", "b"):
        shutil.copytree(MATERIALS, tmp_path / copy)
    window = LibraryWindow(MaterialCatalog.scan([tmp_path], tmp_path / "cache.json", tmp_path / "no-seed"))
    qtbot.addWidget(window)
    window.show()
    scroll_bar = window._scroll.horizontalScrollBar()

    cut_off = []
    for width in range(520, 1500, 6):
        window.resize(width, 560)
        qapp.processEvents()
        qapp.processEvents()
        if scroll_bar.isVisible():
            cut_off.append((width, window.columns))
    assert cut_off == []
    window.close()
