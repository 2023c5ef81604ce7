"""``thucongvu directory import|search|resolve`` per shared/CONTRACTS.md, as a subprocess."""

from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "directory"
XLSX = str(SAMPLE / "danh-ba-gia-lai-mau.xlsx")


def test_import_search_resolve(run_cli, tmp_path):
    first = run_cli("directory", "import", XLSX, "--json")
    assert first.code == 0, first.stderr
    data = first.json()
    assert set(data) == {"added", "updated", "rejected"} and data["added"] > 250 and data["rejected"] == []
    again = run_cli("directory", "import", XLSX, "--json").json()
    assert again == {"added": 0, "updated": data["added"], "rejected": []}

    hits = run_cli("directory", "search", "so tt&tt", "--limit", "3", "--json")
    assert hits.code == 0
    rows = hits.json()
    assert len(rows) == 3
    assert all(set(r) == {"kind", "name", "position", "unit", "email", "phone"} for r in rows)
    assert rows[0]["kind"] == "unit" and rows[0]["email"] == "vanthu@stttt.gialai.gov.vn"
    assert run_cli("directory", "search", "NGUYỄN", "--json").json()[0]["kind"] == "person"

    block = "Nơi nhận:\n- Như trên;\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, TX, TP;\n- Lưu: VT, VHXH.\n"
    res = run_cli("directory", "resolve", "--json", input=block)
    assert res.code == 0
    out = res.json()
    assert set(out) == {"resolved", "unresolved", "skipped"}
    assert [r["line"] for r in out["resolved"]] == ["Các sở, ban, ngành tỉnh", "UBND các huyện, TX, TP"]
    assert all(set(r) == {"line", "emails"} and r["emails"] for r in out["resolved"])
    assert out["skipped"] == ["Như trên", "Lưu: VT, VHXH"] and out["unresolved"] == []
    text = run_cli("directory", "resolve", input="- Website tỉnh\n")
    assert text.code == 0 and "Website tỉnh" in text.stdout


def test_rejected_rows_are_reported(run_cli, tmp_path):
    csv = tmp_path / "a.csv"
    csv.write_text("Họ tên,Email,Đơn vị\nAn,an@stc.gialai.gov.vn,Sở Tài chính\nBình,khong-phai-thu,Sở Tài chính\n",
                   encoding="utf-8")
    out = run_cli("directory", "import", str(csv), "--json")
    assert out.code == 0
    assert out.json()["rejected"] == [{"row": 3, "reason": "Địa chỉ thư điện tử không hợp lệ: khong-phai-thu"}]


@pytest.mark.parametrize("content,name", [(b"PK\x03\x04 hong", "x.xlsx"), (b"", "x.vcf"), (b"a,b\n1,2\n", "x.csv"),
                                          (b"hello", "x.pdf")])
def test_bad_files_exit_2_with_one_line(run_cli, tmp_path, content, name):
    path = tmp_path / name
    path.write_bytes(content)
    before = run_cli("directory", "import", XLSX, "--json").json()["added"]
    out = run_cli("directory", "import", str(path), "--json")
    assert out.code == 2 and out.stdout == ""
    assert len(out.stderr.strip().splitlines()) == 1 and "Traceback" not in out.stderr
    assert run_cli("directory", "import", XLSX, "--json").json() == {"added": 0, "updated": before, "rejected": []}


def test_missing_file_and_english(run_cli, tmp_path):
    out = run_cli("directory", "import", str(tmp_path / "khong-co.csv"))
    assert out.code == 2 and out.stderr.startswith("Không đọc được tệp danh bạ")
    en = run_cli("directory", "import", str(tmp_path / "none.csv"), env={"LANG": "en_US.UTF-8"})
    assert en.code == 2 and en.stderr.startswith("Cannot read directory file")


def test_ldap_import_and_unreachable(run_cli, slapd):
    out = run_cli("directory", "import", f"{slapd.url}/{slapd.base}", "--json")
    assert out.code == 0, out.stderr
    assert out.json()["added"] > 5 and len(out.json()["rejected"]) == 1
    assert run_cli("directory", "search", "ksor blin", "--json").json()[0]["email"] == "blinky@chupah.gialai.gov.vn"
    down = run_cli("directory", "import", "ldap://127.0.0.1:9/dc=gialai,dc=gov,dc=vn")
    assert down.code == 4 and len(down.stderr.strip().splitlines()) == 1


def test_ldap_bind_with_password_on_stdin(run_cli, slapd):
    url = f"{slapd.url}/ou=UBND huyện Chư Păh,{slapd.base}"
    ok = run_cli("directory", "import", url, "--bind-dn", slapd.admin_dn, "--password-stdin", "--json",
                 input=slapd.admin_password + "\n")
    assert ok.code == 0, ok.stderr
    assert ok.json()["rejected"] == []
    wrong = run_cli("directory", "import", url, "--bind-dn", slapd.admin_dn, "--password-stdin", input="sai\n")
    assert wrong.code == 4 and wrong.stderr.startswith("Máy chủ LDAP từ chối đăng nhập")
