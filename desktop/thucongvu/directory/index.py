"""The directory's full-text index (``dir_fts``): folded, abbreviation-expanded text.

One FTS5 row per person, unit and group, rowid = ``ref_of(kind, id)``. The
text is folded (thucongvu.text.fold, so đ → d) and carries the other spelling
of every abbreviation (abbrev.index_extra), so a query needs no rewriting:
``so tttt``, ``so tt&tt`` and ``so thong tin va truyen thong`` all match rows
written any of those ways. Columns are weighted in search.py.
"""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from thucongvu.directory.abbrev import index_extra, tokens
from thucongvu.directory.model import GROUP, PERSON, UNIT, ref_of

WEIGHTS = (10.0, 6.0, 3.0, 2.0, 4.0)   # name, alias, position, unit, email


@lru_cache(maxsize=8192)
def _t(text: str) -> str:
    return " ".join(tokens(text))


# positions and unit paths repeat for every person of a unit: fold and expand them once
_extra = lru_cache(maxsize=8192)(index_extra)


def _row(name: str, position: str, unit: str, email: str, aliases: str = "") -> tuple:
    alias = " ".join(x for x in (index_extra(name), _t(aliases), _extra(aliases)) if x)
    pos = " ".join(x for x in (_t(position), _extra(position)) if x)
    un = " ".join(x for x in (_t(unit), _extra(unit)) if x)
    return _t(name), alias, pos, un, _t(email.replace("@", " ").replace(".", " "))


def put(conn: sqlite3.Connection, kind: str, id_: int, name: str, position: str = "", unit: str = "",
        email: str = "", aliases: str = "") -> None:
    ref = ref_of(kind, id_)
    conn.execute("DELETE FROM dir_fts WHERE rowid=?", (ref,))
    conn.execute("INSERT INTO dir_fts(rowid, name, alias, position, unit, email) VALUES(?,?,?,?,?,?)",
                 (ref, *_row(name, position, unit, email, aliases)))


def drop(conn: sqlite3.Connection, kind: str, id_: int) -> None:
    conn.execute("DELETE FROM dir_fts WHERE rowid=?", (ref_of(kind, id_),))


def unit_paths(conn: sqlite3.Connection) -> dict[int, str]:
    """Every unit's display path ("UBND huyện Chư Păh › Phòng Nội vụ")."""
    rows = conn.execute("SELECT id, parent_id, name FROM dir_units").fetchall()
    parent = {r["id"]: r["parent_id"] for r in rows}
    name = {r["id"]: r["name"] for r in rows}
    cache: dict[int, str] = {}

    def path(uid: int, depth: int = 0) -> str:
        if uid in cache:
            return cache[uid]
        p = parent.get(uid)
        text = name[uid] if p is None or p not in name or depth > 20 else f"{path(p, depth + 1)} › {name[uid]}"
        cache[uid] = text
        return text

    return {uid: path(uid) for uid in name}


def paths_for(conn: sqlite3.Connection, unit_ids) -> dict[int, str]:
    """Display paths of a few units only (search results), walking up the tree."""
    known: dict[int, tuple[int | None, str]] = {}
    todo = {u for u in unit_ids if u is not None}
    for _ in range(20):
        todo -= known.keys()
        if not todo:
            break
        q = f"SELECT id, parent_id, name FROM dir_units WHERE id IN ({','.join('?' * len(todo))})"
        rows = conn.execute(q, list(todo)).fetchall()
        for r in rows:
            known[r["id"]] = (r["parent_id"], r["name"])
        todo = {r["parent_id"] for r in rows if r["parent_id"] is not None}

    def path(uid, depth=0) -> str:
        parent, name = known[uid]
        return f"{path(parent, depth + 1)} › {name}" if parent in known and depth < 20 else name

    return {u: path(u) for u in unit_ids if u in known}


def put_unit(conn, row, paths: dict[int, str]) -> None:
    parent = paths.get(row["parent_id"], "") if row["parent_id"] else ""
    put(conn, UNIT, row["id"], row["name"], "", parent, row["email"])


def put_person(conn, row, paths: dict[int, str]) -> None:
    put(conn, PERSON, row["id"], row["name"], row["position"], paths.get(row["unit_id"], ""), row["email"])


def put_group(conn, id_: int, name: str, aliases: list[str]) -> None:
    put(conn, GROUP, id_, name, aliases=" ".join(aliases))


def rebuild(conn: sqlite3.Connection) -> None:
    """Re-index everything (after a migration changes the index text)."""
    import json

    conn.execute("DELETE FROM dir_fts")
    paths = unit_paths(conn)
    for row in conn.execute("SELECT * FROM dir_units"):
        put_unit(conn, row, paths)
    for row in conn.execute("SELECT * FROM dir_people"):
        put_person(conn, row, paths)
    for row in conn.execute("SELECT * FROM dir_groups"):
        put_group(conn, row["id"], row["name"], json.loads(row["aliases"]))
