"""Opening the database and applying migrations.

Each component (mail, outbox, directory, duty, signatures) owns an ordered
list of migrations in ``store/migrations/<component>.py``; the version of each
is kept in ``schema_version`` so components evolve independently. One writer
connection per process; readers open their own connections (WAL lets them
read while the writer writes).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Callable, Iterable, Union

from thucongvu.store.migrations import COMPONENTS

Migration = Union[str, Callable[[sqlite3.Connection], None]]

_migrated: set[str] = set()
_migrate_lock = threading.Lock()


def connect(path: Path | str, *, migrate: bool = True) -> sqlite3.Connection:
    """A connection with the pragmas every user of the store relies on."""
    conn = sqlite3.connect(str(path), timeout=30, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    if str(path) != ":memory:":
        conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    if migrate:
        key = str(path)
        if key == ":memory:" or key not in _migrated:
            with _migrate_lock:
                apply_migrations(conn)
                if key != ":memory:":
                    _migrated.add(key)
    return conn


def apply_migrations(conn: sqlite3.Connection, components: Iterable[tuple[str, list]] | None = None) -> None:
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (component TEXT PRIMARY KEY, version INTEGER NOT NULL)")
    for name, migrations in components if components is not None else COMPONENTS:
        row = conn.execute("SELECT version FROM schema_version WHERE component=?", (name,)).fetchone()
        current = row[0] if row else 0
        for version, step in enumerate(migrations[current:], start=current + 1):
            with transaction(conn):
                if callable(step):
                    step(conn)
                else:
                    for statement in _statements(step):
                        conn.execute(statement)
                conn.execute(
                    "INSERT INTO schema_version(component, version) VALUES(?, ?) "
                    "ON CONFLICT(component) DO UPDATE SET version=excluded.version",
                    (name, version),
                )


def _statements(script: str) -> list[str]:
    """Split a migration script on complete statements (sqlite3.complete_statement)."""
    out, buf = [], ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out


class transaction:
    """``with transaction(conn):`` — BEGIN IMMEDIATE … COMMIT, ROLLBACK on error.

    IMMEDIATE takes the write lock up front, so two writers queue instead of
    failing half-way with SQLITE_BUSY.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def __enter__(self) -> sqlite3.Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")
