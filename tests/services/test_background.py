"""Background sync loop (no Qt): events announced, failures reported, the loop survives them.

A fake mail service stands in for IMAP here; the real path (Dovecot, IDLE)
is proven in tests/ui/test_real_servers.py.
"""

from __future__ import annotations

import threading

from thucongvu.errors import NetworkError
from thucongvu.events import Events
from thucongvu.mail.service import SyncResult
from thucongvu.services.background import BackgroundSync


class FakeMail:
    def __init__(self, results):
        self.results = list(results)
        self.calls = 0

    def sync(self, email=None, progress=None, **_):
        self.calls += 1
        outcome = self.results.pop(0) if self.results else SyncResult()
        if isinstance(outcome, Exception):
            raise outcome
        progress("INBOX", 1, 2)
        return outcome


def _recorder(events):
    seen = []
    for name in ("sync_started", "sync_progress", "folder_did_sync", "sync_finished", "sync_failed", "new_mail"):
        events.subscribe(name, lambda *a, n=name: seen.append((n, *a)))
    return seen


def test_events_of_one_sync():
    events = Events()
    seen = _recorder(events)
    bg = BackgroundSync(FakeMail([SyncResult(messages=3, new=2)]), events, ["a@gialai.gov.vn"], idle=False)
    result = bg.sync_once("a@gialai.gov.vn")
    assert result.new == 2
    names = [s[0] for s in seen]
    assert names == ["sync_started", "sync_progress", "folder_did_sync", "new_mail", "sync_finished"]
    assert ("sync_progress", "a@gialai.gov.vn", "INBOX", 1, 2) in seen
    assert ("new_mail", "a@gialai.gov.vn", 2) in seen


def test_failures_are_reported_and_the_loop_goes_on():
    events = Events()
    seen = _recorder(events)
    second = threading.Event()
    events.subscribe("sync_finished", lambda *a: second.set())
    mail = FakeMail([NetworkError("Không kết nối được máy chủ", "Cannot connect"), SyncResult()])
    bg = BackgroundSync(mail, events, ["a@gialai.gov.vn"], interval=3600, idle=False)
    bg.start()
    try:
        bg.sync_now()  # F5 after the failure
        assert second.wait(5)
    finally:
        bg.stop()
    failed = [s for s in seen if s[0] == "sync_failed"]
    assert len(failed) == 1 and failed[0][1] == "a@gialai.gov.vn"
    assert failed[0][2] in ("Không kết nối được máy chủ", "Cannot connect")  # LANG decides the language
    assert mail.calls == 2
