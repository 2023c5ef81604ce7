"""Helpers for sending tests: an account on the test servers, waiting for delivery over IMAP."""

from __future__ import annotations

import time

from thucongvu.accounts.model import Account, Endpoint
from thucongvu.accounts.repository import AccountRepository


def make_account(conn, credentials, dovecot, postfix, address: str, password: str = "mat-khau-1", *,
                 smtp_port: int | None = None, security: str = "starttls", cafile: str | None = "default",
                 pinned_sha256: str | None = None) -> Account:
    """A Dovecot user plus an account in the store using Postfix for SMTP; password in the vault."""
    dovecot.add_user(address, password)
    port = smtp_port if smtp_port is not None else (
        postfix.submission_port if security == "starttls" else postfix.smtps_port)
    account = Account(
        email=address, imap=Endpoint(dovecot.host, dovecot.imaps_port, "tls"),
        smtp=Endpoint(postfix.host, port, security), username=address,
        cafile=str(postfix.cafile) if cafile == "default" else cafile, pinned_sha256=pinned_sha256,
    )
    account = AccountRepository(conn).save(account)
    credentials.set_password(address, password)
    return account


def wait_for(dovecot, user: str, password: str, message_id: str, folder: str = "INBOX",
             timeout: float = 20) -> list[bytes]:
    """Raw bytes (BODY.PEEK[]) of every message in ``folder`` with that Message-ID, once at least one is there."""
    deadline = time.monotonic() + timeout
    while True:
        c = dovecot.client(user, password)
        try:
            c.select_folder(folder, readonly=True)
            uids = c.search(["HEADER", "Message-ID", message_id])
            if uids:
                data = c.fetch(uids, [b"BODY.PEEK[]"])
                return [data[u][b"BODY[]"] for u in sorted(data)]
        finally:
            c.logout()
        if time.monotonic() > deadline:
            return []
        time.sleep(0.2)


def count(dovecot, user: str, password: str, message_id: str, folder: str = "INBOX") -> int:
    c = dovecot.client(user, password)
    try:
        c.select_folder(folder, readonly=True)
        return len(c.search(["HEADER", "Message-ID", message_id]))
    finally:
        c.logout()
