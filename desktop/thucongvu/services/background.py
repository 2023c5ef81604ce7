"""Background sync and IDLE, so new mail appears without clicking. No Qt.

One sync thread per account runs every ``interval`` seconds or when woken
(F5, an IDLE notification); one IDLE thread per account holds its own IMAP
connection (RFC 2177) and wakes the sync when the server reports a change.
Results go out as events (``thucongvu.events``); the window's bridge turns
them into Qt signals. Each thread owns its connections (imapclient is not
thread-safe).
"""

from __future__ import annotations

import logging
import threading
from typing import Any

log = logging.getLogger(__name__)


class BackgroundSync:
    def __init__(self, mail: Any, events: Any, accounts: list[str], *, interval: float = 300.0,
                 idle: bool = True, retry: float = 60.0):
        self.mail = mail
        self.events = events
        self.accounts = list(accounts)
        self.interval = interval
        self.idle = idle
        self.retry = retry
        self._stop = threading.Event()
        self._wake = {a: threading.Event() for a in self.accounts}
        self._threads: list[threading.Thread] = []

    def start(self) -> None:
        for account in self.accounts:
            self._spawn(self._sync_loop, account, f"sync-{account}")
            if self.idle and hasattr(self.mail, "idle"):
                self._spawn(self._idle_loop, account, f"idle-{account}")

    def _spawn(self, target, account: str, name: str) -> None:
        thread = threading.Thread(target=target, args=(account,), name=name, daemon=True)
        thread.start()
        self._threads.append(thread)

    def sync_now(self, account: str | None = None) -> None:
        for name, event in self._wake.items():
            if account is None or name == account:
                event.set()

    def stop(self, timeout: float = 2.0) -> None:
        self._stop.set()
        for event in self._wake.values():
            event.set()
        for thread in self._threads:
            thread.join(timeout)

    # -- threads ------------------------------------------------------------------------
    def _sync_loop(self, account: str) -> None:
        wake = self._wake[account]
        while not self._stop.is_set():
            self.sync_once(account)
            wake.wait(self.interval)
            wake.clear()

    def sync_once(self, account: str) -> Any:
        """One sync of ``account``, announced through events. Runs on a worker thread."""
        from thucongvu.errors import AppError

        publish = self.events.publish
        publish("sync_started", account)

        def progress(*args: Any) -> None:
            text = " ".join(str(a) for a in args if isinstance(a, str)) or ""
            numbers = [a for a in args if isinstance(a, int)]
            done, total = (numbers + [0, 0])[:2]
            publish("sync_progress", account, text, done, total)

        try:
            result = self.mail.sync(email=account, progress=progress)
        except AppError as exc:
            publish("sync_failed", account, exc.message())
            return None
        except Exception as exc:  # keep the loop alive; the log has the details
            log.exception("sync of %s failed", account)
            publish("sync_failed", account, f"{type(exc).__name__}: {exc}")
            return None
        publish("folder_did_sync", account, "*", result)
        new = int(getattr(result, "new", 0) or 0)
        if new:
            publish("new_mail", account, new)
        publish("sync_finished", account, result)
        return result

    def _idle_loop(self, account: str) -> None:
        while not self._stop.is_set():
            try:
                self.mail.idle(account, self._stop, lambda *a, acc=account: self.sync_now(acc))
            except Exception:
                log.info("IDLE for %s ended; retrying", account, exc_info=True)
            self._stop.wait(self.retry)
