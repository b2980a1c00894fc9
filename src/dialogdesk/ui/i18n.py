"""User interface language: Danish by default, English on request.

Source strings are English; ``resources/translations/dialogdesk_da.qm`` turns them Danish.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from dialogdesk.paths import resources

DEFAULT_LANGUAGE = "da"
LANGUAGES = ("da", "en")


def install_translator(app: QCoreApplication, language: str | None) -> QTranslator | None:
    """Load the translation for ``language`` into ``app``; English needs none."""
    language = language or DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English))
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(f"dialogdesk_{language}", str(resources() / "translations")):
        return None
    app.installTranslator(translator)
    return translator
