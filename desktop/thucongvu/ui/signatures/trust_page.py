"""The *Chứng thư tin cậy* page: the trust store's anchors; import and remove.

Lists subject, role, validity and SHA-256 fingerprint, and whether a
certificate is the genuine published Vietnamese CA. Import/remove go through
``services.tasks`` (file and folder I/O stay off the GUI thread).
"""

from __future__ import annotations

from pathlib import Path

from thucongvu.ui.qt import (QAbstractItemView, QFileDialog, QFontDatabase, QHBoxLayout, QHeaderView, QLabel, QPushButton,
                             QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)


class TrustPage(QWidget):
    def __init__(self, services, service, parent=None):
        super().__init__(parent)
        self.services = services
        self.service = service
        self.anchors = []
        intro = QLabel(self.tr("Chữ ký chỉ được coi là tin cậy khi chuỗi chứng thư dẫn tới một chứng thư gốc ở đây "
                               "(ví dụ RootCA chuyên dùng Chính phủ của Ban Cơ yếu Chính phủ, hoặc Vietnam National "
                               "Root CA). Có thể nhập cả CA trung gian và danh sách thu hồi (CRL)."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("trustTable")
        self.table.setHorizontalHeaderLabels([self.tr("Chủ thể"), self.tr("Loại"), self.tr("Hiệu lực từ"),
                                              self.tr("Đến"), self.tr("Dấu vân tay SHA-256")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.import_button = QPushButton(self.tr("Nhập chứng thư / CRL…"))
        self.remove_button = QPushButton(self.tr("Gỡ chứng thư đã chọn"))
        self.message = QLabel()
        self.message.setObjectName("trustMessage")
        self.message.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.import_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        self.import_button.clicked.connect(self._pick)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh()

    def refresh(self) -> None:
        self.services.tasks.run(self.service.trust_anchors, on_done=self._fill, on_error=self._error)

    def _fill(self, anchors) -> None:
        self.anchors = list(anchors)
        self.table.setRowCount(len(self.anchors))
        for r, a in enumerate(self.anchors):
            kind = self.tr("Gốc tin cậy") if a.is_root else self.tr("CA trung gian")
            if a.known_as:
                kind += " ✔ " + self.tr("chính thức")
            cells = [a.name or a.subject, kind, a.not_before[:10], a.not_after[:10], a.sha256]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 4:
                    item.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
                if c == 0:
                    item.setToolTip(a.subject)
                if a.known_as:
                    item.setToolTip(self.tr("Chứng thư chính thức đã công bố: %1").replace("%1", a.known_as))
                self.table.setItem(r, c, item)
        if self.message.property("empty"):
            self.message.setText("")
            self.message.setProperty("empty", False)
        if not self.anchors:
            self.message.setProperty("empty", True)
            self.message.setText(self.tr("Kho chứng thư tin cậy đang trống: mọi chữ ký sẽ là “không tin cậy”."))

    def _pick(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn chứng thư CA hoặc CRL"), "",
                                              self.tr("Chứng thư (*.cer *.crt *.pem *.der *.p7b *.p7c *.crl);;Mọi tệp (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        self.services.tasks.run(self.service.import_trust, path, on_done=self._imported, on_error=self._error)

    def _imported(self, result) -> None:
        parts = []
        if result.added:
            parts.append(self.tr("Đã nhập %1 chứng thư.").replace("%1", str(len(result.added))))
        if result.already:
            parts.append(self.tr("%1 chứng thư đã có sẵn.").replace("%1", str(len(result.already))))
        if result.crls:
            parts.append(self.tr("Đã nhập %1 CRL.").replace("%1", str(result.crls)))
        parts += result.warnings
        self.message.setText(" ".join(parts))
        self.message.setStyleSheet("color: #8a1111; font-weight: bold;" if result.warnings else "")
        self.refresh()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row < 0 or row >= len(self.anchors):
            self.message.setText(self.tr("Hãy chọn một chứng thư để gỡ."))
            return
        self.services.tasks.run(self.service.remove_trust, self.anchors[row].sha256,
                                on_done=self._removed, on_error=self._error)

    def _removed(self, info) -> None:
        self.message.setStyleSheet("")
        self.message.setText(self.tr("Đã gỡ: %1").replace("%1", info.subject))
        self.refresh()

    def _error(self, error) -> None:
        from thucongvu.errors import AppError
        from thucongvu.ui.i18n import english

        self.message.setStyleSheet("color: #8a1111;")
        self.message.setText(error.message(english()) if isinstance(error, AppError) else str(error))
