"""Parsing raw messages: decoding, attachments, byte-exact embedded originals, safe names."""

from datetime import datetime, timezone
from email.message import EmailMessage
from pathlib import Path

import pytest

from thucongvu.errors import UsageError
from thucongvu.mail.mime import Attachment, decode_header, parse, safe_filename, save_attachment


def _message(subject="Giấy mời họp", body="Kính gửi: Sở Thông tin và Truyền thông", html=None, attach=()):
    msg = EmailMessage()
    msg["From"] = "Văn thư Sở <vanthu@stttt.gialai.gov.vn>"
    msg["To"] = "lanhdao@gialai.gov.vn"
    msg["Subject"] = subject
    msg["Date"] = "Mon, 16 Nov 2026 08:30:00 +0700"
    msg["Message-ID"] = "<abc@gialai.gov.vn>"
    msg.set_content(body)
    if html:
        msg.add_alternative(html, subtype="html")
    for name, data, ctype in attach:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return msg.as_bytes()


def test_parse_decodes_vietnamese_headers_and_body():
    parsed = parse(_message(attach=[("Quyết định 123.pdf", b"%PDF-1.7 x", "application/pdf")]))
    assert parsed.subject == "Giấy mời họp"
    assert parsed.from_ == "Văn thư Sở <vanthu@stttt.gialai.gov.vn>"
    assert "Sở Thông tin" in parsed.text
    assert parsed.date == datetime(2026, 11, 16, 1, 30, tzinfo=timezone.utc).timestamp()
    [att] = parsed.attachments
    assert att.name == "Quyết định 123.pdf" and att.data == b"%PDF-1.7 x" and att.size == 10


@pytest.mark.parametrize(
    "encoded, expected",
    [
        ("=?UTF-8?B?UXV54bq/dCDEkeG7i25o?=", "Quyết định"),
        ("=?utf-8?Q?Quy=E1=BA=BFt_=C4=91=E1=BB=8Bnh?=", "Quyết định"),
        ("=?windows-1258?Q?Quy=EA=ECt_=F0i=F2nh?=", "Quyết định"),
        ("=?x-unknown-cs?Q?abc?=", "abc"),
    ],
)
def test_decode_header_rfc2047(encoded, expected):
    assert decode_header(encoded) == expected


def test_html_only_message_gets_text_through_html2text():
    msg = EmailMessage()
    msg["Subject"] = "x"
    msg.set_content("<p>Kính gửi <b>UBND tỉnh</b></p>", subtype="html")
    parsed = parse(msg.as_bytes())
    assert parsed.html and "UBND tỉnh" in parsed.text and "<b>" not in parsed.text


def test_embedded_original_is_byte_exact():
    original = (b"From: a@gialai.gov.vn\r\nTo: b@gialai.gov.vn\r\nSubject: =?utf-8?Q?G=E1=BB=91c?=\r\n"
                b"DKIM-Signature: v=1; a=rsa-sha256; d=gialai.gov.vn;\r\n   b=abc\r\n\r\nN\xe1\xbb\x99i dung\r\n")
    wrapper = (b"From: c@gialai.gov.vn\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\n"
               b'Content-Type: multipart/mixed; boundary="BB"\r\n\r\n'
               b"--BB\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nGhi chu\r\n"
               b"--BB\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
               + original + b"\r\n--BB--\r\n")
    parsed = parse(wrapper)
    [att] = parsed.attachments
    assert att.content_type == "message/rfc822"
    assert att.data == original


@pytest.mark.parametrize(
    "name, expected",
    [
        ("../../x", "x"),
        ("..\\..\\Windows\\evil.exe", "evil.exe"),
        ("/etc/passwd", "passwd"),
        ("..", "tep-dinh-kem"),
        ("CON.txt", "_CON.txt"),
        ("a\x00b:c?.pdf", "a_b_c_.pdf"),
        ("Báo cáo.docx", "Báo cáo.docx"),
    ],
)
def test_safe_filename(name, expected):
    assert safe_filename(name) == expected


def test_save_attachment_never_escapes_and_never_clobbers(tmp_path):
    target = tmp_path / "chon"
    target.mkdir()
    att = Attachment("../../x", "text/plain", 3, b"abc")
    first = save_attachment(att, target)
    second = save_attachment(att, target)
    assert first == target.resolve() / "x" and second == target.resolve() / "x (2)"
    assert not (tmp_path / "x").exists()
    assert first.read_bytes() == b"abc"
    with pytest.raises(UsageError):
        save_attachment(att, tmp_path / "missing")


def test_garbage_does_not_raise():
    parsed = parse(b"\x00\xff garbage without headers")
    assert parsed.subject == "" and parsed.attachments == ()
