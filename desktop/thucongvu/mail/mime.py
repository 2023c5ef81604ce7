"""Parsing a raw message (RFC 5322, MIME RFC 2045–2049) into what a reader shows.

Input is the exact bytes the server holds; nothing here re-serialises them.
Header words are decoded per RFC 2047 (UTF-8, windows-1258 …), attachment
names per RFC 2231. Attachment names are made safe for saving: a name can
never lead outside the folder the user chose.
"""

from __future__ import annotations

import email
import email.policy
import os
import re
import unicodedata
from dataclasses import dataclass, field
from email.header import decode_header as _decode_header
from email.message import EmailMessage
from email.utils import getaddresses, parsedate_to_datetime
from pathlib import Path

from thucongvu.errors import UsageError
from thucongvu.text.legacy import repair

_POLICY = email.policy.default.clone(raise_on_defect=False)
_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*]')
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}
SIGNED_TYPES = {"application/pkcs7-signature", "application/x-pkcs7-signature"}


@dataclass(frozen=True)
class Attachment:
    name: str  # already safe for a file system
    content_type: str
    size: int
    data: bytes = field(repr=False)
    inline: bool = False


@dataclass(frozen=True)
class ParsedMessage:
    subject: str
    from_: str
    to: str
    cc: str
    date: float | None
    message_id: str
    text: str
    html: str | None
    attachments: tuple[Attachment, ...]
    legacy_encoding: str | None = None  # "TCVN3" | "VNI" | "decomposed" when the text was repaired
    smime_signed: bool = False

    @property
    def addresses(self) -> str:
        return ", ".join(x for x in (self.from_, self.to, self.cc) if x)


def decode_header(value: str | None) -> str:
    """RFC 2047 words to text; unknown charsets fall back to replacement, never an exception."""
    if not value:
        return ""
    out = []
    for chunk, charset in _decode_header(str(value)):
        if isinstance(chunk, bytes):
            cs = (charset or "ascii").lower()
            if cs in ("unknown-8bit", "x-unknown"):
                cs = "utf-8"
            try:
                out.append(chunk.decode(cs, errors="replace"))
            except LookupError:
                out.append(chunk.decode("utf-8", errors="replace"))
        else:
            out.append(chunk)
    return unicodedata.normalize("NFC", re.sub(r"\s*\r?\n\s*", " ", "".join(out))).strip()


def format_addresses(value: str | None) -> str:
    """An address header as "Name <addr>, …": split first, then each name decoded.

    Decoding before splitting would cut a name holding a comma ("Sở Văn hóa,
    Thể thao và Du lịch"); decoding the raw words ourselves also drops the
    space between two adjacent encoded words (RFC 2047 §6.2), which Python's
    address parser keeps (CPython gh-128110).
    """
    pairs = getaddresses([re.sub(r"\r?\n(?=[ \t])", "", str(value))]) if value else []
    return ", ".join(f"{decode_header(n)} <{a}>" if n else a for n, a in pairs if n or a)


def _addresses_of(msg: EmailMessage, name: str) -> str:
    raw = next((v for k, v in msg.raw_items() if k.lower() == name.lower()), None)
    if raw is not None and raw.isascii():
        return format_addresses(raw)
    return format_addresses(msg.get(name))  # 8-bit header bytes: the policy's unknown-8bit decoding


def safe_filename(name: str | None, fallback: str = "tep-dinh-kem") -> str:
    """A file name that is only a name: no directories, no device names, no control characters."""
    name = unicodedata.normalize("NFC", name or "")
    name = name.replace("\\", "/").split("/")[-1]
    name = _UNSAFE.sub("_", name).strip(" .")
    if not name or set(name) <= {"_", "."}:
        name = fallback
    stem = name.split(".")[0].upper()
    if stem in _WINDOWS_RESERVED:
        name = "_" + name
    if len(name.encode("utf-8")) > 200:
        base, dot, ext = name.rpartition(".")
        ext = ext if dot and len(ext) <= 10 else ""
        name = name.encode("utf-8")[: 200 - len(ext) - 1].decode("utf-8", "ignore") + ("." + ext if ext else "")
    return name


def save_attachment(attachment: Attachment, folder: Path) -> Path:
    """Write into ``folder`` under a safe, non-clobbering name; returns the path written."""
    folder = Path(folder).resolve()
    if not folder.is_dir():
        raise UsageError(f"Thư mục không tồn tại: {folder}", f"No such folder: {folder}")
    base = safe_filename(attachment.name)
    stem, dot, ext = base.rpartition(".")
    if not dot:
        stem, ext = base, ""
    candidate = folder / base
    n = 1
    while True:
        target = candidate.resolve()
        if target.parent != folder:  # defence in depth: never outside the chosen folder
            raise UsageError("Tên tệp đính kèm không an toàn", "Unsafe attachment name")
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            break
        except FileExistsError:
            n += 1
            candidate = folder / (f"{stem} ({n}).{ext}" if ext else f"{stem} ({n})")
    with os.fdopen(fd, "wb") as fh:
        fh.write(attachment.data)
    return target


def _decode_part(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True) or b""
    charset = (part.get_content_charset() or "").lower()
    for cs in (charset, "utf-8", "windows-1258"):
        if not cs:
            continue
        try:
            return payload.decode(cs)
        except (LookupError, UnicodeDecodeError):
            continue
    return payload.decode("latin-1")


def parse(raw: bytes) -> ParsedMessage:
    msg: EmailMessage = email.message_from_bytes(raw, policy=_POLICY)  # type: ignore[assignment]
    text_parts: list[str] = []
    html: str | None = None
    attachments: list[Attachment] = []
    smime = msg.get_content_type() in ("multipart/signed", "application/pkcs7-mime")
    for part in _leaves(msg):
        ctype = part.get_content_type()
        disposition = part.get_content_disposition()
        filename = part.get_filename()
        if ctype in SIGNED_TYPES or (ctype == "application/pkcs7-mime" and part is msg):
            smime = True
        if ctype == "message/rfc822" or filename or disposition == "attachment" or not ctype.startswith("text/"):
            data = _attachment_bytes(part)
            name = decode_header(filename) if filename else _default_name(part)
            attachments.append(Attachment(safe_filename(name), ctype, len(data), data, disposition == "inline"))
        elif ctype == "text/html" and html is None:
            html = _decode_part(part)
        elif ctype == "text/plain":
            text_parts.append(_decode_part(part))
    if any(a.content_type == "message/rfc822" for a in attachments):
        attachments = _exact_rfc822(raw, msg, attachments)
    text = "\n\n".join(text_parts)
    if not text and html:
        import html2text

        converter = html2text.HTML2Text()
        converter.ignore_images = True
        converter.body_width = 0
        text = converter.handle(html)
    text, legacy = repair(text)
    date = None
    try:
        if msg["Date"]:
            date = parsedate_to_datetime(str(msg["Date"])).timestamp()
    except (TypeError, ValueError, IndexError):
        date = None
    return ParsedMessage(
        subject=repair(decode_header(msg.get("Subject")))[0],
        from_=_addresses_of(msg, "From"),
        to=_addresses_of(msg, "To"),
        cc=_addresses_of(msg, "Cc"),
        date=date,
        message_id=str(msg.get("Message-ID", "")).strip(),
        text=text,
        html=html,
        attachments=tuple(attachments),
        legacy_encoding=legacy,
        smime_signed=smime,
    )


def _leaves(part: EmailMessage):
    """Leaf parts in order; an embedded message/rfc822 is one leaf (an attachment), not descended into."""
    if part.get_content_type() == "message/rfc822" or not part.is_multipart():
        yield part
        return
    for sub in part.iter_parts():
        yield from _leaves(sub)


def _attachment_bytes(part: EmailMessage) -> bytes:
    if part.get_content_type() == "message/rfc822":
        # The original as transmitted: the encoded payload of the part, not a re-serialisation.
        inner = part.get_payload()
        if isinstance(inner, list) and inner:
            return inner[0].as_bytes(policy=_POLICY)
        return part.get_payload(decode=True) or b""
    return part.get_payload(decode=True) or b""


def _default_name(part: EmailMessage) -> str:
    ctype = part.get_content_type()
    if ctype == "message/rfc822":
        inner = part.get_payload()
        subject = decode_header(inner[0].get("Subject")) if isinstance(inner, list) and inner else ""
        return (subject or "thu-goc") + ".eml"
    ext = {"application/pdf": ".pdf", "application/pkcs7-signature": ".p7s"}.get(ctype, "")
    return "tep-dinh-kem" + ext


def _exact_rfc822(raw: bytes, msg: EmailMessage, attachments: list[Attachment]) -> list[Attachment]:
    """Replace re-serialised message/rfc822 parts by their exact bytes in ``raw``.

    The email package rebuilds embedded messages when asked for them, which
    can change folding and line endings and so break a signature inside. For
    parts directly under the top-level multipart (how a forwarded original is
    attached) we cut the bytes between the MIME boundaries (RFC 2046 §5.1.1).
    """
    boundary = msg.get_boundary()
    if not boundary or msg.get_content_maintype() != "multipart":
        return attachments
    delimiter = re.compile(rb"(?:\r?\n|^)--" + re.escape(boundary.encode("ascii", "replace")) + rb"(--)?[ \t]*(?=\r?\n|$)")
    marks = list(delimiter.finditer(raw))
    exact: list[bytes] = []
    for start, end in zip(marks, marks[1:]):
        if start.group(1):  # the closing delimiter
            break
        chunk = raw[start.end():end.start()]
        chunk = chunk[2:] if chunk.startswith(b"\r\n") else chunk[1:] if chunk.startswith(b"\n") else chunk
        head, sep, body = chunk.partition(b"\r\n\r\n")
        if not sep:
            head, sep, body = chunk.partition(b"\n\n")
        headers = email.message_from_bytes(head + sep, policy=_POLICY)
        cte = str(headers.get("Content-Transfer-Encoding", "7bit")).strip().lower()
        if headers.get_content_type() == "message/rfc822" and cte in ("7bit", "8bit", "binary"):
            exact.append(body)
    if not exact:
        return attachments
    out, queue = [], iter(exact)
    for att in attachments:
        if att.content_type == "message/rfc822":
            data = next(queue, None)
            if data is not None:
                att = Attachment(att.name, att.content_type, len(data), data, att.inline)
        out.append(att)
    return out
