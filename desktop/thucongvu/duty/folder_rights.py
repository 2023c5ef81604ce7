"""The server's verdict on what this login may do with each folder, kept for the window and the services.

A leader often reads the unit mailbox as a shared folder of their own login
(RFC 2342 other users' namespace, e.g. ``shared/vanthu@…/INBOX``) with the
rights the documentation officer granted (RFC 4314, typically ``lrs``). The
account is then an ordinary one, so its role cannot say "read-only": the
folder's MYRIGHTS can. ``record`` asks at sync time (only when the server
offers ACL) and stores the answer in ``duty_folder_rights``;
``read_only_folders`` is what the mailbox and the mail service consult.

Owns: ``duty_folder_rights``. ``record`` runs on the sync thread with its
IMAP client; it never selects or changes a mailbox.
"""

from __future__ import annotations

import logging
import sqlite3
import time

from thucongvu.duty import imap_access
from thucongvu.store.db import transaction

log = logging.getLogger(__name__)


def record(client, db: sqlite3.Connection, folders, caps: set[bytes]) -> int:
    """MYRIGHTS for each (id, name) folder; returns how many are read-only. No-op without ACL."""
    if b"ACL" not in caps:
        return 0
    answers = []
    for folder in folders:
        try:
            rights = imap_access.my_rights(client, folder.name)
        except Exception as exc:  # noqa: BLE001 - a folder gone since LIST: keep the last verdict
            import imapclient.exceptions as ix

            if not isinstance(exc, ix.IMAPClientError) or isinstance(exc, ix.IMAPClientAbortError):
                raise
            log.info("MYRIGHTS %s refused: %s", folder.name, exc)
            continue
        answers.append((folder.id, rights.rights, int(rights.read_only), time.time()))
    with transaction(db):
        db.executemany("INSERT INTO duty_folder_rights(folder_id, rights, read_only, checked_at) VALUES (?,?,?,?) "
                       "ON CONFLICT(folder_id) DO UPDATE SET rights=excluded.rights, read_only=excluded.read_only, "
                       "checked_at=excluded.checked_at", answers)
    return sum(a[2] for a in answers)


def read_only_folders(db: sqlite3.Connection, folder_ids=None) -> set[int]:
    """Folders whose server rights allow neither moving, deleting nor writing flags."""
    if folder_ids is None:
        rows = db.execute("SELECT folder_id FROM duty_folder_rights WHERE read_only = 1")
    else:
        ids = list(folder_ids)
        marks = ",".join("?" * len(ids)) or "NULL"
        rows = db.execute(f"SELECT folder_id FROM duty_folder_rights WHERE read_only = 1 AND folder_id IN ({marks})",
                          ids)
    return {r[0] for r in rows}


def locked(db: sqlite3.Connection, message_ids) -> dict[int, tuple[str, str, bool]]:
    """Messages in a read-only view: id -> (account, folder, by the account's leader role)."""
    ids = list(message_ids)
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = db.execute(
        f"SELECT m.id, a.email, f.name, a.role = 'leader', coalesce(r.read_only, 0) FROM messages m "
        f"JOIN folders f ON f.id = m.folder_id JOIN accounts a ON a.id = f.account_id "
        f"LEFT JOIN duty_folder_rights r ON r.folder_id = f.id WHERE m.id IN ({marks})", ids).fetchall()
    return {r[0]: (r[1], r[2], bool(r[3])) for r in rows if r[3] or r[4]}


def require_modify(db: sqlite3.Connection, message_ids) -> None:
    """PolicyError (Vietnamese first) when any message sits in a leader's or a server-read-only view."""
    from types import SimpleNamespace

    from thucongvu.duty import roles
    from thucongvu.errors import PolicyError

    for email, folder, by_role in locked(db, message_ids).values():
        if by_role:
            roles.require_modify(SimpleNamespace(email=email, role="leader", read_only=True))
        raise PolicyError(
            f"Thư mục {folder} chỉ được đọc (máy chủ chỉ cấp quyền đọc cho {email}): không được di chuyển, xóa "
            "hay gắn cờ thư.",
            f"Folder {folder} is read-only (the server grants {email} read rights only): no moving, deleting "
            "or flagging.")
