"""The main window on the demo store: its areas, in Vietnamese, state remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTableView


def test_three_areas_in_vietnamese(window):
    names = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert names == ["Hộp thư", "Danh bạ", "Kiểm tra chữ ký", "Sổ & nhắc việc"]
    assert window.windowTitle() == "Dữ liệu mẫu"  # shown as "Dữ liệu mẫu — Thư Công Vụ"
    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None and "Dữ liệu mẫu" in banner.text()


def test_no_area_is_a_placeholder(window):
    """Every area has landed: none may still show the "Sắp có" (coming) page."""
    for key in ("mail", "directory", "signatures"):
        area = window.show_area(key)
        assert window.stack.currentWidget() is area
        texts = " ".join(label.text() for label in area.findChildren(QLabel))
        assert "Sắp có" not in texts


def test_mail_area_lists_the_unit_inbox(window):
    area = window.show_area("mail")
    table = area.findChild(QTableView, "messageList")
    assert table.model().rowCount() == 7  # the unit mailbox's inbox in resources/sample
    subjects = [table.model().message(r).subject for r in range(7)]
    assert any("Giấy mời" in s for s in subjects)


def test_window_state_and_last_folder_are_remembered(demo_services, qtbot):
    from thucongvu.ui.mainwindow import MainWindow

    first = MainWindow(demo_services)
    qtbot.addWidget(first)
    first.resize(760, 560)
    first.show()
    area = first.show_area("mail")
    personal_inbox = [f for f in demo_services.mailbox.folders() if not f.unit_mailbox and f.role == "inbox"][0]
    area.select_folder(personal_inbox.id)
    area.split.setSizes([233, 500])
    first.show_area("signatures")
    first.save_state()
    first.close()

    second = MainWindow(demo_services)
    qtbot.addWidget(second)
    second.show()
    assert second.size() == first.size()
    assert second.current_area() == "signatures"
    mail = second.show_area("mail")
    assert mail.current_folder_id() == personal_inbox.id
    assert mail.model.rowCount() == personal_inbox.total
    assert mail.split.sizes()[0] == 233
