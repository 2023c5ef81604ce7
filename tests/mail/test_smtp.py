"""SMTP submission against a real Postfix (STARTTLS and implicit TLS) delivering into Dovecot."""

import socket
import threading
import uuid

import pytest

from thucongvu.accounts.credentials import CredentialStore
from thucongvu.errors import AuthError, NetworkError, TlsError
from thucongvu.mail.compose import build_message, envelope_recipients, to_bytes
from thucongvu.mail.mime import parse
from thucongvu.mail.smtp import submit
from tests.support.postfix import closed_port
from tests.support.sending import make_account, wait_for

pytestmark = pytest.mark.servers


def _addr(prefix):
    return f"{prefix}{uuid.uuid4().hex[:8]}@so.gialai.gov.vn"


def _message(sender, to, subject="Giấy mời họp giao ban"):
    msg = build_message(sender=sender, to=to, subject=subject, body="Kính mời đồng chí dự họp lúc 8 giờ.")
    return msg, to_bytes(msg)


@pytest.mark.parametrize("security", ["starttls", "tls"])
def test_submission_delivers_into_dovecot(db, home, dovecot, postfix, security):
    creds = CredentialStore(home)
    sender = make_account(db, creds, dovecot, postfix, _addr("vt"), security=security)
    rcpt = _addr("gd")
    dovecot.add_user(rcpt, "pw-gd")
    msg, raw = _message(sender.email, rcpt)
    result = submit(sender, "mat-khau-1", raw, envelope_recipients(msg))
    assert result.accepted == (rcpt,) and result.refused == {}
    [got] = wait_for(dovecot, rcpt, "pw-gd", msg["Message-ID"])
    parsed = parse(got)
    assert parsed.subject == "Giấy mời họp giao ban"
    assert "Kính mời đồng chí" in parsed.text


def test_wrong_password_is_auth_error(db, home, dovecot, postfix):
    sender = make_account(db, CredentialStore(home), dovecot, postfix, _addr("vt"))
    _, raw = _message(sender.email, sender.email)
    with pytest.raises(AuthError) as err:
        submit(sender, "sai-mat-khau", raw, [sender.email])
    assert err.value.exit_code == 4 and "mật khẩu" in err.value.vi


def test_untrusted_certificate_then_pinned(db, home, dovecot, postfix):
    creds = CredentialStore(home)
    sender = make_account(db, creds, dovecot, postfix, _addr("vt"), cafile=None)
    _, raw = _message(sender.email, sender.email)
    with pytest.raises(TlsError) as err:
        submit(sender, "mat-khau-1", raw, [sender.email])
    fingerprint = err.value.fingerprint
    assert fingerprint and len(fingerprint) == 64 and fingerprint in err.value.vi
    pinned = make_account(db, creds, dovecot, postfix, sender.email, cafile=None, pinned_sha256=fingerprint)
    assert submit(pinned, "mat-khau-1", raw, [sender.email]).accepted == (sender.email,)
    wrong = make_account(db, creds, dovecot, postfix, sender.email, cafile=None, pinned_sha256="00" * 32)
    with pytest.raises(TlsError):
        submit(wrong, "mat-khau-1", raw, [sender.email])


def test_server_down_is_network_error(db, home, dovecot, postfix):
    sender = make_account(db, CredentialStore(home), dovecot, postfix, _addr("vt"), smtp_port=closed_port())
    _, raw = _message(sender.email, sender.email)
    with pytest.raises(NetworkError) as err:
        submit(sender, "mat-khau-1", raw, [sender.email], timeout=5)
    assert "Không kết nối được" in err.value.vi


def test_no_plaintext_fallback_when_starttls_missing(db, home, dovecot, postfix):
    """A server that does not offer STARTTLS never sees AUTH or the message."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    seen = []

    def serve():
        conn, _ = listener.accept()
        f = conn.makefile("rwb")
        f.write(b"220 plain ESMTP\r\n"), f.flush()
        for line in f:
            seen.append(line)
            if line.upper().startswith(b"EHLO"):
                f.write(b"250-plain\r\n250 AUTH PLAIN LOGIN\r\n")
            elif line.upper().startswith(b"QUIT"):
                f.write(b"221 bye\r\n"), f.flush()
                break
            else:
                f.write(b"500 no\r\n")
            f.flush()
        conn.close()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    sender = make_account(db, CredentialStore(home), dovecot, postfix, _addr("vt"),
                          smtp_port=listener.getsockname()[1])
    _, raw = _message(sender.email, sender.email)
    with pytest.raises(TlsError, match="STARTTLS"):
        submit(sender, "mat-khau-1", raw, [sender.email], timeout=5)
    t.join(5)
    listener.close()
    assert not any(x.upper().startswith((b"AUTH", b"MAIL", b"DATA")) for x in seen)
