"""One account's sync run: queued changes, folder list, each folder, bodies.

``quick_unchanged`` settles a sync with nothing to do in one pipelined
round trip (mail.quickcheck); otherwise ``sync_account`` replays queued
local changes first (the server must not undo them; a read-only login has
none), refreshes the folder list (RFC 6154 roles) and, with ACL, each
folder's rights (duty.folder_rights), syncs each folder (mail.folder_sync)
and downloads missing bodies when asked. Results are added to the caller's SyncResult.

Owns: the order of the steps. Must not: open or retry connections (the
service does). Runs off the GUI thread.
"""

from __future__ import annotations

import logging
import sqlite3

from thucongvu.accounts.model import Account
from thucongvu.errors import UsageError

log = logging.getLogger(__name__)


def missing_bodies(db: sqlite3.Connection, folder_id: int) -> bool:
    return db.execute("SELECT 1 FROM messages m LEFT JOIN bodies b ON b.message_id=m.id "
                      "WHERE m.folder_id=? AND b.message_id IS NULL LIMIT 1", (folder_id,)).fetchone() is not None


def _count(db: sqlite3.Connection, folder_ids: list[int]) -> int:
    marks = ",".join("?" * len(folder_ids)) or "NULL"
    return db.execute(f"SELECT count(*) FROM messages WHERE folder_id IN ({marks})", folder_ids).fetchone()[0]


def quick_unchanged(db: sqlite3.Connection, account: Account, password, only: str | None, bodies: bool,
                    total) -> bool:
    """True (and ``total`` filled in) when the server proves nothing changed since the last sync."""
    from thucongvu.mail.folder_sync import unchanged
    from thucongvu.mail.folders import local_folders
    from thucongvu.mail.quickcheck import quick_status

    if db.execute("SELECT 1 FROM pending_changes p JOIN folders f ON f.id=p.folder_id WHERE f.account_id=? LIMIT 1",
                  (account.id,)).fetchone():
        return False
    folders = local_folders(db, account.id)
    targets = [f for f in folders if f.selectable and (only is None or f.name == only)]
    if not targets or (bodies and any(missing_bodies(db, f.id) for f in targets)):
        return False
    statuses = quick_status(account, password)  # derived while the TLS handshake runs
    if statuses is None or set(statuses) != {f.name for f in folders}:
        return False
    if not all(unchanged(db, f, statuses[f.name]) for f in targets):
        return False
    total.folders += len(targets)
    total.messages += _count(db, [f.id for f in targets])
    return True


def _drop_pending(db: sqlite3.Connection, account: Account) -> None:
    """Changes queued before the account became read-only are forgotten, never replayed."""
    from thucongvu.store.db import transaction

    with transaction(db):
        gone = db.execute("DELETE FROM pending_changes WHERE folder_id IN (SELECT id FROM folders WHERE account_id=?)",
                          (account.id,)).rowcount
    if gone:
        log.warning("dropped %d queued change(s) of read-only account %s", gone, account.email)


def sync_account(client, db: sqlite3.Connection, account: Account, only: str | None, bodies: bool, progress,
                 total, on_folder=None) -> None:
    from thucongvu.mail import bodies as bodies_
    from thucongvu.mail import flags as flags_
    from thucongvu.mail.folder_sync import sync_folder
    from thucongvu.mail.folders import sync_folder_list

    caps = set(client.capabilities())
    if account.read_only:
        _drop_pending(db, account)  # a leader's view never writes to the unit mailbox
    else:
        flags_.replay(client, db, account.id, caps)
    folders, statuses = sync_folder_list(client, db, account.id)
    targets = [f for f in folders if f.selectable and (only is None or f.name == only)]
    if b"ACL" in caps:  # RFC 4314: a shared unit mailbox this login may only read
        from thucongvu.duty.folder_rights import record

        record(client, db, targets, caps)
    if only is not None and not targets:
        raise UsageError(f"Không có thư mục {only!r} trong {account.email}", f"No folder {only!r} in {account.email}")
    counted = 0
    for f in targets:
        try:
            r = sync_folder(client, db, f, caps, status_hint=statuses.get(f.name), progress=progress)
        except Exception as exc:
            import imapclient.exceptions as ix

            if not isinstance(exc, ix.IMAPClientError) or isinstance(exc, ix.IMAPClientAbortError):
                raise
            log.warning("folder %s skipped: %s", f.name, exc)  # e.g. deleted between LIST and SELECT
            continue
        total.new += r.new
        total.changed += r.changed
        total.vanished += r.vanished
        counted += 1
        if bodies and missing_bodies(db, f.id):
            client.select_folder(f.name, readonly=True)
            bodies_.download_folder(client, db, f.id, progress=progress, name=f.name)
        if on_folder is not None and not r.skipped:
            on_folder(account.email, r)
    total.folders += counted
    total.messages += _count(db, [f.id for f in targets])
