"""Secrecy markings block sending; everyday words with "mật"/"mặt" do not."""

import pytest

from thucongvu.errors import PolicyError
from thucongvu.policy.classified import check_not_classified, find_markings

MARKED_SUBJECTS = [
    ("MẬT", "MẬT"),
    ("Mật", "MẬT"),
    ("mật", "MẬT"),                              # the whole subject is the stamp
    ("(MẬT) Kế hoạch phòng thủ dân sự", "MẬT"),
    ("Kế hoạch phòng thủ [Mật]", "MẬT"),
    ("Kế hoạch phòng thủ MẬT", "MẬT"),
    ("TỐI MẬT - Phương án", "TỐI MẬT"),
    ("Báo cáo tối mật", "TỐI MẬT"),
    ("TUYỆT MẬT", "TUYỆT MẬT"),
    ("Tuyệt mật: kế hoạch", "TUYỆT MẬT"),
    ("TOI MAT ke hoach", "TỐI MẬT"),             # unaccented, as a stamp in capitals
    ("TUYET MAT", "TUYỆT MẬT"),
    ("(MAT) ke hoach", "MẬT"),
    ("MAT", "MẬT"),
    ("Độ mật: Mật", "MẬT"),
    ("ĐỘ MẬT: TỐI MẬT", "TỐI MẬT"),
    ("Do mat: tuyet mat", "TUYỆT MẬT"),
    ("Quyết định số 12 «MẬT»", "MẬT"),
    ("MA\u0323\u0302T", "MẬT"),                   # decomposed Unicode is normalised first
]

CLEAN_SUBJECTS = [
    "Đổi mật khẩu hộp thư",
    "ĐỔI MẬT KHẨU HỆ THỐNG",
    "Mặt trận Tổ quốc tỉnh Gia Lai",
    "MẶT TRẬN TỔ QUỐC",
    "Mật độ dân số năm 2025",
    "MẬT ĐỘ DÂN SỐ",
    "Bảo mật thông tin cá nhân",
    "AN TOÀN, BẢO MẬT THÔNG TIN",
    "Giữ bí mật kinh doanh của doanh nghiệp",
    "Không gửi tài liệu mật qua thư điện tử",       # a reminder in prose is not a stamp
    "Mất điện khu vực phường 3",
    "Thời tiết mát mẻ",
    "Mat khau moi cua ban",
    "Nuôi ong lấy MẬT ONG",
    "Quan hệ mật thiết giữa hai đơn vị",
    "Độ mật: Thường",
    "Format of the report",
    "Họp mặt đầu năm",
    "toi mat ca ngay",                            # unaccented lower case is ambiguous prose
    "Ứng dụng mật mã trong chữ ký số",
    "V/v tăng cường bảo mật hệ thống thư điện tử công vụ",
    "QUY CHẾ BẢO VỆ BÍ MẬT NHÀ NƯỚC",
    "Danh mục bí mật nhà nước độ Mật của ngành",
    "HƯỚNG DẪN ĐỔI MẬT KHẨU",
    "Kính gửi ông Nguyễn Văn Mật, Trưởng thôn",
]


@pytest.mark.parametrize("subject, grade", MARKED_SUBJECTS)
def test_marked_subjects(subject, grade):
    marks = find_markings(subject=subject)
    assert marks, subject
    assert marks[0].grade == grade and marks[0].where == "tiêu đề"


@pytest.mark.parametrize("subject", CLEAN_SUBJECTS)
def test_everyday_words_are_not_markings(subject):
    assert find_markings(subject=subject, body=subject) == []


def test_body_stamp_on_its_own_line():
    body = "Kính gửi: Giám đốc Sở\n\nMẬT\n\nNội dung kế hoạch…"
    assert find_markings(body=body)[0].where == "nội dung"
    assert find_markings(body="Kính gửi: anh\nmật\n") != []
    assert find_markings(body="Đề nghị anh giữ mật khẩu cẩn thận.\nTrân trọng.") == []


@pytest.mark.parametrize("name, marked", [
    ("QD_12_MAT.pdf", True), ("Ke-hoach-TOI-MAT.docx", True), ("Bao cao (Mat).pdf", True),
    ("Kế hoạch MẬT.pdf", True), ("tuyet_mat.pdf", True), ("bao-cao-toi-mat.pdf", True), ("Format.pdf", False),
    ("mat_khau.txt", False), ("MAT_KHAU.txt", False), ("matbang.pdf", False), ("Tờ trình mật độ.pdf", False),
    ("TUYỆT MẬT - phương án.docx", True),
])
def test_attachment_names(name, marked):
    assert bool(find_markings(attachment_names=[name])) is marked


def test_check_raises_policy_error_in_vietnamese():
    check_not_classified("Giấy mời họp", "Kính mời", ["giaymoi.pdf"])
    with pytest.raises(PolicyError) as err:
        check_not_classified("Giấy mời họp", "Kính mời", ["QD_TOI_MAT.pdf"])
    assert err.value.exit_code == 3
    assert "QD_TOI_MAT.pdf" in err.value.vi and "không được gửi qua thư điện tử" in err.value.vi
    assert "attachment name" in err.value.en
