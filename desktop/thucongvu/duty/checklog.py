"""The check log: reminder slots shown, snoozed and fulfilled; mailbox sync/open marks.

Owns the ``duty_checks`` and ``duty_mailbox_marks`` tables (store/migrations/duty.py)
and the CSV export of the log. Knows nothing of clocks or sessions beyond the
values it is handed; the reminder engine decides, this module remembers.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
from dataclasses import dataclass

from thucongvu.duty.schedule import SESSION_LABELS, VIETNAM_TZ
from thucongvu.store.db import transaction

SLOT_LABELS = ("Đầu buổi", "Giữa buổi")
CSV_HEADER = ["Ngày", "Buổi", "Lần nhắc", "Giờ nhắc", "Đã nhắc lúc", "Đã kiểm tra lúc", "Người kiểm tra",
              "Hộp thư", "Đúng hạn"]


def ts(when: dt.datetime) -> float:
    return when.timestamp()


def from_ts(value: float | None, tz: dt.tzinfo = VIETNAM_TZ) -> dt.datetime | None:
    return None if value is None else dt.datetime.fromtimestamp(value, tz)


@dataclass(frozen=True)
class CheckEntry:
    session_date: str
    session: str
    slot: int
    slot_at: dt.datetime
    deadline: dt.datetime
    reminded_at: dt.datetime | None
    snoozed_until: dt.datetime | None
    checked_at: dt.datetime | None
    checked_by: str
    account: str

    @property
    def on_time(self) -> bool:
        return self.checked_at is not None and self.checked_at < self.deadline

    def row(self) -> list[str]:
        fmt = lambda t: t.strftime("%d/%m/%Y %H:%M") if t else ""  # noqa: E731
        return [dt.date.fromisoformat(self.session_date).strftime("%d/%m/%Y"),
                SESSION_LABELS.get(self.session, self.session), SLOT_LABELS[self.slot], f"{self.slot_at:%H:%M}",
                fmt(self.reminded_at), fmt(self.checked_at), self.checked_by, self.account,
                "Có" if self.on_time else "Không"]


class CheckLog:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # --- slots -------------------------------------------------------------------------------------------
    def get(self, slot_at: dt.datetime) -> sqlite3.Row | None:
        return self.conn.execute("SELECT * FROM duty_checks WHERE slot_at = ?", (ts(slot_at),)).fetchone()

    def ensure(self, slot) -> None:
        """A row for this slot (idempotent)."""
        self.conn.execute(
            "INSERT OR IGNORE INTO duty_checks(slot_at, session_date, session, slot, deadline) VALUES (?,?,?,?,?)",
            (ts(slot.at), slot.session.date.isoformat(), slot.session.name, slot.index, ts(slot.until)),
        )

    def note_reminded(self, slot, at: dt.datetime) -> bool:
        """Record the first time the slot was shown; True if this call was that first time."""
        with transaction(self.conn):
            self.ensure(slot)
            cur = self.conn.execute("UPDATE duty_checks SET reminded_at = ? WHERE slot_at = ? AND reminded_at IS NULL",
                                    (ts(at), ts(slot.at)))
        return cur.rowcount == 1

    def snooze(self, slot, until: dt.datetime) -> None:
        with transaction(self.conn):
            self.ensure(slot)
            self.conn.execute("UPDATE duty_checks SET snoozed_until = ? WHERE slot_at = ?", (ts(until), ts(slot.at)))

    def end_snooze(self, slot) -> None:
        with transaction(self.conn):
            self.conn.execute("UPDATE duty_checks SET snoozed_until = NULL WHERE slot_at = ?", (ts(slot.at),))

    def note_checked(self, slot, at: dt.datetime, by: str, account: str) -> None:
        with transaction(self.conn):
            self.ensure(slot)
            self.conn.execute(
                "UPDATE duty_checks SET checked_at = ?, checked_by = ?, account = ? WHERE slot_at = ? "
                "AND checked_at IS NULL", (ts(at), by, account, ts(slot.at)))

    # --- marks ---------------------------------------------------------------------------------------------
    def add_mark(self, account: str, kind: str, at: dt.datetime, by: str = "") -> None:
        with transaction(self.conn):
            self.conn.execute("INSERT INTO duty_mailbox_marks(account, kind, at, by) VALUES (?,?,?,?)",
                              (account.lower(), kind, ts(at), by))

    def first_mark_since(self, account: str, kind: str, since: dt.datetime) -> dt.datetime | None:
        row = self.conn.execute(
            "SELECT MIN(at) FROM duty_mailbox_marks WHERE account = ? AND kind = ? AND at >= ?",
            (account.lower(), kind, ts(since))).fetchone()
        return from_ts(row[0])

    # --- viewing and export ---------------------------------------------------------------------------------
    def entries(self, first: dt.date, last: dt.date) -> list[CheckEntry]:
        rows = self.conn.execute(
            "SELECT * FROM duty_checks WHERE session_date BETWEEN ? AND ? ORDER BY slot_at",
            (first.isoformat(), last.isoformat())).fetchall()
        return [CheckEntry(r["session_date"], r["session"], r["slot"], from_ts(r["slot_at"]), from_ts(r["deadline"]),
                           from_ts(r["reminded_at"]), from_ts(r["snoozed_until"]), from_ts(r["checked_at"]),
                           r["checked_by"] or "", r["account"] or "") for r in rows]

    def export_csv(self, first: dt.date, last: dt.date) -> bytes:
        """UTF-8 with BOM so Excel on Windows shows the Vietnamese text right."""
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(CSV_HEADER)
        for entry in self.entries(first, last):
            writer.writerow(entry.row())
        return ("\ufeff" + buf.getvalue()).encode("utf-8")
