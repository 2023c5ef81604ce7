"""Detached CMS (.p7s) beside its document (RFC 5652)."""

from __future__ import annotations

import base64
import datetime

import pytest

from tests.support import pki as P
from thucongvu.errors import UsageError
from thucongvu.signatures import model
from thucongvu.signatures.cms_sig import verify_detached

DOC = "Công văn số 123/STTTT-VP về việc triển khai chữ ký số.".encode()


def test_detached_valid_der_and_pem(pki, material):
    p7s = P.sign_detached(DOC, pki.seal)
    assert verify_detached(DOC, p7s, "cv.docx", material).overall == model.VALID
    pem = b"-----BEGIN PKCS7-----\n" + base64.encodebytes(p7s) + b"-----END PKCS7-----\n"
    report = verify_detached(DOC, pem, "cv.docx", material)
    assert report.overall == model.VALID and report.kind == "cms"
    assert report.signatures[0].role == "seal"


def test_detached_against_altered_document(pki, material):
    p7s = P.sign_detached(DOC, pki.official)
    assert verify_detached(DOC + b" ", p7s, "cv.docx", material).overall == model.INVALID


def test_detached_signature_file_is_garbage(material):
    with pytest.raises(UsageError):
        verify_detached(DOC, b"\x30\x82\xff\xffnot a cms", "cv.docx", material)


def test_local_time_marked_utc_in_signing_time_is_a_note(pki, material):
    """A tool writing Vietnamese local time as UTC puts the signing time 7 h in the future."""
    ahead = P.NOW + datetime.timedelta(hours=7)
    report = verify_detached(DOC, P.sign_detached(DOC, pki.official, signing_time=ahead), "cv.docx", material)
    assert report.overall == model.VALID
    assert any("UTC+7" in n for n in report.signatures[0].notes)


def test_encrypted_smime_payload_is_named(pki):
    from asn1crypto import cms as acms

    from thucongvu.signatures.cms_sig import load_signed_data

    enveloped = acms.ContentInfo({"content_type": "enveloped_data", "content": acms.EnvelopedData({
        "version": "v0", "recipient_infos": [], "encrypted_content_info": {
            "content_type": "data", "content_encryption_algorithm": {"algorithm": "aes256_cbc", "parameters": b"\0" * 16}}})})
    with pytest.raises(UsageError) as err:
        load_signed_data(enveloped.dump())
    assert "mã hóa" in err.value.vi
