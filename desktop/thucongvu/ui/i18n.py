"""Translations: Vietnamese is the source language; English is a Qt ``.qm`` file.

``resources/translations/thucongvu_en.ts`` is compiled to ``.qm`` with
``pyside6-lrelease`` (``compile_translations`` does it when the ``.qm`` is
missing). ``install(app, "en")`` swaps the translator; widgets built
afterwards speak English (the window is rebuilt on a language change).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from thucongvu.resources import resource

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}
_state = {"lang": "vi", "translator": None, "qt": None}


def english() -> bool:
    return _state["lang"] == "en"


def current() -> str:
    return _state["lang"]


def default_language() -> str:
    name = QLocale.system().name()
    return "en" if name.startswith("en") else "vi"


def qm_path(lang: str) -> Path:
    return resource("translations", f"thucongvu_{lang}.qm")


def compile_translations() -> None:
    """Builds missing ``.qm`` files from the ``.ts`` sources with pyside6-lrelease.

    Only missing ones: after a checkout the two files' times say nothing, and
    an installed copy may be read-only. The translation scripts in
    ``resources/translations`` rebuild the ``.qm`` whenever they change a ``.ts``.
    """
    folder = resource("translations")
    for ts in folder.glob("*.ts"):
        qm = ts.with_suffix(".qm")
        if qm.exists():
            continue
        tool = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
        try:
            subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True)
        except (OSError, subprocess.CalledProcessError):
            pass  # no tool: the app stays Vietnamese, which is the source language


def install(app: QCoreApplication, lang: str) -> bool:
    """Switches the UI language; returns False when the translation is missing."""
    for key in ("translator", "qt"):
        old = _state[key]
        if old is not None:
            app.removeTranslator(old)
            _state[key] = None
    _state["lang"] = "vi"
    qt = QTranslator(app)  # Qt's own strings (dialog buttons) in the same language
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _state["qt"] = qt
    if lang == "vi":
        return True
    compile_translations()
    translator = QTranslator(app)
    if not translator.load(str(qm_path(lang))):
        return False
    app.installTranslator(translator)
    _state.update(lang=lang, translator=translator)
    return True
