"""Realistic Vietnamese official messages as raw bytes, for seeding test mailboxes.

Subjects and senders look like provincial correspondence (công văn, quyết
định, kế hoạch …), headers are RFC 2047 encoded (UTF-8 B and Q; a few in
windows-1258), and every ``pdf_every``-th message carries a PDF attachment
(RFC 2231 file name). Built from byte templates: fast enough for 100,000.
"""

from __future__ import annotations

import base64
import random
import unicodedata
from email.utils import formatdate
from urllib.parse import quote

UNITS = [
    ("Văn phòng UBND tỉnh", "vpubnd"), ("Sở Nội vụ", "sonoivu"), ("Sở Tài chính", "stc"),
    ("Sở Kế hoạch và Đầu tư", "skhdt"), ("Sở Giáo dục và Đào tạo", "sgddt"), ("Sở Y tế", "syt"),
    ("Sở Thông tin và Truyền thông", "stttt"), ("UBND huyện Đăk Đoa", "dakdoa"),
    ("UBND thành phố Pleiku", "pleiku"), ("Thanh tra tỉnh", "thanhtra"),
]
PROVINCES = [("Gia Lai", "gialai"), ("Đồng Nai", "dongnai"), ("Đắk Lắk", "daklak"), ("Quảng Nam", "quangnam")]
PEOPLE = ["Nguyễn Văn An", "Trần Thị Bích", "Lê Hoàng Đức", "Phạm Minh Đạt", "Võ Thị Hồng", "Đặng Quốc Huy"]
KINDS = [
    "Quyết định số {n}/QĐ-UBND về việc phê duyệt kế hoạch {topic}",
    "Công văn số {n}/UBND-VX V/v triển khai {topic}",
    "Kế hoạch số {n}/KH-UBND thực hiện {topic} năm 2026",
    "Thông báo số {n}/TB-VP kết luận cuộc họp về {topic}",
    "Báo cáo số {n}/BC-SNV tình hình {topic} 6 tháng đầu năm",
    "Giấy mời họp về {topic}",
]
TOPICS = [
    "chuyển đổi số", "cải cách hành chính", "phòng chống thiên tai", "đầu tư công", "đào tạo cán bộ",
    "xây dựng nông thôn mới", "an toàn thông tin", "ứng dụng chữ ký số", "quản lý văn bản điện tử",
]
BODY = ("Kính gửi: {to_unit}\r\n\r\nThực hiện chỉ đạo của Ủy ban nhân dân tỉnh về {topic}, {unit} đề nghị các "
        "cơ quan, đơn vị nghiên cứu, triển khai thực hiện và báo cáo kết quả trước ngày {day}/12/2026.\r\n\r\n"
        "Nơi nhận:\r\n- Như trên;\r\n- Lưu: VT.\r\n\r\nTL. CHỦ TỊCH\r\nCHÁNH VĂN PHÒNG\r\n{person}\r\n")


def b_word(text: str) -> bytes:
    return b"=?utf-8?B?" + base64.b64encode(text.encode()) + b"?="


def q_word(text: str, charset: str = "utf-8") -> bytes:
    """RFC 2047 Q words of at most ~40 characters each, folded onto continuation lines."""
    words, chunk = [], ""
    for ch in text:
        chunk += ch
        if len(chunk) >= 40:
            words.append(chunk)
            chunk = ""
    if chunk:
        words.append(chunk)
    out = []
    for w in words:
        data = w.encode(charset)
        enc = "".join(chr(b) if chr(b).isalnum() and b < 128 else "_" if b == 32 else f"={b:02X}" for b in data)
        out.append(b"=?" + charset.encode() + b"?Q?" + enc.encode() + b"?=")
    return b"\r\n ".join(out)


def to_cp1258(text: str) -> str:
    """Windows-1258 writes tone marks as combining characters after a base letter (â, ê, ơ, ư …)."""
    out = []
    for ch in text:
        try:
            ch.encode("cp1258")
            out.append(ch)
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        shape = "".join(m for m in parts[1:] if m in "\u0302\u0306\u031b")
        tones = "".join(m for m in parts[1:] if m not in shape)
        out.append(unicodedata.normalize("NFC", parts[0] + shape) + tones)
    return "".join(out)


def fake_pdf(size: int, seed: int) -> bytes:
    rnd = random.Random(seed)
    body = bytes(rnd.getrandbits(8) for _ in range(min(size, 4096))) * (size // 4096 + 1)
    return b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + body[:size] + b"\n%%EOF\n"


_PDF_B64 = {}


def message(i: int, *, pdf_every: int = 5, pdf_size: int = 24_000, seed: int = 7) -> bytes:
    rnd = random.Random(seed * 1_000_003 + i)
    unit, slug = UNITS[i % len(UNITS)]
    prov, pslug = PROVINCES[(i // 7) % len(PROVINCES)]
    person = PEOPLE[i % len(PEOPLE)]
    topic = TOPICS[rnd.randrange(len(TOPICS))]
    subject = KINDS[i % len(KINDS)].format(n=100 + i, topic=topic)
    enc_subject = q_word(subject) if i % 3 == 1 else b_word(subject)
    if i % 50 == 7:  # legacy senders still write windows-1258 (decomposed tone marks)
        enc_subject = q_word(to_cp1258(subject), "windows-1258")
    date = formatdate(1_790_000_000 + i * 97, localtime=False).encode()
    head = (b"Return-Path: <" + slug.encode() + b"@" + pslug.encode() + b".gov.vn>\r\n"
            b"From: " + b_word(f"{unit} {prov}") + b" <" + slug.encode() + b"@" + pslug.encode() + b".gov.vn>\r\n"
            b"To: " + b_word("Văn thư") + b" <vanthu@" + pslug.encode() + b".gov.vn>\r\n"
            b"Cc: " + b_word(person) + b" <canbo" + str(i % 40).encode() + b"@" + pslug.encode() + b".gov.vn>\r\n"
            b"Subject: " + enc_subject + b"\r\n"
            b"Date: " + date + b"\r\n"
            b"Message-ID: <" + str(i).encode() + b"." + str(seed).encode() + b"@" + pslug.encode() + b".gov.vn>\r\n"
            b"MIME-Version: 1.0\r\n")
    text = BODY.format(to_unit="Các sở, ban, ngành", topic=topic, unit=unit, day=1 + i % 28, person=person)
    text_part = base64.encodebytes(text.encode())
    if not pdf_every or i % pdf_every:
        return (head + b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + text_part.replace(b"\n", b"\r\n"))
    key = (pdf_size, seed)
    if key not in _PDF_B64:
        _PDF_B64[key] = base64.encodebytes(fake_pdf(pdf_size, seed)).replace(b"\n", b"\r\n")
    name = f"{100 + i}-QĐ-UBND.pdf".encode()
    pct = quote(name, safe="")
    boundary = b"----=_tcv_" + str(i).encode()
    return (head + b'Content-Type: multipart/mixed; boundary="' + boundary + b'"\r\n\r\n'
            b"--" + boundary + b"\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + text_part.replace(b"\n", b"\r\n") +
            b"--" + boundary + b"\r\nContent-Type: application/pdf; name=\"" + b_word(name.decode()) + b"\"\r\n"
            b"Content-Disposition: attachment; filename*=utf-8''" + pct.encode() + b"\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n" + _PDF_B64[key] +
            b"--" + boundary + b"--\r\n")


def messages(n: int, start: int = 0, **kw):
    for i in range(start, start + n):
        yield message(i, **kw)
