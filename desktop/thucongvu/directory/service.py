"""``DirectoryService``: the one object the window, compose and the CLI use.

Owns a store connection (the writer for imports and group edits). Methods
that read files, talk LDAP or import run on the caller's thread: the window
calls them through its background-task helper, never on the GUI thread.
"""

from __future__ import annotations

import sqlite3
from typing import Callable, Iterable

from thucongvu.directory import export, groups, index, repository, resolver, search
from thucongvu.directory.importers import preview, read_source
from thucongvu.directory.model import (GROUP, PERSON, UNIT, Entry, Group, ImportReport, Person, Resolution,
                                       Unit, UnitNode)

Progress = Callable[[int, int], None]


class DirectoryService:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # -- finding -----------------------------------------------------------------
    def search(self, query: str, limit: int = 20) -> list[Entry]:
        """Best match first; diacritics, case, word order and abbreviations ignored."""
        return search.search(self.conn, query, limit)

    def complete(self, prefix: str, limit: int = 10) -> list[Entry]:
        """Recipient completion: people and units with an address, and groups."""
        hits = search.search(self.conn, prefix, limit * 2)
        return [e for e in hits if e.email or e.kind == GROUP][:limit]

    def expand(self, entry: Entry) -> list[Entry]:
        """What an entry stands for as recipients (a group: its members)."""
        if entry.kind == GROUP:
            group = groups.get(self.conn, entry.id)
            return groups.members(self.conn, group) if group else []
        return [entry] if entry.email else []

    def resolve(self, block: str) -> Resolution:
        return resolver.resolve(self.conn, block)

    # -- browsing ----------------------------------------------------------------
    def unit_tree(self) -> list[UnitNode]:
        units = repository.units(self.conn)
        children: dict[int | None, list[Unit]] = {}
        ids = {u.id for u in units}
        for u in units:
            children.setdefault(u.parent_id if u.parent_id in ids else None, []).append(u)

        def build(u: Unit, depth: int = 0) -> UnitNode:
            kids = children.get(u.id, []) if depth < 20 else []
            return UnitNode(u, tuple(build(k, depth + 1) for k in kids))

        for kids in children.values():
            kids.sort(key=_tree_order)
        return [build(u) for u in children.get(None, [])]

    def people(self, unit_id: int | None = None) -> list[Person]:
        return repository.people(self.conn, unit_id)

    def unit_entries(self, unit_id: int | None, limit: int = 5000) -> list[Entry]:
        """The unit's own mailbox first, then its people (for the list beside the tree).

        ``None``: people no unit is known for (a flat address list), the first ``limit``.
        """
        if unit_id is None:
            return [Entry(PERSON, p.id, p.name, p.position, "", p.email, p.phone)
                    for p in repository.people(self.conn, without_unit=True, limit=limit)]
        row = self.conn.execute("SELECT * FROM dir_units WHERE id=?", (unit_id,)).fetchone()
        if row is None:
            return []
        path = index.paths_for(self.conn, [row["parent_id"]]).get(row["parent_id"], "")
        out = [Entry(UNIT, row["id"], row["name"], "", path, row["email"], row["phone"])]
        out += [Entry(PERSON, p.id, p.name, p.position, p.unit, p.email, p.phone)
                for p in repository.people(self.conn, unit_id)]
        return out

    def provenance(self, entry: Entry) -> tuple[str, float | None]:
        table = {PERSON: "dir_people", UNIT: "dir_units"}.get(entry.kind)
        if not table:
            return "", None
        row = self.conn.execute(f"SELECT source, imported_at FROM {table} WHERE id=?", (entry.id,)).fetchone()
        return (row["source"], row["imported_at"]) if row else ("", None)

    def counts(self) -> dict[str, int]:
        return repository.counts(self.conn)

    # -- groups ------------------------------------------------------------------
    def groups(self) -> list[Group]:
        return groups.all_groups(self.conn)

    def save_group(self, name: str, rule: dict, aliases: Iterable[str] = (), group_id: int | None = None) -> int:
        return groups.save(self.conn, name, rule, list(aliases), group_id)

    def delete_group(self, group_id: int) -> None:
        groups.delete(self.conn, group_id)

    # -- import / export ---------------------------------------------------------
    def preview(self, source: str, rows: int = 10):
        """(header cells, detected column → field mapping, first rows) of a table file."""
        return preview(source, rows)

    def import_source(self, source: str, progress: Progress | None = None, *,
                      mapping: dict[int, str] | None = None, **options) -> ImportReport:
        """Read ``source`` (.xlsx, .csv, .vcf, ldap:// URL) and store it; all or nothing.

        Runs off the GUI thread (file and network I/O).
        """
        records, rejected = read_source(str(source), mapping=mapping, **options)
        return repository.ingest(self.conn, _source_name(source), records, rejected, progress)

    def export_vcard(self, entries: Iterable[Entry]) -> bytes:
        out: list[Entry] = []
        for e in entries:
            out.extend(self.expand(e) if e.kind == GROUP else [e])
        return export.vcards(out)


def _tree_order(unit: Unit) -> tuple:
    """UBND and HĐND tỉnh, then sở/ban/ngành, then huyện/thị xã/thành phố …; names folded (Đ with D)."""
    from thucongvu.directory import kinds
    from thucongvu.text.fold import fold

    order = (kinds.PROVINCE_COMMITTEE, kinds.PROVINCE_COUNCIL, kinds.DEPARTMENT, kinds.DISTRICT,
             kinds.DISTRICT_OFFICE, kinds.OFFICE, kinds.COMMUNE)
    return (order.index(unit.kind) if unit.kind in order else len(order), fold(unit.name))


def _source_name(source) -> str:
    """Provenance text: the URL without credentials, or the file's absolute path."""
    text = str(source)
    if text.lower().startswith(("ldap://", "ldaps://")):
        from urllib.parse import urlsplit, urlunsplit

        parts = urlsplit(text)
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit((parts.scheme, netloc, parts.path, parts.query, ""))
    from pathlib import Path

    return str(Path(text).resolve())
