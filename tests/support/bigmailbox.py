"""Stores for window tests and benchmarks: a folder of N synthetic messages, or given raw messages.

``fill(conn, n)`` inserts N message rows (headers only, Vietnamese subjects,
dates spread over years) into one folder with executemany, fast enough for
100,000 rows in a couple of seconds. ``add_raw(conn, folder_id, raws)`` stores
real messages with bodies and the search index (thucongvu.demo.add_message).
"""

from __future__ import annotations

import random
import sqlite3

from thucongvu.store.db import transaction

SUBJECTS = ["Giấy mời họp", "Báo cáo tháng", "Công văn về việc", "Quyết định phân bổ", "Kế hoạch triển khai",
            "Thông báo kết luận", "Tờ trình đề nghị", "Đề nghị góp ý dự thảo"]
SENDERS = [("Văn phòng UBND tỉnh", "vanphong.ubnd@gialai.gov.vn"), ("Sở Nội vụ", "snv@gialai.gov.vn"),
           ("Sở Tài chính", "stc@gialai.gov.vn"), ("UBND huyện Chư Păh", "ubndchupah@gialai.gov.vn"),
           ("Trần Văn Bình", "tranvanbinh1980@gmail.com")]


# Accounts made here point at a closed loopback port: a test never reaches a real server by accident.
def account_and_folder(conn: sqlite3.Connection, email: str = "vanthu@gialai.gov.vn", folder: str = "INBOX",
                       *, unit: bool = True, imap: tuple[str, int] = ("127.0.0.1", 9)) -> int:
    with transaction(conn):
        row = conn.execute("SELECT id FROM accounts WHERE email = ?", (email,)).fetchone()
        if row is None:
            account_id = conn.execute(
                "INSERT INTO accounts(email, display_name, imap_host, imap_port, username, unit_mailbox) "
                "VALUES (?,?,?,?,?,?)", (email, "Văn thư", imap[0], imap[1], email, int(unit))).lastrowid
        else:
            account_id = row[0]
        return conn.execute("INSERT INTO folders(account_id, name, delimiter, role) VALUES (?,?,?,?)",
                            (account_id, folder, "/", "inbox" if folder == "INBOX" else None)).lastrowid


def fill(conn: sqlite3.Connection, folder_id: int, n: int, *, seed: int = 7) -> None:
    rnd = random.Random(seed)
    base = 1_600_000_000.0

    def rows():
        for uid in range(1, n + 1):
            name, addr = SENDERS[uid % len(SENDERS)]
            subject = f"{SUBJECTS[rnd.randrange(len(SUBJECTS))]} số {rnd.randrange(1, 9999)}/{uid}"
            date = base + rnd.randrange(0, 5 * 365 * 86400)
            seen = int(rnd.random() < 0.9)
            yield (folder_id, uid, "\\Seen" if seen else "", seen, date, date, rnd.randrange(800, 4_000_000),
                   subject, name, addr, "vanthu@gialai.gov.vn")

    with transaction(conn):
        conn.executemany(
            "INSERT INTO messages(folder_id, uid, flags, seen, internal_date, date, size, subject, from_name, "
            "from_addr, to_addrs) VALUES (?,?,?,?,?,?,?,?,?,?,?)", rows())


def add_raw(conn: sqlite3.Connection, folder_id: int, raws: list[bytes], *, seen: bool = False) -> list[int]:
    from thucongvu.demo import add_message

    ids = []
    with transaction(conn):
        start = conn.execute("SELECT coalesce(max(uid), 0) FROM messages WHERE folder_id = ?", (folder_id,)).fetchone()[0]
        for i, raw in enumerate(raws, start=start + 1):
            ids.append(add_message(conn, folder_id, i, raw, seen=seen))
    return ids
