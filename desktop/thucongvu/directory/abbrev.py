"""Abbreviations of official Vietnamese texts, for search and for "Nơi nhận".

Official documents write ``UBND``, ``HĐND``, ``Sở TT&TT`` and ``Sở Thông tin và
Truyền thông`` interchangeably. Everything here works on *folded* text
(thucongvu.text.fold): ``tokens`` joins compounds such as ``tt&tt`` or
``ld-tb&xh`` into one token, ``expand`` rewrites abbreviations to their long
form (used to compare "Nơi nhận" lines with group names), and ``index_extra``
gives the other spellings to add to the search index so a query in either form
finds the entry without rewriting the query.
"""

from __future__ import annotations

import re

from thucongvu.text.fold import fold

# abbreviation (folded, compound joined) -> long form (folded). One line each.
ABBREVIATIONS: dict[str, str] = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "mttq": "mat tran to quoc",
    "dbqh": "dai bieu quoc hoi",
    "tttt": "thong tin va truyen thong",
    "khdt": "ke hoach va dau tu",
    "gddt": "giao duc va dao tao",
    "ldtbxh": "lao dong thuong binh va xa hoi",
    "nnptnt": "nong nghiep va phat trien nong thon",
    "tnmt": "tai nguyen va moi truong",
    "vhttdl": "van hoa the thao va du lich",
    "khcn": "khoa hoc va cong nghe",
    "gtvt": "giao thong van tai",
    "tckh": "tai chinh ke hoach",
    "ptth": "phat thanh truyen hinh",
    "kgvx": "khoa giao van xa",
    "ttdt": "thong tin dien tu",
    "tp": "thanh pho",
    "tx": "thi xa",
    "vp": "van phong",
    "ct": "chu tich",
    "pct": "pho chu tich",
    "gd": "giam doc",
    "pgd": "pho giam doc",
    "cvp": "chanh van phong",
    "pcvp": "pho chanh van phong",
    "bch": "ban chi huy",
    "vt": "van thu",
}

# Compounds written with separators: "TT&TT", "LĐ-TB&XH", "NN&PTNT", "VH,TT&DL", "PT-TH".
_COMPOUND = re.compile(r"\b\w{1,4}(?:\s*[&\-,.]\s*\w{1,4})*\s*&\s*\w{1,4}\b|\b\w{1,2}(?:-\w{1,2})+\b")
_SEP = re.compile(r"[\s&\-,.]+")
_WORD = re.compile(r"\w+")


def _join(match: re.Match) -> str:
    return _SEP.sub("", match.group(0))


def tokens(text: str) -> list[str]:
    """Folded word tokens with ``&`` compounds joined (``tt&tt`` → ``tttt``)."""
    return _WORD.findall(_COMPOUND.sub(_join, fold(text)))


# long forms as token tuples, longest first, for replacing runs of tokens
_LONG = sorted(((tuple(v.split()), k) for k, v in ABBREVIATIONS.items() if k.isalnum()),
               key=lambda item: -len(item[0]))


def expand(toks: list[str]) -> list[str]:
    """Abbreviations replaced by their long form (canonical spelling)."""
    out: list[str] = []
    for t in toks:
        long = ABBREVIATIONS.get(t)
        out.extend(long.split() if long else [t])
    return out


def abbreviate(toks: list[str]) -> list[str]:
    """Abbreviations found as long-form runs inside ``toks`` (for the index)."""
    found: list[str] = []
    n = len(toks)
    for long, short in _LONG:
        size = len(long)
        for i in range(n - size + 1):
            if tuple(toks[i:i + size]) == long:
                found.append(short)
                break
    return found


def index_extra(text: str) -> str:
    """Other spellings of ``text`` to index next to it: long forms and short ones."""
    toks = tokens(text)
    extra = [ABBREVIATIONS[t] for t in toks if t in ABBREVIATIONS]
    extra.extend(abbreviate(toks))
    return " ".join(extra)
