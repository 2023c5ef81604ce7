"""The reader pane: headers, the body (sanitised HTML or plain text), attachments.

Bodies are parsed off the GUI thread (``services.tasks``); the pane says
"Đang tải…" until the result arrives, and drops results for a message that is
no longer shown. Remote content stays blocked until the user clicks
"Tải nội dung từ xa" for this message.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget)

from thucongvu.mail.remote import fetch_images, to_plain
from thucongvu.mail.sanitize import sanitize
from thucongvu.ui.mail.attachments import AttachmentPanel
from thucongvu.ui.mail.browser import SafeBrowser

_LEGACY = {"TCVN3": "TCVN3 (ABC)", "VNI": "VNI", "decomposed": "Unicode tổ hợp"}


class ReaderPane(QWidget):
    message_shown = Signal(int)  # a message's body is on screen
    message_loaded = Signal(int, object)  # (message id, ParsedMessage): for badges such as signatures

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services
        self.message_id: int | None = None
        self.parsed = None
        self.row = None
        self.allow_remote = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        self.subject = QLabel()
        self.subject.setObjectName("readerSubject")
        self.subject.setWordWrap(True)
        self.subject.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.subject.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.subject.setFont(font)
        self.headers = QLabel()
        self.headers.setObjectName("readerHeaders")
        self.headers.setWordWrap(True)
        self.headers.setTextFormat(Qt.TextFormat.RichText)
        self.headers.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.subject)
        layout.addWidget(self.headers)
        # Features add their badges here (e.g. the signature check): add_badge(widget).
        self.badges = QHBoxLayout()
        self.badges.setContentsMargins(0, 0, 0, 0)
        self.badges.addStretch(0)  # takes the rest, but gives way to a badge added with stretch
        layout.addLayout(self.badges)

        self.notice = QFrame()
        self.notice.setObjectName("readerNotice")
        self.notice.setStyleSheet("QFrame#readerNotice { background: palette(alternate-base); "
                                  "border: 1px solid palette(mid); border-radius: 3px; }")
        notice_row = QHBoxLayout(self.notice)
        notice_row.setContentsMargins(8, 4, 8, 4)
        self.notice_text = QLabel()
        self.notice_text.setWordWrap(True)
        self.remote_button = QPushButton(self.tr("Tải nội dung từ xa"))
        self.remote_button.setObjectName("loadRemote")
        self.remote_button.clicked.connect(self.load_remote)
        notice_row.addWidget(self.notice_text, 1)
        notice_row.addWidget(self.remote_button)
        layout.addWidget(self.notice)

        self.plain_toggle = QToolButton()
        self.plain_toggle.setObjectName("plainToggle")
        self.plain_toggle.setText(self.tr("Văn bản thuần"))
        self.plain_toggle.setCheckable(True)
        self.plain_toggle.toggled.connect(lambda _: self._render())
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.plain_toggle)
        layout.addLayout(bar)

        self.browser = SafeBrowser(self)
        self.browser.setObjectName("readerBody")
        layout.addWidget(self.browser, 1)
        self.attachments = AttachmentPanel(services, self)
        layout.addWidget(self.attachments)
        self.clear()

    def add_badge(self, widget: QWidget, stretch: int = 0) -> None:
        """A small widget shown under the headers (left of the stretch), e.g. "Chữ ký hợp lệ".

        ``stretch=1`` lets a badge with wrapping text take the row's width instead of
        being squeezed by the trailing stretch.
        """
        self.badges.insertWidget(self.badges.count() - 1, widget, stretch)
        widget.show()  # a child added after its parent was shown stays hidden otherwise

    # -- showing ----------------------------------------------------------------------
    def clear(self, text: str = "") -> None:
        self.message_id = None
        self.parsed = None
        self.row = None
        self.subject.setText("")
        self.headers.setText("")
        self.subject.hide()
        self.headers.hide()
        self.notice.hide()
        self.plain_toggle.hide()
        self.attachments.set_message(None, None)
        self.browser.show_text(text)

    def show_message(self, message_id: int) -> None:
        if message_id == self.message_id and self.parsed is not None:
            return
        self.message_id = message_id
        self.parsed = None
        self.allow_remote = False
        self.browser.remote_images = {}
        self.notice.hide()
        self.attachments.set_message(None, None)
        row = self.services.mailbox.row(message_id)
        self.row = row
        self.subject.show()
        self.headers.show()
        if row is not None:
            self.subject.setText(row.subject or self.tr("(không có tiêu đề)"))
            self.headers.setText(f"<b>{escape(self.tr('Từ'))}:</b> {escape(row.sender)}")
        self.browser.show_text(self.tr("Đang tải nội dung thư…"))
        self.services.tasks.run(self.services.mailbox.parsed, message_id,
                                on_done=lambda res, mid=message_id: self._loaded(mid, res),
                                on_error=lambda exc, mid=message_id: self._failed(mid, exc))

    def _loaded(self, message_id: int, result) -> None:
        if message_id != self.message_id:
            return  # the user moved on
        self.row, self.parsed = result
        self._render_headers()
        self.attachments.set_message(message_id, self.parsed)
        self.plain_toggle.setVisible(bool(self.parsed.html))
        self._render()
        self.message_loaded.emit(message_id, self.parsed)
        self.message_shown.emit(message_id)

    def _failed(self, message_id: int, exc: BaseException) -> None:
        if message_id != self.message_id:
            return
        from thucongvu.errors import AppError
        from thucongvu.ui.i18n import english

        text = exc.message(english()) if isinstance(exc, AppError) else f"{type(exc).__name__}: {exc}"
        self.browser.show_text(self.tr("Không mở được thư: %1").replace("%1", text))

    def _render_headers(self) -> None:
        p = self.parsed
        self.subject.setText(p.subject or self.tr("(không có tiêu đề)"))
        lines = [(self.tr("Từ"), p.from_), (self.tr("Đến"), p.to), (self.tr("Cc"), p.cc)]
        if p.date is not None:
            lines.append((self.tr("Ngày"), datetime.fromtimestamp(p.date).strftime("%d/%m/%Y %H:%M")))
        self.headers.setText("<br>".join(f"<b>{escape(k)}:</b> {escape(v)}" for k, v in lines if v))

    def _render(self) -> None:
        p = self.parsed
        if p is None:
            return
        notices = []
        if p.legacy_encoding:
            notices.append(self.tr("Thư viết bằng bảng mã cũ %1, đã được chuyển sang Unicode để hiển thị.")
                           .replace("%1", _LEGACY.get(p.legacy_encoding, p.legacy_encoding)))
        self.remote_button.hide()
        if p.html and not self.plain_toggle.isChecked():
            safe = sanitize(p.html, allow_remote=self.allow_remote)
            if safe.remote_blocked and not self.allow_remote:
                notices.append(self.tr("Đã chặn %n nội dung từ xa để bảo vệ bạn (người gửi có thể biết bạn đã mở thư).",
                                       "", safe.remote_blocked))
                self.remote_button.setVisible(bool(safe.remote_urls))
            self.browser.show_html(safe.html)
        else:
            self.browser.show_text(to_plain(p.html) if p.html and not p.text.strip() else p.text)
        self.notice_text.setText(" ".join(notices))
        self.notice.setVisible(bool(notices))

    # -- remote content ------------------------------------------------------------------
    def load_remote(self) -> None:
        """The user asked for this message's remote images: fetch them off-thread, then re-render."""
        if self.parsed is None or not self.parsed.html:
            return
        urls = sanitize(self.parsed.html, allow_remote=True).remote_urls
        message_id = self.message_id
        self.remote_button.setEnabled(False)

        def done(images: dict) -> None:
            self.remote_button.setEnabled(True)
            if message_id != self.message_id:
                return
            self.allow_remote = True
            self.browser.remote_images = images
            self._render()

        self.services.tasks.run(fetch_images, urls, on_done=done,
                                on_error=lambda exc: self.remote_button.setEnabled(True))
