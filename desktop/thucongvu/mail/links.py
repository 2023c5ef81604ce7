"""Connections for one outbox flush: one SMTP session and one IMAP client per account, reused.

Opening a verified TLS connection costs far more than sending a message
(loading the system CA store alone is ~50 ms), so a flush of many items
opens each link once, on first use. When a link cannot be opened, the same
error is returned for the rest of this flush instead of trying (and timing
out) again for every item. Owned by ``mail.outbox``; runs off the GUI thread.
"""

from __future__ import annotations

from thucongvu.errors import AppError, AuthError


class Links:
    def __init__(self, credentials, *, imap_factory=None, submit=None):
        self.credentials = credentials
        self.imap_factory = imap_factory
        self._submit = submit            # a test seam: submit(account, password, raw, rcpts, *, mail_from, on_data)
        self._passwords: dict[str, str] = {}
        self._smtp: dict[str, object] = {}   # email -> SmtpSession | AppError
        self._imap: dict[str, object] = {}   # email -> (client, sent folder) | Exception

    def password(self, account) -> str:
        if account.email not in self._passwords:
            password = self.credentials.get_password(account.email)
            if password is None:
                raise AuthError(f"Chưa có mật khẩu cho tài khoản {account.email}",
                                f"No password stored for {account.email}")
            self._passwords[account.email] = password
        return self._passwords[account.email]

    def submit(self, account, raw: bytes, recipients: list[str], *, mail_from: str, on_data):
        from thucongvu.mail.smtp import SmtpSession

        password = self.password(account)
        if self._submit is not None:
            return self._submit(account, password, raw, recipients, mail_from=mail_from, on_data=on_data)
        session = self._smtp.get(account.email)
        if isinstance(session, AppError):
            raise session
        if session is None or not session.open:
            try:
                session = SmtpSession(account, password)
            except AppError as exc:
                self._smtp[account.email] = exc
                raise
            self._smtp[account.email] = session
        return session.send(raw, recipients, mail_from=mail_from, on_data=on_data)

    def save_sent(self, account, raw: bytes) -> None:
        """APPEND to the account's Sent folder (RFC 6154 \\Sent), \\Seen."""
        from thucongvu.mail.append import default_imap_factory, special_folder

        entry = self._imap.get(account.email)
        if isinstance(entry, Exception):
            raise entry
        if entry is None:
            try:
                client = (self.imap_factory or default_imap_factory)(account, self.password(account))
                entry = (client, special_folder(client, "sent"))
            except Exception as exc:
                self._imap[account.email] = exc
                raise
            self._imap[account.email] = entry
        client, folder = entry
        try:
            client.append(folder, raw, flags=(b"\\Seen",))
        except Exception:
            self._imap.pop(account.email, None)
            _logout(client)
            raise

    def close(self) -> None:
        for session in self._smtp.values():
            if not isinstance(session, AppError):
                session.close()
        for entry in self._imap.values():
            if isinstance(entry, tuple):
                _logout(entry[0])
        self._smtp.clear()
        self._imap.clear()

    def __enter__(self) -> "Links":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _logout(client) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001 - closing anyway
        pass
