"""Signed PDFs against the test PKI: every verdict word, several signatures, real-world quirks."""

from __future__ import annotations

import io

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from tests.support import pki as P
from thucongvu.errors import UsageError
from thucongvu.signatures import model
from thucongvu.signatures.pdf import verify_pdf
from thucongvu.signatures.trust_store import TrustMaterial


@pytest.fixture(scope="module")
def issued(pki, plain_pdf):
    """Signer, then agency seal, then the receiving văn thư: the usual life of a document."""
    one = P.sign_pdf(plain_pdf, pki.official, "NguoiKy")
    two = P.sign_pdf(one, pki.seal, "DauCoQuan", cades=True)
    three = P.sign_pdf(two, pki.clerk, "VanThu", reason="Văn thư tiếp nhận")
    return one, two, three


def test_valid_single_signature(issued, material):
    report = verify_pdf(issued[0], "qd.pdf", material)
    assert report.overall == model.VALID and report.kind == "pdf"
    sig = report.signatures[0]
    assert sig.signer.name == "Nguyễn Văn An" and sig.signer.email_is_gov_vn
    assert sig.covers_whole_document and sig.role == "signer"
    assert [c.subject.split("Common Name: ")[1].split(",")[0] for c in sig.chain] == [
        "Nguyễn Văn An", "Test CA phục vụ cơ quan Nhà nước", "Test Root CA Chính phủ"]
    assert sig.byte_ranges[0][0] == 0 and sum(length for _, length in sig.byte_ranges) < len(issued[0])


def test_three_signatures_roles_and_coverage(issued, material):
    report = verify_pdf(issued[2], "qd.pdf", material)
    assert [s.status for s in report.signatures] == ["valid"] * 3
    assert [s.role for s in report.signatures] == ["signer", "seal", "receipt"]
    assert [s.covers_whole_document for s in report.signatures] == [False, False, True]
    assert all(s.signing_time for s in report.signatures)
    assert any("thêm chữ ký" in n for n in report.signatures[0].notes)


def test_flipped_byte_is_invalid(issued, material):
    data = bytearray(issued[0])
    at = data.index(b"(Quy")  # inside the page text, covered by the signature
    data[at + 1] ^= 0x01
    report = verify_pdf(bytes(data), "qd.pdf", material)
    assert report.signatures[0].status == model.INVALID
    assert "không khớp" in report.signatures[0].reasons[0]


def test_content_changed_after_signing_is_modified(issued, material):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(issued[1]))
    page = w.root["/Pages"]["/Kids"][0].get_object()
    page["/Contents"] = w.add_object(generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 720 Td (Da sua) Tj ET"))
    w.update_container(page)
    out = io.BytesIO()
    w.write(out)
    report = verify_pdf(out.getvalue(), "qd.pdf", material)
    assert [s.status for s in report.signatures] == [model.MODIFIED, model.MODIFIED]
    assert report.overall == model.MODIFIED
    assert "thay đổi sau khi ký" in report.signatures[0].reasons[0]


@pytest.mark.parametrize("who,word", [("expired", model.EXPIRED), ("revoked", model.REVOKED), ("rogue", model.UNTRUSTED)])
def test_bad_certificates(pki, plain_pdf, material, who, word):
    report = verify_pdf(P.sign_pdf(plain_pdf, getattr(pki, who)), "x.pdf", material)
    assert report.overall == word
    assert report.signatures[0].reasons and report.signatures[0].signer.name


def test_missing_revocation_data_is_indeterminate(pki, issued, material):
    no_crls = TrustMaterial(material.anchors, material.intermediates, [])
    report = verify_pdf(issued[0], "qd.pdf", no_crls)
    assert report.overall == model.INDETERMINATE
    assert "thu hồi" in report.signatures[0].reasons[0]


def test_only_signer_certificate_chain_from_installed_cas(pki, plain_pdf, material):
    """Government tools often embed only the signer's certificate."""
    signed = P.sign_pdf(plain_pdf, pki.official, embed_chain=False)
    assert verify_pdf(signed, "x.pdf", material).overall == model.VALID
    only_root = TrustMaterial().extended([pki.root.cert.public_bytes(Encoding.DER)], material.crls)
    assert verify_pdf(signed, "x.pdf", only_root).overall == model.UNTRUSTED


def test_sha1_signature_is_accepted_with_a_note(pki, plain_pdf, material):
    report = verify_pdf(P.sign_pdf(plain_pdf, pki.official, md="sha1"), "x.pdf", material)
    assert report.overall == model.VALID
    assert report.signatures[0].digest_algorithm == "sha1"
    assert any("SHA-1" in n for n in report.signatures[0].notes)


def test_unsigned_pdf(plain_pdf, material):
    with pytest.raises(model.Unsigned):
        verify_pdf(plain_pdf, "x.pdf", material)


def test_truncated_and_garbage(issued, material):
    for data in (issued[0][: len(issued[0]) // 3], b"%PDF-1.7\n" + bytes(range(256)) * 40):
        with pytest.raises(UsageError):
            verify_pdf(data, "x.pdf", material)


def test_encrypted_pdf_is_refused(material):
    from pyhanko.pdf_utils.generic import StreamObject
    from pyhanko.pdf_utils.writer import PageObject, PdfFileWriter

    w = PdfFileWriter()
    w.insert_page(PageObject(contents=w.add_object(StreamObject(stream_data=b"")), media_box=[0, 0, 100, 100]))
    w.encrypt("chu-so-huu", "mat-khau")
    out = io.BytesIO()
    w.write(out)
    with pytest.raises(UsageError) as err:
        verify_pdf(out.getvalue(), "x.pdf", material)
    assert "mã hóa" in err.value.vi


def test_intermediate_trusted_directly_still_checks_its_crl(pki, plain_pdf, material):
    """Only the state-agency CA imported (no root): its own CRL still decides revocation."""
    sub_only = TrustMaterial().extended([pki.sub.cert.public_bytes(Encoding.DER)], material.crls)
    assert verify_pdf(P.sign_pdf(plain_pdf, pki.official), "x.pdf", sub_only).overall == model.VALID
    assert verify_pdf(P.sign_pdf(plain_pdf, pki.revoked), "x.pdf", sub_only).overall == model.REVOKED
    no_crl = TrustMaterial().extended([pki.sub.cert.public_bytes(Encoding.DER)], [])
    assert verify_pdf(P.sign_pdf(plain_pdf, pki.official), "x.pdf", no_crl).overall == model.INDETERMINATE


def test_expired_without_revocation_data_is_still_expired(pki, plain_pdf, material):
    no_crls = TrustMaterial(material.anchors, material.intermediates, [])
    assert verify_pdf(P.sign_pdf(plain_pdf, pki.expired), "x.pdf", no_crls).overall == model.EXPIRED


def test_timestamp_token_reported(pki, plain_pdf, material):
    report = verify_pdf(P.sign_pdf(plain_pdf, pki.official, tsa=P.timestamper(pki.tsa)), "x.pdf", material)
    assert report.overall == model.VALID
    assert report.signatures[0].timestamp and any("dấu thời gian tin cậy" in n for n in report.signatures[0].notes)


def test_timestamp_before_revocation_keeps_the_signature_valid(pki, plain_pdf, material):
    """A trusted RFC 3161 time before the revocation date proves the signature predates it."""
    early = P.timestamper(pki.tsa, at=P.NOW - 10 * P.DAY)
    assert verify_pdf(P.sign_pdf(plain_pdf, pki.revoked, tsa=early), "x.pdf", material).overall == model.VALID
    assert verify_pdf(P.sign_pdf(plain_pdf, pki.revoked), "x.pdf", material).overall == model.REVOKED


def test_unsupported_subfilter_is_indeterminate(issued, material):
    data = issued[0].replace(b"/adbe.pkcs7.detached", b"/adbe.x509.rsa_sha1 ", 1)
    report = verify_pdf(data, "old.pdf", material)
    assert report.overall == model.INDETERMINATE and "chưa được hỗ trợ" in report.signatures[0].reasons[0]


def test_permitted_form_filling_after_signing_stays_valid(pki, material):
    filled = P.fill_field(P.sign_pdf(P.form_pdf(), pki.official), "Số đến 123")
    report = verify_pdf(filled, "phieu.pdf", material)
    assert report.overall == model.VALID and not report.signatures[0].covers_whole_document
    assert any("biểu mẫu" in n for n in report.signatures[0].notes)


def test_missing_ca_crl_is_tolerated_but_a_revoked_ca_is_not(pki, plain_pdf, material):
    sub_crl_only = TrustMaterial(material.anchors, material.intermediates,
                                 [pki.sub_crl.public_bytes(Encoding.DER)])
    assert verify_pdf(P.sign_pdf(plain_pdf, pki.official), "x.pdf", sub_crl_only).overall == model.VALID

    bad_sub = P.make_ca("CA đã bị thu hồi", pki.root, crl_url=P.ROOT_CRL_URL)
    leaf = P.make_leaf(bad_sub, "Đỗ Văn Em", P.AGENCY, "em.dv@stttt.thu.gov.vn")
    crls = [P.make_crl(pki.root, [(bad_sub.cert, P.NOW - 3 * P.DAY)]).public_bytes(Encoding.DER),
            P.make_crl(bad_sub).public_bytes(Encoding.DER)]
    trust = TrustMaterial().extended([pki.root.cert.public_bytes(Encoding.DER),
                                      bad_sub.cert.public_bytes(Encoding.DER)], crls)
    report = verify_pdf(P.sign_pdf(plain_pdf, leaf), "x.pdf", trust)
    assert report.overall == model.REVOKED and "CA cấp trên" in report.signatures[0].reasons[0]
