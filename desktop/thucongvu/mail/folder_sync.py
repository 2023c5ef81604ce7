"""Synchronising one folder's headers and flags with the server.

Order of work, each step safe to interrupt (a dropped connection loses at
most the batch in flight; the next run resumes without duplicates):
1. UIDVALIDITY changed (RFC 3501 §2.3.1.1) → the folder's cached messages are
   dropped and fetched again; drafts and the outbox live in other tables and
   are never touched.
2. Known messages: with CONDSTORE (RFC 7162) only flags changed since the
   stored HIGHESTMODSEQ are fetched, with QRESYNC expunges arrive as
   ``VANISHED (EARLIER)``; without them, all UIDs and flags are compared.
3. New messages: one ``UID FETCH n:*`` streamed and stored in large batches.
4. Only when all that succeeded is the folder's sync state written, so an
   interrupted run repeats steps 2–3 instead of missing changes.

Owns: the ``messages`` rows of one folder and its sync state. Must not: write
flags to the server (mail.flags) or fetch bodies (mail.bodies). Off the GUI thread.
"""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import dataclass

from thucongvu.mail import envelope as env_
from thucongvu.mail.folders import Folder, Status
from thucongvu.mail.wire import RawCommand, parse_line, parse_sequence_set, sequence_set
from thucongvu.store.db import transaction

HEADER_ITEMS = b"UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE BODYSTRUCTURE"
BATCH = 2000

_INSERT = (
    "INSERT INTO messages(folder_id, uid, flags, seen, flagged, modseq, internal_date, size, date, subject, "
    "from_name, from_addr, to_addrs, cc_addrs, message_id, in_reply_to, has_attachments, attachments, signed) "
    "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(folder_id, uid) DO NOTHING"
)
_UPDATE_FLAGS = "UPDATE messages SET flags=?, seen=?, flagged=?, modseq=coalesce(?, modseq) WHERE folder_id=? AND uid=?"


@dataclass
class FolderResult:
    folder: str
    new: int = 0
    changed: int = 0
    vanished: int = 0
    reset: bool = False
    skipped: bool = False


def flags_text(flags) -> str:
    """Flags as stored: sorted, space separated, without the session-only \\Recent."""
    if not flags:
        return ""
    return " ".join(sorted(f.decode("utf-8", "replace") if isinstance(f, bytes) else f
                           for f in flags if f not in (b"\\Recent", "\\Recent")))


def _state(conn: sqlite3.Connection, folder_id: int) -> sqlite3.Row:
    return conn.execute("SELECT uidvalidity, uidnext, highestmodseq, total FROM folders WHERE id=?",
                        (folder_id,)).fetchone()


def unchanged(conn: sqlite3.Connection, folder: Folder, status: Status | None) -> bool:
    """True when a STATUS proves nothing changed since the last complete sync (RFC 7162 §3.1.2)."""
    if status is None or status.highestmodseq is None:
        return False
    st = _state(conn, folder.id)
    return (st["highestmodseq"] is not None and st["highestmodseq"] == status.highestmodseq
            and st["uidvalidity"] == status.uidvalidity and st["uidnext"] == status.uidnext
            and st["total"] == status.messages)


def sync_folder(client, conn: sqlite3.Connection, folder: Folder, caps: set[bytes], *,
                status_hint: Status | None = None, progress=None) -> FolderResult:
    result = FolderResult(folder.name)
    if unchanged(conn, folder, status_hint):
        result.skipped = True
        return result
    sel = client.select_folder(folder.name, readonly=True)
    uidvalidity = sel.get(b"UIDVALIDITY")
    server_modseq = sel.get(b"HIGHESTMODSEQ") if b"CONDSTORE" in caps else None
    exists = sel.get(b"EXISTS", 0)
    st = _state(conn, folder.id)
    if st["uidvalidity"] is not None and st["uidvalidity"] != uidvalidity:
        with transaction(conn):  # bodies, pending changes and index rows go with them (cascade, trigger)
            conn.execute("DELETE FROM messages WHERE folder_id=?", (folder.id,))
            conn.execute("DELETE FROM pending_changes WHERE folder_id=?", (folder.id,))
            conn.execute("UPDATE folders SET uidnext=NULL, highestmodseq=NULL, total=0, unseen=0 WHERE id=?",
                         (folder.id,))
        result.reset = True
        st = _state(conn, folder.id)
    local_max = conn.execute("SELECT max(uid) FROM messages WHERE folder_id=?", (folder.id,)).fetchone()[0] or 0
    if local_max:
        if server_modseq is not None and st["highestmodseq"] is not None:
            if st["highestmodseq"] != server_modseq:
                _changed_since(client, conn, folder.id, local_max, st["highestmodseq"], caps, result)
        else:
            _compare_all(client, conn, folder, local_max, caps, result)
    result.new += fetch_headers(client, conn, folder, local_max + 1, caps, expected=exists, progress=progress)
    total = conn.execute("SELECT count(*) FROM messages WHERE folder_id=?", (folder.id,)).fetchone()[0]
    if total != exists and local_max:
        _reconcile_uids(client, conn, folder.id, result)  # an expunge CONDSTORE alone cannot report
        total = conn.execute("SELECT count(*) FROM messages WHERE folder_id=?", (folder.id,)).fetchone()[0]
    unseen = conn.execute("SELECT count(*) FROM messages WHERE folder_id=? AND seen=0", (folder.id,)).fetchone()[0]
    uidnext = sel.get(b"UIDNEXT")
    if uidnext is None:
        uidnext = (conn.execute("SELECT max(uid) FROM messages WHERE folder_id=?", (folder.id,)).fetchone()[0] or 0) + 1
    with transaction(conn):
        conn.execute("UPDATE folders SET uidvalidity=?, uidnext=?, highestmodseq=?, total=?, unseen=?, last_sync=? "
                     "WHERE id=?", (uidvalidity, uidnext, server_modseq, total, unseen, time.time(), folder.id))
    return result


def _apply_flags(conn, folder_id: int, server: dict[int, tuple[str, int | None]], result: FolderResult) -> None:
    if not server:
        return
    local = {}
    uids = sorted(server)
    for i in range(0, len(uids), 900):
        chunk = uids[i:i + 900]
        marks = ",".join("?" * len(chunk))
        for r in conn.execute(f"SELECT uid, flags FROM messages WHERE folder_id=? AND uid IN ({marks})",
                              (folder_id, *chunk)):
            local[r[0]] = r[1]
    updates = [(f, int("\\Seen" in f.split()), int("\\Flagged" in f.split()), m, folder_id, uid)
               for uid, (f, m) in server.items() if uid in local and local[uid] != f]
    if updates:
        with transaction(conn):
            conn.executemany(_UPDATE_FLAGS, updates)
    result.changed += len(updates)


def _delete_uids(conn, folder_id: int, uids, result: FolderResult) -> None:
    uids = list(uids)
    if not uids:
        return
    with transaction(conn):
        for i in range(0, len(uids), 900):
            chunk = uids[i:i + 900]
            cur = conn.execute(f"DELETE FROM messages WHERE folder_id=? AND uid IN ({','.join('?' * len(chunk))})",
                               (folder_id, *chunk))
            result.vanished += cur.rowcount


def _changed_since(client, conn, folder_id: int, local_max: int, modseq: int, caps, result) -> None:
    """RFC 7162 §3.1.4 CHANGEDSINCE, with §3.2.6 VANISHED when QRESYNC is enabled."""
    vanished_mod = b" VANISHED" if b"QRESYNC" in caps else b""
    cmd = b"UID FETCH 1:%d (UID FLAGS) (CHANGEDSINCE %d%s)" % (local_max, modseq, vanished_mod)
    server: dict[int, tuple[str, int | None]] = {}
    gone: list[int] = []
    for line, literals in RawCommand(client, cmd):
        tokens = parse_line(line, literals)
        if len(tokens) >= 3 and tokens[1] == b"FETCH":
            _flag_item(tokens[2], server)
        elif tokens and tokens[0] == b"VANISHED":
            gone.extend(parse_sequence_set(tokens[-1]))
    _apply_flags(conn, folder_id, server, result)
    _delete_uids(conn, folder_id, gone, result)


def _flag_item(items: list, into: dict) -> None:
    d = {items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)}
    if b"UID" in d:
        mod = d.get(b"MODSEQ")
        into[int(d[b"UID"])] = (flags_text(d.get(b"FLAGS")), int(mod[0]) if isinstance(mod, list) and mod else None)


def _compare_all(client, conn, folder: Folder, local_max: int, caps, result: FolderResult) -> None:
    """No usable CONDSTORE state: compare every UID and its flags (RFC 4549 §4.3).

    Messages the server has below our highest UID but the store lacks (a
    move that the server refused, say) are fetched again: nothing is lost.
    """
    server: dict[int, tuple[str, int | None]] = {}
    for line, literals in RawCommand(client, b"UID FETCH 1:%d (UID FLAGS)" % local_max):
        tokens = parse_line(line, literals)
        if len(tokens) >= 3 and tokens[1] == b"FETCH":
            _flag_item(tokens[2], server)
    local = {r[0] for r in conn.execute("SELECT uid FROM messages WHERE folder_id=?", (folder.id,))}
    _apply_flags(conn, folder.id, server, result)
    _delete_uids(conn, folder.id, sorted(local - set(server)), result)
    missing = sorted(set(server) - local)
    if missing:
        result.new += fetch_headers(client, conn, folder, 1, caps, uid_set=sequence_set(missing))


def _reconcile_uids(client, conn, folder_id: int, result: FolderResult) -> None:
    server = set(client.search("ALL"))
    local = {r[0] for r in conn.execute("SELECT uid FROM messages WHERE folder_id=?", (folder_id,))}
    _delete_uids(conn, folder_id, sorted(local - server), result)


def header_row(folder_id: int, items: list):
    """One FETCH item list → (uid, messages row tuple, folded subject, folded addresses)."""
    d = {items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)}
    uid = int(d[b"UID"])
    flags = flags_text(d.get(b"FLAGS"))
    fl = flags.split()
    e = d.get(b"ENVELOPE")
    if not isinstance(e, list) or len(e) < 10:
        e = [None] * 10
    subject = env_.decode_words(e[1])
    frm = env_.addresses(e[2])
    to = env_.format_addresses(env_.addresses(e[5]))
    cc = env_.format_addresses(env_.addresses(e[6]))
    from_name, from_addr = frm[0] if frm else ("", "")
    atts, signed = env_.attachments(d.get(b"BODYSTRUCTURE"))
    internal = env_.internal_date(d.get(b"INTERNALDATE"))
    size = d.get(b"RFC822.SIZE")
    mod = d.get(b"MODSEQ")
    row = (
        folder_id, uid, flags, int("\\Seen" in fl), int("\\Flagged" in fl),
        int(mod[0]) if isinstance(mod, list) and mod else None, internal,
        int(size) if isinstance(size, bytes) and size.isdigit() else None,
        env_.header_date(e[0]) or internal, subject, from_name, from_addr, to, cc,
        e[9].decode("utf-8", "replace") if isinstance(e[9], bytes) else None,
        e[8].decode("utf-8", "replace") if isinstance(e[8], bytes) else None,
        int(bool(atts)), json.dumps(atts, ensure_ascii=False) if atts else "[]", int(signed),
    )
    addr_text = ", ".join(x for x in (env_.format_addresses(frm), to, cc) if x)
    return uid, row, *env_.search_text(subject, addr_text)


def fetch_headers(client, conn, folder: Folder, uid_from: int, caps, *, expected: int = 0, progress=None,
                  uid_set: bytes | None = None) -> int:
    """Stream ``UID FETCH uid_from:*`` (or ``uid_set``) headers into the store, BATCH rows per transaction."""
    items = HEADER_ITEMS + (b" MODSEQ" if b"CONDSTORE" in caps else b"")
    rows: list[tuple] = []
    index: dict[int, tuple[str, str]] = {}
    stored = 0
    for line, literals in RawCommand(client, b"UID FETCH %s (%s)" % (uid_set or b"%d:*" % uid_from, items)):
        tokens = parse_line(line, literals)
        if len(tokens) < 3 or tokens[1] != b"FETCH":
            continue
        uid, row, fsubj, faddr = header_row(folder.id, tokens[2])
        if uid < uid_from:  # "n:*" always includes the last message (RFC 3501 §6.4.8)
            continue
        rows.append(row)
        index[uid] = (fsubj, faddr)
        if len(rows) >= BATCH:
            stored += _store(conn, folder.id, rows, index)
            rows, index = [], {}
            if progress:
                progress(folder.name, stored, expected)
    if rows:
        stored += _store(conn, folder.id, rows, index)
        if progress:
            progress(folder.name, stored, expected)
    return stored


def _store(conn, folder_id: int, rows: list[tuple], index: dict[int, tuple[str, str]]) -> int:
    lo, hi = min(index), max(index)
    with transaction(conn):
        before = conn.total_changes
        conn.executemany(_INSERT, rows)
        inserted = conn.total_changes - before
        ids = conn.execute("SELECT id, uid FROM messages WHERE folder_id=? AND uid BETWEEN ? AND ?",
                           (folder_id, lo, hi)).fetchall()
        conn.executemany("INSERT OR REPLACE INTO messages_fts(rowid, subject, addresses, body) VALUES (?,?,?,'')",
                         [(i, *index[u]) for i, u in ids if u in index])
    return inserted
