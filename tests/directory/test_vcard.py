"""vCard 3.0 / 4.0 import and export (vobject)."""

from thucongvu.directory.importers import vcard
from thucongvu.directory.service import DirectoryService

V3 = """BEGIN:VCARD\r
VERSION:3.0\r
N:Nguyễn;Văn Hùng;;;\r
FN:Nguyễn Văn Hùng\r
ORG:UBND huyện Chư Păh;Phòng Nội vụ\r
TITLE:Trưởng phòng\r
EMAIL;TYPE=INTERNET:hungnv@chupah.gialai.gov.vn\r
TEL;TYPE=WORK:0269 3845 123\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Sở Y tế\r
N:;;;;\r
ORG:Sở Y tế\r
EMAIL:vanthu@syt.gialai.gov.vn\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:3.0\r
FN:Không Có Thư\r
N:Không;Có Thư;;;\r
END:VCARD\r
"""

V4 = """BEGIN:VCARD
VERSION:4.0
KIND:org
FN:Sở Xây dựng
ORG:Sở Xây dựng
EMAIL;PREF=1:vanthu@sxd.gialai.gov.vn
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:Phạm Thị Lan
N:Phạm;Thị Lan;;;
ORG:Sở Xây dựng
TITLE:Phó Giám đốc
EMAIL;TYPE=work:lan@sxd.gialai.gov.vn
EMAIL;TYPE=home:lan.pham@example.com
TEL;VALUE=uri:tel:+84-269-3822-000
END:VCARD
"""


def test_vcard3(tmp_path, db):
    path = tmp_path / "a.vcf"
    path.write_text(V3, encoding="utf-8")
    records, rejected = vcard.read(path)
    assert [(r.unit_path, r.name, r.position, r.email) for r in records] == [
        (("UBND huyện Chư Păh", "Phòng Nội vụ"), "Nguyễn Văn Hùng", "Trưởng phòng", "hungnv@chupah.gialai.gov.vn"),
        (("Sở Y tế",), "", "", "vanthu@syt.gialai.gov.vn"),
    ]
    assert [(r.row, "Không Có Thư" in r.reason) for r in rejected] == [(3, True)]


def test_vcard4_and_round_trip(tmp_path, db):
    path = tmp_path / "b.vcf"
    path.write_text(V4, encoding="utf-8")
    svc = DirectoryService(db)
    report = svc.import_source(path)
    assert report.rejected == [] and report.added == 2
    lan = svc.search("lan sxd")[0]
    assert (lan.email, lan.position, lan.phone) == ("lan@sxd.gialai.gov.vn", "Phó Giám đốc", "+84-269-3822-000")
    unit = svc.search("so xay dung")[0]
    assert (unit.kind, unit.email) == ("unit", "vanthu@sxd.gialai.gov.vn")
    # export, then import into a fresh store: same entries
    data = svc.export_vcard([unit, lan])
    assert data.count(b"BEGIN:VCARD") == 2 and "Phó Giám đốc".encode() in data
    out = tmp_path / "out.vcf"
    out.write_bytes(data)
    records, rejected = vcard.read(out)
    assert rejected == []
    assert {(r.unit_path, r.name, r.email) for r in records} == {
        (("Sở Xây dựng",), "", "vanthu@sxd.gialai.gov.vn"), (("Sở Xây dựng",), "Phạm Thị Lan", "lan@sxd.gialai.gov.vn")}


def test_export_group_expands_members(db, tmp_path):
    svc = DirectoryService(db)
    path = tmp_path / "b.vcf"
    path.write_text(V4, encoding="utf-8")
    svc.import_source(path)
    group = svc.search("cac so ban nganh")[0]
    assert group.kind == "group"
    assert svc.export_vcard([group]).count(b"vanthu@sxd.gialai.gov.vn") == 1
