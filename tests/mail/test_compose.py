"""Outgoing messages: NFC UTF-8 text, RFC 2047/2231 headers, threading, and the byte-exact unaltered wrap."""

import email
import email.policy
import unicodedata

import pytest

from thucongvu.errors import UsageError
from thucongvu.mail.compose import (FileAttachment, build_message, envelope_recipients, forward_inline, reply,
                                    to_bytes, wrap_unaltered)
from thucongvu.mail.mime import parse

ME = "vanthu@so.gialai.gov.vn"


def reparse(raw: bytes):
    return email.message_from_bytes(raw, policy=email.policy.default)


def test_new_message_is_nfc_utf8_with_encoded_headers():
    decomposed = unicodedata.normalize("NFD", "Quyết định về việc Đồng Nai")
    msg = build_message(sender=ME, sender_name=unicodedata.normalize("NFD", "Văn thư Sở"),
                        to=["Giám đốc <gd@so.gialai.gov.vn>"], cc="pgd@so.gialai.gov.vn, congdan@gmail.com",
                        subject=decomposed, body=decomposed + "\nDòng hai",
                        attachments=[FileAttachment("Báo cáo tháng 1.pdf", b"%PDF-1.7 data")])
    raw = to_bytes(msg)
    assert raw.isascii()                       # RFC 2047 / 2231 / quoted-printable: 7-bit on the wire
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
    back = reparse(raw)
    assert back["Subject"] == unicodedata.normalize("NFC", decomposed)
    assert back["From"].addresses[0].display_name == "Văn thư Sở"
    assert back["Message-ID"].endswith("@so.gialai.gov.vn>")
    assert back["Date"]
    body = back.get_body(("plain",))
    assert body.get_content_charset() == "utf-8"
    assert body.get_content().replace("\r\n", "\n") == unicodedata.normalize("NFC", decomposed) + "\nDòng hai\n"
    att = next(back.iter_attachments())
    assert att.get_filename() == "Báo cáo tháng 1.pdf" and b"filename*=utf-8''" in raw
    assert att.get_content_type() == "application/pdf" and att.get_content() == b"%PDF-1.7 data"
    assert envelope_recipients(msg, bcc=["luu@so.gialai.gov.vn", "GD@so.gialai.gov.vn"]) == [
        "gd@so.gialai.gov.vn", "pgd@so.gialai.gov.vn", "congdan@gmail.com", "luu@so.gialai.gov.vn"]
    assert b"luu@" not in raw                  # Bcc is envelope only


def test_no_recipients_and_unreadable_attachment(tmp_path):
    with pytest.raises(UsageError):
        build_message(sender=ME, to=[], subject="x", body="y")
    with pytest.raises(UsageError, match="Không đọc được tệp"):
        FileAttachment.from_path(tmp_path / "missing.pdf")


ORIGINAL = (b"Return-Path: <gd@ubnd.gialai.gov.vn>\r\n"
            b"DKIM-Signature: v=1; a=rsa-sha256; d=gialai.gov.vn; s=s1;\r\n\th=from:to:subject; bh=abc=; b=def=\r\n"
            b"From: =?utf-8?b?VUJORCB04buJbmg=?= <ubnd@gialai.gov.vn>\r\n"
            b"To: vanthu@so.gialai.gov.vn\r\n"
            b"Subject: =?utf-8?q?Gi=E1=BA=A5y_m=E1=BB=9Di_h=E1=BB=8Dp?=\r\n"
            b"Message-ID: <goc-1@gialai.gov.vn>\r\n"
            b"References: <a@x> <b@x>\r\n"
            b"Date: Mon, 05 Jan 2026 08:00:00 +0700\r\n"
            b"Content-Type: text/plain; charset=utf-8\r\n"
            b"Content-Transfer-Encoding: 8bit\r\n\r\n"
            b"K\xc3\xadnh m\xe1\xbb\x9di \xc4\x91\xe1\xbb\x93ng ch\xc3\xad.\r\n"
            b"From the start of a line\r\n.\r\n   trailing spaces   \r\n\r\n")


def test_wrap_unaltered_keeps_every_byte():
    msg = wrap_unaltered(ORIGINAL, sender=ME, to="gd@so.gialai.gov.vn", note="Kính chuyển lãnh đạo.",
                         filename="Giấy mời.eml")
    raw = to_bytes(msg)
    parsed = parse(raw)
    assert parsed.subject == "Chuyển nguyên văn: Giấy mời họp"
    assert "Kính chuyển lãnh đạo." in parsed.text
    [att] = [a for a in parsed.attachments if a.content_type == "message/rfc822"]
    assert att.data == ORIGINAL
    assert att.name == "Giấy mời.eml"
    assert b"Content-Transfer-Encoding: 8bit\r\n\r\n" + ORIGINAL + b"\r\n--" in raw


def test_wrap_unaltered_boundary_avoids_the_original_and_labels_7bit():
    ascii_orig = b"Subject: hi\r\n\r\n--=_tcv_ looks like a boundary\r\n"
    raw = to_bytes(wrap_unaltered(ascii_orig, sender=ME, to="gd@so.gialai.gov.vn"))
    assert b"Content-Transfer-Encoding: 7bit\r\n\r\n" + ascii_orig in raw
    assert [a.data for a in parse(raw).attachments if a.content_type == "message/rfc822"] == [ascii_orig]
    with pytest.raises(UsageError):
        wrap_unaltered(b"", sender=ME, to="gd@so.gialai.gov.vn")


def test_reply_threads_and_quotes():
    r = reparse(to_bytes(reply(ORIGINAL, sender=ME, body="Đã nhận.")))
    assert r["Subject"] == "Re: Giấy mời họp"
    assert r["In-Reply-To"] == "<goc-1@gialai.gov.vn>"
    assert r["References"].split() == ["<a@x>", "<b@x>", "<goc-1@gialai.gov.vn>"]
    assert [a.addr_spec for a in r["To"].addresses] == ["ubnd@gialai.gov.vn"]
    text = r.get_body(("plain",)).get_content()
    assert text.startswith("Đã nhận.") and "> Kính mời đồng chí." in text
    again = reparse(to_bytes(reply(to_bytes(reply(ORIGINAL, sender=ME)), sender="ubnd@gialai.gov.vn")))
    assert again["Subject"] == "Re: Giấy mời họp"   # no "Re: Re:"


def test_reply_all_leaves_out_myself():
    orig = (b"From: a@gialai.gov.vn\r\nTo: vanthu@so.gialai.gov.vn, b@gialai.gov.vn\r\n"
            b"Cc: Ch\xc3\xa1nh V\xc4\x83n Ph\xc3\xb2ng <c@gialai.gov.vn>, a@gialai.gov.vn\r\nSubject: TL: x\r\n"
            b"Message-ID: <m@x>\r\n\r\nhello\r\n")
    r = reparse(to_bytes(reply(orig, sender=ME, reply_all=True)))
    assert [a.addr_spec for a in r["To"].addresses] == ["a@gialai.gov.vn"]
    assert [a.addr_spec for a in r["Cc"].addresses] == ["b@gialai.gov.vn", "c@gialai.gov.vn"]
    assert r["Subject"] == "Re: x"


def test_forward_inline_carries_text_and_attachments():
    orig = to_bytes(build_message(sender="a@gialai.gov.vn", to=ME, subject="Báo cáo", body="Nội dung báo cáo",
                                  attachments=[FileAttachment("bc.pdf", b"%PDF-1.4 x")]))
    f = parse(to_bytes(forward_inline(orig, sender=ME, to="gd@so.gialai.gov.vn", note="Chuyển anh xem")))
    assert f.subject == "Fwd: Báo cáo"
    assert "Chuyển anh xem" in f.text and "Nội dung báo cáo" in f.text and "Thư chuyển tiếp" in f.text
    assert [(a.name, a.data) for a in f.attachments] == [("bc.pdf", b"%PDF-1.4 x")]


def test_idn_recipient_domains_become_a_labels_and_bad_addresses_are_usage_errors():
    msg = build_message(sender=ME, to=["Anh <b@ủybannd.gialai.gov.vn>"], subject="x", body="y")
    raw = to_bytes(msg)
    assert b"<b@xn--ybannd-vq8b.gialai.gov.vn>" in raw
    assert envelope_recipients(msg, bcc=["c@Ủybannd.gialai.gov.vn"]) == [
        "b@xn--ybannd-vq8b.gialai.gov.vn", "c@xn--ybannd-vq8b.gialai.gov.vn"]
    for bad in ("nguyễn@gialai.gov.vn", "khong-phai-dia-chi"):
        with pytest.raises(UsageError):
            build_message(sender=ME, to=[bad], subject="x", body="y")
