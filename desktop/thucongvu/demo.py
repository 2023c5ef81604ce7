"""The demo mailbox (Dữ liệu mẫu): a store seeded from ``resources/sample/mail``.

With no account, the window opens on this store so a newcomer sees a working
client without a server. It lives in ``<home>/demo/`` and is rebuilt when the
sample files change; the user's real store is never touched. Messages are
parsed with ``mail.mime`` and indexed with ``store.messages`` exactly like
synced mail, so search and the reader behave the same. No Qt.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from email.utils import parseaddr
from pathlib import Path

from thucongvu.resources import resource

DEMO_DIR = "demo"
STAMP = "sample.sha256"


def sample_dir() -> Path:
    return resource("sample", "mail")


def _fingerprint(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def ensure(home: Path, samples: Path | None = None) -> Path:
    """The demo store's path, (re)built from the sample files when needed."""
    from thucongvu.store.db import connect

    samples = samples or sample_dir()
    folder = home / DEMO_DIR
    folder.mkdir(parents=True, exist_ok=True)
    db_path = folder / "thucongvu.sqlite3"
    stamp = folder / STAMP
    wanted = _fingerprint(samples) if samples.is_dir() else "none"
    if db_path.exists() and stamp.exists() and stamp.read_text() == wanted:
        return db_path
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    conn = connect(db_path)
    try:
        if samples.is_dir():
            seed(conn, samples)
    finally:
        conn.close()
    stamp.write_text(wanted)
    return db_path


def seed(conn: sqlite3.Connection, samples: Path) -> int:
    """Loads accounts.json and every .eml under ``samples``; returns the number of messages."""
    from thucongvu.store.db import transaction

    index = json.loads((samples / "accounts.json").read_text("utf-8"))
    count = 0
    with transaction(conn):
        for acc in index["accounts"]:
            email = acc["email"]
            domain = email.split("@", 1)[1]
            cur = conn.execute(
                "INSERT INTO accounts(email, display_name, imap_host, imap_port, smtp_host, smtp_port, username, "
                "unit_mailbox) VALUES (?,?,?,?,?,?,?,?)",
                (email, acc.get("display_name", ""), f"mail.{domain}", 993, f"mail.{domain}", 587, email,
                 int(acc.get("unit_mailbox", False))))
            account_id = cur.lastrowid
            for spec in acc["folders"]:
                cur = conn.execute("INSERT INTO folders(account_id, name, delimiter, role, uidvalidity, uidnext) "
                                   "VALUES (?,?,?,?,?,?)", (account_id, spec["name"], "/", spec.get("role"), 1, 1))
                folder_id = cur.lastrowid
                files = sorted((samples / email / spec["name"]).glob("*.eml")) \
                    if (samples / email / spec["name"]).is_dir() else []
                for uid, path in enumerate(files, start=1):
                    add_message(conn, folder_id, uid, path.read_bytes(),
                                seen=path.name not in spec.get("unread", []),
                                flagged=path.name in spec.get("flagged", []))
                    count += 1
                conn.execute("UPDATE folders SET uidnext = ?, total = ? WHERE id = ?",
                             (len(files) + 1, len(files), folder_id))
    return count


def add_message(conn: sqlite3.Connection, folder_id: int, uid: int, raw: bytes, *, seen: bool = True,
                flagged: bool = False) -> int:
    """Inserts one message with its exact bytes and indexes it (caller holds the transaction)."""
    from thucongvu.mail import mime
    from thucongvu.store.messages import index_message

    parsed = mime.parse(raw)
    from_name, from_addr = parseaddr(parsed.from_)
    flags = " ".join(f for f, on in (("\\Seen", seen), ("\\Flagged", flagged)) if on)
    attachments = [{"name": a.name, "type": a.content_type, "size": a.size} for a in parsed.attachments]
    signed = parsed.smime_signed or any(a.content_type == "application/pdf" for a in parsed.attachments)
    cur = conn.execute(
        "INSERT INTO messages(folder_id, uid, flags, seen, flagged, internal_date, size, date, subject, from_name, "
        "from_addr, to_addrs, cc_addrs, message_id, has_attachments, attachments, signed) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (folder_id, uid, flags, int(seen), int(flagged), parsed.date, len(raw), parsed.date, parsed.subject,
         from_name, from_addr.lower(), parsed.to, parsed.cc, parsed.message_id, int(bool(attachments)),
         json.dumps(attachments, ensure_ascii=False), int(signed)))
    message_id = cur.lastrowid
    conn.execute("INSERT INTO bodies(message_id, raw, text) VALUES (?,?,?)", (message_id, raw, parsed.text))
    index_message(conn, message_id, subject=parsed.subject, addresses=f"{parsed.from_} {parsed.to} {parsed.cc}",
                  body=parsed.text)
    return message_id
