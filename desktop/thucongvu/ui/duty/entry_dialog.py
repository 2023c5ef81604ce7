"""Editing one register entry: the clerk confirms or corrects what was pre-filled.

The number, year and received date are shown but never editable (the register's
rule); the rest goes back through ``IncomingRegister.update`` on the "db" lane.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel,
                               QLineEdit, QPlainTextEdit)

from thucongvu.duty.register import STATUSES


class EntryDialog(QDialog):
    def __init__(self, entry, parent=None):
        super().__init__(parent)
        self.entry = entry
        self.setWindowTitle(self.tr("Số đến %1").replace("%1", f"{entry.number}/{entry.year}"))
        form = QFormLayout(self)
        form.addRow(self.tr("Ngày đến:"), QLabel(entry.received_at.strftime("%d/%m/%Y %H:%M"), self))
        self.sender = QLineEdit(entry.sender, self)
        self.doc_number = QLineEdit(entry.doc_number, self)
        self.has_date = QCheckBox(self.tr("Có ngày văn bản"), self)
        self.doc_date = QDateEdit(self, calendarPopup=True)
        self.doc_date.setDisplayFormat("dd/MM/yyyy")
        self.has_date.setChecked(bool(entry.doc_date))
        if entry.doc_date:
            self.doc_date.setDate(QDate.fromString(entry.doc_date, "yyyy-MM-dd"))
        else:
            self.doc_date.setDate(QDate.fromString(entry.received_at.strftime("%Y-%m-%d"), "yyyy-MM-dd"))
        self.doc_date.setEnabled(self.has_date.isChecked())
        self.has_date.toggled.connect(self.doc_date.setEnabled)
        self.summary = QPlainTextEdit(entry.summary, self)
        self.summary.setFixedHeight(70)
        self.recipient = QLineEdit(entry.recipient, self)
        self.status = QComboBox(self)
        for key, label in STATUSES.items():
            self.status.addItem(label, key)
        self.status.setCurrentIndex(self.status.findData(entry.status))
        self.note = QLineEdit(entry.note, self)
        form.addRow(self.tr("Tác giả/Cơ quan gửi:"), self.sender)
        form.addRow(self.tr("Số, ký hiệu:"), self.doc_number)
        form.addRow(self.has_date, self.doc_date)
        form.addRow(self.tr("Trích yếu:"), self.summary)
        form.addRow(self.tr("Người nhận/Đơn vị nhận:"), self.recipient)
        form.addRow(self.tr("Tình trạng:"), self.status)
        form.addRow(self.tr("Ghi chú:"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict:
        """The edited fields, only those that changed (ready for IncomingRegister.update)."""
        new = {
            "sender": self.sender.text().strip(),
            "doc_number": self.doc_number.text().strip(),
            "doc_date": self.doc_date.date().toString("yyyy-MM-dd") if self.has_date.isChecked() else "",
            "summary": " ".join(self.summary.toPlainText().split()),
            "recipient": self.recipient.text().strip(),
            "status": self.status.currentData(),
            "note": self.note.text().strip(),
        }
        return {k: v for k, v in new.items() if v != getattr(self.entry, k)}
