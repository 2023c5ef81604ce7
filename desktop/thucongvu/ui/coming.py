"""An honest "coming" page for an area whose feature has not landed yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget


class ComingPage(QWidget):
    def __init__(self, title: str, explanation: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("comingPage")
        column = QWidget(self)
        column.setFixedWidth(560)  # wrapped labels get their height from this width
        inner = QVBoxLayout(column)
        heading = QLabel(f"<h2>{title}</h2>")
        badge = QLabel(self.tr("Sắp có"))
        badge.setObjectName("comingBadge")
        badge.setStyleSheet("QLabel#comingBadge { font-weight: bold; color: palette(highlight); }")
        text = QLabel(explanation)
        text.setWordWrap(True)
        for label in (heading, badge, text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            inner.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
