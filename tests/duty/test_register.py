"""The incoming register: yearly numbers never reused or skipped, pre-fill, roles, exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
import textwrap

import pytest

from tests.support.duty_samples import document_pdf, incoming_mail
from thucongvu.accounts.model import Account, Endpoint
from thucongvu.duty import register_export
from thucongvu.duty.docinfo import DocInfo
from thucongvu.duty.register import IncomingRegister
from thucongvu.duty.schedule import VIETNAM_TZ
from thucongvu.errors import PolicyError, UsageError
from thucongvu.store.db import connect

OFFICER = Account("vanthu@stp.gialai.gov.vn", Endpoint("localhost", 993), unit_mailbox=True)
LEADER = Account("vanthu@stp.gialai.gov.vn", Endpoint("localhost", 993), unit_mailbox=True, role="leader")


def clock(y, m, d):
    return lambda: dt.datetime(y, m, d, 9, 0, tzinfo=VIETNAM_TZ)


def test_one_click_registration_prefilled(db):
    reg = IncomingRegister(db, clock(2026, 3, 10))
    entry = reg.register_raw(incoming_mail(pdf=document_pdf()), account=OFFICER, folder="INBOX", uid=7, by="Văn thư")
    assert (entry.year, entry.number) == (2026, 1)
    assert (entry.sender, entry.doc_number, entry.doc_date) == ("SỞ NỘI VỤ", "125/SNV-TCBC", "2026-03-10")
    assert entry.summary == "triển khai thư điện tử công vụ năm 2026"
    assert entry.received_at.date() == dt.date(2026, 3, 10)
    assert (entry.account, entry.folder, entry.uid, entry.status) == (OFFICER.email, "INBOX", 7, "moi")


def test_numbers_sequential_per_year_and_survive_restart(tmp_path):
    path = tmp_path / "s.sqlite3"
    conn = connect(path)
    reg = IncomingRegister(conn, clock(2026, 12, 31))
    assert [reg.register(DocInfo(summary=f"vb {i}")).number for i in range(3)] == [1, 2, 3]
    conn.close()
    conn = connect(path)  # the app restarted
    reg = IncomingRegister(conn, clock(2026, 12, 31))
    assert reg.register(DocInfo(summary="vb 4")).number == 4
    reg.clock = clock(2027, 1, 2)  # a new year starts again at 1
    assert reg.register(DocInfo(summary="năm mới")).number == 1
    assert [e.number for e in reg.entries(2026)] == [1, 2, 3, 4]
    # Even a row deleted behind the app's back never gives its number out again.
    conn.execute("DELETE FROM duty_register WHERE year = 2027 AND number = 1")
    assert reg.register(DocInfo(summary="sau")).number == 2
    conn.close()


def test_double_registration_refused_and_nothing_consumed(db):
    reg = IncomingRegister(db, clock(2026, 3, 10))
    raw = incoming_mail()
    reg.register_raw(raw, account=OFFICER)
    with pytest.raises(UsageError, match="đã vào sổ"):
        reg.register_raw(raw, account=OFFICER)
    assert reg.register_raw(incoming_mail(), account=OFFICER).number == 2


def test_leader_cannot_register_or_edit(db):
    reg = IncomingRegister(db, clock(2026, 3, 10))
    with pytest.raises(PolicyError):
        reg.register_raw(incoming_mail(), account=LEADER)
    entry = reg.register_raw(incoming_mail(), account=OFFICER)
    with pytest.raises(PolicyError):
        reg.update(entry.id, account=LEADER, status="da_xu_ly")
    assert entry.number == 1


def test_update_fields_but_never_the_number(db):
    reg = IncomingRegister(db, clock(2026, 3, 10))
    entry = reg.register(DocInfo(summary="a"))
    entry = reg.update(entry.id, account=OFFICER, recipient="Giám đốc Sở", status="da_chuyen", note="gấp")
    assert (entry.recipient, entry.status, entry.note, entry.number) == ("Giám đốc Sở", "da_chuyen", "gấp", 1)
    with pytest.raises(UsageError):
        reg.update(entry.id, number=5)
    with pytest.raises(UsageError):
        reg.update(entry.id, status="lost")


WRITER = textwrap.dedent("""
    import datetime as dt, sys, time
    sys.path.insert(0, {desktop!r}); sys.path.insert(0, {root!r})
    from thucongvu.store.db import connect
    from thucongvu.duty.register import IncomingRegister
    from thucongvu.duty.docinfo import DocInfo
    from thucongvu.duty.schedule import VIETNAM_TZ
    conn = connect(sys.argv[1])
    reg = IncomingRegister(conn, lambda: dt.datetime(2026, 5, 4, 8, 0, tzinfo=VIETNAM_TZ))
    sys.stdout.write("ready\\n"); sys.stdout.flush(); sys.stdin.readline()
    for i in range(int(sys.argv[3])):
        reg.register(DocInfo(summary=sys.argv[2] + str(i), message_id="<" + sys.argv[2] + str(i) + "@x>"))
        time.sleep(0.005)  # a clerk's pace: keeps both writers active over the same stretch of time
""")


def test_two_concurrent_writer_processes(tmp_path):
    from tests.conftest import DESKTOP, ROOT

    path = tmp_path / "shared.sqlite3"
    connect(path).close()
    script = tmp_path / "writer.py"
    script.write_text(WRITER.format(desktop=str(DESKTOP), root=str(ROOT)), encoding="utf-8")
    procs = [subprocess.Popen([sys.executable, str(script), str(path), name, "60"], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True) for name in ("a", "b")]
    for p in procs:
        assert p.stdout.readline().strip() == "ready"
    for p in procs:  # release both at once
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        assert p.wait(timeout=120) == 0
    entries = IncomingRegister(connect(path)).entries(2026)
    assert sorted(e.number for e in entries) == list(range(1, 121))
    assert len({e.message_id for e in entries}) == 120
    # Both writers really interleaved (otherwise this test would prove nothing about concurrency).
    order = "".join(e.summary[0] for e in entries)
    assert "ab" in order or "ba" in order


def test_register_stored_message_from_the_mail_store(db):
    db.execute("INSERT INTO accounts(id, email, imap_host, imap_port, username, unit_mailbox) "
               "VALUES (1, 'vanthu@stp.gialai.gov.vn', 'h', 993, 'u', 1)")
    db.execute("INSERT INTO folders(id, account_id, name) VALUES (1, 1, 'INBOX')")
    db.execute("INSERT INTO messages(id, folder_id, uid, subject, from_name, from_addr, message_id, internal_date) "
               "VALUES (1, 1, 41, 'Giấy mời số 8/GM-SNV ngày 02/03/2026 V/v họp giao ban', 'Sở Nội vụ', "
               "'sonv@gialai.gov.vn', '<gm8@gialai.gov.vn>', ?)", (dt.datetime(2026, 3, 2, 14, 0).timestamp(),))
    raw = incoming_mail(pdf=document_pdf(number="9/SNV-VP"))
    db.execute("INSERT INTO messages(id, folder_id, uid, subject, message_id) VALUES (2, 1, 42, 'x', '<p@x>')")
    db.execute("INSERT INTO bodies(message_id, raw) VALUES (2, ?)", (raw,))
    reg = IncomingRegister(db, clock(2026, 3, 10))
    first = reg.register_stored(1, OFFICER)
    assert (first.doc_number, first.doc_date, first.summary, first.sender) == (
        "8/GM-SNV", "2026-03-02", "họp giao ban", "Sở Nội vụ")
    assert (first.folder, first.uid, first.number) == ("INBOX", 41, 1)
    second = reg.register_stored(2, OFFICER)
    assert (second.doc_number, second.number) == ("9/SNV-VP", 2)
    with pytest.raises(UsageError):
        reg.register_stored(99, OFFICER)


def test_exports_csv_and_xlsx(db, tmp_path):
    from openpyxl import load_workbook

    reg = IncomingRegister(db, clock(2026, 3, 10))
    reg.register_raw(incoming_mail(pdf=document_pdf()), account=OFFICER)
    reg.register(DocInfo(sender="UBND huyện Chư Păh", doc_number="3/UBND", summary="Báo cáo quý I"))
    entries = reg.entries(2026)
    rows = list(csv.reader(io.StringIO(register_export.to_csv(entries).decode("utf-8-sig"))))
    assert rows[0] == register_export.COLUMNS
    assert rows[1][:6] == ["1", "10/03/2026", "SỞ NỘI VỤ", "125/SNV-TCBC", "10/03/2026",
                           "triển khai thư điện tử công vụ năm 2026"]
    assert rows[2][2] == "UBND huyện Chư Păh" and rows[2][4] == ""
    out = tmp_path / "so-den.xlsx"
    register_export.to_xlsx(entries, out, 2026, unit="Sở Tư pháp")
    ws = load_workbook(out).active
    assert ws["A1"].value == "SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM 2026 — Sở Tư pháp"
    assert [c.value for c in ws[2]] == register_export.COLUMNS
    assert [c.value for c in ws[4]][:4] == [2, "10/03/2026", "UBND huyện Chư Păh", "3/UBND"]
