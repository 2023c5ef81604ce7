"""Excel workbooks (.xlsx) through openpyxl, as provinces publish them.

Merged cells are common: a unit's name merged down over its people's rows, a
unit heading merged across the columns. Vertical merges are filled down so
every row carries the unit; horizontal ones keep only their first cell, which
tabular reads as a heading. Every sheet is read (some files put each district
on its own sheet); row numbers in reports are the sheet's own.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Iterator

from thucongvu.directory import tabular
from thucongvu.errors import UsageError


def _load(path: Path):
    import openpyxl

    try:
        # not read_only: merged-cell ranges are only available on a full load
        return openpyxl.load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise UsageError(f"Không đọc được tệp Excel {path.name}: {exc}",
                         f"Cannot read Excel file {path.name}: {exc}") from exc


def _sheet_rows(ws) -> Iterator[tuple[int, list]]:
    fill: dict[tuple[int, int], object] = {}
    for rng in ws.merged_cells.ranges:
        if rng.max_row > rng.min_row:
            value = ws.cell(rng.min_row, rng.min_col).value
            for r in range(rng.min_row + 1, rng.max_row + 1):
                fill[(r, rng.min_col)] = value
    for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
        cells = list(row)
        for c in range(len(cells)):
            if (r, c + 1) in fill:
                cells[c] = fill[(r, c + 1)]
        yield r, cells


def grid(path: Path) -> Iterator[tuple[int, list]]:
    """Rows of the first sheet (for the import preview)."""
    wb = _load(path)
    yield from _sheet_rows(wb.worksheets[0])


def read(path: Path, *, mapping: dict[int, str] | None = None):
    wb = _load(path)
    records, rejected = [], []
    found = False
    for ws in wb.worksheets:
        rows = list(_sheet_rows(ws))
        if not any(any(c not in (None, "") for c in cells) for _, cells in rows):
            continue
        try:
            recs, rej = tabular.read_grid(rows, mapping)
        except UsageError:
            if len(wb.worksheets) > 1:
                continue                      # a cover or notes sheet
            raise
        found = True
        if len(wb.worksheets) > 1:
            rej = [type(r)(r.row, f"[{ws.title}] {r.reason}") for r in rej]
        records.extend(recs)
        rejected.extend(rej)
    if not found:
        tabular.find_header([])               # raises the usual message
    return records, rejected
