"""The one background helper: run a function off the GUI thread, get the result on it.

``tasks.run(fn, *args, on_done=cb, on_error=eb)`` runs ``fn`` on a worker and
calls ``cb(result)`` or ``eb(exception)`` on the GUI thread via a Qt signal
(queued across threads). Lanes, as in Anki: ``"db"`` is a single worker so
store writes are serialised; ``"send"`` is the outbox's single worker (it owns
the outbox's connection); ``"net"`` has a few workers for network jobs.
Tests pass ``InlineExecutor`` so everything runs synchronously.
"""

from __future__ import annotations

import logging
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


class InlineExecutor(Executor):
    """Runs each job immediately in the caller's thread (for tests)."""

    def submit(self, fn, /, *args, **kwargs) -> Future:
        fut: Future = Future()
        try:
            fut.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # delivered to on_error like a real worker would
            fut.set_exception(exc)
        return fut

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        pass


class Tasks(QObject):
    # (on_done, on_error, result, error)
    _finished = Signal(object, object, object, object)
    # a job failed and nobody handles it: a message for the status bar
    failed = Signal(str)

    def __init__(self, executors: dict[str, Executor] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._executors = executors or {
            "db": ThreadPoolExecutor(max_workers=1, thread_name_prefix="tcv-db"),
            "send": ThreadPoolExecutor(max_workers=1, thread_name_prefix="tcv-send"),
            "net": ThreadPoolExecutor(max_workers=4, thread_name_prefix="tcv-net"),
        }
        self._finished.connect(self._deliver)
        self._closed = False

    @classmethod
    def inline(cls, parent: QObject | None = None) -> "Tasks":
        ex = InlineExecutor()
        return cls({"db": ex, "send": ex, "net": ex}, parent)

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, lane: str = "net") -> Future:
        """Runs ``fn(*args)`` off the GUI thread (the function must not touch widgets).

        After ``shutdown`` (the window is closing) new jobs are dropped: a result
        that was already queued may still ask for follow-up work, and there is
        nobody left to show it to.
        """
        if self._closed:
            fut: Future = Future()
            fut.cancel()
            return fut
        fut = self._executors[lane].submit(fn, *args)

        def done(f: Future) -> None:
            if self._closed:
                return
            exc = f.exception()
            self._finished.emit(on_done, on_error, None if exc else f.result(), exc)

        fut.add_done_callback(done)
        return fut

    def _deliver(self, on_done, on_error, result, error) -> None:
        if self._closed:  # queued before shutdown, delivered after: the widgets may be gone
            return
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                log.error("background job failed", exc_info=error)
                self.failed.emit(_message(error))
        elif on_done is not None:
            on_done(result)

    def shutdown(self) -> None:
        self._closed = True
        for ex in set(self._executors.values()):
            ex.shutdown(wait=False, cancel_futures=True)


def _message(error: BaseException) -> str:
    from thucongvu.errors import AppError
    from thucongvu.ui.i18n import english

    if isinstance(error, AppError):
        return error.message(english())
    return f"{type(error).__name__}: {error}"
