"""Opening an IMAP connection: TLS, certificate checks, login, capabilities.

Implicit TLS (RFC 8314) or STARTTLS (RFC 3501 §6.2.1); the certificate is
always verified against the system store plus the account's own CA file, or
matched against a certificate the user chose to trust (pinned SHA-256).
There is never a plaintext fallback: a server that does not offer STARTTLS
is refused before the password is sent.

Owns: sockets, TLS and login. Must not: select mailboxes or touch the store.
Everything here blocks and runs off the GUI thread.
"""

from __future__ import annotations

import hashlib
import os
import socket
import ssl

from thucongvu.accounts.model import Account
from thucongvu.errors import AuthError, NetworkError, TlsError


def _system_trust(ctx: ssl.SSLContext) -> None:
    """The OS trust store. On Linux a hashed certificate directory is used when there
    is one: OpenSSL then reads only the certificates a chain needs, instead of
    parsing the whole bundle (~150 CAs) on every start (a no-change sync is ~0.1 s)."""
    paths = ssl.get_default_verify_paths()
    hashed = paths.capath if os.name != "nt" and paths.capath and os.path.isdir(paths.capath) else None
    env_bundle = os.environ.get(paths.openssl_cafile_env)
    # A bundle named in SSL_CERT_FILE is honoured unless it is the distribution's own
    # bundle, whose certificates the hashed directory holds too (update-ca-certificates).
    custom_bundle = env_bundle and not (paths.openssl_cafile and os.path.exists(paths.openssl_cafile) and
                                        os.path.realpath(env_bundle) == os.path.realpath(paths.openssl_cafile))
    if hashed and not custom_bundle and any(n.endswith(".0") for n in os.listdir(hashed)):
        ctx.load_verify_locations(capath=hashed)
    else:
        ctx.load_default_certs(ssl.Purpose.SERVER_AUTH)


def tls_context(account: Account) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # CERT_REQUIRED and check_hostname, as create_default_context
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    _system_trust(ctx)
    if account.cafile:
        try:
            ctx.load_verify_locations(cafile=account.cafile)
        except (OSError, ssl.SSLError) as exc:
            raise TlsError(f"Không đọc được tệp chứng thư CA {account.cafile}: {exc}",
                           f"Cannot read CA file {account.cafile}: {exc}") from None
    return ctx


def server_fingerprint(host: str, port: int, starttls: bool, timeout: float = 10) -> str | None:
    """SHA-256 of the server's certificate, fetched WITHOUT trusting it (to show or pin it)."""
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    try:
        with socket.create_connection((host, port), timeout=timeout) as sock:
            if starttls:
                f = sock.makefile("rb")
                f.readline()
                sock.sendall(b"x STARTTLS\r\n")
                while not f.readline().startswith(b"x "):
                    pass
            with ctx.wrap_socket(sock, server_hostname=host) as tls:
                der = tls.getpeercert(binary_form=True)
        return hashlib.sha256(der).hexdigest() if der else None
    except (OSError, ssl.SSLError):
        return None


def _pinned_context(account: Account) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # checked by fingerprint right after the handshake
    return ctx


def _check_pin(client, account: Account) -> None:
    sock = client._imap.sock
    der = sock.getpeercert(binary_form=True)
    got = hashlib.sha256(der or b"").hexdigest()
    want = (account.pinned_sha256 or "").replace(":", "").lower()
    if got != want:
        client.shutdown()
        raise _tls_error(account, got, None)


def _tls_error(account: Account, fingerprint: str | None, exc: Exception | None) -> TlsError:
    why = getattr(exc, "verify_message", None) or (str(exc) if exc else "vân tay không khớp / fingerprint mismatch")
    fp = f" SHA-256 {fingerprint}" if fingerprint else ""
    return TlsError(
        f"Không xác minh được chứng thư máy chủ {account.imap} ({why}).{fp} — thêm CA bằng --cafile nếu tin cậy",
        f"The server certificate of {account.imap} could not be verified ({why}).{fp} — add its CA with --cafile",
        fingerprint=fingerprint,
    )


def _connect(account: Account, ctx: ssl.SSLContext, timeout: float):
    import imapclient

    ep = account.imap
    if ep.security == "starttls":
        client = imapclient.IMAPClient(ep.host, port=ep.port, ssl=False, timeout=timeout)
        if b"STARTTLS" not in client.capabilities():
            client.shutdown()
            raise TlsError(f"Máy chủ {ep} không hỗ trợ STARTTLS; không gửi mật khẩu qua kết nối không mã hóa",
                           f"Server {ep} does not offer STARTTLS; refusing to send the password in clear")
        client.starttls(ctx)
        return client
    return imapclient.IMAPClient(ep.host, port=ep.port, ssl=True, ssl_context=ctx, timeout=timeout)


def open_imap(account: Account, password: str, *, timeout: float = 30):
    """A logged-in ``imapclient.IMAPClient`` over verified TLS, CONDSTORE/QRESYNC enabled when offered.

    Raises TlsError (with the certificate's fingerprint), AuthError or
    NetworkError, each with a Vietnamese message. Runs off the GUI thread.
    """
    import imapclient.exceptions as ix

    ep = account.imap
    try:
        try:
            client = _connect(account, tls_context(account), timeout)
        except ssl.SSLCertVerificationError as exc:
            if not account.pinned_sha256:
                raise _tls_error(account, server_fingerprint(ep.host, ep.port, ep.security == "starttls"),
                                 exc) from None
            client = _connect(account, _pinned_context(account), timeout)
            _check_pin(client, account)
    except (TlsError, NetworkError):
        raise
    except ssl.SSLError as exc:
        raise TlsError(f"Lỗi TLS với {ep}: {exc}", f"TLS error with {ep}: {exc}") from None
    except socket.gaierror as exc:
        raise NetworkError(f"Không tìm thấy máy chủ {ep.host} ({exc.strerror})",
                           f"Unknown host {ep.host} ({exc.strerror})") from None
    except (OSError, ix.IMAPClientError) as exc:
        raise NetworkError(f"Không kết nối được {ep}: {exc}", f"Cannot connect to {ep}: {exc}") from None
    try:
        client.login(account.login, password)
    except ix.LoginError:
        _quiet_close(client)
        raise AuthError(f"Máy chủ {ep} từ chối đăng nhập của {account.login}: sai tên hoặc mật khẩu",
                        f"Server {ep} refused the login of {account.login}: wrong user name or password") from None
    except (OSError, ix.IMAPClientError) as exc:
        _quiet_close(client)
        raise NetworkError(f"Mất kết nối với {ep} khi đăng nhập: {exc}",
                           f"Connection to {ep} lost during login: {exc}") from None
    try:
        caps = set(client.capabilities())
        if b"QRESYNC" in caps:
            client.enable("QRESYNC", "CONDSTORE")
        elif b"CONDSTORE" in caps:
            client.enable("CONDSTORE")
    except (OSError, ix.IMAPClientError) as exc:
        _quiet_close(client)
        raise NetworkError(f"Mất kết nối với {ep}: {exc}", f"Connection to {ep} lost: {exc}") from None
    return client


def capabilities(client) -> set[bytes]:
    return set(client.capabilities())


def _quiet_close(client) -> None:
    try:
        client.shutdown()
    except Exception:
        pass


def close(client) -> None:
    """LOGOUT, ignoring a connection that is already gone."""
    try:
        client.logout()
    except Exception:
        _quiet_close(client)
