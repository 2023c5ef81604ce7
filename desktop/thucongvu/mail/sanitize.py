"""Making received HTML safe to show: no scripts, forms, frames, and no remote content.

The allowlist sanitiser is ammonia (via ``nh3``): anything not listed is
dropped, so scripts, ``<iframe>``, ``<form>``/``<input>``, ``<object>``,
``<link>``, ``<meta refresh>`` and event-handler attributes never reach the
viewer. Remote references (``http(s)`` images, CSS ``url(…)``) are removed
unless the user asked for this message's remote content: loading them would
tell the sender the mail was opened (a tracking pixel). The window's viewer
also refuses every ``http(s)`` load (defence in depth). No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nh3

_TAGS = set(nh3.ALLOWED_TAGS) | {"font", "u", "center", "big", "small", "hr"}
_TAGS -= {"map", "area", "details", "summary"}
_GENERIC = {"style", "align", "dir", "lang", "title", "class", "width", "height", "valign", "bgcolor", "color"}
_ATTRIBUTES = {
    "*": _GENERIC,
    "a": {"href", "name"},
    "img": {"src", "alt", "border"},
    "font": {"face", "size", "color"},
    "table": {"border", "cellpadding", "cellspacing"},
    "td": {"colspan", "rowspan", "nowrap"},
    "th": {"colspan", "rowspan", "nowrap"},
    "ol": {"start", "type"},
    "col": {"span"},
}
_REMOTE = re.compile(r"^\s*(https?:)?//", re.IGNORECASE)
_IMG_WITHOUT_SRC = re.compile(r"<img(?![^>]*\ssrc=)[^>]*>", re.IGNORECASE)
_ALT = re.compile(r'\salt="([^"]*)"')
_CSS_URL = re.compile(r"url\s*\(|expression\s*\(|@import", re.IGNORECASE)


@dataclass(frozen=True)
class SafeHtml:
    html: str
    remote_blocked: int          # how many remote references were removed
    remote_urls: tuple[str, ...]  # the remote image URLs, for "Tải nội dung từ xa"


def sanitize(html: str, *, allow_remote: bool = False) -> SafeHtml:
    """Returns HTML fit for a viewer that runs no scripts; remote images kept only if allowed."""
    blocked: list[str] = []
    images: list[str] = []

    def keep(tag: str, attr: str, value: str) -> str | None:
        if attr == "style":
            if _CSS_URL.search(value):
                blocked.append(value)
                return None
            return value
        if tag == "img" and attr == "src":
            if _REMOTE.match(value):
                url = "https:" + value.strip() if value.strip().startswith("//") else value.strip()
                images.append(url)
                if not allow_remote:
                    blocked.append(url)
                    return None
                return url
            if not value.lower().startswith(("data:image/", "cid:")):
                return None
        if tag == "a" and attr == "href":
            return value if value.lower().startswith(("http:", "https:", "mailto:", "#")) else None
        if attr == "background":
            return None
        return value

    cleaned = nh3.clean(
        html,
        tags=_TAGS,
        clean_content_tags={"script", "style", "title", "noscript", "template", "textarea", "select", "button",
                            "iframe", "object", "embed", "frameset", "frame", "svg", "math", "head"},
        attributes=_ATTRIBUTES,
        attribute_filter=keep,
        url_schemes={"http", "https", "mailto", "data", "cid"},
        link_rel="noopener noreferrer",
    )
    # An <img> whose source was removed would draw a broken-image box: show its alt text instead.
    cleaned = _IMG_WITHOUT_SRC.sub(_placeholder, cleaned)
    return SafeHtml(cleaned, len(blocked), tuple(dict.fromkeys(images)))


def _placeholder(match: re.Match) -> str:
    alt = _ALT.search(match.group(0))
    return f"<span style=\"color:gray\">[{alt.group(1)}]</span>" if alt and alt.group(1).strip() else ""



def is_remote(url: str) -> bool:
    return bool(_REMOTE.match(url))
