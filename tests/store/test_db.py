import sqlite3

import pytest

from thucongvu.store.db import apply_migrations, connect, transaction


def test_migrations_are_recorded_and_idempotent(tmp_path):
    path = tmp_path / "s.sqlite3"
    conn = connect(path)
    versions = dict(conn.execute("SELECT component, version FROM schema_version").fetchall())
    assert versions["mail"] >= 1
    apply_migrations(conn)  # a second run changes nothing
    assert dict(conn.execute("SELECT component, version FROM schema_version").fetchall()) == versions
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_component_migrations_apply_in_order():
    conn = connect(":memory:", migrate=False)
    steps = ["CREATE TABLE t(a)", lambda c: c.execute("INSERT INTO t VALUES (1)")]
    apply_migrations(conn, [("x", steps)])
    apply_migrations(conn, [("x", steps + ["INSERT INTO t VALUES (2)"])])
    assert [r[0] for r in conn.execute("SELECT a FROM t")] == [1, 2]


def test_failed_migration_rolls_back():
    conn = connect(":memory:", migrate=False)
    with pytest.raises(sqlite3.OperationalError):
        apply_migrations(conn, [("x", ["CREATE TABLE t(a)", "INSERT INTO nowhere VALUES (1)"])])
    version = conn.execute("SELECT version FROM schema_version WHERE component='x'").fetchone()[0]
    assert version == 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name='t'").fetchone()[0] == 1


def test_transaction_rolls_back_on_error(tmp_path):
    conn = connect(tmp_path / "s.sqlite3")
    with pytest.raises(RuntimeError):
        with transaction(conn):
            conn.execute("INSERT INTO accounts(email, imap_host, imap_port, username) VALUES ('a@x.gov.vn','h',993,'a')")
            raise RuntimeError
    assert conn.execute("SELECT count(*) FROM accounts").fetchone()[0] == 0
