"""The duty area in the window: reminder banner (snooze, open the unit mailbox, fulfilment), register, report."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QTableView

from tests.support.duty_samples import document_pdf, incoming_mail
from thucongvu.duty.schedule import VIETNAM_TZ

UNIT = "vanthu@stp.gialai.gov.vn"


class Clock:
    def __init__(self, when):
        self.now = when

    def __call__(self):
        return self.now


def prepare(conn):
    conn.execute("INSERT INTO accounts(id, email, imap_host, imap_port, username, unit_mailbox) "
                 "VALUES (1, ?, 'localhost', 1, 'u', 1)", (UNIT,))
    conn.execute("INSERT INTO folders(id, account_id, name, role, total) VALUES (1, 1, 'INBOX', 'inbox', 1)")
    conn.execute("INSERT INTO messages(id, folder_id, uid, subject, from_name, from_addr, message_id, date, "
                 "internal_date, has_attachments) VALUES (1, 1, 7, 'Công văn số 125/SNV-TCBC', 'Sở Nội vụ', "
                 "'sonv@gialai.gov.vn', '<a@gialai.gov.vn>', ?, ?, 1)",
                 (dt.datetime(2026, 3, 10, 8).timestamp(), dt.datetime(2026, 3, 10, 8).timestamp()))
    conn.execute("INSERT INTO bodies(message_id, raw, text) VALUES (1, ?, 'Kính gửi')",
                 (incoming_mail(pdf=document_pdf()),))


@pytest.fixture
def duty_window(store_services, qtbot):
    from thucongvu.ui.mainwindow import MainWindow

    services = store_services(prepare)
    services.duty_clock = Clock(dt.datetime(2026, 3, 10, 9, 40, tzinfo=VIETNAM_TZ))  # Tuesday, after 09:30
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    return win, services


def test_banner_snooze_open_and_fulfil(duty_window, qtbot):
    win, services = duty_window
    area = win.areas["duty"]
    banner = area.banner
    assert banner.isVisible()
    assert "09:30" in banner.label.text() and "giữa buổi" in banner.label.text()
    assert area.last_notification[0] == "Kiểm tra hộp thư đơn vị"  # tray notified once
    banner.snooze10.click()
    assert not banner.isVisible()
    services.duty_clock.now += dt.timedelta(minutes=11)
    area.reminders.check()
    assert banner.isVisible()
    banner.open_button.click()  # shows the unit inbox (counts as opened) …
    assert win.current_area() == "mail" and win.areas["mail"].current_folder_id() == 1
    assert banner.isVisible()  # … but not synced yet: still due
    services.events.publish("sync_finished", UNIT, None)
    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=3000)
    checks = win.show_area("duty").checks_page
    checks.first.setDate(dt.date(2026, 3, 10))
    checks.last.setDate(dt.date(2026, 3, 10))
    rows = checks.model.rows
    assert len(rows) == 1 and rows[0][2] == "Giữa buổi" and rows[0][8] == "Có"


def test_register_selected_message_and_report(duty_window, qtbot, tmp_path):
    win, services = duty_window
    mail = win.show_area("mail")
    mail.select_folder(1)
    mail.list.selectRow(0)
    area = win.show_area("duty")
    page = area.register_page
    page.year.setValue(2026)
    page.register_button.click()
    assert page.model.rowCount() == 1
    assert page.model.rows[0][:4] == [1, "10/03/2026", "SỞ NỘI VỤ", "125/SNV-TCBC"]
    area.tabs.setCurrentWidget(area.report_page)
    report = area.report_page
    report.period.setCurrentIndex(report.period.findData("2026H1"))
    assert report.model.rowCount() == 7 and report.model.rows[2][1] == 1  # March: one received
    series = report.chart_view.chart().series()
    assert len(series) == 1 and series[0].count() == 4
    win.grab().save(str(tmp_path / "duty.png"))


def test_demo_store_has_no_reminders(window):
    area = window.areas["duty"]
    assert not area.banner.isVisible()
    assert area.findChild(QTableView, "dutyRegisterTable") is not None
    assert area.findChild(QLabel, "dutyStatus") is not None


def test_edit_register_entry(duty_window, qtbot):
    from thucongvu.ui.duty.entry_dialog import EntryDialog

    win, services = duty_window
    mail = win.show_area("mail")
    mail.select_folder(1)
    mail.list.selectRow(0)
    page = win.show_area("duty").register_page
    page.year.setValue(2026)
    page.register_button.click()
    dialogs = []

    def factory(entry, parent):
        dialog = EntryDialog(entry, parent)
        assert dialog.doc_number.text() == "125/SNV-TCBC" and dialog.has_date.isChecked()
        dialog.recipient.setText("Giám đốc Sở")
        dialog.status.setCurrentIndex(dialog.status.findData("da_chuyen"))
        dialog.has_date.setChecked(False)
        dialog.exec = lambda: True  # the clerk pressed Save
        dialogs.append(dialog)
        return dialog

    page.edit(0, dialog_factory=factory)
    assert dialogs[0].values() == {"recipient": "Giám đốc Sở", "status": "da_chuyen", "doc_date": ""}
    row = page.model.rows[0]
    assert (row[0], row[4], row[6], row[7]) == (1, "", "Giám đốc Sở", "Đã chuyển")


def test_session_settings_dialog_saves_and_respects_admin_lock(duty_window, home):
    import json

    from thucongvu.ui.duty.settings_dialog import DutySettingsDialog

    win, services = duty_window
    page = win.show_area("duty").checks_page

    def factory(config, unit, parent):
        dialog = DutySettingsDialog(config, unit, parent)
        dialog.days[5].setChecked(True)                       # Saturdays too
        dialog.times["afternoon"][1].setTime(dialog.times["afternoon"][1].time().addSecs(-30 * 60))  # 16:30
        dialog.days_off.setText("2026-03-11")
        dialog.leaders.setText("giamdoc@stp.gialai.gov.vn, phogiamdoc@stp.gialai.gov.vn")
        dialog.exec = lambda: True
        return dialog

    page.open_settings(dialog_factory=factory)
    saved = json.loads((home / "duty.json").read_text(encoding="utf-8"))
    assert saved["weekdays"] == [0, 1, 2, 3, 4, 5] and saved["sessions"]["afternoon"] == ["13:30", "16:30"]
    duty = page.duty
    assert duty.leaders_for_message(1) == ["giamdoc@stp.gialai.gov.vn", "phogiamdoc@stp.gialai.gov.vn"]
    assert not duty.schedule.is_working_day(dt.date(2026, 3, 11))
    assert [s.to_json()["end"] for s in duty.schedule.sessions_on(dt.date(2026, 3, 14))] == ["11:30", "16:30"]

    from thucongvu.duty.config import DutyConfig

    locked = DutyConfig.from_mapping({"sessions": {"morning": ["07:00", "11:00"]}}, locked=frozenset({"sessions"}))
    dialog = DutySettingsDialog(locked, UNIT)
    assert not dialog.times["morning"][0].isEnabled() and dialog.days[0].isEnabled()
    assert "sessions" not in dialog.values()
