"""Mail schema migrations 2 (FTS prefix indexes) and 4 (dropped again) keep an existing index and its delete trigger."""

import sqlite3

from thucongvu.store.db import apply_migrations
from thucongvu.store.migrations import mail

MATCH = "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid"


def _fts_sql(conn) -> str:
    return conn.execute("SELECT sql FROM sqlite_master WHERE name='messages_fts'").fetchone()[0]


def test_fts_rebuilds_keep_rows_and_trigger():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    apply_migrations(conn, [("mail", mail.MIGRATIONS[:1])])
    conn.execute("INSERT INTO accounts(email, imap_host, imap_port, username) VALUES ('a@x.gov.vn','h',1,'u')")
    conn.execute("INSERT INTO folders(account_id, name) VALUES (1, 'INBOX')")
    for uid in (1, 2, 3):
        conn.execute("INSERT INTO messages(folder_id, uid, subject) VALUES (1, ?, 'Quyết định')", (uid,))
        conn.execute("INSERT INTO messages_fts(rowid, subject, addresses, body) VALUES (?, 'quyet dinh', '', "
                     "'dong nai')", (uid,))
    apply_migrations(conn, [("mail", mail.MIGRATIONS[:2])])
    assert "prefix" in _fts_sql(conn)
    conn.execute("DELETE FROM messages WHERE uid = 1")
    assert [r[0] for r in conn.execute(MATCH, ('"qu"*',))] == [2, 3]
    apply_migrations(conn, [("mail", mail.MIGRATIONS)])
    assert "prefix" not in _fts_sql(conn)
    assert [r[0] for r in conn.execute(MATCH, ('"qu"*',))] == [2, 3]
    conn.execute("DELETE FROM messages WHERE uid = 2")
    assert [r[0] for r in conn.execute(MATCH, ('"quyet"* "di"*',))] == [3]
    assert [r[0] for r in conn.execute(MATCH, ('"do"* "na"*',))] == [3]
