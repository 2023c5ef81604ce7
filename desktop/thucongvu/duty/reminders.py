"""The reminder engine: when to remind the user to check the unit mailbox.

Driven entirely by the ``now`` it is given (no timers, no Qt): the window asks
``due(now)`` whenever ``next_wakeup(now)`` says something may have changed, and
also on a coarse periodic tick so a wall-clock jump (laptop sleep/wake) is
noticed. Rules (provincial duty of care, DEVELOPERS.md):

* two slots per working session: its start and its middle; a slot is *current*
  from its time until the next slot (or the session's end);
* only the current slot can be due — after a sleep/wake jump the skipped slots
  are never shown, so there is no pile of stale reminders; at app start inside
  a session, the current slot is due if it was missed;
* fulfilled only when a watched mailbox (the unit mailbox) was synced AND
  opened at or after the slot's time — both reported by the mail service or
  the window through :meth:`mark_synced` / :meth:`mark_opened`;
* snooze for 10 or 30 minutes; nothing outside sessions, on weekends or holidays.

State lives in the store (CheckLog), so a restart neither repeats a fulfilled
reminder nor forgets a snooze.
"""

from __future__ import annotations

import datetime as dt
import getpass
from dataclasses import dataclass
from typing import Callable, Iterable

from thucongvu.duty.checklog import CheckLog, from_ts
from thucongvu.duty.schedule import Schedule, WorkSession
from thucongvu.errors import UsageError

SNOOZE_CHOICES = (10, 30)


@dataclass(frozen=True)
class Slot:
    session: WorkSession
    index: int  # 0 = start, 1 = middle
    at: dt.datetime
    until: dt.datetime

    @property
    def label(self) -> str:
        return f"{('đầu', 'giữa')[self.index]} {self.session.label.lower()}"  # "giữa buổi sáng 10/03/2026"


@dataclass(frozen=True)
class Reminder:
    slot: Slot
    first_time: bool  # True the first time it is returned (and once after a snooze): notify, keep the banner

    @property
    def message(self) -> str:
        return (f"Đã đến giờ kiểm tra hộp thư đơn vị và hộp thư cá nhân ({self.slot.label}, "
                f"{self.slot.at:%H:%M}).")


def slots_of(session: WorkSession) -> tuple[Slot, Slot]:
    start, middle = session.reminders
    return Slot(session, 0, start, middle), Slot(session, 1, middle, session.end)


class ReminderEngine:
    def __init__(self, schedule: Schedule, log: CheckLog, watched: Callable[[], Iterable[str]],
                 user: str | None = None):
        """``watched()`` returns the mailbox addresses whose check fulfils a reminder (the unit mailbox)."""
        self.schedule = schedule
        self.log = log
        self.watched = watched
        self.user = user or _os_user()

    def current_slot(self, now: dt.datetime) -> Slot | None:
        session = self.schedule.session_at(now)
        if session is None:
            return None
        return next(s for s in slots_of(session) if s.at <= now < s.until)

    def fulfilled(self, slot: Slot) -> dt.datetime | None:
        """When the slot's check was done (both synced and opened after its time), else None."""
        row = self.log.get(slot.at)
        if row is not None and row["checked_at"] is not None:
            return from_ts(row["checked_at"], self.schedule.tz)
        for account in self.watched():
            synced = self.log.first_mark_since(account, "synced", slot.at)
            opened = self.log.first_mark_since(account, "opened", slot.at)
            if synced and opened:
                return max(synced, opened)
        return None

    def due(self, now: dt.datetime) -> Reminder | None:
        slot = self.current_slot(now)
        if slot is None or self.fulfilled(slot) is not None:
            return None
        row = self.log.get(slot.at)
        if row is not None and row["snoozed_until"] is not None:
            if row["snoozed_until"] > now.timestamp():
                return None
            self.log.end_snooze(slot)  # the snooze ran out: notify again, once
            return Reminder(slot, first_time=True)
        return Reminder(slot, first_time=self.log.note_reminded(slot, now))

    def snooze(self, reminder: Reminder, minutes: int, now: dt.datetime) -> dt.datetime:
        if minutes not in SNOOZE_CHOICES:
            raise UsageError("Chỉ có thể hoãn nhắc 10 hoặc 30 phút", "Snooze is 10 or 30 minutes")
        until = now + dt.timedelta(minutes=minutes)
        self.log.snooze(reminder.slot, until)
        return until

    def mark_synced(self, account: str, at: dt.datetime) -> None:
        self._mark(account, "synced", at)

    def mark_opened(self, account: str, at: dt.datetime) -> None:
        self._mark(account, "opened", at)

    def _mark(self, account: str, kind: str, at: dt.datetime) -> None:
        self.log.add_mark(account, kind, at, self.user)
        slot = self.current_slot(at)
        if slot is None or account.lower() not in {a.lower() for a in self.watched()}:
            return
        synced = self.log.first_mark_since(account, "synced", slot.at)
        opened = self.log.first_mark_since(account, "opened", slot.at)
        if synced and opened:
            self.log.note_checked(slot, max(synced, opened), self.user, account.lower())

    def next_wakeup(self, now: dt.datetime) -> dt.datetime | None:
        """The earliest moment after ``now`` at which ``due`` may answer differently."""
        candidates = []
        slot = self.current_slot(now)
        if slot is not None:
            candidates.append(slot.until)
            row = self.log.get(slot.at)
            if row is not None and row["snoozed_until"] is not None and row["snoozed_until"] > now.timestamp():
                    candidates.append(from_ts(row["snoozed_until"], self.schedule.tz))
        nxt = self.schedule.next_session_after(now)
        if nxt is not None:
            candidates.append(nxt.start)
        later = [c for c in candidates if c > now]
        return min(later) if later else None


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (service accounts on Windows)
        return ""
