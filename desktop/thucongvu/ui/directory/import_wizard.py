"""Import wizard: choose a file or an LDAP server, check the column mapping,
import with progress, read the report of rejected rows.

Reading the preview and importing run off the GUI thread (``services.tasks``,
"net" lane: they may take seconds; the import opens its own store
connection); progress comes back through a Qt signal, queued onto the GUI
thread.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QDialog, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QProgressBar, QPushButton, QRadioButton, QStackedWidget, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from thucongvu.directory import headers
from thucongvu.directory.model import ImportReport
from thucongvu.ui.directory import import_with_own_connection

TABLE_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".txt")


class _Progress(QObject):
    changed = Signal(int, int)


class ImportWizard(QDialog):
    imported = Signal(object)          # ImportReport

    PAGE_SOURCE, PAGE_MAPPING, PAGE_PROGRESS, PAGE_REPORT = range(4)

    def __init__(self, services, parent=None, path: str = ""):
        super().__init__(parent)
        self.setObjectName("directoryImportWizard")
        self.setWindowTitle(self.tr("Nhập danh bạ"))
        self.services = services
        self.report: ImportReport | None = None
        self.error = ""
        self._progress = _Progress(self)
        self._progress.changed.connect(self._on_progress)
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages, 1)
        self.pages.addWidget(self._source_page(path))
        self.pages.addWidget(self._mapping_page())
        self.pages.addWidget(self._progress_page())
        self.pages.addWidget(self._report_page())
        self.message = QLabel(self)
        self.message.setObjectName("importMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel#importMessage { color: #a11b1b; }")
        layout.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        self.back_button = QPushButton(self.tr("Quay lại"), self)
        self.next_button = QPushButton(self.tr("Tiếp"), self)
        self.close_button = QPushButton(self.tr("Đóng"), self)
        for b in (self.back_button, self.next_button, self.close_button):
            row.addWidget(b)
        layout.addLayout(row)
        self.back_button.clicked.connect(lambda: self._go(self.PAGE_SOURCE))
        self.next_button.clicked.connect(self.next)
        self.close_button.clicked.connect(self.accept)
        self._go(self.PAGE_SOURCE)
        self.resize(760, 520)

    # -- pages -------------------------------------------------------------------
    def _source_page(self, path: str) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.file_radio = QRadioButton(self.tr("Tệp danh bạ (.xlsx, .csv, .vcf)"), page)
        self.ldap_radio = QRadioButton(self.tr("Danh bạ chung trên máy chủ LDAP"), page)
        self.file_radio.setChecked(True)
        self.path_edit = QLineEdit(path, page)
        self.path_edit.setObjectName("importPath")
        browse = QPushButton(self.tr("Chọn tệp…"), page)
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        self.url_edit = QLineEdit(page)
        self.url_edit.setObjectName("importLdapUrl")
        self.url_edit.setPlaceholderText("ldaps://ldap.gialai.gov.vn/dc=gialai,dc=gov,dc=vn")
        self.bind_edit = QLineEdit(page)
        self.bind_edit.setPlaceholderText(self.tr("(để trống: đăng nhập ẩn danh)"))
        self.password_edit = QLineEdit(page)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.file_radio)
        form.addRow(self.tr("Tệp:"), file_row)
        form.addRow(self.ldap_radio)
        form.addRow(self.tr("Địa chỉ LDAP:"), self.url_edit)
        form.addRow(self.tr("DN đăng nhập:"), self.bind_edit)
        form.addRow(self.tr("Mật khẩu:"), self.password_edit)
        self.url_edit.textEdited.connect(lambda _: self.ldap_radio.setChecked(True))
        self.path_edit.textEdited.connect(lambda _: self.file_radio.setChecked(True))
        return page

    def _mapping_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        label = QLabel(self.tr("Kiểm tra cột nào là họ tên, chức vụ, đơn vị, thư điện tử… "
                               "(đã tự nhận theo tiêu đề cột; chọn lại nếu sai)."), page)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.preview = QTableWidget(page)
        self.preview.setObjectName("importPreview")
        layout.addWidget(self.preview, 1)
        self.field_boxes: list[QComboBox] = []
        return page

    def _progress_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.status = QLabel(self.tr("Đang đọc nguồn danh bạ…"), page)
        self.bar = QProgressBar(page)
        self.bar.setObjectName("importProgress")
        self.bar.setRange(0, 0)
        layout.addStretch(1)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        return page

    def _report_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        self.summary = QLabel(page)
        self.summary.setObjectName("importSummary")
        layout.addWidget(self.summary)
        self.rejected = QTableWidget(0, 2, page)
        self.rejected.setObjectName("importRejected")
        self.rejected.setHorizontalHeaderLabels([self.tr("Dòng"), self.tr("Lý do không nhập")])
        self.rejected.horizontalHeader().setStretchLastSection(True)
        self.rejected.verticalHeader().hide()
        layout.addWidget(self.rejected, 1)
        return page

    def field_names(self) -> dict[str, str]:
        return {"": self.tr("(bỏ qua)"), headers.NAME: self.tr("Họ và tên"), headers.POSITION: self.tr("Chức vụ"),
                headers.UNIT: self.tr("Đơn vị"), headers.PARENT: self.tr("Đơn vị cấp trên"),
                headers.EMAIL: self.tr("Thư điện tử"), headers.PHONE: self.tr("Điện thoại"),
                headers.INDEX: self.tr("Số thứ tự")}

    # -- flow --------------------------------------------------------------------
    def _go(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page == self.PAGE_MAPPING)
        self.next_button.setVisible(page in (self.PAGE_SOURCE, self.PAGE_MAPPING))
        self.next_button.setText(self.tr("Nhập") if page == self.PAGE_MAPPING else self.tr("Tiếp"))
        self.close_button.setText(self.tr("Xong") if page == self.PAGE_REPORT else self.tr("Đóng"))
        self.close_button.setEnabled(page != self.PAGE_PROGRESS)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp danh bạ"), "",
                                              self.tr("Danh bạ (*.xlsx *.csv *.vcf);;Tất cả (*)"))
        if path:
            self.path_edit.setText(path)
            self.file_radio.setChecked(True)

    def source(self) -> str:
        return self.url_edit.text().strip() if self.ldap_radio.isChecked() else self.path_edit.text().strip()

    def next(self) -> None:
        self.message.clear()
        if self.pages.currentIndex() == self.PAGE_MAPPING:
            self.start_import(self.mapping())
            return
        source = self.source()
        if not source:
            self.message.setText(self.tr("Hãy chọn tệp danh bạ hoặc nhập địa chỉ LDAP."))
            return
        if self.file_radio.isChecked() and Path(source).suffix.lower() in TABLE_SUFFIXES:
            from thucongvu.directory.importers import preview

            self.services.tasks.run(preview, source, lane="net", on_done=self._show_preview, on_error=self._failed)
        else:
            self.start_import(None)

    def _show_preview(self, result) -> None:
        header, mapping, rows = result
        width = max([len(header)] + [len(r) for r in rows] or [0])
        names = self.field_names()
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(rows) + 1)
        self.preview.setHorizontalHeaderLabels([header[i] if i < len(header) else "" for i in range(width)])
        self.field_boxes = []
        for col in range(width):
            box = QComboBox(self.preview)
            for key, text in names.items():
                box.addItem(text, key)
            box.setCurrentIndex(max(0, box.findData(mapping.get(col, ""))))
            self.preview.setCellWidget(0, col, box)
            self.field_boxes.append(box)
            for r, cells in enumerate(rows, start=1):
                self.preview.setItem(r, col, QTableWidgetItem(cells[col] if col < len(cells) else ""))
        self.preview.resizeColumnsToContents()
        self._go(self.PAGE_MAPPING)

    def mapping(self) -> dict[int, str]:
        return {i: box.currentData() for i, box in enumerate(self.field_boxes) if box.currentData()}

    def start_import(self, mapping: dict[int, str] | None) -> None:
        """Import with ``mapping`` (None: detect the header) off the GUI thread."""
        self._go(self.PAGE_PROGRESS)
        options = {}
        if self.ldap_radio.isChecked():
            options = {"bind_dn": self.bind_edit.text().strip() or None,
                       "password": self.password_edit.text() or None}
        # a long import (a large workbook, an LDAP server) must not hold up the store lane
        job = partial(import_with_own_connection, self.services, self.source(), self._progress.changed.emit,
                      mapping=mapping or None, **options)
        self.services.tasks.run(job, lane="net", on_done=self._done, on_error=self._failed)

    def _on_progress(self, done: int, total: int) -> None:
        self.bar.setRange(0, total)
        self.bar.setValue(done)
        self.status.setText(self.tr("Đang ghi %1 / %2 mục…").replace("%1", str(done)).replace("%2", str(total)))

    def _done(self, report: ImportReport) -> None:
        self.report = report
        self.summary.setText(self.tr("Đã thêm %1 mục, cập nhật %2 mục, gỡ %4 mục nguồn không còn ghi; "
                                     "%3 dòng không nhập được.")
                             .replace("%1", str(report.added)).replace("%2", str(report.updated))
                             .replace("%3", str(len(report.rejected))).replace("%4", str(report.removed)))
        self.rejected.setRowCount(len(report.rejected))
        for i, r in enumerate(report.rejected):
            item = QTableWidgetItem(str(r.row))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.rejected.setItem(i, 0, item)
            self.rejected.setItem(i, 1, QTableWidgetItem(r.reason))
        self._go(self.PAGE_REPORT)
        self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        from thucongvu.errors import AppError
        from thucongvu.ui.i18n import english

        self.error = error.message(english()) if isinstance(error, AppError) else f"{type(error).__name__}: {error}"
        self.message.setText(self.tr("Không nhập được, danh bạ giữ nguyên: %1").replace("%1", self.error))
        self._go(self.PAGE_SOURCE)
