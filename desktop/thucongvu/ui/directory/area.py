"""Danh bạ area: search box and unit tree on the left, entries in the middle,
details and actions on the right.

Typing searches the whole directory (diacritics, case, word order and
abbreviations ignored); clearing the box shows the unit picked in the tree.
All directory calls run on the "db" lane through ``services.tasks``; answers
to an older query or selection are dropped. On the demo store the sample
directory (Dữ liệu mẫu) is imported the first time the area opens.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QStandardItemModel
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton,
                               QSplitter, QTableView, QToolBar, QTreeView, QVBoxLayout, QWidget)

from thucongvu.directory.model import GROUP, Entry
from thucongvu.ui.directory import actions, directory_service
from thucongvu.ui.directory.model import UNIT_ID_ROLE, EntryTableModel, build_tree_model, kind_label

SEARCH_LIMIT = 200
NO_UNIT = -1        # tree item for people no unit is known for


def create_area(services, parent: QWidget | None = None) -> QWidget:
    return DirectoryArea(services, parent)


class DirectoryArea(QWidget):
    loaded = Signal()                # the tree (re)loaded
    results_shown = Signal()         # the entry list changed

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("directoryArea")
        self.services = services
        self.service = directory_service(services)
        self._generation = 0
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=120)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        from thucongvu.ui.directory.completion import watch_compose_windows

        watch_compose_windows(services)
        if getattr(services, "demo", False):
            from thucongvu.directory.sample import ensure_sample

            # off the store lane: the mail list must not wait for the sample workbook
            services.tasks.run(ensure_sample, services.connect, lane="net", on_done=lambda _: self.reload(),
                               on_error=lambda _: self.reload())
        else:
            self.reload()

    # -- layout ------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("directoryToolbar")
        self.import_action = QAction(self.tr("Nhập danh bạ…"), self)
        self.noi_nhan_action = QAction(self.tr("Nơi nhận → người nhận…"), self)
        self.write_action = QAction(self.tr("Viết thư"), self)
        self.write_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.copy_action = QAction(self.tr("Chép địa chỉ"), self)
        self.copy_action.setShortcut(QKeySequence.StandardKey.Copy)
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action = QAction(self.tr("Thêm vào thư đang soạn"), self)
        self.export_action = QAction(self.tr("Xuất vCard…"), self)
        self.groups_action = QAction(self.tr("Nhóm người nhận…"), self)
        for a in (self.import_action, self.noi_nhan_action, self.groups_action, None, self.write_action, self.copy_action,
                  self.add_action, self.export_action):
            self.toolbar.addSeparator() if a is None else self.toolbar.addAction(a)
        self.addAction(self.copy_action)
        self.import_action.triggered.connect(self.open_import)
        self.noi_nhan_action.triggered.connect(self.open_noi_nhan)
        self.groups_action.triggered.connect(self.open_groups)
        self.write_action.triggered.connect(lambda: actions.write_to(self.services, self.selected(), self))
        self.copy_action.triggered.connect(lambda: actions.copy_addresses(self.services, self.selected()))
        self.add_action.triggered.connect(lambda: actions.add_to_compose(self.services, self.selected(), self))
        self.export_action.triggered.connect(
            lambda: actions.export_vcard(self.services, self.selected() or self.model.entries(), self))
        layout.addWidget(self.toolbar)

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setObjectName("directorySplit")
        left = QWidget(self.split)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(4, 4, 0, 4)
        self.search = QLineEdit(left)
        self.search.setObjectName("directorySearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Tìm đơn vị, cán bộ, địa chỉ… (không cần dấu, ví dụ: so tttt)"))
        left_layout.addWidget(self.search)
        self.tree_model = QStandardItemModel(self)
        self.tree = QTreeView(left)
        self.tree.setObjectName("directoryTree")
        self.tree.setModel(self.tree_model)
        self.tree.setHeaderHidden(True)
        self.tree.selectionModel().currentChanged.connect(self._unit_picked)
        left_layout.addWidget(self.tree, 1)
        self.counts_label = QLabel(left)
        self.counts_label.setObjectName("directoryCounts")
        left_layout.addWidget(self.counts_label)

        self.model = EntryTableModel(self)
        self.table = QTableView(self.split)
        self.table.setObjectName("directoryList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_details())
        self.table.doubleClicked.connect(lambda _: actions.write_to(self.services, self.selected(), self))

        details = QWidget(self.split)
        details.setObjectName("directoryDetails")
        form = QFormLayout(details)
        self.detail_labels: dict[str, QLabel] = {}
        for key, label in (("name", self.tr("Tên:")), ("kind", self.tr("Loại:")), ("position", self.tr("Chức vụ:")),
                           ("unit", self.tr("Đơn vị:")), ("email", self.tr("Thư điện tử:")),
                           ("phone", self.tr("Điện thoại:")), ("source", self.tr("Nguồn:")),
                           ("imported", self.tr("Cập nhật lúc:"))):
            value = QLabel(details)
            value.setObjectName(f"detail_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, value)
            self.detail_labels[key] = value
        buttons = QHBoxLayout()
        for a in (self.write_action, self.copy_action, self.add_action):
            b = QPushButton(a.text(), details)
            b.clicked.connect(a.trigger)
            buttons.addWidget(b)
        form.addRow(buttons)
        self.split.addWidget(left)
        self.split.addWidget(self.table)
        self.split.addWidget(details)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([260, 560, 300])
        layout.addWidget(self.split, 1)
        self._show_details()
        settings = getattr(self.services, "settings", None)
        if settings is not None and settings.value("directory/split"):
            self.split.restoreState(settings.value("directory/split"))

    # -- window hooks ------------------------------------------------------------
    def install_actions(self, window) -> None:
        menu = getattr(window, "file_menu", None)
        if menu is not None:
            menu.addAction(self.import_action)

    def save_state(self, settings) -> None:
        settings.setValue("directory/split", self.split.saveState())

    # -- data --------------------------------------------------------------------
    def reload(self) -> None:
        def load(service):
            return service.unit_tree(), service.counts()

        self.services.tasks.run(load, self.service, lane="db", on_done=self._tree_loaded)

    def _tree_loaded(self, result) -> None:
        nodes, counts = result
        build_tree_model(nodes, self.tree_model)
        if counts.get("without_unit"):
            from PySide6.QtGui import QStandardItem

            item = QStandardItem(self.tr("(Chưa rõ đơn vị)"))
            item.setEditable(False)
            item.setData(NO_UNIT, UNIT_ID_ROLE)
            self.tree_model.appendRow(item)
        self.counts_label.setText(self.tr("%1 đơn vị, %2 cán bộ, %3 nhóm").replace("%1", str(counts["units"]))
                                  .replace("%2", str(counts["people"])).replace("%3", str(counts["groups"])))
        if not self.search.text().strip() and self.tree_model.rowCount() and not self.model.rowCount():
            self.tree.setCurrentIndex(self.tree_model.index(0, 0))
        self.loaded.emit()

    def run_search(self) -> None:
        query = self.search.text().strip()
        if not query:
            self._unit_picked(self.tree.currentIndex())
            return
        self._generation += 1
        generation = self._generation
        self.services.tasks.run(self.service.search, query, SEARCH_LIMIT, lane="db",
                                on_done=lambda hits: self._show_entries(hits, generation))

    def _unit_picked(self, index, _previous=None) -> None:
        if not index.isValid() or self.search.text().strip():
            return
        unit_id = index.data(UNIT_ID_ROLE)
        unit_id = None if unit_id == NO_UNIT else unit_id
        self._generation += 1
        generation = self._generation
        self.services.tasks.run(self.service.unit_entries, unit_id, lane="db",
                                on_done=lambda entries: self._show_entries(entries, generation))

    def select_unit(self, name: str) -> bool:
        """Select the first unit named ``name`` in the tree (tests, links)."""
        matches = self.tree_model.match(self.tree_model.index(0, 0), Qt.ItemDataRole.DisplayRole, name, 1,
                                        Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        if matches:
            self.tree.setCurrentIndex(matches[0])
        return bool(matches)

    def _show_entries(self, entries: list[Entry], generation: int) -> None:
        if generation != self._generation:
            return
        self.model.set_entries(entries)
        self.table.resizeColumnsToContents()
        if entries:
            self.table.selectRow(0)
        self._show_details()
        self.results_shown.emit()

    def selected(self) -> list[Entry]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [e for e in (self.model.entry(r) for r in rows) if e is not None]

    def _show_details(self) -> None:
        chosen = self.selected()
        entry = chosen[0] if chosen else None
        for a in (self.write_action, self.copy_action, self.add_action):
            a.setEnabled(bool(entry and (entry.email or entry.kind == GROUP)))
        for label in self.detail_labels.values():
            label.clear()
        if entry is None:
            return
        d = self.detail_labels
        d["name"].setText(entry.name)
        d["kind"].setText(kind_label(entry.kind))
        d["position"].setText(entry.position)
        d["unit"].setText(entry.unit)
        d["email"].setText(entry.email or (self.tr("(nhóm — mở rộng thành các hộp thư khi gửi)")
                                           if entry.kind == GROUP else self.tr("(chưa có)")))
        d["phone"].setText(entry.phone)
        self.services.tasks.run(self.service.provenance, entry, lane="db", on_done=self._show_provenance)

    def _show_provenance(self, result) -> None:
        source, when = result
        self.detail_labels["source"].setText(source)
        self.detail_labels["imported"].setText(
            dt.datetime.fromtimestamp(when).strftime("%d/%m/%Y %H:%M") if when else "")

    # -- dialogs -----------------------------------------------------------------
    def open_import(self, path: str = "") -> "object":
        from thucongvu.ui.directory.import_wizard import ImportWizard

        wizard = ImportWizard(self.services, self, path if isinstance(path, str) else "")
        wizard.imported.connect(lambda _: (self.reload(), self.run_search()))
        wizard.setModal(True)
        wizard.show()
        return wizard

    def open_groups(self) -> "object":
        from thucongvu.ui.directory.groups_dialog import GroupsDialog

        dialog = GroupsDialog(self.services, self)
        dialog.changed.connect(lambda: (self.reload(), self.run_search()))
        dialog.show()
        return dialog

    def open_noi_nhan(self, text: str = "") -> "object":
        from thucongvu.ui.directory.noi_nhan import NoiNhanDialog

        dialog = NoiNhanDialog(self.services, self, text if isinstance(text, str) else "")

        def accepted() -> None:
            addresses = dialog.recipients()
            if addresses:
                from thucongvu.ui.mail.compose import open_compose

                window = actions.open_compose_window()
                if window is None:
                    open_compose(self.services, "new", None, self, to=addresses)
                else:
                    actions.append_recipients(window.to, addresses)

        dialog.accepted.connect(accepted)
        dialog.show()
        return dialog
