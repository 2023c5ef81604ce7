"""MailService end to end on the real Dovecot: bodies, write-back, moves, IDLE, dropped connections."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from tests.support import mailgen
from tests.support.tcpproxy import TcpProxy
from thucongvu.errors import NetworkError, PolicyError
from thucongvu.mail import folder_sync
from thucongvu.store.messages import search


def _id(mb, uid, folder="INBOX"):
    return mb.service.db.execute("SELECT m.id FROM messages m JOIN folders f ON f.id=m.folder_id "
                                 "WHERE f.name=? AND m.uid=?", (folder, uid)).fetchone()[0]


def test_bodies_are_the_exact_server_bytes_fetched_on_demand_or_all_offline(mailbox):
    raws = [mailgen.message(i, pdf_every=2) for i in range(4)]
    raws[1] = raws[1].replace(b"MIME-Version", b"References: <a@x.gov.vn>\r\n <b@x.gov.vn>\r\nMIME-Version")
    mailbox.server.append_many(mailbox.address, mailbox.password, "INBOX", raws)
    svc = mailbox.service
    svc.sync()
    assert svc.db.execute("SELECT count(*) FROM bodies").fetchone()[0] == 0
    assert svc.fetch_body(_id(mailbox, 2)) == raws[1]
    assert svc.db.execute("SELECT refs FROM messages WHERE uid=2").fetchone()[0] == "<a@x.gov.vn> <b@x.gov.vn>"
    assert mailbox.server_state()[2] == ""  # BODY.PEEK: reading did not set \Seen

    svc.sync(bodies=True)
    stored = dict(svc.db.execute("SELECT m.uid, b.raw FROM bodies b JOIN messages m ON m.id=b.message_id"))
    assert stored == {i + 1: raw for i, raw in enumerate(raws)}
    assert {m.uid for m in search(svc.db, "nghien cuu trien khai")} == {1, 2, 3, 4}  # body text indexed


def test_on_demand_fetches_keep_one_connection_and_survive_it_dropping(mailbox, dovecot):
    raws = [mailgen.message(i, pdf_every=0) for i in range(3)]
    mailbox.server.append_many(mailbox.address, mailbox.password, "INBOX", raws)
    svc = mailbox.service
    svc.sync()
    from thucongvu.accounts.repository import AccountRepository

    with TcpProxy(dovecot.host, dovecot.imaps_port) as proxy:
        AccountRepository(svc.db).save(replace(mailbox.account, imap=replace(mailbox.account.imap, port=proxy.port)))
        assert svc.fetch_body(_id(mailbox, 1)) == raws[0]
        assert svc.fetch_body(_id(mailbox, 2)) == raws[1]
        assert len(proxy._open) == 2  # one kept connection (client and server side)
        proxy._cut_all()  # the server or a NAT box drops the idle connection
        assert svc.fetch_body(_id(mailbox, 3)) == raws[2]
        svc.close()


def test_flag_changes_are_local_first_then_written_back_and_survive_being_offline(mailbox, dovecot):
    mailbox.server.append_many(mailbox.address, mailbox.password, "INBOX", mailgen.messages(3, pdf_every=0))
    svc = mailbox.service
    svc.sync()
    svc.set_flags([_id(mailbox, 1), _id(mailbox, 2)], add=["\\Seen", "\\Flagged"])
    assert mailbox.server_state()[1] == "\\Flagged \\Seen"
    assert svc.db.execute("SELECT count(*) FROM pending_changes").fetchone()[0] == 0

    # Offline: the change is kept locally and queued …
    with TcpProxy(dovecot.host, dovecot.imaps_port) as proxy:
        offline = replace(mailbox.account, imap=replace(mailbox.account.imap, port=proxy.port))
        from thucongvu.accounts.repository import AccountRepository

        AccountRepository(svc.db).save(offline)
        proxy.refuse = True
        svc.set_flags([_id(mailbox, 2)], remove=["\\Flagged"])
        assert svc.db.execute("SELECT flags FROM messages WHERE uid=2").fetchone()[0] == "\\Seen"
        assert svc.db.execute("SELECT count(*) FROM pending_changes").fetchone()[0] == 1
        with pytest.raises(NetworkError):
            svc.sync()
        # … and written back before the next sync reads the server's flags.
        proxy.refuse = False
        result = svc.sync()
    assert result.changed == 0
    assert mailbox.server_state()[2] == "\\Seen"
    assert mailbox.local_state() == mailbox.server_state()


def test_move_uses_uid_move_and_leaders_cannot_move(mailbox):
    mailbox.server.append_many(mailbox.address, mailbox.password, "INBOX", mailgen.messages(3, pdf_every=0))
    svc = mailbox.service
    svc.sync()
    svc.move([_id(mailbox, 2)], "Archive")
    assert set(mailbox.server_state()) == {1, 3}
    assert len(mailbox.server_state("Archive")) == 1
    assert set(mailbox.local_state()) == {1, 3}
    svc.sync()
    assert len(mailbox.local_state("Archive")) == 1

    # A move the server refuses (no such folder) is dropped, and the message comes back at the next sync.
    svc.move([_id(mailbox, 3)], "Khong ton tai")
    assert set(mailbox.local_state()) == {1}
    assert svc.sync().new == 1
    assert set(mailbox.local_state()) == {1, 3} and set(mailbox.server_state()) == {1, 3}
    assert svc.db.execute("SELECT count(*) FROM pending_changes").fetchone()[0] == 0

    from thucongvu.accounts.repository import AccountRepository

    AccountRepository(svc.db).save(replace(mailbox.account, role="leader"))
    with pytest.raises(PolicyError):
        svc.move([_id(mailbox, 1)], "Trash")
    assert set(mailbox.server_state()) == {1, 3}


def test_idle_reports_new_mail_on_inbox(mailbox):
    stop = threading.Event()
    seen = threading.Event()
    t = threading.Thread(target=mailbox.service.idle, args=(mailbox.address, stop, lambda folder: seen.set()),
                         daemon=True)
    t.start()
    try:
        import time

        time.sleep(0.5)  # let IDLE start
        mailbox.server.append(mailbox.address, mailbox.password, "INBOX", mailgen.message(1, pdf_every=0))
        assert seen.wait(15), "IDLE did not report the new message"
    finally:
        stop.set()
        t.join(10)
    assert not t.is_alive()


def test_connection_cut_mid_sync_resumes_without_duplicates_or_lost_changes(mailbox, dovecot, monkeypatch):
    monkeypatch.setattr(folder_sync, "BATCH", 100)
    n = 1500
    mailbox.server.seed_maildir(mailbox.address, "INBOX", mailgen.messages(n, pdf_every=0))
    svc = mailbox.service
    with TcpProxy(dovecot.host, dovecot.imaps_port) as proxy:
        from thucongvu.accounts.repository import AccountRepository

        AccountRepository(svc.db).save(replace(mailbox.account, imap=replace(mailbox.account.imap, port=proxy.port)))
        proxy.cut_after(400_000)  # well inside the header stream
        with pytest.raises(NetworkError):
            svc.sync(retries=0)
        partial = len(mailbox.local_state())
        assert 0 < partial < n and proxy.cuts == 1

        # Meanwhile: another client flags and expunges among the messages we already have …
        c = mailbox.other_client()
        c.select_folder("INBOX")
        c.add_flags([1, 2], [b"\\Flagged"])
        c.delete_messages([3])
        c.expunge()
        c.logout()
        # … we flag one locally while the network is down …
        proxy.refuse = True
        svc.set_flags([_id(mailbox, 4)], add=["\\Answered"])
        proxy.refuse = False
        # … and the next sync is cut too, then reconnects by itself and finishes.
        proxy.cut_after(150_000)
        result = svc.sync(retries=1)
        assert proxy.cuts == 2
    local = mailbox.local_state()
    server = mailbox.server_state()
    assert local == server and len(local) == n - 1
    assert server[1] == server[2] == "\\Flagged" and server[4] == "\\Answered"
    assert svc.db.execute("SELECT count(*) FROM messages").fetchone()[0] == n - 1  # no duplicate rows
    assert svc.db.execute("SELECT count(*) FROM messages_fts").fetchone()[0] == n - 1
    assert result.messages == n - 1
