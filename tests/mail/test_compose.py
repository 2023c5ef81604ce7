"""Outgoing messages: NFC UTF-8 text, RFC 2047/2231 headers, threading, and the byte-exact unaltered wrap."""

import email
import email.header
import email.policy
import re
import unicodedata

import pytest

from thucongvu.errors import UsageError
from thucongvu.mail.compose import (FileAttachment, build_message, envelope_recipients, forward_inline, reply,
                                    to_bytes, wrap_unaltered)
from thucongvu.mail.envelope import decode_words
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


# -- long Vietnamese headers: every space survives the fold (RFC 2047 §6.2) ----------------------

LONG = "Thông báo lịch bảo trì hệ thống thư điện tử công vụ tỉnh Gia Lai năm 2026"
SUBJECTS = [
    "Báo cáo",
    LONG,
    "Re: " + LONG,
    (LONG + " — ") * 3 + "hết",                                       # 200+ characters
    "ệ" * 90,                                                           # only diacritics, no space at all
    "Hỏi: có họp không? _ = ? (V/v triển khai Kế hoạch số 123/KH-UBND ngày 05/01/2026) of the committee",
    "Giấy mời  họp   trực tuyến sơ kết 6 tháng thực hiện  Chỉ thị 34/2008/CT-TTg về tăng cường",
    unicodedata.normalize("NFD", "Quyết định về việc phân bổ kinh phí chuyển đổi số năm 2026 của Sở Tài chính"),
    "Meeting  notes: a plain ASCII subject long enough to be folded by the standard folder of Python",
] + ["x" * k + " hệ thống thư điện tử công vụ tỉnh Gia Lai" for k in range(1, 40, 3)]  # a space at every fold point


def _head(raw: bytes) -> str:
    return raw.split(b"\r\n\r\n", 1)[0].decode("ascii")


def _raw_value(raw: bytes, name: str) -> str:
    head = re.sub(r"\r\n(?=[ \t])", "", _head(raw))
    return next(line.split(":", 1)[1][1:] for line in head.split("\r\n") if line.lower().startswith(name.lower() + ":"))


def _check_limits(raw: bytes):
    for line in _head(raw).split("\r\n"):
        assert len(line) <= 78, line                                     # RFC 5322 §2.1.1
        if "=?" in line:
            assert len(line) <= 76, line                                 # RFC 2047 §2
    for word in re.findall(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=", _head(raw)):
        assert len(word) <= 75, word


@pytest.mark.parametrize("subject", SUBJECTS)
def test_subject_round_trips_exactly_through_every_decoder(subject):
    expected = unicodedata.normalize("NFC", subject)
    raw = to_bytes(build_message(sender=ME, to="gd@so.gialai.gov.vn", subject=subject, body="x"))
    assert raw.isascii()
    _check_limits(raw)
    assert parse(raw).subject == expected                                # the app's reader
    assert reparse(raw)["Subject"] == expected                           # Python's parser
    strict = email.header.make_header(email.header.decode_header(_raw_value(raw, "Subject")))
    assert str(strict) == expected                                       # RFC 2047 §6.2 to the letter
    assert decode_words(_raw_value(raw, "Subject").encode()) == expected  # the IMAP envelope path


NAMES = ["Văn thư Sở", "Nguyễn Thị Ánh Tuyết", "Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai",
         "Văn phòng Ủy ban nhân dân tỉnh Gia Lai – Phòng Hành chính Tổ chức và Công vụ",
         "Đỗ Thị Hồng Thắm Phó Trưởng Phòng Tổ Chức Cán Bộ Sở Nội Vụ Đắk Lắk Phú Yên Bình Định",
         "Sở Giáo dục và Đào tạo (Văn phòng Sở)", "Nguyen Van A"]


@pytest.mark.parametrize("name", NAMES)
def test_display_names_round_trip(name):
    others = [f'"{n}" <{i}@so.gialai.gov.vn>' for i, n in enumerate(NAMES)] + ["Bộ Nội vụ <a@bộnộivụ.vn>"]
    raw = to_bytes(build_message(sender=ME, sender_name=unicodedata.normalize("NFD", name), to=others,
                                 cc=[f"\"{name}\" <cc@so.gialai.gov.vn>"], subject="x", body="x"))
    assert raw.isascii() and b"<a@xn--bniv-5y5ab0g.vn>" in raw
    _check_limits(raw)
    want_to = ", ".join([f"{n} <{i}@so.gialai.gov.vn>" for i, n in enumerate(NAMES)]
                        + ["Bộ Nội vụ <a@xn--bniv-5y5ab0g.vn>"])
    got = parse(raw)
    assert (got.from_, got.to, got.cc) == (f"{name} <{ME}>", want_to, f"{name} <cc@so.gialai.gov.vn>")
    strict = email.header.make_header(email.header.decode_header(_raw_value(raw, "From")))
    assert str(strict) == f"{name} <{ME}>"
    back = reparse(raw)
    assert [a.addr_spec for a in back["To"].addresses][-1] == "a@xn--bniv-5y5ab0g.vn"
    # Python 3.11's address parser keeps the folding space between two encoded words (CPython gh-128110):
    # at most a doubled space where a long run of accented words had to be cut, never a lost one.
    for addr, want in zip(back["To"].addresses, NAMES + ["Bộ Nội vụ"]):
        assert re.sub(" +", " ", addr.display_name) == want
    assert re.sub(" +", " ", back["From"].addresses[0].display_name) == name


def test_long_names_in_attachments_and_the_unaltered_wrap_keep_their_spaces():
    name = "Công văn số 1432 về việc báo cáo cải cách hành chính quý IV năm 2026 của Sở Nội vụ.pdf"
    original = ORIGINAL.replace(b"Subject: =?utf-8?q?Gi=E1=BA=A5y_m=E1=BB=9Di_h=E1=BB=8Dp?=",
                                b"Subject: " + email.header.Header(LONG, "utf-8").encode().encode())
    msg = wrap_unaltered(original, sender=ME, sender_name=NAMES[3], to="gd@so.gialai.gov.vn", note="Kính chuyển.",
                         filename="Thư gốc về lịch bảo trì hệ thống thư điện tử công vụ tỉnh Gia Lai.eml")
    msg.add_attachment(b"%PDF-1.7", maintype="application", subtype="pdf", filename=name)
    raw = to_bytes(msg)
    _check_limits(raw)
    got = parse(raw)
    assert got.subject == "Chuyển nguyên văn: " + LONG and got.from_ == f"{NAMES[3]} <{ME}>"
    assert [(a.name, a.data) for a in got.attachments] == [
        ("Thư gốc về lịch bảo trì hệ thống thư điện tử công vụ tỉnh Gia Lai.eml", original), (name, b"%PDF-1.7")]
    assert [p.get_filename() for p in reparse(raw).iter_attachments()][1] == name
    assert b"Content-Transfer-Encoding: 8bit\r\n\r\n" + original + b"\r\n--" in raw


def test_ascii_headers_keep_the_standard_folding():
    raw = to_bytes(build_message(sender=ME, sender_name="Van thu", to="Giam doc <gd@so.gialai.gov.vn>",
                                 subject="Ke hoach", body="x"))
    head = _head(raw)
    assert "From: Van thu <vanthu@so.gialai.gov.vn>" in head and "Subject: Ke hoach" in head and "=?" not in head
