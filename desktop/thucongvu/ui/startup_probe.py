"""Start-up probe: with ``THUCONGVU_EXIT_AFTER_PAINT=1`` the app prints a marker once its main
window has painted for the first time, then quits.

Why: tests/benchmarks/bench_startup.py measures "cold start to a drawn main
window" of the packaged app and of the source tree from outside the process;
only the process itself knows when the first paint really happened. Without
the variable ``install`` does nothing and costs nothing (no Qt import either).
"""

from __future__ import annotations

import os
import time

ENV = "THUCONGVU_EXIT_AFTER_PAINT"
MARKER = "THUCONGVU_FIRST_PAINT"


def enabled() -> bool:
    return os.environ.get(ENV) == "1"


def install(app, window) -> None:
    """Watch ``window``'s first paint; report it on stdout and quit the event loop."""
    if not enabled():
        return
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QWidget

    class _FirstPaint(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) and obj.window() is window:
                app.removeEventFilter(self)
                # Let this paint and the backing-store flush finish before reporting.
                QTimer.singleShot(0, self.report)
            return False

        def report(self):
            print(f"{MARKER} cpu={time.process_time():.3f}", flush=True)
            app.quit()

    probe = _FirstPaint(app)
    app.installEventFilter(probe)
