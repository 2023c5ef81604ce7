"""The HTML sanitiser on its own (no Qt): a table of hostile inputs and what must survive."""

from __future__ import annotations

import pytest

from thucongvu.mail.sanitize import is_remote, sanitize

HOSTILE = [
    ('<script>alert(1)</script><p>x</p>', "alert"),
    ('<p onclick="steal()">x</p>', "steal"),
    ('<iframe src="https://a.example/f"></iframe>', "a.example"),
    ('<form action="https://a.example/p"><input name=q><button>Gửi</button></form>', "a.example"),
    ('<object data="https://a.example/o"></object><embed src="https://a.example/e">', "a.example"),
    ('<link rel="stylesheet" href="https://a.example/s.css">', "a.example"),
    ('<meta http-equiv="refresh" content="0;url=https://a.example/">', "a.example"),
    ('<style>body{background:url(https://a.example/b.png)}</style>', "a.example"),
    ('<div style="background-image:url(https://a.example/d.png)">x</div>', "a.example"),
    ('<div style="width: expression(alert(1))">x</div>', "expression"),
    ('<table background="https://a.example/t.png"><tr><td>x</td></tr></table>', "a.example"),
    ('<a href="javascript:alert(1)">x</a>', "javascript"),
    ('<a href="data:text/html,<script>alert(1)</script>">x</a>', "data:text"),
    ('<img src="file:///etc/passwd">', "passwd"),
    ('<svg onload="alert(1)"><image href="https://a.example/i"/></svg>', "a.example"),
    ('<video src="https://a.example/v" poster="https://a.example/p.png"></video>', "a.example"),
]


@pytest.mark.parametrize("html, forbidden", HOSTILE)
def test_hostile_markup_is_removed(html, forbidden):
    assert forbidden not in sanitize(html).html


def test_remote_images_are_counted_blocked_and_kept_only_when_allowed():
    html = '<p>Kính gửi</p><img src="https://a.example/logo.png" alt="Logo Sở"><img src="http://t.example/p.gif">'
    blocked = sanitize(html)
    assert blocked.remote_blocked == 2
    assert blocked.remote_urls == ("https://a.example/logo.png", "http://t.example/p.gif")
    assert "a.example" not in blocked.html and "[Logo Sở]" in blocked.html
    allowed = sanitize(html, allow_remote=True)
    assert 'src="https://a.example/logo.png"' in allowed.html and allowed.remote_blocked == 0


def test_ordinary_official_mail_keeps_its_formatting():
    html = ('<p style="color:#1f5fa8"><b>QUYẾT ĐỊNH</b></p><table border="1"><tr><td colspan="2">Điều 1</td></tr>'
            '</table><a href="https://gialai.gov.vn/van-ban">Xem văn bản</a><img src="data:image/png;base64,AAAA">')
    out = sanitize(html).html
    for kept in ("<b>QUYẾT ĐỊNH</b>", 'colspan="2"', 'href="https://gialai.gov.vn/van-ban"', "data:image/png",
                 'style="color:#1f5fa8"'):
        assert kept in out
    assert 'rel="noopener noreferrer"' in out


@pytest.mark.parametrize("url, remote", [("https://a/b", True), ("http://a", True), ("//a/b", True),
                                         ("cid:part1", False), ("data:image/png;base64,AA", False)])
def test_is_remote(url, remote):
    assert is_remote(url) is remote
