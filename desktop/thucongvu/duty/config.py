"""Duty settings: work sessions, province-announced day swaps, leaders.

Two sources, merged here and nowhere else: the user's ``duty.json`` in the
home dir, and the administrator's policy (:mod:`thucongvu.policy.admin`:
``session_hours``, ``leaders``, ``days_off``, ``working_days``). Every key the
admin sets is fixed: the user's value for it is ignored and the UI shows it locked.

Shape of the user's ``duty.json``::

    {"weekdays": [0,1,2,3,4],                      # Monday = 0
     "sessions": {"morning": ["07:30", "11:30"], "afternoon": ["13:30", "17:00"]},
     "days_off": ["2026-01-02"],                   # substitute days off announced by the province
     "working_days": ["2026-01-10"],               # swapped working days (e.g. a Saturday)
     "leaders": {"unit@x.gov.vn": ["chutich@x.gov.vn"]}}
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from thucongvu.errors import UsageError

DEFAULT_SESSIONS = (("morning", dt.time(7, 30), dt.time(11, 30)), ("afternoon", dt.time(13, 30), dt.time(17, 0)))
USER_FILE = "duty.json"
KEYS = ("weekdays", "sessions", "days_off", "working_days", "leaders")


@dataclass(frozen=True)
class DutyConfig:
    weekdays: frozenset[int] = frozenset(range(5))
    sessions: tuple[tuple[str, dt.time, dt.time], ...] = DEFAULT_SESSIONS
    days_off: frozenset[dt.date] = frozenset()
    working_days: frozenset[dt.date] = frozenset()
    leaders: dict = field(default_factory=dict)  # unit mailbox address → [leader addresses]
    locked: frozenset[str] = frozenset()  # keys fixed by the admin policy

    @classmethod
    def from_mapping(cls, data: dict, locked: frozenset[str] = frozenset()) -> "DutyConfig":
        """Validate a settings mapping; a bad value is a UsageError naming the key."""
        if not isinstance(data, dict):
            raise _bad("duty", data)
        kw: dict = {"locked": frozenset(locked)}
        if "weekdays" in data:
            days = data["weekdays"]
            if not isinstance(days, list) or not all(isinstance(d, int) and 0 <= d <= 6 for d in days):
                raise _bad("weekdays", days)
            kw["weekdays"] = frozenset(days)
        if "sessions" in data:
            kw["sessions"] = _parse_sessions(data["sessions"])
        for key in ("days_off", "working_days"):
            if key in data:
                kw[key] = frozenset(_parse_date(v, key) for v in _as_list(data[key], key))
        if "leaders" in data:
            leaders = data["leaders"]
            if not isinstance(leaders, dict) or not all(isinstance(v, list) for v in leaders.values()):
                raise _bad("leaders", leaders)
            kw["leaders"] = {str(k).lower(): [str(a) for a in v] for k, v in leaders.items()}
        return cls(**kw)

    def leaders_for(self, unit_address: str) -> list[str]:
        return list(self.leaders.get(unit_address.lower(), self.leaders.get("*", [])))


def load(home: Path | None, policy=None) -> DutyConfig:
    """User settings overlaid by the admin policy (admin wins, key by key).

    ``policy`` is a :class:`thucongvu.policy.admin.AdminPolicy`; None reads the installed one.
    """
    user: dict = {}
    if home is not None and (Path(home) / USER_FILE).exists():
        user = _read_json(Path(home) / USER_FILE)
    if policy is None:
        from thucongvu.policy.admin import load_policy

        policy = load_policy()
    admin: dict = {}
    if policy.session_hours:
        admin["sessions"] = {k: list(v) for k, v in policy.session_hours.items()}
    if policy.leaders:
        admin["leaders"] = {k: list(v) for k, v in policy.leaders.items()}
    if policy.days_off:
        admin["days_off"] = [d.isoformat() for d in policy.days_off]
    if policy.working_days:
        admin["working_days"] = [d.isoformat() for d in policy.working_days]
    merged = {k: v for k, v in user.items() if k in KEYS}
    merged.update(admin)
    return DutyConfig.from_mapping(merged, locked=frozenset(admin))


def save_user(home: Path, values: dict) -> None:
    """Write the user's own settings (validated first, so a bad value loses nothing)."""
    DutyConfig.from_mapping(values)
    path = Path(home) / USER_FILE
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(values, ensure_ascii=False, indent=2), encoding="utf-8")
    tmp.replace(path)


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"Không đọc được tệp cấu hình {path}: {exc}", f"Cannot read settings file {path}: {exc}")
    if not isinstance(data, dict):
        raise UsageError(f"Tệp cấu hình {path} không đúng dạng", f"Settings file {path} is malformed")
    return data


def _parse_sessions(value) -> tuple[tuple[str, dt.time, dt.time], ...]:
    if not isinstance(value, dict) or not value:
        raise _bad("sessions", value)
    out = []
    for name, span in value.items():
        if name not in ("morning", "afternoon") or not isinstance(span, list) or len(span) != 2:
            raise _bad("sessions", value)
        start, end = (_parse_time(t) for t in span)
        if not start < end:
            raise _bad("sessions", value)
        out.append((name, start, end))
    out.sort(key=lambda s: s[1])
    for (_, _, end), (_, start, _) in zip(out, out[1:]):
        if start < end:
            raise _bad("sessions", value)
    return tuple(out)


def _parse_time(text) -> dt.time:
    try:
        return dt.time.fromisoformat(str(text))
    except ValueError:
        raise _bad("sessions", text) from None


def _parse_date(text, key: str) -> dt.date:
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        raise _bad(key, text) from None


def _as_list(value, key: str) -> list:
    if not isinstance(value, list):
        raise _bad(key, value)
    return value


def _bad(key: str, value) -> UsageError:
    return UsageError(f"Cấu hình ca làm việc không hợp lệ ({key}): {value!r}",
                      f"Invalid work-session setting ({key}): {value!r}")
