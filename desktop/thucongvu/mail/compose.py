"""Building outgoing messages (RFC 5322, MIME RFC 2045–2049) with the email package.

Owns: new messages, reply / reply-all / inline forward, and the unaltered
forward (``wrap_unaltered``). Must not touch the network or the store; the
outbox sends what is built here.

- All text is normalised to Unicode NFC (TCVN 6909:2001) and sent as UTF-8;
  non-ASCII headers become RFC 2047 encoded words, attachment names RFC 2231
  parameters. ``mail.headers.WIRE_POLICY`` (``email.policy.SMTP`` with a
  folder that keeps the spaces of long Vietnamese subjects and names) does both.
- Every message gets a Message-ID (RFC 5322 §3.6.4) under the sender's domain
  and a Date. Bcc never appears in the headers: the outbox gets it as an
  envelope recipient (``envelope_recipients``).
- ``wrap_unaltered`` attaches an original as ``message/rfc822`` BYTE FOR BYTE.
  The email package would re-serialise an embedded Message (refolding headers,
  changing line ends: fatal for DKIM and S/MIME) and cannot emit 8-bit bytes
  there, so the part holds a unique ASCII placeholder that ``to_bytes`` swaps
  for the original bytes after generation; the MIME boundary is chosen so it
  cannot occur inside the original. Serialise with ``to_bytes``, never
  ``as_bytes``.
"""

from __future__ import annotations

import email
import email.policy
import mimetypes
import re
import uuid
from dataclasses import dataclass
from email.message import EmailMessage, MIMEPart
from email.utils import formataddr, formatdate, getaddresses, make_msgid
from pathlib import Path
from typing import Iterable

from thucongvu.errors import UsageError
from thucongvu.mail.headers import WIRE_POLICY
from thucongvu.text.fold import nfc

SMTP_POLICY = WIRE_POLICY  # CRLF line ends, RFC 2047/2231 for non-ASCII, spaces between words kept
_PARSE_POLICY = email.policy.default.clone(raise_on_defect=False)
_REPLY_PREFIX = re.compile(r"^\s*((re|tl|trả lời|aw|sv)\s*:\s*)+", re.IGNORECASE)
_FWD_PREFIX = re.compile(r"^\s*((fwd?|tt|chuyển tiếp|chuyển nguyên văn)\s*:\s*)+", re.IGNORECASE)
UNALTERED_HEADER = "X-ThuCongVu-Unaltered"


@dataclass(frozen=True)
class FileAttachment:
    """An attachment to send: a name (as shown to the recipient) and its bytes."""

    name: str
    data: bytes
    content_type: str = ""

    @classmethod
    def from_path(cls, path: str | Path) -> "FileAttachment":
        p = Path(path)
        try:
            data = p.read_bytes()
        except OSError as exc:
            raise UsageError(f"Không đọc được tệp đính kèm {p}: {exc.strerror}",
                             f"Cannot read attachment {p}: {exc.strerror}") from None
        return cls(p.name, data)


def _addresses(values: Iterable[str] | str | None) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        values = [values]
    out = []
    for name, addr in getaddresses([nfc(v) for v in values]):
        if addr:
            addr = ascii_address(addr)
            out.append(formataddr((name, addr)) if name else addr)
    return out


def ascii_address(addr: str) -> str:
    """An address SMTP without SMTPUTF8 can carry: the domain as IDNA A-labels (RFC 5890).

    A non-ASCII mailbox name would need SMTPUTF8 (RFC 6531), which government
    mail servers cannot be assumed to offer: refused with a clear message.
    """
    local, sep, domain = addr.strip().rpartition("@")
    if not sep or not local or not domain:
        raise UsageError(f"Địa chỉ người nhận không hợp lệ: «{addr}»", f"Invalid recipient address: {addr!r}")
    if not local.isascii():
        raise UsageError(f"Tên hộp thư có dấu chưa gửi được: «{addr}»",
                         f"A mailbox name with non-ASCII letters cannot be sent to: {addr!r}")
    if not domain.isascii():
        import idna

        try:
            domain = idna.encode(domain.rstrip("."), uts46=True, transitional=False).decode("ascii")
        except (idna.IDNAError, UnicodeError):
            raise UsageError(f"Tên miền người nhận không hợp lệ: «{addr}»",
                             f"Invalid recipient domain: {addr!r}") from None
    return f"{local}@{domain}"


def build_message(*, sender: str, to: Iterable[str] | str, subject: str, body: str, sender_name: str = "",
                  cc: Iterable[str] | str = (), attachments: Iterable[FileAttachment] = (),
                  in_reply_to: str | None = None, references: Iterable[str] = (), reply_to: str | None = None,
                  message_id: str | None = None, date: float | None = None,
                  allow_no_recipients: bool = False) -> EmailMessage:
    """A new plain-text message, NFC-normalised, with Message-ID and Date (no recipients: drafts only)."""
    msg = EmailMessage(policy=SMTP_POLICY)
    msg["From"] = formataddr((nfc(sender_name), sender)) if sender_name else sender
    to_list, cc_list = _addresses(to), _addresses(cc)
    if not to_list and not cc_list and not allow_no_recipients:
        raise UsageError("Chưa có người nhận", "No recipients")
    if to_list:
        msg["To"] = ", ".join(to_list)
    if cc_list:
        msg["Cc"] = ", ".join(cc_list)
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = nfc(subject or "")
    msg["Date"] = formatdate(date, localtime=True)
    msg["Message-ID"] = message_id or make_msgid(domain=sender.rpartition("@")[2] or None)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
    refs = [r for r in references if r]
    if refs:
        msg["References"] = " ".join(refs)
    msg["MIME-Version"] = "1.0"
    text = nfc(body or "").replace("\r\n", "\n")
    # Quoted-printable keeps our own text 7-bit: any server takes it, 8BITMIME or not.
    msg.set_content(text, subtype="plain", charset="utf-8", cte="7bit" if text.isascii() and all(len(x) < 990 for x in text.split("\n"))
                    else "quoted-printable")
    for att in attachments:
        ctype = att.content_type or mimetypes.guess_type(att.name)[0] or "application/octet-stream"
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(att.data, maintype=maintype, subtype=subtype, filename=nfc(att.name))
    return msg


def to_bytes(msg: EmailMessage) -> bytes:
    """The wire form (CRLF). Always serialise through here: it splices unaltered originals in."""
    raw = msg.as_bytes(policy=SMTP_POLICY)
    for part in msg.walk():
        splice = getattr(part, "_tcv_splice", None)
        if splice is not None:
            token, original = splice
            if raw.count(token) != 1:
                raise AssertionError("unaltered original placeholder lost; refusing to send")
            raw = raw.replace(token, original)
    return raw


def envelope_recipients(msg: EmailMessage, bcc: Iterable[str] = ()) -> list[str]:
    """RFC 5321 RCPT TO list: To, Cc and Bcc, de-duplicated, order kept."""
    seen, out = set(), []
    fields = [str(v) for k in ("To", "Cc") for v in msg.get_all(k, [])] + list(bcc)
    for _, addr in getaddresses(fields):
        addr = ascii_address(addr) if addr else addr
        if addr and addr.lower() not in seen:
            seen.add(addr.lower())
            out.append(addr)
    return out


# -- replies and forwards -----------------------------------------------------

def parse_original(raw: bytes) -> EmailMessage:
    return email.message_from_bytes(raw, policy=_PARSE_POLICY)


def _text_of(orig: EmailMessage) -> str:
    part = orig.get_body(preferencelist=("plain", "html"))
    if part is None:
        return ""
    try:
        text = part.get_content()
    except (LookupError, UnicodeError, KeyError):
        text = part.get_payload(decode=True).decode("utf-8", "replace")
    if part.get_content_subtype() == "html":
        import html2text

        text = html2text.html2text(text)
    return nfc(text)


def _quote(text: str) -> str:
    return "\n".join(("> " + line) if line else ">" for line in text.rstrip("\n").splitlines())


def reply(original: bytes, *, sender: str, body: str = "", reply_all: bool = False,
          sender_name: str = "") -> EmailMessage:
    """A reply (RFC 5322 §3.6.4 threading: In-Reply-To and References), the original quoted below."""
    orig = parse_original(original)
    to = [str(v) for v in orig.get_all("Reply-To", []) or orig.get_all("From", [])]
    me = sender.lower()
    cc: list[str] = []
    if reply_all:
        taken = {a.lower() for _, a in getaddresses(to)} | {me}
        for name, addr in getaddresses([str(v) for k in ("To", "Cc") for v in orig.get_all(k, [])]):
            if addr and addr.lower() not in taken:
                taken.add(addr.lower())
                cc.append(formataddr((name, addr)) if name else addr)
    subject = "Re: " + _REPLY_PREFIX.sub("", str(orig.get("Subject", "")))
    msgid = str(orig.get("Message-ID", "")).strip() or None
    refs = str(orig.get("References", "")).split() + ([msgid] if msgid else [])
    who = str(orig.get("From", ""))
    quoted = f"{body}\n\nVào {orig.get('Date', '')}, {who} đã viết:\n{_quote(_text_of(orig))}\n"
    return build_message(sender=sender, sender_name=sender_name, to=to, cc=cc, subject=subject, body=quoted,
                         in_reply_to=msgid, references=refs)


def forward_inline(original: bytes, *, sender: str, to: Iterable[str] | str, note: str = "",
                   sender_name: str = "") -> EmailMessage:
    """Forward with the text inline and the original's attachments re-attached (NOT byte-exact)."""
    from thucongvu.mail.mime import parse

    orig = parse_original(original)
    parsed = parse(original)
    head = "\n".join(f"{k}: {v}" for k, v in (("Từ", parsed.from_), ("Ngày", orig.get("Date", "")),
                                                  ("Tiêu đề", parsed.subject), ("Gửi", parsed.to)) if v)
    body = f"{note}\n\n-------- Thư chuyển tiếp --------\n{head}\n\n{parsed.text}"
    atts = [FileAttachment(a.name, a.data, a.content_type) for a in parsed.attachments if not a.inline]
    subject = "Fwd: " + _FWD_PREFIX.sub("", parsed.subject)
    return build_message(sender=sender, sender_name=sender_name, to=to, subject=subject, body=body, attachments=atts)


def wrap_unaltered(original_raw: bytes, *, sender: str, to: Iterable[str] | str, note: str = "",
                   cc: Iterable[str] | str = (), subject: str | None = None, sender_name: str = "",
                   filename: str = "thu-goc.eml") -> EmailMessage:
    """The original attached as ``message/rfc822`` (RFC 2046 §5.2.1), its bytes untouched.

    The cover note is the first part. RFC 2046 allows only 7bit, 8bit or binary
    for message/rfc822, so the part is labelled by what the bytes hold; the
    outbox asks for 8BITMIME (RFC 6152) when needed. An original that SMTP
    cannot carry as it is (NUL bytes, lines over 998 octets) is attached as
    base64 ``application/octet-stream`` instead: still every byte, once decoded.
    """
    if not original_raw:
        raise UsageError("Thư gốc trống", "The original message is empty")
    orig = parse_original(original_raw)
    orig_subject = nfc(str(orig.get("Subject", "")))
    msg = build_message(sender=sender, sender_name=sender_name, to=to, cc=cc, body=note,
                        subject=subject or f"Chuyển nguyên văn: {_FWD_PREFIX.sub('', orig_subject)}".rstrip())
    msg[UNALTERED_HEADER] = "yes"
    msg.make_mixed()
    if b"\0" in original_raw or any(len(line) > 998 for line in original_raw.split(b"\n")):
        # SMTP cannot carry such lines unencoded (RFC 5321 §4.5.3.1.6; BINARYMIME is not
        # assumed): base64 in an application/octet-stream .eml keeps every byte after decoding.
        msg.add_attachment(original_raw, maintype="application", subtype="octet-stream", filename=nfc(filename))
        msg.get_payload()[-1]._tcv_original = original_raw
        return msg
    part = MIMEPart(policy=SMTP_POLICY)
    part["Content-Type"] = "message/rfc822"
    part.add_header("Content-Disposition", "attachment", filename=nfc(filename))
    part["Content-Transfer-Encoding"] = "7bit" if original_raw.isascii() else "8bit"
    token = f"TCV-ORIGINAL-{uuid.uuid4().hex}"
    part.set_payload(token)  # replaced by the exact bytes in to_bytes()
    part._tcv_splice = (token.encode("ascii"), original_raw)
    part._tcv_original = original_raw  # what the outbox's policy check reads
    msg.attach(part)
    while True:  # a boundary that cannot occur in the original (RFC 2046 §5.1.1)
        boundary = f"=_tcv_{uuid.uuid4().hex}"
        if boundary.encode("ascii") not in original_raw:
            break
    msg.set_boundary(boundary)
    return msg
