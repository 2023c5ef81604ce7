"""The window with real worker threads (not the inline executor): results come back on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt


def test_reader_and_sort_with_real_threads(home, qapp, qtbot):
    from thucongvu import services as services_mod
    from thucongvu.ui.context import UiServices
    from thucongvu.ui.mail.listmodel import Column
    from thucongvu.ui.mainwindow import MainWindow
    from thucongvu.ui.tasks import Tasks

    domain = services_mod.build(home, demo=True)
    services = UiServices(domain, tasks=Tasks())
    try:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        area = window.show_area("mail")
        qtbot.waitUntil(lambda: area.model.rowCount() == 7, timeout=5000)
        threads = []
        area.reader.message_loaded.connect(lambda *a: threads.append(threading.current_thread()))
        area.list.selectRow(2)
        qtbot.waitUntil(lambda: area.reader.parsed is not None, timeout=5000)
        assert threads == [threading.main_thread()]
        area.list.sortByColumn(Column.Subject, Qt.SortOrder.AscendingOrder)
        qtbot.waitUntil(lambda: not area.model.loading, timeout=5000)
        subjects = [area.model.message(r).subject.casefold() for r in range(7)]
        assert subjects == sorted(subjects)
        window.close()
    finally:
        services.close()
        domain.close()
