"""Duty benchmarks: register numbering under contention, the usage report on a large store, legacy-text repair.

Run: ``PYTHONPATH=desktop:. python tests/benchmarks/bench_duty.py [--messages 100000]``.
Each figure is printed with a baseline measured in the same run:
- register: N entries by one writer vs the same N split over two processes (BEGIN IMMEDIATE serialises them);
  baseline = plain INSERTs of N rows in one transaction each;
- report: a half-year report over M messages vs one filtered COUNT scan of the same rows (the report
  makes ~4 such scans per month and for the total);
- legacy: repair() on a 20 KB TCVN3 mail body vs unicodedata.normalize on the same text.
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import textwrap
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]

from thucongvu.duty.docinfo import DocInfo  # noqa: E402
from thucongvu.duty.register import IncomingRegister  # noqa: E402
from thucongvu.duty.report import Period, UsageReport  # noqa: E402
from thucongvu.duty.schedule import VIETNAM_TZ  # noqa: E402
from thucongvu.store.db import connect, transaction  # noqa: E402
from thucongvu.text import legacy  # noqa: E402

WRITER = textwrap.dedent("""
    import sys, datetime as dt
    sys.path[:0] = [{desktop!r}, {root!r}]
    from thucongvu.store.db import connect
    from thucongvu.duty.register import IncomingRegister
    from thucongvu.duty.docinfo import DocInfo
    reg = IncomingRegister(connect(sys.argv[1]))
    for i in range(int(sys.argv[3])):
        reg.register(DocInfo(summary=sys.argv[2] + str(i)))
""")


def bench_register(n: int, tmp: Path) -> None:
    base = connect(tmp / "base.sqlite3")
    base.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)")
    t0 = time.perf_counter()
    for i in range(n):
        with transaction(base):
            base.execute("INSERT INTO t(v) VALUES (?)", (str(i),))
    baseline = time.perf_counter() - t0

    reg = IncomingRegister(connect(tmp / "one.sqlite3"))
    t0 = time.perf_counter()
    for i in range(n):
        reg.register(DocInfo(summary=str(i)))
    one = time.perf_counter() - t0

    path = tmp / "two.sqlite3"
    connect(path).close()
    script = tmp / "w.py"
    script.write_text(WRITER.format(desktop=str(ROOT / "desktop"), root=str(ROOT)))
    t0 = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, str(script), str(path), name, str(n // 2)]) for name in "ab"]
    for p in procs:
        p.wait()
    two = time.perf_counter() - t0
    numbers = sorted(e.number for e in IncomingRegister(connect(path)).entries(dt.date.today().year))
    assert numbers == list(range(1, 2 * (n // 2) + 1)), "numbering broke under contention"
    print(f"register: {n} entries  baseline insert {baseline:.3f}s  one writer {one:.3f}s ({one / baseline:.2f}x)  "
          f"two processes {two:.3f}s incl. start-up ({two / baseline:.2f}x)  numbers 1..{len(numbers)} intact")


def bench_report(m: int, tmp: Path) -> None:
    conn = connect(tmp / "report.sqlite3")
    conn.execute("INSERT INTO accounts(id, email, imap_host, imap_port, username, unit_mailbox) "
                 "VALUES (1, 'vt@x.gov.vn', 'h', 1, 'u', 1)")
    conn.execute("INSERT INTO folders(id, account_id, name, role) VALUES (1, 1, 'INBOX', 'inbox'), (2, 1, 'Sent', 'sent')")
    start = dt.datetime(2026, 1, 1, tzinfo=VIETNAM_TZ).timestamp()
    span = 181 * 86400
    with transaction(conn):
        conn.executemany("INSERT INTO messages(folder_id, uid, internal_date, signed) VALUES (?,?,?,?)",
                         ((1 + (i % 5 == 0), i, start + (i * 7919) % span, int(i % 13 == 0)) for i in range(m)))
    t0 = time.perf_counter()
    conn.execute("SELECT COUNT(*) FROM messages WHERE COALESCE(internal_date, date) >= ?", (start,)).fetchone()
    baseline = time.perf_counter() - t0
    report = UsageReport(conn, clock=lambda: dt.datetime(2026, 7, 1, tzinfo=VIETNAM_TZ))
    t0 = time.perf_counter()
    months, total = report.breakdown(Period.parse("2026H1"))
    took = time.perf_counter() - t0
    assert total.received + total.sent == m
    print(f"report: 2026H1 over {m} messages  baseline one filtered scan {baseline * 1000:.1f} ms  "
          f"report (6 months + total) {took * 1000:.1f} ms ({took / max(baseline, 1e-9):.1f}x)")


def bench_legacy() -> None:
    text = legacy.encode_tcvn3("Kính gửi các cơ quan, đơn vị trực thuộc tỉnh về việc triển khai kế hoạch. ") * 270
    t0 = time.perf_counter()
    for _ in range(20):
        unicodedata.normalize("NFC", text)
    baseline = (time.perf_counter() - t0) / 20
    t0 = time.perf_counter()
    for _ in range(20):
        fixed, kind = legacy.repair(text)
    took = (time.perf_counter() - t0) / 20
    assert kind == "TCVN3"
    print(f"legacy: repair() on {len(text) // 1024} KB TCVN3  baseline NFC {baseline * 1000:.2f} ms  "
          f"repair {took * 1000:.2f} ms ({took / baseline:.1f}x)")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=2000)
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as d:
        bench_register(args.entries, Path(d))
        bench_report(args.messages, Path(d))
    bench_legacy()


if __name__ == "__main__":
    main()
