"""The room's language: what the projector says follows the material, not the interface.

The app's installed translator is the interface language, for the facilitator's own windows. The
projector is the material's side of the room: an English material shows "Step 4" and "Our
agreement" there under a Danish interface, and a Danish material stays Danish under an English
one. The audience-side widgets translate through a ``RoomWords`` of the material's language,
which holds its own translator (the same ``.qm`` the interface uses) and never installs it.

Strings are written ``words.translate("Context", "English source")``: lupdate extracts every
``.translate("Context", "text")`` call, so they reach the ``.ts`` like any other string.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from dialogdesk.export.labels import step_label
from dialogdesk.materials.model import Material, Step
from dialogdesk.paths import resources
from dialogdesk.ui.i18n import DEFAULT_LANGUAGE, LANGUAGES


def room_language(material: Material) -> str:
    """The material's language when DialogDesk speaks it ('da' or 'en'); Danish otherwise."""
    return material.language if material.language in LANGUAGES else DEFAULT_LANGUAGE


class RoomWords:
    """The words the room sees, in one language; ``None`` is the interface language."""

    def __init__(self, language: str | None = None) -> None:
        self.language = language
        self._translator: QTranslator | None = None
        if language not in (None, "en"):
            translator = QTranslator()
            if translator.load(f"dialogdesk_{language}", str(resources() / "translations")):
                self._translator = translator

    def translate(self, context: str, source: str) -> str:
        """``source`` (English) in this language; the English itself where there is no translation."""
        if self.language is None:
            return QCoreApplication.translate(context, source)
        found = self._translator.translate(context, source) if self._translator is not None else ""
        return found or source

    def step_label(self, step: Step) -> str:
        """'Trin 4' or 'Step 4': the same word as the report and the drejebog use."""
        return step_label(step.number, self.language or _interface_language())

    def step_title(self, step: Step) -> str:
        """'Step 4: Find room to act'."""
        return f"{self.step_label(step)}: {step.title}"


@cache
def _words(language: str) -> RoomWords:
    return RoomWords(language)  # one translator per language, loaded once


def room_words(material: Material) -> RoomWords:
    """The words for what the room sees of ``material``."""
    return _words(room_language(material))


def _interface_language() -> str:
    # ``install_translator`` sets the default locale to the interface language.
    return "en" if QLocale().language() is QLocale.Language.English else DEFAULT_LANGUAGE


def interface_step_label(step: Step) -> str:
    """'Trin 4' or 'Step 4' in the interface language: for the facilitator's own windows."""
    return step_label(step.number, _interface_language())
