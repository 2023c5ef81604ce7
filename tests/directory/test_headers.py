"""Header spellings published directories use, mapped to fields."""

import pytest

from thucongvu.directory import headers


@pytest.mark.parametrize("header,field", [
    ("Họ và tên", "name"), ("HỌ TÊN", "name"), ("Họ, tên", "name"), ("Ho va ten can bo", "name"), ("Tên", "name"),
    ("Chức vụ", "position"), ("CHỨC DANH", "position"),
    ("Đơn vị", "unit"), ("Cơ quan", "unit"), ("Cơ quan/đơn vị", "unit"), ("Đơn vị công tác", "unit"),
    ("Đơn vị cấp trên", "parent"), ("Trực thuộc", "parent"),
    ("Email", "email"), ("E-mail", "email"), ("Địa chỉ thư điện tử", "email"),
    ("Địa chỉ thư điện tử (Email)", "email"), ("Hộp thư công vụ", "email"), ("Email công vụ", "email"),
    ("Điện thoại", "phone"), ("Số điện thoại", "phone"), ("ĐT di động", "phone"), ("SĐT", "phone"),
    ("STT", "index"), ("TT", "index"), ("Ghi chú", None), ("", None),
])
def test_match_field(header, field):
    assert headers.match_field(header) == field


def test_header_row_detection():
    assert headers.is_header_row(["DANH BẠ THƯ ĐIỆN TỬ", None, None]) is None
    assert headers.is_header_row(["Nguyễn Văn A", "a@x.gov.vn", "Sở Y tế"]) is None
    mapping = headers.is_header_row(["STT", "Họ tên", "Điện thoại cơ quan", "Di động", "Email", "Email"])
    assert mapping == {0: "index", 1: "name", 2: "phone", 3: "phone", 4: "email"}
