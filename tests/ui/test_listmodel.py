"""The message list model: ids in memory, rows paged from SQLite; 100,000 messages stay cheap."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.support.bigmailbox import account_and_folder, fill


@pytest.fixture
def big(tmp_path):
    from thucongvu.services.mailbox import Mailbox
    from thucongvu.store.db import connect

    conn = connect(tmp_path / "big.sqlite3")
    folder = account_and_folder(conn)
    fill(conn, folder, 100_000)
    yield Mailbox(conn), folder
    conn.close()


def test_model_contract_on_the_demo_store(demo_services, qtmodeltester):
    from thucongvu.ui.mail.listmodel import MessageListModel

    model = MessageListModel(demo_services.mailbox)
    inbox = [f for f in demo_services.mailbox.folders() if f.unit_mailbox and f.role == "inbox"][0]
    model.load_folder(inbox.id)
    assert model.rowCount() == inbox.total
    qtmodeltester.check(model, force_py=True)


def test_folder_model_contract(demo_services, qtmodeltester):
    from thucongvu.ui.mail.folders import UNREAD_ROLE, FolderModel

    model = FolderModel(demo_services.mailbox)
    qtmodeltester.check(model, force_py=True)
    unit = model.index(0, 0)
    assert "Hộp thư đơn vị" in unit.data() and "Hộp thư cá nhân" in model.index(1, 0).data()
    inbox = model.index(0, 0, unit)
    assert inbox.data().startswith("Hộp thư đến (") and inbox.data(UNREAD_ROLE) == 4


def test_hundred_thousand_rows_open_scroll_and_sort(big, qtbot):
    from PySide6.QtWidgets import QTableView

    from thucongvu.ui.mail.listmodel import PAGE, Column, MessageListModel

    mailbox, folder = big
    model = MessageListModel(mailbox)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(900, 600)
    view.show()
    model.load_folder(folder)
    assert model.rowCount() == 100_000
    qtbot.wait(10)
    opened = model.page_loads
    assert 1 <= opened <= 2  # only what the view shows was read

    view.scrollToBottom()
    qtbot.wait(10)
    last = model.message(99_999)
    assert last is not None and model.page_loads <= opened + 2
    dates = [model.message(r).date for r in (0, 50_000, 99_999)]
    assert dates == sorted(dates, reverse=True)  # newest first

    view.sortByColumn(Column.Subject, Qt.SortOrder.AscendingOrder)
    qtbot.wait(10)
    assert model.rowCount() == 100_000
    first, second = model.message(0).subject.casefold(), model.message(1).subject.casefold()
    assert first <= second
    assert model.message(99_999).subject.casefold() >= first
    assert len(model._pages) <= 64 and PAGE * 64 < 100_000  # the cache stays bounded


def test_search_is_diacritic_insensitive(window, qtbot):
    area = window.show_area("mail")
    area.search.setText("quyet dinh phan bo")
    area._apply_search()
    subjects = [area.model.message(r).subject for r in range(area.model.rowCount())]
    assert subjects and all("Quyết định" in s for s in subjects)
    area.search.setText("")
    area._apply_search()
    assert area.model.rowCount() == 7


def test_flag_change_repaints_one_row(window, qtbot):
    area = window.show_area("mail")
    model = area.model
    unread_row = next(r for r in range(model.rowCount()) if not model.message(r).seen)
    with qtbot.waitSignal(model.dataChanged) as blocker:
        area.list.selectRow(unread_row)
    top, bottom = blocker.args[0], blocker.args[1]
    assert top.row() == bottom.row() == unread_row
    assert model.message(unread_row).seen


def test_sorting_keeps_the_shown_message_selected(window, qtbot):
    from thucongvu.ui.mail.listmodel import Column

    area = window.show_area("mail")
    area.list.selectRow(3)
    qtbot.waitUntil(lambda: area.reader.parsed is not None)
    shown = area.current_message_id()
    area.list.sortByColumn(Column.Subject, Qt.SortOrder.AscendingOrder)
    row = area.list.currentIndex().row()
    assert area.model.id_at(row) == shown and area.selected_ids() == [shown]
