"""Accounts in the store. Holds no passwords: those live in accounts.credentials."""

from __future__ import annotations

import sqlite3

from thucongvu.accounts.model import Account, Endpoint
from thucongvu.errors import UsageError
from thucongvu.store.db import transaction


def _row_to_account(row: sqlite3.Row) -> Account:
    smtp = Endpoint(row["smtp_host"], row["smtp_port"], row["smtp_security"]) if row["smtp_host"] else None
    return Account(
        email=row["email"],
        imap=Endpoint(row["imap_host"], row["imap_port"], row["security"]),
        smtp=smtp,
        username=row["username"],
        display_name=row["display_name"],
        cafile=row["cafile"],
        pinned_sha256=row["pinned_sha256"],
        unit_mailbox=bool(row["unit_mailbox"]),
        role=row["role"],
        sync_bodies=bool(row["sync_bodies"]),
        id=row["id"],
    )


class AccountRepository:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def all(self) -> list[Account]:
        rows = self.conn.execute("SELECT * FROM accounts ORDER BY unit_mailbox DESC, id").fetchall()
        return [_row_to_account(r) for r in rows]

    def get(self, email: str) -> Account:
        row = self.conn.execute("SELECT * FROM accounts WHERE email = ? COLLATE NOCASE", (email,)).fetchone()
        if row is None:
            raise UsageError(f"Không có tài khoản {email}", f"No such account: {email}")
        return _row_to_account(row)

    def by_id(self, account_id: int) -> Account:
        row = self.conn.execute("SELECT * FROM accounts WHERE id = ?", (account_id,)).fetchone()
        if row is None:
            raise UsageError(f"Không có tài khoản #{account_id}", f"No such account: #{account_id}")
        return _row_to_account(row)

    def save(self, account: Account) -> Account:
        """Insert or update by e-mail address; returns the stored account with its id."""
        smtp = account.smtp
        with transaction(self.conn):
            self.conn.execute(
                """
                INSERT INTO accounts(email, display_name, imap_host, imap_port, security, smtp_host, smtp_port,
                                     smtp_security, username, cafile, pinned_sha256, unit_mailbox, role, sync_bodies)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)
                ON CONFLICT(email) DO UPDATE SET
                    display_name=excluded.display_name, imap_host=excluded.imap_host, imap_port=excluded.imap_port,
                    security=excluded.security, smtp_host=excluded.smtp_host, smtp_port=excluded.smtp_port,
                    smtp_security=excluded.smtp_security, username=excluded.username, cafile=excluded.cafile,
                    pinned_sha256=excluded.pinned_sha256, unit_mailbox=excluded.unit_mailbox, role=excluded.role,
                    sync_bodies=excluded.sync_bodies
                """,
                (
                    account.email, account.display_name, account.imap.host, account.imap.port, account.imap.security,
                    smtp.host if smtp else None, smtp.port if smtp else None, smtp.security if smtp else "starttls",
                    account.login, account.cafile, account.pinned_sha256, int(account.unit_mailbox), account.role,
                    int(account.sync_bodies),
                ),
            )
        return self.get(account.email)

    def remove(self, email: str) -> None:
        with transaction(self.conn):
            self.conn.execute("DELETE FROM accounts WHERE email = ? COLLATE NOCASE", (email,))
