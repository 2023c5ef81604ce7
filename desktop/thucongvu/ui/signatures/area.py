"""Kiểm tra chữ ký area (issue 5): verify a document, manage the trusted certificates.

``create_area(services, parent)`` per the area interface in ``thucongvu.ui``.
The domain ``VerificationService`` is built once per Services and kept in
``services.extra["signatures"]`` so other features (the mail reader's badge)
can share it.
"""

from __future__ import annotations

from thucongvu.ui.qt import QTabWidget, QVBoxLayout, QWidget
from thucongvu.ui.signatures.trust_page import TrustPage
from thucongvu.ui.signatures.verify_page import VerifyPage


def verification_service(services):
    extra = services.extra
    if "signatures" not in extra:
        from thucongvu.signatures.service import VerificationService

        admin_dir: object = True  # the admin policy's trust_anchor_dir
        if getattr(services, "demo", False):
            # Dữ liệu mẫu: the sample documents are signed by the throw-away sample CA; trust it for
            # this session only (never written to the user's trust store).
            from thucongvu.resources import resource

            admin_dir = resource("sample", "certs")
        extra["signatures"] = VerificationService(services.home, db_path=services.db_path, admin_dir=admin_dir)
    return extra["signatures"]


class SignaturesArea(QWidget):
    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.setObjectName("signaturesArea")
        service = verification_service(services)
        self.tabs = QTabWidget()
        self.verify_page = VerifyPage(services, service)
        self.trust_page = TrustPage(services, service)
        self.tabs.addTab(self.verify_page, self.tr("Kiểm tra văn bản"))
        self.tabs.addTab(self.trust_page, self.tr("Chứng thư tin cậy"))
        self.tabs.currentChanged.connect(lambda i: self.trust_page.refresh() if i == 1 else None)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.tabs)


    def show_report(self, report) -> None:
        self.tabs.setCurrentIndex(0)
        self.verify_page.show_report(report)


def create_area(services, parent: QWidget | None = None) -> QWidget:
    area = SignaturesArea(services, parent)
    _attach_mail_badge(services, parent, area)
    return area


def _attach_mail_badge(services, window, area) -> None:
    """The mail area is built before this one; give its reader the signature badge."""
    mail = getattr(window, "areas", {}).get("mail") if window is not None else None
    reader = getattr(mail, "reader", None)
    if reader is None or not hasattr(reader, "add_badge"):
        return
    from thucongvu.ui.signatures.mail_badge import MailSignatureBadge

    def open_details(report) -> None:
        window.show_area("signatures")
        area.show_report(report)

    area.mail_badge = MailSignatureBadge(services, verification_service(services), reader, open_details)
