"""The background helper: results come back on the GUI thread, and nothing runs after shutdown."""

from __future__ import annotations

import threading


def test_result_arrives_on_the_gui_thread(qapp, qtbot):
    from thucongvu.ui.tasks import Tasks

    tasks = Tasks()
    seen = {}
    try:
        with qtbot.waitCallback() as done:
            tasks.run(lambda: threading.current_thread().name, lane="db",
                      on_done=lambda name: (seen.update(worker=name, gui=threading.current_thread().name), done()))
        assert seen["worker"].startswith("tcv-db") and seen["gui"] == threading.main_thread().name
    finally:
        tasks.shutdown()


def test_errors_go_to_on_error_or_the_failed_signal(qapp, qtbot):
    from thucongvu.errors import UsageError
    from thucongvu.ui.tasks import Tasks

    tasks = Tasks.inline()

    def boom():
        raise UsageError("Tệp hỏng", "Broken file")

    errors = []
    tasks.run(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1)
    with qtbot.waitSignal(tasks.failed) as blocker:
        tasks.run(boom)
    assert blocker.args == ["Tệp hỏng"]


def test_after_shutdown_jobs_are_dropped_and_late_results_not_delivered(qapp, qtbot):
    """A result queued before the window closed must not run follow-up work after it."""
    from thucongvu.ui.tasks import Tasks

    tasks = Tasks()
    release = threading.Event()
    delivered = []
    tasks.run(release.wait, 5, lane="db", on_done=delivered.append)
    tasks.shutdown()
    release.set()
    late = tasks.run(lambda: 1, lane="db", on_done=delivered.append)  # must not raise
    assert late.cancelled()
    qtbot.wait(200)
    assert delivered == []
