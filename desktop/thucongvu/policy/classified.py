"""Confidentiality markings: classified documents do not go by e-mail.

The markings are the three secrecy grades (độ mật): MẬT, TỐI MẬT, TUYỆT MẬT.
They are STAMPS, not words in running prose, and ``mật`` is also an everyday
syllable (mật khẩu, bảo mật, bí mật, mật độ, mật ong …) while its unaccented
form ``mat`` folds together with mặt, mất, mát, mắt. So the rule is:

1. ``tối mật`` / ``tuyệt mật`` with diacritics, any case → marking. Without
   diacritics (``TOI MAT``, ``TUYET MAT``) only in capitals, as a stamp is, or in
   an attachment name (names are commonly written without accents: ``tuyet_mat.pdf``).
2. A label ``Độ mật: <grade>`` (any case, with or without diacritics) whose
   grade is Mật / Tối mật / Tuyệt mật → marking (``Độ mật: Thường`` is not).
3. ``MẬT`` on its own → marking when written in CAPITALS, or bracketed
   (``(Mật)``, ``[MAT]``), or when it is the whole line / subject — unless it
   forms a known compound with the word right next to it (``MẬT KHẨU``,
   ``BẢO MẬT`` …). Unaccented ``MAT`` counts only when bracketed, the whole
   line, or a separate token of an attachment name (``QD_12_MAT.pdf``).
4. Lower-case ``mật`` in running prose is never a marking: a reminder such as
   "không gửi tài liệu mật qua thư điện tử" must not block the mail carrying it.

Attachment names are checked with ``_ - .`` read as word separators.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

from thucongvu.errors import PolicyError
from thucongvu.text.fold import fold

# Folded words that, right before or after "mật", make an everyday compound.
_BEFORE = {"bi", "bao", "co", "than", "tui", "soi", "duong", "nhu", "gan", "ruot", "ong", "mat"}
_AFTER = {"khau", "ma", "do", "ong", "thiet", "tham", "dam", "uoc", "vu", "mia", "gau", "ngot", "danh",
          "thu", "bao", "lenh", "phai", "hieu", "cat", "ky"}
_WORD = re.compile(r"[^\W\d_]+")
_LABEL = re.compile(r"\bdo\s+mat\s*:\s*(tuyet\s+mat|toi\s+mat|mat)\b")
_OPEN, _CLOSE = "([{«", ")]}»"


@dataclass(frozen=True)
class Marking:
    grade: str   # "MẬT" | "TỐI MẬT" | "TUYỆT MẬT"
    where: str   # "tiêu đề", "nội dung", "tệp đính kèm «x.pdf»"
    found: str   # the text as written


def _grade(prev_fold: str | None) -> str:
    return {"toi": "TỐI MẬT", "tuyet": "TUYỆT MẬT"}.get(prev_fold or "", "MẬT")


def _scan(text: str, *, filename: bool = False) -> list[tuple[str, str]]:
    text = unicodedata.normalize("NFC", text)
    if filename:
        text = re.sub(r"[_\-.]+", " ", text)
    found: list[tuple[str, str]] = []
    for m in _LABEL.finditer(fold(text)):
        grade = re.sub(r"\s+", " ", m.group(1))
        found.append(({"mat": "MẬT", "toi mat": "TỐI MẬT", "tuyet mat": "TUYỆT MẬT"}[grade], m.group(0)))
    words = list(_WORD.finditer(text))
    for i, m in enumerate(words):
        word = m.group(0)
        if word.lower() not in ("mật", "mat"):
            continue  # mặt, mất, mát, mắt … are other words
        accented = word.lower() == "mật"
        prev = words[i - 1] if i and text[words[i - 1].end():m.start()].strip(" \t") == "" else None
        nxt = words[i + 1] if i + 1 < len(words) and text[m.end():words[i + 1].start()].strip(" \t") == "" else None
        prev_fold = fold(prev.group(0)) if prev else None
        if prev_fold == "do":
            continue  # "Độ mật: …" is the label, judged above by its grade
        if prev_fold in ("toi", "tuyet"):
            phrase_accented = accented and prev.group(0).lower() in ("tối", "tuyệt")
            caps = word.isupper() and prev.group(0).isupper()
            if phrase_accented or caps or filename:
                found.append((_grade(prev_fold), text[prev.start():m.end()]))
            continue
        if (prev_fold in _BEFORE) or (nxt is not None and fold(nxt.group(0)) in _AFTER):
            continue
        before = text[:m.start()].rstrip()
        after = text[m.end():].lstrip()
        bracketed = bool(before) and before[-1] in _OPEN and bool(after) and after[0] in _CLOSE
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        whole_line = re.sub(r"[\W_]+", "", line) == word
        stamp = bracketed or whole_line or (word.isupper() and (accented or filename))
        if stamp:
            found.append(("MẬT", word))
    return found


def find_markings(subject: str = "", body: str = "", attachment_names: Iterable[str] = ()) -> list[Marking]:
    """Every confidentiality marking found, with where it was; empty when the mail may go."""
    out = [Marking(g, "tiêu đề", f) for g, f in _scan(subject or "")]
    out += [Marking(g, "nội dung", f) for g, f in _scan(body or "")]
    for name in attachment_names:
        out += [Marking(g, f"tệp đính kèm «{name}»", f) for g, f in _scan(name, filename=True)]
    return out


def check_not_classified(subject: str = "", body: str = "", attachment_names: Iterable[str] = ()) -> None:
    """PolicyError (exit 3) when anything carries a secrecy marking."""
    markings = find_markings(subject, body, attachment_names)
    if not markings:
        return
    first = markings[0]
    raise PolicyError(
        f"Không gửi được: {first.where} có dấu độ mật «{first.found}» ({first.grade}). Văn bản mật không được "
        "gửi qua thư điện tử công vụ (Chỉ thị 34/2008/CT-TTg; Luật Bảo vệ bí mật nhà nước); hãy chuyển theo "
        "đường văn thư mật.",
        f"Not sent: the {_EN_WHERE.get(first.where.split(' ')[0], first.where)} carries the secrecy marking "
        f"{first.found!r} ({first.grade}). Classified documents must not be sent by e-mail.",
    )


_EN_WHERE = {"tiêu": "subject", "nội": "body", "tệp": "attachment name"}
