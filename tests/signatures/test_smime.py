"""S/MIME mail (RFC 8551): multipart/signed and opaque signed-data, tampering, clocks, attachments."""

from __future__ import annotations

import pytest

from tests.support import pki as P
from thucongvu.signatures import model
from thucongvu.signatures.smime import verify_mail

BODY = "Kính gửi: Văn phòng UBND tỉnh.\nSở TTTT gửi kèm Quyết định số 01/QĐ-STTTT."


@pytest.fixture(scope="module")
def signed_mail(pki):
    return P.smime_multipart(BODY, pki.official)


def test_multipart_signed_valid(signed_mail, material):
    report = verify_mail(signed_mail, "thu.eml", material)
    assert report.kind == "smime" and report.overall == model.VALID
    s = report.signatures[0]
    assert s.signer.email == "an.nv@stttt.thu.gov.vn" and s.signer.email_is_gov_vn
    assert s.covers_whole_document


def test_body_altered_is_invalid(signed_mail, material):
    tampered = signed_mail.replace("01/QĐ".encode(), "02/QĐ".encode())
    assert tampered != signed_mail
    assert verify_mail(tampered, "thu.eml", material).overall == model.INVALID


def test_untrusted_signer(pki, material):
    assert verify_mail(P.smime_multipart(BODY, pki.rogue), "thu.eml", material).overall == model.UNTRUSTED


def test_bare_lf_storage_still_verifies(signed_mail, material):
    """Mail stored with Unix line ends is canonicalised back to CRLF before checking (RFC 8551 §3.1.1)."""
    assert verify_mail(signed_mail.replace(b"\r\n", b"\n"), "thu.eml", material).overall == model.VALID


def test_opaque_signed_data(pki, material):
    report = verify_mail(P.smime_opaque(BODY, pki.official), "thu.eml", material)
    assert report.overall == model.VALID


def test_local_time_marked_utc_is_a_note_only(pki, material):
    """Signing time ≈ now (UTC); a Date header 7 h off looks like local time marked UTC."""
    import datetime as dt
    from email.utils import format_datetime

    skewed = format_datetime(dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=7))
    report = verify_mail(P.smime_multipart(BODY, pki.official, date_header=skewed), "thu.eml", material)
    assert report.overall == model.VALID
    assert any("UTC+7" in n for n in report.signatures[0].notes)


def test_signed_pdf_attachment_in_plain_mail(pki, plain_pdf, material):
    import email.message

    msg = email.message.EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "an.nv@stttt.thu.gov.vn", "vanthu@ubnd.thu.gov.vn", "QĐ"
    msg.set_content("Gửi kèm quyết định.")
    msg.add_attachment(P.sign_pdf(plain_pdf, pki.official), maintype="application", subtype="pdf", filename="qd.pdf")
    report = verify_mail(msg.as_bytes(), "thu.eml", material)
    assert report.overall == model.VALID and report.signatures[0].field_name.startswith("qd.pdf")


def test_unsigned_mail(material):
    raw = b"From: a@b.gov.vn\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\nhello\r\n"
    with pytest.raises(model.Unsigned):
        verify_mail(raw, "thu.eml", material)


def test_no_signing_time_uses_the_date_header(pki, material):
    """No signed attributes at all: the mail's Date is when it was signed (the expired leaf was valid then)."""
    from email.utils import format_datetime

    then = format_datetime(P.NOW - 600 * P.DAY)
    report = verify_mail(P.smime_multipart(BODY, pki.expired, date_header=then, plain=True), "thu.eml", material)
    assert report.overall == model.VALID
    assert any("tiêu đề Date" in n for n in report.signatures[0].notes)
    recent = format_datetime(P.NOW)
    assert verify_mail(P.smime_multipart(BODY, pki.expired, date_header=recent, plain=True), "thu.eml",
                       material).overall == model.EXPIRED


def test_sender_differs_from_certificate_is_a_note(pki, material):
    raw = P.smime_multipart(BODY, pki.official).replace(b"From: an.nv@", b"From: khac@", 1)
    report = verify_mail(raw, "thu.eml", material)
    assert report.overall == model.VALID and any("khác địa chỉ" in n for n in report.signatures[0].notes)
    assert not any("khác địa chỉ" in n for n in verify_mail(P.smime_multipart(BODY, pki.official), "t.eml",
                                                          material).signatures[0].notes)
