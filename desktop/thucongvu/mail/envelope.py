"""ENVELOPE and BODYSTRUCTURE (RFC 3501 §7.4.2) into the store's message columns.

Input is what ``mail.wire`` parsed: nested lists of bytes. Header words are
decoded per RFC 2047 (B and Q; UTF-8, windows-1258 and whatever Python has a
codec for), attachment names per RFC 2231, and the text is put in NFC
(TCVN 6909:2001). This runs once per message on a full sync, so it avoids
``email.header`` (≈20 µs a word) for a small regex decoder on the hot path.

Owns: turning server structures into plain values. Must not: do I/O.
"""

from __future__ import annotations

import binascii
import re
import unicodedata
from functools import lru_cache
from email.utils import mktime_tz, parsedate_tz
from urllib.parse import unquote_to_bytes

from thucongvu.mail.textindex import fold

_WORD = re.compile(rb"=\?([^?\s*]+)(?:\*[^?\s]*)?\?([bBqQ])\?([^?\s]*)\?=")
_BETWEEN_WORDS = re.compile(rb"(\?=)\s+(=\?)")
_MONTHS = {m: i for i, m in enumerate(
    (b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec"), 1)}
_CHARSET_ALIASES = {"x-unknown": "utf-8", "unknown-8bit": "utf-8", "windows-1258": "cp1258"}


def _codec(charset: str) -> str:
    charset = charset.lower()
    return _CHARSET_ALIASES.get(charset, charset)


def _decode_bytes(raw: bytes, charset: str = "utf-8") -> str:
    try:
        return raw.decode(_codec(charset))
    except (LookupError, UnicodeDecodeError):
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("cp1258", "replace")  # unlabelled 8-bit Vietnamese mail


def _nfc(text: str) -> str:
    return text if text.isascii() else unicodedata.normalize("NFC", text)


def decode_words(raw: bytes | None) -> str:
    """RFC 2047 header text to str; raw 8-bit text is read as UTF-8 (else windows-1258)."""
    if not raw:
        return ""
    if b"=?" not in raw:
        return _nfc(raw.decode("ascii") if raw.isascii() else _decode_bytes(raw))
    return _decode_encoded(raw)


@lru_cache(maxsize=8192)  # senders' names repeat across a mailbox
def _decode_encoded(raw: bytes) -> str:
    if b"=?" not in raw:
        return _nfc(raw.decode("ascii") if raw.isascii() else _decode_bytes(raw))
    raw = _BETWEEN_WORDS.sub(rb"\1\2", raw)  # whitespace between encoded words is dropped (§6.2)
    out: list[str] = []
    pos = 0
    pending: tuple[str, bytes] | None = None  # adjacent words in one charset decode together
    for m in _WORD.finditer(raw):
        if m.start() > pos:
            if pending:
                out.append(_decode_bytes(pending[1], pending[0]))
                pending = None
            out.append(_decode_bytes(raw[pos:m.start()]))
        charset, enc, text = m.group(1).decode("ascii", "replace"), m.group(2), m.group(3)
        try:
            if enc in b"bB":
                data = binascii.a2b_base64(text + b"=" * (-len(text) % 4))
            else:
                data = binascii.a2b_qp(text, header=True)
        except binascii.Error:
            data = m.group(0)
            charset = "ascii"
        if pending and pending[0].lower() == charset.lower():
            pending = (charset, pending[1] + data)
        else:
            if pending:
                out.append(_decode_bytes(pending[1], pending[0]))
            pending = (charset, data)
        pos = m.end()
    if pending:
        out.append(_decode_bytes(pending[1], pending[0]))
    if pos < len(raw):
        out.append(_decode_bytes(raw[pos:]))
    return _nfc("".join(out))


def _address(a: list) -> tuple[str, str] | None:
    """ENVELOPE address (name adl mailbox host) → (name, addr); group markers → None."""
    if not isinstance(a, list) or len(a) < 4 or a[3] is None:
        return None
    return _address_parts(a[0], a[2], a[3])


@lru_cache(maxsize=8192)
def _address_parts(name: bytes | None, mailbox: bytes | None, host: bytes) -> tuple[str, str]:
    box = (mailbox or b"").decode("utf-8", "replace")
    dom = host.decode("utf-8", "replace")
    return decode_words(name), f"{box}@{dom}".lower() if box else dom


def addresses(lst) -> list[tuple[str, str]]:
    if not isinstance(lst, list):
        return []
    return [x for x in (_address(a) for a in lst) if x is not None]


def format_addresses(pairs: list[tuple[str, str]]) -> str:
    return ", ".join(f"{n} <{a}>" if n else a for n, a in pairs)


def header_date(raw: bytes | None) -> float | None:
    """Date: header (RFC 5322 §3.3) → seconds since the epoch, None when unreadable."""
    if not raw:
        return None
    try:
        parsed = parsedate_tz(raw.decode("ascii", "replace"))
        return float(mktime_tz(parsed)) if parsed else None
    except (ValueError, OverflowError, TypeError):
        return None


def internal_date(raw: bytes | None) -> float | None:
    """INTERNALDATE ``22-Nov-2026 15:00:00 +0700`` → epoch seconds (fast path, no strptime)."""
    if not raw:
        return None
    try:
        d, t, z = raw.strip().split(b" ")
        day, mon, year = d.split(b"-")
        hh, mm, ss = t.split(b":")
        import calendar

        secs = calendar.timegm((int(year), _MONTHS[mon.lower()], int(day), int(hh), int(mm), int(ss)))
        sign = -1 if z[:1] == b"-" else 1
        return float(secs - sign * (int(z[1:3]) * 3600 + int(z[3:5]) * 60))
    except (ValueError, KeyError, IndexError):
        return None


def _params(lst) -> dict[bytes, bytes]:
    if not isinstance(lst, list):
        return {}
    return {(lst[i] or b"").lower(): lst[i + 1] or b"" for i in range(0, len(lst) - 1, 2)}


def _filename(params: dict[bytes, bytes]) -> str | None:
    """RFC 2231 ``filename*=charset''pct`` (with continuations ``*0*``, ``*1``…), else RFC 2047 words."""
    for key in (b"filename", b"name"):
        if key + b"*" in params:
            pieces = [(params[key + b"*"], True)]
        else:
            pieces, i = [], 0
            while key + b"*%d*" % i in params or key + b"*%d" % i in params:
                encoded = key + b"*%d*" % i in params
                pieces.append((params[key + b"*%d*" % i] if encoded else params[key + b"*%d" % i], encoded))
                i += 1
        if pieces:
            first, encoded = pieces[0]
            charset = "utf-8"
            if encoded and first.count(b"'") >= 2:
                cs, _, rest = first.partition(b"'")
                first = rest.partition(b"'")[2]
                charset = cs.decode("ascii", "replace") or "utf-8"
            data = b"".join(unquote_to_bytes(v) if enc else v for v, enc in [(first, encoded), *pieces[1:]])
            return _nfc(_decode_bytes(data, charset))
        if params.get(key):
            return decode_words(params[key])
    return None


def attachments(body, part: str = "") -> tuple[list[dict], bool]:
    """Attachment summary from BODYSTRUCTURE: ([{name, type, size, part}], signed?)."""
    found: list[dict] = []
    signed = _walk(body, part, found)
    return found, signed


def _walk(body, part: str, found: list[dict]) -> bool:
    if not isinstance(body, list) or not body:
        return False
    if isinstance(body[0], list):  # multipart: children…, subtype, params, disposition…
        signed = False
        n = 0
        for child in body:
            if not isinstance(child, list):
                break
            n += 1
            signed |= _walk(child, f"{part}.{n}" if part else str(n), found)
        sub = body[n].lower() if len(body) > n and isinstance(body[n], bytes) else b""
        return signed or sub == b"signed"
    mtype = (body[0] or b"").lower()
    subtype = (body[1] or b"").lower() if len(body) > 1 else b""
    params = _params(body[2] if len(body) > 2 else None)
    size = int(body[6]) if len(body) > 6 and isinstance(body[6], bytes) and body[6].isdigit() else 0
    # Extension data (§7.4.2): disposition sits after md5; text/* and message/rfc822 carry extra fields.
    ext = 8 if mtype == b"text" else 10 if (mtype, subtype) == (b"message", b"rfc822") else 7
    disp = body[ext + 1] if len(body) > ext + 1 and isinstance(body[ext + 1], list) else None
    disp_type = (disp[0] or b"").lower() if disp else b""
    dparams = _params(disp[1]) if disp and len(disp) > 1 else {}
    name = _filename({**params, **dparams})
    ctype = f"{mtype.decode('ascii', 'replace')}/{subtype.decode('ascii', 'replace')}"
    is_attachment = disp_type == b"attachment" or (name is not None and mtype != b"text") or \
        (mtype == b"application" and disp_type != b"inline")
    signed = ctype in ("application/pkcs7-signature", "application/x-pkcs7-signature",
                       "application/pkcs7-mime", "application/x-pkcs7-mime")
    if is_attachment and not signed:
        found.append({"name": name or "", "type": ctype, "size": size, "part": part or "1"})
        signed = ctype == "application/pdf"  # a PDF may carry a document signature
    if (mtype, subtype) == (b"message", b"rfc822") and len(body) > 8 and not is_attachment:
        found.append({"name": name or "", "type": ctype, "size": size, "part": part or "1"})
    return signed


def search_text(subject: str, addr_text: str) -> tuple[str, str]:
    """Folded subject and addresses for messages_fts (thucongvu.text.fold)."""
    return fold(subject), fold(addr_text)
