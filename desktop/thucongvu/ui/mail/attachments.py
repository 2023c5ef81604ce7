"""Attachments of the shown message: icon, name, size; open and save.

Saving goes through ``mail.mime.save_attachment``, which keeps a hostile
name such as ``../../x`` inside the folder the user chose. Opening first
saves into a private cache folder, and asks before opening a program or script.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeDatabase, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QIcon
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QListWidget, QListWidgetItem,
                               QMessageBox, QPushButton, QStyle, QVBoxLayout, QWidget)

from thucongvu.ui.mail.listmodel import human_size

RISKY = {".exe", ".bat", ".cmd", ".com", ".scr", ".js", ".jse", ".vbs", ".vbe", ".ps1", ".msi", ".lnk",
         ".hta", ".jar", ".sh", ".desktop", ".appimage", ".reg", ".pif", ".cpl", ".wsf"}


class AttachmentPanel(QWidget):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.message_id = None
        self.items: list = []
        self._mimes = QMimeDatabase()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget(self)
        self.list.setObjectName("attachmentList")
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setIconSize(QSize(24, 24))
        self.list.setMaximumHeight(48)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda item: self.open(self.list.row(item)))
        layout.addWidget(self.list, 1)
        buttons = QVBoxLayout()
        self.open_button = QPushButton(self.tr("Mở"))
        self.open_button.clicked.connect(lambda: self.open(self.list.currentRow()))
        self.save_button = QPushButton(self.tr("Lưu…"))
        self.save_button.clicked.connect(self._save_clicked)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)

    def set_message(self, message_id, parsed) -> None:
        self.message_id = message_id
        self.items = list(parsed.attachments) if parsed is not None else []
        self.list.clear()
        for att in self.items:
            icon = self._icon(att.name)
            item = QListWidgetItem(icon, f"{att.name} ({human_size(att.size)})")
            item.setToolTip(f"{att.name}\n{att.content_type}\n{human_size(att.size)}")
            self.list.addItem(item)
        if self.items:
            self.list.setCurrentRow(0)
        self.setVisible(bool(self.items))

    def _icon(self, name: str) -> QIcon:
        mime = self._mimes.mimeTypeForFile(name, QMimeDatabase.MatchMode.MatchExtension)
        fallback = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        return QIcon.fromTheme(mime.iconName(), QIcon.fromTheme(mime.genericIconName(), fallback))

    def _chosen(self) -> list[int]:
        rows = sorted({self.list.row(i) for i in self.list.selectedItems()})
        return rows or list(range(len(self.items)))

    def _save_clicked(self) -> None:
        settings = self.services.settings
        start = str(settings.value("attachments/folder", str(Path.home())))
        folder = QFileDialog.getExistingDirectory(self, self.tr("Lưu tệp đính kèm vào thư mục"), start)
        if folder:
            settings.setValue("attachments/folder", folder)
            saved = self.save(self._chosen(), Path(folder))
            window = self.window()
            if hasattr(window, "statusBar"):
                text = self.tr("Đã lưu %n tệp vào %1", "", len(saved)).replace("%1", folder)
                window.statusBar().showMessage(text, 6000)

    def save(self, rows: list[int], folder: Path) -> list[Path]:
        """Saves the given attachments into ``folder``; names never escape it."""
        from thucongvu.mail.mime import save_attachment

        return [save_attachment(self.items[r], folder) for r in rows if 0 <= r < len(self.items)]

    def open(self, row: int) -> Path | None:
        if not 0 <= row < len(self.items):
            return None
        att = self.items[row]
        if Path(att.name).suffix.lower() in RISKY:
            answer = QMessageBox.warning(
                self, self.tr("Tệp có thể chạy chương trình"),
                self.tr("“%1” là chương trình hoặc tập lệnh. Chỉ mở khi bạn chắc chắn người gửi đáng tin. Vẫn mở?")
                .replace("%1", att.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return None
        folder = Path(self.services.home) / "cache" / "attachments" / str(self.message_id)
        folder.mkdir(parents=True, exist_ok=True)
        path = self.save([row], folder)[0]
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path
