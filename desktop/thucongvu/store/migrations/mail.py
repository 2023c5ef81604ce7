"""Schema of accounts, folders, messages, cached bodies and the search index.

Per folder we keep the IMAP sync state (RFC 3501 UIDVALIDITY/UIDNEXT, RFC 7162
HIGHESTMODSEQ). Bodies are the exact raw bytes the server holds: unaltered
forwarding and signature checks depend on that. ``messages_fts`` holds
*folded* text (see thucongvu.text.fold) with rowid = messages.id, because
SQLite's tokenizer does not fold đ → d.
"""

MIGRATIONS = [
    """
    CREATE TABLE accounts (
        id INTEGER PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        display_name TEXT NOT NULL DEFAULT '',
        imap_host TEXT NOT NULL,
        imap_port INTEGER NOT NULL,
        smtp_host TEXT,
        smtp_port INTEGER,
        security TEXT NOT NULL DEFAULT 'tls',          -- tls | starttls
        smtp_security TEXT NOT NULL DEFAULT 'starttls', -- tls | starttls
        username TEXT NOT NULL,
        cafile TEXT,                                    -- extra CA/cert trusted for this account
        pinned_sha256 TEXT,                             -- a certificate the user chose to trust
        unit_mailbox INTEGER NOT NULL DEFAULT 0,
        role TEXT NOT NULL DEFAULT 'owner',             -- owner | leader (read-only)
        sync_bodies INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0)
    );

    CREATE TABLE folders (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        delimiter TEXT,
        role TEXT,                 -- RFC 6154: inbox, sent, drafts, trash, junk, archive, all, flagged
        attributes TEXT NOT NULL DEFAULT '',
        uidvalidity INTEGER,
        uidnext INTEGER,
        highestmodseq INTEGER,
        total INTEGER NOT NULL DEFAULT 0,
        unseen INTEGER NOT NULL DEFAULT 0,
        last_sync REAL,
        UNIQUE (account_id, name)
    );

    CREATE TABLE messages (
        id INTEGER PRIMARY KEY,
        folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
        uid INTEGER NOT NULL,
        flags TEXT NOT NULL DEFAULT '',        -- space-separated, e.g. '\\Seen \\Flagged'
        seen INTEGER NOT NULL DEFAULT 0,
        flagged INTEGER NOT NULL DEFAULT 0,
        modseq INTEGER,
        internal_date REAL,
        size INTEGER,
        date REAL,                            -- Date: header, seconds since epoch (UTC)
        subject TEXT NOT NULL DEFAULT '',
        from_name TEXT NOT NULL DEFAULT '',
        from_addr TEXT NOT NULL DEFAULT '',
        to_addrs TEXT NOT NULL DEFAULT '',     -- 'Name <a@b>, …' decoded
        cc_addrs TEXT NOT NULL DEFAULT '',
        message_id TEXT,
        in_reply_to TEXT,
        refs TEXT,
        has_attachments INTEGER NOT NULL DEFAULT 0,
        attachments TEXT NOT NULL DEFAULT '[]', -- JSON [{name, type, size, part}]
        signed INTEGER NOT NULL DEFAULT 0,      -- S/MIME or a PDF attachment that may be signed
        UNIQUE (folder_id, uid)
    );
    CREATE INDEX messages_by_date ON messages(folder_id, date DESC, id DESC);
    CREATE INDEX messages_by_msgid ON messages(message_id);

    CREATE TABLE bodies (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
        raw BLOB NOT NULL,                     -- exactly the server's bytes (BODY.PEEK[])
        text TEXT NOT NULL DEFAULT '',         -- plain text for the index and the reader
        fetched_at REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0)
    );

    -- Local flag changes not yet written back (survive a dropped connection).
    CREATE TABLE pending_changes (
        id INTEGER PRIMARY KEY,
        message_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,
        folder_id INTEGER NOT NULL REFERENCES folders(id) ON DELETE CASCADE,
        uid INTEGER NOT NULL,
        action TEXT NOT NULL,                  -- add_flags | remove_flags | move | delete
        argument TEXT NOT NULL DEFAULT '',
        created_at REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0)
    );

    CREATE VIRTUAL TABLE messages_fts USING fts5(
        subject, addresses, body,
        tokenize = 'unicode61 remove_diacritics 2'
    );

    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        DELETE FROM messages_fts WHERE rowid = old.id;
    END;
    """,
    # 2: prefix indexes for the search box. Every query word is a prefix
    # ("quyet"* …, see text.fold.fts_query); FTS5 answers 2- and 3-letter
    # prefixes from their own index instead of expanding the term list
    # (~30 % faster over 100,000 messages). The trigger is recreated around
    # the swap because SQLite re-checks trigger bodies on RENAME.
    """
    DROP TRIGGER IF EXISTS messages_fts_delete;
    CREATE VIRTUAL TABLE messages_fts_v2 USING fts5(
        subject, addresses, body,
        tokenize = 'unicode61 remove_diacritics 2',
        prefix = '2 3'
    );
    INSERT INTO messages_fts_v2(rowid, subject, addresses, body)
        SELECT rowid, subject, addresses, body FROM messages_fts;
    DROP TABLE messages_fts;
    ALTER TABLE messages_fts_v2 RENAME TO messages_fts;
    CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN
        DELETE FROM messages_fts WHERE rowid = old.id;
    END;
    """,
    # 3: one index per sort order the message list offers (store/messages.ORDERS),
    # each led by folder_id and ending on id, so sorting 100,000 rows reads an
    # index instead of sorting in a temporary B-tree. The expressions must match
    # ORDERS exactly for SQLite to use them. The old date index is superseded.
    """
    DROP INDEX IF EXISTS messages_by_date;
    CREATE INDEX messages_order_date ON messages(folder_id, coalesce(date, internal_date, 0), id);
    CREATE INDEX messages_order_from ON messages(folder_id, coalesce(nullif(from_name, ''), from_addr) COLLATE NOCASE, id);
    CREATE INDEX messages_order_subject ON messages(folder_id, subject COLLATE NOCASE, id);
    CREATE INDEX messages_order_size ON messages(folder_id, size, id);
    """,
]
