"""The mail area (Hộp thư): folder tree | quick search + message list / reader.

Wires the models to the views and to the bridge's coarse events; opens the
compose window. Splitter sizes, list header and the last folder are kept in
``services.settings``.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QSplitter, QTableView, QTreeView,
                               QVBoxLayout, QWidget)

from thucongvu.ui.mail.folders import FOLDER_ID_ROLE, FolderModel
from thucongvu.ui.mail.listmodel import Column, MessageListModel
from thucongvu.ui.mail.reader import ReaderPane
from thucongvu.ui.mail.readonly import DeleteKeyGuard, ReadOnlyBanner


def create_area(services, parent=None) -> QWidget:
    return MailArea(services, parent)


class MailArea(QWidget):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.mailbox = services.mailbox
        self.compose_windows: list = []
        self.read_only = False  # the current folder belongs to a leader's read-only view
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.folder_model = FolderModel(self.mailbox, self)
        self.folders = QTreeView(self)
        self.folders.setObjectName("folderTree")
        self.folders.setModel(self.folder_model)
        self.folders.setHeaderHidden(True)
        self.folders.setUniformRowHeights(True)
        self.folders.expandAll()

        self.search = QLineEdit(self)
        self.search.setObjectName("quickSearch")
        self.search.setPlaceholderText(self.tr("Tìm thư (gõ không dấu cũng được)…"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.search.returnPressed.connect(self._apply_search)

        self.model = MessageListModel(self.mailbox, self, tasks=services.tasks)
        self.list = QTableView(self)
        self.list.setObjectName("messageList")
        self.list.setModel(self.model)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setShowGrid(False)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(False)
        self.list.verticalHeader().hide()
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.list.setSortingEnabled(True)
        header = self.list.horizontalHeader()
        header.setSectionResizeMode(Column.Subject, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(Column.Status, 28)
        header.resizeSection(Column.From, 220)
        header.resizeSection(Column.Date, 130)
        header.resizeSection(Column.Size, 70)
        header.setSortIndicator(Column.Date, Qt.SortOrder.DescendingOrder)
        header.setHighlightSections(False)

        self.reader = ReaderPane(services, self)
        self.read_only_banner = ReadOnlyBanner(self)
        self._delete_guard = DeleteKeyGuard(self)  # Delete on a read-only folder: only the hint
        list_box = QWidget(self)
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(4, 4, 0, 0)
        list_layout.addWidget(self.read_only_banner)
        list_layout.addWidget(self.search)
        list_layout.addWidget(self.list)
        self.right = QSplitter(Qt.Orientation.Vertical, self)
        self.right.setObjectName("listReaderSplitter")
        self.right.addWidget(list_box)
        self.right.addWidget(self.reader)
        self.right.setStretchFactor(1, 1)
        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("folderSplitter")
        self.split.addWidget(self.folders)
        self.split.addWidget(self.right)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([260, 900])
        self.right.setSizes([300, 400])
        layout.addWidget(self.split)

        self.folders.selectionModel().currentChanged.connect(self._folder_changed)
        self.list.selectionModel().currentRowChanged.connect(self._message_changed)
        self.model.loading_changed.connect(lambda busy: self.list.viewport().setCursor(
            Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor))
        self.reader.message_shown.connect(self._mark_seen)
        self.list.clicked.connect(self._clicked)
        # After a sort or a refresh the shown message stays selected (its row may have moved).
        self.model.modelReset.connect(lambda: self._reselect(self.reader.message_id))
        bridge = services.bridge
        bridge.folder_did_sync.connect(self._folder_synced)
        bridge.flags_changed.connect(self._flags_changed)
        self._restore()

    # -- folders and list ---------------------------------------------------------------
    def current_folder_id(self) -> int | None:
        index = self.folders.currentIndex()
        return index.data(FOLDER_ID_ROLE) if index.isValid() else None

    def select_folder(self, folder_id: int) -> None:
        index = self.folder_model.index_of_folder(folder_id)
        if index.isValid():
            self.folders.setCurrentIndex(index)

    def _folder_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        folder_id = current.data(FOLDER_ID_ROLE) if current.isValid() else None
        if folder_id is None:
            return
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.reader.clear()
        self.model.load_folder(folder_id, on_done=lambda: self.reader.clear(
            self.tr("Chọn một thư để đọc.") if self.model.rowCount() else self.tr("Thư mục trống.")))
        self.services.settings.setValue("mail/folder", folder_id)
        info = self.mailbox.folder(folder_id)
        self._set_read_only(bool(info and info.read_only))
        if info is not None:
            self.services.events.publish("folder_opened", info.account, info.name, info.unit_mailbox)

    def _apply_search(self) -> None:
        self._search_timer.stop()

        def done() -> None:
            if self.model.rowCount():
                self.reader.clear(self.tr("Tìm thấy %n thư.", "", self.model.rowCount()))
            else:
                self.reader.clear(self.tr("Không tìm thấy thư nào.") if self.search.text().strip() else "")

        self.model.set_query(self.search.text(), on_done=done)

    def _message_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        message_id = self.model.id_at(current.row()) if current.isValid() else None
        if message_id is not None:
            self.reader.show_message(message_id)

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.list.selectionModel().selectedRows()})
        if not rows and self.list.currentIndex().isValid():
            rows = [self.list.currentIndex().row()]
        return [mid for mid in (self.model.id_at(r) for r in rows) if mid is not None]

    def current_message_id(self) -> int | None:
        return self.reader.message_id

    # -- changes --------------------------------------------------------------------------
    def _mark_seen(self, message_id: int) -> None:
        row = self.reader.row
        if row is None or row.seen:
            return
        self.services.tasks.run(self.mailbox.set_seen, [message_id], True)  # may write back over IMAP

    def _flags_changed(self, ids) -> None:
        self.model.refresh_ids(ids)
        self.refresh_folders()

    def refresh_folders(self) -> None:
        """New counts; after the first sync (folders appeared) the tree is rebuilt and the selection kept."""
        keep = self.current_folder_id()
        if not self.folder_model.refresh():
            return
        if keep is not None and (info := self.mailbox.folder(keep)) is not None:
            self._set_read_only(info.read_only)  # the server's rights may have changed with this sync
        self.folders.expandAll()
        index = self.folder_model.index_of_folder(keep) if keep is not None else self.folder_model.first_inbox()
        if index.isValid():
            self.folders.setCurrentIndex(index)

    def _folder_synced(self, account: str, folder: str, changes) -> None:
        self.refresh_folders()
        current = self.folders.currentIndex()
        if not current.isValid() or folder not in ("*", current.data(Qt.ItemDataRole.ToolTipRole)):
            return
        self.model.reload(on_done=lambda keep=self.reader.message_id: self._reselect(keep))

    def _reselect(self, message_id: int | None) -> None:
        """After the list was refreshed, select the message that was shown (its row may have moved)."""
        if message_id is not None and (row := self.model.row_of(message_id)) >= 0:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)

    def toggle_flag(self) -> None:
        """Flags the selection, or unflags it when all of it is flagged (RFC 3501 \\Flagged)."""
        if self.read_only:
            self.hint_read_only()
            return
        ids = self.selected_ids()
        rows = [self.model.message(self.model.row_of(i)) for i in ids]
        if rows:
            on = not all(r is not None and r.flagged for r in rows)
            self.services.tasks.run(self.mailbox.set_flagged, ids, on)

    def _clicked(self, index) -> None:
        if index.column() == Column.Status:  # the star column, as in Thunderbird
            self.toggle_flag()

    def open_unit_mailbox(self) -> bool:
        """Shows the unit mailbox's inbox (the duty reminder's "Mở hộp thư đơn vị")."""
        for f in self.mailbox.folders():
            if f.unit_mailbox and (f.role == "inbox" or f.name.upper() == "INBOX"):
                if self.window() is not None and hasattr(self.window(), "show_area"):
                    self.window().show_area("mail")
                self.select_folder(f.id)
                return True
        return False

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if self.read_only:
            self.hint_read_only()
            return
        if not ids:
            return
        first = min(self.model.row_of(i) for i in ids)
        self.reader.clear()

        def reselect() -> None:
            if self.model.rowCount():
                self.list.selectRow(min(first, self.model.rowCount() - 1))

        def done(_):
            self.refresh_folders()
            self.model.reload(on_done=reselect)

        self.services.tasks.run(self.mailbox.delete, ids, on_done=done)  # UID MOVE to Trash

    def open_compose(self, mode: str = "new") -> QWidget | None:
        """Opens a compose window: new | reply | reply_all | forward | forward_unaltered."""
        from thucongvu.ui.mail.compose import open_compose

        source = self.current_message_id() if mode != "new" else None
        if mode != "new" and source is None:
            return None
        window = open_compose(self.services, mode, source, parent=self.window())
        self.compose_windows = [w for w in self.compose_windows if w.isVisible()] + [window]
        return window

    # -- a leader's read-only view of the unit mailbox ------------------------------------------
    def _set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        self.read_only_banner.setVisible(read_only)
        actions = getattr(self, "actions", None)  # QWidget.actions() until install_actions ran
        if hasattr(actions, "update_enabled"):
            actions.update_enabled()

    def hint_read_only(self) -> None:
        """A status-bar line instead of a change: the folder is a leader's read-only view."""
        window = self.window()
        if window is not None and hasattr(window, "statusBar"):
            window.statusBar().showMessage(
                self.tr("Chỉ đọc: lãnh đạo không xóa, di chuyển hay gắn cờ thư trong hộp thư đơn vị."), 6000)

    # -- actions and state ------------------------------------------------------------------
    def install_actions(self, window) -> None:
        from thucongvu.ui.mail.actions import MailActions

        self.actions = MailActions(self, window)

    def save_state(self, settings) -> None:
        settings.setValue("mail/split", self.split.saveState())
        settings.setValue("mail/right", self.right.saveState())
        settings.setValue("mail/header", self.list.horizontalHeader().saveState())
        folder_id = self.current_folder_id()
        if folder_id is not None:
            settings.setValue("mail/folder", folder_id)

    def _restore(self) -> None:
        s = self.services.settings
        for key, splitter in (("mail/split", self.split), ("mail/right", self.right)):
            state = s.value(key)
            if isinstance(state, QByteArray):
                splitter.restoreState(state)
        header = s.value("mail/header")
        if isinstance(header, QByteArray):
            self.list.horizontalHeader().restoreState(header)
        folder = str(s.value("mail/folder", ""))
        index = self.folder_model.index_of_folder(int(folder)) if folder.isdigit() else QModelIndex()
        if not index.isValid():
            index = self.folder_model.first_inbox()
        if index.isValid():
            self.folders.setCurrentIndex(index)
