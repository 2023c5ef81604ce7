"""The window against the real test servers: read from Dovecot, new mail by IDLE, send through Postfix.

Dovecot (IMAP) and Postfix (submission, delivering into Dovecot over LMTP)
are started by the harness on loopback (tests/support). Nothing is faked.
"""

from __future__ import annotations

import uuid
from email.message import EmailMessage

import pytest
from PySide6.QtCore import Qt

from tests.support.postfix import closed_port
from tests.support.sending import count, make_account, wait_for

pytestmark = pytest.mark.servers


def _letter(to: str, subject: str, body: str = "Kính gửi anh chị.", attach: tuple | None = None) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Văn phòng UBND tỉnh <vanphong@thuc.gov.vn>"
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@thuc.gov.vn>"
    msg.set_content(body)
    if attach:
        msg.add_attachment(attach[1], maintype="application", subtype="pdf", filename=attach[0])
    return msg.as_bytes()


@pytest.fixture
def mailbox_account(store_services, dovecot, postfix):
    """A real account (Dovecot IMAP + Postfix SMTP) in a fresh store; returns (services, address, password)."""
    address = f"vanthu{uuid.uuid4().hex[:8]}@thuc.gov.vn"
    password = "mat-khau-1"
    made = {}

    def prepare(conn):
        from thucongvu.accounts.credentials import CredentialStore
        from thucongvu.paths import home_dir

        made["account"] = make_account(conn, CredentialStore(home_dir()), dovecot, postfix, address, password)

    services = store_services(prepare)
    return services, address, password


def _window(services, qtbot):
    from thucongvu.ui.mainwindow import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window, window.show_area("mail")


def test_read_a_message_from_dovecot_in_the_window(mailbox_account, dovecot, qtbot):
    services, address, password = mailbox_account
    dovecot.append(address, password, "INBOX",
                   _letter(address, "Giấy mời họp giao ban quý IV", "Thời gian: 8 giờ sáng thứ Hai.",
                           ("GiayMoi.pdf", b"%PDF-1.4 mau")))
    services.mail.sync(address)  # headers only: the body is fetched when the message is opened
    window, area = _window(services, qtbot)
    area.refresh_folders()
    inbox = next(f for f in services.mailbox.folders() if f.account == address and f.name == "INBOX")
    area.select_folder(inbox.id)
    assert area.model.rowCount() == 1
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: area.reader.parsed is not None, timeout=15000)
    assert area.reader.subject.text() == "Giấy mời họp giao ban quý IV"
    assert "8 giờ sáng thứ Hai" in area.reader.browser.toPlainText()
    assert area.reader.attachments.list.item(0).text().startswith("GiayMoi.pdf")
    qtbot.waitUntil(lambda: area.model.message(0).seen, timeout=15000)  # \Seen written back
    c = dovecot.client(address, password)
    try:
        c.select_folder("INBOX", readonly=True)
        assert c.search(["SEEN"]) != []
    finally:
        c.logout()


def test_new_mail_appears_without_clicking(mailbox_account, dovecot, qtbot):
    from thucongvu.services.background import BackgroundSync
    from thucongvu.ui.tray import Tray

    services, address, password = mailbox_account
    window, area = _window(services, qtbot)
    tray = Tray(services)
    tray.attach(window)
    sync = BackgroundSync(services.mail, services.events, [address], interval=3600, retry=1)
    services.sync = sync
    with qtbot.waitSignal(services.bridge.sync_finished, timeout=20000):
        sync.start()
    try:
        inbox = next(f for f in services.mailbox.folders() if f.account == address and f.name == "INBOX")
        # The first sync made the folders appear: the tree was rebuilt and opened on the inbox by itself.
        qtbot.waitUntil(lambda: area.current_folder_id() == inbox.id, timeout=5000)
        assert area.folder_model.rowCount() == 1 and area.model.rowCount() == 0
        qtbot.wait(500)  # IDLE is listening
        with qtbot.waitSignal(services.bridge.new_mail, timeout=30000) as got:
            dovecot.append(address, password, "INBOX", _letter(address, "Công văn khẩn về phòng chống bão"))
        assert got.args == [address, 1]
        qtbot.waitUntil(lambda: area.model.rowCount() == 1, timeout=10000)
        assert area.model.message(0).subject == "Công văn khẩn về phòng chống bão"
        assert tray.unread == 1 and "1" in tray.icon.toolTip()
        assert tray.last_notification[0] == "Thư mới"
        # new_mail can arrive before the IDLE-triggered sync finishes; the bar must not linger after it.
        qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=10000)
    finally:
        sync.stop()


def test_send_from_the_window_through_postfix(mailbox_account, dovecot, qtbot):
    from thucongvu.ui.mail.compose import open_compose

    services, address, password = mailbox_account
    rcpt, rcpt_pw = dovecot.add_user(f"lanhdao{uuid.uuid4().hex[:6]}@thuc.gov.vn", "mk-2"), "mk-2"
    compose = open_compose(services, "new")
    qtbot.addWidget(compose)
    compose.to.setText(rcpt)
    compose.subject.setText("Báo cáo tuần — Sở Thông tin và Truyền thông")
    compose.body.setPlainText("Kính gửi lãnh đạo,\nSở gửi báo cáo tuần.")
    with qtbot.waitSignal(compose.sent, timeout=30000) as sent:
        qtbot.mouseClick(compose.send_button, Qt.MouseButton.LeftButton)
    item = sent.args[0]
    assert item.state == "sent"
    delivered = wait_for(dovecot, rcpt, rcpt_pw, item.message_id)
    assert len(delivered) == 1
    assert "Sở gửi báo cáo tuần".encode() in delivered[0] or b"S=E1=BB=9F" in delivered[0]
    assert wait_for(dovecot, address, password, item.message_id, folder="Sent")  # the copy in Sent


def test_queued_when_smtp_is_down_then_sent_once_after_restart(store_services, dovecot, postfix, qtbot):
    from thucongvu.accounts.credentials import CredentialStore
    from thucongvu.accounts.repository import AccountRepository
    from thucongvu.paths import home_dir
    from thucongvu.ui.mail.compose import open_compose

    address = f"vanthu{uuid.uuid4().hex[:8]}@thuc.gov.vn"
    rcpt, rcpt_pw = dovecot.add_user(f"lanhdao{uuid.uuid4().hex[:6]}@thuc.gov.vn", "mk-3"), "mk-3"
    down = closed_port()
    services = store_services(lambda conn: make_account(conn, CredentialStore(home_dir()), dovecot, postfix,
                                                          address, smtp_port=down))
    compose = open_compose(services, "new")
    qtbot.addWidget(compose)
    compose.to.setText(rcpt)
    compose.subject.setText("Thư gửi khi mất mạng")
    compose.body.setPlainText("Nội dung")
    with qtbot.waitSignal(compose.sent, timeout=30000) as sent:
        compose.send()
    item = sent.args[0]
    assert item.state == "queued"
    services.close()
    services.domain.close()

    # "Restart": new services and a new window over the same store; the server is reachable again.
    from dataclasses import replace

    def server_back(conn):
        repo = AccountRepository(conn)
        account = repo.get(address)
        repo.save(replace(account, smtp=replace(account.smtp, port=postfix.submission_port)))

    again = store_services(server_back)
    window, _ = _window(again, qtbot)
    status = window.outbox_status
    qtbot.waitUntil(lambda: status.label.isVisible(), timeout=10000)
    assert [i.message_id for i in status.pending] == [item.message_id]
    assert "1 thư chờ gửi" in status.label.text()
    status.retry_all()  # the user's click (the automatic retry waits for the back-off)
    qtbot.waitUntil(lambda: not status.label.isVisible(), timeout=30000)
    status.flush()  # a later flush must not send it again
    assert len(wait_for(dovecot, rcpt, rcpt_pw, item.message_id)) == 1
    assert count(dovecot, rcpt, rcpt_pw, item.message_id) == 1


def test_forward_unaltered_from_the_window_is_byte_exact(mailbox_account, dovecot, qtbot):
    services, address, password = mailbox_account
    original = _letter(address, "Quyết định số 12/QĐ-UBND (bản gốc có chữ ký)", "Nội dung gốc.\r\n",
                       ("QD-12.pdf", b"%PDF-1.7 ban goc"))
    dovecot.append(address, password, "INBOX", original)
    services.mail.sync(address)
    window, area = _window(services, qtbot)
    area.refresh_folders()
    inbox = next(f for f in services.mailbox.folders() if f.account == address and f.name == "INBOX")
    area.select_folder(inbox.id)
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: area.reader.parsed is not None, timeout=15000)
    on_server = services.mailbox.raw(area.current_message_id())  # BODY.PEEK[] as the server holds it

    leader, leader_pw = dovecot.add_user(f"lanhdao{uuid.uuid4().hex[:6]}@thuc.gov.vn", "mk-4"), "mk-4"
    compose = area.open_compose("forward_unaltered")
    qtbot.addWidget(compose)
    qtbot.waitUntil(lambda: compose.original is not None, timeout=15000)
    compose.to.setText(leader)
    compose.body.setPlainText("Kính chuyển lãnh đạo.")
    with qtbot.waitSignal(compose.sent, timeout=30000) as sent:
        compose.send()
    item = sent.args[0]
    assert item.state == "sent"
    delivered = wait_for(dovecot, leader, leader_pw, item.message_id)
    assert len(delivered) == 1
    assert b"message/rfc822" in delivered[0]
    assert on_server in delivered[0]  # the original, byte for byte, inside the forward


def test_delete_moves_to_the_servers_trash(mailbox_account, dovecot, qtbot):
    services, address, password = mailbox_account
    dovecot.append(address, password, "INBOX", _letter(address, "Thư quảng cáo cần xóa"))
    services.mail.sync(address)
    window, area = _window(services, qtbot)
    area.refresh_folders()
    inbox = next(f for f in services.mailbox.folders() if f.account == address and f.name == "INBOX")
    area.select_folder(inbox.id)
    area.list.selectRow(0)
    area.delete_selected()
    qtbot.waitUntil(lambda: area.model.rowCount() == 0, timeout=15000)
    c = dovecot.client(address, password)
    try:
        trash = next(name for flags, _, name in c.list_folders() if b"\\Trash" in flags)
        c.select_folder(trash, readonly=True)
        assert len(c.search("ALL")) == 1  # a fresh mailbox: the one message we deleted
        c.select_folder("INBOX", readonly=True)
        assert c.search(["NOT", "DELETED"]) == []
    finally:
        c.logout()
