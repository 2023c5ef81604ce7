"""The compose window: new, reply, reply all, forward inline, and Chuyển nguyên văn.

Guards shown while typing and enforced at send time (``services.drafting``):
a non-.gov.vn sending identity is refused; a confidentiality marking (MẬT,
TỐI MẬT, TUYỆT MẬT) blocks sending with the reason; recipients outside
.gov.vn are highlighted, not refused. Drafts are saved locally on every
pause in typing; "Lưu nháp" also stores a copy in the server's Drafts.
Sending goes through the persistent outbox: if the server is unreachable the
message stays queued (across restarts) and is retried.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget,
                               QListWidgetItem, QMessageBox, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from thucongvu.services import drafting
from thucongvu.ui.mail.addressedit import AddressEdit
from thucongvu.ui.mail.guards import GuardPanel
from thucongvu.ui.outboxstatus import state_label


def open_compose(services, mode: str = "new", source_id: int | None = None, parent=None, *,
                 to: list[str] | tuple = (), attachments: list[str] | tuple = ()) -> "ComposeWindow":
    window = ComposeWindow(services, mode, source_id, parent)
    if to:
        window.to.setText(", ".join(to) + ", ")
    for path in attachments:
        window.add_attachment(path)
    window.show()
    return window


class ComposeWindow(QWidget):
    sent = Signal(object)  # the OutboxItem

    def __init__(self, services, mode: str = "new", source_id: int | None = None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("composeWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.services = services
        self.draft = drafting.Draft(mode=mode, source_id=source_id)
        self.stored_id: int | None = None  # the row in the drafts store, once autosaved
        self.original: bytes | None = None
        self.last_error = ""
        self.is_sent = False  # queued in the outbox: the draft is gone
        self.setAcceptDrops(True)
        titles = {"new": self.tr("Thư mới"), "reply": self.tr("Trả lời"), "reply_all": self.tr("Trả lời tất cả"),
                  "forward": self.tr("Chuyển tiếp"), "forward_unaltered": self.tr("Chuyển nguyên văn")}
        self.setWindowTitle(titles.get(mode, self.tr("Thư mới")))
        self._build()
        self._autosave = QTimer(self, singleShot=True, interval=1500)
        self._autosave.timeout.connect(self.save_local)
        for widget in (self.to, self.cc, self.subject):
            widget.textChanged.connect(self._changed)
        self.body.textChanged.connect(self._changed)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.send)
        self.services.tasks.run(self.services.mailbox.recent_correspondents,
                                on_done=lambda c: (self.to.set_candidates(c), self.cc.set_candidates(c)))
        if source_id is not None:
            self.body.setPlaceholderText(self.tr("Đang tải thư gốc…"))
            self.services.tasks.run(self.services.mailbox.raw, source_id, on_done=self._original_loaded,
                                    on_error=self._original_failed)
        self._update_guards()

    # -- layout ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.sender = QComboBox(self)
        self.sender.setObjectName("composeFrom")
        for account in self.services.accounts.all():
            self.sender.addItem(f"{account.display_name} <{account.email}>" if account.display_name else account.email,
                                account.email)
        self.to = AddressEdit(parent=self)
        self.to.setObjectName("composeTo")
        self.cc = AddressEdit(parent=self)
        self.cc.setObjectName("composeCc")
        self.subject = QLineEdit(self)
        self.subject.setObjectName("composeSubject")
        form.addRow(self.tr("Từ:"), self.sender)
        form.addRow(self.tr("Đến:"), self.to)
        form.addRow(self.tr("Cc:"), self.cc)
        form.addRow(self.tr("Tiêu đề:"), self.subject)
        layout.addLayout(form)

        self.guards = GuardPanel(self)
        self.outside_label, self.block_label = self.guards.outside, self.guards.block
        self.unaltered_label = self.guards.unaltered
        layout.addWidget(self.guards)
        self.to.outside_changed.connect(lambda _: self._update_guards())
        self.cc.outside_changed.connect(lambda _: self._update_guards())

        self.body = QPlainTextEdit(self)
        self.body.setObjectName("composeBody")
        layout.addWidget(self.body, 1)

        self.attachment_list = QListWidget(self)
        self.attachment_list.setObjectName("composeAttachments")
        self.attachment_list.setMaximumHeight(70)
        self.attachment_list.setFlow(QListWidget.Flow.LeftToRight)
        self.attachment_list.hide()
        layout.addWidget(self.attachment_list)

        buttons = QHBoxLayout()
        self.attach_button = QPushButton(self.tr("Đính kèm tệp…"))
        self.attach_button.clicked.connect(self._pick_files)
        self.remove_button = QPushButton(self.tr("Bỏ tệp"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.save_button = QPushButton(self.tr("Lưu nháp"))
        self.save_button.clicked.connect(self.save_draft)
        self.send_button = QPushButton(self.tr("Gửi (Ctrl+Enter)"))
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(self.send)
        self.status = QLabel(self)
        self.status.setObjectName("composeStatus")
        for w in (self.attach_button, self.remove_button):
            buttons.addWidget(w)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        self.resize(820, 620)

    # -- original ------------------------------------------------------------------------
    def _original_loaded(self, raw: bytes) -> None:
        self.original = raw
        account = self._reply_identity(self._source_account())
        if account:
            index = self.sender.findData(account)
            if index >= 0:
                self.sender.setCurrentIndex(index)
        fields = drafting.prefill(self.draft.mode, raw, self.current_account())
        self.subject.setText(fields.get("subject", ""))
        self.to.setText(fields.get("to", ""))
        self.cc.setText(fields.get("cc", ""))
        self.draft.in_reply_to = fields.get("in_reply_to", "")
        self.draft.references = fields.get("references", "")
        self.body.setPlainText(fields.get("body", ""))
        self.body.setPlaceholderText(self.tr("Lời nhắn kèm theo (không bắt buộc)")
                                     if self.draft.mode == "forward_unaltered" else "")
        cursor = self.body.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.body.setTextCursor(cursor)
        if self.draft.mode == "forward_unaltered":
            self.guards.show_unaltered(len(raw))
        (self.body if self.draft.mode in ("reply", "reply_all") else self.to).setFocus()

    def _original_failed(self, exc: BaseException) -> None:
        self.status.setText(self.tr("Không tải được thư gốc: %1").replace("%1", str(exc)))
        self.send_button.setEnabled(False)

    def _source_account(self) -> str | None:
        row = self.services.mailbox.row(self.draft.source_id) if self.draft.source_id is not None else None
        return row.account if row is not None else None

    def _reply_identity(self, source: str | None) -> str | None:
        """The source's account, except a leader's read-only view: then the leader's own account if any."""
        accounts = self.services.accounts.all()
        src = next((a for a in accounts if a.email == source), None)
        if src is None or not src.read_only:
            return source
        own = next((a for a in accounts if not a.read_only), None)
        return own.email if own is not None else source

    def current_account(self) -> str:
        return self.sender.currentData() or ""

    # -- attachments -------------------------------------------------------------------------
    def add_attachment(self, path: str | Path) -> None:
        path = str(path)
        if not Path(path).is_file() or path in self.draft.attachments:
            return
        self.draft.attachments.append(path)
        item = QListWidgetItem(Path(path).name)
        item.setToolTip(path)
        self.attachment_list.addItem(item)
        self.attachment_list.show()
        self._changed()

    def _pick_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Chọn tệp đính kèm"))
        for path in paths:
            self.add_attachment(path)

    def _remove_selected(self) -> None:
        for item in self.attachment_list.selectedItems():
            self.draft.attachments.remove(item.toolTip())
            self.attachment_list.takeItem(self.attachment_list.row(item))
        self.attachment_list.setVisible(bool(self.draft.attachments))
        self._changed()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.add_attachment(url.toLocalFile())
        event.acceptProposedAction()

    # -- guards ------------------------------------------------------------------------------
    def collect(self) -> drafting.Draft:
        d = self.draft
        d.account, d.to, d.cc = self.current_account(), self.to.text(), self.cc.text()
        d.subject, d.body = self.subject.text(), self.body.toPlainText()
        return d

    def _changed(self, *_args) -> None:
        self._autosave.start()
        self._update_guards()

    def _update_guards(self) -> None:
        blocked = self.guards.update_for(self.collect(), self.to.outside + self.cc.outside)
        self.send_button.setEnabled(not blocked and (self.draft.source_id is None or self.original is not None))

    # -- saving and sending ----------------------------------------------------------------------
    def save_local(self, then=None) -> None:
        """Autosave into the local drafts store (db lane: one writer)."""
        stored = drafting.to_stored(self.collect(), self.stored_id)
        drafts = self.services.drafts()

        def done(saved) -> None:
            self.stored_id = saved.id
            if then is not None:
                then()

        self.services.tasks.run(drafts.save, stored, lane="db", on_done=done)

    def save_draft(self) -> None:
        """Saves locally, then replaces the copy in the server's Drafts folder (RFC 6154 \\Drafts)."""
        self.status.setText(self.tr("Đã lưu nháp trên máy."))
        if self.services.demo:
            self.save_local()
            return

        def upload() -> None:
            self.services.tasks.run(self.services.drafts().upload, self.stored_id, lane="db",
                                    on_done=lambda _: self.status.setText(self.tr("Đã lưu nháp lên máy chủ.")),
                                    on_error=lambda exc: self.status.setText(
                                        self.tr("Đã lưu nháp trên máy (chưa lưu được lên máy chủ).")))

        self.save_local(then=upload)

    def send(self) -> None:
        """Guards, then the persistent outbox (its own worker lane), then an attempt to send now."""
        from thucongvu.errors import AppError
        from thucongvu.ui.i18n import english

        draft = self.collect()
        if self.services.demo:
            self._fail(self.tr("Dữ liệu mẫu: thư không được gửi đi. Hãy thêm tài khoản thư công vụ để gửi thật."))
            return
        try:
            msg = drafting.build(draft, self.original)
        except AppError as exc:
            self._fail(exc.message(english()))
            return
        outbox = self.services.outbox()
        self.send_button.setEnabled(False)
        self.status.setText(self.tr("Đang gửi…"))

        def refused(exc: BaseException) -> None:
            self.send_button.setEnabled(True)
            self._fail(exc.message(english()) if isinstance(exc, AppError) else f"{type(exc).__name__}: {exc}")

        self.services.tasks.run(outbox.enqueue, draft.account, msg, lane="send", on_done=self._queued,
                                on_error=refused)

    def _queued(self, item) -> None:
        self.is_sent = True
        self._autosave.stop()
        if self.stored_id is not None:
            self.services.tasks.run(self.services.drafts().delete, self.stored_id, lane="db")
            self.stored_id = None
        self.services.events.publish("outbox_changed")
        self.services.tasks.run(self.services.outbox().flush, on_done=lambda _: self._flushed(item),
                                on_error=lambda exc: self._flushed(item), lane="send")

    def _flushed(self, item) -> None:
        self.services.tasks.run(self.services.outbox().get, item.id, lane="send", on_done=self._report)

    def _report(self, current) -> None:
        self.services.events.publish("outbox_changed")
        self.sent.emit(current)
        if current.state != "sent":
            _notify(self.parentWidget(), QMessageBox.Icon.Information, self.tr("Thư nằm trong hộp thư đi"), self.tr(
                "Chưa gửi được ngay (%1). Thư được giữ trong hộp thư đi và sẽ tự gửi lại, kể cả sau khi mở lại "
                "ứng dụng.").replace("%1", current.last_error or state_label(current.state)))
        self.close()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Closing keeps what was typed: saved locally and, with a real account, in the server's Drafts."""
        if self._autosave.isActive() or (self.stored_id is not None and not self.is_sent):
            self._autosave.stop()
            self.save_draft()
        super().closeEvent(event)

    def _fail(self, text: str) -> None:
        self.last_error = text
        self.status.setText(text)
        _notify(self, QMessageBox.Icon.Warning, self.tr("Không gửi được"), text)


def _notify(parent, icon, title: str, text: str) -> QMessageBox:
    """A window-modal message that does not block the event loop (tests stay scriptable)."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
