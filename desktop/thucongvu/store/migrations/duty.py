"""Schema of the duty component: check log, mailbox marks, incoming register, forwards, report events.

Times are seconds since the epoch (UTC), like the mail tables. Register rows
are never deleted (a mistaken entry is marked ``status = 'huy'``): the yearly
number must never be reused, and ``duty_register_counters`` makes that hold
even if a row were removed by hand.
"""

MIGRATIONS = [
    """
    -- One row per reminder slot (a session's start or middle) that was shown or fulfilled.
    CREATE TABLE duty_checks (
        id INTEGER PRIMARY KEY,
        slot_at REAL NOT NULL UNIQUE,        -- the reminder time
        session_date TEXT NOT NULL,          -- YYYY-MM-DD (Vietnam time)
        session TEXT NOT NULL,               -- morning | afternoon
        slot INTEGER NOT NULL,               -- 0 = start of session, 1 = middle
        deadline REAL NOT NULL,              -- next reminder or session end: "on time" means before it
        reminded_at REAL,                    -- first shown to the user (NULL: checked before any reminder)
        snoozed_until REAL,
        checked_at REAL,                     -- unit mailbox synced AND opened after slot_at
        checked_by TEXT,
        account TEXT
    );
    CREATE INDEX duty_checks_by_date ON duty_checks(session_date);

    -- Reported by the mail service / window: the unit mailbox was synced or opened.
    CREATE TABLE duty_mailbox_marks (
        id INTEGER PRIMARY KEY,
        account TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('synced', 'opened')),
        at REAL NOT NULL,
        by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX duty_marks_by_account ON duty_mailbox_marks(account, kind, at);

    -- Sổ đăng ký văn bản đến.
    CREATE TABLE duty_register_counters (
        year INTEGER PRIMARY KEY,
        last INTEGER NOT NULL
    );
    CREATE TABLE duty_register (
        id INTEGER PRIMARY KEY,
        year INTEGER NOT NULL,
        number INTEGER NOT NULL,             -- số đến
        received_at REAL NOT NULL,           -- ngày đến
        sender TEXT NOT NULL DEFAULT '',     -- tác giả / cơ quan gửi
        doc_number TEXT NOT NULL DEFAULT '', -- số, ký hiệu
        doc_date TEXT NOT NULL DEFAULT '',   -- ngày văn bản, YYYY-MM-DD or ''
        summary TEXT NOT NULL DEFAULT '',    -- trích yếu
        recipient TEXT NOT NULL DEFAULT '',  -- người nhận / đơn vị nhận (forwarded to)
        status TEXT NOT NULL DEFAULT 'moi',  -- moi | da_chuyen | da_xu_ly | huy
        note TEXT NOT NULL DEFAULT '',
        account TEXT NOT NULL DEFAULT '',
        folder TEXT NOT NULL DEFAULT '',
        uid INTEGER,
        message_id TEXT,                     -- RFC 5322 Message-ID, to refuse double registration
        created_at REAL NOT NULL,
        created_by TEXT NOT NULL DEFAULT '',
        UNIQUE (year, number)
    );
    CREATE UNIQUE INDEX duty_register_once ON duty_register(account, message_id) WHERE message_id IS NOT NULL;

    -- "Chuyển lãnh đạo": each forwarded message, to whom, and how it went.
    CREATE TABLE duty_forwards (
        id INTEGER PRIMARY KEY,
        at REAL NOT NULL,
        account TEXT NOT NULL,
        folder TEXT NOT NULL,
        uid INTEGER NOT NULL,
        message_id TEXT,
        sha256 TEXT NOT NULL,                -- of the exact server bytes that were attached
        recipients TEXT NOT NULL,            -- comma-separated
        note TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL,                -- sent | queued
        outgoing_message_id TEXT,
        register_id INTEGER REFERENCES duty_register(id),
        by TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX duty_forwards_by_time ON duty_forwards(at);

    -- Events the usage report counts that no other table records (e.g. a signature verified).
    CREATE TABLE duty_events (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,                  -- verified | ...
        at REAL NOT NULL,
        account TEXT NOT NULL DEFAULT '',
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX duty_events_by_kind ON duty_events(kind, at);
    """,
    """
    -- The server's own verdict (RFC 4314 MYRIGHTS) on each folder, recorded at sync when it offers ACL:
    -- a shared unit mailbox a leader may only read is shown and treated read-only (duty.folder_rights).
    CREATE TABLE duty_folder_rights (
        folder_id INTEGER PRIMARY KEY REFERENCES folders(id) ON DELETE CASCADE,
        rights TEXT NOT NULL,
        read_only INTEGER NOT NULL,
        checked_at REAL NOT NULL
    );
    """,
]
