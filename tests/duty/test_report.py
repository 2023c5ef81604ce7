"""The usage report's figures from a seeded store, and its CSV/PDF exports."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from thucongvu.duty.checklog import CheckLog
from thucongvu.duty.docinfo import DocInfo
from thucongvu.duty.register import IncomingRegister
from thucongvu.duty.reminders import ReminderEngine
from thucongvu.duty.report import Period, UsageReport, record_verified
from thucongvu.duty.schedule import VIETNAM_TZ, Schedule
from thucongvu.duty import report_export
from thucongvu.errors import UsageError

UNIT = "vanthu@stp.gialai.gov.vn"


def t(y, m, d, h=9, mi=0):
    return dt.datetime(y, m, d, h, mi, tzinfo=VIETNAM_TZ)


@pytest.fixture
def seeded(db):
    db.execute("INSERT INTO accounts(id, email, imap_host, imap_port, username, unit_mailbox) VALUES "
               "(1, ?, 'h', 993, 'u', 1), (2, 'canhan@stp.gialai.gov.vn', 'h', 993, 'u2', 0)", (UNIT,))
    db.execute("INSERT INTO folders(id, account_id, name, role) VALUES (1, 1, 'INBOX', 'inbox'), "
               "(2, 1, 'Sent', 'sent'), (3, 1, 'Trash', 'trash'), (4, 1, 'Lưu trữ', NULL), (5, 2, 'INBOX', 'inbox')")
    uid = iter(range(1, 10_000))

    def msg(folder, when, signed=0):
        db.execute("INSERT INTO messages(folder_id, uid, internal_date, signed) VALUES (?,?,?,?)",
                   (folder, next(uid), when.timestamp(), signed))

    for _ in range(5):
        msg(1, t(2026, 1, 15))            # January: 5 received in INBOX
    msg(1, t(2026, 1, 20), signed=1)      # + 1 signed
    msg(4, t(2026, 1, 21))                # + 1 in an archive folder (still received)
    msg(3, t(2026, 1, 22))                # trash: not counted
    msg(2, t(2026, 1, 23))                # 1 sent
    msg(2, t(2026, 1, 31, 23, 59))        # sent, last minute of January (Vietnam time)
    msg(1, t(2026, 2, 1, 0, 0), signed=1)  # first minute of February
    msg(5, t(2026, 3, 3))                 # personal mailbox: counted for the unit only without a filter
    msg(1, t(2026, 7, 1))                 # next half-year
    db.execute("INSERT INTO duty_forwards(at, account, folder, uid, sha256, recipients, status) VALUES "
               "(?, ?, 'INBOX', 1, 'x', 'ld@x.gov.vn', 'sent'), (?, ?, 'INBOX', 2, 'y', 'ld@x.gov.vn', 'queued')",
               (t(2026, 1, 16).timestamp(), UNIT, t(2026, 3, 2).timestamp(), UNIT))
    record_verified(db, t(2026, 1, 20, 10), UNIT, "125-SNV.pdf")
    record_verified(db, t(2026, 2, 2), UNIT)
    reg = IncomingRegister(db, lambda: t(2026, 2, 5))
    reg.register(DocInfo(summary="a", received_at=t(2026, 2, 4)))
    cancelled = reg.register(DocInfo(summary="b", received_at=t(2026, 2, 4)))
    reg.update(cancelled.id, status="huy")
    # Reminders in the week of 2–6 March 2026: the morning-start slot of Monday checked on time,
    # Tuesday's checked late (after the middle), the rest never.
    engine = ReminderEngine(Schedule(), CheckLog(db), watched=lambda: [UNIT], user="vt")
    engine.due(t(2026, 3, 2, 7, 31))
    engine.mark_opened(UNIT, t(2026, 3, 2, 7, 40))
    engine.mark_synced(UNIT, t(2026, 3, 2, 7, 41))
    engine.due(t(2026, 3, 3, 7, 31))
    engine.mark_opened(UNIT, t(2026, 3, 3, 9, 40))
    engine.mark_synced(UNIT, t(2026, 3, 3, 9, 41))  # fulfils the 09:30 slot, not the 07:30 one
    return db


def test_month_figures(seeded):
    report = UsageReport(seeded, clock=lambda: t(2026, 3, 6, 12, 0))
    jan = report.figures(Period.parse("2026-01"))
    assert (jan.received, jan.sent, jan.signed_received, jan.verified, jan.forwarded) == (7, 2, 1, 1, 1)
    feb = report.figures(Period.parse("2026-02"))
    assert (feb.received, feb.signed_received, feb.verified, feb.registered) == (1, 1, 1, 1)
    # Tết 16–20/2 has no sessions: February 2026 has 15 working days → 60 slots, none checked.
    assert (feb.reminder_slots, feb.reminders_on_time) == (60, 0)
    mar = report.figures(Period.parse("2026-03"))
    # 2–6 March until Friday noon: 4 full days × 4 slots + Friday's 2 morning slots.
    assert (mar.reminder_slots, mar.reminders_on_time, mar.forwarded, mar.received) == (18, 2, 1, 1)
    assert mar.on_time_ratio == pytest.approx(2 / 18)


def test_account_filter(seeded):
    report = UsageReport(seeded, clock=lambda: t(2026, 3, 6, 12, 0))
    assert report.figures(Period.parse("2026-03"), account=UNIT).received == 0
    assert report.figures(Period.parse("2026-03"), account="canhan@stp.gialai.gov.vn").received == 1


def test_half_year_breakdown_and_total(seeded):
    report = UsageReport(seeded, clock=lambda: t(2026, 3, 6, 12, 0))
    months, total = report.breakdown(Period.parse("2026H1"))
    assert [m.period.label for m in months] == [f"Tháng {i:02d}/2026" for i in range(1, 7)]
    assert total.received == sum(m.received for m in months) == 9
    assert total.sent == 2 and total.forwarded == 2 and total.verified == 2 and total.registered == 1
    assert months[3].reminder_slots == 0  # April is in the future for this clock
    h2, _ = report.breakdown(Period.parse("2026H2"))
    assert h2[0].received == 1


def test_verified_counts_the_signature_verdict_cache(seeded):
    # Same shape as the signatures component's table (store/migrations/signatures.py on that branch).
    seeded.execute("""CREATE TABLE IF NOT EXISTS signature_checks (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE, overall TEXT NOT NULL,
        signatures INTEGER NOT NULL DEFAULT 0, trust_epoch TEXT NOT NULL, report_json TEXT NOT NULL,
        checked_at REAL NOT NULL)""")
    signed = [r[0] for r in seeded.execute("SELECT id FROM messages WHERE signed = 1 ORDER BY id")]
    for mid, overall in zip(signed, ("valid", "unsigned")):
        seeded.execute("INSERT INTO signature_checks(message_id, overall, signatures, trust_epoch, report_json, "
                       "checked_at) VALUES (?, ?, 1, 'e', '{}', ?)", (mid, overall, t(2026, 2, 3).timestamp()))
    report = UsageReport(seeded, clock=lambda: t(2026, 3, 6, 12, 0))
    assert report.figures(Period.parse("2026-02")).verified == 1 + 1  # one recorded event + one valid verdict


@pytest.mark.parametrize("bad", ["2026H3", "2026-13", "H1", "26-01"])
def test_bad_period(bad):
    with pytest.raises(UsageError):
        Period.parse(bad)


def test_csv_and_pdf_exports(seeded, tmp_path):
    from pypdf import PdfReader

    report = UsageReport(seeded, clock=lambda: t(2026, 3, 6, 12, 0))
    months, total = report.breakdown(Period.parse("2026H1"))
    rows = list(csv.reader(io.StringIO(report_export.to_csv(months, total).decode("utf-8-sig"))))
    assert rows[0] == report_export.COLUMNS
    assert rows[1][:3] == ["Tháng 01/2026", "7", "2"] and rows[-1][0].startswith("Cộng")
    assert rows[3][-1] == "11.1"  # March: 2 of 18 on time
    out = tmp_path / "bao-cao.pdf"
    report_export.to_pdf(months, total, out, unit="Sở Tư pháp tỉnh Gia Lai")
    text = PdfReader(out).pages[0].extract_text()
    assert "BÁO CÁO TÌNH HÌNH SỬ DỤNG THƯ ĐIỆN TỬ CÔNG VỤ" in text
    assert "6 tháng đầu năm 2026" in text and "Sở Tư pháp tỉnh Gia Lai" in text
