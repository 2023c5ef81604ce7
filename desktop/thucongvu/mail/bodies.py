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
BATCH_MESSAGES = 500
_REFS = re.compile(rb"^References:[ \t]*((?:.*\r?\n(?:[ \t].*\r?\n)*))", re.IGNORECASE | re.MULTILINE)


def references(raw: bytes) -> str | None:
    head = raw.split(b"\r\n\r\n", 1)[0] if b"\r\n\r\n" in raw else raw.split(b"\n\n", 1)[0]
    m = _REFS.search(head + b"\r\n")
    return " ".join(m.group(1).decode("ascii", "replace").split()) if m else None


def store_bodies(conn: sqlite3.Connection, items: list[tuple[int, bytes]]) -> None:
    """Save (message id, raw) pairs with their text; reindex the body column."""
    bodies, index, refs = [], [], []
    for mid, raw in items:
        text = body_text(raw)
        bodies.append((mid, raw, text))
        index.append((fold(text), mid))
        r = references(raw)
        if r:
            refs.append((r, mid))
    with transaction(conn):
        conn.executemany("INSERT OR REPLACE INTO bodies(message_id, raw, text) VALUES (?,?,?)", bodies)
        if refs:
            conn.executemany("UPDATE messages SET refs=? WHERE id=?", refs)
        conn.executemany("UPDATE messages_fts SET body=? WHERE rowid=?", index)
        indexed = {r[0] for r in conn.execute(
            f"SELECT rowid FROM messages_fts WHERE rowid IN ({','.join('?' * len(items))})", [m for m, _ in items])}
        for mid, _ in items:
            if mid not in indexed:  # indexed before header sync did it (older stores): add the row
                row = conn.execute("SELECT subject, from_name, from_addr, to_addrs, cc_addrs FROM messages "
                                   "WHERE id=?", (mid,)).fetchone()
                if row is not None:
                    body = next(b for b, m in index if m == mid)
                    conn.execute("INSERT INTO messages_fts(rowid, subject, addresses, body) VALUES (?,?,?,?)",
                                 (mid, fold(row[0]), fold(" ".join(row[1:])), body))


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

    Reading the socket and writing SQLite overlap: a writer thread stores
    each batch (sqlite3 and SSL both release the GIL) while the next one
    arrives. At most two batches wait in memory.
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
                store_bodies(conn, batch)
                done += len(batch)
                if progress:
                    progress(name, done, len(ids))
            except BaseException as exc:  # reported on the calling thread
                failure.append(exc)

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
                batches.put(pending)
                pending, size = [], 0
                if failure:
                    break
        if pending and not failure:
            batches.put(pending)
    finally:
        batches.put(None)
        thread.join()
    if failure:
        raise failure[0]
    return done
