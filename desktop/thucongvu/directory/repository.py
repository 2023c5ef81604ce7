"""Writing imported records into the store, and reading units and people back.

``ingest`` matches records against what is stored — units by the folded path
of their names, people by e-mail + folded name — so a re-import updates rows
instead of duplicating them; entries the same source listed before and no
longer lists are removed (the province republished its directory). All of it
in one transaction: a failure half-way leaves the directory as it was. Every
touched entry gets the source and the time of this import (provenance).
"""

from __future__ import annotations

import sqlite3
import time
from typing import Callable, Iterable

from thucongvu.directory import index
from thucongvu.directory.kinds import classify
from thucongvu.directory.model import ImportReport, Person, Record, Rejected, Unit
from thucongvu.store.db import transaction
from thucongvu.text.fold import fold

Progress = Callable[[int, int], None]


def unit_key(path: Iterable[str]) -> str:
    return "/".join(" ".join(fold(p).split()) for p in path)


def _better_name(old: str, new: str) -> bool:
    """Prefer "Sở Tài chính" over "SỞ TÀI CHÍNH" when both spellings occur."""
    return old != new and old.isupper() and not new.isupper()


class _Ingest:
    def __init__(self, conn: sqlite3.Connection, source: str, now: float, report: ImportReport):
        self.conn, self.source, self.now, self.report = conn, source, now, report
        self.units: dict[str, tuple[int, str]] = {}      # key -> (id, kind)
        self.touched_units: set[int] = set()
        self.touched_people: set[int] = set()
        self.new_units: set[int] = set()
        self.new_people: set[int] = set()

    def unit(self, path: tuple[str, ...]) -> int | None:
        parent_id, parent_kind = None, None
        for depth in range(1, len(path) + 1):
            key = unit_key(path[:depth])
            name = path[depth - 1]
            if key not in self.units:
                row = self.conn.execute("SELECT id, kind, name FROM dir_units WHERE key=?", (key,)).fetchone()
                if row:
                    if _better_name(row["name"], name):
                        self.conn.execute("UPDATE dir_units SET name=? WHERE id=?", (name, row["id"]))
                    self.units[key] = (row["id"], row["kind"])
                else:
                    kind = classify(name, parent_kind)
                    cur = self.conn.execute(
                        "INSERT INTO dir_units(parent_id, key, name, kind, source, imported_at) VALUES(?,?,?,?,?,?)",
                        (parent_id, key, name, kind, self.source, self.now))
                    self.units[key] = (cur.lastrowid, kind)
                    self.new_units.add(cur.lastrowid)
            parent_id, parent_kind = self.units[key]
            self.touched_units.add(parent_id)
        return parent_id

    def record(self, rec: Record) -> None:
        unit_id = self.unit(rec.unit_path) if rec.unit_path else None
        if not rec.name:
            sets = ["source=?", "imported_at=?"]
            args: list = [self.source, self.now]
            for column, value in (("email", rec.email), ("phone", rec.phone)):
                if value:                      # a row without them keeps what is known
                    sets.append(f"{column}=?")
                    args.append(value)
            self.conn.execute(f"UPDATE dir_units SET {', '.join(sets)} WHERE id=?", (*args, unit_id))
            return
        key = f"{rec.email}|{' '.join(fold(rec.name).split())}"
        row = self.conn.execute("SELECT id FROM dir_people WHERE key=?", (key,)).fetchone()
        values = (unit_id, rec.name, rec.position, rec.email, rec.phone, self.source, self.now)
        if row:
            self.conn.execute("UPDATE dir_people SET unit_id=?, name=?, position=?, email=?, phone=?, source=?, "
                              "imported_at=? WHERE id=?", (*values, row["id"]))
            self.touched_people.add(row["id"])
        else:
            cur = self.conn.execute("INSERT INTO dir_people(unit_id, name, position, email, phone, source, "
                                    "imported_at, key) VALUES(?,?,?,?,?,?,?,?)", (*values, key))
            self.touched_people.add(cur.lastrowid)
            self.new_people.add(cur.lastrowid)

    def finish(self, progress: Progress | None = None, done: int = 0) -> None:
        """Provenance of touched units, then the search index of every touched entry."""
        for uid in self.touched_units:
            self.conn.execute("UPDATE dir_units SET source=?, imported_at=? WHERE id=?", (self.source, self.now, uid))
        paths = index.unit_paths(self.conn)
        for uid in self.touched_units:
            index.put_unit(self.conn, self.conn.execute("SELECT * FROM dir_units WHERE id=?", (uid,)).fetchone(),
                           paths)
        n = len(self.touched_people)
        for i, pid in enumerate(self.touched_people, start=1):
            index.put_person(self.conn, self.conn.execute("SELECT * FROM dir_people WHERE id=?", (pid,)).fetchone(),
                             paths)
            if progress and (i % 500 == 0 or i == n):
                progress(done + done * i // n, 2 * done)      # second half of the bar: indexing
        r = self.report
        r.added = len(self.new_units) + len(self.new_people)
        r.updated = len(self.touched_units - self.new_units) + len(self.touched_people - self.new_people)


def ingest(conn: sqlite3.Connection, source: str, records: list[Record], rejected: list[Rejected],
           progress: Progress | None = None, now: float | None = None) -> ImportReport:
    """Store ``records`` from ``source``; all or nothing."""
    report = ImportReport(source=source, rejected=list(rejected))
    with transaction(conn):
        job = _Ingest(conn, source, time.time() if now is None else now, report)
        total = len(records)
        for i, rec in enumerate(records, start=1):
            job.record(rec)
            if progress and (i % 200 == 0 or i == total):
                progress(i, 2 * total)                      # first half: matching and writing rows
        job.finish(progress, total)
        if records:                                         # an empty read never empties the directory
            report.removed = _remove_stale(conn, source, job.now)
        if progress:
            progress(2 * total, 2 * total)
    report.rejected.sort(key=lambda r: r.row)
    return report


def _remove_stale(conn: sqlite3.Connection, source: str, now: float) -> int:
    """Entries this source gave before but no longer lists (a person who left, a merged unit).

    A unit still holding people or sub-units (perhaps from another source) stays.
    """
    removed = 0
    for (pid,) in conn.execute("SELECT id FROM dir_people WHERE source=? AND imported_at<>?", (source, now)).fetchall():
        conn.execute("DELETE FROM dir_people WHERE id=?", (pid,))
        index.drop(conn, "person", pid)
        removed += 1
    while True:
        stale = conn.execute(
            "SELECT id FROM dir_units u WHERE source=? AND imported_at<>? "
            "AND NOT EXISTS (SELECT 1 FROM dir_people p WHERE p.unit_id=u.id) "
            "AND NOT EXISTS (SELECT 1 FROM dir_units c WHERE c.parent_id=u.id)", (source, now)).fetchall()
        if not stale:
            return removed
        for (uid,) in stale:
            conn.execute("DELETE FROM dir_units WHERE id=?", (uid,))
            index.drop(conn, "unit", uid)
            removed += 1


def _unit(row, paths) -> Unit:
    return Unit(row["id"], row["name"], row["kind"], row["parent_id"], row["email"], row["phone"],
                row["source"], row["imported_at"], paths.get(row["id"], row["name"]))


def units(conn: sqlite3.Connection) -> list[Unit]:
    paths = index.unit_paths(conn)
    return [_unit(r, paths) for r in conn.execute("SELECT * FROM dir_units ORDER BY name")]


def people(conn: sqlite3.Connection, unit_id: int | None = None, ids: Iterable[int] | None = None,
           without_unit: bool = False, limit: int = -1) -> list[Person]:
    paths = index.unit_paths(conn)
    if without_unit:
        rows = conn.execute("SELECT * FROM dir_people WHERE unit_id IS NULL ORDER BY name LIMIT ?", (limit,))
    elif ids is not None:
        ids = list(ids)
        rows = conn.execute(f"SELECT * FROM dir_people WHERE id IN ({','.join('?' * len(ids))})", ids) if ids else []
    elif unit_id is not None:
        rows = conn.execute("SELECT * FROM dir_people WHERE unit_id=? ORDER BY id", (unit_id,))
    else:
        rows = conn.execute("SELECT * FROM dir_people ORDER BY id")
    return [Person(r["id"], r["name"], r["position"], r["unit_id"], paths.get(r["unit_id"], ""), r["email"],
                   r["phone"], r["source"], r["imported_at"]) for r in rows]


def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {"units": conn.execute("SELECT count(*) FROM dir_units").fetchone()[0],
            "people": conn.execute("SELECT count(*) FROM dir_people").fetchone()[0],
            "groups": conn.execute("SELECT count(*) FROM dir_groups").fetchone()[0],
            "without_unit": conn.execute("SELECT count(*) FROM dir_people WHERE unit_id IS NULL").fetchone()[0]}
