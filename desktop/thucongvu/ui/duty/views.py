"""Two duty pages: the incoming register and the check log (the report page is in report_view).

Widgets only: every read or write goes through the DutyService on the
"db" lane (forwarding on the "net" lane), results come back through
``services.tasks`` on the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (QDateEdit, QFileDialog, QHBoxLayout, QHeaderView, QInputDialog, QLabel,
                               QPushButton, QSpinBox, QTableView, QVBoxLayout, QWidget)

from thucongvu.duty import register_export
from thucongvu.duty.checklog import CSV_HEADER
from thucongvu.ui.duty.models import RowsModel


def _table(parent, model) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return view


class _Page(QWidget):
    def __init__(self, services, duty, parent=None):
        super().__init__(parent)
        self.services, self.duty = services, duty
        self.layout_ = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("dutyStatus")
        self.status.setWordWrap(True)

    def run(self, fn, *args, on_done=None, lane="db"):
        return self.services.tasks.run(fn, *args, on_done=on_done, on_error=self.failed, lane=lane)

    def failed(self, exc: BaseException) -> None:
        self.status.setText(getattr(exc, "vi", None) or str(exc))

    def ask_path(self, title: str, name: str, filt: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), filt)
        return Path(path) if path else None


class RegisterPage(_Page):
    def __init__(self, services, duty, parent=None):
        super().__init__(services, duty, parent)
        bar = QHBoxLayout()
        self.year = QSpinBox(self, minimum=2000, maximum=2100, value=dt.date.today().year)
        self.register_button = QPushButton(self.tr("Vào sổ thư đang chọn"), self)
        self.register_button.setObjectName("dutyRegisterSelected")
        self.forward_button = QPushButton(self.tr("Chuyển lãnh đạo…"), self)
        self.forward_button.setObjectName("dutyForwardLeaders")
        xlsx = QPushButton(self.tr("Xuất Excel…"), self)
        csv = QPushButton(self.tr("Xuất CSV…"), self)
        bar.addWidget(QLabel(self.tr("Năm:"), self))
        for w in (self.year, self.register_button, self.forward_button):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(xlsx)
        bar.addWidget(csv)
        self.model = RowsModel([self.tr(c) for c in register_export.COLUMNS], self)
        self.view = _table(self, self.model)
        self.view.setObjectName("dutyRegisterTable")
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addWidget(self.status)
        self.year.valueChanged.connect(lambda _: self.reload())
        self.view.doubleClicked.connect(lambda index: self.edit(index.row()))
        self.register_button.clicked.connect(self.register_selected)
        self.forward_button.clicked.connect(self.forward_selected)
        xlsx.clicked.connect(lambda: self.export("xlsx"))
        csv.clicked.connect(lambda: self.export("csv"))
        self.entries = []
        self.reload()

    def reload(self) -> None:
        self.run(self.duty.register_entries, self.year.value(), on_done=self._loaded)

    def _loaded(self, entries) -> None:
        self.entries = entries
        self.model.set_rows([register_export.row(e) for e in entries], [e.id for e in entries])

    def edit(self, row: int, *, dialog_factory=None) -> None:
        """Open the entry to confirm or correct the pre-filled fields (double-click)."""
        from thucongvu.ui.duty.entry_dialog import EntryDialog

        if not 0 <= row < len(self.entries):
            return
        dialog = (dialog_factory or EntryDialog)(self.entries[row], self)
        if dialog.exec() and (changes := dialog.values()):
            entry_id = self.entries[row].id
            self.run(lambda: self.duty.register.update(entry_id, **changes), on_done=lambda _: self.reload())

    def _selected_messages(self) -> list[int]:
        window = self.services.window
        mail = window.areas.get("mail") if window is not None else None
        ids = mail.selected_ids() if mail is not None and hasattr(mail, "selected_ids") else []
        if not ids:
            self.status.setText(self.tr("Hãy chọn thư trong Hộp thư trước."))
        return ids

    def register_selected(self) -> None:
        for mid in self._selected_messages():
            self.run(self.duty.register_message, mid, on_done=self._registered)

    def _registered(self, entry) -> None:
        self.status.setText(self.tr("Đã vào sổ: số đến %1.").replace("%1", f"{entry.number}/{entry.year}"))
        self.reload()

    def forward_selected(self) -> None:
        ids = self._selected_messages()
        if ids:
            self.run(self.duty.leaders_for_message, ids[0], on_done=lambda leaders: self._confirm(ids, leaders))

    def _confirm(self, ids: list[int], leaders: list[str]) -> None:
        if not leaders:
            self.status.setText(self.tr("Chưa cấu hình lãnh đạo nhận thư cho hộp thư đơn vị."))
            return
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("Chuyển lãnh đạo"),
            self.tr("Chuyển nguyên văn %n thư cho: %1\nLời nhắn (không bắt buộc):", "", len(ids))
            .replace("%1", ", ".join(leaders)))
        if ok:
            self.status.setText(self.tr("Đang chuyển…"))
            self.run(self.duty.forward_to_leaders, ids, note, on_done=self._forwarded, lane="net")

    def _forwarded(self, done) -> None:
        sent = sum(1 for d in done if d.status == "sent")
        self.status.setText(self.tr("Đã chuyển %1 thư, %2 thư chờ trong hộp thư đi.")
                            .replace("%1", str(sent)).replace("%2", str(len(done) - sent)))
        self.reload()

    def export(self, kind: str) -> None:
        year = self.year.value()
        path = self.ask_path(self.tr("Xuất sổ văn bản đến"), f"so-van-ban-den-{year}.{kind}",
                             "Excel (*.xlsx)" if kind == "xlsx" else "CSV (*.csv)")
        if path is None:
            return
        entries = list(self.entries)
        job = (lambda: register_export.to_xlsx(entries, path, year)) if kind == "xlsx" else \
            (lambda: path.write_bytes(register_export.to_csv(entries)))
        self.run(job, on_done=lambda _: self.status.setText(self.tr("Đã xuất %1").replace("%1", str(path))))


class ChecksPage(_Page):
    def __init__(self, services, duty, parent=None):
        super().__init__(services, duty, parent)
        bar = QHBoxLayout()
        today = QDate.currentDate()
        self.first = QDateEdit(QDate(today.year(), today.month(), 1), self, calendarPopup=True)
        self.last = QDateEdit(today, self, calendarPopup=True)
        for edit in (self.first, self.last):
            edit.setDisplayFormat("dd/MM/yyyy")
            edit.dateChanged.connect(lambda _: self.reload())
        export = QPushButton(self.tr("Xuất CSV…"), self)
        export.clicked.connect(self.export)
        self.settings_button = QPushButton(self.tr("Ca làm việc…"), self)
        self.settings_button.setObjectName("dutySettings")
        self.settings_button.clicked.connect(lambda: self.open_settings())
        bar.addWidget(QLabel(self.tr("Từ ngày:"), self))
        bar.addWidget(self.first)
        bar.addWidget(QLabel(self.tr("đến:"), self))
        bar.addWidget(self.last)
        bar.addStretch(1)
        bar.addWidget(self.settings_button)
        bar.addWidget(export)
        self.model = RowsModel([self.tr(c) for c in CSV_HEADER], self)
        self.view = _table(self, self.model)
        self.view.setObjectName("dutyChecksTable")
        self.layout_.addLayout(bar)
        self.layout_.addWidget(self.view, 1)
        self.layout_.addWidget(self.status)
        self.reload()

    def open_settings(self, *, dialog_factory=None) -> None:
        from thucongvu.ui.duty.settings_dialog import DutySettingsDialog

        units = self.duty.unit_addresses()
        dialog = (dialog_factory or DutySettingsDialog)(self.duty.config, units[0] if units else None, self)
        if dialog.exec():
            self.run(self.duty.save_settings, dialog.values(),
                     on_done=lambda _: self.status.setText(self.tr("Đã lưu cài đặt ca làm việc.")))

    def _range(self) -> tuple[dt.date, dt.date]:
        return self.first.date().toPython(), self.last.date().toPython()

    def reload(self) -> None:
        self.run(self.duty.check_entries, *self._range(), on_done=lambda es: self.model.set_rows([e.row() for e in es]))

    def export(self) -> None:
        first, last = self._range()
        path = self.ask_path(self.tr("Xuất nhật ký kiểm tra"), f"nhat-ky-kiem-tra-{first:%Y%m%d}-{last:%Y%m%d}.csv",
                             "CSV (*.csv)")
        if path is not None:
            self.run(lambda: path.write_bytes(self.duty.log.export_csv(first, last)),
                     on_done=lambda _: self.status.setText(self.tr("Đã xuất %1").replace("%1", str(path))))
