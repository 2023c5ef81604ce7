"""The reminder engine driven by a controllable clock, against a real SQLite store."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from thucongvu.duty.checklog import CheckLog
from thucongvu.duty.config import DutyConfig
from thucongvu.duty.reminders import ReminderEngine
from thucongvu.duty.schedule import VIETNAM_TZ, Schedule
from thucongvu.errors import UsageError

UNIT = "vanthu@sonv.gialai.gov.vn"


def at(day: str, hm: str) -> dt.datetime:
    return dt.datetime.fromisoformat(f"{day}T{hm}:00").replace(tzinfo=VIETNAM_TZ)


@pytest.fixture
def engine(db):
    return ReminderEngine(Schedule(), CheckLog(db), watched=lambda: [UNIT], user="Nguyễn Thị Văn Thư")


def check(engine, when: dt.datetime, account: str = UNIT) -> None:
    engine.mark_opened(account, when)
    engine.mark_synced(account, when + dt.timedelta(seconds=20))


def test_due_at_start_and_middle_of_session(engine):
    day = "2026-03-03"  # Tuesday
    assert engine.due(at(day, "07:29")) is None
    first = engine.due(at(day, "07:30"))
    assert first is not None and first.first_time and first.slot.index == 0
    again = engine.due(at(day, "07:31"))
    assert again.slot == first.slot and not again.first_time  # banner stays, tray notifies once
    check(engine, at(day, "07:40"))
    assert engine.due(at(day, "08:00")) is None
    mid = engine.due(at(day, "09:30"))
    assert mid.slot.index == 1 and mid.slot.at == at(day, "09:30")
    check(engine, at(day, "09:35"))
    assert engine.due(at(day, "10:00")) is None
    assert engine.due(at(day, "12:00")) is None  # lunch: outside sessions
    assert engine.due(at(day, "15:15")).slot.session.name == "afternoon"


def test_check_before_the_reminder_time_does_not_count(engine):
    day = "2026-03-03"
    check(engine, at(day, "09:00"))  # during the first slot
    assert engine.due(at(day, "09:31")) is not None  # the middle reminder still wants a new check


def test_synced_without_opening_or_opened_without_sync_is_not_enough(engine):
    day = "2026-03-04"
    engine.mark_synced(UNIT, at(day, "07:35"))
    assert engine.due(at(day, "07:40")) is not None
    engine.mark_opened(UNIT, at(day, "07:45"))
    assert engine.due(at(day, "07:46")) is None
    entry = engine.log.entries(dt.date(2026, 3, 4), dt.date(2026, 3, 4))[0]
    assert entry.checked_at == at(day, "07:45") and entry.on_time
    assert (entry.checked_by, entry.account) == ("Nguyễn Thị Văn Thư", UNIT)


def test_only_the_unit_mailbox_fulfils(engine):
    day = "2026-03-05"
    check(engine, at(day, "07:35"), account="canhan@sonv.gialai.gov.vn")
    assert engine.due(at(day, "07:40")) is not None


def test_missed_reminder_is_due_at_app_start(db):
    day = "2026-03-06"
    # The app was not running at 13:30; it starts at 14:10: the afternoon start reminder is due now.
    engine = ReminderEngine(Schedule(), CheckLog(db), watched=lambda: [UNIT], user="x")
    due = engine.due(at(day, "14:10"))
    assert due.first_time and due.slot.at == at(day, "13:30")
    # A restart after it was shown (not fulfilled) shows it again, but not as a new notification.
    restarted = ReminderEngine(Schedule(), CheckLog(db), watched=lambda: [UNIT], user="x")
    again = restarted.due(at(day, "14:20"))
    assert again.slot == due.slot and not again.first_time


def test_snooze_10_and_30_minutes_and_persisted(engine, db):
    day = "2026-03-09"
    rem = engine.due(at(day, "07:30"))
    until = engine.snooze(rem, 10, at(day, "07:31"))
    assert until == at(day, "07:41")
    assert engine.due(at(day, "07:40")) is None
    assert engine.next_wakeup(at(day, "07:32")) == at(day, "07:41")
    other = ReminderEngine(Schedule(), CheckLog(db), watched=lambda: [UNIT])  # restart keeps the snooze
    assert other.due(at(day, "07:35")) is None
    rem = engine.due(at(day, "07:41"))
    assert rem is not None and rem.first_time  # back after the snooze: notify again …
    assert not engine.due(at(day, "07:41")).first_time  # … once
    engine.snooze(rem, 30, at(day, "07:42"))
    assert engine.due(at(day, "08:11")) is None and engine.due(at(day, "08:12")) is not None
    with pytest.raises(UsageError):
        engine.snooze(rem, 15, at(day, "08:12"))


def test_snooze_does_not_carry_into_the_next_slot(engine):
    day = "2026-03-10"
    rem = engine.due(at(day, "09:25"))
    engine.snooze(rem, 30, at(day, "09:25"))
    assert engine.due(at(day, "09:30")).slot.index == 1  # middle slot is a new reminder


def test_sleep_wake_jump_gives_only_the_current_reminder(engine):
    # Laptop slept from Monday 07:35 to Wednesday 15:20: five slots passed unseen.
    assert engine.due(at("2026-03-09", "07:35")) is not None
    woke = engine.due(at("2026-03-11", "15:20"))
    assert woke.slot.at == at("2026-03-11", "15:15")
    assert engine.due(at("2026-03-11", "15:21")).slot == woke.slot
    shown = engine.log.entries(dt.date(2026, 3, 9), dt.date(2026, 3, 11))
    assert [e.slot_at for e in shown] == [at("2026-03-09", "07:30"), at("2026-03-11", "15:15")]


def test_nothing_on_weekends_holidays_or_outside_sessions(engine):
    for when in (at("2026-03-07", "07:30"), at("2026-03-08", "09:30"),     # weekend
                 at("2026-02-17", "07:30"), at("2026-09-02", "13:30"),     # Tết, National Day
                 at("2026-04-27", "09:30"), at("2026-04-30", "07:45"),     # Hùng Kings (observed), 30/4
                 at("2026-03-03", "06:00"), at("2026-03-03", "17:00"), at("2026-03-03", "22:00")):
        assert engine.due(when) is None, when


def test_province_swapped_working_saturday_has_reminders(db):
    cfg = DutyConfig.from_mapping({"working_days": ["2026-03-14"], "days_off": ["2026-03-16"]})
    engine = ReminderEngine(Schedule(cfg), CheckLog(db), watched=lambda: [UNIT])
    assert engine.due(at("2026-03-14", "07:30")) is not None
    assert engine.due(at("2026-03-16", "07:30")) is None


def test_next_wakeup(engine):
    assert engine.next_wakeup(at("2026-03-03", "06:00")) == at("2026-03-03", "07:30")
    assert engine.next_wakeup(at("2026-03-03", "08:00")) == at("2026-03-03", "09:30")
    assert engine.next_wakeup(at("2026-03-03", "10:00")) == at("2026-03-03", "11:30")  # banner goes at the end
    assert engine.next_wakeup(at("2026-03-03", "12:00")) == at("2026-03-03", "13:30")
    assert engine.next_wakeup(at("2026-02-13", "17:30")) == at("2026-02-23", "07:30")  # over Tết


def test_check_log_export_csv(engine):
    day = "2026-03-12"
    engine.due(at(day, "07:30"))
    check(engine, at(day, "07:50"))
    engine.due(at(day, "09:31"))
    check(engine, at(day, "11:40"))  # after the session: not on time, not logged as checked
    raw = engine.log.export_csv(dt.date(2026, 3, 12), dt.date(2026, 3, 12))
    assert raw.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Ngày", "Buổi", "Lần nhắc"]
    assert rows[1] == ["12/03/2026", "Buổi sáng", "Đầu buổi", "07:30", "12/03/2026 07:30", "12/03/2026 07:50",
                       "Nguyễn Thị Văn Thư", UNIT, "Có"]
    assert rows[2][2:4] == ["Giữa buổi", "09:30"] and rows[2][5] == "" and rows[2][8] == "Không"
