"""Chuyển lãnh đạo through the real servers: DKIM- and S/MIME-signed originals reach the leader byte for byte.

Path: sender --SMTP (Postfix, STARTTLS+AUTH)--> unit mailbox (Dovecot via LMTP); the documentation officer's
client fetches BODY.PEEK[] over IMAP (mail.forward) and forwards to the leader through the persistent outbox
and Postfix again; the leader's
IMAP copy holds the original as a message/rfc822 part whose bytes equal the unit mailbox's copy, and
whose DKIM (dkimpy) and S/MIME (openssl) signatures still verify.
"""

from __future__ import annotations

import dataclasses
import email
import email.policy
import subprocess
import time
import uuid

import pytest

from tests.support.signed_mail import DkimKey, SmimeSigner, attached_original, plain_mail
from thucongvu.accounts.model import Account, Endpoint
from thucongvu.duty.config import DutyConfig
from thucongvu.accounts.repository import AccountRepository
from thucongvu.duty.leadership import LeadershipForwarder, originals_from, outbox_sender
from thucongvu.mail.outbox import Outbox
from thucongvu.mail.smtp import submit
from thucongvu.policy.admin import AdminPolicy
from thucongvu.duty.register import IncomingRegister
from thucongvu.errors import PolicyError

pytestmark = pytest.mark.servers


def wait_for(dovecot, user, password, count, timeout=60):
    deadline = time.monotonic() + timeout
    while True:
        c = dovecot.client(user, password)
        try:
            c.select_folder("INBOX", readonly=True)
            uids = c.search("ALL")
        finally:
            c.logout()
        if len(uids) >= count or time.monotonic() > deadline:
            return sorted(uids)
        time.sleep(0.3)


def fetch_all(dovecot, user, password, uids):
    c = dovecot.client(user, password)
    try:
        c.select_folder("INBOX", readonly=True)
        return {u: d[b"BODY[]"] for u, d in c.fetch(uids, ["BODY.PEEK[]"]).items()}
    finally:
        c.logout()


def account(address, cafile, postfix, dovecot, role="owner"):
    return Account(address, Endpoint(dovecot.host, dovecot.imaps_port, "tls"),
                   smtp=Endpoint(postfix.host, postfix.submission_port, "starttls"), cafile=str(cafile),
                   unit_mailbox=True, role=role)


class Passwords(dict):
    """The credential store's one method the outbox uses (the real vault is tested elsewhere)."""

    def get_password(self, email):
        return self.get(email)


def test_forward_signed_originals_to_leader_unaltered(dovecot, postfix, db, tmp_path):
    tag = uuid.uuid4().hex[:8]
    passwords = Passwords()
    bundle = tmp_path / "test-cas.pem"  # the test Dovecot and Postfix each have their own throw-away CA
    bundle.write_bytes(dovecot.cafile.read_bytes() + postfix.cafile.read_bytes())
    for who in ("sonv", "vanthu", "giamdoc"):
        domain = "gialai.gov.vn" if who == "sonv" else "so.gialai.gov.vn"
        passwords[dovecot.add_user(f"{who}{tag}@{domain}", f"mk-{who}")] = f"mk-{who}"
    sender, unit, leader = list(passwords)

    # 1. Two signed originals arrive in the unit mailbox through Postfix.
    dkim_key = DkimKey("gialai.gov.vn")
    dkim_signed = dkim_key.sign(plain_mail(sender, unit, "Công văn số 125/SNV-TCBC V/v chuyển đổi số",
                                           "Kính gửi Sở Tư pháp.\nNội dung công văn có chữ ký DKIM."))
    smime = SmimeSigner(tmp_path, sender)
    smime_signed = smime.sign(sender, unit, "Quyet dinh 45/QD-UBND (ky so S/MIME)", "Nội dung quyết định ký số.")
    sender_acc = account(sender, bundle, postfix, dovecot)
    for raw in (dkim_signed, smime_signed):
        assert submit(sender_acc, passwords[sender], raw, [unit]).accepted == (unit,)
    uids = wait_for(dovecot, unit, passwords[unit], 2)
    assert len(uids) == 2, postfix.log()[-2000:]

    # 2. The documentation officer forwards both to the configured leader.
    officer = AccountRepository(db).save(account(unit, bundle, postfix, dovecot))
    outbox = Outbox(db, passwords, policy=AdminPolicy())
    originals = originals_from(outbox, officer, "INBOX", uids)
    client = dovecot.client(unit, passwords[unit])
    try:
        client.select_folder("INBOX", readonly=True)
        seen = client.get_flags(uids)
    finally:
        client.logout()
    assert all(b"\\Seen" not in flags for flags in seen.values())  # BODY.PEEK[] left them unread
    # The server's copy = what the sender signed, below the trace headers Postfix/Dovecot put on top.
    # Postfix may deliver the two in either order: tell them apart by content, not by UID.
    originals.sort(key=lambda o: b"pkcs7" in o.raw)
    assert originals[0].raw.endswith(dkim_signed)
    assert originals[1].raw.rstrip(b"\r\n").endswith(smime_signed.rstrip(b"\r\n"))
    config = DutyConfig.from_mapping({"leaders": {unit: [leader]}})
    forwarder = LeadershipForwarder(db, config, outbox_sender(outbox), user="Văn thư")
    done = forwarder.forward(officer, originals, note="Kính chuyển Giám đốc xem xét, chỉ đạo.")
    assert [d.status for d in done] == ["sent", "sent"]
    assert [tuple(r) for r in db.execute("SELECT state, saved_to_sent FROM outbox")] == [("sent", 1), ("sent", 1)]

    # 3. On the leader's side: byte equality and signatures that still verify.
    leader_uids = wait_for(dovecot, leader, passwords[leader], 2)
    assert len(leader_uids) == 2, postfix.log()[-2000:]
    received = fetch_all(dovecot, leader, passwords[leader], leader_uids)
    extracted = sorted((attached_original(raw) for raw in received.values()), key=lambda b: b"pkcs7" in b)
    assert extracted[0] == originals[0].raw
    assert extracted[1] == originals[1].raw
    assert dkim_key.verify(extracted[0])
    assert not dkim_key.verify(extracted[0].replace(b"N=E1=BB=99i dung", b"Noi dung"))  # the check can fail
    eml = tmp_path / "smime.eml"
    eml.write_bytes(extracted[1])
    ok = subprocess.run(["openssl", "smime", "-verify", "-CAfile", str(smime.cert_path), "-in", str(eml),
                         "-out", "/dev/null"], capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    eml.write_bytes(extracted[1].replace(b"base64\r\n\r\n", b"base64\r\n\r\nQUFB", 1))
    bad = subprocess.run(["openssl", "smime", "-verify", "-CAfile", str(smime.cert_path), "-in", str(eml),
                          "-out", "/dev/null"], capture_output=True, text=True)
    assert bad.returncode != 0  # an altered signed body is caught: the check above can fail
    some = next(iter(received.values()))
    cover = email.message_from_bytes(some, policy=email.policy.default)
    assert cover.get_body(("plain",)).get_content().strip() == "Kính chuyển Giám đốc xem xét, chỉ đạo."

    # 4. Records: the forward log and the incoming register (registered on the way, status "đã chuyển").
    rows = db.execute("SELECT uid, recipients, status, sha256 FROM duty_forwards ORDER BY uid").fetchall()
    assert [(r["uid"], r["recipients"], r["status"]) for r in rows] == [(uids[0], leader, "sent"),
                                                                       (uids[1], leader, "sent")]
    assert {r["sha256"] for r in rows} == {d.sha256 for d in done}
    (year,) = IncomingRegister(db).years()
    entries = IncomingRegister(db).entries(year)
    assert [(e.number, e.status, e.recipient) for e in entries] == [(1, "da_chuyen", leader), (2, "da_chuyen", leader)]
    assert entries[0].doc_number == "125/SNV-TCBC"


def test_policy_refusal_sends_nothing(db):
    from thucongvu.duty.leadership import Original

    config = DutyConfig.from_mapping({"leaders": {"vt@so.gialai.gov.vn": ["gd@so.gialai.gov.vn"]}})
    officer = Account("vt@so.gialai.gov.vn", Endpoint("localhost", 993), unit_mailbox=True)
    sent = []
    forwarder = LeadershipForwarder(db, config, lambda a, msg: sent.append(msg) or "sent")
    ok = Original("INBOX", 1, b"Subject: ok\r\nMessage-ID: <1@x>\r\n\r\nbody\r\n")
    with pytest.raises(PolicyError):  # a classified marking in the cover note: neither message goes
        forwarder.forward(officer, [ok, dataclasses.replace(ok, uid=2)], note="Tài liệu MẬT, chuyển gấp")
    assert sent == [] and db.execute("SELECT COUNT(*) FROM duty_forwards").fetchone()[0] == 0


def test_original_smtp_cannot_carry_goes_base64_still_exact(db):
    from thucongvu.duty.leadership import Original

    config = DutyConfig.from_mapping({"leaders": {"vt@so.gialai.gov.vn": ["gd@so.gialai.gov.vn"]}})
    officer = Account("vt@so.gialai.gov.vn", Endpoint("localhost", 993), unit_mailbox=True)
    sent = []
    forwarder = LeadershipForwarder(db, config, lambda a, msg: sent.append(msg) or "sent")
    raw = b"Subject: bang so lieu\r\nMessage-ID: <long@x>\r\n\r\n" + b"x" * 1500 + b"\r\n"
    (done,) = forwarder.forward(officer, [Original("INBOX", 9, raw)])
    from thucongvu.mail.compose import to_bytes

    wire = email.message_from_bytes(to_bytes(sent[0]), policy=email.policy.compat32)
    (part,) = [p for p in wire.walk() if p.get_content_type() == "application/octet-stream"]
    assert part.get_payload(decode=True) == raw and done.status == "sent"


def test_leader_cannot_forward(db):
    config = DutyConfig.from_mapping({"leaders": {"vt@so.gialai.gov.vn": ["gd@so.gialai.gov.vn"]}})
    leader_view = Account("vt@so.gialai.gov.vn", Endpoint("localhost", 993), unit_mailbox=True, role="leader")
    sent = []
    forwarder = LeadershipForwarder(db, config, lambda a, msg: sent.append(msg) or "sent")
    with pytest.raises(PolicyError):
        forwarder.forward(leader_view, [])
    assert sent == []
