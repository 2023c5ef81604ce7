"""The administrator policy file: found in the site dirs, can only narrow, never silently ignored."""

import datetime as dt
import json

import pytest

from thucongvu.errors import PolicyError
from thucongvu.policy.admin import AdminPolicy, load_policy


def write(tmp_path, doc, name="policy.json"):
    path = tmp_path / name
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False), "utf-8")
    return tmp_path


def test_defaults_when_no_file(tmp_path):
    policy = load_policy([tmp_path / "none", tmp_path])
    assert policy == AdminPolicy()
    assert policy.allowed_domain == "gov.vn" and policy.source is None


def test_full_file(tmp_path):
    d = write(tmp_path, {
        "allowed_domain": "GiaLai.Gov.VN.",
        "imap": "mail.gialai.gov.vn:993", "smtp": "mail.gialai.gov.vn", "smtp_security": "tls",
        "trust_anchor_dir": "/etc/thucongvu/ca",
        "session_hours": {"morning": ["07:00", "11:30"], "afternoon": ["13:00", "17:00"]},
        "leaders": {"VanThu@So.GiaLai.gov.vn": ["giamdoc@so.gialai.gov.vn", "pgd@so.gialai.gov.vn"]},
        "days_off": ["2026-01-02"], "working_days": ["2026-01-10"],
    })
    p = load_policy([d])
    assert p.allowed_domain == "gialai.gov.vn"
    assert p.imap == "mail.gialai.gov.vn:993" and p.smtp == "mail.gialai.gov.vn:587" and p.smtp_security == "tls"
    assert str(p.trust_anchor_dir) == "/etc/thucongvu/ca"
    assert p.session_hours["morning"] == ("07:00", "11:30")
    assert p.leaders_for("vanthu@so.gialai.gov.vn") == ("giamdoc@so.gialai.gov.vn", "pgd@so.gialai.gov.vn")
    assert p.days_off == (dt.date(2026, 1, 2),) and p.working_days == (dt.date(2026, 1, 10),)
    assert p.source == d / "policy.json"


def test_first_directory_wins(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    write(a, {"allowed_domain": "gialai.gov.vn"})
    write(b, {"allowed_domain": "hanoi.gov.vn"})
    assert load_policy([a, b]).allowed_domain == "gialai.gov.vn"


@pytest.mark.parametrize("doc, needle", [
    ("{not json", "JSON"),
    ("[1, 2]", "đối tượng JSON"),
    ({"allowed_domian": "gialai.gov.vn"}, "allowed_domian"),        # a typo must not widen the rule
    ({"allowed_domain": "example.com"}, "thu hẹp"),                  # cannot widen
    ({"allowed_domain": "vn"}, "thu hẹp"),
    ({"allowed_domain": "gialai.ɡov.vn"}, "dễ nhầm lẫn"),
    ({"allowed_domain": 5}, "chuỗi"),
    ({"smtp_security": "plain"}, "starttls"),
    ({"imap": "mail:notaport"}, "imap"),
    ({"session_hours": {"morning": ["11:30", "07:30"]}}, "session_hours"),
    ({"session_hours": {"night": ["19:00", "21:00"]}}, "night"),
    ({"days_off": ["2026-02-30"]}, "days_off"),
    ({"leaders": {"vanthu@so.gialai.gov.vn": "giamdoc@so.gialai.gov.vn"}}, "leaders"),
    ({"leaders": {"vanthu@so.gialai.gov.vn": ["not-an-address"]}}, "leaders"),
])
def test_bad_file_is_a_clear_error(tmp_path, doc, needle):
    d = write(tmp_path, doc)
    with pytest.raises(PolicyError) as err:
        load_policy([d])
    assert needle in err.value.vi
    assert str(d / "policy.json") in err.value.vi
    assert err.value.exit_code == 3


def test_unreadable_bytes(tmp_path):
    (tmp_path / "policy.json").write_bytes(b"\xff\xfe\x00garbage")
    with pytest.raises(PolicyError, match="không đọc được"):
        load_policy([tmp_path])


def test_users_cannot_point_elsewhere(tmp_path, monkeypatch):
    """No environment variable and no home-dir file changes the policy."""
    write(tmp_path, {"allowed_domain": "gialai.gov.vn"})
    for var in ("THUCONGVU_POLICY", "THUCONGVU_POLICY_DIR", "XDG_CONFIG_DIRS", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(tmp_path))
    monkeypatch.setenv("THUCONGVU_HOME", str(tmp_path))
    from thucongvu.paths import site_config_dirs

    assert tmp_path not in site_config_dirs()
    assert load_policy().source != tmp_path / "policy.json"
