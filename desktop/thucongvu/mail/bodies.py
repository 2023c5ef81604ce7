"""Message bodies: fetched on demand, or all of them for offline reading.

``BODY.PEEK[]`` (RFC 3501 §6.4.5; PEEK so reading does not set \\Seen) gives
the message exactly as the server holds it; those bytes are stored
unchanged in ``bodies.raw`` — unaltered forwarding and signature checks
depend on it. The plain text goes to ``bodies.text`` and, folded, to the
search index; the References header (not in ENVELOPE) is filled in here.

Owns: ``bodies`` rows and the body column of ``messages_fts``. Must not:
change flags. Runs off the GUI thread.
"""

from __future__ import annotations

import queue
import re
import sqlite3
import threading

from thucongvu.mail.wire import RawCommand, parse_line, sequence_set
from thucongvu.store.db import transaction
from thucongvu.mail.textindex import body_text, fold

BATCH_BYTES = 16 * 1024 * 1024
BATCH_MESSAGES = 1000
BULK_CHECKPOINT_PAGES = 16384  # ~64 MB of WAL at 4 KiB pages
_REFS = re.compile(rb"^References:[ \t]*((?:.*\r?\n(?:[ \t].*\r?\n)*))", re.IGNORECASE | re.MULTILINE)


def references(raw: bytes) -> str | None:
    """The References header (RFC 5322 §3.6.4), unfolded; None when absent."""
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        end = raw.find(b"\n\n")
    head = raw[:end] if end >= 0 else raw  # a slice, not a split: the body may be megabytes
    if b"references:" not in head.lower():
        return None
    m = _REFS.search(head + b"\r\n")
    return " ".join(m.group(1).decode("ascii", "replace").split()) if m else None


def prepare(items: list[tuple[int, bytes]]) -> tuple[list, list, list]:
    """Rows for :func:`write`: (id, raw, text), (folded text, id), (references, id). Pure, any thread."""
    bodies, index, refs = [], [], []
    for mid, raw in items:
        text = body_text(raw)
        bodies.append((mid, raw, text))
        index.append((fold(text), mid))
        r = references(raw)
        if r:
            refs.append((r, mid))
    return bodies, index, refs


def write(conn: sqlite3.Connection, prepared: tuple[list, list, list]) -> None:
    """Store prepared rows in one transaction: raw bytes, text, References, and the body column of the index."""
    bodies, index, refs = prepared
    with transaction(conn):
        conn.executemany("INSERT OR REPLACE INTO bodies(message_id, raw, text) VALUES (?,?,?)", bodies)
        if refs:
            conn.executemany("UPDATE messages SET refs=? WHERE id=?", refs)
        if conn.executemany("UPDATE messages_fts SET body=? WHERE rowid=?", index).rowcount == len(index):
            return  # every message already had its index row (header sync writes it): the common case
        ids = [m for _, m in index]
        indexed = {r[0] for r in conn.execute(
            f"SELECT rowid FROM messages_fts WHERE rowid IN ({','.join('?' * len(ids))})", ids)}
        for body, mid in index:
            if mid not in indexed:  # indexed before header sync did it (older stores): add the row
                row = conn.execute("SELECT subject, from_name, from_addr, to_addrs, cc_addrs FROM messages "
                                   "WHERE id=?", (mid,)).fetchone()
                if row is not None:
                    conn.execute("INSERT INTO messages_fts(rowid, subject, addresses, body) VALUES (?,?,?,?)",
                                 (mid, fold(row[0]), fold(" ".join(row[1:])), body))


def store_bodies(conn: sqlite3.Connection, items: list[tuple[int, bytes]]) -> None:
    """Save (message id, raw) pairs with their text; reindex the body column."""
    write(conn, prepare(items))


def fetch_raw(client, uids) -> dict[int, bytes]:
    """UID → raw bytes for the given UIDs of the selected folder."""
    out: dict[int, bytes] = {}
    for uid, raw in stream_raw(client, uids):
        out[uid] = raw
    return out


def stream_raw(client, uids):
    """Yield (uid, raw) for a ``UID FETCH set (BODY.PEEK[])``, one literal at a time."""
    uids = sorted(uids)
    if not uids:
        return
    for line, literals in RawCommand(client, b"UID FETCH %s (UID BODY.PEEK[])" % sequence_set(uids)):
        tokens = parse_line(line, literals)
        if len(tokens) < 3 or tokens[1] != b"FETCH":
            continue
        items = tokens[2]
        d = {items[i]: items[i + 1] for i in range(0, len(items) - 1, 2)}
        raw = d.get(b"BODY[]")
        if b"UID" in d and raw is not None:
            yield int(d[b"UID"]), raw


def download_folder(client, conn: sqlite3.Connection, folder_id: int, *, progress=None, name: str = "") -> int:
    """Fetch every body of the (selected) folder not yet cached; returns how many were stored.

    Reading the socket and writing SQLite overlap: the reading thread also
    extracts and folds each batch's text (pure Python), a writer thread
    stores it (sqlite3 and SSL both release the GIL) while the next one
    arrives. At most two batches wait in memory. While it runs, the WAL
    is checkpointed every BULK_CHECKPOINT_PAGES instead of SQLite's 1,000:
    fewer, larger checkpoints copy each rewritten index page once.
    """
    missing = conn.execute(
        "SELECT m.uid, m.id FROM messages m LEFT JOIN bodies b ON b.message_id = m.id "
        "WHERE m.folder_id=? AND b.message_id IS NULL ORDER BY m.uid", (folder_id,)).fetchall()
    if not missing:
        return 0
    ids = {uid: mid for uid, mid in missing}
    batches: queue.Queue = queue.Queue(maxsize=2)
    failure: list[BaseException] = []
    done = 0

    def writer() -> None:
        nonlocal done
        while True:
            batch = batches.get()
            if batch is None:
                return
            if failure:
                continue
            try:
                write(conn, batch)
                done += len(batch[0])
                if progress:
                    progress(name, done, len(ids))
            except BaseException as exc:  # reported on the calling thread
                failure.append(exc)

    checkpoint_pages = conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    conn.execute(f"PRAGMA wal_autocheckpoint={BULK_CHECKPOINT_PAGES}")
    thread = threading.Thread(target=writer, name="bodies-writer", daemon=True)
    thread.start()
    pending: list[tuple[int, bytes]] = []
    size = 0
    try:
        for uid, raw in stream_raw(client, ids):
            if uid not in ids:
                continue
            pending.append((ids[uid], raw))
            size += len(raw)
            if size >= BATCH_BYTES or len(pending) >= BATCH_MESSAGES:
                batches.put(prepare(pending))
                pending, size = [], 0
                if failure:
                    break
        if pending and not failure:
            batches.put(prepare(pending))
    finally:
        batches.put(None)
        thread.join()
        conn.execute(f"PRAGMA wal_autocheckpoint={checkpoint_pages}")
    if failure:
        raise failure[0]
    return done
