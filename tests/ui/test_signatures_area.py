"""The Kiểm tra chữ ký area, offscreen: verify off the GUI thread, banner, details, trust management."""

from __future__ import annotations

import pytest

from tests.support import pki as P
from thucongvu.ui.qt import QLabel, QMimeData, QPoint, QPointF, Qt, QTabWidget, QUrl


@pytest.fixture(scope="module")
def ui_pki(tmp_path_factory):
    return P.TestPKI(tmp_path_factory.mktemp("ui-pki"))


@pytest.fixture
def area(window, ui_pki):
    area = window.show_area("signatures")
    service = area.verify_page.service
    for f in [*ui_pki.trust_dir.iterdir(), *ui_pki.crl_dir.iterdir()]:
        service.import_trust(f)
    area.trust_page.refresh()
    return area


def _verify(qtbot, page, path, signature=None):
    with qtbot.waitSignal(page.verified, timeout=60_000) as blocker:
        page.verify(path, signature)
    return blocker.args[0]


def test_area_replaces_the_coming_page(area):
    assert area.findChild(QTabWidget) is not None
    assert "Sắp có" not in " ".join(label.text() for label in area.findChildren(QLabel))


def test_valid_document_green_banner_and_details(area, qtbot, tmp_path, ui_pki):
    path = tmp_path / "qd.pdf"
    path.write_bytes(P.sign_pdf(P.sign_pdf(P.minimal_pdf(), ui_pki.official), ui_pki.seal, "Seal"))
    page = area.verify_page
    report = _verify(qtbot, page, path)
    assert report.overall == "valid"
    assert page.banner.isVisible() and page.banner.colour == "green"
    assert "Nguyễn Văn An" in page.banner.body.text()
    assert page.list.topLevelItemCount() == 2
    assert page.list.topLevelItem(1).text(0) == "Con dấu cơ quan"
    details = page.details.toPlainText()
    assert "Chuỗi chứng thư" in details and "Vùng byte được ký" in details and "Test Root CA" in details


def test_modified_red_and_unsigned_amber(area, qtbot, tmp_path, ui_pki):
    signed = bytearray(P.sign_pdf(P.minimal_pdf(), ui_pki.official))
    signed[signed.index(b"(Quy") + 1] ^= 1
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(signed))
    page = area.verify_page
    assert _verify(qtbot, page, bad).overall == "invalid"
    assert page.banner.colour == "red"
    plain = tmp_path / "plain.pdf"
    plain.write_bytes(P.minimal_pdf())
    assert _verify(qtbot, page, plain) is None
    assert page.banner.colour == "amber" and "không có chữ ký" in page.banner.body.text()


def test_drop_a_document_with_its_detached_signature(area, qtbot, tmp_path, ui_pki):
    from PySide6.QtGui import QDropEvent

    doc, sig = tmp_path / "cv.txt", tmp_path / "cv.txt.p7s"
    doc.write_bytes(b"Cong van")
    sig.write_bytes(P.sign_detached(b"Cong van", ui_pki.official))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc)), QUrl.fromLocalFile(str(sig))])
    page = area.verify_page
    event = QDropEvent(QPointF(QPoint(10, 10)), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(page.verified, timeout=60_000) as blocker:
        page.dropEvent(event)
    assert blocker.args[0].kind == "cms" and blocker.args[0].overall == "valid"


def test_trust_page_lists_imports_and_removes(area, tmp_path):
    page = area.trust_page
    assert page.table.rowCount() == 2
    assert len(page.table.item(0, 4).text()) == 64 and page.table.item(0, 1).text().startswith("Gốc tin cậy")
    page.table.selectRow(1)
    page.remove_selected()
    assert page.table.rowCount() == 1 and "Đã gỡ" in page.message.text()


def test_trust_page_real_root_marked_official(area, real_anchors_ui):
    page = area.trust_page
    page.import_file(real_anchors_ui / "vgca-rootca-g2.pem")
    rows = {page.table.item(r, 4).text(): page.table.item(r, 1).text() for r in range(page.table.rowCount())}
    assert "chính thức" in rows["f04ba4b459a7c9a1b971ad9b1cb833e695a80c79aea63b174b66a70edfe2fdb8"]


@pytest.fixture
def real_anchors_ui():
    from tests.conftest import ROOT, SHARED

    for candidate in (SHARED / "trust-anchors", ROOT.parent.parent / "shared" / "trust-anchors"):
        if (candidate / "vgca-rootca-g2.pem").is_file():
            return candidate
    pytest.skip("shared/trust-anchors is not available")


def _possibly_signed_demo_messages(services):
    conn = services.connect()
    try:
        return [r[0] for r in conn.execute("SELECT id FROM messages WHERE signed=1 ORDER BY id")]
    finally:
        conn.close()


def test_mail_reader_badge_verifies_in_background_and_opens_details(window, demo_services):
    area = window.areas["signatures"]
    badge = area.mail_badge
    mail = window.show_area("mail")
    verdicts = {}
    for message_id in _possibly_signed_demo_messages(demo_services):
        mail.reader.show_message(message_id)
        verdicts[message_id] = (badge.overall, badge.isVisibleTo(mail.reader))
    # the demo has a PDF without a signature (no badge) and one signed by the sample CA, which the
    # demo session trusts (without writing it into the user's trust store)
    assert ("unsigned", False) in verdicts.values() and ("valid", True) in verdicts.values()
    assert area.trust_page.service.trust_anchors() == []
    signed_id = next(m for m, v in verdicts.items() if v[0] == "valid")
    mail.reader.show_message(signed_id)
    assert "Hợp lệ" in badge.text.text()
    badge.details.click()
    assert window.current_area() == "signatures"
    assert area.verify_page.list.topLevelItemCount() >= 1 and area.verify_page.banner.colour == "green"


def test_badge_covers_a_message_opened_before_the_area_was_built(demo_services, qtbot):
    """The window builds the signatures area after its first paint; the open message still gets its badge."""
    from thucongvu.ui.mainwindow import MainWindow
    from thucongvu.ui.signatures.area import verification_service

    service = verification_service(demo_services)
    signed_id = next(m for m in _possibly_signed_demo_messages(demo_services)
                     if service.verify_stored_message(m)[0] == "valid")
    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    mail = window.show_area("mail")
    assert "signatures" in window._pending  # not built yet
    mail.reader.show_message(signed_id)
    badge = window.areas["signatures"].mail_badge  # builds the area now, after the message was loaded
    qtbot.waitUntil(lambda: badge.overall == "valid")
    assert badge.isVisibleTo(mail.reader)


class _HeldExecutor:
    """Keeps jobs until released, to see the page while a check is still running."""

    def __init__(self):
        self.jobs = []

    def submit(self, fn, *args):
        from concurrent.futures import Future

        fut = Future()
        self.jobs.append((fut, fn, args))
        return fut

    def release(self):
        for fut, fn, args in self.jobs:
            try:
                fut.set_result(fn(*args))
            except BaseException as exc:  # noqa: BLE001 - delivered like a worker would
                fut.set_exception(exc)
        self.jobs.clear()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self.jobs.clear()


def test_shows_checking_until_the_result_arrives(area, qtbot, tmp_path, ui_pki, monkeypatch):
    from thucongvu.ui.tasks import Tasks

    held = _HeldExecutor()
    page = area.verify_page
    monkeypatch.setattr(page.services, "tasks", Tasks({"db": held, "net": held}))
    path = tmp_path / "qd.pdf"
    path.write_bytes(P.sign_pdf(P.minimal_pdf(), ui_pki.official))
    page.verify(path)
    assert page.progress.text().startswith("Đang kiểm tra") and not page.banner.isVisible()
    assert not page.pick.isEnabled()
    with qtbot.waitSignal(page.verified, timeout=60_000):
        held.release()
    assert page.banner.colour == "green" and page.pick.isEnabled()


def test_area_in_english(demo_services, qtbot, qapp):
    from thucongvu.ui import i18n
    from thucongvu.ui.mainwindow import MainWindow

    assert i18n.install(qapp, "en")
    try:
        window = MainWindow(demo_services)
        qtbot.addWidget(window)
        area = window.areas["signatures"]
        assert [area.tabs.tabText(i) for i in range(2)] == ["Verify a document", "Trusted certificates"]
        assert area.verify_page.pick.text() == "Choose file…"
        from thucongvu.ui.signatures import present

        assert present.status_label("revoked") == "Certificate revoked"
    finally:
        i18n.install(qapp, "vi")
