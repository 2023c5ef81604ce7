"""The usage report as CSV and as PDF (fpdf2, DejaVu Sans embedded for Vietnamese).

The font ships in ``resources/fonts`` (Bitstream Vera licence), not taken from
the system: Windows has no DejaVu/Noto and the PDF must read the same everywhere.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from thucongvu.duty.report import LABELS, Figures

COLUMNS = ["Kỳ"] + list(LABELS.values()) + ["Tỷ lệ đúng hạn (%)"]


def font_dir() -> Path:
    """``resources/fonts`` wherever the app's resources are (source tree or bundle)."""
    from thucongvu.resources import resource

    path = resource("fonts")
    if not (path / "DejaVuSans.ttf").exists():
        raise FileNotFoundError(path / "DejaVuSans.ttf")
    return path


def _row(f: Figures, label: str | None = None) -> list:
    ratio = f.on_time_ratio
    return [label or f.period.label, *f.values().values(), "" if ratio is None else f"{100 * ratio:.1f}"]


def to_csv(months: list[Figures], total: Figures) -> bytes:
    buf = io.StringIO()
    writer = csv.writer(buf)
    writer.writerow(COLUMNS)
    for f in months:
        writer.writerow(_row(f))
    if len(months) != 1:
        writer.writerow(_row(total, f"Cộng: {total.period.label}"))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_pdf(months: list[Figures], total: Figures, path: Path, unit: str = "") -> None:
    from fpdf import FPDF

    fonts = font_dir()
    pdf = FPDF(orientation="L")
    pdf.add_font("DejaVu", "", str(fonts / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(fonts / "DejaVuSans-Bold.ttf"))
    pdf.set_title(f"Báo cáo sử dụng thư điện tử công vụ — {total.period.label}")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 9, "BÁO CÁO TÌNH HÌNH SỬ DỤNG THƯ ĐIỆN TỬ CÔNG VỤ", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 11)
    pdf.cell(0, 7, f"Kỳ báo cáo: {total.period.label} ({total.period.first:%d/%m/%Y} – {total.period.last:%d/%m/%Y})"
             + (f" — {unit}" if unit else ""), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    _table(pdf, months, total)
    pdf.ln(6)
    _bars(pdf, months)
    tmp = Path(path).with_suffix(".tmp.pdf")
    pdf.output(str(tmp))
    tmp.replace(path)


def _table(pdf, months: list[Figures], total: Figures) -> None:
    pdf.set_font("DejaVu", "B", 8)
    widths = [40] + [27] * len(LABELS) + [21]
    with pdf.table(col_widths=widths, text_align="CENTER", line_height=5) as table:
        table.row(COLUMNS)
        pdf.set_font("DejaVu", "", 8)
        for f in months:
            table.row([str(v) for v in _row(f)])
        if len(months) != 1:
            pdf.set_font("DejaVu", "B", 8)
            table.row([str(v) for v in _row(total, "Cộng")])


def _bars(pdf, months: list[Figures]) -> None:
    """Received / sent / forwarded per month as grouped bars (drawn, no plotting library needed)."""
    series = [("received", (52, 101, 164)), ("sent", (78, 154, 6)), ("forwarded", (204, 0, 0))]
    peak = max([getattr(f, k) for f in months for k, _ in series] + [1])
    x0, y0, height = pdf.l_margin + 10, pdf.get_y() + 55, 50
    group = (pdf.w - pdf.l_margin - pdf.r_margin - 20) / max(len(months), 1)
    bar = min(12, group / (len(series) + 1))
    pdf.set_font("DejaVu", "", 8)
    for i, f in enumerate(months):
        for j, (key, colour) in enumerate(series):
            h = height * getattr(f, key) / peak
            pdf.set_fill_color(*colour)
            pdf.rect(x0 + i * group + j * bar, y0 - h, bar * 0.9, h, style="F")
        pdf.text(x0 + i * group, y0 + 4, f.period.label.replace("Tháng ", ""))
    pdf.line(x0 - 2, y0, x0 + group * len(months), y0)
    for j, (key, colour) in enumerate(series):
        pdf.set_fill_color(*colour)
        pdf.rect(x0 + j * 45, y0 + 8, 4, 4, style="F")
        pdf.text(x0 + j * 45 + 6, y0 + 11, LABELS[key])
