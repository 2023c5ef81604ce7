"""Message submission over SMTP (RFC 6409) with smtplib. Runs off the GUI thread.

Owns: one submission = connect, TLS, AUTH, MAIL/RCPT/DATA, quit. It does not
queue or retry (the outbox does) and never builds messages (compose does).

TLS, the same rules as IMAP: implicit TLS (RFC 8314, port 465) or STARTTLS
(RFC 3207, port 587), never a plaintext fallback — a server that does not
offer STARTTLS is refused. The certificate is verified against the system
store plus the account's ``cafile``; an account with ``pinned_sha256`` (a
certificate the user explicitly chose to trust) accepts exactly that
certificate and nothing else.

Errors become AppErrors with Vietnamese messages. ``SendRefused`` carries the
server's code: 5xx is permanent (the outbox stops retrying), 4xx and network
trouble are temporary (the outbox retries with backoff).
"""

from __future__ import annotations

import hashlib
import smtplib
import socket
import ssl
from dataclasses import dataclass, field
from typing import Callable

from thucongvu.errors import AuthError, NetworkError, TlsError, UsageError


class SendRefused(NetworkError):
    """The server answered MAIL/RCPT/DATA with an error code."""

    def __init__(self, vi: str, en: str, *, code: int):
        super().__init__(vi, en)
        self.code = code

    @property
    def permanent(self) -> bool:
        return 500 <= self.code < 600


class DeliveryUncertain(NetworkError):
    """The connection failed during DATA: the server may have queued the message."""


@dataclass(frozen=True)
class SubmitResult:
    accepted: tuple[str, ...]
    refused: dict[str, str] = field(default_factory=dict)  # recipient -> "550 reason"


def _context(account) -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    if account.pinned_sha256:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE  # checked against the pin right after the handshake
    elif account.cafile:
        try:
            ctx.load_verify_locations(cafile=account.cafile)
        except (OSError, ssl.SSLError) as exc:
            raise UsageError(f"Không đọc được chứng thư tin cậy {account.cafile}: {exc}",
                             f"Cannot read the trusted certificate {account.cafile}: {exc}") from None
    return ctx


def _check_pin(account, sock) -> None:
    if not account.pinned_sha256:
        return
    der = sock.getpeercert(binary_form=True) or b""
    seen = hashlib.sha256(der).hexdigest()
    if seen != account.pinned_sha256.replace(":", "").lower():
        raise TlsError(f"Chứng thư của máy chủ gửi thư đã thay đổi (dấu vân tay {seen}); không gửi.",
                       f"The mail server's certificate changed (fingerprint {seen}); not sending.", fingerprint=seen)


def _tls_error(exc: ssl.SSLError, host: str, port: int) -> TlsError:
    fp = None
    try:
        pem = ssl.get_server_certificate((host, port), timeout=5)
        fp = hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
    except (OSError, ssl.SSLError, ValueError):
        pass
    reason = getattr(exc, "verify_message", None) or str(exc)
    return TlsError(f"Không tin được chứng thư của máy chủ gửi thư {host}:{port} ({reason})",
                    f"The certificate of mail server {host}:{port} is not trusted ({reason})", fingerprint=fp)


def _connect(account, timeout: float) -> smtplib.SMTP:
    ep = account.smtp
    if ep is None:
        raise UsageError(f"Tài khoản {account.email} chưa có máy chủ gửi thư (SMTP)",
                         f"Account {account.email} has no SMTP server")
    ctx = _context(account)
    if ep.security == "tls":
        client = smtplib.SMTP_SSL(ep.host, ep.port, context=ctx, timeout=timeout)
    else:
        client = smtplib.SMTP(ep.host, ep.port, timeout=timeout)
        client.ehlo()
        if not client.has_extn("starttls"):
            client.close()
            raise TlsError(f"Máy chủ {ep} không hỗ trợ STARTTLS; không gửi thư không mã hóa",
                           f"Server {ep} does not offer STARTTLS; refusing to send unencrypted")
        client.starttls(context=ctx)
        client.ehlo()
    _check_pin(account, client.sock)
    return client


def _refused(exc: smtplib.SMTPResponseException, what_vi: str, what_en: str) -> SendRefused:
    text = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else str(exc.smtp_error)
    return SendRefused(f"Máy chủ từ chối {what_vi}: {exc.smtp_code} {text}",
                       f"The server refused {what_en}: {exc.smtp_code} {text}", code=exc.smtp_code)


def _transaction(client, mail_from, recipients, raw, options, on_data, where) -> dict:
    """MAIL, RCPT…, DATA (RFC 5321 §3.3) by hand, so the caller learns when DATA starts."""
    code, resp = client.mail(mail_from, options)
    if code != 250:
        raise _refused(smtplib.SMTPSenderRefused(code, resp, mail_from), "địa chỉ gửi", "the sender")
    refused = {}
    for rcpt in recipients:
        code, resp = client.rcpt(rcpt)
        if code not in (250, 251):
            refused[rcpt] = (code, resp)
    if len(refused) == len(recipients):
        client.rset()
        detail = "; ".join(f"{r}: {c} {m.decode('utf-8', 'replace')}" for r, (c, m) in refused.items())
        raise SendRefused(f"Máy chủ từ chối mọi người nhận ({detail})", f"All recipients refused ({detail})",
                          code=min(c for c, _ in refused.values()))
    if on_data is not None:
        on_data()
    try:
        code, resp = client.data(raw)
    except (OSError, smtplib.SMTPException) as exc:
        raise DeliveryUncertain(
            f"Mất kết nối với {where} trong khi gửi nội dung thư: không rõ máy chủ đã nhận thư hay chưa ({exc})",
            f"Connection to {where} lost during DATA: the server may or may not have taken the message ({exc})",
        ) from None
    if code != 250:
        raise _refused(smtplib.SMTPDataError(code, resp), "nội dung thư", "the message")
    return refused


def submit(account, password: str, raw: bytes, recipients: list[str], *, mail_from: str | None = None,
           timeout: float = 30, on_data: Callable[[], None] | None = None) -> SubmitResult:
    """Send ``raw`` (CRLF bytes) to ``recipients``; returns who was accepted. Raises AppErrors.

    ``on_data`` is called right before DATA: up to then a failure means the
    message was certainly not taken; during DATA it raises DeliveryUncertain.
    """
    ep = account.smtp
    where = f"{ep.host}:{ep.port}" if ep else "?"
    try:
        client = _connect(account, timeout)
    except ssl.SSLCertVerificationError as exc:
        raise _tls_error(exc, ep.host, ep.port) from None
    except ssl.SSLError as exc:
        raise TlsError(f"Lỗi TLS với máy chủ gửi thư {where}: {exc}", f"TLS error with mail server {where}: {exc}") \
            from None
    except (OSError, smtplib.SMTPException) as exc:
        raise NetworkError(f"Không kết nối được máy chủ gửi thư {where}: {exc}",
                           f"Cannot reach the mail server {where}: {exc}") from None
    try:
        try:
            client.login(account.login, password)
        except smtplib.SMTPAuthenticationError:
            raise AuthError(f"Máy chủ gửi thư {where} từ chối tên đăng nhập hoặc mật khẩu",
                            f"The mail server {where} rejected the user name or password") from None
        except smtplib.SMTPNotSupportedError:
            raise AuthError(f"Máy chủ gửi thư {where} không cho đăng nhập (AUTH)",
                            f"The mail server {where} offers no AUTH") from None
        options = []
        if not raw.isascii():
            if not client.has_extn("8bitmime"):
                raise SendRefused(f"Máy chủ {where} không nhận thư 8-bit (8BITMIME)",
                                  f"Server {where} does not accept 8-bit mail (8BITMIME)", code=554)
            options.append("BODY=8BITMIME")
        refused = _transaction(client, mail_from or account.email, recipients, raw, options, on_data, where)
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            pass  # DATA was accepted: the mail is sent even if QUIT fails
    except (OSError, smtplib.SMTPServerDisconnected) as exc:
        raise NetworkError(f"Mất kết nối với máy chủ gửi thư {where}: {exc}",
                           f"Lost the connection to mail server {where}: {exc}") from None
    finally:
        try:
            client.close()
        except OSError:
            pass
    bad = {r: f"{c} {m.decode('utf-8', 'replace') if isinstance(m, bytes) else m}" for r, (c, m) in refused.items()}
    return SubmitResult(tuple(r for r in recipients if r not in refused), bad)
