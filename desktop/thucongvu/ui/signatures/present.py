"""Turning a verification ``Report`` into what the area shows: banner text, colours, details.

Formatting only (no widgets, no I/O); strings go through Qt's translation layer
with Vietnamese source text.
"""

from __future__ import annotations

import html

from thucongvu.signatures.model import BANNER, Report, SignatureResult
from thucongvu.ui.qt import QCoreApplication

COLOURS = {  # banner background, text
    "green": ("#dff3e4", "#0b5d1e"),
    "amber": ("#fff4d6", "#7a4b00"),
    "red": ("#fbe0e0", "#8a1111"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("SignaturesArea", text)


def status_label(word: str) -> str:
    return {
        "valid": tr("Hợp lệ"), "invalid": tr("Không hợp lệ"), "modified": tr("Đã bị sửa sau khi ký"),
        "untrusted": tr("Không tin cậy"), "expired": tr("Chứng thư hết hạn"), "revoked": tr("Chứng thư bị thu hồi"),
        "indeterminate": tr("Chưa xác định"), "unsigned": tr("Không có chữ ký"), "error": tr("Không đọc được"),
    }.get(word, word)


def role_label(role: str) -> str:
    return {"signer": tr("Người ký"), "seal": tr("Con dấu cơ quan"), "receipt": tr("Văn thư tiếp nhận")}.get(role, role)


def signer_text(sig: SignatureResult) -> str:
    who = sig.signer.name or tr("(không rõ)")
    if sig.signer.organization and sig.signer.organization != who:
        who += f" — {sig.signer.organization}"
    if sig.signer.email:
        who += f" <{sig.signer.email}>"
    return who


def banner(report: Report) -> tuple[str, str, str]:
    """(colour key, headline, body) for the banner above the results."""
    colour = BANNER[report.overall]
    head = {
        "valid": tr("Văn bản nguyên vẹn, chữ ký hợp lệ"),
        "invalid": tr("Chữ ký không hợp lệ: nội dung hoặc chữ ký không khớp"),
        "modified": tr("Văn bản đã bị sửa sau khi ký"),
        "untrusted": tr("Chưa tin cậy được người cấp chứng thư"),
        "expired": tr("Chứng thư của người ký đã hết hạn khi ký"),
        "revoked": tr("Chứng thư của người ký đã bị thu hồi"),
        "indeterminate": tr("Chưa xác định được tình trạng chữ ký"),
    }.get(report.overall, status_label(report.overall))
    lines = []
    for sig in report.signatures:
        first = sig.reasons[0] if sig.reasons else ""
        lines.append(f"{role_label(sig.role)}: {signer_text(sig)} — {status_label(sig.status)}. {first}")
    return colour, head, "\n".join(lines)


def message_banner(overall: str, message: str) -> tuple[str, str, str]:
    return BANNER.get(overall, "red"), status_label(overall), message


def details_html(report: Report, index: int) -> str:
    sig = report.signatures[index]
    e = html.escape
    rows = [
        (tr("Vai trò"), role_label(sig.role)),
        (tr("Trạng thái"), f"{status_label(sig.status)} ({sig.status})"),
        (tr("Người ký"), signer_text(sig)),
        (tr("Thư điện tử công vụ (.gov.vn)"), tr("Có") if sig.signer.email_is_gov_vn else tr("Không")),
        (tr("Cấp bởi"), sig.issuer or ""),
        (tr("Thời điểm ký (người ký khai)"), sig.signing_time or tr("không có")),
        (tr("Dấu thời gian tin cậy"), sig.timestamp or tr("không có")),
        (tr("Thuật toán băm"), (sig.digest_algorithm or "").upper()),
        (tr("Phủ toàn bộ tệp"), tr("Có") if sig.covers_whole_document else tr("Không (có phần nối thêm sau khi ký)")),
    ]
    if sig.field_name:
        rows.insert(0, (tr("Trường chữ ký"), sig.field_name))
    out = ["<table cellspacing='4'>"]
    out += [f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows]
    out.append("</table>")
    out.append(f"<h4>{e(tr('Lý do'))}</h4><ul>" + "".join(f"<li>{e(r)}</li>" for r in sig.reasons + sig.notes) + "</ul>")
    if sig.byte_ranges:
        ranges = ", ".join(tr("byte %1 – %2").replace("%1", f"{a:,}").replace("%2", f"{a + n - 1:,}")
                           for a, n in sig.byte_ranges)
        out.append(f"<h4>{e(tr('Vùng byte được ký'))}</h4><p>{e(ranges)}</p>")
    if sig.chain:
        out.append(f"<h4>{e(tr('Chuỗi chứng thư (người ký → gốc)'))}</h4><ol>")
        for c in sig.chain:
            out.append(f"<li>{e(c.subject)}<br/><small>{e(tr('hiệu lực'))} {e(c.not_before[:10])} → "
                       f"{e(c.not_after[:10])} · SHA-256 {e(c.sha256)}</small></li>")
        out.append("</ol>")
    return "".join(out)
