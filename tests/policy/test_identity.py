"""The sending-identity table (Chỉ thị 34/2008/CT-TTg): real domain after IDNA, no look-alikes."""

import pytest

from thucongvu.errors import PolicyError
from thucongvu.policy.admin import AdminPolicy
from thucongvu.policy.identity import check_from_header, check_identity, is_gov_address

GOV = AdminPolicy()
GIALAI = AdminPolicy(allowed_domain="gialai.gov.vn")

ACCEPTED = [
    ("vanthu@gialai.gov.vn", "vanthu@gialai.gov.vn"),
    ("  VanThu@GiaLai.Gov.VN ", "vanthu@gialai.gov.vn"),
    ("a@gov.vn", "a@gov.vn"),
    ("a@gov.vn.", "a@gov.vn"),                                # trailing root dot
    ("nguyen.van.a@so.gialai.gov.vn", "nguyen.van.a@so.gialai.gov.vn"),
    ("a_b-c+tag@stttt.hanoi.gov.vn", "a_b-c+tag@stttt.hanoi.gov.vn"),
    ("a@ｇｉａｌａｉ.ｇｏｖ.ｖｎ", "a@gialai.gov.vn"),             # full-width maps to ASCII (UTS #46)
    ("a@ủybannd.gialai.gov.vn", "a@xn--ybannd-vq8b.gialai.gov.vn"),  # a Vietnamese IDN label is real gov.vn
    ("a@gialai.gov\u3002vn", "a@gialai.gov.vn"),       # ideographic full stop is a dot under UTS #46
    ("a@gialai.gov.vn\n", "a@gialai.gov.vn"),          # a typed trailing newline is trimmed, not kept
]

REFUSED = [
    "a@gov.vn.example.com",      # gov.vn is not the registrable suffix
    "a@govvn.com",
    "a@gialai-gov.vn",           # not a label boundary
    "a@gialai.ɡov.vn",           # U+0261 LATIN SMALL LETTER SCRIPT G
    "a@gialai.gоv.vn",           # Cyrillic о (U+043E): mixed scripts
    "a@gialai.gοv.vn",           # Greek ο
    "a@gialai.gov\u00ad.vn",     # soft hyphen, deleted by UTS #46
    "a@gialai.gov.vn\u200b",     # zero-width space
    "a@gialai.gov.vn..",         # two trailing dots
    "a@gialai..gov.vn",          # empty label
    "@gialai.gov.vn",            # empty local part
    "a@",
    "gialai.gov.vn",
    "",
    '"a@gialai.gov.vn"@evil.com',  # quoted local part
    '"x"@gialai.gov.vn',
    "a(comment)@gialai.gov.vn",
    "Giám đốc <a@gialai.gov.vn>",  # a header, not an address
    "a@gialai.gov.vn,b@evil.com",
    "a%evil.com@gialai.gov.vn",  # source-routing trick
    "a b@gialai.gov.vn",
    "nguyễn@gialai.gov.vn",      # non-ASCII local part
    "a@[127.0.0.1]",
    "a@gov.vn.evil",
    "a@vn",
    "a@xn--ov-igb.vn",           # the punycode of ɡov
    "a@-gialai.gov.vn",
    "a@gialai.gov.vn@evil.com",    # two at signs
    "a@gıalai.gov.vn",           # Turkish dotless ı (U+0131)
    "a@gialai.gov.vn%evil.com",
    "a@gialai.gov.vn:25",
    "a@gialai.gov.vn\r\nBcc: x@evil.com",  # header injection attempt
]


@pytest.mark.parametrize("address, expected", ACCEPTED)
def test_accepted_identities_are_normalised(address, expected):
    assert check_identity(address, GOV) == expected


@pytest.mark.parametrize("address", REFUSED)
def test_refused_identities_explain_in_vietnamese(address):
    with pytest.raises(PolicyError) as err:
        check_identity(address, GOV)
    assert err.value.exit_code == 3
    assert "Chỉ thị 34/2008/CT-TTg" in err.value.vi
    assert "Directive 34/2008" in err.value.en


def test_lookalike_is_named_as_such():
    with pytest.raises(PolicyError, match="dễ nhầm lẫn"):
        check_identity("a@gialai.ɡov.vn", GOV)


def test_admin_policy_narrows_to_one_province():
    assert check_identity("a@so.gialai.gov.vn", GIALAI) == "a@so.gialai.gov.vn"
    with pytest.raises(PolicyError, match="gialai.gov.vn"):
        check_identity("a@hanoi.gov.vn", GIALAI)
    with pytest.raises(PolicyError):
        check_identity("a@xgialai.gov.vn", GIALAI)


def test_default_policy_comes_from_site_config(monkeypatch, tmp_path):
    (tmp_path / "policy.json").write_text('{"allowed_domain": "gialai.gov.vn"}')
    monkeypatch.setattr("thucongvu.paths.site_config_dirs", lambda: [tmp_path])
    with pytest.raises(PolicyError):
        check_identity("a@hanoi.gov.vn")
    assert check_identity("a@gialai.gov.vn") == "a@gialai.gov.vn"


@pytest.mark.parametrize("address, gov", [
    ("congdan@gmail.com", False), ("a@gialai.gov.vn", True), ("a@gialai.ɡov.vn", False),
    ("a@gov.vn.example.com", False), ("not an address", False), ("A@So.GiaLai.Gov.Vn.", True),
    ("Giám đốc <gd@so.gialai.gov.vn>", True), ("Công dân <cd@gmail.com>", False),
    ('"gd@so.gialai.gov.vn" <x@evil.com>', False), ("a@gialai.gov.vn, b@gmail.com", False),
])
def test_recipient_highlighting(address, gov):
    assert is_gov_address(address) is gov


def test_from_header_plain_and_encoded():
    assert check_from_header("Văn thư <vanthu@gialai.gov.vn>", GOV) == ("Văn thư", "vanthu@gialai.gov.vn")
    assert check_from_header("=?utf-8?b?VsSDbiB0aMawIA==?= <vanthu@gialai.gov.vn>", GOV)[1] == "vanthu@gialai.gov.vn"
    assert check_from_header('"vanthu@gialai.gov.vn" <VanThu@gialai.gov.vn>', GOV)[1] == "vanthu@gialai.gov.vn"


@pytest.mark.parametrize("value", [
    '"giamdoc@gialai.gov.vn" <x@evil.com>',               # outside gov.vn anyway
    '"giamdoc@gialai.gov.vn" <vanthu@gialai.gov.vn>',     # inside gov.vn but claims another person
    '"Giám đốc (giamdoc＠gialai.gov.vn)" <vanthu@gialai.gov.vn>',  # full-width at sign
    "=?utf-8?q?giamdoc@gialai.gov.vn?= <vanthu@gialai.gov.vn>",    # claim hidden in an encoded word
    "a@gialai.gov.vn, b@gialai.gov.vn",
    "Văn thư <>",
    "",
])
def test_from_header_tricks_refused(value):
    with pytest.raises(PolicyError):
        check_from_header(value, GOV)
