"""Qt models over directory entries: a table of entries and the unit tree.

The table holds a list of ``Entry`` value objects (search results or one
unit's members: at most a few hundred rows, so no paging is needed); the tree
is built from ``UnitNode``s. Neither touches the store.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from thucongvu.directory.model import GROUP, PERSON, UNIT, Entry, UnitNode

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1
UNIT_ID_ROLE = Qt.ItemDataRole.UserRole + 2



def kind_label(kind: str) -> str:
    if kind == PERSON:
        return QCoreApplication.translate("DirectoryModel", "Cán bộ")
    if kind == UNIT:
        return QCoreApplication.translate("DirectoryModel", "Đơn vị")
    if kind == GROUP:
        return QCoreApplication.translate("DirectoryModel", "Nhóm")
    return kind


class EntryTableModel(QAbstractTableModel):
    COLUMNS = ("name", "position", "email", "phone", "unit")

    def __init__(self, parent=None):
        super().__init__(parent)
        self._entries: list[Entry] = []

    def headers(self) -> list[str]:
        return [QCoreApplication.translate("DirectoryModel", "Tên"),
                QCoreApplication.translate("DirectoryModel", "Chức vụ"),
                QCoreApplication.translate("DirectoryModel", "Thư điện tử"),
                QCoreApplication.translate("DirectoryModel", "Điện thoại"),
                QCoreApplication.translate("DirectoryModel", "Đơn vị")]

    def set_entries(self, entries: list[Entry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def entry(self, row: int) -> Entry | None:
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def entries(self) -> list[Entry]:
        return list(self._entries)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = getattr(entry, self.COLUMNS[index.column()])
            if index.column() == 1 and not value and entry.kind != PERSON:
                return kind_label(entry.kind)
            return value
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.FontRole and entry.kind != PERSON and index.column() == 0:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        return None


def build_tree_model(nodes: list[UnitNode], model: QStandardItemModel) -> None:
    """Fill ``model`` with the unit tree (one column, unit id in UNIT_ID_ROLE)."""
    model.clear()
    model.setHorizontalHeaderLabels([QCoreApplication.translate("DirectoryModel", "Đơn vị")])

    def add(parent: QStandardItem, node: UnitNode) -> None:
        item = QStandardItem(node.unit.name)
        item.setEditable(False)
        item.setData(node.unit.id, UNIT_ID_ROLE)
        if node.unit.email:
            item.setToolTip(node.unit.email)
        parent.appendRow(item)
        for child in node.children:
            add(item, child)

    root = model.invisibleRootItem()
    for node in nodes:
        add(root, node)
