"""The "Nơi nhận" resolver on blocks as documents write them."""

from thucongvu.directory import resolver

ISSUE_BLOCK = """Nơi nhận:
- Như trên;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, TX, TP;
- Lưu: VT, VHXH.
"""


def test_block_from_the_issue(sample):
    res = sample.resolve(ISSUE_BLOCK)
    assert res.skipped == ["Như trên", "Lưu: VT, VHXH"]
    assert res.unresolved == []
    lines = {r.line: r.emails for r in res.resolved}
    assert set(lines) == {"Các sở, ban, ngành tỉnh", "UBND các huyện, TX, TP"}
    assert len(lines["Các sở, ban, ngành tỉnh"]) == 20
    assert "vanthu@stttt.gialai.gov.vn" in lines["Các sở, ban, ngành tỉnh"]
    assert "vanthu@chupah.gialai.gov.vn" not in lines["Các sở, ban, ngành tỉnh"]
    assert len(lines["UBND các huyện, TX, TP"]) == 17
    assert "vanthu@pleiku.gialai.gov.vn" in lines["UBND các huyện, TX, TP"]
    assert "pnv@pleiku.gialai.gov.vn" not in lines["UBND các huyện, TX, TP"]     # a phòng, not the UBND


def test_decision_block_with_leaders_and_notes(sample):
    block = """Nơi nhận:
- Như Điều 3;
- Thường trực HĐND tỉnh (b/c);
- Chủ tịch, các Phó Chủ tịch UBND tỉnh;
- Đ/c Chủ tịch UBND tỉnh (để b/c);
- Sở Tài chính, Sở Nội vụ;
- Phòng Nội vụ huyện Chư Păh;
- Cổng thông tin điện tử tỉnh;
- Lưu VT, KTTH."""
    res = sample.resolve(block)
    assert res.skipped == ["Như Điều 3", "Lưu VT, KTTH"]
    assert res.unresolved == ["Cổng thông tin điện tử tỉnh"]
    lines = {r.line: r for r in res.resolved}
    council = [p for p in sample.people() if p.unit == "HĐND tỉnh Gia Lai"]
    assert set(lines["Thường trực HĐND tỉnh (b/c)"].emails) == {p.email for p in council}
    leaders = [p for p in sample.people() if p.unit == "UBND tỉnh Gia Lai"]
    assert set(lines["Chủ tịch, các Phó Chủ tịch UBND tỉnh"].emails) == {p.email for p in leaders}
    chair = [p.email for p in leaders if p.position == "Chủ tịch"]
    assert list(lines["Đ/c Chủ tịch UBND tỉnh (để b/c)"].emails) == chair
    assert lines["Sở Tài chính, Sở Nội vụ"].emails == ("vanthu@stc.gialai.gov.vn", "vanthu@snv.gialai.gov.vn")
    assert lines["Phòng Nội vụ huyện Chư Păh"].emails == ("pnv@chupah.gialai.gov.vn",)


def test_ambiguous_lines_are_not_guessed(sample):
    res = sample.resolve("- Phòng Nội vụ;\n- Phó Chủ tịch UBND tỉnh;\n- UBND tỉnh;")
    # there is one Phòng Nội vụ per district, and three Phó Chủ tịch
    assert res.unresolved == ["Phòng Nội vụ", "Phó Chủ tịch UBND tỉnh"]
    assert res.resolved[0].line == "UBND tỉnh" and res.resolved[0].emails == ("ubnd@gialai.gov.vn",)


def test_wrapped_lines_and_other_bullets(sample):
    block = "NƠI NHẬN:\n– Các Sở, Ban, ngành thuộc\n  tỉnh;\n• UBND các huyện, thị xã, thành phố trên địa bàn tỉnh;\n"
    assert resolver.items(block) == ["Các Sở, Ban, ngành thuộc tỉnh",
                                     "UBND các huyện, thị xã, thành phố trên địa bàn tỉnh"]
    res = sample.resolve(block)
    assert [len(r.emails) for r in res.resolved] == [20, 17] and not res.unresolved


def test_unbulleted_lines_and_person_by_name(sample):
    person = [p for p in sample.people() if "Sở Y tế" in p.unit and p.position == "Giám đốc"][0]
    res = sample.resolve(f"Nơi nhận: Như trên\nÔng {person.name}, Giám đốc Sở Y tế\nVăn phòng UBND tỉnh\n")
    assert res.skipped == ["Như trên"]
    assert [r.emails for r in res.resolved] == [(person.email,), ("vanthu@vpubnd.gialai.gov.vn",)]


def test_empty_directory_leaves_everything_unresolved(db):
    from thucongvu.directory.service import DirectoryService

    res = DirectoryService(db).resolve(ISSUE_BLOCK)
    assert res.resolved == [] and res.unresolved == ["Các sở, ban, ngành tỉnh", "UBND các huyện, TX, TP"]


def test_provincial_report_block(sample):
    block = """Nơi nhận:
- Văn phòng Chính phủ (b/c);
- TT Tỉnh ủy, TT HĐND tỉnh (b/c);
- Đ/c Chủ tịch, các PCT UBND tỉnh;
- Các sở, ban, ngành thuộc tỉnh;
- UBND các huyện, thị xã, thành phố;
- Sở TT&TT, Sở LĐ-TB&XH;
- Lưu: VT, KGVX."""
    res = sample.resolve(block)
    assert res.skipped == ["Lưu: VT, KGVX"]
    assert res.unresolved == ["Văn phòng Chính phủ (b/c)", "TT Tỉnh ủy"]
    lines = {r.line: r.emails for r in res.resolved}
    assert len(lines["TT HĐND tỉnh (b/c)"]) == 4
    assert len(lines["Đ/c Chủ tịch, các PCT UBND tỉnh"]) == 4
    assert len(lines["Các sở, ban, ngành thuộc tỉnh"]) == 20
    assert len(lines["UBND các huyện, thị xã, thành phố"]) == 17
    assert lines["Sở TT&TT, Sở LĐ-TB&XH"] == ("vanthu@stttt.gialai.gov.vn", "vanthu@sldtbxh.gialai.gov.vn")
    assert len(res.emails()) == 4 + 4 + 20 + 17           # the two sở are among the sở, ban, ngành: once each


def test_hyphenated_abbreviations():
    from thucongvu.directory import abbrev

    assert abbrev.tokens("Đài PT-TH tỉnh") == ["dai", "ptth", "tinh"]
    assert abbrev.tokens("Phòng Tài chính-Kế hoạch") == ["phong", "tai", "chinh", "ke", "hoach"]
