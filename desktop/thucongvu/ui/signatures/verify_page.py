"""The *Kiểm tra* page: drop or pick a file, verification off the GUI thread, banner and details.

Runs ``VerificationService.verify_file`` through ``services.tasks`` (never on
the GUI thread) and shows "Đang kiểm tra…" until the result arrives.
"""

from __future__ import annotations

from pathlib import Path

from thucongvu.ui.qt import (QFileDialog, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, Qt, QTextBrowser,
                             QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget, Signal)
from thucongvu.ui.signatures import present


class Banner(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("signatureBanner")
        layout = QVBoxLayout(self)
        self.head = QLabel()
        self.head.setObjectName("bannerHead")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.head)
        layout.addWidget(self.body)
        self.colour = None
        self.hide()

    def show_state(self, colour: str, head: str, body: str) -> None:
        self.colour = colour
        bg, fg = present.COLOURS.get(colour, ("palette(window)", "palette(text)"))
        self.setStyleSheet(f"QFrame#signatureBanner {{ background: {bg}; border: 1px solid {fg}; border-radius: 6px; }}"
                           f"QFrame#signatureBanner QLabel {{ color: {fg}; }}")
        self.head.setText(f"<b style='font-size: 14pt'>{head}</b>")
        self.body.setText(body)
        self.show()


class VerifyPage(QWidget):
    verified = Signal(object)  # the Report, once shown (tests and other features listen)

    def __init__(self, services, service, parent=None):
        super().__init__(parent)
        self.services = services
        self.service = service
        self.report = None
        self.signature_path: Path | None = None
        self.setAcceptDrops(True)

        self.drop = QLabel(self.tr("Kéo thả vào đây một tệp PDF đã ký, một thư .eml (S/MIME) hoặc tài liệu "
                                   "có chữ ký rời (.p7s) — hoặc bấm “Chọn tệp…”."))
        self.drop.setObjectName("dropZone")
        self.drop.setWordWrap(True)
        self.drop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop.setMinimumHeight(70)
        self.drop.setStyleSheet("QLabel#dropZone { border: 2px dashed palette(mid); border-radius: 8px; padding: 12px; }")
        self.pick = QPushButton(self.tr("Chọn tệp…"))
        self.pick_sig = QPushButton(self.tr("Chữ ký rời (.p7s)…"))
        self.pick_sig.setToolTip(self.tr("Chọn tệp chữ ký tách rời cho tài liệu sẽ kiểm tra tiếp theo"))
        self.progress = QLabel()
        self.progress.setObjectName("progressLabel")
        buttons = QHBoxLayout()
        buttons.addWidget(self.pick)
        buttons.addWidget(self.pick_sig)
        buttons.addWidget(self.progress, 1)

        self.banner = Banner()
        self.list = QTreeWidget()
        self.list.setObjectName("signatureList")
        self.list.setHeaderLabels([self.tr("Vai trò"), self.tr("Người ký"), self.tr("Trạng thái"), self.tr("Thời điểm ký")])
        self.list.setRootIsDecorated(False)
        header = self.list.header()
        header.setStretchLastSection(False)
        for col in (0, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.details = QTextBrowser()
        self.details.setObjectName("signatureDetails")
        self.details.setOpenLinks(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.details)
        split.setSizes([140, 300])

        layout = QVBoxLayout(self)
        layout.addWidget(self.drop)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

        self.pick.clicked.connect(self._pick)
        self.pick_sig.clicked.connect(self._pick_signature)
        self.list.currentItemChanged.connect(self._show_details)

    # --- input -----------------------------------------------------------------------------
    def dragEnterEvent(self, event):  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event):  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        sig = [p for p in paths if p.suffix.lower() in (".p7s", ".sig")]
        docs = [p for p in paths if p not in sig]
        if sig and docs:
            self.signature_path = sig[0]
        if docs or sig:
            self.verify(docs[0] if docs else sig[0])
            event.acceptProposedAction()

    def _pick(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tài liệu cần kiểm tra"), "",
                                              self.tr("Tài liệu ký số (*.pdf *.eml *.p7m *.p7s);;Mọi tệp (*)"))
        if path:
            self.verify(Path(path))

    def _pick_signature(self):
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp chữ ký rời"), "",
                                              self.tr("Chữ ký CMS (*.p7s *.sig *.p7b);;Mọi tệp (*)"))
        if path:
            self.signature_path = Path(path)
            self.progress.setText(self.tr("Chữ ký rời: %1 — hãy chọn tài liệu").replace("%1", Path(path).name))

    # --- verification (off the GUI thread) ------------------------------------------------------
    def verify(self, path: Path, signature: Path | None = None) -> None:
        signature = signature or self.signature_path
        self.signature_path = None
        self.progress.setText(self.tr("Đang kiểm tra… %1").replace("%1", path.name))
        self.pick.setEnabled(False)
        self.list.clear()
        self.details.clear()
        self.banner.hide()
        self.services.tasks.run(self.service.verify_file, path, signature, on_done=self._done, on_error=self._failed)

    def _done(self, report) -> None:
        self.show_report(report)
        self.verified.emit(report)

    def show_report(self, report) -> None:
        """Show a finished report (also used for verdicts the mail badge already computed)."""
        self.report = report
        self.pick.setEnabled(True)
        self.list.clear()
        self.progress.setText(self.tr("Đã kiểm tra %1").replace("%1", report.file or self.tr("thư")))
        self.banner.show_state(*present.banner(report))
        for sig in report.signatures:
            item = QTreeWidgetItem([present.role_label(sig.role), present.signer_text(sig),
                                    present.status_label(sig.status), (sig.signing_time or "")[:19].replace("T", " ")])
            self.list.addTopLevelItem(item)
        if report.signatures:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def _failed(self, error) -> None:
        from thucongvu.errors import AppError
        from thucongvu.signatures.model import Unsigned
        from thucongvu.ui.i18n import english

        self.report = None
        self.pick.setEnabled(True)
        self.progress.setText("")
        message = error.message(english()) if isinstance(error, AppError) else f"{type(error).__name__}: {error}"
        overall = "unsigned" if isinstance(error, Unsigned) else "error"
        self.banner.show_state(*present.message_banner(overall, message))
        self.verified.emit(None)

    def _show_details(self, current, _previous=None) -> None:
        if current is None or self.report is None:
            return
        self.details.setHtml(present.details_html(self.report, self.list.indexOfTopLevelItem(current)))
