"""Schema of the signatures component: verdicts cached per stored message.

The mail list shows a badge per signed message without re-verifying on every
paint. A verdict depends on the trust store too, so each row records the trust
store's fingerprint (``trust_epoch``); a changed store makes old rows stale.
"""

MIGRATIONS: list = [
    """
    CREATE TABLE signature_checks (
        message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,
        overall TEXT NOT NULL,          -- valid | invalid | modified | untrusted | expired | revoked | indeterminate | unsigned | error
        signatures INTEGER NOT NULL DEFAULT 0,
        trust_epoch TEXT NOT NULL,
        report_json TEXT NOT NULL,
        checked_at REAL NOT NULL DEFAULT ((julianday('now') - 2440587.5) * 86400.0)
    );
    """,
]
