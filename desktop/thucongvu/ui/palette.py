"""Follow the system's light or dark colour scheme (Qt ≥ 6.5 reports it through QStyleHints).

Fusion takes the platform palette where the platform theme provides one; where
it does not (a bare X11 session, Windows with Fusion) a dark scheme would
leave a light palette, so a matching dark palette is applied, and switched
back when the system changes scheme while the app runs.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor(30, 30, 30), QColor(45, 45, 45), QColor(230, 230, 230)
    for role, color in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor(38, 38, 38)),
                        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, window),
                        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, window),
                        (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.Highlight, QColor(42, 110, 190)),
                        (QPalette.ColorRole.HighlightedText, QColor(255, 255, 255)),
                        (QPalette.ColorRole.Link, QColor(110, 170, 255)), (QPalette.ColorRole.Mid, QColor(70, 70, 70)),
                        (QPalette.ColorRole.PlaceholderText, QColor(150, 150, 150))):
        p.setColor(role, color)
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor(120, 120, 120))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor(120, 120, 120))
    return p


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply(app: QApplication, scheme: Qt.ColorScheme | None = None) -> None:
    """Match the palette to ``scheme`` (default: the system's), and keep following it."""
    hints = app.styleHints()
    scheme = hints.colorScheme() if scheme is None else scheme
    current = app.palette()
    if scheme == Qt.ColorScheme.Dark and not is_dark(current):
        app.setPalette(dark_palette())
    elif scheme == Qt.ColorScheme.Light and is_dark(current):
        app.setPalette(app.style().standardPalette())
    if not getattr(app, "_tcv_follows_scheme", False):
        hints.colorSchemeChanged.connect(lambda s: apply(app, s))
        app._tcv_follows_scheme = True
