"""Excel import on workbooks made the way provinces publish them."""

import pytest
from openpyxl import Workbook

from thucongvu.directory.importers import xlsx
from thucongvu.directory.service import DirectoryService
from thucongvu.errors import UsageError


def messy_workbook(path):
    """Title rows, a two-word header in capitals, section and unit headings merged
    across, a unit name merged down over its people, blank lines, a duplicate
    row, a bad address, a phone number Excel stored as a number."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Danh ba"
    ws.append(["DANH BẠ THƯ ĐIỆN TỬ TỈNH GIA LAI"]); ws.merge_cells("A1:F1")
    ws.append(["(Kèm theo Công văn số 123/STTTT-BCVT)"]); ws.merge_cells("A2:F2")
    ws.append([])
    ws.append(["TT", " HỌ VÀ TÊN ", "Chức danh", "Cơ quan / Đơn vị", "Địa chỉ thư điện tử (Email)", "ĐT di động"])
    ws.append(["I. KHỐI CÁC SỞ, BAN, NGÀNH"]); ws.merge_cells("A5:F5")
    ws.append(["1. SỞ THÔNG TIN VÀ TRUYỀN THÔNG", None, None, None, "VanThu@STTTT.GiaLai.gov.vn", None])
    ws.merge_cells("A6:D6")
    ws.append([1, "Nguyễn Văn Hùng", "Giám đốc", None, "hungnv@stttt.gialai.gov.vn", 905123456])   # row 7
    ws.append([2, "Trần Thị Mai", "Phó Giám đốc", None, "mailto:maitt@stttt.gialai.gov.vn", "0905 222 333"])
    ws.append([])                                                                              # row 9 blank
    ws.append([3, "Trần Thị Mai", "Phó Giám đốc", None, "maitt@stttt.gialai.gov.vn", "0905 222 333"])  # dup
    ws.append([4, "Lê Văn Sai", "Chuyên viên", None, "le.van.sai(at)gialai", None])               # row 11
    ws.append([5, "Võ Thị Không Thư", "Chuyên viên", None, None, "0905 000 111"])                # row 12
    ws.append(["2. Sở Tài chính", None, None, None, "vanthu@stc.gialai.gov.vn", "0269 3824 111"])
    ws.merge_cells("A13:D13")
    ws.append(["II. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ"]); ws.merge_cells("A14:F14")
    ws.append(["1. UBND huyện Chư Păh", None, None, None, "vanthu@chupah.gialai.gov.vn", None])
    ws.merge_cells("A15:D15")
    ws.append([1, "Ksor Y Blin", "Trưởng phòng", "Phòng Nội vụ", "blinky@chupah.gialai.gov.vn", None])  # 16
    ws.append([2, "Rơ Mah Thuận", "Phó Trưởng phòng", None, "thuanrm@chupah.gialai.gov.vn", None])      # 17
    ws.merge_cells("D16:D17")                                # the unit merged down over its people
    ws.append([3, "Hộp thư đơn vị", None, "Phòng Tài chính - Kế hoạch", "ptckh@chupah.gialai.gov.vn", None])
    wb.save(path)
    return path


def test_messy_workbook(tmp_path, db):
    svc = DirectoryService(db)
    report = svc.import_source(messy_workbook(tmp_path / "danh ba.xlsx"))
    rejected = {r.row: r.reason for r in report.rejected}
    assert set(rejected) == {10, 11, 12}
    assert "Trùng với dòng 8" in rejected[10]
    assert "le.van.sai(at)gialai" in rejected[11]
    assert "thư điện tử" in rejected[12]
    tree = {n.unit.name: n for n in svc.unit_tree()}
    # categories are not units; the capitalised heading keeps its spelling (no mixed-case form seen)
    assert set(tree) == {"SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Sở Tài chính", "UBND huyện Chư Păh"}
    assert tree["SỞ THÔNG TIN VÀ TRUYỀN THÔNG"].unit.email == "vanthu@stttt.gialai.gov.vn"
    assert tree["Sở Tài chính"].unit.phone == "0269 3824 111"
    assert tree["Sở Tài chính"].unit.kind == "department"
    chupah = tree["UBND huyện Chư Păh"]
    assert chupah.unit.kind == "district"
    assert {c.unit.name: c.unit.kind for c in chupah.children} == {
        "Phòng Nội vụ": "district_office", "Phòng Tài chính - Kế hoạch": "district_office"}
    by_mail = {p.email: p for p in svc.people()}
    assert by_mail["hungnv@stttt.gialai.gov.vn"].phone == "0905123456"      # leading 0 restored
    assert by_mail["maitt@stttt.gialai.gov.vn"].position == "Phó Giám đốc"
    assert by_mail["thuanrm@chupah.gialai.gov.vn"].unit == "UBND huyện Chư Păh › Phòng Nội vụ"  # merged down
    ptckh = [c for c in chupah.children if c.unit.name.startswith("Phòng Tài")][0].unit
    assert ptckh.email == "ptckh@chupah.gialai.gov.vn"
    assert "ptckh@chupah.gialai.gov.vn" not in by_mail
    assert report.added == 3 + 2 + 4


def test_reimport_is_idempotent_and_updates(tmp_path, db):
    svc = DirectoryService(db)
    path = messy_workbook(tmp_path / "a.xlsx")
    first = svc.import_source(path)
    before = svc.counts()
    again = svc.import_source(path)
    assert (again.added, again.updated) == (0, first.added)
    assert svc.counts() == before
    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active["C7"] = "Giám đốc Sở"
    wb.save(path)
    svc.import_source(path)
    assert svc.counts() == before
    assert svc.search("hung stttt")[0].position == "Giám đốc Sở"


def test_failed_import_changes_nothing(tmp_path, db):
    svc = DirectoryService(db)
    path = messy_workbook(tmp_path / "a.xlsx")
    svc.import_source(path)
    before = (svc.counts(), [p.position for p in svc.people()])
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(path.read_bytes()[:2000])
    with pytest.raises(UsageError):
        svc.import_source(broken)

    def fail(done, total):
        raise RuntimeError("ổ đĩa đầy")

    from openpyxl import load_workbook

    wb = load_workbook(path)
    wb.active["C7"] = "Đã đổi"
    wb.active.append([9, "Người Mới", "Chuyên viên", None, "moi@stc.gialai.gov.vn", None])
    wb.save(path)
    with pytest.raises(RuntimeError):
        svc.import_source(path, progress=fail)
    assert (svc.counts(), [p.position for p in svc.people()]) == before
    assert svc.search("nguoi moi") == []


def test_no_header_is_a_usage_error(tmp_path, db):
    wb = Workbook()
    wb.active.append(["chỉ", "có", "chữ"])
    wb.active.append(["không", "phải", "danh bạ"])
    wb.save(tmp_path / "x.xlsx")
    with pytest.raises(UsageError, match="dòng tiêu đề"):
        DirectoryService(db).import_source(tmp_path / "x.xlsx")


def test_one_sheet_per_district(tmp_path):
    wb = Workbook()
    wb.active.title = "Ghi chú"
    wb.active.append(["Danh bạ gồm các trang theo huyện"])
    for district, slug in (("UBND huyện Ia Grai", "iagrai"), ("UBND huyện Đức Cơ", "ducco")):
        ws = wb.create_sheet(slug)
        ws.append(["Họ tên", "Email", "Đơn vị"])
        ws.append(["Văn thư", f"vanthu@{slug}.gialai.gov.vn", district])
        ws.append(["Bùi Văn An", "bad", district])
    wb.save(tmp_path / "x.xlsx")
    records, rejected = xlsx.read(tmp_path / "x.xlsx")
    assert [(r.unit_path, r.name) for r in records] == [(("UBND huyện Ia Grai",), ""), (("UBND huyện Đức Cơ",), "")]
    assert [r.row for r in rejected] == [3, 3] and rejected[0].reason.startswith("[")


def test_two_row_header_with_grouped_phone_columns(tmp_path, db):
    wb = Workbook()
    ws = wb.active
    ws.append(["STT", "Họ và tên", "Chức vụ", "Điện thoại", None, "Email", "Đơn vị"])
    ws.merge_cells("D1:E1")
    ws.append([None, None, None, "Cơ quan", "Di động", None, None])
    ws.append([1, "Hồ Văn Tâm", "Giám đốc", "0269 3822 001", "0905 111 222", "tamhv@syt.gialai.gov.vn", "Sở Y tế"])
    wb.save(tmp_path / "two.xlsx")
    records, rejected = xlsx.read(tmp_path / "two.xlsx")
    assert rejected == []
    assert [(r.name, r.phone, r.unit_path) for r in records] == [
        ("Hồ Văn Tâm", "0269 3822 001, 0905 111 222", ("Sở Y tế",))]


def test_progress_is_monotonic_and_complete(tmp_path, db):
    calls = []
    DirectoryService(db).import_source(messy_workbook(tmp_path / "p.xlsx"), progress=lambda d, t: calls.append((d, t)))
    assert calls and calls[-1][0] == calls[-1][1]
    fractions = [d / t for d, t in calls]
    assert fractions == sorted(fractions)

