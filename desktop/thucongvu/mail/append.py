"""Saving a copy on the server: APPEND to the Sent or Drafts folder. Runs off the GUI thread.

Owns: finding the folder by its RFC 6154 special-use role (``\\Sent``,
``\\Drafts``), falling back to the usual names and creating it if absent, and
APPEND (RFC 3501 §6.3.11) returning the new UID from APPENDUID (RFC 4315) when
the server offers UIDPLUS. The connection comes from the injected factory,
by default ``thucongvu.mail.connection.open_imap`` (same TLS rules as sync).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

ImapFactory = Callable[[object, str], object]  # (account, password) -> logged-in IMAPClient
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)
_FALLBACK = {"sent": ("Sent", "Sent Items", "Sent Messages", "Đã gửi"), "drafts": ("Drafts", "Nháp")}


@dataclass(frozen=True)
class Appended:
    folder: str
    uidvalidity: int | None
    uid: int | None


def default_imap_factory(account, password: str):
    from thucongvu.mail.connection import open_imap

    return open_imap(account, password)


def special_folder(client, role: str) -> str:
    """The folder with RFC 6154 role ``role`` ("sent" | "drafts"), created when the server has none."""
    flag = {"sent": b"\\sent", "drafts": b"\\drafts"}[role]
    listed = client.list_folders()
    for flags, _delim, name in listed:
        if any((f if isinstance(f, bytes) else f.encode()).lower() == flag for f in flags):
            return name
    existing = {name.lower(): name for _f, _d, name in listed}
    for candidate in _FALLBACK[role]:
        if candidate.lower() in existing:
            return existing[candidate.lower()]
    name = _FALLBACK[role][0]
    client.create_folder(name)
    return name


def append(client, role: str, raw: bytes, flags: tuple = ()) -> Appended:
    folder = special_folder(client, role)
    response = client.append(folder, raw, flags=flags)
    m = _APPENDUID.search(response if isinstance(response, bytes) else str(response).encode())
    return Appended(folder, int(m.group(1)) if m else None, int(m.group(2)) if m else None)
