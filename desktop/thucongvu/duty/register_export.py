"""Exporting the incoming register (.xlsx with openpyxl, and CSV) in the usual register columns.

Columns follow the incoming-document register of Nghị định 30/2020/NĐ-CP
(sổ đăng ký văn bản đến). CSV is UTF-8 with a BOM so Excel opens it right.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from thucongvu.duty.register import STATUSES, Entry

COLUMNS = ["Số đến", "Ngày đến", "Tác giả/Cơ quan gửi", "Số ký hiệu", "Ngày văn bản", "Trích yếu",
           "Người nhận/Đơn vị nhận", "Tình trạng", "Ghi chú"]
WIDTHS = [9, 12, 28, 18, 13, 60, 26, 14, 24]


def row(entry: Entry) -> list:
    doc_date = dt.date.fromisoformat(entry.doc_date).strftime("%d/%m/%Y") if entry.doc_date else ""
    return [entry.number, entry.received_at.strftime("%d/%m/%Y"), entry.sender, entry.doc_number, doc_date,
            entry.summary, entry.recipient, STATUSES.get(entry.status, entry.status), entry.note]


def to_csv(entries: list[Entry]) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    for entry in entries:
        writer.writerow(row(entry))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(entries: list[Entry], path: Path, year: int, unit: str = "") -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = f"Văn bản đến {year}"
    ws.append([f"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN NĂM {year}" + (f" — {unit}" if unit else "")])
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(COLUMNS))
    ws.append(COLUMNS)
    for cell in ws[2]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for entry in entries:
        ws.append(row(entry))
    for i, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    for cells in ws.iter_rows(min_row=3):
        for cell in cells:
            cell.alignment = Alignment(vertical="top", wrap_text=True)
    ws.freeze_panes = "A3"
    tmp = Path(path).with_suffix(".tmp.xlsx")
    wb.save(tmp)
    tmp.replace(path)  # a failed export never leaves half a file under the chosen name
