"""Reopening saved drafts ("Mở thư nháp…"): what was typed is never lost, even after a crash.

Drafts live in the send feature's store (``mail.drafts.Drafts``); their
attachments are bytes there, so reopening writes them into a private cache
folder for the compose window, which works with files.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidget, QListWidgetItem, QVBoxLayout


def open_draft(services, stored, parent=None):
    """A compose window filled from a stored draft; it keeps updating the same draft row."""
    from thucongvu.mail.mime import safe_filename
    from thucongvu.ui.mail.compose import open_compose

    folder = Path(services.home) / "cache" / "drafts" / str(stored.id)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for att in stored.attachments:
        path = folder / safe_filename(att.name)
        path.write_bytes(att.data)
        paths.append(str(path))
    window = open_compose(services, "new", parent=parent, attachments=paths)
    index = window.sender.findData(stored.account)
    if index >= 0:
        window.sender.setCurrentIndex(index)
    window.to.setText(stored.to)
    window.cc.setText(stored.cc)
    window.subject.setText(stored.subject)
    window.body.setPlainText(stored.body)
    window.draft.in_reply_to = stored.in_reply_to or ""
    window.draft.references = stored.references or ""
    window.stored_id = stored.id
    return window


class DraftPicker(QDialog):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mở thư nháp"))
        self.services = services
        self.drafts = services.drafts().list()
        layout = QVBoxLayout(self)
        self.list = QListWidget(self)
        self.list.setObjectName("draftList")
        for d in self.drafts:
            when = datetime.fromtimestamp(d.updated_at).strftime("%d/%m/%Y %H:%M") if d.updated_at else ""
            item = QListWidgetItem(f"{d.subject or self.tr('(không có tiêu đề)')} — {d.to or '…'}  ({when})")
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            self.list.addItem(item)
        if not self.drafts:
            self.list.addItem(self.tr("Không có thư nháp nào."))
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 360)
        if self.drafts:
            self.list.setCurrentRow(0)

    def chosen(self):
        item = self.list.currentItem()
        draft_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((d for d in self.drafts if d.id == draft_id), None)
