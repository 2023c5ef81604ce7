"""Named recipient groups: rules over the unit tree, editable by the user.

A rule is a small JSON object; its parts are united:

- ``{"unit_kinds": ["department"]}`` — the mailboxes of every unit of those
  kinds (see kinds.py);
- ``{"people": {"unit_kinds": [...], "positions": ["chu tich", ...]}}`` —
  people of units of those kinds whose position (folded, abbreviations
  expanded) starts with one of the positions;
- ``{"units": ["Sở Tài chính", ...]}`` — named units' mailboxes;
- ``{"emails": ["a@x.gov.vn"]}`` — fixed addresses.

The defaults are the lines that recur in the "Nơi nhận" of provincial
documents; they are seeded by a migration and can be edited or removed.
"""

from __future__ import annotations

import json
import sqlite3

from thucongvu.directory import index, kinds
from thucongvu.directory.abbrev import expand, tokens
from thucongvu.directory.model import Entry, GROUP, PERSON, UNIT, Group
from thucongvu.store.db import transaction
from thucongvu.text.fold import fold

DEFAULT_GROUPS: list[tuple[str, dict, list[str]]] = [
    ("Các sở, ban, ngành tỉnh", {"unit_kinds": [kinds.DEPARTMENT]},
     ["Các sở, ban, ngành", "Sở, ban, ngành tỉnh", "Các sở, ban, ngành thuộc tỉnh",
      "Các cơ quan chuyên môn thuộc UBND tỉnh", "Các sở, ban, ngành, đơn vị thuộc tỉnh"]),
    ("UBND các huyện, thị xã, thành phố", {"unit_kinds": [kinds.DISTRICT]},
     ["UBND các huyện, TX, TP", "UBND huyện, thị xã, thành phố", "UBND các huyện, thị xã, thành phố thuộc tỉnh",
      "UBND các huyện, thị xã, thành phố trong tỉnh", "UBND các huyện, TX, TP thuộc tỉnh"]),
    ("UBND các xã, phường, thị trấn", {"unit_kinds": [kinds.COMMUNE]},
     ["UBND xã, phường, thị trấn", "UBND các xã, phường, thị trấn trong tỉnh"]),
    ("Thường trực HĐND tỉnh", {"people": {"unit_kinds": [kinds.PROVINCE_COUNCIL],
                                          "positions": ["chu tich", "pho chu tich", "uy vien thuong truc"]}},
     ["TT HĐND tỉnh", "Thường trực Hội đồng nhân dân tỉnh"]),
    ("Chủ tịch, các Phó Chủ tịch UBND tỉnh", {"people": {"unit_kinds": [kinds.PROVINCE_COMMITTEE],
                                                         "positions": ["chu tich", "pho chu tich"]}},
     ["CT, các PCT UBND tỉnh", "Chủ tịch, các PCT UBND tỉnh", "Chủ tịch và các Phó Chủ tịch UBND tỉnh",
      "Lãnh đạo UBND tỉnh", "CT và các PCT UBND tỉnh"]),
]

# words and trailing phrases that do not change which group a line names
_STOP = {"cac", "va", "thuoc", "trong", "nhung", "toan", "moi"}
_TAILS = (["tren", "dia", "ban", "tinh"], ["tren", "dia", "ban"], ["thuoc", "tinh"], ["trong", "tinh"], ["tinh"])


def signature(text: str) -> tuple[str, ...]:
    """Order- and spelling-insensitive form of a group line (for "Nơi nhận").

    "UBND các huyện, TX, TP", "UBND các huyện, thị xã, thành phố trên địa
    bàn tỉnh" and "UBND huyện, thị xã, thành phố" give the same signature.
    """
    toks = expand(tokens(text))
    for tail in _TAILS:
        if len(toks) > len(tail) and toks[-len(tail):] == tail:
            toks = toks[: -len(tail)]
            break
    # a multiset: "Phó Chủ tịch UBND tỉnh" is not "Chủ tịch, các Phó Chủ tịch UBND tỉnh"
    return tuple(sorted(t for t in toks if t not in _STOP))


def seed(conn: sqlite3.Connection) -> None:
    """Migration step: the default groups, indexed for search."""
    for name, rule, aliases in DEFAULT_GROUPS:
        cur = conn.execute("INSERT OR IGNORE INTO dir_groups(name, rule, aliases, builtin) VALUES(?,?,?,1)",
                           (name, json.dumps(rule, ensure_ascii=False), json.dumps(aliases, ensure_ascii=False)))
        if cur.rowcount:
            index.put_group(conn, cur.lastrowid, name, aliases)


def _group(row) -> Group:
    return Group(row["id"], row["name"], json.loads(row["rule"]), tuple(json.loads(row["aliases"])),
                 bool(row["builtin"]))


def all_groups(conn: sqlite3.Connection) -> list[Group]:
    return [_group(r) for r in conn.execute("SELECT * FROM dir_groups ORDER BY name")]


def get(conn: sqlite3.Connection, group_id: int) -> Group | None:
    row = conn.execute("SELECT * FROM dir_groups WHERE id=?", (group_id,)).fetchone()
    return _group(row) if row else None


def save(conn: sqlite3.Connection, name: str, rule: dict, aliases: list[str] | tuple = (),
         group_id: int | None = None) -> int:
    """Create or edit a group; returns its id."""
    with transaction(conn):
        data = (name, json.dumps(rule, ensure_ascii=False), json.dumps(list(aliases), ensure_ascii=False))
        if group_id is None:
            group_id = conn.execute("INSERT INTO dir_groups(name, rule, aliases) VALUES(?,?,?)", data).lastrowid
        else:
            conn.execute("UPDATE dir_groups SET name=?, rule=?, aliases=? WHERE id=?", (*data, group_id))
        index.put_group(conn, group_id, name, list(aliases))
    return group_id


def delete(conn: sqlite3.Connection, group_id: int) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM dir_groups WHERE id=?", (group_id,))
        index.drop(conn, GROUP, group_id)


def find_by_line(conn: sqlite3.Connection, line: str) -> Group | None:
    """The group whose name or an alias says the same as ``line``."""
    sig = signature(line)
    for group in all_groups(conn):
        if any(signature(n) == sig for n in (group.name, *group.aliases)):
            return group
    return None


def members(conn: sqlite3.Connection, group: Group) -> list[Entry]:
    """The units and people a group stands for (those with an address)."""
    rule = group.rule
    paths = index.unit_paths(conn)
    out: list[Entry] = []
    unit_kinds = rule.get("unit_kinds") or []
    if unit_kinds:
        q = f"SELECT * FROM dir_units WHERE kind IN ({','.join('?' * len(unit_kinds))}) AND email<>'' ORDER BY name"
        out += [Entry(UNIT, r["id"], r["name"], "", paths.get(r["parent_id"], ""), r["email"], r["phone"])
                for r in conn.execute(q, unit_kinds)]
    wanted = {fold(n) for n in rule.get("units") or []}
    if wanted:
        out += [Entry(UNIT, r["id"], r["name"], "", paths.get(r["parent_id"], ""), r["email"], r["phone"])
                for r in conn.execute("SELECT * FROM dir_units WHERE email<>''") if fold(r["name"]) in wanted]
    people_rule = rule.get("people")
    if people_rule:
        pk = people_rule.get("unit_kinds") or kinds.KINDS
        positions = [p.split() for p in people_rule.get("positions") or []]
        q = (f"SELECT p.* FROM dir_people p JOIN dir_units u ON u.id=p.unit_id "
             f"WHERE u.kind IN ({','.join('?' * len(pk))}) AND p.email<>'' ORDER BY p.id")
        for r in conn.execute(q, list(pk)):
            pos = expand(tokens(r["position"]))
            if not positions or any(pos[: len(p)] == p for p in positions):
                out.append(Entry(PERSON, r["id"], r["name"], r["position"], paths.get(r["unit_id"], ""),
                                 r["email"], r["phone"]))
    for address in rule.get("emails") or []:
        out.append(Entry(UNIT, 0, address, "", "", address.lower(), ""))
    seen: set[str] = set()
    unique = []
    for e in out:
        if e.email not in seen:
            seen.add(e.email)
            unique.append(e)
    return unique
