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


def _seed(home):
    import datetime as dt

    from tests.support.duty_samples import document_pdf, incoming_mail
    from thucongvu.store.db import connect

    conn = connect(home / "thucongvu.sqlite3")
    conn.execute("INSERT INTO accounts(id, email, imap_host, imap_port, username, unit_mailbox) "
                 "VALUES (1, 'vanthu@stp.gialai.gov.vn', 'h', 993, 'u', 1)")
    conn.execute("INSERT INTO folders(id, account_id, name, role) VALUES (1, 1, 'INBOX', 'inbox')")
    conn.execute("INSERT INTO messages(id, folder_id, uid, subject, message_id, internal_date) "
                 "VALUES (1, 1, 5, 'x', '<a@x>', ?)", (dt.datetime(2026, 3, 10, 9).timestamp(),))
    conn.execute("INSERT INTO bodies(message_id, raw) VALUES (1, ?)", (incoming_mail(pdf=document_pdf()),))
    conn.close()


def test_register_add_list_export(run_cli, home, tmp_path):
    from openpyxl import load_workbook

    _seed(home)
    res = run_cli("duty", "register", "add", "--account", "vanthu@stp.gialai.gov.vn", "--uid", "5", "--json")
    assert res.code == 0, res.stderr
    entry = res.json()
    assert (entry["number"], entry["doc_number"], entry["sender"]) == (1, "125/SNV-TCBC", "SỞ NỘI VỤ")
    again = run_cli("duty", "register", "add", "--account", "vanthu@stp.gialai.gov.vn", "--uid", "5")
    assert again.code == 2 and "đã vào sổ" in again.stderr
    year = str(entry["year"])
    assert [e["number"] for e in run_cli("duty", "register", "list", "--year", year, "--json").json()] == [1]
    out = tmp_path / "so.xlsx"
    assert run_cli("duty", "register", "export", "--year", year, "--xlsx", str(out)).code == 0
    assert load_workbook(out).active["D3"].value == "125/SNV-TCBC"
    missing = run_cli("duty", "register", "add", "--account", "vanthu@stp.gialai.gov.vn", "--uid", "99")
    assert missing.code == 2 and len(missing.stderr.strip().splitlines()) == 1


def test_report_cli(run_cli, home, tmp_path):
    _seed(home)
    res = run_cli("duty", "report", "--half", "2026H1", "--json", "--pdf", str(tmp_path / "r.pdf"),
                  "--csv", str(tmp_path / "r.csv"))
    assert res.code == 0, res.stderr
    data = res.json()
    assert data["total"]["received"] == 1 and data["months"][2]["received"] == 1
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF")
    assert run_cli("duty", "report", "--half", "2026H3").code == 2


def test_leaders_without_configuration_is_explained(run_cli, home):
    _seed(home)
    res = run_cli("duty", "leaders", "--account", "vanthu@stp.gialai.gov.vn", "--uid", "5")
    assert res.code == 2 and "lãnh đạo" in res.stderr


def test_leader_account_is_read_only_on_the_command_line(run_cli, dovecot, imap_user):
    """A leader's login to the unit mailbox (account add --leader) reads but cannot register or forward."""
    from tests.support.duty_samples import incoming_mail

    address, password = imap_user
    added = run_cli("account", "add", "--email", address, "--imap", f"{dovecot.host}:{dovecot.imaps_port}",
                    "--cafile", str(dovecot.cafile), "--unit-mailbox", "--leader", "--password-stdin",
                    input=password + "\n")
    assert added.code == 0, added.stderr
    dovecot.append(address, password, "INBOX", incoming_mail(to=address))
    synced = run_cli("sync", "--account", address, "--json")
    assert synced.code == 0, synced.stderr
    listed = run_cli("list", "--account", address, "--folder", "INBOX", "--json").json()
    assert len(listed) == 1  # reading works
    uid = str(listed[0]["uid"])
    refused = run_cli("duty", "register", "add", "--account", address, "--uid", uid)
    assert refused.code == 3 and "chỉ được đọc" in refused.stderr
    forward = run_cli("duty", "leaders", "--account", address, "--uid", uid)
    assert forward.code == 3 and "Traceback" not in forward.stderr
