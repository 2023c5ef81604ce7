"""Cleaning the values of one cell: names, e-mail addresses, phone numbers.

Spreadsheets carry stray spaces, ``mailto:`` prefixes, two addresses in one
cell, phone numbers that Excel turned into floats (losing the leading 0), and
text in decomposed Unicode or windows-1258 combining marks (normalised to NFC,
TCVN 6909:2001).
"""

from __future__ import annotations

import re

from thucongvu.text.fold import nfc

# A practical check, not RFC 5322's full grammar: what a directory can use.
_EMAIL = re.compile(r"^[A-Za-z0-9._%+\-]+@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)+$")
_SPLIT = re.compile(r"[;,\s/]+")


class BadEmail(ValueError):
    pass


def text(value) -> str:
    """A cell as clean NFC text ('' for empty)."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(nfc(str(value)).replace("\u00a0", " ").split())


def email(value) -> str:
    """The first address in a cell, lower-cased; '' when empty.

    Raises BadEmail with the offending text when the cell holds something that
    is not an address.
    """
    raw = text(value)
    if not raw:
        return ""
    raw = re.sub(r"(?i)^mailto:", "", raw)
    parts = [p.strip("<>()[]\"'.") for p in _SPLIT.split(raw) if p.strip("<>()[]\"'.")]
    for part in parts:
        if _EMAIL.match(part):
            return part.lower()
    raise BadEmail(raw)


def phone(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        digits = str(int(value))
        return "0" + digits if len(digits) in (9, 10) and not digits.startswith("0") else digits
    return text(value)
