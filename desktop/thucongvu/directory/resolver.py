"""Turning a document's "Nơi nhận:" block into recipients.

Each item of the block (a line starting with "-", possibly wrapped) is:

- *skipped* when it is the archive ("Lưu: VT, VHXH") or a reference to the
  addressees named elsewhere ("Như trên", "Như Điều 4") — noted, never guessed;
- *resolved* when it names a group (groups.find_by_line), a unit or a person
  the directory knows unambiguously (every word of the line found, and one
  candidate closer to the line than all others); a line listing several
  units ("Sở Tài chính, Sở Nội vụ") resolves when each part does, and when
  only some parts resolve they are listed part by part;
- *unresolved* otherwise, for the user to fix.

Notes in parentheses ("(b/c)", "(để thực hiện)") and forms of address
("Đ/c", "Ông", "Bà") do not take part in matching.
"""

from __future__ import annotations

import re
import sqlite3

from thucongvu.directory import groups, search
from thucongvu.directory.abbrev import expand, tokens
from thucongvu.directory.model import PERSON, UNIT, Entry, ResolvedLine, Resolution
from thucongvu.text.fold import fold, nfc

_BULLET = re.compile(r"^\s*[-–—•+*·]\s*")
_HEADER = re.compile(r"^\s*n[ơo]i\s+nh[ậa]n\s*:?\s*", re.IGNORECASE)
_PARENS = re.compile(r"\([^)]*\)")
_ADDRESS = re.compile(r"^(?:đ/c|đc|đồng chí|ông|bà|anh|chị)\s+", re.IGNORECASE)
_SKIP = re.compile(r"^(?:luu\b|nhu\s+(?:tren|dieu|khoan|muc|kinh\s+gui|noi\s+nhan|thanh\s+phan|danh\s+sach))")
CANDIDATES = 30


def items(block: str) -> list[str]:
    """The items of a block, bullets and trailing ';'/'.' removed, wrapped lines joined."""
    lines = [nfc(line).rstrip() for line in block.splitlines()]
    lines = [line for line in lines if line.strip()]
    if lines and _HEADER.match(lines[0]):
        lines[0] = _HEADER.sub("", lines[0])
        if not lines[0].strip():
            lines = lines[1:]
    bulleted = any(_BULLET.match(line) for line in lines)
    out: list[str] = []
    for line in lines:
        if _BULLET.match(line) or not bulleted or not out:
            out.append(_BULLET.sub("", line).strip())
        else:
            out[-1] = f"{out[-1]} {line.strip()}"
    return [item.strip().rstrip(";.,").strip() for item in out if item.strip(" ;.,")]


def _cleaned(line: str) -> str:
    return _ADDRESS.sub("", _PARENS.sub(" ", line).strip()).strip()


def _implicit_words(conn: sqlite3.Connection) -> set[str]:
    """The province's own name ("Gia Lai"): documents leave it out ("UBND tỉnh")."""
    from thucongvu.directory.kinds import PROVINCE_COMMITTEE

    out: set[str] = set()
    for (name,) in conn.execute("SELECT name FROM dir_units WHERE kind=?", (PROVINCE_COMMITTEE,)):
        toks = expand(tokens(name))
        if "tinh" in toks:
            out |= set(toks[toks.index("tinh") + 1:])
    return out


def _fit(entry: Entry, line_words: set[str], implicit: set[str]) -> int | None:
    """How many words the entry has beyond the line (None: it lacks one of the line's)."""
    name = set(expand(tokens(entry.name)))
    context = set(expand(tokens(entry.unit))) | set(tokens(entry.email))
    if entry.kind == PERSON:
        own = set(expand(tokens(entry.position))) | (name if name & line_words else set())
        context |= name
    else:
        own = name
    if not line_words <= own | context:
        return None
    return len(own - line_words - implicit)


def match_entry(conn: sqlite3.Connection, line: str) -> Entry | None:
    """The one unit or person ``line`` names, or None when none or several fit."""
    cleaned = _cleaned(line)
    if not tokens(cleaned):
        return None
    hits = search.search(conn, cleaned, CANDIDATES, kinds=(PERSON, UNIT))
    line_words = set(expand(tokens(cleaned)))
    implicit = _implicit_words(conn)
    scored = [(fit, e) for e in hits if (fit := _fit(e, line_words, implicit)) is not None]
    if not scored:
        return None
    scored.sort(key=lambda s: s[0])
    if len(scored) > 1 and scored[1][0] == scored[0][0] and scored[1][1].email != scored[0][1].email:
        return None                     # ambiguous: do not guess
    return scored[0][1]


def _resolve_one(conn, text: str) -> list[Entry] | None:
    group = groups.find_by_line(conn, _cleaned(text))
    if group:
        members = groups.members(conn, group)
        return members or None
    entry = match_entry(conn, text)
    return [entry] if entry and entry.email else None


def resolve(conn: sqlite3.Connection, block: str) -> Resolution:
    result = Resolution()
    for item in items(block):
        if _SKIP.match(fold(_cleaned(item))):
            result.skipped.append(item)
            continue
        entries = _resolve_one(conn, item)
        if entries:
            result.resolved.append(_line(item, entries))
            continue
        parts = [p.strip() for p in item.split(",") if p.strip()] if "," in item else []
        found = [_resolve_one(conn, p) for p in parts]
        if len(parts) > 1 and all(found):        # "Sở Tài chính, Sở Nội vụ": one line, both units
            result.resolved.append(_line(item, [e for f in found for e in f]))
        elif len(parts) > 1 and any(found):      # "TT Tỉnh ủy, TT HĐND tỉnh": say which part failed
            for part, entries in zip(parts, found):
                if entries:
                    result.resolved.append(_line(part, entries))
                else:
                    result.unresolved.append(part)
        else:
            result.unresolved.append(item)
    return result


def _line(text: str, entries: list[Entry]) -> ResolvedLine:
    return ResolvedLine(text, tuple(dict.fromkeys(e.email for e in entries)), tuple(entries))
