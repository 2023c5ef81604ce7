"""Groups: rules over the hierarchy, edited by the user, used by search and the resolver."""

from thucongvu.directory import groups, kinds


def test_defaults_expand_by_kind(sample):
    by_name = {g.name: g for g in sample.groups()}
    assert set(by_name) >= {"Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố", "Thường trực HĐND tỉnh",
                            "Chủ tịch, các Phó Chủ tịch UBND tỉnh", "UBND các xã, phường, thị trấn"}
    communes = groups.members(sample.conn, by_name["UBND các xã, phường, thị trấn"])
    assert {e.name for e in communes} >= {"UBND xã Ia Ka", "UBND phường Hội Thương", "UBND thị trấn Phú Hòa"}


def test_user_group_created_edited_deleted(sample):
    gid = sample.save_group("Khối kinh tế", {"units": ["Sở Tài chính", "Sở Kế hoạch và Đầu tư"],
                                             "emails": ["KhoBac@gialai.gov.vn"]}, ["Các sở khối kinh tế"])
    res = sample.resolve("- Các sở khối kinh tế;")
    assert set(res.emails()) == {"vanthu@stc.gialai.gov.vn", "vanthu@skhdt.gialai.gov.vn", "khobac@gialai.gov.vn"}
    assert sample.search("khoi kinh te", 1)[0].name == "Khối kinh tế"
    sample.save_group("Khối kinh tế", {"units": ["Sở Tài chính"]}, [], group_id=gid)
    assert sample.resolve("Khối kinh tế").emails() == ["vanthu@stc.gialai.gov.vn"]
    sample.delete_group(gid)
    assert sample.search("khoi kinh te", 1) == []
    assert sample.resolve("Khối kinh tế").unresolved == ["Khối kinh tế"]


def test_editing_a_builtin_rule(sample):
    g = [g for g in sample.groups() if g.name == "Các sở, ban, ngành tỉnh"][0]
    sample.save_group(g.name, {"unit_kinds": [kinds.DEPARTMENT, kinds.PROVINCE_COUNCIL]}, g.aliases, group_id=g.id)
    emails = sample.resolve("Các sở, ban, ngành tỉnh").emails()
    assert len(emails) == 21 and "hdnd@gialai.gov.vn" in emails


def test_signature_ignores_order_spelling_and_tails():
    assert groups.signature("UBND các huyện, TX, TP") == groups.signature(
        "Ủy ban nhân dân các huyện, thị xã, thành phố trên địa bàn tỉnh")
    assert groups.signature("Phó Chủ tịch UBND tỉnh") != groups.signature("Chủ tịch, các Phó Chủ tịch UBND tỉnh")


def test_kinds():
    assert kinds.classify("UBND tỉnh Gia Lai") == kinds.PROVINCE_COMMITTEE
    assert kinds.classify("Ủy ban nhân dân thị xã An Khê") == kinds.DISTRICT
    assert kinds.classify("UBND TP Pleiku") == kinds.DISTRICT
    assert kinds.classify("UBND phường Hội Thương") == kinds.COMMUNE
    assert kinds.classify("Sở TT&TT") == kinds.DEPARTMENT
    assert kinds.classify("Phòng Nội vụ", kinds.DISTRICT) == kinds.DISTRICT_OFFICE
    assert kinds.classify("CÁC SỞ, BAN, NGÀNH") == kinds.CATEGORY
    assert kinds.classify("Khối các cơ quan Đảng") == kinds.CATEGORY


def test_unit_tree_and_provenance(sample):
    tree = sample.unit_tree()
    names = [n.unit.name for n in tree]
    assert "UBND huyện Chư Păh" in names and "Phòng Nội vụ" not in names
    chupah = [n for n in tree if n.unit.name == "UBND huyện Chư Păh"][0]
    assert {c.unit.name for c in chupah.children} >= {"Phòng Nội vụ", "UBND xã Ia Ka"}
    entries = sample.unit_entries(chupah.unit.id)
    assert entries[0].kind == "unit" and entries[0].email == "vanthu@chupah.gialai.gov.vn"
    assert all(e.kind == "person" for e in entries[1:]) and len(entries) == 3
    source, when = sample.provenance(entries[1])
    assert source.endswith("danh-ba-gia-lai-mau.xlsx") and when > 0
