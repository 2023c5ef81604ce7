"""Storing bodies: exact bytes, text, References and the index's body column (in-memory store, no server)."""

from tests.support import mailgen
from thucongvu.mail.bodies import store_bodies
from thucongvu.store.db import connect
from thucongvu.store.messages import raw_body, search_ids

RAW = (b"From: a@gialai.gov.vn\r\nReferences: <1@gialai.gov.vn>\r\n\t<2@gialai.gov.vn>\r\n"
       b"Subject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
       + "Kế hoạch chuyển đổi số tỉnh Đồng Nai\r\n".encode())


def _store():
    conn = connect(":memory:")
    conn.execute("INSERT INTO accounts(id, email, imap_host, imap_port, username) "
                 "VALUES (1, 'a@gialai.gov.vn', 'h', 993, 'a')")
    conn.execute("INSERT INTO folders(id, account_id, name) VALUES (1, 1, 'INBOX')")
    for mid in (1, 2, 3):
        conn.execute("INSERT INTO messages(id, folder_id, uid, subject) VALUES (?, 1, ?, 'Giấy mời')", (mid, mid))
    # 1 and 3 were indexed by header sync; 2 comes from an older store without its index row
    conn.executemany("INSERT INTO messages_fts(rowid, subject, addresses, body) VALUES (?, 'giay moi', '', '')",
                     [(1,), (3,)])
    return conn


def test_bodies_stored_exactly_and_indexed_with_and_without_diacritics():
    conn = _store()
    other = mailgen.message(3)
    store_bodies(conn, [(1, RAW), (2, RAW), (3, other)])
    assert raw_body(conn, 1) == RAW and raw_body(conn, 2) == RAW and raw_body(conn, 3) == other
    for query in ("chuyen doi so", "Chuyển đổi SỐ", "dong nai"):
        assert sorted(search_ids(conn, query)) == [1, 2], query
    assert sorted(search_ids(conn, "giay moi")) == [1, 2, 3]  # the missing index row got its subject too
    assert conn.execute("SELECT refs FROM messages WHERE id=1").fetchone()[0] == "<1@gialai.gov.vn> <2@gialai.gov.vn>"
    assert conn.execute("SELECT refs FROM messages WHERE id=3").fetchone()[0] is None
    assert "Đồng Nai" in conn.execute("SELECT text FROM bodies WHERE message_id=2").fetchone()[0]
