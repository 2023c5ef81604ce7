"""The service objects the window (and its feature areas) talk to, built in one place.

``build(home, demo=...)`` is called by the composition root (``thucongvu.app``).
Widgets get a ``Services`` and never open SQLite or sockets themselves. No Qt.

Fields other helpers rely on:
  home, db_path    the state dir and the store (build your own domain service
                   from ``connect()`` in your area factory if you need one)
  events           thucongvu.events.Events (publish/subscribe, any thread)
  mailbox          services.mailbox.Mailbox (folders, ids, rows, bodies, flags)
  mail             thucongvu.mail.service.MailService, or None on the demo store
  accounts         AccountRepository;  credentials: CredentialStore
  demo             True when showing the built-in sample data (Dữ liệu mẫu)
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from thucongvu.events import Events


@dataclass
class Services:
    home: Path
    db_path: Path
    conn: sqlite3.Connection
    events: Events
    mailbox: Any
    accounts: Any
    credentials: Any
    mail: Any = None
    demo: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def connect(self) -> sqlite3.Connection:
        """A new connection to the same store (for a service with its own thread)."""
        from thucongvu.store.db import connect

        return connect(self.db_path)

    def outbox(self):
        """The persistent outbox (send helper's ``mail.outbox.Outbox``), built on first use."""
        if "outbox" not in self.extra:
            from thucongvu.mail.outbox import Outbox

            self.extra["outbox"] = _build_outbox(Outbox, self)
        return self.extra["outbox"]

    def drafts(self):
        """The drafts store (send feature's ``mail.drafts.Drafts``) on its own connection."""
        if "drafts" not in self.extra:
            from thucongvu.mail.drafts import Drafts

            self.extra["drafts"] = Drafts(self.connect(), self.credentials)
        return self.extra["drafts"]

    def close(self) -> None:
        if self.mail is not None and hasattr(self.mail, "close"):
            try:
                self.mail.close()  # its per-thread IMAP connections for body fetches
            except Exception:  # closing at exit: nothing to report
                pass
        try:
            self.conn.close()
        except sqlite3.Error:
            pass


def _build_outbox(cls, services: Services):
    import inspect

    params = inspect.signature(cls).parameters
    kwargs = {}
    for name, value in (("conn", services.connect()), ("home", services.home),
                        ("credentials", services.credentials), ("events", services.events)):
        if name in params:
            kwargs[name] = value
    return cls(**kwargs)


def build(home: Path, *, demo: bool = False, ask_passphrase=None) -> Services:
    """Opens the store in ``home`` (or the demo store under it) and wires the services."""
    from thucongvu import paths
    from thucongvu.accounts.credentials import CredentialStore
    from thucongvu.accounts.repository import AccountRepository
    from thucongvu.services.mailbox import Mailbox
    from thucongvu.store.db import connect

    events = Events()
    if demo:
        from thucongvu import demo as demo_store

        db_path = demo_store.ensure(home)
    else:
        db_path = paths.database_path(home)
    conn = connect(db_path)
    credentials = LazyCredentials(lambda: CredentialStore(home, ask=ask_passphrase))
    mail = None
    if not demo:
        mail = real_mail_service(home, credentials)
    mailbox = Mailbox(conn, mail=mail, events=events, connect=lambda: connect(db_path))
    return Services(home=home, db_path=db_path, conn=conn, events=events, mailbox=mailbox,
                    accounts=AccountRepository(conn), credentials=credentials, mail=mail, demo=demo)


class LazyCredentials:
    """The credential store, opened on first use: the first window needs no keyring (start-up time)."""

    def __init__(self, factory):
        self._factory = factory
        self._store = None

    def __getattr__(self, name: str):
        if self._store is None:
            self._store = self._factory()
        return getattr(self._store, name)


def has_accounts(home: Path) -> bool:
    from thucongvu import paths
    from thucongvu.store.db import connect

    path = paths.database_path(home)
    if not path.exists():
        return False
    conn = connect(path)
    try:
        return conn.execute("SELECT COUNT(*) FROM accounts").fetchone()[0] > 0
    finally:
        conn.close()


def real_mail_service(home: Path, credentials):
    """A MailService on the user's real store (also while the window shows the demo store)."""
    from thucongvu import paths
    from thucongvu.mail.service import MailService
    from thucongvu.store.db import connect

    db_path = paths.database_path(home)
    return MailService(lambda: connect(db_path), home, credentials)

