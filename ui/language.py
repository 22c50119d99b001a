"""The window's language: chosen from the environment, the settings or the system locale, and
installed as translators (ours and Qt's own, for the standard dialogs) before any widget.

The languages are planner.messages.LANGUAGES. Our translation source is the folder
ui/i18n/'s magplan_nl.ts; its compiled magplan_nl.qm is committed beside it and ships in the
package (tests/test_i18n.py checks it says what the .ts says). After changing the .ts:
.venv/bin/pyside6-lrelease ui/i18n/magplan_nl.ts -qm ui/i18n/magplan_nl.qm
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from importlib.resources import files

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from planner.messages import LANGUAGE, LANGUAGES
from ui.settings import Settings

log = logging.getLogger(__name__)

# Overrides the setting, for a screenshot or a quick look: MAGPLAN_LANG=nl magplan
ENV_LANG = "MAGPLAN_LANG"
# The package's folder of .ts and .qm files (files on disk: pip installs a wheel unpacked).
FOLDER = files("ui") / "i18n"
# The language the window's own strings are written in, so it needs no translator.
SOURCE_LANGUAGE = "en"


def locale(lang: str) -> QLocale:
    return QLocale(LANGUAGE[lang].locale)


def choose(
    settings: Settings, environ: Mapping[str, str] = os.environ, system: QLocale | None = None
) -> str:
    """One of LANGUAGES: the environment's MAGPLAN_LANG, else the setting, else the system's,
    else the first."""
    for wish in (environ.get(ENV_LANG, ""), settings.language):
        if wish in LANGUAGES:
            return wish
    system = system if system is not None else QLocale.system()
    return next(
        (lang for lang in LANGUAGES if locale(lang).language() == system.language()), LANGUAGES[0]
    )


def install(lang: str) -> list[QTranslator]:
    """Make lang (one of LANGUAGES) the application's language and locale; returns the
    translators installed (uninstall() takes them away)."""
    app = QCoreApplication.instance()
    system = QLocale.system()
    # The user's own locale when it speaks the language (their date and number habits).
    QLocale.setDefault(system if locale(lang).language() == system.language() else locale(lang))
    if lang == SOURCE_LANGUAGE or app is None:
        return []
    translators = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in ((f"magplan_{lang}", str(FOLDER)), (f"qtbase_{lang}", qt_folder)):
        translator = QTranslator(app)
        if translator.load(name, where):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("cannot load the translation %s from %s", name, where)
    return translators


def uninstall(translators: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    for translator in translators:
        app.removeTranslator(translator)
