"""Search: folding, word order, abbreviations, ranking (over the sample directory)."""

import pytest

from thucongvu.directory import abbrev


def names(hits):
    return [h.name for h in hits]


@pytest.mark.parametrize("query", [
    "Sở Thông tin và Truyền thông", "so thong tin va truyen thong", "SỞ TT&TT", "so tttt", "Sở TT & TT",
    "truyen thong thong tin so", "sở tt&tt vanthu",
])
def test_spellings_of_one_department(sample, query):
    hits = sample.search(query, 5)
    assert hits[0].name == "Sở Thông tin và Truyền thông" and hits[0].kind == "unit"
    assert hits[0].email == "vanthu@stttt.gialai.gov.vn"


@pytest.mark.parametrize("query,first", [
    ("ubnd chu pah", "UBND huyện Chư Păh"),
    ("Ủy ban nhân dân huyện Chư Păh", "UBND huyện Chư Păh"),
    ("chư păh ubnd", "UBND huyện Chư Păh"),
    ("TP Pleiku", "UBND thành phố Pleiku"),
    ("ubnd thanh pho pleiku", "UBND thành phố Pleiku"),
    ("TX An Khê", "UBND thị xã An Khê"),
    ("HĐND tỉnh", "HĐND tỉnh Gia Lai"),
    ("hoi dong nhan dan gia lai", "HĐND tỉnh Gia Lai"),
    ("so ld-tb&xh", "Sở Lao động - Thương binh và Xã hội"),
    ("Sở NN&PTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("so vh,tt&dl", "Sở Văn hóa, Thể thao và Du lịch"),
    ("dak doa", "UBND huyện Đak Đoa"),           # đ → d
    ("ĐAK ĐOA", "UBND huyện Đak Đoa"),
])
def test_units_first(sample, query, first):
    assert sample.search(query, 5)[0].name == first


def test_people_by_name_position_unit_and_address(sample):
    chair = [p for p in sample.people() if p.unit == "UBND tỉnh Gia Lai" and p.position == "Chủ tịch"][0]
    given = chair.name.split()[-1]
    assert chair.email in [h.email for h in sample.search(f"chu tich ubnd tinh {given}", 3)]
    assert sample.search(chair.email, 1)[0].email == chair.email
    assert sample.search(chair.email.split("@")[0], 1)[0].email == chair.email
    folded_reversed = " ".join(reversed(chair.name.lower().split()))
    assert sample.search(folded_reversed, 3)[0].email == chair.email


def test_name_prefix_ranks_before_other_columns(sample):
    hits = sample.search("nguyen", 50)
    starts = [h.name.startswith("Nguyễn") for h in hits]
    assert starts[0] and False in starts                     # "Sở Tài nguyên …" people match too
    assert starts == sorted(starts, reverse=True)            # … but after every Nguyễn
    # "hội đồng": the HĐND before a sở whose name only contains "động … hội"
    assert names(sample.search("hội đồng", 3))[:2] == ["Thường trực HĐND tỉnh", "HĐND tỉnh Gia Lai"]


def test_groups_are_found(sample):
    hits = sample.search("các sở ban ngành", 3)
    assert hits[0].kind == "group" and hits[0].name == "Các sở, ban, ngành tỉnh"
    assert len(sample.expand(hits[0])) == 20


def test_limit_and_nothing(sample):
    assert len(sample.search("phong", 7)) == 7
    assert sample.search("khong co ai ten nay", 5) == []
    assert sample.search("   ", 5) == []
    assert sample.search('" OR * NEAR(', 5) == []          # FTS syntax in input is inert


def test_complete_offers_addresses_and_groups(sample):
    hits = sample.complete("ubnd cac", 5)
    assert hits[0].kind == "group"
    assert all(h.email or h.kind == "group" for h in sample.complete("phong", 20))


def test_abbreviation_tokens():
    assert abbrev.tokens("Sở LĐ-TB&XH") == ["so", "ldtbxh"]
    assert abbrev.tokens("Phòng Tài chính - Kế hoạch") == ["phong", "tai", "chinh", "ke", "hoach"]
    assert abbrev.expand(["ubnd", "tx"]) == "uy ban nhan dan thi xa".split()
    assert "tttt" in abbrev.index_extra("Sở Thông tin và Truyền thông")
