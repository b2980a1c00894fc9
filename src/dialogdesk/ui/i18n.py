"""User interface language: Danish by default, English on request.

Source strings are English; ``resources/translations/dialogdesk_da.qm`` turns them Danish. Qt's
own words (Yes/No, the file dialog, the text field's menu) come from Qt's ``qtbase_da.qm``, which
ships with PySide6 and goes into the bundle with it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from dialogdesk.paths import resources

DEFAULT_LANGUAGE = "da"
LANGUAGES = ("da", "en")

_installed: list[QTranslator] = []  # what install_translator put on the application


def install_translator(app: QCoreApplication, language: str | None) -> QTranslator | None:
    """Load the translation for ``language`` into ``app``; English needs none."""
    language = language or DEFAULT_LANGUAGE
    for earlier in _installed:  # a new language replaces the one before, Qt's own words too
        remove_translator(app, earlier)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Danish if language == "da" else QLocale.Language.English))
    if language == "en":
        return None
    translator = QTranslator(app)
    if not translator.load(f"dialogdesk_{language}", str(resources() / "translations")):
        return None
    app.installTranslator(translator)
    qt_words = QTranslator(translator)  # removed with ours: see remove_translator
    if qt_words.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_words)
    _installed.append(translator)
    return translator


def qt_translator(translator: QTranslator) -> QTranslator | None:
    """Qt's own Danish that ``install_translator`` installed with ours, if it was found."""
    return next((child for child in translator.findChildren(QTranslator) if not child.isEmpty()), None)


def remove_translator(app: QCoreApplication, translator: QTranslator) -> None:
    """Back to English: ours and Qt's own."""
    own = qt_translator(translator)
    if own is not None:
        app.removeTranslator(own)
    app.removeTranslator(translator)
