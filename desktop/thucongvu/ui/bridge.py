"""Re-emits domain events (``thucongvu.events``) as Qt signals on the GUI thread (Electrum pattern).

Domain code publishes from any thread. The bridge relays each event to
itself through one queued signal, so its slot runs on the GUI thread, and
only there emits the public signal — directly, to slots that may touch
widgets. After ``detach()`` (the window is closing, the store about to close)
relays still in the queue are dropped instead of reaching a dead store.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal

from thucongvu.events import NAMES, Events


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
    folder_opened = Signal(str, str, bool)
    reminder_due = Signal(object)

    _relay = Signal(str, object)  # (event name, args) crossing to the GUI thread

    def __init__(self, events: Events, parent: QObject | None = None):
        super().__init__(parent)
        self.events = events
        self.attached = True
        self._relay.connect(self._dispatch, Qt.ConnectionType.QueuedConnection)
        self._handlers = []
        for name in NAMES:
            handler = (lambda *args, n=name: self._relay.emit(n, args) if self.attached else None)
            events.subscribe(name, handler)
            self._handlers.append((name, handler))

    def _dispatch(self, name: str, args: tuple) -> None:
        if self.attached:
            getattr(self, name).emit(*args)

    def detach(self) -> None:
        self.attached = False
        for name, handler in self._handlers:
            self.events.unsubscribe(name, handler)
        self._handlers.clear()
