"""Mail area hooks other features use: folder_opened, open_unit_mailbox, leaders' read-only view, badges."""

from __future__ import annotations

from email.message import EmailMessage

from PySide6.QtWidgets import QLabel

from tests.support.bigmailbox import account_and_folder, add_raw


def test_opening_the_unit_mailbox_is_announced(window, demo_services, qtbot):
    area = window.show_area("mail")
    personal = next(f for f in demo_services.mailbox.folders() if not f.unit_mailbox and f.role == "inbox")
    area.select_folder(personal.id)
    qtbot.wait(10)  # let that folder's own announcement pass
    window.show_area("signatures")
    with qtbot.waitSignal(demo_services.bridge.folder_opened) as opened:
        assert area.open_unit_mailbox()
    account, folder, unit = opened.args
    assert (account, folder, unit) == ("stttt@gialai.gov.vn", "INBOX", True)
    assert window.current_area() == "mail"


def test_leader_view_never_deletes(store_services, qtbot):
    from thucongvu.ui.mainwindow import MainWindow

    def prepare(conn):
        folder = account_and_folder(conn, "stttt@gialai.gov.vn")
        conn.execute("UPDATE accounts SET role = 'leader'")
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = "snv@gialai.gov.vn", "stttt@gialai.gov.vn", "Công văn đến"
        msg.set_content("x")
        add_raw(conn, folder, [msg.as_bytes()])

    services = store_services(prepare)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    area = window.show_area("mail")
    area.list.selectRow(0)
    assert area.read_only and not area.actions.delete.isEnabled()
    area.delete_selected()
    assert area.model.rowCount() == 1
    assert area.actions.forward_unaltered.isEnabled()  # leaders and clerks may still forward


def test_features_can_add_badges_to_the_reader(window, qtbot):
    area = window.show_area("mail")
    shown = []
    area.reader.message_loaded.connect(lambda mid, parsed: shown.append((mid, parsed.subject)))
    badge = QLabel("Chữ ký hợp lệ")
    area.reader.add_badge(badge)
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: bool(shown))
    assert shown[0][1] == area.model.message(0).subject
    assert badge.isVisibleTo(window)
