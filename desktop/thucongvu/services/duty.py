"""DutyService: the one object the window (and tray) use for the unit-mailbox duties. No Qt.

Built by the duty area from ``services`` (its own SQLite connection, so it can
run on the "db" lane). Wraps the calendar, the reminder engine, the check log,
the incoming register, "Chuyển lãnh đạo" and the usage report. Every method
may touch SQLite: call it off the GUI thread (``services.tasks.run(…, lane="db")``);
``forward_to_leaders`` also talks to the network ("net" lane).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from typing import Callable

from thucongvu.duty import config as duty_config
from thucongvu.duty.checklog import CheckLog
from thucongvu.duty.register import IncomingRegister
from thucongvu.duty.reminders import ReminderEngine
from thucongvu.duty.report import Period, UsageReport
from thucongvu.duty.schedule import VIETNAM_TZ, Schedule
from thucongvu.errors import UsageError


class DutyService:
    def __init__(self, home: Path, conn: sqlite3.Connection, *, outbox: Callable[[], object] | None = None,
                 clock: Callable[[], dt.datetime] | None = None, user: str | None = None, policy=None,
                 connect: Callable[[], sqlite3.Connection] | None = None):
        self.home = home
        self.conn = conn
        self._connect = connect
        self.clock = clock or (lambda: dt.datetime.now(VIETNAM_TZ))
        self._policy = policy
        self.config = duty_config.load(home, policy)
        self.schedule = Schedule(self.config)
        self.log = CheckLog(conn)
        self.engine = ReminderEngine(self.schedule, self.log, self.unit_addresses, user=user)
        self.register = IncomingRegister(conn, self.clock)
        self.report = UsageReport(conn, self.schedule, self.clock)
        self._outbox = outbox

    @classmethod
    def from_services(cls, services, **kw) -> "DutyService":
        return cls(services.home, services.connect(), outbox=getattr(services, "outbox", None),
                   connect=services.connect, **kw)

    def save_settings(self, values: dict) -> None:
        """Validate and store the user's settings, then apply them (admin-locked keys stay fixed)."""
        duty_config.save_user(self.home, values)
        self.config = duty_config.load(self.home, self._policy)
        self.schedule = Schedule(self.config)
        self.engine.schedule = self.schedule
        self.report.schedule = self.schedule

    # --- accounts ------------------------------------------------------------------------------------------
    def unit_addresses(self) -> list[str]:
        """The unit mailbox(es) whose check fulfils a reminder; every account when none is marked."""
        rows = self.conn.execute("SELECT email, unit_mailbox FROM accounts ORDER BY id").fetchall()
        units = [r["email"].lower() for r in rows if r["unit_mailbox"]]
        return units or [r["email"].lower() for r in rows]

    def unit_inbox_folder(self) -> tuple[str, int] | None:
        """(account, folder id) of the unit mailbox's inbox in the local store."""
        row = self.conn.execute(
            "SELECT a.email, f.id FROM folders f JOIN accounts a ON a.id = f.account_id "
            "WHERE (f.role = 'inbox' OR upper(f.name) = 'INBOX') ORDER BY a.unit_mailbox DESC, a.id LIMIT 1"
        ).fetchone()
        return (row[0].lower(), row[1]) if row else None

    def account_of_folder(self, folder_id: int) -> str | None:
        row = self.conn.execute("SELECT a.email FROM folders f JOIN accounts a ON a.id = f.account_id "
                                "WHERE f.id = ?", (folder_id,)).fetchone()
        return row[0].lower() if row else None

    # --- reminders -----------------------------------------------------------------------------------------
    def due(self, now: dt.datetime | None = None):
        return self.engine.due(now or self.clock())

    def next_wakeup(self, now: dt.datetime | None = None):
        return self.engine.next_wakeup(now or self.clock())

    def snooze(self, reminder, minutes: int):
        return self.engine.snooze(reminder, minutes, self.clock())

    def mark_synced(self, account: str, at: dt.datetime | None = None) -> None:
        self.engine.mark_synced(account, at or self.clock())

    def mark_opened(self, account: str, at: dt.datetime | None = None) -> None:
        self.engine.mark_opened(account, at or self.clock())

    def check_entries(self, first: dt.date, last: dt.date):
        return self.log.entries(first, last)

    # --- register ------------------------------------------------------------------------------------------
    def _account_for_message(self, message_id: int):
        from thucongvu.accounts.repository import AccountRepository

        row = self.conn.execute("SELECT a.email, f.name, m.uid FROM messages m JOIN folders f ON f.id = m.folder_id "
                                "JOIN accounts a ON a.id = f.account_id WHERE m.id = ?", (message_id,)).fetchone()
        if row is None:
            raise UsageError("Không tìm thấy thư", "Message not found")
        return AccountRepository(self.conn).get(row[0]), row[1], row[2]

    def register_message(self, message_id: int, by: str = ""):
        account, _, _ = self._account_for_message(message_id)
        return self.register.register_stored(message_id, account, by=by or self.engine.user)

    def register_entries(self, year: int):
        return self.register.entries(year)

    # --- leaders -------------------------------------------------------------------------------------------
    def leaders_for_message(self, message_id: int) -> list[str]:
        account, _, _ = self._account_for_message(message_id)
        return self.config.leaders_for(account.email)

    def forward_to_leaders(self, message_ids: list[int], note: str = ""):
        """Chuyển lãnh đạo through the persistent outbox (network: run on the "net" lane)."""
        from thucongvu.duty.leadership import LeadershipForwarder, originals_from, outbox_sender

        if self._outbox is None:
            raise UsageError("Không có hộp thư đi để gửi", "No outbox to send with")
        outbox = self._outbox()
        conn = self._connect() if self._connect else self.conn  # this runs on the network lane
        forwarder = LeadershipForwarder(conn, self.config, outbox_sender(outbox), user=self.engine.user,
                                        clock=self.clock)
        done = []
        groups: dict[tuple[str, str], list[int]] = {}
        accounts = {}
        for mid in message_ids:
            account, folder, uid = self._account_for_message(mid)
            accounts[account.email] = account
            groups.setdefault((account.email, folder), []).append(uid)
        for (email, folder), uids in groups.items():
            account = accounts[email]
            done += forwarder.forward(account, originals_from(outbox, account, folder, uids), note=note)
        return done

    # --- report --------------------------------------------------------------------------------------------
    def report_breakdown(self, period: str | Period, account: str | None = None):
        period = Period.parse(period) if isinstance(period, str) else period
        return self.report.breakdown(period, account)

    def close(self) -> None:
        try:
            self.conn.close()
        except sqlite3.Error:
            pass
