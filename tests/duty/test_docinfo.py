"""Pre-filling register fields from the subject and from the attached PDF's first page."""

from __future__ import annotations

import datetime as dt

from tests.support.duty_samples import document_pdf, incoming_mail
from thucongvu.duty import docinfo
from thucongvu.text.legacy import encode_tcvn3


def test_from_pdf_first_page():
    raw = incoming_mail(subject="Gửi công văn", pdf=document_pdf())
    info = docinfo.from_message(raw)
    assert info.pdf_read
    assert info.sender == "SỞ NỘI VỤ"
    assert info.doc_number == "125/SNV-TCBC"
    assert info.doc_date == "2026-03-10"
    assert info.summary == "triển khai thư điện tử công vụ năm 2026"
    assert info.message_id and info.received_at == dt.datetime(2026, 3, 10, 1, 15, tzinfo=dt.timezone.utc)


def test_decision_title_then_ve_viec_line():
    pdf = document_pdf(number="45/QĐ-UBND", day=dt.date(2026, 1, 5), kind="QUYẾT ĐỊNH",
                       summary="Về việc phê duyệt kế hoạch chuyển đổi số")
    info = docinfo.from_message(incoming_mail(subject="QĐ", pdf=pdf))
    assert (info.doc_number, info.doc_date) == ("45/QĐ-UBND", "2026-01-05")
    assert info.summary == "phê duyệt kế hoạch chuyển đổi số"


def test_from_subject_only():
    raw = incoming_mail(subject="Fwd: [SNV] Công văn số 12/2026/TB-VP ngày 03/02/2026 V/v lịch trực Tết")
    info = docinfo.from_message(raw)
    assert not info.pdf_read
    assert (info.doc_number, info.doc_date, info.summary) == ("12/2026/TB-VP", "2026-02-03", "lịch trực Tết")
    assert info.sender == "Sở Nội vụ tỉnh Gia Lai"


def test_subject_without_markers_becomes_the_summary():
    info = docinfo.from_message(incoming_mail(subject="Re: Giấy mời họp giao ban tháng 3"))
    assert (info.doc_number, info.doc_date, info.summary) == ("", "", "Giấy mời họp giao ban tháng 3")


def test_legacy_encoded_subject_is_repaired_first():
    info = docinfo.from_text("C«ng v¨n sè 7/SYT-NV " + encode_tcvn3("V/v báo cáo số liệu tiêm chủng"),
                             subject_line=True)
    assert info.doc_number == "7/SYT-NV" and info.summary == "báo cáo số liệu tiêm chủng"


def test_broken_pdf_leaves_fields_to_the_clerk():
    info = docinfo.from_message(incoming_mail(subject="Công văn 9/UBND-VX", pdf=b"%PDF-1.7 this is not a pdf"))
    assert not info.pdf_read and info.doc_number == "9/UBND-VX"
