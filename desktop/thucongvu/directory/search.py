"""Search as you type over people, units and groups.

The query is folded and tokenised like the index (abbrev.tokens, so ``Sở
TT&TT`` becomes ``so tttt``); every token must match as a word prefix, in any
order and in any column. FTS5's bm25 with column weights (index.WEIGHTS:
the name counts most) gives a first order; the top candidates are re-ranked
so an entry whose *name* starts with the query, or holds every query word,
comes first. Rows are fetched only for the hits returned.
"""

from __future__ import annotations

import sqlite3

from thucongvu.directory import index
from thucongvu.directory.abbrev import tokens
from thucongvu.directory.model import GROUP, PERSON, UNIT, Entry, split_ref
from thucongvu.text.fold import fold

CANDIDATES = 4      # re-rank this many times the requested limit
SCAN_CAP = 3000     # a query matching more rows than this in other columns ranks the first SCAN_CAP only


def match_expression(query: str) -> str:
    return " ".join(f'"{t}"*' for t in tokens(query))


def search(conn: sqlite3.Connection, query: str, limit: int = 20, kinds: tuple[str, ...] | None = None
           ) -> list[Entry]:
    expr = match_expression(query)
    if not expr or limit <= 0:
        return []
    want = limit * CANDIDATES * (3 if kinds else 1)
    # names first: a narrow query that also ranks first; the whole row only when names are not enough
    rows = _candidates(conn, f"{{name alias}} : ({expr})", want)
    if len(rows) < want:
        seen = {r["rowid"] for r in rows}
        rows += [r for r in _candidates(conn, expr, want, SCAN_CAP) if r["rowid"] not in seen]
    qtoks = tokens(query)
    qtext = " ".join(qtoks)

    def rank(row) -> tuple:
        name = row["name"]
        words = name.split()
        in_name = all(any(w.startswith(t) for w in words) for t in qtoks)
        phrase = f" {qtext}" in f" {name} | {row['alias']}"
        return (not name.startswith(qtext), not phrase, not in_name, row["score"])

    rows.sort(key=rank)
    refs = [split_ref(r["rowid"]) for r in rows]
    if kinds:
        refs = [r for r in refs if r[0] in kinds]
    return load(conn, refs[:limit])


def _candidates(conn: sqlite3.Connection, expr: str, n: int, cap: int | None = None) -> list:
    """Best ``n`` rows by bm25; with ``cap``, among the first ``cap`` matches only.

    Ranking every match costs time linear in their number ("phó" matches half
    a province); a capped scan keeps typing fast, and the names-first pass
    has already found the entries whose names match.
    """
    weights = ", ".join(str(w) for w in index.WEIGHTS)
    select = f"SELECT rowid, name, alias, bm25(dir_fts, {weights}) AS score FROM dir_fts WHERE dir_fts MATCH ?"
    if cap is None:
        return conn.execute(f"{select} ORDER BY score LIMIT ?", (expr, n)).fetchall()
    rows = conn.execute(f"{select} LIMIT ?", (expr, cap)).fetchall()
    return sorted(rows, key=lambda r: r["score"])[:n]


def load(conn: sqlite3.Connection, refs: list[tuple[str, int]]) -> list[Entry]:
    """Entries for (kind, id) pairs, in the given order."""
    by_kind: dict[str, list[int]] = {PERSON: [], UNIT: [], GROUP: []}
    for kind, id_ in refs:
        by_kind[kind].append(id_)
    found: dict[tuple[str, int], Entry] = {}
    people = units = []
    if by_kind[PERSON]:
        q = f"SELECT * FROM dir_people WHERE id IN ({','.join('?' * len(by_kind[PERSON]))})"
        people = conn.execute(q, by_kind[PERSON]).fetchall()
    if by_kind[UNIT]:
        q = f"SELECT * FROM dir_units WHERE id IN ({','.join('?' * len(by_kind[UNIT]))})"
        units = conn.execute(q, by_kind[UNIT]).fetchall()
    paths = index.paths_for(conn, {r["unit_id"] for r in people} | {r["parent_id"] for r in units})
    for r in people:
        found[(PERSON, r["id"])] = Entry(PERSON, r["id"], r["name"], r["position"],
                                         paths.get(r["unit_id"], ""), r["email"], r["phone"])
    for r in units:
        found[(UNIT, r["id"])] = Entry(UNIT, r["id"], r["name"], "", paths.get(r["parent_id"], ""),
                                       r["email"], r["phone"])
    if by_kind[GROUP]:
        q = f"SELECT * FROM dir_groups WHERE id IN ({','.join('?' * len(by_kind[GROUP]))})"
        for r in conn.execute(q, by_kind[GROUP]):
            found[(GROUP, r["id"])] = Entry(GROUP, r["id"], r["name"])
    return [found[r] for r in refs if r in found]


def naive_search(rows: list[tuple[str, str]], query: str, limit: int = 20) -> list[str]:
    """Baseline for the benchmark: fold every row's text and scan (no index)."""
    qtoks = fold(query).split()
    hits = [key for key, text in rows if all(t in fold(text) for t in qtoks)]
    return hits[:limit]
