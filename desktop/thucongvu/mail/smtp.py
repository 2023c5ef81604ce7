"""Message submission over SMTP (RFC 6409) with smtplib. Runs off the GUI thread.

Owns: one submission = connect, TLS, AUTH, MAIL/RCPT/DATA, quit. It does not
queue or retry (the outbox does) and never builds messages (compose does).

TLS, the same rules as IMAP (``mail.connection``): implicit TLS (RFC 8314,
port 465) or STARTTLS (RFC 3207, port 587), never a plaintext fallback — a
server that does not offer STARTTLS is refused before AUTH. The certificate is
verified against the system store plus the account's ``cafile``; when that
fails, a certificate the user explicitly chose to trust (``pinned_sha256``) is
accepted only if its SHA-256 matches exactly.

Errors become AppErrors with Vietnamese messages. ``SendRefused`` carries the
server's code: 5xx is permanent (the outbox stops retrying), 4xx and network
trouble are temporary (the outbox retries with backoff).
"""

from __future__ import annotations

import hashlib
import smtplib
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


def _pinned_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # checked against the pin right after the handshake
    return ctx


def _check_pin(account, sock) -> None:
    der = sock.getpeercert(binary_form=True) or b""
    seen = hashlib.sha256(der).hexdigest()
    if seen != (account.pinned_sha256 or "").replace(":", "").lower():
        raise TlsError(f"Chứng thư của máy chủ gửi thư không khớp chứng thư đã tin cậy (SHA-256 {seen}); không gửi.",
                       f"The mail server's certificate does not match the trusted one (SHA-256 {seen}); not sending.",
                       fingerprint=seen)


def _tls_error(exc: ssl.SSLError, account) -> TlsError:
    """Not trusted: say why, with the certificate's fingerprint so the user can choose to trust it."""
    ep = account.smtp
    fp = None
    try:
        client = _open(ep, _pinned_context(), 10)
        try:
            fp = hashlib.sha256(client.sock.getpeercert(binary_form=True) or b"").hexdigest()
        finally:
            client.close()
    except (OSError, ssl.SSLError, smtplib.SMTPException, TlsError):
        pass
    reason = getattr(exc, "verify_message", None) or str(exc)
    shown = f" SHA-256 {fp}" if fp else ""
    return TlsError(f"Không xác minh được chứng thư máy chủ gửi thư {ep} ({reason}).{shown}",
                    f"The certificate of mail server {ep} could not be verified ({reason}).{shown}", fingerprint=fp)


def _open(ep, ctx: ssl.SSLContext, timeout: float) -> smtplib.SMTP:
    if ep.security == "tls":
        return smtplib.SMTP_SSL(ep.host, ep.port, context=ctx, timeout=timeout)
    client = smtplib.SMTP(ep.host, ep.port, timeout=timeout)
    client.ehlo()
    if not client.has_extn("starttls"):
        client.close()
        raise TlsError(f"Máy chủ {ep} không hỗ trợ STARTTLS; không gửi thư không mã hóa",
                       f"Server {ep} does not offer STARTTLS; refusing to send unencrypted")
    try:
        client.starttls(context=ctx)
    except BaseException:
        client.close()
        raise
    client.ehlo()
    return client


def _connect(account, timeout: float) -> smtplib.SMTP:
    """Verified against the system store + the account's CA; a pinned certificate only as the fallback."""
    from thucongvu.mail.connection import tls_context

    ep = account.smtp
    if ep is None:
        raise UsageError(f"Tài khoản {account.email} chưa có máy chủ gửi thư (SMTP)",
                         f"Account {account.email} has no SMTP server")
    try:
        return _open(ep, tls_context(account), timeout)
    except ssl.SSLCertVerificationError:
        if not account.pinned_sha256:
            raise
    client = _open(ep, _pinned_context(), timeout)
    try:
        _check_pin(account, client.sock)
    except TlsError:
        client.close()
        raise
    return client


def _oneline(reply) -> str:
    """A server reply as one line: multi-line SMTP replies must not break the CLI's one-line errors."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())


def _refused(exc: smtplib.SMTPResponseException, what_vi: str, what_en: str) -> SendRefused:
    text = _oneline(exc.smtp_error)
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
        detail = "; ".join(f"{r}: {c} {_oneline(m)}" for r, (c, m) in refused.items())
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


class SmtpSession:
    """One authenticated connection, reused for several messages (a flush of the outbox).

    ``with SmtpSession(account, password) as s: s.send(raw, recipients, ...)``.
    After an error other than a refusal the session is closed; open a new one.
    """

    def __init__(self, account, password: str, *, timeout: float = 30):
        ep = account.smtp
        self.account = account
        self.where = where = f"{ep.host}:{ep.port}" if ep else "?"
        try:
            client = _connect(account, timeout)
        except ssl.SSLCertVerificationError as exc:
            raise _tls_error(exc, account) from None
        except ssl.SSLError as exc:
            raise TlsError(f"Lỗi TLS với máy chủ gửi thư {where}: {exc}",
                           f"TLS error with mail server {where}: {exc}") from None
        except (OSError, smtplib.SMTPException) as exc:
            raise NetworkError(f"Không kết nối được máy chủ gửi thư {where}: {exc}",
                               f"Cannot reach the mail server {where}: {exc}") from None
        self.client = client
        try:
            client.login(account.login, password)
        except smtplib.SMTPAuthenticationError:
            self.close()
            raise AuthError(f"Máy chủ gửi thư {where} từ chối tên đăng nhập hoặc mật khẩu",
                            f"The mail server {where} rejected the user name or password") from None
        except smtplib.SMTPNotSupportedError:
            self.close()
            raise AuthError(f"Máy chủ gửi thư {where} không cho đăng nhập (AUTH)",
                            f"The mail server {where} offers no AUTH") from None
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise NetworkError(f"Mất kết nối với máy chủ gửi thư {where}: {exc}",
                               f"Lost the connection to mail server {where}: {exc}") from None

    def send(self, raw: bytes, recipients: list[str], *, mail_from: str | None = None,
             on_data: Callable[[], None] | None = None) -> SubmitResult:
        """One SMTP transaction. ``on_data`` is called right before DATA: up to then a failure
        means the message was certainly not taken; during DATA it raises DeliveryUncertain."""
        client, where = self.client, self.where
        options = []
        if not raw.isascii():
            if not client.has_extn("8bitmime"):
                raise SendRefused(f"Máy chủ {where} không nhận thư 8-bit (8BITMIME)",
                                  f"Server {where} does not accept 8-bit mail (8BITMIME)", code=554)
            options.append("BODY=8BITMIME")
        try:
            refused = _transaction(client, mail_from or self.account.email, recipients, raw, options, on_data, where)
        except (OSError, smtplib.SMTPException) as exc:  # before DATA: certainly not taken
            self.close()
            raise NetworkError(f"Mất kết nối với máy chủ gửi thư {where}: {exc}",
                               f"Lost the connection to mail server {where}: {exc}") from None
        except DeliveryUncertain:
            self.close()
            raise
        bad = {r: f"{c} {_oneline(m)}" for r, (c, m) in refused.items()}
        return SubmitResult(tuple(r for r in recipients if r not in refused), bad)

    def close(self) -> None:
        client, self.client = getattr(self, "client", None), None
        if client is None:
            return
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            pass  # any accepted DATA stays accepted even if QUIT fails
        try:
            client.close()
        except OSError:
            pass

    @property
    def open(self) -> bool:
        return self.client is not None

    def __enter__(self) -> "SmtpSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def submit(account, password: str, raw: bytes, recipients: list[str], *, mail_from: str | None = None,
           timeout: float = 30, on_data: Callable[[], None] | None = None) -> SubmitResult:
    """Send ``raw`` (CRLF bytes) to ``recipients`` over a connection of its own. Raises AppErrors."""
    with SmtpSession(account, password, timeout=timeout) as session:
        return session.send(raw, recipients, mail_from=mail_from, on_data=on_data)
