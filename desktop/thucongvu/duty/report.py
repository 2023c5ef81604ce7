"""The usage report (báo cáo sử dụng thư điện tử) per month and per half-year.

Agencies report their e-mail use every six months. Figures come from the
store only: mail tables (store/migrations/mail.py) for received, sent and
signed messages; duty tables for forwards to leaders, register entries,
signature verifications (the signatures helper's ``signature_checks`` verdict
cache for stored messages when that table exists, plus ``duty_events`` kind
``verified`` recorded through :func:`record_verified` for files verified outside
the mail list) and reminder checks. Reminder
slots are counted from the work-session schedule, so a day with no check at
all still counts against "on time". No Qt, no drawing: see report_export.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass, fields

from thucongvu.duty.schedule import VIETNAM_TZ, Schedule
from thucongvu.errors import UsageError
from thucongvu.store.db import transaction

NOT_RECEIVED_ROLES = ("sent", "drafts", "trash", "junk")
LABELS = {
    "received": "Thư nhận", "sent": "Thư gửi", "signed_received": "Văn bản ký số nhận",
    "verified": "Văn bản ký số đã kiểm tra", "forwarded": "Chuyển lãnh đạo", "registered": "Vào sổ văn bản đến",
    "reminder_slots": "Lượt nhắc kiểm tra", "reminders_on_time": "Kiểm tra đúng hạn",
}


@dataclass(frozen=True)
class Period:
    label: str
    first: dt.date
    last: dt.date

    @classmethod
    def parse(cls, text: str) -> "Period":
        """``2026H1``, ``2026H2`` or ``2026-03``."""
        if m := re.fullmatch(r"(\d{4})[Hh]([12])", text.strip()):
            year, half = int(m[1]), int(m[2])
            first = dt.date(year, 1 if half == 1 else 7, 1)
            last = dt.date(year, 6, 30) if half == 1 else dt.date(year, 12, 31)
            return cls(f"6 tháng {'đầu' if half == 1 else 'cuối'} năm {year}", first, last)
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text.strip()):
            year, month = int(m[1]), int(m[2])
            if 1 <= month <= 12:
                return cls.month(year, month)
        raise UsageError(f"Kỳ báo cáo không hợp lệ: {text!r} (ví dụ 2026H1 hoặc 2026-03)",
                         f"Invalid report period: {text!r} (e.g. 2026H1 or 2026-03)")

    @classmethod
    def month(cls, year: int, month: int) -> "Period":
        nxt = dt.date(year + month // 12, month % 12 + 1, 1)
        return cls(f"Tháng {month:02d}/{year}", dt.date(year, month, 1), nxt - dt.timedelta(days=1))

    def months(self) -> list["Period"]:
        out, (y, m) = [], (self.first.year, self.first.month)
        while dt.date(y, m, 1) <= self.last:
            out.append(Period.month(y, m))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
        return out

    def bounds(self) -> tuple[float, float]:
        start = dt.datetime.combine(self.first, dt.time(), VIETNAM_TZ)
        end = dt.datetime.combine(self.last + dt.timedelta(days=1), dt.time(), VIETNAM_TZ)
        return start.timestamp(), end.timestamp()


@dataclass(frozen=True)
class Figures:
    period: Period
    received: int
    sent: int
    signed_received: int
    verified: int
    forwarded: int
    registered: int
    reminder_slots: int
    reminders_on_time: int

    @property
    def on_time_ratio(self) -> float | None:
        return self.reminders_on_time / self.reminder_slots if self.reminder_slots else None

    def values(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "period"}


def record_verified(conn: sqlite3.Connection, at: dt.datetime, account: str = "", detail: str = "") -> None:
    """Called by the signature service / window each time a signed document is verified."""
    with transaction(conn):
        conn.execute("INSERT INTO duty_events(kind, at, account, detail) VALUES ('verified', ?, ?, ?)",
                     (at.timestamp(), account.lower(), detail))


class UsageReport:
    def __init__(self, conn: sqlite3.Connection, schedule: Schedule | None = None, clock=None):
        self.conn = conn
        self.schedule = schedule or Schedule()
        self.clock = clock or (lambda: dt.datetime.now(VIETNAM_TZ))

    def figures(self, period: Period, account: str | None = None, mail: dict | None = None) -> Figures:
        """One period's figures; ``mail`` = precomputed ``_mail_by_month`` for a breakdown (one scan)."""
        lo, hi = period.bounds()
        acct = account.lower() if account else None
        q = lambda sql, *args: self.conn.execute(sql, args).fetchone()[0] or 0  # noqa: E731
        if mail is None:
            mail = self._mail_by_month(lo, hi, acct)
        keys = {m.first.strftime("%Y-%m") for m in period.months()}
        received, signed, sent = (sum(v[i] for k, v in mail.items() if k in keys) for i in range(3))
        by_account = "AND (? IS NULL OR account = ?)"
        verified = q(f"SELECT COUNT(*) FROM duty_events WHERE kind = 'verified' AND at >= ? AND at < ? {by_account}",
                     lo, hi, acct, acct)
        if self._has_table("signature_checks"):
            verified += q("SELECT COUNT(*) FROM signature_checks s JOIN messages m ON m.id = s.message_id "
                          "JOIN folders f ON f.id = m.folder_id JOIN accounts a ON a.id = f.account_id "
                          "WHERE s.checked_at >= ? AND s.checked_at < ? AND s.overall NOT IN ('unsigned', 'error') "
                          "AND (? IS NULL OR lower(a.email) = ?)", lo, hi, acct, acct)
        forwarded = q(f"SELECT COUNT(*) FROM duty_forwards WHERE at >= ? AND at < ? {by_account}", lo, hi, acct, acct)
        registered = q(f"SELECT COUNT(*) FROM duty_register WHERE received_at >= ? AND received_at < ? "
                       f"AND status != 'huy' {by_account}", lo, hi, acct, acct)
        now = self.clock()
        slots = sum(1 for s in self.schedule.sessions_between(period.first, period.last)
                    for t in s.reminders if t <= now)
        on_time = q("SELECT COUNT(*) FROM duty_checks WHERE slot_at >= ? AND slot_at < ? AND slot_at <= ? "
                    "AND checked_at IS NOT NULL AND checked_at < deadline", lo, hi, now.timestamp())
        return Figures(period, received, sent, signed, verified, forwarded, registered, slots, on_time)

    def _mail_by_month(self, lo: float, hi: float, acct: str | None) -> dict[str, tuple[int, int, int]]:
        """{"YYYY-MM" (Vietnam time): (received, signed received, sent)} in one pass over the mail table."""
        not_received = ",".join("?" * len(NOT_RECEIVED_ROLES))
        incoming = f"COALESCE(f.role, '') NOT IN ({not_received})"
        rows = self.conn.execute(
            f"SELECT strftime('%Y-%m', COALESCE(m.internal_date, m.date), 'unixepoch', '+7 hours') AS ym, "
            f"SUM({incoming}), SUM({incoming} AND m.signed = 1), SUM(f.role = 'sent') "
            "FROM messages m JOIN folders f ON f.id = m.folder_id JOIN accounts a ON a.id = f.account_id "
            "WHERE COALESCE(m.internal_date, m.date) >= ? AND COALESCE(m.internal_date, m.date) < ? "
            "AND (? IS NULL OR lower(a.email) = ?) GROUP BY ym",
            (*NOT_RECEIVED_ROLES, *NOT_RECEIVED_ROLES, lo, hi, acct, acct)).fetchall()
        return {r[0]: (r[1] or 0, r[2] or 0, r[3] or 0) for r in rows}

    def _has_table(self, name: str) -> bool:
        return self.conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                                 (name,)).fetchone() is not None

    def breakdown(self, period: Period, account: str | None = None) -> tuple[list[Figures], Figures]:
        """Per-month figures inside ``period`` and the period's total (the mail table is scanned once)."""
        lo, hi = period.bounds()
        mail = self._mail_by_month(lo, hi, account.lower() if account else None)
        return [self.figures(m, account, mail) for m in period.months()], self.figures(period, account, mail)
