"""Realistic incoming official mail for the duty tests: a document PDF (fpdf2, DejaVu) and its e-mail."""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
import datetime as dt

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"

HEADER_LEFT = ["UBND TỈNH GIA LAI", "SỞ NỘI VỤ"]


def document_pdf(number: str = "125/SNV-TCBC", day: dt.date = dt.date(2026, 3, 10),
                 kind: str = "CÔNG VĂN", summary: str = "V/v triển khai thư điện tử công vụ năm 2026") -> bytes:
    """A one-page official letter laid out as Nghị định 30/2020 asks (two-column header)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 11)
    for left, right in zip(HEADER_LEFT, ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]):
        pdf.cell(80, 6, left)
        pdf.cell(0, 6, right, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(80, 8, f"Số: {number}")
    pdf.cell(0, 8, f"Gia Lai, ngày {day.day} tháng {day.month} năm {day.year}", new_x="LMARGIN", new_y="NEXT")
    if kind != "CÔNG VĂN":
        pdf.set_font("DejaVu", "B", 13)
        pdf.cell(0, 10, kind, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 8, summary, new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, "Kính gửi: Các cơ quan, đơn vị trực thuộc UBND tỉnh.\nNội dung văn bản mẫu dùng cho kiểm thử.")
    return bytes(pdf.output())


def incoming_mail(subject: str = "Công văn số 125/SNV-TCBC V/v triển khai thư điện tử công vụ",
                  sender: str = "Sở Nội vụ tỉnh Gia Lai <sonv@gialai.gov.vn>", to: str = "vanthu@stp.gialai.gov.vn",
                  pdf: bytes | None = None, date: dt.datetime | None = None, body: str = "Kính gửi Quý cơ quan.") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or dt.datetime(2026, 3, 10, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=7))))
    msg["Message-ID"] = make_msgid(domain="gialai.gov.vn")
    msg.set_content(body)
    if pdf is not None:
        msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="125-SNV-TCBC.pdf")
    return bytes(msg)
