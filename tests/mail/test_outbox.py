"""The persistent outbox: policy before queueing, SMTP down → queued, restart, sent exactly once + Sent copy."""

import dataclasses
import uuid

import pytest

from thucongvu.accounts.credentials import CredentialStore
from thucongvu.accounts.model import Endpoint
from thucongvu.accounts.repository import AccountRepository
from thucongvu.errors import PolicyError
from thucongvu.mail import smtp
from thucongvu.mail.compose import build_message, wrap_unaltered
from thucongvu.mail.outbox import STALE_AFTER, Outbox
from thucongvu.policy.admin import AdminPolicy
from thucongvu.store.db import connect
from tests.support.postfix import closed_port
from tests.support.sending import count, make_account, wait_for


pytestmark = pytest.mark.servers


class Clock:
    def __init__(self, t=1_800_000_000.0):
        self.t = t

    def __call__(self):
        return self.t


def _addr(prefix):
    return f"{prefix}{uuid.uuid4().hex[:8]}@so.gialai.gov.vn"


@pytest.fixture
def setup(tmp_path, home, dovecot, postfix):
    path = tmp_path / "store.sqlite3"
    conn = connect(path)
    creds = CredentialStore(home)
    sender = make_account(conn, creds, dovecot, postfix, _addr("vt"))
    rcpt = _addr("gd")
    dovecot.add_user(rcpt, "pw-gd")
    yield path, conn, creds, sender, rcpt
    conn.close()


def test_policy_refusals_queue_nothing(setup):
    path, conn, creds, sender, rcpt = setup
    box = Outbox(conn, creds, policy=AdminPolicy())
    cases = [
        build_message(sender=sender.email, to=rcpt, subject="TỐI MẬT - Phương án", body="x"),
        build_message(sender=sender.email, to=rcpt, subject="Báo cáo", body="Kính gửi\n\n(MẬT)\n"),
        build_message(sender="giamdoc@so.gialai.gov.vn", to=rcpt, subject="Báo cáo", body="x"),  # not my account
        build_message(sender=sender.email, sender_name="giamdoc@so.gialai.gov.vn", to=rcpt, subject="x", body="x"),
    ]
    for msg in cases:
        with pytest.raises(PolicyError):
            box.enqueue(sender.email, msg)
    narrowed = Outbox(conn, creds, policy=AdminPolicy(allowed_domain="hanoi.gov.vn"))
    with pytest.raises(PolicyError, match="hanoi.gov.vn"):
        narrowed.enqueue(sender.email, build_message(sender=sender.email, to=rcpt, subject="x", body="y"))
    outside = AccountRepository(conn).save(dataclasses.replace(sender, email="canbo@gmail.com", id=None))
    with pytest.raises(PolicyError, match="Chỉ thị 34/2008"):
        box.enqueue(outside.email, build_message(sender=outside.email, to=rcpt, subject="x", body="y"))
    assert conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0


def test_smtp_down_then_restart_sends_exactly_once(setup, dovecot, postfix):
    path, conn, creds, sender, rcpt = setup
    repo = AccountRepository(conn)
    real_smtp = sender.smtp
    repo.save(dataclasses.replace(sender, smtp=Endpoint("localhost", closed_port(), "starttls")))
    clock = Clock()
    box = Outbox(conn, creds, clock=clock)
    msg = build_message(sender=sender.email, to=rcpt, subject="Kế hoạch tháng 12", body="Nội dung kế hoạch")
    item = box.enqueue(sender.email, msg, bcc=[])
    assert box.send_now(item.id).state == "queued"
    after = box.get(item.id)
    assert after.attempts == 1 and "Không kết nối được" in after.last_error and after.next_attempt > clock.t
    assert [p.id for p in box.pending()] == [item.id]

    # "Restart": the server is back; new connection, new Outbox, same database.
    repo.save(dataclasses.replace(sender, smtp=real_smtp))
    conn.close()
    conn2 = connect(path)
    box2 = Outbox(conn2, CredentialStore(creds.vault.path.parent), clock=clock)
    assert box2.flush() == []                       # not due yet: backoff
    clock.t += 3600
    [done] = box2.flush()
    assert done.state == "sent" and done.saved_to_sent and done.attempts == 2
    assert box2.flush() == [] and box2.pending() == []
    mid = msg["Message-ID"]
    assert len(wait_for(dovecot, rcpt, "pw-gd", mid)) == 1
    assert wait_for(dovecot, sender.email, "mat-khau-1", mid, folder="Sent")
    assert count(dovecot, rcpt, "pw-gd", mid) == 1  # still exactly one
    assert count(dovecot, sender.email, "mat-khau-1", mid, folder="Sent") == 1
    conn2.close()


def test_crash_before_data_is_requeued_crash_during_data_is_uncertain(setup, dovecot):
    path, conn, creds, sender, rcpt = setup
    clock = Clock()
    box = Outbox(conn, creds, clock=clock)
    a = box.enqueue(sender.email, build_message(sender=sender.email, to=rcpt, subject="A", body="a"))
    b = box.enqueue(sender.email, build_message(sender=sender.email, to=rcpt, subject="B", body="b"))
    conn.execute("UPDATE outbox SET state='sending', phase='connect', claimed_at=? WHERE id=?", (clock.t, a.id))
    conn.execute("UPDATE outbox SET state='sending', phase='data', claimed_at=? WHERE id=?", (clock.t, b.id))
    assert box.flush() == []                         # fresh claims may belong to a live process
    clock.t += STALE_AFTER + 1
    restarted = Outbox(connect(path), creds, clock=clock)
    [sent] = restarted.flush()
    assert sent.id == a.id and sent.state == "sent"
    assert restarted.get(b.id).state == "uncertain"  # never resent on its own
    assert restarted.flush() == []
    restarted.retry(b.id)                            # the user decides
    [again] = restarted.flush()
    assert again.id == b.id and again.state == "sent"
    mid_b = restarted.get(b.id).message_id
    assert len(wait_for(dovecot, rcpt, "pw-gd", mid_b)) == 1


def test_failure_during_data_is_uncertain_and_5xx_is_failed(setup):
    path, conn, creds, sender, rcpt = setup
    clock = Clock()

    def lost_in_data(account, password, raw, recipients, *, mail_from, on_data):
        on_data()
        raise smtp.DeliveryUncertain("mất kết nối trong DATA", "lost during DATA")

    def refused(account, password, raw, recipients, *, mail_from, on_data):
        raise smtp.SendRefused("550 từ chối", "550 refused", code=550)

    def busy(account, password, raw, recipients, *, mail_from, on_data):
        raise smtp.SendRefused("451 bận", "451 busy", code=451)

    msg = lambda s: build_message(sender=sender.email, to=rcpt, subject=s, body="x")  # noqa: E731
    box = Outbox(conn, creds, clock=clock, submit=lost_in_data)
    item = box.enqueue(sender.email, msg("1"))
    assert box.send_now(item.id).state == "uncertain"
    assert box.send_now(item.id).state == "uncertain"  # not claimable again
    box = Outbox(conn, creds, clock=clock, submit=refused)
    item = box.enqueue(sender.email, msg("2"))
    assert box.send_now(item.id).state == "failed" and box.last_error.code == 550
    box = Outbox(conn, creds, clock=clock, submit=busy)
    item = box.enqueue(sender.email, msg("3"))
    assert box.send_now(item.id).state == "queued"
    box.cancel(item.id)
    assert {p.subject for p in box.pending()} == {"1", "2"}


def test_identity_checked_again_at_send_time(setup):
    path, conn, creds, sender, rcpt = setup
    box = Outbox(conn, creds, policy=AdminPolicy())
    item = box.enqueue(sender.email, build_message(sender=sender.email, to=rcpt, subject="x", body="y"))
    box.policy = AdminPolicy(allowed_domain="hanoi.gov.vn")  # the administrator narrowed meanwhile
    done = box.send_now(item.id)
    assert done.state == "failed" and "hanoi.gov.vn" in done.last_error


def test_two_outboxes_never_claim_the_same_row(setup):
    path, conn, creds, sender, rcpt = setup
    calls = []

    def record(account, password, raw, recipients, *, mail_from, on_data):
        calls.append(raw)
        other.send_now(item.id)  # a second process tries while the first is sending
        on_data()
        return smtp.SubmitResult(tuple(recipients))

    box = Outbox(conn, creds, submit=record, imap_factory=lambda a, p: (_ for _ in ()).throw(OSError("no imap")))
    other = Outbox(connect(path), creds, submit=record)
    item = box.enqueue(sender.email, wrap_unaltered(b"Subject: goc\r\n\r\nx\r\n", sender=sender.email, to=rcpt))
    done = box.send_now(item.id)
    assert len(calls) == 1 and done.state == "sent" and not done.saved_to_sent  # Sent copy owed, retried later


def test_flush_opens_one_connection_per_account(setup, dovecot, monkeypatch):
    """A dead server is tried once per flush, not once per message; a live one is reused for all."""
    import socket
    import threading

    path, conn, creds, sender, rcpt = setup
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    accepted = []

    def hang_up():
        while True:
            try:
                c, _ = listener.accept()
            except OSError:
                return
            accepted.append(c)
            c.close()  # no greeting: smtplib sees the server disconnect

    threading.Thread(target=hang_up, daemon=True).start()
    repo = AccountRepository(conn)
    repo.save(dataclasses.replace(sender, smtp=Endpoint("127.0.0.1", listener.getsockname()[1], "starttls")))
    clock = Clock()
    box = Outbox(conn, creds, clock=clock)
    msgs = [build_message(sender=sender.email, to=rcpt, subject=f"Số {i}", body="x") for i in range(3)]
    for m in msgs:
        box.enqueue(sender.email, m)
    done = box.flush()
    assert [d.state for d in done] == ["queued"] * 3 and len(accepted) == 1
    listener.close()

    repo.save(sender)
    clock.t += 3600
    sessions = []
    real = smtp.SmtpSession.__init__

    def counting(self, *a, **kw):
        sessions.append(1)
        real(self, *a, **kw)

    monkeypatch.setattr(smtp.SmtpSession, "__init__", counting)
    done = box.flush()
    assert [d.state for d in done] == ["sent"] * 3 and len(sessions) == 1
    for m in msgs:
        assert len(wait_for(dovecot, rcpt, "pw-gd", m["Message-ID"])) == 1


def test_html_body_stamp_blocks(setup):
    path, conn, creds, sender, rcpt = setup
    msg = build_message(sender=sender.email, to=rcpt, subject="Kế hoạch", body="xem bản HTML")
    msg.add_alternative("<html><body><p>Mật</p><p>Nội dung</p></body></html>", subtype="html")
    with pytest.raises(PolicyError):
        Outbox(conn, creds).enqueue(sender.email, msg)
    assert Outbox(conn, creds).pending() == []


@pytest.mark.parametrize("hang_up_after, state, received", [("rcpt", "queued", 0), ("data_end", "uncertain", 1)])
def test_connection_lost_before_or_during_data(setup, tmp_path, hang_up_after, state, received):
    """Before DATA the message is certainly not taken (retry); after the final dot nobody knows (no auto-resend)."""
    from tests.support.fake_smtp import FakeSmtp

    path, conn, creds, sender, rcpt = setup
    server = FakeSmtp(tmp_path, hang_up_after=hang_up_after)
    AccountRepository(conn).save(dataclasses.replace(
        sender, smtp=Endpoint("localhost", server.port, "tls"), cafile=str(server.cafile)))
    clock = Clock()
    box = Outbox(conn, creds, clock=clock)
    item = box.enqueue(sender.email, build_message(sender=sender.email, to=rcpt, subject="x", body="y"))
    assert box.send_now(item.id).state == state
    assert server.received == received
    clock.t += 7200
    box.flush()
    after = box.get(item.id)
    if state == "queued":
        assert after.attempts == 2 and after.state == "queued"      # retried by the next flush
    else:
        assert after.attempts == 1 and after.state == "uncertain"   # never resent on its own
        assert server.received == 1
    server.close()


def test_real_refusals_permanent_temporary_and_partial(setup, dovecot):
    """Postfix answers 550 / 450 at RCPT: failed, requeued, or sent with the refused recipient recorded."""
    from tests.support.postfix import DEFERRED_RCPT, REFUSED_RCPT

    path, conn, creds, sender, rcpt = setup
    box = Outbox(conn, creds)
    msg = lambda to: build_message(sender=sender.email, to=to, subject="x", body="y")  # noqa: E731
    failed = box.send_now(box.enqueue(sender.email, msg([REFUSED_RCPT])).id)
    assert failed.state == "failed" and "550" in failed.last_error and box.last_error.permanent
    later = box.send_now(box.enqueue(sender.email, msg([DEFERRED_RCPT])).id)
    assert later.state == "queued" and "450" in later.last_error
    partial_msg = msg([rcpt, REFUSED_RCPT])
    partial = box.send_now(box.enqueue(sender.email, partial_msg).id)
    assert partial.state == "sent" and list(partial.refused) == [REFUSED_RCPT] and "550" in partial.refused[REFUSED_RCPT]
    assert len(wait_for(dovecot, rcpt, "pw-gd", partial_msg["Message-ID"])) == 1


def test_long_vietnamese_headers_survive_postfix_and_dovecot(setup, dovecot):
    """RFC 2047 §6.2 on real servers: Dovecot's own decoder (SEARCH, ENVELOPE) must see every space."""
    from thucongvu.mail.envelope import decode_words
    from thucongvu.mail.mime import parse

    path, conn, creds, sender, rcpt = setup
    subject = "Thông báo lịch bảo trì hệ thống thư điện tử công vụ tỉnh Gia Lai năm 2026 — lần thứ hai"
    me = "Văn phòng Ủy ban nhân dân tỉnh Gia Lai – Phòng Hành chính Tổ chức và Công vụ"
    them = "Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai"
    msg = build_message(sender=sender.email, sender_name=me, to=f'"{them}" <{rcpt}>', subject=subject, body="x")
    box = Outbox(conn, creds)
    assert box.send_now(box.enqueue(sender.email, msg).id).state == "sent"
    [raw] = wait_for(dovecot, rcpt, "pw-gd", msg["Message-ID"])
    got = parse(raw)
    assert (got.subject, got.from_, got.to) == (subject, f"{me} <{sender.email}>", f"{them} <{rcpt}>")
    c = dovecot.client(rcpt, "pw-gd")
    try:
        c.select_folder("INBOX", readonly=True)
        [uid] = c.search(["SUBJECT", "hệ thống thư điện tử"], charset="UTF-8")
        assert c.search(["FROM", "Phòng Hành chính"], charset="UTF-8") == [uid]
        env = c.fetch([uid], ["ENVELOPE"])[uid][b"ENVELOPE"]
        assert decode_words(env.subject) == subject
        assert decode_words(env.from_[0].name) == me and decode_words(env.to[0].name) == them
    finally:
        c.logout()
