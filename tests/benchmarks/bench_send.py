"""Benchmark: sending through the outbox vs a bare smtplib loop, same servers, same run.

Starts a private Dovecot and Postfix (tests/support), then times
  (a) baseline: a bare smtplib loop, one verified STARTTLS connection + AUTH per message
      (what a minimal client does), no Sent copy;
  (a') the strongest bare baseline: one connection for all messages, no Sent copy;
  (b) the outbox: enqueue (policy checks, NFC, SQLite row) + flush (claim, submit,
      mark sent, APPEND the copy to Sent over IMAP);
  (c) enqueue alone (policy + compose + SQLite), the part the window waits for.
Prints messages/s and the ratios b/a and b/a'. Run: ``.venv/bin/python tests/benchmarks/bench_send.py [N]``
(default N=200; well under a minute here). Needs root (Postfix).
"""

from __future__ import annotations

import os
import shutil
import smtplib
import ssl
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]


def main(n: int) -> None:
    from tests.support.dovecot import start_dovecot
    from tests.support.postfix import start_postfix
    from tests.support.sending import count, make_account

    from thucongvu.accounts.credentials import CredentialStore
    from thucongvu.mail.compose import build_message, to_bytes
    from thucongvu.mail.outbox import Outbox
    from thucongvu.policy.admin import AdminPolicy
    from thucongvu.store.db import connect

    work = Path(tempfile.mkdtemp(prefix="tcv-bench-send-"))
    os.environ.setdefault("THUCONGVU_KEYRING", "vault")
    os.environ.setdefault("THUCONGVU_VAULT_PASSPHRASE", "bench")
    dv = start_dovecot(work / "dovecot")
    pf = start_postfix(work / "postfix", dv)
    try:
        home = work / "home"
        home.mkdir()
        conn = connect(home / "store.sqlite3")
        creds = CredentialStore(home)
        sender = make_account(conn, creds, dv, pf, "vanthu@so.gialai.gov.vn")
        rcpt = dv.add_user("giamdoc@so.gialai.gov.vn", "pw")

        def message(i):
            return build_message(sender=sender.email, to=rcpt, subject=f"Giấy mời họp số {i}",
                                 body="Kính mời đồng chí dự họp giao ban tuần.\n" * 20)

        ctx = ssl.create_default_context(cafile=str(pf.cafile))
        t0 = time.perf_counter()
        for i in range(n):
            with smtplib.SMTP(pf.host, pf.submission_port, timeout=30) as s:
                s.starttls(context=ctx)
                s.login(sender.email, "mat-khau-1")
                s.sendmail(sender.email, [rcpt], to_bytes(message(i)))
        bare = time.perf_counter() - t0
        t0 = time.perf_counter()
        with smtplib.SMTP(pf.host, pf.submission_port, timeout=30) as s:
            s.starttls(context=ctx)
            s.login(sender.email, "mat-khau-1")
            for i in range(n):
                s.sendmail(sender.email, [rcpt], to_bytes(message(i)))
        bare_one = time.perf_counter() - t0

        box = Outbox(conn, creds, policy=AdminPolicy())
        t0 = time.perf_counter()
        for i in range(n):
            box.enqueue(sender.email, message(i))
        enqueue = time.perf_counter() - t0
        t1 = time.perf_counter()
        done = box.flush()
        flush = time.perf_counter() - t1
        total = enqueue + flush
        assert len(done) == n and all(d.state == "sent" and d.saved_to_sent for d in done)
        mid = done[-1].message_id
        assert count(dv, sender.email, "mat-khau-1", mid, folder="Sent") == 1

        print(f"messages: {n}")
        print(f"(a) bare smtplib loop      : {bare:7.2f} s  {n / bare:7.1f} msg/s")
        print(f"(a') bare, one connection : {bare_one:7.2f} s  {n / bare_one:7.1f} msg/s")
        print(f"(b) outbox enqueue + flush : {total:7.2f} s  {n / total:7.1f} msg/s  (incl. Sent copy over IMAP)")
        print(f"(c) enqueue alone          : {enqueue:7.2f} s  {n / enqueue:7.1f} msg/s")
        print(f"ratio b/a: {total / bare:.2f}   ratio b/a': {total / bare_one:.2f} (b also APPENDs every copy to Sent)")
    finally:
        pf.stop()
        dv.stop()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
