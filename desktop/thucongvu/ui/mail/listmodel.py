"""The message list: ordered ids in memory, rows fetched a page at a time (Anki's browser model).

A folder of 100,000 messages costs one list of ints; the view asks ``data``
only for visible rows, which loads their page (``PAGE`` rows, one SQL query)
into a bounded cache. Sorting asks the store for a new id order (an indexed
query), never a proxy over every row. Cheap roles (alignment, header) never
touch the store.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QStyle

PAGE = 128
MAX_PAGES = 64


class Roles(IntEnum):
    MessageId = Qt.ItemDataRole.UserRole + 1
    Row = Qt.ItemDataRole.UserRole + 2
    Seen = Qt.ItemDataRole.UserRole + 3


class Column(IntEnum):
    Status = 0
    From = 1
    Subject = 2
    Date = 3
    Size = 4


SORT_KEYS = {Column.From: "from", Column.Subject: "subject", Column.Date: "date", Column.Size: "size"}
_HEADERS = {Column.Status: "", Column.From: "Người gửi", Column.Subject: "Tiêu đề", Column.Date: "Ngày",
            Column.Size: "Cỡ"}


def human_size(size: int | None) -> str:
    if not size:
        return ""
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1024 / 1024:.1f} MB"


def short_date(ts: float | None, now: float | None = None) -> str:
    if ts is None:
        return ""
    d = datetime.fromtimestamp(ts)
    today = datetime.fromtimestamp(now if now is not None else time.time()).date()
    return d.strftime("%H:%M") if d.date() == today else d.strftime("%d/%m/%Y %H:%M")


class MessageListModel(QAbstractTableModel):
    loading_changed = Signal(bool)  # the id order is being fetched off the GUI thread

    def __init__(self, mailbox, parent=None, tasks=None):
        super().__init__(parent)
        self.mailbox = mailbox
        self.tasks = tasks  # when given, id orders are fetched off the GUI thread
        self._generation = 0
        self.loading = False
        self.folder_id: int | None = None
        self.query = ""
        self.order = "date"
        self.descending = True
        self._ids: list[int] = []
        self._pages: OrderedDict[int, list] = OrderedDict()
        self._positions: dict[int, int] | None = None
        self.page_loads = 0  # for tests and benchmarks: how many page queries ran
        self._bold = QFont()
        self._bold.setBold(True)
        style = QApplication.style()
        self._clip = style.standardIcon(QStyle.StandardPixmap.SP_FileLinkIcon)

    # -- what is listed -----------------------------------------------------------
    def load_folder(self, folder_id: int | None, on_done=None) -> None:
        self.folder_id = folder_id
        self.query = ""
        self.reload(on_done)

    def set_query(self, query: str, on_done=None) -> None:
        self.query = query.strip()
        self.reload(on_done)

    def reload(self, on_done=None) -> None:
        """Fetches the id order again (after a sync, a search or a sort) and drops the cache.

        With ``tasks`` the query runs off the GUI thread and the list keeps
        showing the old order until the new one arrives; a newer request
        supersedes an older one.
        """
        self._generation += 1
        generation = self._generation
        folder_id, query, order, descending = self.folder_id, self.query, self.order, self.descending

        def fetch() -> list[int]:
            if folder_id is None and not query:
                return []
            if query:
                ids = self.mailbox.search_ids(query, folder_id)
                if (order, descending) != ("date", True) and len(ids) <= 20000:
                    ids = self._sort_in_memory(ids, order, descending)
                return ids
            return self.mailbox.ordered_ids(folder_id, order, descending)

        def done(ids: list[int]) -> None:
            if generation != self._generation:
                return  # superseded by a newer request
            self._set_ids(ids)
            self._set_loading(False)
            if on_done is not None:
                on_done()

        if self.tasks is None:
            done(fetch())
            return
        self._set_loading(True)
        self.tasks.run(fetch, on_done=done, on_error=lambda exc: self._set_loading(False))

    def _set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._pages.clear()
        self._positions = None
        self.endResetModel()

    def _set_loading(self, loading: bool) -> None:
        if loading != self.loading:
            self.loading = loading
            self.loading_changed.emit(loading)

    def _sort_in_memory(self, ids: list[int], order: str, descending: bool) -> list[int]:
        rows = self.mailbox.rows(ids)
        keys = {"date": lambda r: (r.date or 0, r.id), "from": lambda r: ((r.from_name or r.from_addr).casefold(), r.id),
                "subject": lambda r: (r.subject.casefold(), r.id), "size": lambda r: (r.size or 0, r.id)}
        rows.sort(key=keys[order], reverse=descending)
        return [r.id for r in rows]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:  # noqa: D401 - Qt API
        key = SORT_KEYS.get(Column(column))
        if key is None:
            return
        self.order = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # -- ids and rows ---------------------------------------------------------------
    @property
    def ids(self) -> list[int]:
        return self._ids

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, message_id: int) -> int:
        if self._positions is None:
            self._positions = {mid: i for i, mid in enumerate(self._ids)}
        return self._positions.get(message_id, -1)

    def message(self, row: int):
        """The MessageRow at ``row``, loading its page when not cached."""
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE]

    def _load_page(self, page_no: int) -> list:
        ids = self._ids[page_no * PAGE:(page_no + 1) * PAGE]
        found = {r.id: r for r in self.mailbox.rows(ids)}
        page = [found.get(i) for i in ids]
        self._pages[page_no] = page
        self.page_loads += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def refresh_ids(self, ids) -> None:
        """Re-reads rows whose flags changed and repaints just those rows."""
        for mid in ids:
            row = self.row_of(mid)
            if row < 0:
                continue
            self._pages.pop(row // PAGE, None)
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    # -- Qt model API ------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802,B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            text = _HEADERS[Column(section)]
            return self.tr(text) if text else ""
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        col = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:  # cheap: no store access
            if col in (Column.Size,):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role == Roles.MessageId:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole,
                        Qt.ItemDataRole.ToolTipRole, Roles.Row, Roles.Seen):
            return None
        msg = self.message(index.row())
        if msg is None:
            return None
        if role == Roles.Row:
            return msg
        if role == Roles.Seen:
            return msg.seen
        if role == Qt.ItemDataRole.FontRole:
            return None if msg.seen else self._bold
        if role == Qt.ItemDataRole.DecorationRole:
            return self._clip if col == Column.Status and msg.has_attachments else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == Column.Status and msg.signed:
                return self.tr("Có thể mang chữ ký số (chưa kiểm tra)")
            return msg.sender if col == Column.From else (msg.subject if col == Column.Subject else None)
        if col == Column.Status:
            return "★" if msg.flagged else ""
        if col == Column.From:
            return msg.from_name or msg.from_addr
        if col == Column.Subject:
            return msg.subject or self.tr("(không có tiêu đề)")
        if col == Column.Date:
            return short_date(msg.date)
        if col == Column.Size:
            return human_size(msg.size)
        return None


if False:  # pragma: no cover - source strings for pyside6-lupdate
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.translate("MessageListModel", "Người gửi")
    QCoreApplication.translate("MessageListModel", "Tiêu đề")
    QCoreApplication.translate("MessageListModel", "Ngày")
    QCoreApplication.translate("MessageListModel", "Cỡ")
