"""Signed e-mail: S/MIME (RFC 8551) and signed documents attached to a message.

``multipart/signed`` (RFC 1847): the signature covers the first body part's
bytes exactly as transmitted, in canonical CRLF form (RFC 8551 §3.1.1), so they
are cut from the raw message at the MIME boundaries (RFC 2046 §5.1.1: the
CRLF before a delimiter belongs to the delimiter); the stdlib parser would
re-serialise them. ``application/pkcs7-mime; smime-type=signed-data`` carries
its content inside the CMS. Signed PDFs and ``X`` + ``X.p7s`` pairs among the
attachments are verified too. The mail's Date header is compared with the
signing time, as a note only.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import re
from email.utils import parsedate_to_datetime

from thucongvu.errors import UsageError
from thucongvu.signatures import cms_sig, model, pdf
from thucongvu.signatures.trust_store import TrustMaterial

SIG_TYPES = ("application/pkcs7-signature", "application/x-pkcs7-signature")
MIME_TYPES = ("application/pkcs7-mime", "application/x-pkcs7-mime")


def looks_like_mail(data: bytes) -> bool:
    head = data[:8192].lower()
    return (b"\ncontent-type:" in b"\n" + head or head.startswith(b"content-type:")) and (
        b"mime-version:" in head or b"\nfrom:" in b"\n" + head or b"\nsubject:" in b"\n" + head)


def signed_part_bytes(raw: bytes, boundary: str) -> bytes:
    """The first body part of a multipart/signed entity, canonicalised to CRLF."""
    b = re.escape(boundary.encode("utf-8", "surrogateescape"))
    start = re.search(rb"(?:^|\n)--" + b + rb"[ \t]*\r?\n", raw)
    if not start:
        raise UsageError("Thư ký S/MIME hỏng: không tìm thấy ranh giới MIME", "Broken S/MIME mail: MIME boundary not found")
    end = re.compile(rb"\r?\n--" + b).search(raw, start.end())
    if not end:
        raise UsageError("Thư ký S/MIME bị cắt cụt", "Truncated S/MIME mail")
    part = raw[start.end():end.start()]
    return re.sub(rb"(?<!\r)\n", b"\r\n", part)


def _date(msg) -> dt.datetime | None:
    try:
        return parsedate_to_datetime(msg["Date"]) if msg["Date"] else None
    except Exception:
        return None


def verify_mail(raw: bytes, name: str, material: TrustMaterial) -> model.Report:
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as exc:
        raise UsageError("Không đọc được thư", f"Unreadable mail: {exc}") from exc
    date = _date(msg)
    report = model.Report(file=name, kind="smime")
    attachments: dict[str, bytes] = {}
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "multipart/signed" and (part.get_param("protocol") or "").lower() in SIG_TYPES:
            payload = part.get_payload()
            if not isinstance(payload, list) or len(payload) < 2:
                raise UsageError("Thư ký S/MIME thiếu phần chữ ký", "S/MIME mail without its signature part")
            content = signed_part_bytes(raw, part.get_boundary() or "")
            sig = payload[1].get_payload(decode=True) or b""
            report.signatures.append(cms_sig.assess(cms_sig.load_signed_data(sig), content, material,
                                                    field_name="S/MIME", date_header=date))
        elif ctype in MIME_TYPES and (part.get_param("smime-type") or "signed-data").lower() == "signed-data":
            data = part.get_payload(decode=True) or b""
            sd = cms_sig.load_signed_data(data)
            if sd["encap_content_info"]["content"].native is None:
                continue
            report.signatures.append(cms_sig.assess(sd, None, material, field_name="S/MIME", date_header=date))
        elif part.get_filename() and not part.is_multipart():
            attachments[part.get_filename()] = part.get_payload(decode=True) or b""
    _sender_note(report, msg)
    _attachments(report, attachments, material)
    if not report.signatures:
        raise model.Unsigned("smime", f"Thư {name} không có chữ ký số (S/MIME) hay tài liệu ký số đính kèm",
                             f"The mail {name} carries no S/MIME signature or signed attachment")
    return report


def _sender_note(report: model.Report, msg) -> None:
    """RFC 8551 §3.3: the sender's address should be the one in the signer's certificate."""
    from email.utils import parseaddr

    sender = parseaddr(msg["From"] or "")[1].lower()
    for sig in report.signatures:
        email_addr = (sig.signer.email or "").lower()
        if sender and email_addr and sender != email_addr:
            sig.notes.append(f"Ghi chú: người gửi thư ({sender}) khác địa chỉ thư trong chứng thư ký ({email_addr}).")


def _attachments(report: model.Report, attachments: dict[str, bytes], material: TrustMaterial) -> None:
    for filename, data in attachments.items():
        lower = filename.lower()
        if lower.endswith(".pdf") or data[:5] == b"%PDF-":
            try:
                sub = pdf.verify_pdf(data, filename, material)
            except UsageError:
                continue  # an unsigned or unreadable attachment is not a signature
            for s in sub.signatures:
                s.field_name = f"{filename}: {s.field_name}"
            report.signatures += sub.signatures
        elif lower.endswith((".p7s", ".sig")) and filename[: -4] in attachments:
            try:
                sub = cms_sig.verify_detached(attachments[filename[:-4]], data, filename[:-4], material)
            except UsageError:
                continue
            for s in sub.signatures:
                s.field_name = filename
            report.signatures += sub.signatures
