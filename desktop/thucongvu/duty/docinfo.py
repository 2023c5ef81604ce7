"""Pre-filling a register entry from an incoming message: who sent it, its number, date and summary.

Reads the RFC 5322 message (stdlib ``email``), and the first page of an
attached PDF where its text can be extracted (pypdf). Vietnamese official
documents follow Nghị định 30/2020/NĐ-CP's layout: issuing body in capitals
top-left, "Số: 125/SNV-TCBC", "…, ngày 10 tháng 3 năm 2026", then the
document type and "V/v …" / "Về việc …" summary. Everything here is a
best guess the documentation officer confirms: nothing fails on odd input.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import io
import re
from dataclasses import dataclass

from thucongvu.text.legacy import repair

NUMBER_RE = re.compile(r"(?<![\w/])(\d{1,6}(?:/\d{4})?/[A-ZĐ][A-ZĐ0-9]*(?:[-.][A-ZĐ0-9]+)*)")
LABELLED_NUMBER_RE = re.compile(r"\bSố\s*[:.]\s*(\S+)", re.IGNORECASE)
WORDY_DATE_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE)
NUMERIC_DATE_RE = re.compile(r"(?:ngày\s+)?\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b", re.IGNORECASE)
SUMMARY_RE = re.compile(r"\b(?:V/v|Về việc)\s*[:.]?\s*(.+)", re.IGNORECASE)
DOC_TYPES = ("QUYẾT ĐỊNH", "THÔNG BÁO", "KẾ HOẠCH", "GIẤY MỜI", "BÁO CÁO", "CÔNG VĂN", "TỜ TRÌNH", "CHỈ THỊ",
             "NGHỊ QUYẾT", "HƯỚNG DẪN", "CÔNG ĐIỆN", "THÔNG TƯ", "NGHỊ ĐỊNH")
BOILERPLATE = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
               "Độc lập – Tự do – Hạnh phúc")
SUBJECT_PREFIX_RE = re.compile(r"^\s*(?:(?:re|fw|fwd|tl|chuyển tiếp)\s*:\s*|\[[^\]]*\]\s*)+", re.IGNORECASE)


@dataclass(frozen=True)
class DocInfo:
    sender: str = ""
    doc_number: str = ""
    doc_date: str = ""  # YYYY-MM-DD
    summary: str = ""
    message_id: str | None = None
    received_at: dt.datetime | None = None
    pdf_read: bool = False


def from_message(raw: bytes) -> DocInfo:
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    subject = _header(msg, "Subject")
    from_name, from_addr = email.utils.parseaddr(_header(msg, "From"))
    received = None
    try:
        received = email.utils.parsedate_to_datetime(_header(msg, "Date")) if msg["Date"] else None
    except (TypeError, ValueError):
        pass
    pdf = _first_pdf_text(msg)
    from_pdf = from_text(pdf) if pdf else DocInfo()
    from_subject = from_text(subject, subject_line=True)
    return DocInfo(
        sender=from_pdf.sender or from_name or from_addr,
        doc_number=from_pdf.doc_number or from_subject.doc_number,
        doc_date=from_pdf.doc_date or from_subject.doc_date,
        summary=from_pdf.summary or from_subject.summary,
        message_id=(msg["Message-ID"] or "").strip() or None,
        received_at=received,
        pdf_read=bool(pdf),
    )


def from_text(text: str, *, subject_line: bool = False) -> DocInfo:
    """Number, date, summary (and issuing body for a document page) from plain text."""
    text, _ = repair(text)
    number = ""
    labelled = LABELLED_NUMBER_RE.search(text)
    if labelled and NUMBER_RE.match(labelled.group(1)):
        number = NUMBER_RE.match(labelled.group(1)).group(1)
    elif match := NUMBER_RE.search(text):
        number = match.group(1)
    return DocInfo(sender="" if subject_line else _issuer(text), doc_number=number, doc_date=_date(text),
                   summary=_summary(text, subject_line))


def _date(text: str) -> str:
    for regex in (WORDY_DATE_RE, NUMERIC_DATE_RE):
        for m in regex.finditer(text):
            day, month, year = (int(g) for g in m.groups())
            try:
                return dt.date(year, month, day).isoformat()
            except ValueError:
                continue
    return ""


def _summary(text: str, subject_line: bool) -> str:
    if m := SUMMARY_RE.search(text):
        return _clean(m.group(1).splitlines()[0])
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not subject_line:
        for i, line in enumerate(lines):  # "QUYẾT ĐỊNH" / "Về việc …" or the line after the type
            if _strip_boiler(line).upper() in DOC_TYPES and i + 1 < len(lines):
                return _clean(re.sub(r"^Về\s+", "", lines[i + 1]))
        return ""
    subject = SUBJECT_PREFIX_RE.sub("", text)
    return _clean(subject)


def _issuer(text: str) -> str:
    """The issuing body: the last all-capitals heading line above "Số:" (left column of the header)."""
    candidates = []
    for line in text.splitlines():
        if LABELLED_NUMBER_RE.search(line):
            break
        line = _strip_boiler(line)
        letters = [c for c in line if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and line.upper() not in DOC_TYPES:
            candidates.append(line.strip(" -–"))
    return candidates[-1] if candidates else ""


def _strip_boiler(line: str) -> str:
    for phrase in BOILERPLATE:
        line = line.replace(phrase, "")
    return re.sub(r"\s{2,}", " ", line).strip()


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" .;-–")[:500]


def _header(msg, name: str) -> str:
    try:
        return str(msg[name] or "")
    except (TypeError, ValueError):  # a malformed header the policy cannot decode
        return ""


def _first_pdf_text(msg) -> str:
    for part in msg.walk():
        name = (part.get_filename() or "").lower()
        if part.get_content_type() == "application/pdf" or name.endswith(".pdf"):
            try:
                return pdf_first_page_text(part.get_payload(decode=True) or b"")
            except Exception:  # unreadable, encrypted or scanned PDF: leave the fields for the clerk
                return ""
    return ""


def pdf_first_page_text(data: bytes) -> str:
    """The first page's text (pypdf); "" for a scanned page without a text layer."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if not reader.pages:
        return ""
    return reader.pages[0].extract_text() or ""
