"""The one place the UI names its Qt binding (Anki's ``aqt.qt`` pattern).

Widgets import ``from thucongvu.ui.qt import *`` or named classes from here,
never PySide6 directly, so a later binding change touches one file.
"""

from __future__ import annotations

from PySide6.QtCore import *  # noqa: F401,F403
from PySide6.QtGui import *  # noqa: F401,F403
from PySide6.QtWidgets import *  # noqa: F401,F403
from PySide6.QtCore import Signal, Slot, Property  # noqa: F401  (explicit for readers)


def tr(text: str, context: str = "ThuCongVu") -> str:
    """Translate a Vietnamese source string outside a QObject (module-level strings)."""
    return QCoreApplication.translate(context, text)  # noqa: F405
