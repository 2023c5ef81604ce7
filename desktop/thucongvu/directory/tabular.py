"""Reading a grid of cells (from a workbook or a CSV file) into records.

Shared by the xlsx and csv importers. Handles what published directories do:
title rows above the header, unit header rows ("I. CÁC SỞ, BAN, NGÀNH",
"1. Sở Tài chính", "1.1. Phòng Nội vụ") that give the unit of the rows below,
blank lines, a unit's own mailbox on a row without a person's name, duplicate
rows, and unusable rows (reported with their row number and reason).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from thucongvu.directory import clean, headers
from thucongvu.directory.kinds import CATEGORY, OTHER, classify
from thucongvu.directory.model import Record, Rejected
from thucongvu.errors import UsageError
from thucongvu.text.fold import fold

_NUMBERING = re.compile(r"^\s*(?:([IVXLC]+)|([A-Za-z])|(\d+(?:\.\d+)*))\s*[.)/:-]\s*")
_ONLY_NUMBER = re.compile(r"[\dIVXLCivxlc.]+")
_UNIT_MAILBOX_NAMES = {"hop thu don vi", "hop thu chung", "van thu", "hop thu co quan", "thu chung",
                       "bo phan van thu", "hop thu"}
HEADER_SCAN_ROWS = 30


def _heading(text: str) -> tuple[int, str]:
    """(level, name) of a heading row: roman numerals 0, "1." 1, "1.1." 2 …"""
    m = _NUMBERING.match(text)
    if not m:
        return 1, text.strip()
    roman, letter, arabic = m.groups()
    level = 0 if roman else 2 if letter else arabic.count(".") + 1
    return level, text[m.end():].strip()


def find_header(rows: list[tuple[int, list]]) -> tuple[int, dict[int, str]]:
    """Position (index into rows) and mapping of the header row."""
    for i, (_, cells) in enumerate(rows[:HEADER_SCAN_ROWS]):
        mapping = headers.is_header_row(cells)
        if mapping:
            return _second_header_row(rows, i, mapping)
    raise UsageError(
        "Không tìm thấy dòng tiêu đề (Họ và tên, Đơn vị, Email…) trong tệp danh bạ",
        "No header row (name, unit, e-mail…) found in the directory file",
    )


def _second_header_row(rows, i: int, mapping: dict[int, str]) -> tuple[int, dict[int, str]]:
    """Two-row headers: "Điện thoại" merged over "Cơ quan" | "Di động" gives two phone columns."""
    if i + 1 >= len(rows):
        return i, mapping
    below = rows[i + 1][1]
    if any("@" in str(c) for c in below if c):
        return i, mapping
    found = {c: headers.match_field(v) for c, v in enumerate(below) if v not in (None, "")}
    extra = {c: f for c, f in found.items() if f and (mapping.get(c) in (None, f) or mapping.get(c) == headers.PHONE)}
    if not found or len(extra) != len(found):
        return i, mapping
    merged = dict(mapping)
    for col, f in extra.items():
        merged[col] = headers.PHONE if mapping.get(col) == headers.PHONE else f
    # a group header merged across: its sub-columns take the group's field ("Điện thoại" → both phones)
    for col in extra:
        left = max((c for c in mapping if c <= col), default=None)
        if left is not None and mapping[left] == headers.PHONE and col not in mapping:
            merged[col] = headers.PHONE
    return i + 1, merged


def read_grid(rows: Iterable[tuple[int, list]], mapping: dict[int, str] | None = None
              ) -> tuple[list[Record], list[Rejected]]:
    """Records and rejected rows from ``(row_number, cells)`` pairs.

    With ``mapping`` (column → field, chosen by the user) it replaces the
    header's own; rows above a recognisable header are still skipped.
    """
    rows = list(rows)
    if mapping is None:
        start, mapping = find_header(rows)
        rows = rows[start + 1:]
    else:
        try:                               # the user's mapping applies below the header row, if any
            start, _ = find_header(rows)
            rows = rows[start + 1:]
        except UsageError:
            pass
    records: list[Record] = []
    rejected: list[Rejected] = []
    headings: list[tuple[int, str]] = []      # stack of (level, unit name) from heading rows
    seen: dict[tuple, int] = {}
    for number, cells in rows:
        row = _Row.read(cells, mapping)
        if row is None:
            continue                                   # blank line
        label = row.heading_label()
        if label:
            # a heading row ("1. Sở Tài chính", merged across the columns), maybe with the unit's mailbox
            headings = _push_heading(headings, label)
            if (row.email or row.phones) and headings:
                _add(records, rejected, seen, number, tuple(n for _, n in headings), "", "", row.email,
                     ", ".join(row.phones))
            continue
        path = _unit_path(tuple(n for _, n in headings), row.unit, row.parent)
        name = "" if fold(row.name) in _UNIT_MAILBOX_NAMES and path else row.name
        if not name and not path:
            rejected.append(Rejected(number, "Thiếu họ tên và đơn vị"))
            continue
        _add(records, rejected, seen, number, path, name, row.position, row.email, ", ".join(row.phones))
    return records, rejected


@dataclass
class _Row:
    """The mapped cells of one row, cleaned."""

    name: str
    position: str
    unit: str
    parent: str
    email: object                 # raw: validated (and reported) by _add
    phones: list[str]
    words: set[str]               # every text of the row that is not just a number
    free: set[str]                # texts outside the person's columns (numbering column, merged headings)

    @classmethod
    def read(cls, cells: list, mapping: dict[int, str]) -> "_Row | None":
        values: dict[str, list] = {f: [] for f in headers.FIELDS}
        for col, f in mapping.items():
            if col < len(cells) and f in values:
                values[f].append(cells[col])
        texts = {clean.text(c) for c in cells} - {""}
        if not texts:
            return None
        first = lambda f: clean.text(values[f][0]) if values[f] else ""  # noqa: E731
        words = {t for t in texts if not _ONLY_NUMBER.fullmatch(t)}
        free = {clean.text(cells[c]) for c in range(len(cells))
                if mapping.get(c, headers.INDEX) == headers.INDEX} & words
        raw_email = values[headers.EMAIL][0] if values[headers.EMAIL] else None
        phones = [clean.phone(v) for v in values[headers.PHONE] if clean.phone(v)]
        row = cls(first(headers.NAME), first(headers.POSITION), first(headers.UNIT), first(headers.PARENT),
                  raw_email, phones, words, free)
        row.words -= {clean.text(raw_email)} | {clean.text(v) for v in values[headers.PHONE]}
        return row

    def heading_label(self) -> str:
        """The heading's text when this row is a unit or section heading, else ''."""
        if len(self.words) != 1 or self.position:
            return ""
        outside = self.free and not (self.name or self.unit or self.parent)
        if outside or (not self.email and not self.phones and _looks_like_heading(self.words)):
            return next(iter(self.words))
        return ""


def _unit_path(context: tuple[str, ...], unit: str, parent: str) -> tuple[str, ...]:
    """A row's unit path: an explicit parent column wins, else the unit under the current heading."""
    if parent:
        return (parent, unit) if unit else (parent,)
    if not unit:
        return context
    if context and fold(unit) == fold(context[-1]):
        return context
    return context + (unit,)


def _looks_like_heading(words: set[str]) -> bool:
    text = next(iter(words))
    return bool(_NUMBERING.match(text)) or text.isupper() or classify(_heading(text)[1]) != OTHER


def _push_heading(stack, text):
    level, name = _heading(text)
    if classify(name) == CATEGORY:
        return []
    stack = [(lv, n) for lv, n in stack if lv < level]
    return stack + [(level, name)]


def _add(records, rejected, seen, number, path, name, position, raw_email, phone):
    try:
        address = clean.email(raw_email)
    except clean.BadEmail as exc:
        rejected.append(Rejected(number, f"Địa chỉ thư điện tử không hợp lệ: {exc}"))
        return
    if name and not address:
        rejected.append(Rejected(number, f"Thiếu địa chỉ thư điện tử của {name}"))
        return
    key = (tuple(fold(p) for p in path), fold(name), address)
    if key in seen:
        rejected.append(Rejected(number, f"Trùng với dòng {seen[key]}"))
        return
    seen[key] = number
    records.append(Record(number, tuple(path), name, position, address, phone))
