"""Local flag changes and moves, queued and written back to the server.

A change is applied to the store at once (the window redraws without
waiting for the network) and queued in ``pending_changes`` in the same
transaction, so a dropped connection or a closed app loses nothing: the
queue is replayed before the next sync reads flags from the server.
Write-back uses ``UID STORE +FLAGS.SILENT``/``-FLAGS.SILENT`` (RFC 3501
§6.4.6) and ``UID MOVE`` (RFC 6851), else ``UID COPY`` + ``\\Deleted`` +
``UID EXPUNGE`` (RFC 4315) so only the moved messages are expunged.

Owns: ``pending_changes``. Must not: fetch headers or bodies. The
``replay`` function blocks on the network and runs off the GUI thread.
"""

from __future__ import annotations

import logging
import sqlite3
from collections import defaultdict

from thucongvu.store.db import transaction

log = logging.getLogger(__name__)


def _norm(flags) -> list[str]:
    return sorted({f if isinstance(f, str) else f.decode() for f in flags})


def queue_flags(conn: sqlite3.Connection, message_ids, add=(), remove=(), *, queue: bool = True) -> int:
    """Apply a flag change locally and queue it; returns how many messages changed.

    ``queue=False`` keeps the change on this computer only (a leader's read
    state in the unit mailbox must not touch the documentation officer's).
    """
    add, remove = _norm(add), _norm(remove)
    changed = 0
    with transaction(conn):
        for mid in message_ids:
            row = conn.execute("SELECT folder_id, uid, flags FROM messages WHERE id=?", (mid,)).fetchone()
            if row is None:
                continue
            flags = set(row["flags"].split())
            new = (flags | set(add)) - set(remove)
            text = " ".join(sorted(new))
            conn.execute("UPDATE messages SET flags=?, seen=?, flagged=? WHERE id=?",
                         (text, int("\\Seen" in new), int("\\Flagged" in new), mid))
            for action, arg in (("add_flags", add), ("remove_flags", remove)):
                if arg and queue:
                    conn.execute("INSERT INTO pending_changes(message_id, folder_id, uid, action, argument) "
                                 "VALUES (?,?,?,?,?)", (mid, row["folder_id"], row["uid"], action, " ".join(arg)))
            changed += text != row["flags"]
    return changed


def queue_move(conn: sqlite3.Connection, message_ids, target_folder: str) -> int:
    """Remove the messages from their folder locally and queue the move.

    The pending row keeps folder and UID (message_id is cleared when the
    local row goes), so the move is still done after the row is gone.
    """
    moved = 0
    with transaction(conn):
        for mid in message_ids:
            row = conn.execute("SELECT folder_id, uid FROM messages WHERE id=?", (mid,)).fetchone()
            if row is None:
                continue
            conn.execute("INSERT INTO pending_changes(message_id, folder_id, uid, action, argument) "
                         "VALUES (NULL,?,?,'move',?)", (row["folder_id"], row["uid"], target_folder))
            conn.execute("DELETE FROM messages WHERE id=?", (mid,))
            moved += 1
    return moved


def pending_folders(conn: sqlite3.Connection, account_id: int) -> list[tuple[int, str]]:
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT DISTINCT f.id, f.name FROM pending_changes p JOIN folders f ON f.id = p.folder_id "
        "WHERE f.account_id=? ORDER BY f.id", (account_id,))]


def replay(client, conn: sqlite3.Connection, account_id: int, caps: set[bytes]) -> int:
    """Write every queued change of the account to the server, oldest first; returns how many."""
    done = 0
    for folder_id, name in pending_folders(conn, account_id):
        rows = conn.execute("SELECT id, uid, action, argument FROM pending_changes WHERE folder_id=? ORDER BY id",
                            (folder_id,)).fetchall()
        if not rows:
            continue
        client.select_folder(name)
        # Group consecutive changes of one kind and argument into one command.
        groups: dict[tuple[str, str], list[int]] = defaultdict(list)
        order: list[tuple[str, str]] = []
        for r in rows:
            key = (r["action"], r["argument"])
            if key not in groups:
                order.append(key)
            groups[key].append(r["uid"])
        refused = False
        for action, arg in order:
            uids = groups[(action, arg)]
            try:
                _apply(client, action, arg, uids, caps)
            except Exception as exc:
                import imapclient.exceptions as ix

                if not isinstance(exc, ix.IMAPClientError) or isinstance(exc, ix.IMAPClientAbortError):
                    raise  # connection trouble: keep the queue for the next try
                # The server said NO (e.g. the target folder is gone): drop the change rather
                # than block every later sync, and let the next sync compare the whole folder,
                # which brings back a message whose move failed.
                log.warning("server refused %s %s on %s: %s", action, arg, name, exc)
                refused = True
        ids = [r["id"] for r in rows]
        with transaction(conn):
            conn.executemany("DELETE FROM pending_changes WHERE id=?", [(i,) for i in ids])
            if refused:
                conn.execute("UPDATE folders SET highestmodseq=NULL WHERE id=?", (folder_id,))
        done += len(ids)
    return done


def _apply(client, action: str, arg: str, uids: list[int], caps: set[bytes]) -> None:
    if action == "add_flags":
        client.add_flags(uids, arg.split(), silent=True)
    elif action == "remove_flags":
        client.remove_flags(uids, arg.split(), silent=True)
    elif action == "move":
        _move(client, uids, arg, caps)
    elif action == "delete":
        client.add_flags(uids, [b"\\Deleted"], silent=True)
        _uid_expunge(client, uids, caps)


def _move(client, uids: list[int], target: str, caps: set[bytes]) -> None:
    if b"MOVE" in caps:
        client.move(uids, target)
        return
    client.copy(uids, target)
    client.add_flags(uids, [b"\\Deleted"], silent=True)
    _uid_expunge(client, uids, caps)


def _uid_expunge(client, uids: list[int], caps: set[bytes]) -> None:
    if b"UIDPLUS" in caps:
        client.uid_expunge(uids)
    else:
        client.expunge()
