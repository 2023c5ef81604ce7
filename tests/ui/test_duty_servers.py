"""Chuyển lãnh đạo from the window, against the real servers: sync the unit mailbox from Dovecot, select a
DKIM-signed message, forward it to the configured leader through the outbox and Postfix; the leader's copy holds
the server's exact bytes with a DKIM signature that still verifies, and the register records it."""

from __future__ import annotations

import dataclasses
import uuid

import pytest

from tests.support.sending import make_account
from tests.support.signed_mail import DkimKey, attached_original, plain_mail

pytestmark = pytest.mark.servers


def test_forward_to_leaders_from_the_window(store_services, dovecot, postfix, home, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from thucongvu.accounts.repository import AccountRepository
    from thucongvu.duty import config
    from thucongvu.ui.mainwindow import MainWindow

    tag = uuid.uuid4().hex[:8]
    unit, leader = f"vanthu{tag}@thuc.gov.vn", f"giamdoc{tag}@thuc.gov.vn"
    dovecot.add_user(leader, "mk-gd")

    def prepare(conn):
        from thucongvu.accounts.credentials import CredentialStore
        from thucongvu.paths import home_dir

        account = make_account(conn, CredentialStore(home_dir()), dovecot, postfix, unit, "mk-vt")
        AccountRepository(conn).save(dataclasses.replace(account, unit_mailbox=True))

    config.save_user(home, {"leaders": {unit: [leader]}})
    services = store_services(prepare)
    key = DkimKey("gialai.gov.vn")
    signed = key.sign(plain_mail("sonv@gialai.gov.vn", unit, "Công văn số 7/SNV-VP V/v lịch trực", "Kính gửi."))
    dovecot.append(unit, "mk-vt", "INBOX", signed)
    services.mail.sync(unit)

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    mail = window.show_area("mail")
    mail.folder_model.refresh()
    inbox = next(f for f in services.mailbox.folders() if f.account == unit and f.name == "INBOX")
    mail.select_folder(inbox.id)
    mail.list.selectRow(0)
    page = window.show_area("duty").register_page
    monkeypatch.setattr(QInputDialog, "getMultiLineText",
                        staticmethod(lambda *a, **k: ("Kính chuyển Giám đốc.", True)))
    page.forward_selected()
    qtbot.waitUntil(lambda: "Đã chuyển 1 thư" in page.status.text(), timeout=30000)

    c = dovecot.client(unit, "mk-vt")
    try:
        c.select_folder("INBOX", readonly=True)
        (server_copy,) = [d[b"BODY[]"] for d in c.fetch(c.search("ALL"), [b"BODY.PEEK[]"]).values()]
    finally:
        c.logout()
    leader_copy = None
    for _ in range(100):
        c = dovecot.client(leader, "mk-gd")
        try:
            c.select_folder("INBOX", readonly=True)
            uids = c.search("ALL")
            if uids:
                leader_copy = c.fetch(uids, [b"BODY.PEEK[]"])[uids[0]][b"BODY[]"]
        finally:
            c.logout()
        if leader_copy:
            break
        qtbot.wait(200)
    assert leader_copy, postfix.log()[-2000:]
    original = attached_original(leader_copy)
    assert original == server_copy
    assert key.verify(original)
    assert page.model.rows[0][3] == "7/SNV-VP" and page.model.rows[0][6] == leader
    assert page.model.rows[0][7] == "Đã chuyển"
