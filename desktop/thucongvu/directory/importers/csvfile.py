"""CSV files in UTF-8, UTF-8 with BOM, or windows-1258 (Vietnamese Windows).

windows-1258 writes most tones as combining marks, so decoded text is
normalised to NFC (TCVN 6909:2001) before anything else sees it. The
delimiter (comma, semicolon — Excel's in Vietnamese locales — or tab) is the
one that splits most of the first lines.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Iterator

from thucongvu.directory import tabular
from thucongvu.errors import UsageError
from thucongvu.text.fold import nfc


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM) when valid, else windows-1258; NFC either way."""
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            return nfc(data.decode(encoding))
        except UnicodeDecodeError:
            continue
    raise UsageError("Không nhận ra bảng mã của tệp CSV", "Unknown CSV encoding")  # cp1258 maps all bytes but 5


def delimiter(text: str) -> str:
    """The delimiter that splits the most of the first lines into several cells.

    csv.Sniffer is thrown off by the title lines above a directory's header
    ("DANH BẠ …" has no delimiter at all), so count instead.
    """
    head = "\n".join(text.splitlines()[:40])
    best, best_score = ",", (0, 0)
    for candidate in (",", ";", "\t"):
        rows = list(csv.reader(io.StringIO(head, newline=""), delimiter=candidate))
        widths = [len(r) for r in rows if len(r) > 1]
        score = (len(widths), max(widths, default=0))
        if score > best_score:
            best, best_score = candidate, score
    return best


def grid(path: Path) -> Iterator[tuple[int, list]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"Không đọc được tệp {path.name}: {exc}", f"Cannot read {path.name}: {exc}") from exc
    if b"\x00" in data[:4096]:
        raise UsageError(f"Tệp {path.name} không phải là tệp CSV văn bản", f"{path.name} is not a text CSV file")
    text = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter(text))
    start = 1
    for row in reader:                     # a quoted cell may span lines: report the record's first line
        yield start, row
        start = reader.line_num + 1


def read(path: Path, *, mapping: dict[int, str] | None = None):
    return tabular.read_grid(grid(path), mapping)
