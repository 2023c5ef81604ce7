"""Mapping the column headers provinces actually write to our fields.

Published directories spell their headers in many ways ("Họ và tên", "Họ tên",
"HỌ VÀ TÊN CÁN BỘ", "Địa chỉ thư điện tử (Email)", "ĐT di động" …). Headers
are folded and compared with the alias lists below: an exact match wins,
else the longest alias found inside the header as whole words.
"""

from __future__ import annotations

import re

from thucongvu.text.fold import fold

NAME, POSITION, UNIT, PARENT, EMAIL, PHONE, INDEX = "name", "position", "unit", "parent", "email", "phone", "index"
FIELDS = (NAME, POSITION, UNIT, PARENT, EMAIL, PHONE)

ALIASES: dict[str, tuple[str, ...]] = {
    NAME: ("ho va ten", "ho ten", "ho, ten", "ten", "ho va ten can bo", "ten can bo", "can bo",
           "full name", "fullname", "name", "ho va ten nguoi su dung", "nguoi su dung", "display name"),
    POSITION: ("chuc vu", "chuc danh", "cv", "position", "title", "chuc vu chuc danh", "job title"),
    UNIT: ("don vi", "co quan", "co quan don vi", "don vi cong tac", "noi cong tac", "phong ban",
           "phong", "to chuc", "ten don vi", "ten co quan", "unit", "organization", "organisation",
           "department", "co quan, don vi", "don vi, co quan"),
    PARENT: ("don vi cap tren", "truc thuoc", "co quan chu quan", "cap tren", "thuoc", "co quan cap tren",
             "parent"),
    EMAIL: ("email", "e mail", "thu dien tu", "dia chi thu dien tu", "dia chi email", "dia chi e mail",
            "hop thu", "dia chi hop thu", "hop thu cong vu", "mail", "thu cong vu", "dia chi thu",
            "hop thu dien tu"),
    PHONE: ("dien thoai", "so dien thoai", "dt", "sdt", "dtdd", "di dong", "dien thoai di dong", "nha rieng",
            "dien thoai co quan", "dt co quan", "dt di dong", "phone", "tel", "telephone", "so dt",
            "mobile", "dien thoai lien he"),
    INDEX: ("stt", "tt", "so thu tu", "no", "#"),
}

_PUNCT = re.compile(r"[^\w#]+")


def normalise(header: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold(str(header or ""))).split())


def _score(h: str, alias: str) -> int:
    if h == alias:
        return 1000 + len(alias)
    if f" {alias} " in f" {h} ":
        return len(alias)
    return 0


def match_field(header: str) -> str | None:
    """The field a header names, or None."""
    h = normalise(header)
    if not h:
        return None
    best, best_score = None, 0
    for fieldname, aliases in ALIASES.items():
        for alias in aliases:
            s = _score(h, alias)
            if s > best_score:
                best, best_score = fieldname, s
    return best


def map_headers(cells: list) -> dict[int, str]:
    """Column index → field for a header row; later duplicates of a field are kept
    only for the phone (office and mobile numbers are both worth keeping)."""
    mapping: dict[int, str] = {}
    seen: set[str] = set()
    for i, cell in enumerate(cells):
        f = match_field(cell) if cell not in (None, "") else None
        if f is None or (f in seen and f != PHONE):
            continue
        mapping[i] = f
        seen.add(f)
    return mapping


def is_header_row(cells: list) -> dict[int, str] | None:
    """The mapping when ``cells`` look like a header row (≥ 2 fields, a name,
    unit or e-mail among them, and no e-mail address in the row)."""
    if any("@" in str(c) for c in cells if c):
        return None
    mapping = map_headers(cells)
    fields = set(mapping.values()) - {INDEX}
    if len(fields) >= 2 and fields & {NAME, EMAIL, UNIT}:
        return mapping
    return None
