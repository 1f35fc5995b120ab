"""The interface language: English (the source strings), 简体中文 or 繁體中文.

Translations are Qt ``.qm`` files shipped in ``reader/resources/translations``; Qt's own
catalogue (``qtbase_*``, for standard dialog buttons) is added when the Qt installation has it.
The choice ``system`` follows the locale: Chinese in Traditional script (zh_Hant, Taiwan, Hong
Kong, Macau) gets 繁體中文, other Chinese gets 简体中文, everything else English.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject

from reader import resources

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

SYSTEM = "system"
LANGUAGES: dict[str, str] = {"en": "English", "zh_CN": "简体中文", "zh_TW": "繁體中文"}
"""Language code → its own name, as the language menu shows it (never translated)."""

LANGUAGE_CHOICES: tuple[str, ...] = (SYSTEM, *LANGUAGES)

_TRADITIONAL_TERRITORIES = {
    QLocale.Country.Taiwan,
    QLocale.Country.HongKong,
    QLocale.Country.Macao,
}


def language_for_locale(locale: QLocale) -> str:
    """The closest language Reader has for ``locale``."""
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.script() == QLocale.Script.TraditionalHanScript:
        return "zh_TW"
    if locale.script() == QLocale.Script.SimplifiedHanScript:
        return "zh_CN"
    return "zh_TW" if locale.territory() in _TRADITIONAL_TERRITORIES else "zh_CN"


def resolve_language(choice: str | None, locale: QLocale | None = None) -> str:
    """``en``, ``zh_CN`` or ``zh_TW`` for a stored choice (``system`` or unknown → the locale's)."""
    if choice in LANGUAGES:
        return str(choice)
    return language_for_locale(locale if locale is not None else QLocale.system())


class Translations(QObject):
    """Keeps the installed translators alive and swaps them when the language changes.

    Installing a translator makes Qt send every widget a LanguageChange event; windows that
    re-apply their texts in ``changeEvent`` switch language without a restart.
    """

    def __init__(self, app: QCoreApplication, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else app)
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = "en"

    def set_language(self, choice: str | None) -> str:
        """Install the translation for ``choice``; returns the language now in force."""
        language = resolve_language(choice)
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed = []
        if language != "en":
            from PySide6.QtCore import QLibraryInfo, QTranslator  # (not needed in English)

            ours = QTranslator(self)
            if not ours.load(str(resources.translation_path(language))):
                raise resources.MissingResourceError(f"cannot load the {LANGUAGES[language]} translation")
            qt_own = QTranslator(self)
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(f"qtbase_{language}", qt_folder):
                self._installed.append(qt_own)
            self._installed.append(ours)
            for translator in self._installed:
                self._app.installTranslator(translator)
        self.language = language
        return language


TRANSLATIONS_NAME = "reader_translations"


def translations_for(app: QCoreApplication) -> Translations:
    """The application's one Translations object (a child of the app, created on first use).

    Kept on the application rather than in a module global: the translators it installs are
    the application's, and every window must see and switch the same ones.
    """
    found = app.findChild(Translations, TRANSLATIONS_NAME)
    if isinstance(found, Translations):
        return found
    created = Translations(app)
    created.setObjectName(TRANSLATIONS_NAME)
    return created


def apply_language(choice: str | None) -> str:
    """Put the chosen language in force before a window makes its texts; English if it cannot.

    Returns the language in force. Nothing is reinstalled when it is already the one chosen.
    """
    app = QCoreApplication.instance()
    if app is None:
        return "en"
    translations = translations_for(app)
    wanted = resolve_language(choice)
    if translations.language == wanted:
        return wanted
    try:
        return translations.set_language(wanted)
    except resources.MissingResourceError:
        return translations.set_language("en")
