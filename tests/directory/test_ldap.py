"""The LDAP importer against a real OpenLDAP slapd on loopback (tests/support/slapd.py)."""

import pytest

from thucongvu.directory.service import DirectoryService
from thucongvu.errors import AuthError, NetworkError

pytestmark = pytest.mark.servers


def test_import_gal_builds_units_from_dns(db, slapd):
    svc = DirectoryService(db)
    report = svc.import_source(f"{slapd.url}/{slapd.base}")
    assert [r.row for r in report.rejected] and "le van sai at gialai" in report.rejected[0].reason
    tree = {n.unit.name: n for n in svc.unit_tree()}
    assert set(tree) >= {"Sở Thông tin và Truyền thông", "UBND huyện Chư Păh", "UBND tỉnh Gia Lai"}
    stttt = tree["Sở Thông tin và Truyền thông"]
    assert stttt.unit.email == "vanthu@stttt.gialai.gov.vn"        # employeeType "hộp thư đơn vị"
    assert stttt.unit.phone == "0269 3823 555"
    assert [c.unit.name for c in stttt.children] == ["Phòng Bưu chính - Viễn thông"]
    assert tree["UBND huyện Chư Păh"].unit.email == "vanthu@chupah.gialai.gov.vn"   # cn equals the unit
    lan = svc.search("lan buu chinh")[0]
    assert (lan.name, lan.position, lan.email, lan.phone) == (
        "Phạm Thị Thu Lan", "Trưởng phòng", "lanptt@stttt.gialai.gov.vn", "0905 123 456")
    assert lan.unit == "Sở Thông tin và Truyền thông › Phòng Bưu chính - Viễn thông"
    assert svc.search("blin chu pah")[0].email == "blinky@chupah.gialai.gov.vn"
    people = {p.email for p in svc.people()}
    assert "vanthu@stttt.gialai.gov.vn" not in people                # a mailbox, not a person
    source, when = svc.provenance(lan)
    assert source.startswith(slapd.url) and when


def test_reimport_after_server_change_updates(db, slapd):
    svc = DirectoryService(db)
    first = svc.import_source(slapd.url)                            # base from the naming contexts
    assert first.added > 0
    dn = f"uid=dangtm,ou=UBND tỉnh Gia Lai,{slapd.base}"
    slapd.modify(dn, {"title": "Chủ tịch"})
    try:
        again = svc.import_source(slapd.url)
        assert again.added == 0 and again.updated == first.added
        assert svc.search("dang thi minh")[0].position == "Chủ tịch"
        assert svc.resolve("- Chủ tịch UBND tỉnh;").emails() == ["dangtm@gialai.gov.vn"]
    finally:
        slapd.modify(dn, {"title": "Phó Chủ tịch"})


def test_wrong_password_and_unreachable_server(db, slapd):
    svc = DirectoryService(db)
    with pytest.raises(AuthError):
        svc.import_source(slapd.url, bind_dn=slapd.admin_dn, password="sai")
    with pytest.raises(NetworkError):
        svc.import_source("ldap://127.0.0.1:9/dc=x", timeout=2)
    assert svc.counts()["people"] == 0


def test_bound_import(db, slapd):
    svc = DirectoryService(db)
    report = svc.import_source(f"{slapd.url}/ou=UBND huyện Chư Păh,{slapd.base}",
                               bind_dn=slapd.admin_dn, password=slapd.admin_password)
    assert report.rejected == []
    assert {p.email for p in svc.people()} == {"blinky@chupah.gialai.gov.vn"}


def test_ldaps_verifies_the_certificate(db, slapd):
    from thucongvu.errors import TlsError

    svc = DirectoryService(db)
    with pytest.raises(TlsError):
        svc.import_source(f"{slapd.ldaps_url}/{slapd.base}")          # our test CA is not trusted
    assert svc.counts()["people"] == 0
    report = svc.import_source(f"{slapd.ldaps_url}/{slapd.base}", cafile=slapd.cafile)
    assert report.added > 5
    assert svc.search("phạm thị thu lan")[0].email == "lanptt@stttt.gialai.gov.vn"
