"""CSV import in the encodings Vietnamese offices produce."""

import unicodedata

import pytest

from thucongvu.directory.importers import csvfile
from thucongvu.directory.service import DirectoryService

ROWS = [
    ["Họ, tên", "Chức vụ", "Đơn vị công tác", "Trực thuộc", "Thư điện tử", "Số ĐT"],
    ["Nguyễn Thị Ngọc Ánh", "Trưởng phòng", "Phòng Nội vụ", "UBND huyện Đak Đoa", "anhntn@dakdoa.gialai.gov.vn", "0269 3833 001"],
    ["Đặng Quốc Việt", "Phó Chủ tịch", "UBND huyện Đak Đoa", "", "vietdq@dakdoa.gialai.gov.vn", ""],
    ["", "", "UBND huyện Đak Đoa", "", "vanthu@dakdoa.gialai.gov.vn", "0269 3833 000"],
    ["", "", "", "", "", ""],
    ["Hồ Thị Thủy", "Chuyên viên", "", "", "thuy@@gialai", ""],
]


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: base letters (ê, ơ …) and combining tones."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        d = unicodedata.normalize("NFD", ch)
        base, marks = d[0], list(d[1:])
        for mark in marks:                      # ê, ơ, ư, â, ă are single bytes; tones combine
            composed = unicodedata.normalize("NFC", base + mark)
            if len(composed) == 1 and composed.encode("cp1258", "ignore"):
                base = composed
                marks.remove(mark)
                break
        marks = "".join(marks)
        out += (base + marks).encode("cp1258")
    return bytes(out)


def write(path, encoding: str, delimiter: str = ","):
    text = "\r\n".join(delimiter.join(f'"{c}"' if delimiter in c else c for c in row) for row in ROWS) + "\r\n"
    if encoding == "cp1258":
        data = cp1258(text)
        assert data.decode("cp1258") != text            # really combining marks, not a no-op
    else:
        data = text.encode(encoding)
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding,delimiter", [("utf-8", ","), ("utf-8-sig", ";"), ("cp1258", ","),
                                                ("cp1258", "\t")])
def test_encodings(tmp_path, db, encoding, delimiter):
    svc = DirectoryService(db)
    report = svc.import_source(write(tmp_path / "danhba.csv", encoding, delimiter))
    assert [(r.row, "thuy@@gialai" in r.reason) for r in report.rejected] == [(6, True)]
    people = {p.name: p for p in svc.people()}
    assert set(people) == {"Nguyễn Thị Ngọc Ánh", "Đặng Quốc Việt"}      # NFC, precomposed
    assert all(unicodedata.is_normalized("NFC", n) for n in people)
    assert people["Nguyễn Thị Ngọc Ánh"].unit == "UBND huyện Đak Đoa › Phòng Nội vụ"
    (district,) = [n.unit for n in svc.unit_tree()]
    assert (district.name, district.email, district.kind) == ("UBND huyện Đak Đoa", "vanthu@dakdoa.gialai.gov.vn",
                                                              "district")
    assert svc.search("dak doa noi vu anh")[0].email == "anhntn@dakdoa.gialai.gov.vn"


def test_decode_prefers_utf8():
    assert csvfile.decode("Sở Tư pháp".encode("utf-8")) == "Sở Tư pháp"
    assert csvfile.decode(cp1258("Sở Tư pháp")) == "Sở Tư pháp"


def test_binary_file_is_refused(tmp_path, db):
    from thucongvu.errors import UsageError

    path = tmp_path / "x.csv"
    path.write_bytes(b"\x00\x01\x02PK\x00")
    with pytest.raises(UsageError):
        DirectoryService(db).import_source(path)


def test_row_numbers_with_a_multiline_cell(tmp_path):
    path = tmp_path / "m.csv"
    path.write_text('Họ tên,Email,Đơn vị\n"Lê Văn\nHai",hai@gialai.gov.vn,Sở Y tế\nBa,ba@x,Sở Y tế\n', encoding="utf-8")
    records, rejected = csvfile.read(path)
    assert [r.row for r in records] == [2] and [r.row for r in rejected] == [4]


def test_title_lines_above_a_semicolon_header(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("DANH BẠ SỞ TƯ PHÁP\n\nHọ và tên;Chức vụ;Đơn vị;Email\n"
                    "Trần Văn Mới;Chuyên viên, tổ pháp chế;Sở Tư pháp;moi@stp.gialai.gov.vn\n", encoding="utf-8")
    assert csvfile.delimiter(path.read_text("utf-8")) == ";"
    records, rejected = csvfile.read(path)
    assert rejected == [] and [(r.name, r.position) for r in records] == [("Trần Văn Mới", "Chuyên viên, tổ pháp chế")]


def test_reimport_removes_what_the_source_no_longer_lists(tmp_path, db):
    svc = DirectoryService(db)
    path = tmp_path / "danhba.csv"
    header = "Họ tên;Email;Đơn vị;Đơn vị cấp trên\n"
    hung = "Nguyễn Văn Hùng;hungnv@stttt.gialai.gov.vn;Sở Thông tin và Truyền thông;\n"
    mai = "Trần Thị Mai;maitt@stc.gialai.gov.vn;Sở Tài chính;\n"
    blin = "Ksor Y Blin;blinky@chupah.gialai.gov.vn;Phòng Nội vụ;UBND huyện Chư Păh\n"
    path.write_text(header + hung + mai + blin, encoding="utf-8")
    first = svc.import_source(path)
    assert first.added == 3 + 4 and first.removed == 0
    other = tmp_path / "khac.csv"
    other.write_text("Họ tên,Email,Đơn vị\nAn,an@stc.gialai.gov.vn,Sở Tài chính\n", encoding="utf-8")
    svc.import_source(other)                      # another source also has someone in Sở Tài chính
    path.write_text(header + hung, encoding="utf-8")   # Mai and Blin left; Chư Păh is no longer listed
    again = svc.import_source(path)
    assert (again.added, again.updated) == (0, 2)
    assert again.removed == 2 + 2                 # two people, Phòng Nội vụ and UBND huyện Chư Păh
    assert again.as_json().keys() == {"added", "updated", "rejected"}
    assert svc.search("tran thi mai") == [] and svc.search("chu pah") == []
    assert {p.email for p in svc.people()} == {"hungnv@stttt.gialai.gov.vn", "an@stc.gialai.gov.vn"}
    assert svc.search("so tai chinh")[0].name == "Sở Tài chính"     # still holds the other source's person
    path.write_text(header, encoding="utf-8")     # a file without a single row empties nothing
    assert svc.import_source(path).removed == 0 and len(svc.people()) == 2
