"""Schema of the outbox component: the persistent outbox and local drafts.

``outbox.state``: queued → sending → sent | failed | uncertain (see
thucongvu.mail.outbox for the exactly-once rules). ``phase`` records how far
the SMTP dialogue got while ``sending`` ("connect" or "data"), so a crash can
be judged on restart. ``raw`` is the exact wire form (CRLF); Bcc lives only in
``recipients`` (the envelope), never in ``raw``.
"""

MIGRATIONS: list = [
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL,                 -- sending account's address (accounts.email)
        message_id TEXT NOT NULL,
        subject TEXT NOT NULL DEFAULT '',
        mail_from TEXT NOT NULL,
        recipients TEXT NOT NULL,              -- JSON list: RFC 5321 envelope (To, Cc, Bcc)
        raw BLOB NOT NULL,
        state TEXT NOT NULL DEFAULT 'queued',  -- queued | sending | sent | failed | uncertain
        phase TEXT,                            -- while sending: connect | data
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt REAL NOT NULL DEFAULT 0,
        claimed_at REAL,
        last_error TEXT,
        refused TEXT NOT NULL DEFAULT '{}',    -- JSON {recipient: "550 reason"} when some were refused
        saved_to_sent INTEGER NOT NULL DEFAULT 0,
        created_at REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0),
        sent_at REAL
    );
    CREATE INDEX outbox_due ON outbox(state, next_attempt);

    CREATE TABLE drafts (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL,
        to_addrs TEXT NOT NULL DEFAULT '',
        cc_addrs TEXT NOT NULL DEFAULT '',
        bcc_addrs TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        in_reply_to TEXT,
        refs TEXT NOT NULL DEFAULT '',
        server_folder TEXT,                    -- where the server copy lives (RFC 6154 \\Drafts)
        server_uid INTEGER,
        server_uidvalidity INTEGER,
        updated_at REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0)
    );
    CREATE TABLE draft_attachments (
        id INTEGER PRIMARY KEY,
        draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        content_type TEXT NOT NULL DEFAULT '',
        data BLOB NOT NULL
    );
    """,
]
