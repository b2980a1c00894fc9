"""Qt's own words on a Danish screen: the Yes/No of "Afslut sessionen?" and the file dialog."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot


@pytest.mark.usefixtures("danish")
def test_a_question_has_danish_yes_and_no(qtbot: QtBot) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Afslut sessionen?", "Afslut sessionen?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(box)

    buttons = (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)
    texts = [box.button(button).text().replace("&", "") for button in buttons]

    assert texts == ["Ja", "Nej"]


@pytest.mark.usefixtures("danish")
def test_the_file_dialog_speaks_danish(qtbot: QtBot) -> None:
    dialog = QFileDialog(None, "Gem referat")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    qtbot.addWidget(dialog)

    buttons = dialog.findChild(QDialogButtonBox)
    texts = {button.text().replace("&", "") for button in buttons.buttons()}

    assert "Annuller" in texts and "Cancel" not in texts


def test_english_again_after_danish(qtbot: QtBot) -> None:
    # The fixture removes Qt's Danish with ours: the next test's English screen has no "Ja".
    box = QMessageBox(QMessageBox.Icon.Question, "Quit?", "Quit?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes)
    qtbot.addWidget(box)

    assert box.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Yes"
