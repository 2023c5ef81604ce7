"""The work-session calendar over whole years, against the holidays package and hand-picked dates."""

from __future__ import annotations

import datetime as dt

import holidays
import pytest

from thucongvu.duty.config import DutyConfig
from thucongvu.duty.schedule import VIETNAM_TZ, Schedule

D = dt.date


def working_days(schedule: Schedule, year: int) -> set[dt.date]:
    return {s.date for s in schedule.sessions_between(D(year, 1, 1), D(year, 12, 31))}


@pytest.mark.parametrize("year", [2025, 2026, 2027])
def test_whole_year_matches_holidays_package(year):
    schedule = Schedule()
    vn = holidays.VN(years=year)
    expected = set()
    day = D(year, 1, 1)
    while day.year == year:
        if day not in vn and (day.weekday() < 5 or day in vn.weekend_workdays):
            expected.add(day)
        day += dt.timedelta(days=1)
    got = working_days(schedule, year)
    assert got == expected
    # Every working day has exactly two sessions, in order, and never a holiday.
    sessions = list(schedule.sessions_between(D(year, 1, 1), D(year, 12, 31)))
    assert len(sessions) == 2 * len(expected)
    assert not any(s.date in vn for s in sessions)
    assert all(a.end <= b.start for a, b in zip(sessions, sessions[1:]))


@pytest.mark.parametrize("day", [
    D(2026, 1, 1),                                          # Tết Dương lịch
    D(2026, 2, 16), D(2026, 2, 17), D(2026, 2, 18), D(2026, 2, 19), D(2026, 2, 20),  # Tết Bính Ngọ (17/2 = mùng 1)
    D(2026, 4, 27),                                         # Giỗ Tổ 10/3 âm lịch fell on Sunday 26/4 → Monday off
    D(2026, 4, 30), D(2026, 5, 1),                          # 30/4, 1/5
    D(2026, 9, 1), D(2026, 9, 2),                           # 2/9 and its adjacent day
    D(2025, 1, 27), D(2025, 1, 29), D(2025, 1, 31),         # Tết Ất Tỵ 2025 (29/1 = mùng 1)
    D(2025, 4, 7),                                          # Giỗ Tổ Hùng Vương 2025 (10/3 âm lịch)
    D(2025, 5, 2),                                          # 2025 substitute day off (worked 26/4 instead)
    D(2025, 9, 1), D(2025, 9, 2),
])
def test_hand_picked_holidays_are_off(day):
    schedule = Schedule()
    assert day.weekday() < 5  # they would be working days but for the holiday
    assert not schedule.is_working_day(day)
    assert schedule.sessions_on(day) == []
    assert schedule.holiday_name(day)


@pytest.mark.parametrize("day", [D(2026, 2, 13), D(2026, 2, 23), D(2026, 4, 28), D(2026, 9, 3), D(2025, 4, 8)])
def test_hand_picked_ordinary_days_work(day):
    assert Schedule().is_working_day(day)


def test_weekends_off_and_national_swapped_saturday_works():
    schedule = Schedule()
    assert not schedule.is_working_day(D(2026, 3, 7))  # Saturday
    assert not schedule.is_working_day(D(2026, 3, 8))  # Sunday
    assert D(2025, 4, 26).weekday() == 5
    assert schedule.is_working_day(D(2025, 4, 26))  # worked in exchange for 2/5/2025


def test_province_swaps_and_days_off():
    cfg = DutyConfig.from_mapping({"days_off": ["2026-03-10"], "working_days": ["2026-03-14"]})
    schedule = Schedule(cfg)
    assert not schedule.is_working_day(D(2026, 3, 10))
    assert schedule.holiday_name(D(2026, 3, 10))
    assert schedule.is_working_day(D(2026, 3, 14))  # a Saturday made a working day
    assert [s.name for s in schedule.sessions_on(D(2026, 3, 14))] == ["morning", "afternoon"]


def test_default_sessions_and_reminder_times():
    morning, afternoon = Schedule().sessions_on(D(2026, 3, 3))
    assert morning.to_json() == {"date": "2026-03-03", "session": "morning", "start": "07:30", "end": "11:30",
                                 "reminders": ["07:30", "09:30"]}
    assert afternoon.to_json()["reminders"] == ["13:30", "15:15"]
    assert morning.start.tzinfo is VIETNAM_TZ


def test_configured_sessions_and_weekdays():
    cfg = DutyConfig.from_mapping({"weekdays": [0, 1, 2, 3, 4, 5],
                                   "sessions": {"morning": ["08:00", "12:00"], "afternoon": ["13:00", "17:00"]}})
    schedule = Schedule(cfg)
    sat = schedule.sessions_on(D(2026, 3, 7))
    assert [s.to_json()["reminders"] for s in sat] == [["08:00", "10:00"], ["13:00", "15:00"]]


def test_session_at_and_next_session():
    schedule = Schedule()
    at = dt.datetime(2026, 2, 13, 11, 0, tzinfo=VIETNAM_TZ)
    assert schedule.session_at(at).name == "morning"
    assert schedule.session_at(at.replace(hour=12)) is None
    assert schedule.session_at(at.replace(hour=11, minute=30)) is None  # end is exclusive
    # Friday before Tết → the next session is Monday 23/2 morning.
    nxt = schedule.next_session_after(at.replace(hour=17))
    assert (nxt.date, nxt.name) == (D(2026, 2, 23), "morning")
    # The same instant given in UTC lands in the same session.
    assert schedule.session_at(at.astimezone(dt.timezone.utc)).name == "morning"


@pytest.mark.parametrize("bad", [
    {"weekdays": [7]}, {"sessions": {"morning": ["11:00", "09:00"]}}, {"sessions": {"night": ["20:00", "22:00"]}},
    {"sessions": {"morning": ["07:00", "14:00"], "afternoon": ["13:00", "17:00"]}}, {"days_off": ["2026-02-30"]},
    {"days_off": "2026-01-02"}, {"leaders": ["a@b.gov.vn"]},
])
def test_bad_settings_are_usage_errors(bad):
    from thucongvu.errors import UsageError

    with pytest.raises(UsageError):
        DutyConfig.from_mapping(bad)


def test_admin_policy_fixes_keys(tmp_path):
    from thucongvu.duty import config

    from thucongvu.policy.admin import AdminPolicy

    config.save_user(tmp_path, {"weekdays": [0, 1, 2], "days_off": ["2026-03-10"],
                                "sessions": {"morning": ["08:00", "11:00"]}})
    policy = AdminPolicy(session_hours={"morning": ("07:00", "11:00"), "afternoon": ("13:00", "16:30")},
                         leaders={"vanthu@so.gialai.gov.vn": ("giamdoc@so.gialai.gov.vn",)})
    cfg = config.load(tmp_path, policy=policy)
    assert [s[1:] for s in cfg.sessions] == [(dt.time(7), dt.time(11)), (dt.time(13), dt.time(16, 30))]  # admin wins
    assert cfg.weekdays == {0, 1, 2} and cfg.days_off == {D(2026, 3, 10)}  # user's own keys kept
    assert cfg.locked == {"sessions", "leaders"}
    assert cfg.leaders_for("VanThu@so.gialai.gov.vn") == ["giamdoc@so.gialai.gov.vn"]
