"""Waiting for new mail on INBOX with IDLE (RFC 2177), on a connection of its own.

The server pushes ``EXISTS``/``EXPUNGE``/``FETCH`` while we wait; any of them
means "sync INBOX now". IDLE is restarted every few minutes (RFC 2177 §3
asks clients to re-issue it before 29 minutes; NAT boxes drop quiet
connections much sooner). Servers without IDLE are polled with NOOP.

Owns: one connection and the wait loop. Must not: touch the store; the
``on_change`` callback decides what to do. Blocks; runs on its own thread.
"""

from __future__ import annotations

import threading
import time

RESTART_SECONDS = 240
POLL_SECONDS = 60
_CHANGES = (b"EXISTS", b"EXPUNGE", b"FETCH", b"VANISHED", b"RECENT")


def _is_change(response) -> bool:
    return any(isinstance(part, bytes) and part.upper() in _CHANGES for part in response)


def wait_for_changes(client, folder: str, stop: threading.Event, on_change, *, check_seconds: float = 1.0) -> None:
    """Loop until ``stop`` is set, calling ``on_change(folder)`` when the server reports one."""
    client.select_folder(folder, readonly=True)
    if b"IDLE" not in set(client.capabilities()):
        while not stop.wait(POLL_SECONDS):
            if any(_is_change(r) for r in client.noop()[1]):
                on_change(folder)
        return
    while not stop.is_set():
        client.idle()
        started = time.monotonic()
        changed = False
        try:
            while not stop.is_set() and time.monotonic() - started < RESTART_SECONDS:
                responses = client.idle_check(timeout=check_seconds)
                if any(_is_change(r) for r in responses):
                    changed = True
                    break
        finally:
            client.idle_done()
        if changed:
            on_change(folder)
