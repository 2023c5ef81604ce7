"""Folding Vietnamese text for search: case, diacritics and đ/Đ → d.

``fold("Quyết định")`` and ``fold("quyet dinh")`` are equal, so the store and
the directory index folded text and fold the query the same way. SQLite's own
``remove_diacritics`` is not enough: it leaves ``đ`` alone.
"""

from __future__ import annotations

import re
import unicodedata

_STRIP = {ord("đ"): "d", ord("Đ"): "d", ord("ð"): "d", ord("Ð"): "d"}
_WORD = re.compile(r"\w+", re.UNICODE)


def nfc(text: str) -> str:
    """TCVN 6909:2001 text is Unicode in precomposed (NFC) form."""
    return unicodedata.normalize("NFC", text)


def fold(text: str) -> str:
    if not text:
        return ""
    text = text.translate(_STRIP)
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def words(text: str) -> list[str]:
    """Folded word tokens, the unit of search."""
    return _WORD.findall(fold(text))


def fts_query(text: str) -> str:
    """An FTS5 MATCH expression: every folded word as a prefix, all required.

    Quoting each token keeps user input from being read as FTS syntax.
    """
    tokens = words(text)
    return " ".join(f'"{t}"*' for t in tokens)
