"""Reading messages from the store: the list, the search, the raw body.

The window's list model keeps only ``ordered_ids`` and asks ``rows_by_ids``
for the page the view shows (Anki's browser pattern), so 100,000 rows cost a
list of ints, not 100,000 objects. The CLI's ``list`` and ``search`` use the
same queries. Search is FTS5 over folded text (thucongvu.text.fold).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone

from thucongvu.errors import UsageError
from thucongvu.text.fold import fold, fts_query

_COLUMNS = """
    m.id, a.email AS account, f.name AS folder, m.folder_id, m.uid, m.subject, m.from_name, m.from_addr,
    m.to_addrs, m.date, m.flags, m.seen, m.flagged, m.size, m.has_attachments, m.signed
"""
_FROM = "messages m JOIN folders f ON f.id = m.folder_id JOIN accounts a ON a.id = f.account_id"

# Sort keys offered by the list; each ends on id so the order is total and stable.
ORDERS = {
    "date": "coalesce(m.date, m.internal_date, 0) {dir}, m.id {dir}",
    "from": "coalesce(nullif(m.from_name, ''), m.from_addr) COLLATE NOCASE {dir}, m.id {dir}",
    "subject": "m.subject COLLATE NOCASE {dir}, m.id {dir}",
    "size": "m.size {dir}, m.id {dir}",
}


@dataclass(frozen=True)
class MessageRow:
    id: int
    account: str
    folder: str
    folder_id: int
    uid: int
    subject: str
    from_name: str
    from_addr: str
    to_addrs: str
    date: float | None
    flags: tuple[str, ...]
    seen: bool
    flagged: bool
    size: int | None
    has_attachments: bool
    signed: bool

    @classmethod
    def from_row(cls, r: sqlite3.Row) -> "MessageRow":
        return cls(
            r["id"], r["account"], r["folder"], r["folder_id"], r["uid"], r["subject"], r["from_name"],
            r["from_addr"], r["to_addrs"], r["date"], tuple(r["flags"].split()), bool(r["seen"]),
            bool(r["flagged"]), r["size"], bool(r["has_attachments"]), bool(r["signed"]),
        )

    @property
    def sender(self) -> str:
        if self.from_name and self.from_addr:
            return f"{self.from_name} <{self.from_addr}>"
        return self.from_name or self.from_addr

    def to_json(self) -> dict:
        """The shape of ``thucongvu list/search --json`` (shared/CONTRACTS.md)."""
        date = datetime.fromtimestamp(self.date, timezone.utc).isoformat() if self.date is not None else None
        return {
            "account": self.account, "folder": self.folder, "uid": self.uid, "subject": self.subject,
            "from": self.sender, "date": date, "flags": list(self.flags),
            "has_attachments": self.has_attachments,
        }


def folder_id(conn: sqlite3.Connection, account: str, folder: str) -> int:
    row = conn.execute(
        "SELECT f.id FROM folders f JOIN accounts a ON a.id = f.account_id "
        "WHERE a.email = ? COLLATE NOCASE AND f.name = ?",
        (account, folder),
    ).fetchone()
    if row is None:
        raise UsageError(f"Không có thư mục {folder!r} trong tài khoản {account}",
                         f"No folder {folder!r} in account {account}")
    return row[0]


def ordered_ids(conn: sqlite3.Connection, folder_id: int, order: str = "date", descending: bool = True) -> list[int]:
    """All message ids of a folder in display order: a few MB for 100,000 rows."""
    clause = ORDERS[order].format(dir="DESC" if descending else "ASC")
    return [r[0] for r in conn.execute(f"SELECT m.id FROM messages m WHERE m.folder_id = ? ORDER BY {clause}",
                                       (folder_id,))]


def rows_by_ids(conn: sqlite3.Connection, ids: list[int]) -> list[MessageRow]:
    """Rows for the given ids, in the same order (missing ids are dropped)."""
    found: dict[int, MessageRow] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT {_COLUMNS} FROM {_FROM} WHERE m.id IN ({marks})", chunk):
            found[r["id"]] = MessageRow.from_row(r)
    return [found[i] for i in ids if i in found]


def _scope(account: str | None, folder: str | None, folder_id_: int | None) -> tuple[str, list]:
    where, params = [], []
    if account:
        where.append("a.email = ? COLLATE NOCASE")
        params.append(account)
    if folder:
        where.append("f.name = ?")
        params.append(folder)
    if folder_id_ is not None:
        where.append("m.folder_id = ?")
        params.append(folder_id_)
    return (" AND ".join(where) or "1"), params


def latest(conn: sqlite3.Connection, *, account: str | None = None, folder: str | None = None,
           limit: int = 50) -> list[MessageRow]:
    where, params = _scope(account, folder, None)
    sql = (f"SELECT {_COLUMNS} FROM {_FROM} WHERE {where} "
           f"ORDER BY {ORDERS['date'].format(dir='DESC')} LIMIT ?")
    return [MessageRow.from_row(r) for r in conn.execute(sql, [*params, limit])]


def search_ids(conn: sqlite3.Connection, query: str, *, account: str | None = None,
               folder_id: int | None = None, limit: int | None = None) -> list[int]:
    """Ids matching every word of ``query`` (diacritic- and case-insensitive), newest first."""
    match = fts_query(query)
    if not match:
        return []
    where, params = _scope(account, None, folder_id)
    sql = (f"SELECT m.id FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid "
           f"JOIN folders f ON f.id = m.folder_id JOIN accounts a ON a.id = f.account_id "
           f"WHERE messages_fts MATCH ? AND {where} ORDER BY {ORDERS['date'].format(dir='DESC')}")
    args = [match, *params]
    if limit is not None:
        sql += " LIMIT ?"
        args.append(limit)
    return [r[0] for r in conn.execute(sql, args)]


def search(conn: sqlite3.Connection, query: str, *, account: str | None = None,
           folder_id: int | None = None, limit: int = 50) -> list[MessageRow]:
    return rows_by_ids(conn, search_ids(conn, query, account=account, folder_id=folder_id, limit=limit))


def index_message(conn: sqlite3.Connection, message_id: int, *, subject: str, addresses: str,
                  body: str | None = None) -> None:
    """(Re)index one message. ``body=None`` keeps the body text already indexed."""
    if body is None:
        row = conn.execute("SELECT body FROM messages_fts WHERE rowid = ?", (message_id,)).fetchone()
        body_folded = row[0] if row else ""
    else:
        body_folded = fold(body)
    conn.execute("DELETE FROM messages_fts WHERE rowid = ?", (message_id,))
    conn.execute("INSERT INTO messages_fts(rowid, subject, addresses, body) VALUES (?, ?, ?, ?)",
                 (message_id, fold(subject), fold(addresses), body_folded))


def raw_body(conn: sqlite3.Connection, message_id: int) -> bytes | None:
    row = conn.execute("SELECT raw FROM bodies WHERE message_id = ?", (message_id,)).fetchone()
    return bytes(row[0]) if row else None
