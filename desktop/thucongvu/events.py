"""App-wide domain events, listed in one place (Frescobaldi habit, Electrum pattern).

Plain Python, no Qt: domain code ``publish``es coarse events from any thread;
the window's bridge (``thucongvu.ui.bridge``) subscribes and re-emits them as
Qt signals on the GUI thread, so no handler ever touches a widget from a worker.

Events (name -> arguments):
  sync_started(account)                      a sync of this account began
  sync_progress(account, text, done, total)  progress of the running sync
  folder_did_sync(account, folder, changes)  a folder changed; changes = SyncResult-like or dict
  sync_finished(account, result)             a sync ended (result may be None)
  sync_failed(account, message)              a sync failed; message is for the user
  new_mail(account, count)                   new unseen messages arrived
  flags_changed(message_ids)                 seen/flagged changed locally
  outbox_changed()                           the outbox gained/lost a message
  accounts_changed()                         an account was added/removed/edited
  folder_opened(account, folder, unit)       the user opened a folder in the window (unit: unit mailbox)
  reminder_due(payload)                      duty: a reminder fired (duty helper)
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from typing import Any, Callable

log = logging.getLogger(__name__)

NAMES = (
    "sync_started", "sync_progress", "folder_did_sync", "sync_finished", "sync_failed",
    "new_mail", "flags_changed", "outbox_changed", "accounts_changed", "folder_opened", "reminder_due",
)


class Events:
    """A tiny thread-safe publish/subscribe hub. Subscribers must be quick."""

    def __init__(self) -> None:
        self._subs: dict[str, list[Callable[..., Any]]] = defaultdict(list)
        self._lock = threading.Lock()

    def subscribe(self, name: str, fn: Callable[..., Any]) -> None:
        with self._lock:
            self._subs[name].append(fn)

    def unsubscribe(self, name: str, fn: Callable[..., Any]) -> None:
        with self._lock:
            if fn in self._subs.get(name, []):
                self._subs[name].remove(fn)

    def publish(self, name: str, *args: Any) -> None:
        with self._lock:
            subs = list(self._subs.get(name, ()))
        for fn in subs:
            try:
                fn(*args)
            except Exception:  # one bad subscriber must not break the publisher
                log.exception("event handler for %s failed", name)
