"""Folder sync against the real Dovecot: first sync, incremental, UIDVALIDITY, big folders."""

from __future__ import annotations

import json
import time

import pytest

from tests.support import mailgen
from thucongvu.mail import folder_sync
from thucongvu.mail.mime import parse
from thucongvu.store.messages import search


def _row(mb, uid, folder="INBOX"):
    return mb.service.db.execute(
        "SELECT m.* FROM messages m JOIN folders f ON f.id=m.folder_id WHERE f.name=? AND m.uid=?",
        (folder, uid)).fetchone()


def test_first_sync_decodes_vietnamese_headers_attachments_and_roles(mailbox):
    raws = [mailgen.message(i) for i in (0, 1, 7)]  # PDF + UTF-8 B, UTF-8 Q, windows-1258 Q
    mailbox.server.append_many(mailbox.address, mailbox.password, "INBOX", raws)
    mailbox.server.append(mailbox.address, mailbox.password, "Sent",
                          b"Subject: =?utf-8?Q?=C4=90=C3=A3_g=E1=BB=ADi?=\r\nFrom: a@b.gov.vn\r\n\r\nx\r\n",
                          flags=[b"\\Seen", b"\\Flagged"])
    c = mailbox.other_client()
    c.create_folder("Công văn đến/Năm 2026")  # modified UTF-7 on the wire (RFC 3501 §5.1.3)
    c.logout()
    mailbox.server.append(mailbox.address, mailbox.password, "Công văn đến/Năm 2026", mailgen.message(3))
    result = mailbox.service.sync()
    assert (result.new, result.messages, result.changed, result.vanished) == (5, 5, 0, 0)

    roles = dict(mailbox.service.db.execute("SELECT name, role FROM folders"))
    assert roles == {"INBOX": "inbox", "Drafts": "drafts", "Sent": "sent", "Trash": "trash", "Junk": "junk",
                     "Archive": "archive", "Công văn đến": None, "Công văn đến/Năm 2026": None}
    assert len(mailbox.local_state("Công văn đến/Năm 2026")) == 1
    assert mailbox.service.sync().new == 0  # the no-change check reads the same names
    pdf = _row(mailbox, 1)
    assert pdf["subject"] == "Quyết định số 100/QĐ-UBND về việc phê duyệt kế hoạch phòng chống thiên tai"
    assert (pdf["from_name"], pdf["from_addr"]) == ("Văn phòng UBND tỉnh Gia Lai", "vpubnd@gialai.gov.vn")
    assert pdf["to_addrs"] == "Văn thư <vanthu@gialai.gov.vn>"
    assert pdf["has_attachments"] == 1 and pdf["signed"] == 1
    atts = json.loads(pdf["attachments"])
    assert [(a["name"], a["type"], a["part"]) for a in atts] == [("100-QĐ-UBND.pdf", "application/pdf", "2")]
    assert pdf["message_id"] == "<0.7@gialai.gov.vn>" and pdf["date"] == 1_790_000_000
    assert _row(mailbox, 2)["subject"] == "Công văn số 101/UBND-VX V/v triển khai phòng chống thiên tai"
    legacy = _row(mailbox, 3)  # windows-1258 with combining tone marks → NFC
    assert legacy["subject"] == "Công văn số 107/UBND-VX V/v triển khai xây dựng nông thôn mới"
    assert legacy["has_attachments"] == 0
    sent = _row(mailbox, 1, "Sent")
    assert sent["subject"] == "Đã gửi" and sent["flags"] == "\\Flagged \\Seen" and sent["flagged"] == 1

    db = mailbox.service.db
    assert [m.uid for m in search(db, "quyet dinh")] == [1]
    assert [m.uid for m in search(db, "QUYẾT ĐỊNH")] == [1]
    assert {m.uid for m in search(db, "nong thon")} == {3}
    assert [m.subject for m in search(db, "da gui")] == ["Đã gửi"]
    assert search(db, "vanthu gialai") and not search(db, "khong co tu nay")


@pytest.mark.parametrize("condstore", [True, False], ids=["condstore-qresync", "uid-flags-compare"])
def test_incremental_sync_sees_flags_expunges_and_appends(mailbox, condstore):
    mailbox.server.append_many(mailbox.address, mailbox.password, "INBOX", mailgen.messages(6, pdf_every=0))
    assert mailbox.service.sync().new == 6

    c = mailbox.other_client()
    c.select_folder("INBOX")
    c.add_flags([1, 2], [b"\\Flagged"])
    c.add_flags([4], [b"\\Seen", b"$Label1"])
    c.delete_messages([3, 5])
    c.expunge()
    c.logout()
    mailbox.server.append(mailbox.address, mailbox.password, "INBOX", mailgen.message(99, pdf_every=0))

    if condstore:
        result = mailbox.service.sync()
        assert (result.new, result.changed, result.vanished, result.messages) == (1, 3, 2, 5)
    else:  # the fallback for servers without CONDSTORE: every UID and flag compared
        from thucongvu.mail.connection import close
        from thucongvu.mail.folders import folder_by_name

        client = mailbox.service.open(mailbox.account)
        try:
            inbox = folder_by_name(mailbox.service.db, mailbox.account.id, "INBOX")
            result = folder_sync.sync_folder(client, mailbox.service.db, inbox, {b"IMAP4REV1"})
        finally:
            close(client)
        assert (result.new, result.changed, result.vanished) == (1, 3, 2)
    assert mailbox.local_state() == mailbox.server_state()
    assert mailbox.local_state()[4] == "$Label1 \\Seen"

    again = mailbox.service.sync()
    assert (again.new, again.changed, again.vanished) == (0, 0, 0)


def test_uidvalidity_reset_refetches_folder_and_keeps_other_local_data(mailbox):
    srv = mailbox.server
    c = mailbox.other_client()
    c.create_folder("Cong van den")
    c.logout()
    srv.append_many(mailbox.address, mailbox.password, "Cong van den", mailgen.messages(3, pdf_every=0))
    srv.append(mailbox.address, mailbox.password, "Drafts", b"Subject: Nhap\r\n\r\nban nhap\r\n", flags=[b"\\Draft"])
    mailbox.service.sync()
    db = mailbox.service.db
    draft_before = tuple(_row(mailbox, 1, "Drafts"))
    mailbox.service.fetch_body(draft_before[0])
    old = db.execute("SELECT uidvalidity FROM folders WHERE name='Cong van den'").fetchone()[0]
    own = ("messages", "bodies", "folders", "pending_changes", "sqlite_", "schema_version")
    others = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")
              if not r[0].startswith(own)]  # outbox, drafts, directory … tables of other components
    before = {t: db.execute(f'SELECT * FROM "{t}"').fetchall() for t in others}

    c = mailbox.other_client()
    c.delete_folder("Cong van den")
    c.create_folder("Cong van den")
    c.logout()
    srv.append_many(mailbox.address, mailbox.password, "Cong van den", mailgen.messages(2, start=50, pdf_every=0))
    result = mailbox.service.sync()

    new_uv = db.execute("SELECT uidvalidity FROM folders WHERE name='Cong van den'").fetchone()[0]
    assert new_uv != old and result.new == 2
    subjects = {r[0] for r in db.execute("SELECT subject FROM messages m JOIN folders f ON f.id=m.folder_id "
                                         "WHERE f.name='Cong van den'")}
    assert subjects == {parse(mailgen.message(i, pdf_every=0)).subject for i in (50, 51)}
    assert mailbox.local_state("Cong van den") == mailbox.server_state("Cong van den")
    assert {t: db.execute(f'SELECT * FROM "{t}"').fetchall() for t in others} == before
    assert tuple(_row(mailbox, 1, "Drafts")) == draft_before  # the local draft and its body are untouched
    assert db.execute("SELECT count(*) FROM bodies WHERE message_id=?", (draft_before[0],)).fetchone()[0] == 1
    fts = db.execute("SELECT count(*) FROM messages_fts").fetchone()[0]
    assert fts == db.execute("SELECT count(*) FROM messages").fetchone()[0]  # no stale index rows


def test_ten_thousand_message_folder(mailbox):
    n = 10_000
    mailbox.server.seed_maildir(mailbox.address, "INBOX", mailgen.messages(n, pdf_every=50), seen_every=3)
    started = time.monotonic()
    result = mailbox.service.sync(folder="INBOX")
    took = time.monotonic() - started
    assert result.new == n and result.messages == n
    db = mailbox.service.db
    assert db.execute("SELECT count(DISTINCT uid), sum(seen), sum(has_attachments) FROM messages").fetchone()[:] \
        == (n, n // 3, n // 50)
    assert db.execute("SELECT count(*) FROM messages_fts").fetchone()[0] == n
    assert took < 60, f"10,000 headers took {took:.1f} s"
    assert mailbox.service.sync(folder="INBOX").new == 0
