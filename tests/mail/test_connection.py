"""Opening IMAP connections: verified TLS, STARTTLS, pinning, refusals (real Dovecot)."""

from __future__ import annotations

import socket
import threading

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes

from thucongvu.accounts.model import Account, Endpoint
from thucongvu.errors import AuthError, NetworkError, TlsError
from thucongvu.mail.connection import close, open_imap


def _account(dovecot, address, *, security="tls", cafile=True, pin=None):
    port = dovecot.imaps_port if security == "tls" else dovecot.imap_starttls_port
    return Account(address, Endpoint(dovecot.host, port, security),
                   cafile=str(dovecot.cafile) if cafile else None, pinned_sha256=pin)


def _server_sha256(dovecot) -> str:
    cert = x509.load_pem_x509_certificates((dovecot.workdir / "tls" / "localhost.crt").read_bytes())[0]
    return cert.fingerprint(hashes.SHA256()).hex()


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_login_over_verified_tls_enables_condstore(dovecot, imap_user, security):
    address, password = imap_user
    client = open_imap(_account(dovecot, address, security=security), password)
    try:
        assert client._imap.sock.version() in ("TLSv1.2", "TLSv1.3")
        assert b"QRESYNC" in client.capabilities()
        assert b"HIGHESTMODSEQ" in client.select_folder("INBOX")
    finally:
        close(client)


def test_wrong_password_is_an_auth_error(dovecot, imap_user):
    address, _ = imap_user
    with pytest.raises(AuthError) as err:
        open_imap(_account(dovecot, address), "sai-mat-khau")
    assert "từ chối đăng nhập" in err.value.vi and err.value.exit_code == 4


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_untrusted_certificate_is_refused_with_its_fingerprint(dovecot, imap_user, security):
    address, password = imap_user
    with pytest.raises(TlsError) as err:
        open_imap(_account(dovecot, address, security=security, cafile=False), password)
    assert err.value.fingerprint == _server_sha256(dovecot)
    assert err.value.fingerprint in err.value.vi


def test_pinned_certificate_is_trusted_and_a_wrong_pin_is_not(dovecot, imap_user):
    address, password = imap_user
    client = open_imap(_account(dovecot, address, cafile=False, pin=_server_sha256(dovecot)), password)
    close(client)
    with pytest.raises(TlsError):
        open_imap(_account(dovecot, address, cafile=False, pin="00" * 32), password)


def test_connection_refused_is_a_network_error(dovecot):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    with pytest.raises(NetworkError) as err:
        open_imap(Account("a@thuc.gov.vn", Endpoint("127.0.0.1", port, "tls")), "x", timeout=5)
    assert not isinstance(err.value, (AuthError, TlsError))


def test_no_plaintext_fallback_when_starttls_is_missing():
    """A server (here a minimal fake) that does not offer STARTTLS never sees the password."""
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    received: list[bytes] = []

    def serve():
        conn, _ = srv.accept()
        f = conn.makefile("rwb")
        f.write(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n")
        f.flush()
        for line in f:
            received.append(line)
            tag = line.split(b" ", 1)[0]
            if b"CAPABILITY" in line.upper():
                f.write(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n")
            else:
                f.write(tag + b" OK done\r\n")
            f.flush()
        conn.close()

    t = threading.Thread(target=serve, daemon=True)
    t.start()
    account = Account("a@thuc.gov.vn", Endpoint("127.0.0.1", srv.getsockname()[1], "starttls"))
    with pytest.raises(TlsError) as err:
        open_imap(account, "bi-mat-123", timeout=5)
    t.join(5)
    srv.close()
    assert "STARTTLS" in err.value.vi
    assert not any(b"bi-mat-123" in line or b"LOGIN" in line.upper() for line in received)


@pytest.mark.parametrize("how", ["hashed-dir", "bundle-file"])
def test_system_trust_store_is_used(dovecot, imap_user, tmp_path, monkeypatch, how):
    """No --cafile: the OS store (hashed directory, or an SSL_CERT_FILE bundle) must suffice."""
    import shutil
    import subprocess

    address, password = imap_user
    store = tmp_path / "certs"
    store.mkdir()
    if how == "hashed-dir":
        digest = subprocess.run(["openssl", "x509", "-hash", "-noout", "-in", str(dovecot.cafile)],
                                capture_output=True, text=True, check=True).stdout.strip()
        shutil.copy(dovecot.cafile, store / f"{digest}.0")
        monkeypatch.setenv("SSL_CERT_DIR", str(store))
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    else:
        bundle = store / "bundle.pem"
        shutil.copy(dovecot.cafile, bundle)
        monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
        monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path / "empty"))
    close(open_imap(_account(dovecot, address, cafile=False), password))
