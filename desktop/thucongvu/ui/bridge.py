"""Re-emits domain events (``thucongvu.events``) as Qt signals (Electrum pattern).

Domain code publishes from worker threads; Qt queues a signal emitted from
another thread to receivers living on the GUI thread, so slots connected here
always run on the GUI thread and may touch widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from thucongvu.events import Events


class Bridge(QObject):
    sync_started = Signal(str)
    sync_progress = Signal(str, str, int, int)
    folder_did_sync = Signal(str, str, object)
    sync_finished = Signal(str, object)
    sync_failed = Signal(str, str)
    new_mail = Signal(str, int)
    flags_changed = Signal(object)
    outbox_changed = Signal()
    accounts_changed = Signal()
    reminder_due = Signal(object)

    def __init__(self, events: Events, parent: QObject | None = None):
        super().__init__(parent)
        self.events = events
        self._handlers = []
        for name in ("sync_started", "sync_progress", "folder_did_sync", "sync_finished", "sync_failed",
                     "new_mail", "flags_changed", "outbox_changed", "accounts_changed", "reminder_due"):
            signal = getattr(self, name)
            handler = signal.emit
            events.subscribe(name, handler)
            self._handlers.append((name, handler))

    def detach(self) -> None:
        for name, handler in self._handlers:
            self.events.unsubscribe(name, handler)
        self._handlers.clear()
