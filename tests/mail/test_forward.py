"""Unaltered forwarding through real Postfix → Dovecot: the leader receives the original byte for byte."""

import base64
import uuid

import dkim
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from thucongvu.accounts.credentials import CredentialStore
from thucongvu.errors import PolicyError, UsageError
from thucongvu.mail.forward import fetch_originals, forward_many, forward_to_leaders, forward_unaltered
from thucongvu.mail.mime import parse
from thucongvu.mail.outbox import Outbox
from thucongvu.policy.admin import AdminPolicy
from tests.support.sending import make_account, wait_for

pytestmark = pytest.mark.servers


def _addr(prefix, domain="so.gialai.gov.vn"):
    return f"{prefix}{uuid.uuid4().hex[:8]}@{domain}"


def _dkim_signed_original(to: str) -> tuple[bytes, callable]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                            serialization.NoEncryption())
    spki = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    txt = b"v=DKIM1; k=rsa; p=" + base64.b64encode(spki)
    body = ("Kính gửi: Sở Thông tin và Truyền thông\r\n\r\n"
            "UBND tỉnh đề nghị Sở báo cáo tình hình sử dụng thư điện tử công vụ   \r\n"
            ".\r\nFrom the first column\r\n\r\n\r\n")
    unsigned = (
        "From: =?utf-8?b?VUJORCB04buJbmggR2lhIExhaQ==?= <vanphong@ubnd.gialai.gov.vn>\r\n"
        f"To: {to}\r\n"
        "Subject: =?utf-8?q?B=C3=A1o_c=C3=A1o_t=C3=ACnh_h=C3=ACnh_s=E1=BB=AD_d=E1=BB=A5ng?=\r\n"
        "  =?utf-8?q?_th=C6=B0_=C4=91i=E1=BB=87n_t=E1=BB=AD?=\r\n"
        f"Message-ID: <goc-{uuid.uuid4().hex}@ubnd.gialai.gov.vn>\r\n"
        "Date: Mon, 05 Jan 2026 08:00:00 +0700\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n" + body
    ).encode("utf-8")
    sig = dkim.sign(unsigned, b"s2026", b"ubnd.gialai.gov.vn", pem,
                    include_headers=[b"from", b"to", b"subject", b"message-id", b"date"])
    return sig + unsigned, (lambda name, timeout=5: txt if name == b"s2026._domainkey.ubnd.gialai.gov.vn." else None)


def _exact_attachment(raw: bytes) -> bytes:
    [att] = [a for a in parse(raw).attachments if a.content_type == "message/rfc822"]
    return att.data


def test_leader_receives_original_byte_for_byte_with_valid_dkim(db, home, dovecot, postfix):
    creds = CredentialStore(home)
    unit = make_account(db, creds, dovecot, postfix, _addr("vanthu"))
    leader = _addr("giamdoc")
    dovecot.add_user(leader, "pw-gd")
    original, dnsfunc = _dkim_signed_original(unit.email)
    dovecot.append(unit.email, "mat-khau-1", "INBOX", original)
    client = dovecot.client(unit.email, "mat-khau-1")
    client.select_folder("INBOX")
    [uid] = client.search()
    client.logout()
    held = fetch_originals(unit, "mat-khau-1", "INBOX", [uid])[uid]   # what the server holds
    assert dkim.verify(held, dnsfunc=dnsfunc)

    box = Outbox(db, creds)
    item = forward_unaltered(box, unit.email, "INBOX", uid, [leader], note="Kính chuyển đồng chí Giám đốc.")
    assert box.send_now(item.id).state == "sent"
    [received] = wait_for(dovecot, leader, "pw-gd", item.message_id)
    attached = _exact_attachment(received)
    assert attached == held
    assert dkim.verify(attached, dnsfunc=dnsfunc)
    assert "Kính chuyển đồng chí Giám đốc." in parse(received).text
    # PEEK: forwarding did not mark the original as read.
    c = dovecot.client(unit.email, "mat-khau-1")
    c.select_folder("INBOX", readonly=True)
    assert b"\\Seen" not in c.get_flags([uid])[uid]
    c.logout()


def test_cached_raw_body_is_used_and_missing_uid_is_usage_error(db, home, dovecot, postfix):
    creds = CredentialStore(home)
    unit = make_account(db, creds, dovecot, postfix, _addr("vanthu"))
    cached = b"Subject: =?utf-8?q?C=C3=B4ng_v=C4=83n?=\r\nFrom: a@gialai.gov.vn\r\n\r\nn\xe1\xbb\x99i dung\r\n"
    fid = db.execute("INSERT INTO folders(account_id, name) VALUES (?, 'INBOX')", (unit.id,)).lastrowid
    mid = db.execute("INSERT INTO messages(folder_id, uid) VALUES (?, 77)", (fid,)).lastrowid
    db.execute("INSERT INTO bodies(message_id, raw) VALUES (?, ?)", (mid, cached))

    def no_server(account, password):
        raise AssertionError("the cached body should have been used")

    box = Outbox(db, creds, imap_factory=no_server)
    item = forward_unaltered(box, unit.email, "INBOX", 77, unit.email)
    assert _exact_attachment(box.raw(item.id)) == cached
    assert item.subject == "Chuyển nguyên văn: Công văn"
    with pytest.raises(UsageError, match="UID 4242"):
        forward_unaltered(Outbox(db, creds), unit.email, "INBOX", 4242, unit.email)


def test_forward_many_is_all_or_nothing_on_policy(db, home, dovecot, postfix):
    creds = CredentialStore(home)
    unit = make_account(db, creds, dovecot, postfix, _addr("vanthu"))
    dovecot.append(unit.email, "mat-khau-1", "INBOX", b"Subject: Giay moi\r\n\r\nx\r\n")
    dovecot.append(unit.email, "mat-khau-1", "INBOX", b"Subject: (MAT) Ke hoach\r\n\r\nx\r\n")
    box = Outbox(db, creds)
    with pytest.raises(PolicyError):
        forward_many(box, unit.email, "INBOX", [1, 2], [unit.email])
    assert box.pending() == []


def test_classified_original_is_not_passed_on(db, home, dovecot, postfix):
    """A stamp inside the original (body or attachment name) blocks the unaltered forward too."""
    creds = CredentialStore(home)
    unit = make_account(db, creds, dovecot, postfix, _addr("vanthu"))
    dovecot.append(unit.email, "mat-khau-1", "INBOX", "Subject: Kế hoạch\r\n\r\nTỐI MẬT\r\n".encode())
    box = Outbox(db, creds)
    with pytest.raises(PolicyError, match="TỐI MẬT"):
        forward_unaltered(box, unit.email, "INBOX", 1, [unit.email])
    assert box.pending() == []


def test_forward_to_leaders_from_admin_policy(db, home, dovecot, postfix):
    creds = CredentialStore(home)
    unit = make_account(db, creds, dovecot, postfix, _addr("vanthu"))
    leaders = [_addr("giamdoc"), _addr("phogiamdoc")]
    for leader in leaders:
        dovecot.add_user(leader, "pw-ld")
    originals = [f"Subject: Cong van {i}\r\nMessage-ID: <cv{i}-{uuid.uuid4().hex}@x>\r\n\r\nx{i}\r\n".encode()
                 for i in (1, 2)]
    for raw in originals:
        dovecot.append(unit.email, "mat-khau-1", "INBOX", raw)
    box = Outbox(db, creds, policy=AdminPolicy(leaders={unit.email: tuple(leaders)}))
    items = forward_to_leaders(box, unit.email, "INBOX", [1, 2], note="Kính chuyển")
    assert [box.send_now(i.id).state for i in items] == ["sent", "sent"]
    for leader in leaders:
        got = [_exact_attachment(wait_for(dovecot, leader, "pw-ld", i.message_id)[0]) for i in items]
        assert got == originals
    with pytest.raises(UsageError, match="Chưa cấu hình lãnh đạo"):
        forward_to_leaders(Outbox(db, creds, policy=AdminPolicy()), unit.email, "INBOX", [1])


def _smime_signed_original(to: str, tmp_path) -> tuple[bytes, str]:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import pkcs7
    from cryptography import x509

    from tests.support.tlsca import TestCA

    ca = TestCA(tmp_path / "smime-ca", name="So TTTT Test Signing CA")
    issued = ca.issue("vanphong.ubnd.gialai.gov.vn")
    cert = x509.load_pem_x509_certificates(issued.cert_path.read_bytes())[0]
    key = serialization.load_pem_private_key(issued.key_path.read_bytes(), None)
    content = ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
               "Quyết định số 123/QĐ-UBND về việc giao chỉ tiêu.\r\n").encode("utf-8")
    signed = pkcs7.PKCS7SignatureBuilder().set_data(content).add_signer(cert, key, hashes.SHA256()).sign(
        serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature])
    head = (f"From: vanphong@ubnd.gialai.gov.vn\r\nTo: {to}\r\nSubject: Quyet dinh 123\r\n"
            f"Message-ID: <smime-{uuid.uuid4().hex}@ubnd.gialai.gov.vn>\r\n").encode()
    body = signed.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")  # IMAP stores CRLF (RFC 3501)
    return head + body, str(ca.cert_path)


def _openssl_verifies(raw: bytes, cafile: str, tmp_path) -> bool:
    import subprocess

    path = tmp_path / f"m-{uuid.uuid4().hex}.eml"
    path.write_bytes(raw)
    proc = subprocess.run(["openssl", "smime", "-verify", "-in", str(path), "-CAfile", cafile, "-purpose", "any",
                           "-out", "/dev/null"], capture_output=True, text=True)
    return proc.returncode == 0


def test_smime_signed_original_still_verifies_for_the_leader(db, home, dovecot, postfix, tmp_path):
    creds = CredentialStore(home)
    unit = make_account(db, creds, dovecot, postfix, _addr("vanthu"))
    leader = _addr("giamdoc")
    dovecot.add_user(leader, "pw-gd")
    original, cafile = _smime_signed_original(unit.email, tmp_path)
    dovecot.append(unit.email, "mat-khau-1", "INBOX", original)
    held = fetch_originals(unit, "mat-khau-1", "INBOX", [1])[1]
    assert _openssl_verifies(held, cafile, tmp_path)
    assert not _openssl_verifies(held.replace(b"123/Q", b"124/Q"), cafile, tmp_path)  # the check can fail
    box = Outbox(db, creds)
    item = forward_unaltered(box, unit.email, "INBOX", 1, [leader])
    assert box.send_now(item.id).state == "sent"
    attached = _exact_attachment(wait_for(dovecot, leader, "pw-gd", item.message_id)[0])
    assert attached == held
    assert _openssl_verifies(attached, cafile, tmp_path)


def test_original_with_overlong_line_still_arrives_byte_exact(db, home, dovecot, postfix):
    """Lines over 998 octets cannot cross SMTP unencoded: the original goes base64 as a .eml, still exact."""
    creds = CredentialStore(home)
    unit = make_account(db, creds, dovecot, postfix, _addr("vanthu"))
    leader = _addr("giamdoc")
    dovecot.add_user(leader, "pw-gd")
    original = b"Subject: Bang so lieu\r\nContent-Type: text/html\r\n\r\n<table>" + b"<td>1</td>" * 300 + b"\r\n"
    dovecot.append(unit.email, "mat-khau-1", "INBOX", original)
    held = fetch_originals(unit, "mat-khau-1", "INBOX", [1])[1]
    box = Outbox(db, creds)
    item = forward_unaltered(box, unit.email, "INBOX", 1, [leader])
    assert box.send_now(item.id).state == "sent"
    [received] = wait_for(dovecot, leader, "pw-gd", item.message_id)
    [att] = parse(received).attachments
    assert att.content_type == "application/octet-stream" and att.name.endswith(".eml") and att.data == held
