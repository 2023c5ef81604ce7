"""Sending identities: only ``.gov.vn`` mailboxes (Chỉ thị 34/2008/CT-TTg).

The rule is judged on the REAL domain, the one mail would actually go to:
lower-cased, mapped by IDNA/UTS #46 (``idna`` package, non-transitional,
STD3 rules) so full-width letters fold to ASCII, one trailing root dot
dropped. Then the domain must be ``gov.vn`` or end in ``.gov.vn`` (or in the
admin policy's narrower domain). This is a suffix test on whole labels, so
``gov.vn.example.com``, ``govvn.com`` and ``gialai-gov.vn`` all fail.

Things refused before that test, each with its own explanation:
- invisible/format characters (soft hyphen, zero-width space …): UTS #46
  would silently delete them, which is exactly how a look-alike is built;
- labels holding letters outside the Vietnamese Latin repertoire (ASCII plus
  Vietnamese letters with their tone marks): ``ɡ`` (U+0261), Cyrillic ``о``,
  Greek … are look-alikes (mixed or confusable scripts);
- local parts that are empty, quoted (``"a@b"@x``), commented, non-ASCII, or
  use characters outside ``[a-z0-9._+-]`` (no ``%``/``!`` routing tricks);
- IP-literal domains.

``check_from_header`` additionally refuses a ``From`` whose display name shows
an address other than the real one (``"giamdoc@gialai.gov.vn" <x@evil.com>``).
``is_gov_address`` is for recipients: those outside ``.gov.vn`` may be written
to (citizens and firms write in), the window only highlights them.
"""

from __future__ import annotations

import re
import unicodedata

from thucongvu.errors import PolicyError

_DIRECTIVE_VI = "Theo Chỉ thị 34/2008/CT-TTg, thư công vụ phải gửi từ hộp thư công vụ .gov.vn"
_DIRECTIVE_EN = "Under Directive 34/2008/CT-TTg official mail must be sent from a .gov.vn mailbox"
_LOCAL = re.compile(r"^[a-z0-9_+-]+(\.[a-z0-9_+-]+)*$")
_VI_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b"}
_ADDRESS_IN_TEXT = re.compile(r"[^\s<>()\"',;:]+@[^\s<>()\"',;:]+")


def _refuse(address: str, vi: str, en: str) -> PolicyError:
    return PolicyError(f"Không dùng được địa chỉ gửi «{address}»: {vi}. {_DIRECTIVE_VI}.",
                       f"Sending address {address!r} refused: {en}. {_DIRECTIVE_EN}.")


def _vietnamese_letter(ch: str) -> bool:
    if ch.isascii() or ch in "đ":
        return True
    base, *marks = unicodedata.normalize("NFD", ch)
    return base.isascii() and base.isalpha() and all(m in _VI_MARKS for m in marks)


def normalise_domain(domain: str, *, shown: str | None = None) -> str:
    """The real domain in ASCII (A-labels), or PolicyError for tricks and look-alikes."""
    import idna

    shown = shown if shown is not None else domain
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zs", "Zl", "Zp") for ch in domain):
        raise _refuse(shown, "tên miền chứa ký tự ẩn hoặc khoảng trắng", "the domain holds invisible or space characters")
    if domain.startswith("["):
        raise _refuse(shown, "không chấp nhận địa chỉ IP thay cho tên miền", "IP literals are not accepted")
    if domain.endswith("."):
        domain = domain[:-1]
    try:
        ascii_domain = idna.encode(domain, uts46=True, std3_rules=True, transitional=False).decode("ascii")
        unicode_domain = idna.decode(ascii_domain)
    except (idna.IDNAError, UnicodeError) as exc:
        raise _refuse(shown, f"tên miền không hợp lệ ({exc})", f"invalid domain ({exc})") from None
    for label in unicode_domain.split("."):
        if not all(_vietnamese_letter(ch) for ch in label):
            raise _refuse(shown, f"tên miền có ký tự dễ nhầm lẫn (giả dạng) trong «{label}»",
                          f"the domain holds look-alike (confusable) characters in {label!r}")
    return ascii_domain.lower()


def normalise_address(address: str) -> str:
    """``local@domain`` lower-cased with the real ASCII domain; PolicyError if malformed or tricky."""
    if not isinstance(address, str):
        raise _refuse(str(address), "không phải địa chỉ thư", "not an e-mail address")
    text = address.strip()
    if not text:
        raise _refuse(address, "địa chỉ trống", "empty address")
    if any(ch in text for ch in '"()<>,;\\[]') and not text.rsplit("@", 1)[-1].startswith("["):
        raise _refuse(address, "địa chỉ có dấu ngoặc kép, chú thích hoặc nhiều địa chỉ",
                      "quoted, commented or multiple addresses are not accepted")
    local, sep, domain = text.rpartition("@")
    if not sep or not domain:
        raise _refuse(address, "thiếu phần tên miền sau @", "the domain after @ is missing")
    if not local:
        raise _refuse(address, "thiếu tên hộp thư trước @", "the mailbox name before @ is empty")
    local = unicodedata.normalize("NFC", local).lower()
    if "@" in local or not local.isascii() or not _LOCAL.match(local):
        raise _refuse(address, "tên hộp thư chỉ được gồm chữ Latinh không dấu, số và . _ + -",
                      "the mailbox name may only hold ASCII letters, digits and . _ + -")
    return f"{local}@{normalise_domain(domain.lower(), shown=address)}"


def domain_of(address: str) -> str:
    return address.rpartition("@")[2]


def _within(domain: str, allowed: str) -> bool:
    return domain == allowed or domain.endswith("." + allowed)


def check_identity(address: str, policy=None) -> str:
    """The normalised sending address, or PolicyError (exit 3) with a Vietnamese explanation.

    ``policy`` defaults to the administrator's policy in force (``load_policy()``).
    """
    if policy is None:
        from thucongvu.policy.admin import load_policy

        policy = load_policy()
    normalised = normalise_address(address)
    domain = domain_of(normalised)
    if not _within(domain, "gov.vn"):
        raise _refuse(address, f"tên miền thật là «{domain}», không thuộc gov.vn",
                      f"the real domain is {domain!r}, not under gov.vn")
    if not _within(domain, policy.allowed_domain):
        raise PolicyError(
            f"Không dùng được địa chỉ gửi «{address}»: chính sách của cơ quan chỉ cho phép hộp thư thuộc "
            f"«{policy.allowed_domain}» (tệp {policy.source}).",
            f"Sending address {address!r} refused: the administrator policy only allows mailboxes under "
            f"{policy.allowed_domain!r} (file {policy.source}).",
        )
    return normalised


def is_gov_address(address: str) -> bool:
    """True for a well-formed recipient under gov.vn; False (highlight it) otherwise, never raises.

    Takes a bare address or one "Name <address>" as typed in a recipient field.
    """
    from email.utils import getaddresses

    parsed = getaddresses([address]) if "<" in address else [("", address)]
    if len(parsed) != 1:
        return False
    try:
        return _within(domain_of(normalise_address(parsed[0][1])), "gov.vn")
    except PolicyError:
        return False


def check_from_header(value: str, policy=None) -> tuple[str, str]:
    """Check a ``From`` header value; returns ``(display_name, normalised_address)``.

    Refuses several addresses, unparsable values, and a display name that shows
    an address other than the real one (the usual phishing disguise).
    """
    from email.errors import HeaderParseError
    from email.headerregistry import HeaderRegistry

    try:
        header = HeaderRegistry()("From", value)
        addresses = header.addresses
    except (HeaderParseError, IndexError, ValueError):
        raise _refuse(value, "không đọc được trường From", "the From header cannot be parsed") from None
    if len(addresses) != 1 or header.defects:
        raise _refuse(value, "trường From phải có đúng một địa chỉ hợp lệ",
                      "the From header must hold exactly one valid address")
    real = check_identity(addresses[0].addr_spec, policy)
    name = unicodedata.normalize("NFKC", addresses[0].display_name or "").replace("＠", "@")
    for shown in _ADDRESS_IN_TEXT.findall(name):
        try:
            claimed = normalise_address(shown.strip(".").lower())
        except PolicyError:
            claimed = shown
        if claimed != real:
            raise _refuse(value, f"tên hiển thị ghi địa chỉ «{shown}» nhưng địa chỉ thật là «{real}»",
                          f"the display name shows {shown!r} but the real address is {real!r}")
    return addresses[0].display_name, real
