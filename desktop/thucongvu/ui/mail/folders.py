"""Accounts and folders tree with unread counts: the unit mailbox and personal mailboxes side by side.

Built from ``services.mailbox.folders()``; ``refresh()`` rebuilds the counts in
place (a handful of rows), keeping the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QFont, QIcon, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QStyle

from thucongvu.ui.mail.readonly import lock_icon

FOLDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ACCOUNT_ROLE = Qt.ItemDataRole.UserRole + 2
UNREAD_ROLE = Qt.ItemDataRole.UserRole + 3
READ_ONLY_ROLE = Qt.ItemDataRole.UserRole + 4  # the account is a leader's read-only view of the unit mailbox

_ROLE_NAMES = {
    "inbox": "Hộp thư đến", "sent": "Đã gửi", "drafts": "Thư nháp", "trash": "Thùng rác",
    "junk": "Thư rác", "archive": "Lưu trữ", "flagged": "Có gắn cờ", "all": "Tất cả thư",
}
_NAME_ROLES = {"inbox": "inbox", "sent": "sent", "sent items": "sent", "sent messages": "sent", "drafts": "drafts",
               "trash": "trash", "deleted items": "trash", "junk": "junk", "spam": "junk", "archive": "archive"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("FolderTree", text)


def display_name(name: str, role: str | None, leaf: str) -> str:
    role = role or _NAME_ROLES.get(name.casefold())
    return _tr(_ROLE_NAMES[role]) if role in _ROLE_NAMES else leaf


class FolderModel(QStandardItemModel):
    def __init__(self, mailbox, parent=None):
        super().__init__(parent)
        self.mailbox = mailbox
        self.setHorizontalHeaderLabels([_tr("Thư mục")])
        self._items: dict[int, QStandardItem] = {}
        self._locks: dict[int, tuple[bool, bool]] = {}  # read-only markers shown (a change rebuilds the tree)
        self.refresh()

    def refresh(self, force: bool = False) -> bool:
        """Updates the counts in place; rebuilds (returns True) when folders appeared or vanished, or ``force``
        or a read-only marker changed (an account's role, or the server's rights after a sync)."""
        folders = self.mailbox.folders()
        known = {f.id for f in folders}
        locks = {f.id: (f.read_only, f.account_read_only) for f in folders}
        if force or set(self._items) != known or locks != self._locks:
            self._locks = locks
            self._rebuild(folders)
            return True
        for f in folders:
            self._set_counts(self._items[f.id], f.unread, f.total)
        return False

    def _rebuild(self, folders) -> None:
        self.clear()
        self.setHorizontalHeaderLabels([_tr("Thư mục")])
        self._items.clear()
        style = QApplication.style()
        accounts: dict[int, QStandardItem] = {}
        parents: dict[tuple[int, str], QStandardItem] = {}
        for f in folders:
            top = accounts.get(f.account_id)
            if top is None:
                label = _tr("Hộp thư đơn vị") if f.unit_mailbox else _tr("Hộp thư cá nhân")
                if f.account_read_only:  # said before the address, which the tree may cut off
                    label += " · " + _tr("chỉ đọc")
                label += " — " + f.account
                top = QStandardItem(label)
                top.setEditable(False)
                top.setSelectable(False)
                font = QFont()
                font.setBold(True)
                top.setFont(font)
                tip = f"{f.account_name} <{f.account}>" if f.account_name else f.account
                if f.account_read_only:
                    tip += "\n" + _tr("Chỉ đọc — hộp thư đơn vị (lãnh đạo)")
                top.setToolTip(tip)
                top.setData(f.account, ACCOUNT_ROLE)
                top.setData(f.account_read_only, READ_ONLY_ROLE)
                if f.account_read_only:
                    top.setIcon(lock_icon())  # a leader's view: read, never move or delete
                else:
                    top.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_DriveNetIcon if f.unit_mailbox
                                                   else QStyle.StandardPixmap.SP_DirHomeIcon))
                self.appendRow(top)
                accounts[f.account_id] = top
            parent = top
            if f.delimiter and f.delimiter in f.name:
                parent_name = f.name.rsplit(f.delimiter, 1)[0]
                parent = parents.get((f.account_id, parent_name), top)
            item = QStandardItem(display_name(f.name, f.role, f.leaf))
            item.setEditable(False)
            item.setData(f.id, FOLDER_ID_ROLE)
            item.setData(f.account, ACCOUNT_ROLE)
            item.setData(f.name, Qt.ItemDataRole.ToolTipRole)
            item.setData(f.read_only, READ_ONLY_ROLE)
            if f.read_only and not f.account_read_only:  # a shared folder the server lets us only read
                item.setIcon(lock_icon())
            else:
                item.setIcon(QIcon.fromTheme("folder", style.standardIcon(QStyle.StandardPixmap.SP_DirIcon)))
            item.setData(display_name(f.name, f.role, f.leaf), Qt.ItemDataRole.UserRole + 10)
            self._set_counts(item, f.unread, f.total)
            parent.appendRow(item)
            parents[(f.account_id, f.name)] = item
            self._items[f.id] = item

    def _set_counts(self, item: QStandardItem, unread: int, total: int) -> None:
        base = item.data(Qt.ItemDataRole.UserRole + 10)
        item.setText(f"{base} ({unread})" if unread else base)
        item.setData(unread, UNREAD_ROLE)
        font = item.font()
        font.setBold(unread > 0)
        item.setFont(font)

    def index_of_folder(self, folder_id: int) -> QModelIndex:
        item = self._items.get(folder_id)
        return item.index() if item is not None else QModelIndex()

    def first_inbox(self) -> QModelIndex:
        for f in self.mailbox.folders():
            if (f.role == "inbox" or f.name.upper() == "INBOX") and f.id in self._items:
                return self._items[f.id].index()
        return next((i.index() for i in self._items.values()), QModelIndex())


if False:  # pragma: no cover - source strings for pyside6-lupdate (the names above are looked up at run time)
    QCoreApplication.translate("FolderTree", "Hộp thư đến")
    QCoreApplication.translate("FolderTree", "Đã gửi")
    QCoreApplication.translate("FolderTree", "Thư nháp")
    QCoreApplication.translate("FolderTree", "Thùng rác")
    QCoreApplication.translate("FolderTree", "Thư rác")
    QCoreApplication.translate("FolderTree", "Lưu trữ")
    QCoreApplication.translate("FolderTree", "Có gắn cờ")
    QCoreApplication.translate("FolderTree", "Tất cả thư")
    QCoreApplication.translate("FolderTree", "Hộp thư đơn vị")
    QCoreApplication.translate("FolderTree", "Hộp thư cá nhân")
    QCoreApplication.translate("FolderTree", "Thư mục")
    QCoreApplication.translate("FolderTree", "chỉ đọc")
    QCoreApplication.translate("FolderTree", "Chỉ đọc — hộp thư đơn vị (lãnh đạo)")
