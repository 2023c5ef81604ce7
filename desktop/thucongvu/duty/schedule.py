"""Work sessions: which half-days are working sessions and when to remind.

Owns the calendar rule only (no store, no clock, no Qt). A day is a working
day when, in this order of precedence:

1. the province announced it as a swapped working day (``working_days``) → works;
2. the province announced a substitute day off (``days_off``) → off;
3. it is a Vietnamese public holiday per the maintained ``holidays`` package
   (New Year, Tết and the Hùng Kings' day by the lunar calendar, 30/4, 1/5,
   2/9 with its adjacent day, observed/substitute days it knows) → off;
4. the package knows it as a national swapped working day (e.g. Saturday
   26/4/2025, worked in exchange for Friday 2/5/2025) → works;
5. otherwise its weekday decides (default Monday–Friday).

Times are Vietnam local time (UTC+7 all year; Vietnam has no daylight saving,
so a fixed offset is exact and needs no tz database on Windows).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from typing import Iterator

from thucongvu.duty.config import DutyConfig

VIETNAM_TZ = dt.timezone(dt.timedelta(hours=7), "ICT")
SESSION_LABELS = {"morning": "Buổi sáng", "afternoon": "Buổi chiều"}


@dataclass(frozen=True)
class WorkSession:
    date: dt.date
    name: str  # morning | afternoon
    start: dt.datetime  # aware, Vietnam time
    end: dt.datetime

    @property
    def middle(self) -> dt.datetime:
        return self.start + (self.end - self.start) / 2

    @property
    def reminders(self) -> tuple[dt.datetime, dt.datetime]:
        """The duty rule: check at the session's start and after its middle."""
        return (self.start, self.middle)

    @property
    def label(self) -> str:
        return f"{SESSION_LABELS.get(self.name, self.name)} {self.date:%d/%m/%Y}"

    def to_json(self) -> dict:
        return {
            "date": self.date.isoformat(),
            "session": self.name,
            "start": f"{self.start:%H:%M}",
            "end": f"{self.end:%H:%M}",
            "reminders": [f"{t:%H:%M}" for t in self.reminders],
        }


class Schedule:
    def __init__(self, config: DutyConfig | None = None, tz: dt.tzinfo = VIETNAM_TZ):
        self.config = config or DutyConfig()
        self.tz = tz

    @cached_property
    def _holidays(self):
        import holidays

        # Vietnamese names; years are added lazily as dates are asked about.
        return holidays.country_holidays("VN", language="vi", observed=True)

    def holiday_name(self, day: dt.date) -> str | None:
        """Why a weekday is off: the holiday's Vietnamese name, or the province's day off."""
        if day in self.config.working_days:
            return None
        if day in self.config.days_off:
            return "Ngày nghỉ bù theo thông báo của tỉnh"
        return self._holidays.get(day)

    def is_working_day(self, day: dt.date) -> bool:
        if day in self.config.working_days:
            return True
        if day in self.config.days_off or day in self._holidays:
            return False
        if day in self._holidays.weekend_workdays:
            return True
        return day.weekday() in self.config.weekdays

    def sessions_on(self, day: dt.date) -> list[WorkSession]:
        if not self.is_working_day(day):
            return []
        return [
            WorkSession(day, name, dt.datetime.combine(day, start, self.tz), dt.datetime.combine(day, end, self.tz))
            for name, start, end in self.config.sessions
        ]

    def sessions_between(self, first: dt.date, last: dt.date) -> Iterator[WorkSession]:
        """Working sessions from ``first`` to ``last`` inclusive, in time order."""
        day = first
        while day <= last:
            yield from self.sessions_on(day)
            day += dt.timedelta(days=1)

    def session_at(self, when: dt.datetime) -> WorkSession | None:
        """The working session ``when`` falls in (start inclusive, end exclusive), if any."""
        local = when.astimezone(self.tz)
        for session in self.sessions_on(local.date()):
            if session.start <= local < session.end:
                return session
        return None

    def next_session_after(self, when: dt.datetime, horizon_days: int = 400) -> WorkSession | None:
        """The first working session starting after ``when`` (None past the horizon)."""
        local = when.astimezone(self.tz)
        for offset in range(horizon_days):
            for session in self.sessions_on(local.date() + dt.timedelta(days=offset)):
                if session.start > local:
                    return session
        return None
