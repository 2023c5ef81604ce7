"""The signature badge in the mail reader: a signed message is verified in the background.

Uses the mail area's hooks (``reader.message_loaded``, ``reader.add_badge``; see
``thucongvu.ui``): once a body is shown (and so cached), it runs
``VerificationService.verify_stored_message`` through ``services.tasks`` (the
verdict is cached per message in the store) and shows a coloured strip with
the verdict and the signer; *Chi tiết* opens the Kiểm tra chữ ký area with the
full report. Only messages the store marks as possibly signed are checked.
"""

from __future__ import annotations

from thucongvu.signatures.model import BANNER, Report
from thucongvu.ui.qt import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QTimer
from thucongvu.ui.signatures import present


class MailSignatureBadge(QFrame):
    def __init__(self, services, service, reader, open_details, parent=None):
        super().__init__(parent or reader)
        self.setObjectName("mailSignatureBadge")
        self.services = services
        self.service = service
        self.reader = reader
        self.open_details = open_details
        self.message_id = None
        self.report: Report | None = None
        self.overall: str | None = None
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        self.text = QLabel()
        self.text.setWordWrap(False)  # one line: a wrapped label is clipped by the reader's fixed header rows
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.details = QPushButton(self.tr("Chi tiết"))
        self.details.setObjectName("signatureDetailsButton")
        self.details.clicked.connect(self._open)
        row.addWidget(self.text, 1)
        row.addWidget(self.details)
        reader.add_badge(self, stretch=1)  # under the headers, as wide as the reader
        reader.message_loaded.connect(self.on_message_loaded)
        self.hide()
        # The window builds this area after its first paint: a message already on screen gets its badge too.
        if reader.message_id is not None and getattr(reader, "parsed", None) is not None:
            self.on_message_loaded(reader.message_id, reader.parsed)

    def paintEvent(self, event):  # noqa: N802 - Qt API
        # The reader has no "cleared" signal: a verdict for a message no longer shown hides itself.
        if self.reader.message_id != self.message_id:
            QTimer.singleShot(0, self.hide)
            return
        super().paintEvent(event)

    def on_message_loaded(self, message_id: int, _parsed=None) -> None:
        row = getattr(self.reader, "row", None)
        self.message_id = message_id
        self.report = None
        if row is None or not getattr(row, "signed", False):
            self.hide()
            return
        self._paint("amber", self.tr("Đang kiểm tra chữ ký số…"))
        self.details.setEnabled(False)
        self.services.tasks.run(self.service.verify_stored_message, message_id,
                                on_done=lambda res, mid=message_id: self._done(mid, res),
                                on_error=lambda exc, mid=message_id: self._failed(mid, exc))

    def _done(self, message_id: int, result) -> None:
        if message_id != self.message_id:
            return  # the reader moved on
        overall, doc = result
        self.overall = overall
        if overall == "unsigned":
            self.hide()  # a PDF attachment without a signature: nothing to say
            return
        if overall == "error":
            self._paint("amber", self.tr("Không kiểm tra được chữ ký: %1").replace("%1", doc.get("message", "")))
            return
        self.report = Report.from_json(doc)
        names = ", ".join(s.signer.name or s.signer.organization or "?" for s in self.report.signatures[:3])
        self._paint(BANNER[overall], self.tr("Chữ ký số: %1 — %2").replace("%1", present.status_label(overall))
                    .replace("%2", names))
        self.details.setEnabled(True)

    def _failed(self, message_id: int, exc) -> None:
        if message_id == self.message_id:
            self._paint("amber", self.tr("Không kiểm tra được chữ ký: %1").replace("%1", str(exc)))

    def _paint(self, colour: str, text: str) -> None:
        bg, fg = present.COLOURS[colour]
        self.setStyleSheet(f"QFrame#mailSignatureBadge {{ background: {bg}; border: 1px solid {fg}; border-radius: 3px; }}"
                           f"QFrame#mailSignatureBadge QLabel {{ color: {fg}; font-weight: bold; }}")
        self.text.setText(text)
        self.show()

    def _open(self) -> None:
        if self.report is not None:
            self.open_details(self.report)
