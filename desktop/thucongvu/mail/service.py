"""MailService: the one object the window and the CLI use for IMAP mail.

It wires the single-concern modules together: connection (TLS, login),
folders (LIST, roles), folder_sync (headers, flags, expunges), bodies,
flags (queued write-back) and idle. Each calling thread gets its own SQLite
connection (WAL; writes serialised by BEGIN IMMEDIATE) and its own IMAP
connections (imapclient is not thread-safe).

Every method except the constructor blocks on disk or network: call them
off the GUI thread. No Qt here.
"""

from __future__ import annotations

import logging
import socket
import ssl
import threading
import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

from thucongvu.accounts.model import Account
from thucongvu.errors import AuthError, NetworkError, UsageError

log = logging.getLogger(__name__)

# progress(folder_name, done, total) — called from the syncing thread.
Progress = Callable[[str, int, int], None]


@dataclass
class SyncResult:
    folders: int = 0
    messages: int = 0
    new: int = 0
    changed: int = 0
    vanished: int = 0
    seconds: float = 0.0

    def to_json(self) -> dict:
        """The shape of ``thucongvu sync --json`` (shared/CONTRACTS.md)."""
        return {"folders": self.folders, "messages": self.messages, "new": self.new, "changed": self.changed,
                "vanished": self.vanished, "seconds": round(self.seconds, 3)}


def _flag_names(flags) -> set[str]:
    return {f if isinstance(f, str) else f.decode() for f in flags}


def _network_errors() -> tuple[type[BaseException], ...]:
    """Evaluated only when an exception is being matched, so imapclient is not imported for nothing."""
    import imaplib

    import imapclient.exceptions as ix

    from thucongvu.mail.wire import ImapProtocolError

    return (OSError, socket.timeout, ssl.SSLError, imaplib.IMAP4.abort, ix.IMAPClientAbortError, ImapProtocolError)


class MailService:
    def __init__(self, conn_factory: Callable, home: Path, credentials, *, connect: Callable | None = None):
        self._conn_factory = conn_factory
        self.home = Path(home)
        self.credentials = credentials
        self._connect = connect
        self._local = threading.local()

    # -- plumbing ------------------------------------------------------------
    @property
    def db(self):
        conn = getattr(self._local, "db", None)
        if conn is None:
            conn = self._local.db = self._conn_factory()
        return conn

    def accounts(self) -> list[Account]:
        from thucongvu.accounts.repository import AccountRepository

        return AccountRepository(self.db).all()

    def account(self, email: str) -> Account:
        from thucongvu.accounts.repository import AccountRepository

        return AccountRepository(self.db).get(email)

    def _password(self, account: Account) -> str:
        password = self.credentials.get_password(account.email)
        if password is None:
            raise AuthError(f"Chưa lưu mật khẩu cho {account.email}; thêm lại tài khoản",
                            f"No password stored for {account.email}; add the account again")
        return password

    def open(self, account: Account, password: str | None = None):
        """A new logged-in IMAP connection for the account (the caller closes it)."""
        if self._connect is not None:
            return self._connect(account, password if password is not None else self._password(account))
        from thucongvu.mail.connection import open_imap

        return open_imap(account, password if password is not None else self._password(account))

    # -- accounts ------------------------------------------------------------
    def add_account(self, account: Account, password: str | None, *, test_login: bool = True) -> Account:
        """Policy first (no connection for a refused identity), then a login test, then save."""
        from thucongvu.accounts.repository import AccountRepository
        from thucongvu.mail.connection import close
        from thucongvu.policy.identity import check_identity

        account = replace(account, email=check_identity(account.email))
        if test_login:
            if password is None:
                raise UsageError("Cần mật khẩu để thử đăng nhập (--password-stdin)",
                                 "A password is needed to test the login (--password-stdin)")
            close(self.open(account, password))
        saved = AccountRepository(self.db).save(account)
        if password is not None:
            self.credentials.set_password(saved.email, password)
        return saved

    # -- sync ------------------------------------------------------------------
    def sync(self, email: str | None = None, *, folder: str | None = None, bodies: bool = False,
             progress: Progress | None = None, retries: int = 1, on_folder=None) -> SyncResult:
        """Sync one account (or all): folders, headers, flags, expunges; bodies when asked.

        A connection dropped mid-way is reopened ``retries`` times; the
        work done before the drop is kept (no duplicates, nothing missed).
        ``on_folder(account_email, FolderResult)`` is the coarse "folder did
        sync" event (called on this thread; the UI re-emits it as a signal).
        """
        from thucongvu.mail.account_sync import quick_unchanged, sync_account
        from thucongvu.mail.connection import close

        started = time.monotonic()
        accounts = [self.account(email)] if email else self.accounts()
        if not accounts:
            raise UsageError("Chưa có tài khoản nào (thucongvu account add …)", "No accounts (thucongvu account add …)")
        total = SyncResult()
        for account in accounts:
            for attempt in range(retries + 1):
                try:
                    if self._connect is None and quick_unchanged(self.db, account, lambda: self._password(account),
                                                                 folder, bodies or account.sync_bodies, total):
                        break  # settled by one pipelined STATUS round trip
                    client = self.open(account)
                    try:
                        sync_account(client, self.db, account, folder, bodies or account.sync_bodies, progress,
                                     total, on_folder)
                    finally:
                        close(client)
                    break
                except _network_errors() as exc:
                    if attempt >= retries:
                        raise NetworkError(f"Mất kết nối với {account.imap} khi đồng bộ: {exc}",
                                           f"Connection to {account.imap} lost during sync: {exc}") from None
                    log.info("sync of %s interrupted (%s); reconnecting", account.email, type(exc).__name__)
        total.seconds = time.monotonic() - started
        return total

    # -- bodies ----------------------------------------------------------------
    def _locate(self, message_id: int):
        row = self.db.execute("SELECT m.uid, f.name, f.account_id FROM messages m JOIN folders f ON f.id=m.folder_id "
                              "WHERE m.id=?", (message_id,)).fetchone()
        if row is None:
            raise UsageError(f"Không có thư #{message_id}", f"No message #{message_id}")
        from thucongvu.accounts.repository import AccountRepository

        return row["uid"], row["name"], AccountRepository(self.db).by_id(row["account_id"])

    def fetch_body(self, message_id: int) -> bytes:
        """The message's exact raw bytes: from the cache, else fetched now and cached."""
        from thucongvu.mail.bodies import fetch_raw, store_bodies
        from thucongvu.store.messages import raw_body

        cached = raw_body(self.db, message_id)
        if cached is not None:
            return cached
        uid, folder, account = self._locate(message_id)
        for attempt in (1, 2):  # a kept connection may have timed out on the server: reopen once
            client = self._reader(account)
            try:
                client.select_folder(folder, readonly=True)
                raw = fetch_raw(client, [uid]).get(uid)
                break
            except _network_errors() as exc:
                self._drop_reader(account)
                if attempt == 2:
                    raise NetworkError(f"Không tải được thư từ {account.imap}: {exc}",
                                       f"Cannot fetch the message from {account.imap}: {exc}") from None
        if raw is None:
            raise UsageError("Thư không còn trên máy chủ (hãy đồng bộ lại)",
                             "The message is no longer on the server (sync again)")
        store_bodies(self.db, [(message_id, raw)])
        return raw

    def _reader(self, account: Account):
        """This thread's kept connection for on-demand fetches (opening one per click costs TLS + login)."""
        readers = self._local.__dict__.setdefault("readers", {})
        if account.email not in readers:
            readers[account.email] = self.open(account)
        return readers[account.email]

    def _drop_reader(self, account: Account) -> None:
        from thucongvu.mail.connection import close

        client = self._local.__dict__.get("readers", {}).pop(account.email, None)
        if client is not None:
            close(client)

    def close(self) -> None:
        """Log out this thread's kept connections (call from the thread that used them)."""
        from thucongvu.mail.connection import close

        readers = self._local.__dict__.get("readers", {})
        while readers:
            close(readers.popitem()[1])

    # -- flags and moves ------------------------------------------------------------
    def set_flags(self, message_ids, add=(), remove=()) -> None:
        """Change flags locally at once, then write them back (kept queued if offline).

        In a read-only view (a leader's login to the unit mailbox, or a folder
        the server lets this login only read: duty.folder_rights) only ``\\Seen``
        may change, and only on this computer: the server keeps the
        documentation officer's state. Any other flag is refused.
        """
        from thucongvu.duty import folder_rights
        from thucongvu.mail.flags import queue_flags

        ids = list(message_ids)
        locked = folder_rights.locked(self.db, ids)
        if locked and (_flag_names(add) | _flag_names(remove)) - {"\\Seen"}:
            folder_rights.require_modify(self.db, locked)
        if locked:
            queue_flags(self.db, list(locked), add, remove, queue=False)
        writable = [i for i in ids if i not in locked]
        if writable:
            accounts = self._accounts_of(writable)
            queue_flags(self.db, writable, add, remove)
            self._write_back(accounts)

    def move(self, message_ids, target_folder: str) -> None:
        """Move messages to another folder of the same account (UID MOVE, else COPY + EXPUNGE)."""
        from thucongvu.duty import folder_rights
        from thucongvu.mail.flags import queue_move

        folder_rights.require_modify(self.db, message_ids)
        accounts = self._accounts_of(message_ids)
        queue_move(self.db, message_ids, target_folder)
        self._write_back(accounts)

    def _accounts_of(self, message_ids) -> list[Account]:
        from thucongvu.accounts.repository import AccountRepository

        ids = list(message_ids)
        marks = ",".join("?" * len(ids)) or "NULL"
        rows = self.db.execute(f"SELECT DISTINCT f.account_id FROM messages m JOIN folders f ON f.id=m.folder_id "
                               f"WHERE m.id IN ({marks})", ids).fetchall()
        repo = AccountRepository(self.db)
        return [repo.by_id(r[0]) for r in rows]

    def _write_back(self, accounts: list[Account]) -> None:
        from thucongvu.mail.connection import close
        from thucongvu.mail.flags import replay

        for account in accounts:
            try:
                client = self.open(account)
                try:
                    replay(client, self.db, account.id, set(client.capabilities()))
                finally:
                    close(client)
            except (NetworkError, *_network_errors()) as exc:
                log.info("write-back for %s queued (%s)", account.email, type(exc).__name__)

    # -- push ------------------------------------------------------------------
    def idle(self, email: str, stop: threading.Event, on_change: Callable[[str], None]) -> None:
        """Wait on INBOX with IDLE until ``stop`` is set; ``on_change("INBOX")`` on news.

        Blocks: run it on its own thread. Reconnects after a dropped
        connection (waiting up to a minute between tries).
        """
        from thucongvu.mail.connection import close
        from thucongvu.mail.idle import wait_for_changes

        account = self.account(email)
        delay = 1.0
        while not stop.is_set():
            try:
                client = self.open(account)
                try:
                    delay = 1.0
                    wait_for_changes(client, "INBOX", stop, on_change)
                finally:
                    close(client)
            except AuthError:
                raise
            except (NetworkError, *_network_errors()) as exc:
                log.info("IDLE for %s interrupted (%s)", email, type(exc).__name__)
                if stop.wait(delay):
                    return
                delay = min(delay * 2, 60.0)
