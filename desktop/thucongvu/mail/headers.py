"""Header folding for outgoing mail that keeps every space of Vietnamese text.

Why this exists: CPython's folder (``email.policy`` / ``_header_value_parser``
in 3.11) splits a long non-ASCII header into RFC 2047 encoded words and leaves
the space between two words OUTSIDE them, as folding whitespace. RFC 2047 §6.2
tells decoders to ignore whitespace between adjacent encoded words, so
"hệ thống thư" arrives as "hệ thốngthư" (seen in Python's own parser and in
Dovecot's SEARCH and ENVELOPE; any strict mail reader does the same).

``WIRE_POLICY`` is ``email.policy.SMTP`` with one change: an unstructured header
(Subject …) or an address header (From, To, Cc …) holding non-ASCII text is
folded here instead. The text is cut into encoded words by the long-standing
``email.header.Header`` encoder, which puts spaces INSIDE the words, so only
true folding whitespace lies between them. Lines stay within 76 characters
(RFC 2047 §2: lines holding encoded words; also under RFC 5322 §2.1.1's 78),
so no encoded word exceeds 75. ASCII headers and everything else (RFC 2231
parameters, raw parsed headers) go to the standard folder unchanged.
"""

from __future__ import annotations

import email.policy
import re
from email.header import Header
from email.headerregistry import AddressHeader, UnstructuredHeader
from email.utils import formataddr

MAX_LINE = 76  # RFC 2047 §2: a line holding an encoded word is at most 76 characters
_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/^_`{|}~-]+\Z")  # RFC 5322 atext, "=" left out (no look-alike words)


def encoded_words(text: str, header_name: str | None = None) -> list[str]:
    """``text`` as UTF-8 encoded words (each ≤ 75 chars), its whitespace inside the words.

    With ``header_name`` the first word also fits after "Name: " on a 76-character line.
    """
    folded = Header(text, "utf-8", maxlinelen=MAX_LINE, header_name=header_name or "").encode(linesep="\n")
    return [w for w in folded.split("\n ") if w]


def phrase_tokens(name: str) -> list[str]:
    """A non-ASCII display name (RFC 5322 phrase) as atoms and encoded words (RFC 2047 §5).

    Plain ASCII words stay atoms; each run of other words is packed into
    encoded words that end at a space, the space inside the word. Strict
    decoders read the exact name; Python's address parser (3.11, before the
    gh-128110 fix) keeps the folding space between two encoded words, so it
    at worst shows one space doubled where a long run had to be cut.
    """
    tokens: list[str] = []
    run: list[str] = []
    for word in name.split(" ") + [None]:
        if word is None or _ATOM.match(word):
            if run:
                tokens.extend(_run_words(run))
                run = []
            if word is not None:
                tokens.append(word)
        else:
            run.append(word)
    return tokens


def _run_words(words: list[str]) -> list[str]:
    chunks, chunk = [], ""
    for i, word in enumerate(words):
        piece = word + (" " if i < len(words) - 1 else "")
        if chunk and len(encoded_words(chunk + piece)) > 1:
            chunks.append(chunk)
            chunk = ""
        chunk += piece
    chunks.append(chunk)
    return [ew for c in chunks if c for ew in encoded_words(c)]  # one over-long word: cut anywhere


def _fold_tokens(name: str, tokens: list[str], linesep: str) -> str:
    """Join ``tokens`` with single spaces, breaking lines at those spaces (RFC 5322 §2.2.3)."""
    lines, line = [], f"{name}:"
    for token in tokens:
        if len(line) + 1 + len(token) > MAX_LINE and line.strip() and not line.endswith(":"):
            lines.append(line)
            line = ""
        line += " " + token
    lines.append(line)
    return linesep.join(lines) + linesep


def _address_tokens(header: AddressHeader) -> list[str] | None:
    """The header's addresses as foldable tokens, or None to leave it to the standard folder."""
    if any(g.display_name is not None for g in header.groups):
        return None  # RFC 5322 groups: rare in what we send, the standard folder copes
    addresses = header.addresses
    tokens: list[str] = []
    for i, addr in enumerate(addresses):
        if not addr.addr_spec.isascii():
            return None
        name = addr.display_name
        if name and not name.isascii():
            tokens.extend(phrase_tokens(name))
            tokens.append(f"<{addr.addr_spec}>")
        else:
            tokens.extend(formataddr((name, addr.addr_spec)).split(" "))
        if i < len(addresses) - 1:
            tokens[-1] += ","
    return tokens


class _KeepSpacesPolicy(email.policy.EmailPolicy):
    """``EmailPolicy`` whose non-ASCII unstructured and address headers fold without losing spaces."""

    def _keep_spaces(self, name: str, value) -> str | None:
        if not hasattr(value, "name") or str(value).isascii():
            return None
        if isinstance(value, UnstructuredHeader):
            words = encoded_words(str(value), name)
            return f"{name}: " + (self.linesep + " ").join(words) + self.linesep
        if isinstance(value, AddressHeader):
            tokens = _address_tokens(value)
            return None if tokens is None else _fold_tokens(name, tokens, self.linesep)
        return None

    def fold(self, name, value):
        return self._keep_spaces(name, value) or super().fold(name, value)

    def fold_binary(self, name, value):
        folded = self._keep_spaces(name, value)
        return folded.encode("ascii") if folded else super().fold_binary(name, value)


WIRE_POLICY = _KeepSpacesPolicy(linesep="\r\n")  # email.policy.SMTP, spaces kept
