"""An honest "coming" page for an area whose feature has not landed yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class ComingPage(QWidget):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comingPage")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(f"<h2>{title}</h2>")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge = QLabel(self.tr("Sắp có"))
        badge.setObjectName("comingBadge")
        badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        badge.setStyleSheet("QLabel#comingBadge { font-weight: bold; color: palette(highlight); }")
        text = QLabel(explanation)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setMaximumWidth(560)
        for widget in (heading, badge, text):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
