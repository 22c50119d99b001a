"""The window's language: chosen from the environment, the settings or the system locale, and
installed as translators (ours and Qt's own, for the standard dialogs) before any widget.

Our translation source, ui/i18n/magplan_nl.ts, is kept in the repository; the compiled .qm is
built from it with the lrelease PySide6 ships, into the user's cache folder, whenever it is
missing or older than the .ts. If it cannot be built the window stays English (one log line).
"""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
import uuid
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import (QCoreApplication, QLibraryInfo, QLocale, QStandardPaths,
                            QTranslator)

from ui.settings import Settings

log = logging.getLogger(__name__)

LANGUAGES = ("en", "nl")
# Overrides the setting, for a screenshot or a quick look: MAGPLAN_LANG=nl magplan
ENV_LANG = "MAGPLAN_LANG"
SOURCE_FOLDER = Path(__file__).resolve().parent / "i18n"
LOCALES = {"nl": QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands),
           "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}


def choose(settings: Settings, environ: Mapping[str, str] = os.environ,
           system: QLocale | None = None) -> str:
    """"en" or "nl": the environment's MAGPLAN_LANG, else the setting, else the system's."""
    for wish in (environ.get(ENV_LANG, ""), settings.language):
        if wish in LANGUAGES:
            return wish
    system = system if system is not None else QLocale.system()
    return "nl" if system.language() == QLocale.Language.Dutch else "en"


def cache_folder() -> Path:
    return Path(QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.CacheLocation)) / "i18n"


def lrelease() -> list[str] | None:
    """The command that compiles a .ts: PySide6's own binary, else its wrapper script."""
    import PySide6
    package = Path(PySide6.__file__).resolve().parent
    for binary in (package / "lrelease", package / "lrelease.exe"):
        if binary.is_file() and os.access(binary, os.X_OK):
            return [str(binary)]
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")
    return [found] if found else None


def compiled(lang: str, folder: Path) -> Path | None:
    """The .qm for lang in folder, built when missing or older than the .ts; None if it
    cannot be built."""
    source = SOURCE_FOLDER / f"magplan_{lang}.ts"
    target = folder / f"magplan_{lang}.qm"
    try:
        if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
            return target
        command = lrelease()
        if command is None:
            raise OSError("no lrelease found beside Python or in the PySide6 package")
        folder.mkdir(parents=True, exist_ok=True)
        # Built under a private name and moved into place: two starts never share a half file.
        temporary = folder / f".magplan_{lang}.{uuid.uuid4().hex}.qm"
        try:
            run = subprocess.run([*command, "-silent", str(source), "-qm", str(temporary)],
                                 capture_output=True, text=True, timeout=60)
            if run.returncode != 0 or not temporary.exists():
                raise OSError((run.stderr or run.stdout).strip() or "lrelease failed")
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
    except (OSError, subprocess.SubprocessError) as err:
        log.warning("Magplan stays in English: cannot build %s (%s)", target, err)
        return None
    return target


def install(lang: str, folder: Path | None = None) -> list[QTranslator]:
    """Make lang ("en" or "nl") the application's language and locale; returns the
    translators installed (uninstall() takes them away). folder holds the built .qm (the
    cache by default)."""
    app = QCoreApplication.instance()
    system = QLocale.system()
    # The user's own locale when it speaks the language (their date and number habits).
    QLocale.setDefault(system if LOCALES[lang].language() == system.language()
                       else LOCALES[lang])
    if lang == "en" or app is None:
        return []
    translators = []
    ours = compiled(lang, folder if folder is not None else cache_folder())
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, where in ((f"magplan_{lang}", str(ours.parent) if ours else None),
                        (f"qtbase_{lang}", qt_folder)):
        translator = QTranslator(app)
        if where is not None and translator.load(name, where):
            app.installTranslator(translator)
            translators.append(translator)
        elif where is not None:
            log.warning("cannot load the translation %s from %s", name, where)
    return translators


def uninstall(translators: list[QTranslator]) -> None:
    app = QCoreApplication.instance()
    for translator in translators:
        app.removeTranslator(translator)
