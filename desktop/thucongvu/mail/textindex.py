"""Text for the search index, fast enough for a 20,000-message download.

``fold`` gives exactly ``thucongvu.text.fold.fold``, with a C-level fast
path for text that is Latin letters plus combining marks (Vietnamese).

``body_text`` reads the plain text of the common shape of official mail —
UTF-8/ASCII text/plain, alone or in multipart/mixed|alternative|related
with attachments — by splitting on the MIME boundary and decoding with
binascii (RFC 2045 §6, RFC 2046 §5.1). The stdlib's feed parser walks every
line of every base64 attachment; on a 20,000-message download that alone
would cost more than the whole transfer. Any other shape (HTML only, nested
messages, 8-bit legacy charsets that may hide TCVN3/VNI, anything odd) goes
through ``mail.mime.parse``, so the index never misses text.

Owns: nothing persistent. Pure functions, safe on any thread.
"""

from __future__ import annotations

import binascii
import re
import unicodedata

from thucongvu.text.fold import fold as _slow_fold

_COMBINING = re.compile("[\u0300-\u036f]+")


def fold(text: str) -> str:
    """Same result as thucongvu.text.fold.fold, several times faster on long text.

    Vietnamese text is Latin letters plus combining marks after NFD; when
    that is all a text holds, C-level replace/normalize/sub/lower do the work.
    Anything else (Cyrillic, CJK …) takes the general path.
    """
    if not text:
        return ""
    if text.isascii():
        return text.lower()
    nfd = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "d"))
    stripped = _COMBINING.sub("", nfd)
    if stripped.isascii():
        return stripped.lower()
    return _slow_fold(text)


_UNICODE = {b"utf-8", b"utf8", b"us-ascii", b"ascii", b""}
_SPLIT = re.compile(rb"\r?\n\r?\n")
_UNFOLD = re.compile(rb"\r?\n[ \t]+")
_CTYPE = re.compile(rb"^content-type:[ \t]*([!-~]+?)[ \t]*(?:;(.*))?$", re.I | re.M)
_CTE = re.compile(rb"^content-transfer-encoding:[ \t]*([!-~]+)", re.I | re.M)
_DISP = re.compile(rb"^content-disposition:[ \t]*attachment", re.I | re.M)
_PARAM = re.compile(rb'(charset|boundary)[ \t]*=[ \t]*(?:"([^"]*)"|([^;\s]+))', re.I)


def _headers(block: bytes) -> tuple[bytes, dict[bytes, bytes], bytes, bool]:
    block = _UNFOLD.sub(b" ", block)
    m = _CTYPE.search(block)
    ctype = m.group(1).lower() if m else b"text/plain"
    params = {k.lower(): (q if q is not None else t) for k, q, t in _PARAM.findall(m.group(2) or b"")} if m else {}
    cte = _CTE.search(block)
    return ctype, params, cte.group(1).lower() if cte else b"7bit", _DISP.search(block) is not None


def _fast_text(raw: bytes, depth: int = 0) -> list[str] | None:
    """Plain-text parts of simple UTF-8/ASCII mail (RFC 2045–2046), or None when the shape is not simple."""
    m = _SPLIT.search(raw)
    head, body = (raw[:m.start()], raw[m.end():]) if m else (raw, b"")
    ctype, params, cte, attachment = _headers(head)
    if ctype.startswith(b"multipart/"):
        boundary = params.get(b"boundary")
        if not boundary or depth > 3 or ctype not in (b"multipart/mixed", b"multipart/alternative",
                                                       b"multipart/related"):
            return None
        texts: list[str] = []
        parts = body.split(b"--" + boundary)
        for part in parts[1:]:
            if part.startswith(b"--"):
                break
            got = _fast_text(part.lstrip(b"\r\n") if not part.startswith((b"\r\n\r\n", b"\n\n")) else part[2:],
                             depth + 1)
            if got is None:
                return None
            texts.extend(got)
        return texts
    if attachment or not ctype.startswith(b"text/"):
        return [] if ctype != b"message/rfc822" else None
    if ctype != b"text/plain" or params.get(b"charset", b"").lower() not in _UNICODE:
        return None  # HTML, or an 8-bit charset that may hide TCVN3/VNI: the full parser handles it
    if cte == b"base64":
        data = binascii.a2b_base64(body)
    elif cte == b"quoted-printable":
        data = binascii.a2b_qp(body)
    else:
        data = body
    try:
        return [data.decode("utf-8")]
    except UnicodeDecodeError:
        return None


def body_text(raw: bytes) -> str:
    """The message's readable text (see module docstring for the fast and the full path)."""
    try:
        texts = _fast_text(raw)
    except (ValueError, binascii.Error):
        texts = None
    if texts:
        text = "\n".join(texts)
        return text if text.isascii() else unicodedata.normalize("NFC", text)
    try:
        from thucongvu.mail.mime import parse

        return parse(raw).text or ""
    except Exception:  # a malformed message must not stop a download; its bytes are kept
        return ""
