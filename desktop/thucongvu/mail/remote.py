"""Fetching a message's remote images, only after the user asked for it ("Tải nội dung từ xa").

Runs off the GUI thread. Bounded: few images, small sizes, short timeouts,
http(s) only, no cookies, no referrer. No Qt.
"""

from __future__ import annotations

import urllib.request

MAX_IMAGES = 40
MAX_BYTES = 5 * 1024 * 1024
TIMEOUT = 10


def fetch_images(urls: list[str] | tuple[str, ...]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    opener = urllib.request.build_opener()
    opener.addheaders = [("User-Agent", "ThuCongVu")]
    for url in list(urls)[:MAX_IMAGES]:
        if not url.lower().startswith(("http://", "https://")):
            continue
        try:
            with opener.open(url, timeout=TIMEOUT) as response:
                data = response.read(MAX_BYTES + 1)
        except (OSError, ValueError):
            continue
        if len(data) <= MAX_BYTES:
            out[url] = data
    return out


def to_plain(html: str) -> str:
    """The plain-text view of an HTML body (html2text, links kept as text, no images)."""
    import html2text

    converter = html2text.HTML2Text()
    converter.ignore_images = True
    converter.body_width = 0
    converter.unicode_snob = True
    return converter.handle(html).strip()
