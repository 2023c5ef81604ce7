"""ENVELOPE / BODYSTRUCTURE decoding and the index's text path, as tables (no server)."""

import unicodedata

import pytest

from tests.support import mailgen
from thucongvu.mail.envelope import attachments, decode_words, header_date, internal_date
from thucongvu.mail.mime import parse
from thucongvu.mail.textindex import body_text, fold
from thucongvu.text.fold import fold as reference_fold

QD = "Quyết định số 12/QĐ-UBND"


@pytest.mark.parametrize("raw, text", [
    (mailgen.b_word(QD), QD),                                       # RFC 2047 B, UTF-8
    (mailgen.q_word(QD), QD),                                       # Q, UTF-8, split over two words
    (mailgen.q_word(mailgen.to_cp1258(QD), "windows-1258"), QD),    # Q, windows-1258, combining tones → NFC
    (b"=?utf-8?b?UXV54bq/dA==?= =?utf-8?q?_=C4=91=E1=BB=8Bnh?= v\xc3\xa0 x", "Quyết định và x"),
    (b"=?UTF-8?B?" + __import__("base64").b64encode("Đồng Nai".encode())[:-2] + b"?=", "Đồng Nai"[:6]),
    (b"=?x-unknown-charset?Q?caf=C3=A9?=", "café"),                  # unknown charset: UTF-8 then cp1258
    ("Trần Thị Bích".encode(), "Trần Thị Bích"),                     # raw 8-bit UTF-8 header
    (b"plain ascii", "plain ascii"),
    (None, ""),
])
def test_decode_words(raw, text):
    got = decode_words(raw)
    assert got.startswith(text) and unicodedata.is_normalized("NFC", got)


def test_dates():
    assert internal_date(b"22-Nov-2026 15:00:00 +0700") == header_date(b"Sun, 22 Nov 2026 15:00:00 +0700")
    assert internal_date(b"garbage") is None and header_date(b"not a date") is None


def test_bodystructure_attachment_summary():
    text = [b"text", b"plain", [b"charset", b"utf-8"], None, None, b"base64", b"120", b"3", None, None, None, None]
    pdf = [b"application", b"pdf", [b"name", b"=?utf-8?B?UXXhu7Nl.pdf?="], None, None, b"base64", b"5000", None,
           [b"attachment", [b"filename*", b"utf-8''Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh.pdf"]], None, None]
    p7s = [b"application", b"pkcs7-signature", [b"name", b"smime.p7s"], None, None, b"base64", b"900", None,
           [b"attachment", [b"filename", b"smime.p7s"]], None, None]
    found, signed = attachments([[text, pdf, b"mixed", [b"boundary", b"x"], None, None], p7s, b"signed",
                                 [b"protocol", b"application/pkcs7-signature"], None, None])
    assert found == [{"name": "Quyết định.pdf", "type": "application/pdf", "size": 5000, "part": "1.2"}]
    assert signed
    assert attachments(text) == ([], False)


def test_fast_fold_equals_the_reference_fold():
    samples = ["Quyết Định ĐỒNG NAI đăk đoa", unicodedata.normalize("NFD", "Thực hiện chỉ đạo"), "ß Ωmega Кириллица",
               "plain ASCII", ""]
    assert [fold(s) for s in samples] == [reference_fold(s) for s in samples]


@pytest.mark.parametrize("i", [0, 1, 5, 7])
def test_index_text_path_matches_the_reader(i):
    raw = mailgen.message(i)
    assert body_text(raw).strip() == parse(raw).text.strip()


def test_index_text_falls_back_to_the_full_parser_for_html_only_mail():
    raw = (b"Content-Type: text/html; charset=utf-8\r\n\r\n<p>C\xc3\xb4ng v\xc4\x83n <b>kh\xe1\xba\xa9n</b></p>\r\n")
    assert "Công văn" in body_text(raw) and "<p>" not in body_text(raw)
