"""Feedback the user sees: sync progress, the palette, the legacy-encoding notice."""

from __future__ import annotations

from PySide6.QtCore import Qt


def test_progress_bar_follows_sync_events(window, demo_services, qtbot):
    events = demo_services.events
    assert not window.progress.isVisible()
    events.publish("sync_started", "vanthu@gialai.gov.vn")  # delivered through the event loop
    qtbot.waitUntil(window.progress.isVisible)
    events.publish("sync_progress", "vanthu@gialai.gov.vn", "INBOX", 40, 100)
    qtbot.waitUntil(lambda: (window.progress.value(), window.progress.maximum()) == (40, 100))
    assert "INBOX" in window.statusBar().currentMessage()
    events.publish("sync_finished", "vanthu@gialai.gov.vn", None)
    qtbot.waitUntil(lambda: not window.progress.isVisible())
    events.publish("sync_failed", "vanthu@gialai.gov.vn", "Không kết nối được mail.gialai.gov.vn:993")
    qtbot.waitUntil(lambda: "Không kết nối được" in window.statusBar().currentMessage())


def test_events_from_a_worker_thread_arrive_on_the_gui_thread(window, demo_services, qtbot):
    import threading

    seen = []
    demo_services.bridge.new_mail.connect(lambda acc, n: seen.append(threading.current_thread() is threading.main_thread()))
    worker = threading.Thread(target=demo_services.events.publish, args=("new_mail", "a@gialai.gov.vn", 2))
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: seen == [True])


def test_dark_scheme_gets_a_dark_palette(qapp):
    from thucongvu.ui import palette

    original = qapp.palette()
    try:
        palette.apply(qapp, Qt.ColorScheme.Dark)
        assert palette.is_dark(qapp.palette())
        palette.apply(qapp, Qt.ColorScheme.Light)
        assert not palette.is_dark(qapp.palette())
    finally:
        qapp.setPalette(original)


def test_legacy_encoding_notice(window, qtbot):
    from dataclasses import replace

    area = window.show_area("mail")
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: area.reader.parsed is not None)
    reader = area.reader
    reader._loaded(reader.message_id, (reader.row, replace(reader.parsed, legacy_encoding="TCVN3")))
    assert reader.notice.isVisible() and "TCVN3" in reader.notice_text.text()
    assert not reader.remote_button.isVisible()


def test_events_queued_before_detach_are_dropped(window, demo_services, qtbot):
    got = []
    demo_services.bridge.new_mail.connect(lambda *a: got.append(a))
    demo_services.events.publish("new_mail", "a@gialai.gov.vn", 1)
    demo_services.bridge.detach()  # the store is about to close: a queued event must not reach it
    qtbot.wait(20)
    assert got == []
