"""The no-change check: has anything changed on the server since the last sync?

One pipelined exchange (RFC 3501 §5.5 allows it): TLS, then LOGIN, LIST
with RETURN STATUS (RFC 5819) including HIGHESTMODSEQ (RFC 7162 §3.1.2.2)
and LOGOUT written at once, answered in one round trip. If every folder's
UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ and message count equal what the store
holds, a sync has nothing to do — without importing imapclient/imaplib,
which is a good part of a no-change ``thucongvu sync`` (and on a WAN, three
fewer round trips). Any doubt (no LIST-STATUS or CONDSTORE, a password that
cannot be sent as a quoted string, a certificate problem, a NO/BAD) returns
None and the caller runs the normal sync, which reports errors properly.

Owns: one short-lived socket. Must not: write to the store. Off the GUI thread.
"""

from __future__ import annotations

import socket
import ssl
import threading
from typing import Callable

from thucongvu.accounts.model import Account
from thucongvu.errors import AuthError
from thucongvu.mail.folders import Status, _status
from thucongvu.mail.wire import _read_logical_line, parse_line

ITEMS = b"MESSAGES UIDNEXT UIDVALIDITY UNSEEN HIGHESTMODSEQ"


def _quote(text: str) -> bytes | None:
    if not text.isascii() or any(c in text for c in "\r\n\0"):
        return None
    return b'"' + text.replace("\\", "\\\\").replace('"', '\\"').encode() + b'"'


def _name(raw) -> str | None:
    if not isinstance(raw, bytes):
        return None
    if b"&" in raw:  # modified UTF-7 (RFC 3501 §5.1.3): rare, decoded by imapclient
        from imapclient.imap_utf7 import decode

        return decode(raw)
    return raw.decode("ascii", "replace")


def _wrap(account: Account, timeout: float):
    from thucongvu.mail.connection import tls_context

    ep = account.imap
    sock = socket.create_connection((ep.host, ep.port), timeout=timeout)
    try:
        ctx = tls_context(account)
        if ep.security == "starttls":
            f = sock.makefile("rb")
            greeting = f.readline()
            if not greeting.startswith(b"* OK"):
                raise OSError("no greeting")
            sock.sendall(b"s STARTTLS\r\n")
            while True:
                line = f.readline()
                if not line:
                    raise OSError("closed")
                if line.startswith(b"s "):
                    if not line.startswith(b"s OK"):
                        raise OSError("STARTTLS refused")
                    break
            f.close()
            tls = ctx.wrap_socket(sock, server_hostname=ep.host)
            return tls, True
        return ctx.wrap_socket(sock, server_hostname=ep.host), False
    except BaseException:
        sock.close()
        raise


def _in_background(fn):
    """Run ``fn`` on a thread; returns a getter that joins and returns its result or raises its error."""
    box: dict = {}

    def run():
        try:
            box["value"] = fn()
        except BaseException as exc:  # re-raised on the caller's thread
            box["error"] = exc

    thread = threading.Thread(target=run, name="password", daemon=True)
    thread.start()

    def get():
        thread.join()
        if "error" in box:
            raise box["error"]
        return box["value"]

    return get


def quick_status(account: Account, password: str | Callable[[], str], *,
                 timeout: float = 30) -> dict[str, Status] | None:
    """Every folder's STATUS in one round trip, or None when the quick way does not apply.

    ``password`` may be a callable: it then runs while the TLS handshake is
    under way (the vault's scrypt and OpenSSL both release the GIL).
    """
    if account.pinned_sha256:
        return None  # pinning is checked by mail.connection
    get_password = _in_background(password) if callable(password) else (lambda: password)
    try:
        tls, greeted = _wrap(account, timeout)
    except (OSError, ssl.SSLError):
        get_password()
        return None
    user, secret = _quote(account.login), _quote(get_password())
    if user is None or secret is None:
        tls.close()
        return None
    statuses: dict[str, Status] = {}
    try:
        f = tls.makefile("rb")
        if not greeted:
            greeting, _ = _read_logical_line(f)
            if not greeting.startswith(b"* OK"):
                return None
        tls.sendall(b"q1 LOGIN " + user + b" " + secret + b"\r\n"
                    b'q2 LIST "" "*" RETURN (SPECIAL-USE STATUS (' + ITEMS + b"))\r\n"
                    b"q3 LOGOUT\r\n")
        while True:
            line, literals = _read_logical_line(f)
            if line.startswith(b"q1 "):
                if not line.startswith(b"q1 OK"):
                    if b"AUTHENTICATIONFAILED" in line.upper() or b"AUTHORIZATIONFAILED" in line.upper():
                        raise AuthError(f"Máy chủ {account.imap} từ chối đăng nhập của {account.login}: "
                                        f"sai tên hoặc mật khẩu",
                                        f"Server {account.imap} refused the login of {account.login}: "
                                        f"wrong user name or password")
                    return None
            elif line.startswith(b"q2 "):
                if not line.startswith(b"q2 OK"):
                    return None
            elif line.startswith(b"q3 "):
                break
            elif line.startswith(b"* STATUS "):
                tokens = parse_line(line[2:], literals)
                name = _name(tokens[1]) if len(tokens) >= 3 else None
                if name is not None:
                    statuses[name] = _status(tokens[2])
            elif line.startswith(b"* LIST "):
                tokens = parse_line(line[2:], literals)
                name = _name(tokens[3]) if len(tokens) >= 4 else None
                if name is not None:
                    statuses.setdefault(name, Status())
    except (OSError, ssl.SSLError, ValueError, IndexError):
        return None
    except Exception as exc:  # the wire reader's protocol error: fall back to the normal path
        if isinstance(exc, AuthError):
            raise
        return None
    finally:
        tls.close()
    return statuses
