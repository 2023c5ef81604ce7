"""The folder list: LIST (RFC 3501 §6.3.8) with special-use roles (RFC 6154).

A folder's role (inbox, sent, drafts, trash, junk, archive, all, flagged)
comes from the server's special-use attribute; when a server has none, the
usual names (also Vietnamese ones) stand in. Folders gone from the server are
dropped from the store with their messages.

Owns: the ``folders`` rows' names, roles and attributes. Must not: touch
per-folder sync state (mail.folder_sync does). Runs off the GUI thread.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from thucongvu.store.db import transaction

_ROLES = {
    b"\\sent": "sent", b"\\drafts": "drafts", b"\\trash": "trash", b"\\junk": "junk",
    b"\\archive": "archive", b"\\all": "all", b"\\flagged": "flagged",
}
_BY_NAME = {
    "sent": "sent", "sent items": "sent", "sent messages": "sent", "thư đã gửi": "sent", "đã gửi": "sent",
    "drafts": "drafts", "draft": "drafts", "thư nháp": "drafts", "nháp": "drafts",
    "trash": "trash", "deleted items": "trash", "deleted messages": "trash", "thùng rác": "trash",
    "junk": "junk", "spam": "junk", "junk e-mail": "junk", "thư rác": "junk",
    "archive": "archive", "archives": "archive", "lưu trữ": "archive",
}


@dataclass(frozen=True)
class Status:
    """STATUS items (RFC 3501 §6.3.10, HIGHESTMODSEQ from RFC 7162 §3.1.2.2)."""

    messages: int | None = None
    uidnext: int | None = None
    uidvalidity: int | None = None
    highestmodseq: int | None = None
    unseen: int | None = None


@dataclass(frozen=True)
class Folder:
    id: int
    name: str
    role: str | None
    delimiter: str | None
    selectable: bool


def role_for(name: str, flags) -> str | None:
    if name.upper() == "INBOX":
        return "inbox"
    for f in flags:
        role = _ROLES.get(f.lower() if isinstance(f, bytes) else f.encode().lower())
        if role:
            return role
    leaf = name.rsplit("/", 1)[-1].rsplit(".", 1)[-1].strip().lower()
    return _BY_NAME.get(leaf)


def _name(raw) -> str:
    from imapclient.imap_utf7 import decode

    return decode(raw if isinstance(raw, bytes) else bytes(raw or b""))


def _status(items) -> Status:
    d = {items[i].upper(): items[i + 1] for i in range(0, len(items) - 1, 2)} if isinstance(items, list) else {}

    def num(key):
        v = d.get(key)
        return int(v) if isinstance(v, bytes) and v.isdigit() else None

    return Status(num(b"MESSAGES"), num(b"UIDNEXT"), num(b"UIDVALIDITY"), num(b"HIGHESTMODSEQ"), num(b"UNSEEN"))


def list_server_folders(client) -> tuple[list[tuple[str, str | None, tuple[bytes, ...]]], dict[str, Status]]:
    """Every mailbox as (name, delimiter, attributes), plus their STATUS when the
    server has LIST-STATUS (RFC 5819): one round trip for the whole account."""
    from thucongvu.mail.wire import RawCommand, parse_line

    caps = set(client.capabilities())
    items = b"MESSAGES UIDNEXT UIDVALIDITY UNSEEN" + (b" HIGHESTMODSEQ" if b"CONDSTORE" in caps else b"")
    command = b'LIST "" "*"'
    if b"LIST-STATUS" in caps:
        command += b" RETURN (" + (b"SPECIAL-USE " if b"SPECIAL-USE" in caps else b"") + b"STATUS (" + items + b"))"
    listed, statuses = [], {}
    for line, literals in RawCommand(client, command):
        tokens = parse_line(line, literals)
        kind = tokens[0].upper() if tokens and isinstance(tokens[0], bytes) else b""
        if kind == b"LIST" and len(tokens) >= 4:
            delim = tokens[2].decode("ascii", "replace") if isinstance(tokens[2], bytes) else None
            listed.append((_name(tokens[3]), delim, tuple(tokens[1])))
        elif kind == b"STATUS" and len(tokens) >= 3:
            statuses[_name(tokens[1])] = _status(tokens[2])
    return listed, statuses


def sync_folder_list(client, conn: sqlite3.Connection, account_id: int) -> tuple[list[Folder], dict[str, Status]]:
    """Bring the account's ``folders`` rows in line with the server's LIST; returns them and any STATUS seen."""
    listed, statuses = list_server_folders(client)
    names = set()
    with transaction(conn):
        for name, delim, flags in listed:
            names.add(name)
            attrs = " ".join(f.decode("ascii", "replace") for f in flags)
            conn.execute(
                "INSERT INTO folders(account_id, name, delimiter, role, attributes) VALUES (?,?,?,?,?) "
                "ON CONFLICT(account_id, name) DO UPDATE SET delimiter=excluded.delimiter, "
                "role=excluded.role, attributes=excluded.attributes",
                (account_id, name, delim, role_for(name, flags), attrs),
            )
        for row in conn.execute("SELECT id, name FROM folders WHERE account_id=?", (account_id,)).fetchall():
            if row["name"] not in names:
                conn.execute("DELETE FROM folders WHERE id=?", (row["id"],))
    return local_folders(conn, account_id), statuses


def local_folders(conn: sqlite3.Connection, account_id: int) -> list[Folder]:
    """Folders in a stable order: inbox first, then by role, then by name."""
    order = {"inbox": 0, "drafts": 1, "sent": 2, "archive": 3, "junk": 4, "trash": 5}
    rows = conn.execute("SELECT id, name, role, delimiter, attributes FROM folders WHERE account_id=?",
                        (account_id,)).fetchall()
    folders = [Folder(r["id"], r["name"], r["role"], r["delimiter"],
                      "\\noselect" not in r["attributes"].lower() and "\\nonexistent" not in r["attributes"].lower())
               for r in rows]
    return sorted(folders, key=lambda f: (order.get(f.role or "", 9), f.name.lower()))


def folder_by_name(conn: sqlite3.Connection, account_id: int, name: str) -> Folder | None:
    for f in local_folders(conn, account_id):
        if f.name == name or (name.upper() == "INBOX" and f.role == "inbox"):
            return f
    return None
