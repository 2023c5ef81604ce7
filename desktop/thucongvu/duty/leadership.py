""""Chuyển lãnh đạo": pass unit-mailbox messages to the unit's leaders exactly as received.

Each original is fetched with ``UID FETCH … BODY.PEEK[]`` (RFC 3501: PEEK
leaves \\Seen alone) into bytes that are never parsed and re-serialised, and
wrapped whole as a ``message/rfc822`` part (RFC 2046 §5.2.1) by
:func:`thucongvu.mail.compose.wrap_unaltered`, so DKIM (RFC 6376) and S/MIME
(RFC 8551) signatures still verify on the leader's side. One outgoing mail per
original, with the optional cover note; every forward is written to
``duty_forwards`` (with the SHA-256 of the attached bytes) and to the incoming
register (registering the message first if the clerk has not yet).

Built on the send helper's pieces: originals come from
:func:`thucongvu.mail.forward.originals` (the store's cached ``BODY.PEEK[]``
bytes, else a fresh read-only fetch), and sending goes through an injected
``send(account, msg) -> status``: :func:`outbox_sender` queues in the
persistent outbox (policy checks, exactly-once, Sent copy) — the window and CLI
use it; :func:`smtp_sender` submits directly. Leaders (read-only) cannot forward.
"""

from __future__ import annotations

import datetime as dt
import email
import email.parser
import email.policy
import hashlib
import sqlite3
from dataclasses import dataclass
from typing import Callable, Iterable

from thucongvu.duty.config import DutyConfig
from thucongvu.duty.register import IncomingRegister
from thucongvu.duty.roles import require_modify
from thucongvu.duty.schedule import VIETNAM_TZ
from thucongvu.errors import UsageError
from thucongvu.store.db import transaction

Send = Callable[[object, object], str]  # (account, EmailMessage) -> "sent" | "queued"


@dataclass(frozen=True)
class Original:
    folder: str
    uid: int
    raw: bytes  # exactly the server's bytes


@dataclass(frozen=True)
class Forwarded:
    original: Original
    sha256: str
    recipients: tuple[str, ...]
    status: str
    message_id: str
    register_number: int


def originals_from(outbox, account, folder: str, uids: Iterable[int]) -> list[Original]:
    """Exact bytes: the store's cached copy, else the server's (mail.forward.originals)."""
    from thucongvu.mail.forward import originals

    raws = originals(outbox, account.email, folder, uids)
    return [Original(folder, uid, raws[uid]) for uid in sorted(raws)]


def outbox_sender(outbox, *, send_now: bool = True) -> Send:
    """Queue in the persistent outbox and try at once; "queued" when the server is unreachable."""

    def send(account, msg) -> str:
        item = outbox.enqueue(account.email, msg)
        if send_now:
            item = outbox.send_now(item.id)
        return "sent" if item.state == "sent" else "queued"

    return send


def smtp_sender(password_for: Callable[[object], str]) -> Send:
    """Submit at once over SMTP, no outbox (scripts and tests of the raw path)."""
    from thucongvu.mail.compose import envelope_recipients, to_bytes
    from thucongvu.mail.smtp import submit

    def send(account, msg) -> str:
        result = submit(account, password_for(account), to_bytes(msg), envelope_recipients(msg))
        if not result.accepted:
            raise UsageError(f"Máy chủ từ chối mọi người nhận: {result.refused}", f"All refused: {result.refused}")
        return "sent"

    return send


class LeadershipForwarder:
    def __init__(self, conn: sqlite3.Connection, config: DutyConfig, send: Send, *, user: str = "", clock=None):
        self.conn = conn
        self.config = config
        self.send = send
        self.user = user
        self.clock = clock or (lambda: dt.datetime.now(VIETNAM_TZ))

    def leaders_for(self, account) -> list[str]:
        return self.config.leaders_for(account.email)

    def forward(self, account, originals: list[Original], *, note: str = "",
                leaders: Iterable[str] | None = None) -> list[Forwarded]:
        require_modify(account)
        from thucongvu.mail.compose import to_bytes, wrap_unaltered
        from thucongvu.policy.identity import check_identity

        check_identity(account.email)
        recipients = [a.strip() for a in (leaders if leaders is not None else self.leaders_for(account)) if a.strip()]
        if not recipients:
            raise UsageError(
                f"Chưa cấu hình lãnh đạo nhận thư cho hộp thư đơn vị {account.email} (chính sách quản trị hoặc cài đặt)",
                f"No leaders configured for the unit mailbox {account.email} (admin policy or settings)")
        if not originals:
            raise UsageError("Chưa chọn thư nào để chuyển", "No message selected")
        from thucongvu.mail.outbox import check_outgoing

        messages = []
        for original in originals:
            msg = wrap_unaltered(original.raw, sender=account.email, sender_name=account.display_name,
                                 to=recipients, note=note)
            if not _carries(to_bytes(msg), original.raw):  # the contract: never send an altered original
                raise AssertionError("the forward does not carry the original's exact bytes")
            check_outgoing(account.email, msg)  # all or nothing: every policy check before the first send
            messages.append(msg)
        register = IncomingRegister(self.conn, self.clock)
        done = []
        for original, msg in zip(originals, messages):
            status = self.send(account, msg)
            digest = hashlib.sha256(original.raw).hexdigest()
            entry = self._register(register, account, original, recipients)
            with transaction(self.conn):
                self.conn.execute(
                    "INSERT INTO duty_forwards(at, account, folder, uid, message_id, sha256, recipients, note, status,"
                    " outgoing_message_id, register_id, by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (self.clock().timestamp(), account.email.lower(), original.folder, original.uid,
                     _message_id(original.raw), digest, ", ".join(recipients), note, status, msg["Message-ID"],
                     entry.id, self.user))
            done.append(Forwarded(original, digest, tuple(recipients), status, str(msg["Message-ID"]), entry.number))
        return done

    def _register(self, register: IncomingRegister, account, original: Original, recipients: list[str]):
        entry = register.find(account.email, _message_id(original.raw))
        if entry is None:
            entry = register.register_raw(original.raw, account=account, folder=original.folder, uid=original.uid,
                                          by=self.user)
        who = ", ".join(recipients)
        recipient = who if not entry.recipient else f"{entry.recipient}; {who}"
        return register.update(entry.id, account=account, recipient=recipient, status="da_chuyen")


def _carries(wire: bytes, original: bytes) -> bool:
    """The original is spliced in verbatim (message/rfc822), or — for what SMTP cannot carry as it is
    (NUL, lines over 998 octets) — attached base64 and decodes to exactly the same bytes."""
    if original in wire:
        return True
    msg = email.message_from_bytes(wire, policy=email.policy.compat32)
    return any(part.get_payload(decode=True) == original for part in msg.walk()
               if part.get_content_type() == "application/octet-stream")


def _message_id(raw: bytes) -> str | None:
    """The Message-ID header, read from the bytes without re-serialising anything."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    msg = email.parser.BytesHeaderParser(policy=email.policy.compat32).parsebytes(head + b"\r\n\r\n")
    value = msg.get("Message-ID")
    return str(value).strip() if value else None


def history(conn: sqlite3.Connection, limit: int = 200) -> list[sqlite3.Row]:
    return conn.execute("SELECT * FROM duty_forwards ORDER BY at DESC LIMIT ?", (limit,)).fetchall()


