"""Sổ đăng ký văn bản đến: the incoming register kept by the documentation officer.

Owns ``duty_register`` and ``duty_register_counters``. The yearly number (số
đến) is taken inside one ``BEGIN IMMEDIATE`` transaction together with the
row that uses it, so it is never reused or skipped — across restarts and with
two windows or processes writing at once (SQLite's write lock serialises them).
Entries are never deleted; a mistaken one is marked cancelled (``huy``).
Leaders (read-only role) cannot register or edit.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass, replace

from thucongvu.duty import docinfo
from thucongvu.duty.roles import require_modify
from thucongvu.duty.schedule import VIETNAM_TZ
from thucongvu.errors import UsageError
from thucongvu.store.db import transaction

STATUSES = {"moi": "Mới vào sổ", "da_chuyen": "Đã chuyển", "da_xu_ly": "Đã xử lý", "huy": "Đã huỷ"}
EDITABLE = ("sender", "doc_number", "doc_date", "summary", "recipient", "status", "note")


@dataclass(frozen=True)
class Entry:
    id: int
    year: int
    number: int
    received_at: dt.datetime
    sender: str
    doc_number: str
    doc_date: str
    summary: str
    recipient: str
    status: str
    note: str
    account: str
    folder: str
    uid: int | None
    message_id: str | None
    created_by: str


def _entry(row: sqlite3.Row) -> Entry:
    return Entry(row["id"], row["year"], row["number"], dt.datetime.fromtimestamp(row["received_at"], VIETNAM_TZ),
                 row["sender"], row["doc_number"], row["doc_date"], row["summary"], row["recipient"], row["status"],
                 row["note"], row["account"], row["folder"], row["uid"], row["message_id"], row["created_by"])


class IncomingRegister:
    def __init__(self, conn: sqlite3.Connection, clock=None):
        self.conn = conn
        self.clock = clock or (lambda: dt.datetime.now(VIETNAM_TZ))

    # --- registering ---------------------------------------------------------------------------------------
    def register(self, info: docinfo.DocInfo, *, account=None, folder: str = "", uid: int | None = None,
                 by: str = "", recipient: str = "", note: str = "") -> Entry:
        """Give the next number of the current year to this document; returns the stored entry."""
        if account is not None:
            require_modify(account)
        now = self.clock()
        year = now.astimezone(VIETNAM_TZ).year
        address = account.email.lower() if account is not None else ""
        received = info.received_at or now
        with transaction(self.conn):
            if info.message_id:
                dup = self.conn.execute("SELECT year, number FROM duty_register WHERE account = ? AND message_id = ?",
                                        (address, info.message_id)).fetchone()
                if dup:
                    raise UsageError(f"Thư này đã vào sổ: số đến {dup['number']}/{dup['year']}",
                                     f"Already registered as incoming no. {dup['number']}/{dup['year']}")
            row = self.conn.execute("SELECT last FROM duty_register_counters WHERE year = ?", (year,)).fetchone()
            number = (row["last"] if row else 0) + 1
            self.conn.execute("INSERT INTO duty_register_counters(year, last) VALUES (?, ?) "
                              "ON CONFLICT(year) DO UPDATE SET last = excluded.last", (year, number))
            cur = self.conn.execute(
                "INSERT INTO duty_register(year, number, received_at, sender, doc_number, doc_date, summary, recipient,"
                " note, account, folder, uid, message_id, created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (year, number, received.timestamp(), info.sender, info.doc_number, info.doc_date, info.summary,
                 recipient, note, address, folder, uid, info.message_id, now.timestamp(), by))
        return self.get(cur.lastrowid)

    def register_raw(self, raw: bytes, **kw) -> Entry:
        """One click: pre-fill from the message (and its PDF) and register it."""
        return self.register(docinfo.from_message(raw), **kw)

    def register_stored(self, message_row_id: int, account, by: str = "") -> Entry:
        """Register a message of the local store; uses the cached raw body when there is one."""
        row = self.conn.execute(
            "SELECT m.*, f.name AS folder_name, b.raw FROM messages m JOIN folders f ON f.id = m.folder_id "
            "LEFT JOIN bodies b ON b.message_id = m.id WHERE m.id = ?", (message_row_id,)).fetchone()
        if row is None:
            raise UsageError("Không tìm thấy thư cần vào sổ", "Message not found")
        if row["raw"] is not None:
            info = docinfo.from_message(bytes(row["raw"]))
        else:
            info = replace(docinfo.from_text(row["subject"], subject_line=True),
                           sender=row["from_name"] or row["from_addr"], message_id=row["message_id"])
        received = row["internal_date"] or row["date"]
        if received:
            info = replace(info, received_at=dt.datetime.fromtimestamp(received, VIETNAM_TZ))
        return self.register(info, account=account, folder=row["folder_name"], uid=row["uid"], by=by)

    # --- reading and editing ------------------------------------------------------------------------------
    def get(self, entry_id: int) -> Entry:
        row = self.conn.execute("SELECT * FROM duty_register WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise UsageError(f"Không có mục sổ #{entry_id}", f"No register entry #{entry_id}")
        return _entry(row)

    def entries(self, year: int) -> list[Entry]:
        rows = self.conn.execute("SELECT * FROM duty_register WHERE year = ? ORDER BY number", (year,)).fetchall()
        return [_entry(r) for r in rows]

    def find(self, account: str, message_id: str | None) -> Entry | None:
        if not message_id:
            return None
        row = self.conn.execute("SELECT * FROM duty_register WHERE account = ? AND message_id = ?",
                                (account.lower(), message_id)).fetchone()
        return _entry(row) if row else None

    def update(self, entry_id: int, account=None, **fields) -> Entry:
        """Edit the clerk's fields; the number, year and received date never change."""
        if account is not None:
            require_modify(account)
        unknown = set(fields) - set(EDITABLE)
        if unknown:
            raise UsageError(f"Không sửa được trường {sorted(unknown)}", f"Cannot edit {sorted(unknown)}")
        if "status" in fields and fields["status"] not in STATUSES:
            raise UsageError(f"Tình trạng không hợp lệ: {fields['status']}", f"Invalid status: {fields['status']}")
        if fields:
            sets = ", ".join(f"{k} = ?" for k in fields)
            with transaction(self.conn):
                self.conn.execute(f"UPDATE duty_register SET {sets} WHERE id = ?", (*fields.values(), entry_id))
        return self.get(entry_id)

    def years(self) -> list[int]:
        return [r[0] for r in self.conn.execute("SELECT DISTINCT year FROM duty_register ORDER BY year DESC")]
