"""The window's read side of the mail store: folders, ordered ids, pages of rows, bodies.

Owns one store connection guarded by a lock, so the list model may ask for a
page on the GUI thread (a few ms, Anki's browser does the same) while a
worker reads a body. Network work (fetching a body not cached yet, writing
flags back) is delegated to the mail service and must run off the GUI thread:
those methods say so. No Qt here.
"""

from __future__ import annotations

import sqlite3
import threading
from dataclasses import dataclass
from typing import Any

from thucongvu.store import messages as store


@dataclass(frozen=True)
class FolderInfo:
    id: int
    account_id: int
    account: str
    account_name: str
    unit_mailbox: bool
    name: str
    role: str | None
    total: int
    unread: int
    delimiter: str | None = None
    read_only: bool = False  # a leader reading the unit mailbox (role or server rights): never move or delete
    account_read_only: bool = False  # the whole account is a leader's login (role), not just this folder

    @property
    def leaf(self) -> str:
        if self.delimiter and self.delimiter in self.name:
            return self.name.rsplit(self.delimiter, 1)[1]
        return self.name


_ROLE_ORDER = {"inbox": 0, "drafts": 1, "sent": 2, "archive": 3, "junk": 4, "trash": 5}


class Mailbox:
    def __init__(self, conn: sqlite3.Connection, mail: Any = None, events: Any = None, connect: Any = None):
        self.conn = conn
        self.mail = mail  # thucongvu.mail.service.MailService, None for the demo store
        self.events = events
        self._lock = threading.RLock()
        # Whole-folder id queries (a sort of 100,000 rows) get their own reader connection per thread,
        # so they never hold the lock the list's page reads need (WAL lets readers run side by side).
        self._connect = connect
        self._local = threading.local()

    def _reader(self):
        if self._connect is None:
            return None
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = self._local.conn = self._connect()
        return conn

    # -- folders ----------------------------------------------------------------
    def folders(self) -> list[FolderInfo]:
        with self._lock:
            counts = {r[0]: (r[1], r[2]) for r in self.conn.execute(
                "SELECT folder_id, COUNT(*), SUM(seen = 0) FROM messages GROUP BY folder_id")}
            rows = self.conn.execute(
                "SELECT f.id, f.account_id, a.email, a.display_name, a.unit_mailbox, f.name, f.role, f.delimiter, "
                "a.role, coalesce(r.read_only, 0) FROM folders f JOIN accounts a ON a.id = f.account_id "
                "LEFT JOIN duty_folder_rights r ON r.folder_id = f.id "
                "ORDER BY a.unit_mailbox DESC, a.id").fetchall()
        out = []
        for r in rows:
            total, unread = counts.get(r[0], (0, 0))
            leader = r[8] == "leader"
            out.append(FolderInfo(r[0], r[1], r[2], r[3] or "", bool(r[4]), r[5], r[6], total, unread or 0, r[7],
                                  leader or bool(r[9]), leader))
        out.sort(key=lambda f: (not f.unit_mailbox, f.account_id, _ROLE_ORDER.get(f.role or "", 9)
                                if f.name.upper() != "INBOX" else -1, f.name.casefold()))
        return out

    def folder(self, folder_id: int) -> FolderInfo | None:
        return next((f for f in self.folders() if f.id == folder_id), None)

    def unread_total(self) -> int:
        with self._lock:
            row = self.conn.execute(
                "SELECT COUNT(*) FROM messages m JOIN folders f ON f.id = m.folder_id "
                "WHERE m.seen = 0 AND (f.role = 'inbox' OR upper(f.name) = 'INBOX')").fetchone()
        return row[0]

    # -- list ------------------------------------------------------------------
    def ordered_ids(self, folder_id: int, order: str = "date", descending: bool = True) -> list[int]:
        """All ids of a folder in display order. May take a second at 100,000 rows: call off the GUI thread."""
        reader = self._reader()
        if reader is not None:
            return store.ordered_ids(reader, folder_id, order, descending)
        with self._lock:
            return store.ordered_ids(self.conn, folder_id, order, descending)

    def search_ids(self, query: str, folder_id: int | None = None) -> list[int]:
        reader = self._reader()
        if reader is not None:
            return store.search_ids(reader, query, folder_id=folder_id)
        with self._lock:
            return store.search_ids(self.conn, query, folder_id=folder_id)

    def rows(self, ids: list[int]) -> list[store.MessageRow]:
        with self._lock:
            return store.rows_by_ids(self.conn, ids)

    def row(self, message_id: int) -> store.MessageRow | None:
        found = self.rows([message_id])
        return found[0] if found else None

    # -- bodies ------------------------------------------------------------------
    def cached_raw(self, message_id: int) -> bytes | None:
        with self._lock:
            return store.raw_body(self.conn, message_id)

    def raw(self, message_id: int) -> bytes:
        """The exact bytes of a message; may fetch from the server. Runs off the GUI thread."""
        raw = self.cached_raw(message_id)
        if raw is not None:
            return raw
        if self.mail is None:
            from thucongvu.errors import UsageError

            raise UsageError("Nội dung thư chưa được tải về", "The message body has not been downloaded")
        return self.mail.fetch_body(message_id)

    def parsed(self, message_id: int):
        """(row, ParsedMessage) for the reader. Runs off the GUI thread."""
        from thucongvu.mail import mime

        return self.row(message_id), mime.parse(self.raw(message_id))

    # -- changes ---------------------------------------------------------------
    def set_seen(self, ids: list[int], seen: bool = True) -> None:
        """Marks messages (un)read locally at once and on the server. Runs off the GUI thread.

        In a leader's read-only view the change stays on this computer (the
        mail service does not queue it), so the documentation officer's
        ``\\Seen`` on the server is untouched.
        """
        self._set_flag(ids, "\\Seen", "seen", seen)

    def set_flagged(self, ids: list[int], flagged: bool = True) -> None:
        self.require_modify(ids)
        self._set_flag(ids, "\\Flagged", "flagged", flagged)

    def require_modify(self, ids: list[int]) -> None:
        """PolicyError when any of the messages is in a read-only view of the unit mailbox.

        The window greys the actions out; this is the second lock, for any
        caller (duty.roles for a leader's login, duty.folder_rights for a
        folder the server lets this login only read).
        """
        from thucongvu.duty import folder_rights

        with self._lock:
            folder_rights.require_modify(self.conn, ids)

    def _set_flag(self, ids: list[int], flag: str, column: str, on: bool) -> None:
        if not ids:
            return
        if self.mail is not None:
            self.mail.set_flags(ids, add=(flag,) if on else (), remove=() if on else (flag,))
        else:
            with self._lock:
                marks = ",".join("?" * len(ids))
                self.conn.execute(f"UPDATE messages SET {column} = ? WHERE id IN ({marks})", [int(on), *ids])
        if self.events is not None:
            self.events.publish("flags_changed", list(ids))

    def delete(self, ids: list[int]) -> None:
        """Moves messages to the account's Trash (demo: removes them). Runs off the GUI thread."""
        if not ids:
            return
        self.require_modify(ids)
        if self.mail is not None:
            for trash, group in self._trash_targets(ids).items():
                self.mail.move(group, trash)
        else:
            with self._lock:
                marks = ",".join("?" * len(ids))
                self.conn.execute(f"DELETE FROM messages WHERE id IN ({marks})", ids)
        if self.events is not None:
            self.events.publish("flags_changed", list(ids))

    def _trash_targets(self, ids: list[int]) -> dict[str, list[int]]:
        """Groups ids by their account's Trash folder (RFC 6154 \\Trash role, else a folder named Trash)."""
        marks = ",".join("?" * len(ids))
        with self._lock:
            rows = self.conn.execute(
                f"SELECT m.id, (SELECT t.name FROM folders t WHERE t.account_id = f.account_id "
                f"ORDER BY (t.role = 'trash') DESC, (lower(t.name) IN ('trash', 'deleted items')) DESC LIMIT 1) "
                f"FROM messages m JOIN folders f ON f.id = m.folder_id WHERE m.id IN ({marks})", ids).fetchall()
        out: dict[str, list[int]] = {}
        for message_id, trash in rows:
            out.setdefault(trash or "Trash", []).append(message_id)
        return out

    def recent_correspondents(self, limit: int = 500) -> list[str]:
        """'Name <addr>' of recent senders and recipients, most recent first (address completion)."""
        from email.utils import getaddresses

        seen: dict[str, str] = {}
        with self._lock:
            rows = self.conn.execute(
                "SELECT from_name, from_addr, to_addrs, cc_addrs FROM messages "
                "ORDER BY coalesce(date, 0) DESC LIMIT 2000").fetchall()
        for from_name, from_addr, to_addrs, cc_addrs in rows:
            pairs = [(from_name, from_addr)] + getaddresses([to_addrs or "", cc_addrs or ""])
            for name, addr in pairs:
                addr = (addr or "").strip().lower()
                if "@" in addr and addr not in seen:
                    seen[addr] = f"{name} <{addr}>" if name else addr
                    if len(seen) >= limit:
                        return list(seen.values())
        return list(seen.values())
