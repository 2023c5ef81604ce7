#!/usr/bin/env python3
"""Regenerates the demo mailbox in resources/sample/mail (Dữ liệu mẫu — sample data, not real documents).

Writes one .eml per message under ``mail/<account>/<folder>/`` and
``mail/accounts.json`` (accounts, folders, unread/flagged lists), plus a PDF
signed with pyHanko by a throw-away sample CA (``certs/``), so the demo shows a
signed document. Run from the repository root:
    .venv/bin/python resources/sample/make_samples.py
The outputs are committed; the app never runs this script.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import sys
import tempfile
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "desktop"))
from thucongvu.mail.headers import WIRE_POLICY  # noqa: E402
MAIL = HERE / "mail"
CERTS = HERE / "certs"
TZ = dt.timezone(dt.timedelta(hours=7))
FOOTER = "\n\n--\nDữ liệu mẫu của Thư Công Vụ — không phải văn bản thật.\n"

UNIT = ("stttt@gialai.gov.vn", "Sở Thông tin và Truyền thông tỉnh Gia Lai")
PERSONAL = ("nguyenthuha.stttt@gialai.gov.vn", "Nguyễn Thu Hà")


def when(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day - 6, hour, minute, tzinfo=TZ)


def message(sender, to, subject, body, date, *, cc=None, html=None, attachments=(), in_reply_to=None):
    msg = EmailMessage()
    msg["From"] = f"{sender[1]} <{sender[0]}>"
    msg["To"] = ", ".join(f"{n} <{a}>" for a, n in to)
    if cc:
        msg["Cc"] = ", ".join(f"{n} <{a}>" for a, n in cc)
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = make_msgid(domain=sender[0].split("@")[1])
    msg["X-ThuCongVu-Sample"] = "Du lieu mau (sample data)"
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    msg.set_content(body + FOOTER)
    if html:
        msg.add_alternative(html, subtype="html")
    for name, ctype, data in attachments:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    # The app's wire policy (mail/headers.py): CPython's default folder would drop the space between two
    # RFC 2047 encoded words of a long Vietnamese subject or name ("hệ thống thư" -> "hệ thốngthư").
    return msg.as_bytes(policy=WIRE_POLICY.clone(linesep="\n"))


# -- documents ------------------------------------------------------------------------------------
def pdf_document(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF of an official letter, drawn by Qt (Vietnamese glyphs need real fonts)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF
    from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    QGuiApplication.instance() or QGuiApplication(["make_samples", "-platform", "offscreen"])
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buf)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 20, 20)))
    writer.setTitle(title)
    writer.setCreator("Thư Công Vụ — dữ liệu mẫu")
    doc = QTextDocument()
    doc.setDefaultStyleSheet("body { font-family: 'DejaVu Serif'; font-size: 13pt; }")
    body = "".join(f"<p>{line}</p>" for line in lines)
    doc.setHtml(f"<body>{body}<p style='color:#a00'><i>DỮ LIỆU MẪU — không phải văn bản thật.</i></p></body>")
    doc.setPageSize(QSizeF(writer.width(), writer.height()))
    doc.print_(writer)
    del writer
    buf.close()
    return bytes(data)


def sample_pki(folder: Path):
    """A throw-away CA and an agency-seal certificate for the sample signature (never a real CA)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    def name(cn, org):
        return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                          x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
                          x509.NameAttribute(NameOID.COMMON_NAME, cn)])

    start = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = name("CA Dữ liệu mẫu Thư Công Vụ (KHÔNG DÙNG THẬT)", "Thư Công Vụ — dữ liệu mẫu")
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(start)
          .not_valid_after(start + dt.timedelta(days=3650))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    leaf = (x509.CertificateBuilder()
            .subject_name(name("UỶ BAN NHÂN DÂN TỈNH GIA LAI (Dữ liệu mẫu)", "UBND tỉnh Gia Lai"))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + dt.timedelta(days=1825))
            .add_extension(x509.SubjectAlternativeName([x509.RFC822Name("vanphong.ubnd@gialai.gov.vn")]), False)
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(ca_key, hashes.SHA256()))
    folder.mkdir(parents=True, exist_ok=True)
    pem = serialization.Encoding.PEM
    (folder / "sample-ca.pem").write_bytes(ca.public_bytes(pem))
    return key, leaf, ca


def signed_pdf(pdf: bytes) -> bytes:
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    key, leaf, ca = sample_pki(CERTS)
    with tempfile.TemporaryDirectory() as tmp:
        t = Path(tmp)
        (t / "key.pem").write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                                      serialization.NoEncryption()))
        (t / "leaf.pem").write_bytes(leaf.public_bytes(serialization.Encoding.PEM))
        (t / "ca.pem").write_bytes(ca.public_bytes(serialization.Encoding.PEM))
        signer = signers.SimpleSigner.load(str(t / "key.pem"), str(t / "leaf.pem"), ca_chain_files=(str(t / "ca.pem"),))
        out = signers.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(pdf)),
                               signers.PdfSignatureMetadata(field_name="ChuKySo", reason="Ký ban hành (dữ liệu mẫu)",
                                                            location="Gia Lai"),
                               signer=signer)
        return out.getvalue()


def xlsx_table() -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Tổng hợp"
    ws.append(["STT", "Đơn vị", "Số chứng thư số đã cấp", "Số văn bản ký số", "Ghi chú"])
    for row in ([1, "UBND xã Ia Ka", 6, 214, ""], [2, "UBND xã Ia Mơ Nông", 5, 187, ""],
                [3, "UBND thị trấn Phú Hòa", 7, 302, ""], [4, "Phòng Văn hóa và Thông tin", 4, 156, "Dữ liệu mẫu"]):
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# -- the mailbox -----------------------------------------------------------------------------------
UBND = ("vanphong.ubnd@gialai.gov.vn", "Văn phòng UBND tỉnh Gia Lai")
SNV = ("snv@gialai.gov.vn", "Sở Nội vụ tỉnh Gia Lai")
STC = ("stc@gialai.gov.vn", "Sở Tài chính tỉnh Gia Lai")
CHUPAH = ("ubndchupah@gialai.gov.vn", "UBND huyện Chư Păh")
TTCNTT = ("ttcntt.stttt@gialai.gov.vn", "Trung tâm Công nghệ thông tin và Truyền thông")
GIAMDOC = ("levanminh.stttt@gialai.gov.vn", "Lê Văn Minh")
DONGNGHIEP = ("phamquocbao.stttt@gialai.gov.vn", "Phạm Quốc Bảo")
CONGTY = ("lienhe@taynguyensoft.com.vn", "Công ty CP Phần mềm Tây Nguyên")
CONGDAN = ("tranvanbinh1980@gmail.com", "Trần Văn Bình")

NEWSLETTER_HTML = """<html><head><script>document.location='http://taynguyensoft.example/track'</script>
<style>body { background: url(http://taynguyensoft.example/bg.png) }</style></head>
<body><h2 style="color:#1f5fa8">Giải pháp số hóa hồ sơ một cửa</h2>
<p>Kính gửi Quý Sở,</p>
<p>Công ty CP Phần mềm Tây Nguyên trân trọng giới thiệu giải pháp <b>số hóa hồ sơ, kết quả giải quyết thủ tục
hành chính</b> đã triển khai tại 12 xã trong tỉnh.</p>
<p><img src="http://taynguyensoft.example/banner.png" alt="Ảnh giới thiệu (nội dung từ xa)" width="480"></p>
<p><img src="http://taynguyensoft.example/pixel.gif" width="1" height="1"></p>
<iframe src="http://taynguyensoft.example/video"></iframe>
<form action="http://taynguyensoft.example/dangky"><input name="email"><button>Đăng ký</button></form>
<p>Xem chi tiết tại <a href="https://taynguyensoft.example/so-hoa">trang giới thiệu</a>.</p>
<p style="color:#777">Dữ liệu mẫu của Thư Công Vụ — không phải thư thật.</p></body></html>"""


def build() -> dict:
    giaymoi = pdf_document("Giấy mời 215/GM-UBND", [
        "<b>ỦY BAN NHÂN DÂN TỈNH GIA LAI</b>", "Số: 215/GM-UBND", "<b>GIẤY MỜI</b>",
        "Họp trực tuyến sơ kết 6 tháng thực hiện Chỉ thị số 34/2008/CT-TTg về tăng cường sử dụng "
        "hệ thống thư điện tử trong hoạt động của cơ quan nhà nước.",
        "Thời gian: 08 giờ 00, thứ Năm ngày 26/11/2026.", "Địa điểm: điểm cầu trực tuyến các sở, ngành, địa phương.",
        "Thành phần: Lãnh đạo Sở Thông tin và Truyền thông; đại diện Văn phòng UBND tỉnh."])
    congvan = pdf_document("Công văn 1432/SNV-CCHC", [
        "<b>SỞ NỘI VỤ TỈNH GIA LAI</b>", "Số: 1432/SNV-CCHC",
        "V/v báo cáo công tác cải cách hành chính quý IV năm 2026.",
        "Đề nghị các cơ quan, đơn vị gửi báo cáo về Sở Nội vụ trước ngày 05/12/2026 qua hệ thống thư điện tử công vụ."])
    unit_inbox = [
        ("giay-moi-215.eml", message(UBND, [UNIT], "Giấy mời họp trực tuyến sơ kết 6 tháng thực hiện Chỉ thị 34/2008/CT-TTg",
            "Kính gửi: Sở Thông tin và Truyền thông.\n\nVăn phòng UBND tỉnh gửi kèm Giấy mời số 215/GM-UBND "
            "(văn bản điện tử có chữ ký số của UBND tỉnh). Đề nghị Sở cử lãnh đạo tham dự đúng thành phần.\n\n"
            "Trân trọng.", when(23, 8, 12), attachments=[("215-GM-UBND.pdf", "application/pdf", signed_pdf(giaymoi))])),
        ("cong-van-1432.eml", message(SNV, [UNIT], "Công văn số 1432/SNV-CCHC về việc báo cáo cải cách hành chính quý IV",
            "Kính gửi: Các sở, ban, ngành tỉnh.\n\nSở Nội vụ gửi Công văn số 1432/SNV-CCHC. Đề nghị các đơn vị "
            "gửi báo cáo trước ngày 05/12/2026.\n\nTrân trọng.", when(23, 7, 45),
            attachments=[("1432-SNV-CCHC.pdf", "application/pdf", congvan)])),
        ("de-xuat-so-hoa.eml", message(CONGTY, [UNIT], "Đề xuất giải pháp số hóa hồ sơ một cửa",
            "Kính gửi Quý Sở, Công ty CP Phần mềm Tây Nguyên trân trọng giới thiệu giải pháp số hóa hồ sơ.",
            when(22, 16, 30), html=NEWSLETTER_HTML)),
        ("bao-cao-chu-ky-so.eml", message(CHUPAH, [UNIT], "Báo cáo kết quả triển khai chữ ký số chuyên dùng trên địa bàn huyện",
            "Kính gửi: Sở Thông tin và Truyền thông.\n\nUBND huyện Chư Păh báo cáo kết quả triển khai chữ ký số "
            "chuyên dùng năm 2026, biểu tổng hợp gửi kèm.\n\nTrân trọng.", when(21, 14, 5),
            attachments=[("Bieu-tong-hop-chu-ky-so.xlsx",
                          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_table())])),
        ("kien-nghi-song.eml", message(CONGDAN, [UNIT], "Kiến nghị về chất lượng sóng di động tại xã Ia Ka",
            "Kính gửi Sở Thông tin và Truyền thông,\n\nTôi là Trần Văn Bình, thôn Ia Ring, xã Ia Ka. Từ tháng 10 "
            "đến nay sóng di động tại thôn rất yếu, người dân khó liên lạc. Kính đề nghị Sở xem xét.\n\nXin cảm ơn.",
            when(20, 19, 40))),
        ("quyet-dinh-87.eml", message(STC, [UNIT], "Quyết định số 87/QĐ-STC về việc phân bổ kinh phí chuyển đổi số năm 2026",
            "Kính gửi: Sở Thông tin và Truyền thông.\n\nSở Tài chính gửi Quyết định số 87/QĐ-STC ngày 18/11/2026. "
            "Bản giấy không gửi.\n\nTrân trọng.", when(18, 10, 20))),
        ("bao-tri-he-thong.eml", message(TTCNTT, [UNIT, PERSONAL], "Thông báo lịch bảo trì hệ thống thư điện tử công vụ",
            "Trung tâm CNTT&TT thông báo: hệ thống thư điện tử công vụ tỉnh tạm dừng để bảo trì từ 22 giờ 00 thứ Bảy "
            "ngày 28/11/2026 đến 02 giờ 00 Chủ nhật ngày 29/11/2026.", when(17, 15, 0))),
    ]
    unit_sent = [
        ("bao-cao-sd-thu.eml", message(UNIT, [UBND], "Báo cáo tình hình sử dụng thư điện tử công vụ 6 tháng đầu năm 2026",
            "Kính gửi: Văn phòng UBND tỉnh.\n\nSở Thông tin và Truyền thông gửi báo cáo tình hình sử dụng hệ thống "
            "thư điện tử công vụ 6 tháng đầu năm 2026 của các cơ quan nhà nước trên địa bàn tỉnh.\n\nTrân trọng.",
            when(16, 9, 30))),
    ]
    personal_inbox = [
        ("giao-ban.eml", message(GIAMDOC, [PERSONAL], "Chuẩn bị nội dung họp giao ban tuần",
            "Chị Hà,\n\nChị tổng hợp giúp tình hình tiếp nhận văn bản điện tử của Sở trong tuần, gửi anh trước "
            "16 giờ chiều nay để chuẩn bị giao ban sáng thứ Hai.\n\nCảm ơn chị.", when(23, 9, 5))),
        ("du-thao-ke-hoach.eml", message(DONGNGHIEP, [PERSONAL], "Re: Dự thảo kế hoạch chuyển đổi số năm 2027",
            "Chị Hà ơi,\n\nEm đã chỉnh mục III theo góp ý của chị, phần kinh phí giữ nguyên. Chị xem lại giúp em "
            "nhé.\n\n> Bảo ơi, mục III cần bổ sung chỉ tiêu về tỷ lệ văn bản ký số.", when(20, 11, 15),
            cc=[GIAMDOC])),
        ("huong-dan-chung-thu.eml", message(TTCNTT, [PERSONAL], "Hướng dẫn cài đặt chứng thư số chuyên dùng",
            "Hướng dẫn cài đặt chứng thư số chuyên dùng trên máy tính: 1) cài trình điều khiển thiết bị ký số; "
            "2) nhập chứng thư gốc của Ban Cơ yếu Chính phủ; 3) kiểm tra chữ ký trên văn bản mẫu.",
            when(12, 8, 0), html="<h3>Hướng dẫn cài đặt chứng thư số chuyên dùng</h3><ol><li>Cài trình điều khiển "
            "thiết bị ký số.</li><li>Nhập chứng thư gốc của <b>Ban Cơ yếu Chính phủ</b>.</li><li>Kiểm tra chữ ký "
            "trên văn bản mẫu.</li></ol><p style='color:#777'>Dữ liệu mẫu của Thư Công Vụ.</p>")),
    ]
    personal_sent = [
        ("gui-tong-hop.eml", message(PERSONAL, [GIAMDOC], "Tổng hợp văn bản điện tử tiếp nhận trong tuần",
            "Kính gửi anh Minh,\n\nEm gửi anh số liệu: trong tuần Sở tiếp nhận 47 văn bản điện tử, trong đó 41 "
            "văn bản có chữ ký số.\n\nEm Hà.", when(23, 15, 20))),
    ]
    layout = {
        UNIT[0]: {"INBOX": unit_inbox, "Sent": unit_sent, "Drafts": [], "Trash": []},
        PERSONAL[0]: {"INBOX": personal_inbox, "Sent": personal_sent, "Drafts": [], "Trash": []},
    }
    return layout


def main() -> int:
    layout = build()
    if MAIL.exists():
        shutil.rmtree(MAIL)
    index = {"note": "Dữ liệu mẫu (sample data) — not real correspondence", "accounts": []}
    unread = {"giay-moi-215.eml", "cong-van-1432.eml", "de-xuat-so-hoa.eml", "kien-nghi-song.eml", "giao-ban.eml"}
    flagged = {"quyet-dinh-87.eml", "giay-moi-215.eml"}
    for email, display, unit in ((UNIT[0], UNIT[1], True), (PERSONAL[0], PERSONAL[1], False)):
        folders = []
        for folder, items in layout[email].items():
            target = MAIL / email / folder
            target.mkdir(parents=True, exist_ok=True)
            for filename, raw in items:
                (target / filename).write_bytes(raw)
            folders.append({"name": folder, "role": folder.lower() if folder != "INBOX" else "inbox",
                            "unread": sorted(f for f, _ in items if f in unread),
                            "flagged": sorted(f for f, _ in items if f in flagged)})
        index["accounts"].append({"email": email, "display_name": display, "unit_mailbox": unit, "folders": folders})
    (MAIL / "accounts.json").write_text(json.dumps(index, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {sum(1 for _ in MAIL.rglob('*.eml'))} messages to {MAIL}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
