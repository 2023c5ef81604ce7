"""What the server lets this login do with a mailbox: shared folders and ACL rights.

A leader reads the unit mailbox either through the server's shared folders
(RFC 2342 NAMESPACE, "other users'" namespace, e.g. ``shared/vanthu@…/INBOX``)
with rights the documentation officer granted (RFC 4314 ACL), or through a
separate read-only login. ``MYRIGHTS`` is the server's own answer, so the
window's read-only mode follows it instead of guessing. Runs on the caller's
IMAP thread (one IMAPClient per thread); no store access.
"""

from __future__ import annotations

from dataclasses import dataclass

# RFC 4314 §2.1: rights that change a mailbox's content or its messages' state for everyone.
MODIFYING_RIGHTS = set("wite") | set("xk")  # write flags, insert, delete (\Deleted), expunge; mailbox admin
READ_RIGHTS = set("lr")


@dataclass(frozen=True)
class Namespaces:
    personal: tuple[tuple[str, str], ...] = ()
    other_users: tuple[tuple[str, str], ...] = ()  # (prefix, delimiter)
    shared: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class MailboxRights:
    mailbox: str
    rights: str  # e.g. "lrs" ("" when the server has no ACL support: treat as full owner's access)
    acl_supported: bool

    @property
    def can_read(self) -> bool:
        return not self.acl_supported or READ_RIGHTS <= set(self.rights)

    @property
    def read_only(self) -> bool:
        """True when this login can neither move, delete nor change others' flags."""
        return self.acl_supported and not (MODIFYING_RIGHTS & set(self.rights))


def namespaces(client) -> Namespaces:
    """RFC 2342 NAMESPACE, or the personal namespace only when the server lacks it."""
    if not client.has_capability("NAMESPACE"):
        return Namespaces(personal=(("", "/"),))
    ns = client.namespace()

    def norm(group) -> tuple[tuple[str, str], ...]:
        return tuple((_text(prefix), _text(delim)) for prefix, delim in (group or ()))

    return Namespaces(norm(ns.personal), norm(ns.other), norm(ns.shared))


def my_rights(client, mailbox: str) -> MailboxRights:
    """RFC 4314 MYRIGHTS for ``mailbox`` as this login sees it."""
    if not client.has_capability("ACL"):
        return MailboxRights(mailbox, "", acl_supported=False)
    typ, data = client._imap.myrights(client._normalise_folder(mailbox))
    if typ != "OK" or not data or data[0] is None:
        return MailboxRights(mailbox, "", acl_supported=True)
    # Untagged "* MYRIGHTS <mailbox> <rights>": the rights are the last token.
    return MailboxRights(mailbox, _text(data[0]).rsplit(" ", 1)[-1].strip('"'), acl_supported=True)


def shared_mailbox(client, owner: str, mailbox: str = "INBOX") -> str | None:
    """The name under which ``owner``'s ``mailbox`` is reached through the other-users namespace, if any."""
    ns = namespaces(client)
    for prefix, delim in ns.other_users:
        name = f"{prefix}{owner}{delim or '/'}{mailbox}"
        try:
            client.folder_status(name, ["MESSAGES"])
        except Exception:  # not shared with us (NO), or a different naming scheme
            continue
        return name
    return None


def grant_read(client, mailbox: str, who: str) -> None:
    """The documentation officer lets a leader read (lookup, read, keep own \\Seen) and nothing more."""
    client.setacl(mailbox, who, "lrs")


def _text(value) -> str:
    if value is None:
        return ""
    return value.decode("utf-8", "replace") if isinstance(value, (bytes, bytearray)) else str(value)
