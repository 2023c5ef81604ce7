"""vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) files through vobject.

FN is the name, TITLE the position, ORG the unit path (its components are
organisation, then sub-units: "UBND huyện Chư Păh;Phòng Nội vụ"). A card of
KIND:org (RFC 6350 §6.1.4), or one whose name is its organisation, is the
unit's own mailbox. The "row" in reports is the card's position in the file.
"""

from __future__ import annotations

import re
from pathlib import Path

from thucongvu.directory import clean
from thucongvu.directory.model import Record, Rejected
from thucongvu.errors import UsageError
from thucongvu.text.fold import fold


def _values(card, name: str) -> list:
    return [c for c in card.contents.get(name, [])]


def _first(card, name: str) -> str:
    items = _values(card, name)
    return clean.text(items[0].value) if items else ""


def _org(card) -> tuple[str, ...]:
    items = _values(card, "org")
    if not items:
        return ()
    value = items[0].value
    parts = value if isinstance(value, (list, tuple)) else str(value).split(";")
    return tuple(p for p in (clean.text(x) for x in parts) if p)


def _email(card) -> str:
    items = _values(card, "email")
    preferred = [i for i in items if "PREF" in str(i.params.get("TYPE", "")).upper() or i.params.get("PREF")]
    for item in preferred + items:
        return clean.email(item.value)
    return ""


def read(path: Path) -> tuple[list[Record], list[Rejected]]:
    import vobject

    try:
        data = path.read_bytes().decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"Không đọc được tệp vCard {path.name}: {exc}",
                         f"Cannot read vCard file {path.name}: {exc}") from exc
    records: list[Record] = []
    rejected: list[Rejected] = []
    try:
        cards = list(vobject.readComponents(data, ignoreUnreadable=True))
    except Exception as exc:  # vobject raises its own ParseError and plain errors alike
        raise UsageError(f"Tệp vCard {path.name} bị hỏng: {exc}", f"Broken vCard file {path.name}: {exc}") from exc
    if not cards:
        raise UsageError(f"Tệp {path.name} không có thẻ vCard nào", f"No vCard in {path.name}")
    seen: dict[str, int] = {}
    for number, card in enumerate(cards, start=1):
        if card.name.upper() != "VCARD":
            continue
        name, org = _first(card, "fn"), _org(card)
        try:
            address = _email(card)
        except clean.BadEmail as exc:
            rejected.append(Rejected(number, f"Địa chỉ thư điện tử không hợp lệ: {exc}"))
            continue
        kind = fold(_first(card, "kind"))
        if kind == "org" or (org and fold(name) == fold(org[-1])):
            name, org = "", org or ((name,) if name else ())
        if not name and not org:
            rejected.append(Rejected(number, "Thẻ không có tên"))
            continue
        if name and not address:
            rejected.append(Rejected(number, f"Thiếu địa chỉ thư điện tử của {name}"))
            continue
        key = f"{fold(name)}|{address}|{'/'.join(map(fold, org))}"
        if key in seen:
            rejected.append(Rejected(number, f"Trùng với thẻ {seen[key]}"))
            continue
        seen[key] = number
        phones = [re.sub(r"(?i)^tel:", "", clean.text(t.value)) for t in _values(card, "tel")]
        records.append(Record(number, org, name, _first(card, "title"), address, ", ".join(p for p in phones if p)))
    return records, rejected
