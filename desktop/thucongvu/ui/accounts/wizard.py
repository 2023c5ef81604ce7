"""The account wizard: address and password; servers from the admin policy, else found and tested.

Every failure is explained in Vietnamese: a non-.gov.vn address is refused
before any connection; a wrong password, an unreachable server, and a
certificate that is not trusted — the last with its SHA-256 fingerprint and an
explicit "Tin cậy chứng chỉ này" choice (the account then pins it). The
work runs off the GUI thread (``services.tasks``).
"""

from __future__ import annotations

from functools import partial
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QVBoxLayout)

from thucongvu.accounts import discover
from thucongvu.accounts.model import Endpoint
from thucongvu.errors import AppError, AuthError, PolicyError, TlsError, UsageError


def _pretty(fingerprint: str) -> str:
    fp = fingerprint.replace(":", "").upper()
    return ":".join(fp[i:i + 2] for i in range(0, len(fp), 2))


class AccountWizard(QDialog):
    def __init__(self, services, parent=None, *, policy=None):
        super().__init__(parent)
        self.setObjectName("accountWizard")
        self.setWindowTitle(self.tr("Thêm tài khoản thư công vụ"))
        self.services = services
        if policy is None:
            from thucongvu.policy.admin import load_policy

            try:
                policy = load_policy()
            except AppError:
                policy = None
        self.policy = policy
        self.account = None
        self.pending_tls: TlsError | None = None
        self.trusted: tuple[str, int, str] | None = None  # (host, port, sha256) the user chose to trust
        self._build()

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Nhập địa chỉ thư công vụ (.gov.vn) và mật khẩu. Ứng dụng tự tìm máy chủ và thử "
                               "đăng nhập; mật khẩu được cất trong kho khóa của hệ điều hành hoặc kho mã hóa."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.email = QLineEdit(self)
        self.email.setObjectName("wizardEmail")
        self.email.setPlaceholderText("ten.donvi@tinh.gov.vn")
        self.password = QLineEdit(self)
        self.password.setObjectName("wizardPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.display_name = QLineEdit(self)
        self.unit = QCheckBox(self.tr("Đây là hộp thư đơn vị (văn thư quản lý)"), self)
        form.addRow(self.tr("Địa chỉ thư:"), self.email)
        form.addRow(self.tr("Mật khẩu:"), self.password)
        form.addRow(self.tr("Tên hiển thị:"), self.display_name)
        form.addRow("", self.unit)
        layout.addLayout(form)

        self.servers = QGroupBox(self.tr("Máy chủ (để trống để tự tìm)"), self)
        servers = QFormLayout(self.servers)
        self.imap = QLineEdit(self)
        self.imap.setObjectName("wizardImap")
        self.imap.setPlaceholderText("mail.tinh.gov.vn:993")
        self.imap_security = QComboBox(self)
        self.imap_security.addItem(self.tr("TLS (cổng 993)"), "tls")
        self.imap_security.addItem("STARTTLS", "starttls")
        self.smtp = QLineEdit(self)
        self.smtp.setObjectName("wizardSmtp")
        self.smtp.setPlaceholderText("mail.tinh.gov.vn:587")
        row = QHBoxLayout()
        row.addWidget(self.imap, 1)
        row.addWidget(self.imap_security)
        servers.addRow("IMAP:", row)
        servers.addRow("SMTP:", self.smtp)
        if self.policy is not None and self.policy.imap:
            self.imap.setText(self.policy.imap)
            self.smtp.setText(self.policy.smtp or "")
            self.imap_security.setCurrentIndex(self.imap_security.findData(self.policy.imap_security))
            for w in (self.imap, self.smtp, self.imap_security):
                w.setEnabled(False)
            self.servers.setTitle(self.tr("Máy chủ (do quản trị viên quy định)"))
        layout.addWidget(self.servers)

        self.result = QLabel(self)
        self.result.setObjectName("wizardResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        buttons = QHBoxLayout()
        self.trust_button = QPushButton(self.tr("Tin cậy chứng chỉ này"), self)
        self.trust_button.setObjectName("trustCertificate")
        self.trust_button.hide()
        self.trust_button.clicked.connect(self.trust_certificate)
        self.connect_button = QPushButton(self.tr("Kết nối"), self)
        self.connect_button.setObjectName("wizardConnect")
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(lambda: self.start())
        cancel = QPushButton(self.tr("Hủy"), self)
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.trust_button)
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.connect_button)
        layout.addLayout(buttons)
        self.resize(560, 420)

    # -- work ----------------------------------------------------------------------------------
    def candidates(self) -> list[discover.ServerGuess]:
        imap = self.imap.text().strip()
        if imap:
            security = self.imap_security.currentData()
            smtp_text = self.smtp.text().strip()
            smtp = Endpoint.parse(smtp_text, default_port=587, security="starttls") if smtp_text else None
            return [discover.ServerGuess(Endpoint.parse(imap, default_port=993, security=security), smtp, "manual")]
        return discover.guesses(self.email.text().strip(), self.policy)

    def start(self, candidates=None, pinned: str | None = None) -> None:
        email, password = self.email.text().strip(), self.password.text()
        self.trust_button.hide()
        self.pending_tls = None
        if not email or not password:
            self._show_error(UsageError("Hãy nhập địa chỉ thư và mật khẩu.", "Enter the address and the password."))
            return
        try:
            from thucongvu.policy.identity import check_identity

            check_identity(email, self.policy)  # refuse before any connection, and before guessing
            found = candidates if candidates is not None else self.candidates()
            if pinned is None and self.trusted and len(found) == 1 \
                    and (found[0].imap.host, found[0].imap.port) == self.trusted[:2]:
                pinned = self.trusted[2]
        except AppError as exc:
            self._show_error(exc)
            return
        self.connect_button.setEnabled(False)
        self.result.setText(self.tr("Đang thử kết nối…"))
        mail = self._mail_service()
        job = partial(discover.connect_account, email, password, mail.add_account, candidates=found,
                      display_name=self.display_name.text().strip(), unit_mailbox=self.unit.isChecked(),
                      pinned_sha256=pinned, policy=self.policy)
        self.services.tasks.run(job, on_done=self._connected, on_error=self._show_error)

    def _mail_service(self):
        if getattr(self.services, "mail", None) is not None:
            return self.services.mail
        from thucongvu import services as services_mod

        return services_mod.real_mail_service(self.services.home, self.services.credentials)

    def trust_certificate(self) -> None:
        exc = self.pending_tls
        if exc is None or not exc.fingerprint:
            return
        self.trusted = (exc.guess.imap.host, exc.guess.imap.port, exc.fingerprint)
        self.start([exc.guess], pinned=exc.fingerprint)

    def _connected(self, account) -> None:
        self.account = account
        self.connect_button.setEnabled(True)
        self.result.setText(self.tr("Đã kết nối và lưu tài khoản %1.").replace("%1", escape(account.email)))
        self.services.events.publish("accounts_changed")
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        from thucongvu.ui.i18n import english

        self.connect_button.setEnabled(True)
        detail = escape(exc.message(english()) if isinstance(exc, AppError) else f"{type(exc).__name__}: {exc}")
        if isinstance(exc, PolicyError):
            text = self.tr("<b>Không dùng được địa chỉ này.</b> Chỉ thị 34/2008/CT-TTg yêu cầu dùng hộp thư công vụ "
                           "thuộc tên miền .gov.vn cho công việc.") + f"<br>{detail}"
        elif isinstance(exc, AuthError):
            text = self.tr("<b>Sai tên đăng nhập hoặc mật khẩu.</b> Máy chủ đã trả lời nhưng từ chối đăng nhập; "
                           "kiểm tra lại mật khẩu (phân biệt chữ hoa, chữ thường).") + f"<br>{detail}"
        elif isinstance(exc, TlsError):
            self.pending_tls = exc
            fp = _pretty(exc.fingerprint) if exc.fingerprint else self.tr("(không lấy được)")
            text = (self.tr("<b>Chứng chỉ của máy chủ không được tin cậy.</b> Có thể máy chủ dùng chứng chỉ nội bộ, "
                            "hoặc có kẻ đang giả mạo máy chủ. Chỉ chọn «Tin cậy chứng chỉ này» khi bộ phận CNTT "
                            "xác nhận đúng vân tay SHA-256 dưới đây:")
                    + f"<br><tt>{fp}</tt><br>{detail}")
            self.trust_button.setVisible(bool(exc.fingerprint))
        elif isinstance(exc, discover.NotReachable):
            text = self.tr("<b>Không kết nối được máy chủ thư.</b> Kiểm tra mạng, hoặc nhập địa chỉ máy chủ do bộ "
                           "phận CNTT cung cấp vào ô IMAP.") + f"<br>{detail}"
        else:
            text = self.tr("<b>Không thêm được tài khoản.</b>") + f"<br>{detail}"
        self.result.setText(f"<span style='color:#8a1c1c'>{text}</span>")
