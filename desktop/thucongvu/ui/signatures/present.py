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


# Spelled out as translate("SignaturesArea", "…") so pyside6-lupdate finds every string (context SignaturesArea).
translate = QCoreApplication.translate


def status_label(word: str) -> str:
    return {
        "valid": translate("SignaturesArea", "Hợp lệ"), "invalid": translate("SignaturesArea", "Không hợp lệ"), "modified": translate("SignaturesArea", "Đã bị sửa sau khi ký"),
        "untrusted": translate("SignaturesArea", "Không tin cậy"), "expired": translate("SignaturesArea", "Chứng thư hết hạn"), "revoked": translate("SignaturesArea", "Chứng thư bị thu hồi"),
        "indeterminate": translate("SignaturesArea", "Chưa xác định"), "unsigned": translate("SignaturesArea", "Không có chữ ký"), "error": translate("SignaturesArea", "Không đọc được"),
    }.get(word, word)


def role_label(role: str) -> str:
    return {"signer": translate("SignaturesArea", "Người ký"), "seal": translate("SignaturesArea", "Con dấu cơ quan"), "receipt": translate("SignaturesArea", "Văn thư tiếp nhận")}.get(role, role)


def signer_text(sig: SignatureResult) -> str:
    who = sig.signer.name or translate("SignaturesArea", "(không rõ)")
    if sig.signer.organization and sig.signer.organization != who:
        who += f" — {sig.signer.organization}"
    if sig.signer.email:
        who += f" <{sig.signer.email}>"
    return who


def banner(report: Report) -> tuple[str, str, str]:
    """(colour key, headline, body) for the banner above the results."""
    colour = BANNER[report.overall]
    head = {
        "valid": translate("SignaturesArea", "Văn bản nguyên vẹn, chữ ký hợp lệ"),
        "invalid": translate("SignaturesArea", "Chữ ký không hợp lệ: nội dung hoặc chữ ký không khớp"),
        "modified": translate("SignaturesArea", "Văn bản đã bị sửa sau khi ký"),
        "untrusted": translate("SignaturesArea", "Chưa tin cậy được người cấp chứng thư"),
        "expired": translate("SignaturesArea", "Chứng thư của người ký đã hết hạn khi ký"),
        "revoked": translate("SignaturesArea", "Chứng thư của người ký đã bị thu hồi"),
        "indeterminate": translate("SignaturesArea", "Chưa xác định được tình trạng chữ ký"),
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
        (translate("SignaturesArea", "Vai trò"), role_label(sig.role)),
        (translate("SignaturesArea", "Trạng thái"), f"{status_label(sig.status)} ({sig.status})"),
        (translate("SignaturesArea", "Người ký"), signer_text(sig)),
        (translate("SignaturesArea", "Thư điện tử công vụ (.gov.vn)"), translate("SignaturesArea", "Có") if sig.signer.email_is_gov_vn else translate("SignaturesArea", "Không")),
        (translate("SignaturesArea", "Cấp bởi"), sig.issuer or ""),
        (translate("SignaturesArea", "Thời điểm ký (người ký khai)"), sig.signing_time or translate("SignaturesArea", "không có")),
        (translate("SignaturesArea", "Dấu thời gian tin cậy"), sig.timestamp or translate("SignaturesArea", "không có")),
        (translate("SignaturesArea", "Thuật toán băm"), (sig.digest_algorithm or "").upper()),
        (translate("SignaturesArea", "Phủ toàn bộ tệp"), translate("SignaturesArea", "Có") if sig.covers_whole_document else translate("SignaturesArea", "Không (có phần nối thêm sau khi ký)")),
    ]
    if sig.field_name:
        rows.insert(0, (translate("SignaturesArea", "Trường chữ ký"), sig.field_name))
    out = ["<table cellspacing='4'>"]
    out += [f"<tr><td><b>{e(k)}</b></td><td>{e(v)}</td></tr>" for k, v in rows]
    out.append("</table>")
    reasons_head = translate("SignaturesArea", "Lý do")
    out.append(f"<h4>{e(reasons_head)}</h4><ul>" + "".join(f"<li>{e(r)}</li>" for r in sig.reasons + sig.notes) + "</ul>")
    if sig.byte_ranges:
        ranges = ", ".join(translate("SignaturesArea", "byte %1 – %2").replace("%1", f"{a:,}").replace("%2", f"{a + n - 1:,}")
                           for a, n in sig.byte_ranges)
        ranges_head = translate("SignaturesArea", "Vùng byte được ký")
        out.append(f"<h4>{e(ranges_head)}</h4><p>{e(ranges)}</p>")
    if sig.chain:
        chain_head = translate("SignaturesArea", "Chuỗi chứng thư (người ký → gốc)")
        validity = translate("SignaturesArea", "hiệu lực")
        out.append(f"<h4>{e(chain_head)}</h4><ol>")
        for c in sig.chain:
            out.append(f"<li>{e(c.subject)}<br/><small>{e(validity)} {e(c.not_before[:10])} → "
                       f"{e(c.not_after[:10])} · SHA-256 {e(c.sha256)}</small></li>")
        out.append("</ol>")
    return "".join(out)
