"""The ``duty schedule`` contract, through the real command line."""

from __future__ import annotations

import json


def test_schedule_json_contract(run_cli):
    res = run_cli("duty", "schedule", "--from", "2026-02-13", "--to", "2026-02-23", "--json")
    assert res.code == 0, res.stderr
    data = res.json()
    # Friday 13/2, then Tết (16–20/2) and two weekends are left out, then Monday 23/2.
    assert [(s["date"], s["session"]) for s in data] == [
        ("2026-02-13", "morning"), ("2026-02-13", "afternoon"), ("2026-02-23", "morning"), ("2026-02-23", "afternoon")]
    assert data[0] == {"date": "2026-02-13", "session": "morning", "start": "07:30", "end": "11:30",
                       "reminders": ["07:30", "09:30"]}
    assert data[1]["reminders"] == ["13:30", "15:15"]
    assert res.stdout.count("\n") == 1  # exactly one JSON document


def test_schedule_whole_year_2026(run_cli):
    res = run_cli("duty", "schedule", "--from", "2026-01-01", "--to", "2026-12-31", "--json")
    dates = {s["date"] for s in res.json()}
    for off in ("2026-01-01", "2026-02-17", "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"):
        assert off not in dates
    assert "2026-08-22" in dates  # the Saturday worked in exchange for Monday 31/8


def test_schedule_follows_user_settings(run_cli, home):
    (home / "duty.json").write_text(json.dumps({"working_days": ["2026-03-14"],
                                                "sessions": {"morning": ["08:00", "11:00"]}}), encoding="utf-8")
    res = run_cli("duty", "schedule", "--from", "2026-03-14", "--to", "2026-03-14", "--json")
    assert res.json() == [{"date": "2026-03-14", "session": "morning", "start": "08:00", "end": "11:00",
                           "reminders": ["08:00", "09:30"]}]


def test_bad_dates_exit_2_one_line(run_cli):
    for args in (("--from", "2026-02-30", "--to", "2026-03-01"), ("--from", "2026-03-02", "--to", "2026-03-01"),
                 ("--from", "hôm nay", "--to", "2026-03-01"), ("--from", "2026-03-01")):
        res = run_cli("duty", "schedule", *args, "--json")
        assert res.code == 2, args
        assert res.stdout == ""
        assert len(res.stderr.strip().splitlines()) == 1 and "Traceback" not in res.stderr


def test_english_error_when_lang_en(run_cli):
    res = run_cli("duty", "schedule", "--from", "x", "--to", "2026-03-01", env={"LANG": "en_US.UTF-8"})
    assert res.code == 2 and res.stderr.startswith("Invalid date")
