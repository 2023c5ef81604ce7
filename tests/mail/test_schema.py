"""Mail schema migration 2 (FTS prefix indexes) keeps an existing index and its delete trigger."""

import sqlite3

from thucongvu.store.db import apply_migrations
from thucongvu.store.migrations import mail


def test_prefix_index_migration_keeps_rows_and_trigger():
    conn = sqlite3.connect(":memory:", isolation_level=None)
    apply_migrations(conn, [("mail", mail.MIGRATIONS[:1])])
    conn.execute("INSERT INTO accounts(email, imap_host, imap_port, username) VALUES ('a@x.gov.vn','h',1,'u')")
    conn.execute("INSERT INTO folders(account_id, name) VALUES (1, 'INBOX')")
    for uid in (1, 2):
        conn.execute("INSERT INTO messages(folder_id, uid, subject) VALUES (1, ?, 'Quyết định')", (uid,))
        conn.execute("INSERT INTO messages_fts(rowid, subject, addresses, body) VALUES (?, 'quyet dinh', '', '')",
                     (uid,))
    apply_migrations(conn, [("mail", mail.MIGRATIONS)])
    assert "prefix" in conn.execute("SELECT sql FROM sqlite_master WHERE name='messages_fts'").fetchone()[0]
    match = "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid"
    assert [r[0] for r in conn.execute(match, ('"qu"*',))] == [1, 2]
    conn.execute("DELETE FROM messages WHERE uid = 1")
    assert [r[0] for r in conn.execute(match, ('"quyet"* "di"*',))] == [2]
