"""Thunderbird/Outlook habits: Ctrl+N, Ctrl+R, Ctrl+Shift+R, Ctrl+L, Delete, F5 (Ctrl+Enter: test_compose)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def active(window, qtbot):
    area = window.show_area("mail")
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: area.reader.parsed is not None)
    qtbot.wait(30)  # let windows of earlier tests finish closing
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    area.list.setFocus()
    return window, area


@pytest.mark.parametrize("keys, mode", [
    ((Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier), "new"),
    ((Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier), "reply"),
    ((Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier), "reply_all"),
    ((Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier), "forward"),
])
def test_compose_shortcuts(active, qtbot, keys, mode):
    window, area = active
    qtbot.keyClick(area.list, *keys)
    for key in (Qt.Key.Key_Shift, Qt.Key.Key_Control):  # QTest leaves modifiers latched across tests
        qtbot.keyRelease(area.list, key)
    assert area.compose_windows, "no compose window opened"
    compose = area.compose_windows[-1]
    qtbot.addWidget(compose)
    assert compose.draft.mode == mode
    if mode == "reply":
        assert compose.subject.text().startswith("Re: ")
    compose.close()


def test_delete_removes_the_selected_message_only_from_the_list(active, qtbot):
    window, area = active
    before = area.model.rowCount()
    gone = area.current_message_id()
    area.search.setFocus()
    qtbot.keyClick(area.search, Qt.Key.Key_Delete)  # editing the search box never deletes mail
    assert area.model.rowCount() == before
    area.list.setFocus()
    qtbot.keyClick(area.list, Qt.Key.Key_Delete)
    assert area.model.rowCount() == before - 1
    assert gone not in area.model.ids


def test_f5_on_the_demo_store_explains(active, qtbot):
    window, area = active
    qtbot.keyClick(area.list, Qt.Key.Key_F5)
    assert "Dữ liệu mẫu" in window.statusBar().currentMessage()


def test_s_flags_and_unflags(active, qtbot):
    window, area = active
    row = area.list.currentIndex().row()
    before = area.model.message(row).flagged
    qtbot.keyClick(area.list, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: area.model.message(row).flagged is (not before))
    assert area.model.data(area.model.index(row, 0)) == ("★" if not before else "")
    qtbot.keyClick(area.list, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: area.model.message(row).flagged is before)
