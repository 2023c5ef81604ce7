"""Benchmark: IMAP sync against a private Dovecot, with baselines measured in the same run.

    .venv/bin/python tests/benchmarks/bench_sync.py [--n 20000] [--search-rows 100000]

Seeds N realistic Vietnamese official messages (every 5th with a PDF) straight
into a maildir, warms Dovecot's cache once, then times:
  (a) a bare imapclient loop: UID FLAGS INTERNALDATE RFC822.SIZE ENVELOPE
      BODYSTRUCTURE for every message, 1,000 per FETCH, into one SQLite table;
  (b) ``thucongvu sync --json`` full header sync (a fresh home, a subprocess);
  (c) a no-change resync (whole process), at N and at a 100-message mailbox;
  (d) search over the store padded with synthetic rows to --search-rows;
  (e) full offline download: a bare imapclient BODY.PEEK[] loop into SQLite
      vs ``thucongvu sync --bodies`` (bodies stored, text indexed).
Prints messages/s, ratios (target b/a ≤ 1.0, stretch 0.6; e ≤ 1.2) and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT), str(ROOT / "desktop")]

from tests.support import mailgen  # noqa: E402
from tests.support.dovecot import start_dovecot  # noqa: E402

ITEMS = ["UID", "FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE", "BODYSTRUCTURE"]


def run_cli(home: Path, *args: str, stdin: str | None = None) -> tuple[float, float, dict | str, float]:
    """Run the CLI; returns (wall seconds, peak RSS MB, parsed JSON, CPU seconds) of that one process."""
    env = dict(os.environ, THUCONGVU_HOME=str(home), THUCONGVU_KEYRING="vault",
               THUCONGVU_VAULT_PASSPHRASE="bench-passphrase", PYTHONPATH=str(ROOT / "desktop"),
               PYTHONPYCACHEPREFIX=str(home.parent / "pycache"))  # as installed: byte code cached
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, tempfile.TemporaryFile() as inp:
        inp.write(stdin.encode() if stdin else b"")
        inp.seek(0)
        started = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "thucongvu", *args], stdin=inp, stdout=out, stderr=err,
                                env=env)
        _, status, usage = os.wait4(proc.pid, 0)  # this child's own rusage
        took = time.perf_counter() - started
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    if proc.returncode != 0:
        raise SystemExit(f"thucongvu {' '.join(args)} failed ({proc.returncode}): {stderr.decode()}")
    try:
        doc = json.loads(stdout) if stdout.strip() else {}
    except json.JSONDecodeError:
        doc = stdout.decode()
    return took, usage.ru_maxrss / 1024, doc, usage.ru_utime + usage.ru_stime


def bare_headers(server, user, password, db_path: Path) -> tuple[float, float]:
    client = server.client(user, password)
    started, cpu = time.perf_counter(), time.process_time()
    client.select_folder("INBOX", readonly=True)
    uids = client.search("ALL")
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE m (uid INTEGER PRIMARY KEY, flags TEXT, internaldate TEXT, size INTEGER, "
               "subject BLOB, sender TEXT, message_id BLOB, bodystructure TEXT)")
    for i in range(0, len(uids), 1000):
        resp = client.fetch(uids[i:i + 1000], ITEMS)
        rows = []
        for uid, d in resp.items():
            env = d[b"ENVELOPE"]
            frm = env.from_[0] if env.from_ else None
            rows.append((uid, " ".join(f.decode() for f in d[b"FLAGS"]), str(d[b"INTERNALDATE"]),
                         d[b"RFC822.SIZE"], env.subject, f"{frm.mailbox!r}@{frm.host!r}" if frm else "",
                         env.message_id, repr(d[b"BODYSTRUCTURE"])))
        db.executemany("INSERT INTO m VALUES (?,?,?,?,?,?,?,?)", rows)
        db.commit()
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    db.close()
    client.logout()
    return took, cpu


def bare_bodies(server, user, password, db_path: Path) -> tuple[float, float]:
    client = server.client(user, password)
    started, cpu = time.perf_counter(), time.process_time()
    client.select_folder("INBOX", readonly=True)
    uids = client.search("ALL")
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE b (uid INTEGER PRIMARY KEY, raw BLOB)")
    for i in range(0, len(uids), 500):
        resp = client.fetch(uids[i:i + 500], ["BODY.PEEK[]"])
        db.executemany("INSERT INTO b VALUES (?,?)", [(uid, d[b"BODY[]"]) for uid, d in resp.items()])
        db.commit()
    took, cpu = time.perf_counter() - started, time.process_time() - cpu
    db.close()
    client.logout()
    return took, cpu


def warm(server, user, password) -> None:
    """Let Dovecot index the maildir and cache ENVELOPE/BODYSTRUCTURE before anything is timed."""
    from thucongvu.mail.wire import RawCommand

    client = server.client(user, password)
    client.select_folder("INBOX", readonly=True)
    for _ in RawCommand(client, b"UID FETCH 1:* (" + " ".join(ITEMS).encode() + b")"):
        pass
    client.logout()


def pad_for_search(home: Path, target: int) -> int:
    """Copy the synced rows into a synthetic folder until the store holds ``target`` messages."""
    db = sqlite3.connect(home / "thucongvu.sqlite3")
    have = db.execute("SELECT count(*) FROM messages").fetchone()[0]
    if have >= target:
        return have
    account = db.execute("SELECT id FROM accounts").fetchone()[0]
    db.execute("INSERT INTO folders(account_id, name) VALUES (?, 'Synthetic')", (account,))
    fid = db.execute("SELECT id FROM folders WHERE name='Synthetic'").fetchone()[0]
    base = db.execute("SELECT id FROM messages ORDER BY id").fetchall()
    cols = ("flags, seen, flagged, internal_date, size, date, subject, from_name, from_addr, to_addrs, cc_addrs, "
            "message_id, has_attachments, attachments, signed")
    uid = 0
    while have < target:
        batch = base[: target - have]
        for (mid,) in batch:
            uid += 1
            cur = db.execute(f"INSERT INTO messages(folder_id, uid, {cols}) SELECT ?, ?, {cols} FROM messages "
                             f"WHERE id=?", (fid, uid, mid))
            db.execute("INSERT INTO messages_fts(rowid, subject, addresses, body) SELECT ?, subject, addresses, "
                       "body FROM messages_fts WHERE rowid=?", (cur.lastrowid, mid))
        have += len(batch)
    db.commit()
    db.execute("INSERT INTO messages_fts(messages_fts) VALUES ('optimize')")
    db.commit()
    db.close()
    return have


def bench_search(home: Path) -> tuple[float, list[tuple[str, float, int]]]:
    from thucongvu.store.db import connect
    from thucongvu.store.messages import search

    conn = connect(home / "thucongvu.sqlite3")
    queries = ["quyet dinh", "Quyết định", "chuyển đổi số", "dong nai", "đăk đoa", "ke hoach 2026",
               "vanthu", "an toan thong tin", "giay moi hop", "so noi vu"]
    per = []
    for q in queries:
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            rows = search(conn, q, limit=50)
            runs.append(time.perf_counter() - t)
        per.append((q, min(runs), len(rows)))
    conn.close()
    return statistics.median(t for _, t, _ in per), per


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=20_000)
    ap.add_argument("--search-rows", type=int, default=100_000)
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()
    n = args.n
    work = Path(tempfile.mkdtemp(prefix="tcv-bench-"))
    server = start_dovecot(work / "dovecot")
    try:
        user = server.add_user("vanthu@gialai.gov.vn", "bench-pw")
        small = server.add_user("nho@gialai.gov.vn", "bench-pw")
        t = time.perf_counter()
        server.seed_maildir(user, "INBOX", mailgen.messages(n), seen_every=3)
        server.seed_maildir(small, "INBOX", mailgen.messages(100), seen_every=3)
        warm(server, user, "bench-pw")
        warm(server, small, "bench-pw")
        print(f"seeded {n} messages (+100) and warmed Dovecot in {time.perf_counter() - t:.1f} s")

        a, a_cpu = bare_headers(server, user, "bench-pw", work / "bare.sqlite3")
        print(f"(a) bare imapclient header loop:  {a:6.2f} s  {n / a:8.0f} msg/s  CPU {a_cpu:.2f} s")

        home = work / "home"
        home.mkdir()
        hostport = f"{server.host}:{server.imaps_port}"
        run_cli(home, "account", "add", "--email", user, "--imap", hostport, "--cafile", str(server.cafile),
                "--password-stdin", stdin="bench-pw\n")
        b, b_rss, doc, b_cpu = run_cli(home, "sync", "--json")
        assert doc["new"] == n, doc
        print(f"(b) thucongvu sync (headers):     {b:6.2f} s  {n / b:8.0f} msg/s  ratio b/a = {b / a:.2f} "
              f"(target ≤ 1.0, stretch ≤ 0.6)  CPU {b_cpu:.2f} s (ratio {b_cpu / a_cpu:.2f})  peak RSS {b_rss:.0f} MB")

        c_all = [run_cli(home, "sync", "--json") for _ in range(3)]
        c_runs = [r[0] for r in c_all]
        small_home = work / "home-small"
        small_home.mkdir()
        run_cli(small_home, "account", "add", "--email", small, "--imap", hostport, "--cafile",
                str(server.cafile), "--password-stdin", stdin="bench-pw\n")
        run_cli(small_home, "sync", "--json")
        c_small_all = [run_cli(small_home, "sync", "--json") for _ in range(3)]
        c_small = [r[0] for r in c_small_all]
        print(f"(c) no-change resync (process):   {statistics.median(c_runs):6.3f} s at {n}, "
              f"{statistics.median(c_small):.3f} s at 100 (target ≤ 0.3 s, flat); process CPU "
              f"{statistics.median(r[3] for r in c_all):.3f} s / {statistics.median(r[3] for r in c_small_all):.3f} s"
              f"; inside the process {statistics.median(r[2]['seconds'] for r in c_all):.3f} s")

        bodies_home = work / "home-bodies"
        os.system(f"cp -a {home} {bodies_home}")
        e_bare, e_bare_cpu = bare_bodies(server, user, "bench-pw", work / "bare-bodies.sqlite3")
        e, e_rss, doc, e_cpu = run_cli(bodies_home, "sync", "--bodies", "--json")
        print(f"(e) offline download: bare BODY.PEEK[] loop {e_bare:6.2f} s (CPU {e_bare_cpu:.2f} s); thucongvu sync --bodies "
              f"{e:6.2f} s  ratio {e / e_bare:.2f} (target ≤ 1.2)  CPU {e_cpu:.2f} s  peak RSS {e_rss:.0f} MB")

        total = pad_for_search(bodies_home, args.search_rows)
        med, per = bench_search(bodies_home)
        print(f"(d) search over {total} messages: median {med * 1000:.1f} ms (target ≤ 50 ms)")
        for q, t_, hits in per:
            print(f"      {q!r:28} {t_ * 1000:6.1f} ms  {hits} hits")
        t_cli = run_cli(bodies_home, "search", "quyet dinh", "--json")[0]
        print(f"    CLI process 'thucongvu search quyet dinh --json': {t_cli * 1000:.0f} ms")
    finally:
        server.stop()
        if not args.keep:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
        else:
            print("kept", work)


if __name__ == "__main__":
    main()
