"""The persistent outbox: every message the app sends goes through here.

API (used by the window, the CLI ``send``/``forward`` and the duty helper)::

    box = Outbox(conn, credentials)            # conn: store.db.connect(...)
    item = box.enqueue(account_email, msg, bcc=())  # policy checks, then one row
    box.flush()          -> list[OutboxItem]   # send everything due (off the GUI thread)
    box.send_now(item.id) -> OutboxItem        # try one now (the CLI)
    box.pending()        -> list[OutboxItem]   # queued, sending, uncertain, failed
    box.retry(id), box.cancel(id)

Threads: sending blocks (network), so call ``flush``/``send_now`` off the GUI
thread, with an Outbox whose connection belongs to that thread
(``store.db.connect`` in the worker). Any number of Outbox objects, in one or
several processes, may share the database: claims make that safe.

Policy runs BEFORE anything is stored (exit 3): the sending identity (the
account and the From header, ``policy.identity``) and secrecy markings
(``policy.classified``). The identity is checked again at send time, since the
admin policy may have narrowed meanwhile.

Exactly once. A row is claimed (``state='sending'``, ``phase='connect'``) in
its own transaction before any connection, so two processes never send the
same row; ``phase`` becomes ``data`` right before the SMTP DATA command.
- A failure before DATA means the server certainly did not take the message:
  the row goes back to ``queued`` with exponential backoff (30 s … 1 h).
- 250 after DATA: the row becomes ``sent`` at once, then a copy is APPENDed to
  Sent (RFC 6154); a failed copy is retried by later flushes, the send is not.
- A failure DURING DATA (timeout, dropped connection) and a crash found on
  restart with ``phase='data'`` are ``uncertain``: the server may have queued
  the message. Those are NOT resent automatically — resending could deliver it
  twice — but shown to the user, who decides (``retry``). This is the
  trade-off: at-most-once inside that narrow window, exactly-once elsewhere.
  A crash found with ``phase='connect'`` is safely requeued.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Callable, Iterable

from thucongvu.errors import AppError, PolicyError, UsageError
from thucongvu.store.db import transaction

# What the window shows for each state (Vietnamese first, English).
STATE_LABELS = {
    "queued": ("Chờ gửi", "Queued"),
    "sending": ("Đang gửi", "Sending"),
    "sent": ("Đã gửi", "Sent"),
    "failed": ("Gửi không được", "Failed"),
    "uncertain": ("Không rõ đã gửi chưa — hãy kiểm tra trước khi gửi lại", "Unknown whether sent — check before resending"),
}
BACKOFF = (30, 60, 120, 300, 900, 1800, 3600)  # seconds before attempt n+1
STALE_AFTER = 600  # a 'sending' claim older than this belongs to a process that died


@dataclass(frozen=True)
class OutboxItem:
    id: int
    account: str
    message_id: str
    subject: str
    recipients: tuple[str, ...]
    state: str
    attempts: int
    next_attempt: float
    last_error: str | None
    refused: dict
    saved_to_sent: bool
    sent_at: float | None

    @classmethod
    def from_row(cls, r) -> "OutboxItem":
        return cls(r["id"], r["account"], r["message_id"], r["subject"], tuple(json.loads(r["recipients"])),
                   r["state"], r["attempts"], r["next_attempt"], r["last_error"], json.loads(r["refused"]),
                   bool(r["saved_to_sent"]), r["sent_at"])


def check_outgoing(account_email: str, msg: EmailMessage, policy=None) -> str:
    """Every policy check on a message about to be queued; returns the normalised sender."""
    from thucongvu.policy.classified import check_not_classified
    from thucongvu.policy.identity import check_from_header, check_identity

    if policy is None:
        from thucongvu.policy.admin import load_policy

        policy = load_policy()
    account = check_identity(account_email, policy)
    _, sender = check_from_header(str(msg.get("From", "")), policy)
    if sender != account:
        raise PolicyError(f"Địa chỉ gửi «{sender}» khác tài khoản «{account}»",
                          f"The From address {sender!r} differs from the account {account!r}")
    texts, names = [], []
    for part in msg.walk():
        original = getattr(part, "_tcv_original", None)
        if original is not None:  # an unaltered original: passing it on is sending it, so it is judged too
            from thucongvu.mail.mime import parse

            inner = parse(original)
            texts += [inner.subject, inner.text]
            names += [a.name for a in inner.attachments]
            continue
        if part.get_content_type() == "message/rfc822":
            continue
        if part.is_multipart():
            continue
        if part.get_filename():
            names.append(part.get_filename())
        elif part.get_content_maintype() == "text":
            try:
                text = part.get_content()
            except (LookupError, UnicodeError):
                continue
            if part.get_content_subtype() == "html":
                import html2text

                text = html2text.html2text(text)
            texts.append(text)
    check_not_classified(str(msg.get("Subject", "")), "\n".join(texts), names)
    return sender


class Outbox:
    def __init__(self, conn, credentials, *, policy=None, submit: Callable | None = None,
                 imap_factory: Callable | None = None, clock: Callable[[], float] = time.time):
        self.conn = conn
        self.credentials = credentials
        self.policy = policy
        self._submit = submit
        self.imap_factory = imap_factory
        self.clock = clock
        self.last_error: AppError | None = None  # why the last send_now did not send (None: it did)

    # -- queueing -------------------------------------------------------------
    def enqueue(self, account_email: str, msg: EmailMessage, *, bcc: Iterable[str] = ()) -> OutboxItem:
        from thucongvu.accounts.repository import AccountRepository
        from thucongvu.mail.compose import envelope_recipients, to_bytes

        account = AccountRepository(self.conn).get(account_email)
        sender = check_outgoing(account.email, msg, self.policy)
        recipients = envelope_recipients(msg, bcc)
        if not recipients:
            raise UsageError("Chưa có người nhận", "No recipients")
        raw = to_bytes(msg)
        with transaction(self.conn):
            cur = self.conn.execute(
                "INSERT INTO outbox(account, message_id, subject, mail_from, recipients, raw, next_attempt) "
                "VALUES (?,?,?,?,?,?,?)",
                (account.email, str(msg.get("Message-ID", "")), str(msg.get("Subject", "")), sender,
                 json.dumps(recipients), raw, self.clock()),
            )
        return self.get(cur.lastrowid)

    def get(self, item_id: int) -> OutboxItem:
        row = self.conn.execute("SELECT * FROM outbox WHERE id=?", (item_id,)).fetchone()
        if row is None:
            raise UsageError(f"Không có thư #{item_id} trong hộp thư đi", f"No outbox item #{item_id}")
        return OutboxItem.from_row(row)

    def raw(self, item_id: int) -> bytes:
        return bytes(self.conn.execute("SELECT raw FROM outbox WHERE id=?", (item_id,)).fetchone()[0])

    def pending(self) -> list[OutboxItem]:
        rows = self.conn.execute("SELECT * FROM outbox WHERE state != 'sent' ORDER BY id").fetchall()
        return [OutboxItem.from_row(r) for r in rows]

    def retry(self, item_id: int) -> None:
        """The user's decision: send a failed or uncertain item again."""
        with transaction(self.conn):
            self.conn.execute("UPDATE outbox SET state='queued', phase=NULL, next_attempt=? "
                              "WHERE id=? AND state IN ('failed', 'uncertain', 'queued')", (self.clock(), item_id))

    def cancel(self, item_id: int) -> None:
        with transaction(self.conn):
            self.conn.execute("DELETE FROM outbox WHERE id=? AND state IN ('queued', 'failed', 'uncertain')",
                              (item_id,))

    # -- sending --------------------------------------------------------------
    def recover(self) -> None:
        """After a crash: stale claims before DATA are requeued, during DATA become uncertain."""
        stale = self.clock() - STALE_AFTER
        with transaction(self.conn):
            self.conn.execute("UPDATE outbox SET state='queued', phase=NULL WHERE state='sending' "
                              "AND phase='connect' AND claimed_at < ?", (stale,))
            self.conn.execute("UPDATE outbox SET state='uncertain', last_error=? WHERE state='sending' "
                              "AND phase='data' AND claimed_at < ?",
                              ("Ứng dụng dừng giữa lúc gửi: không rõ máy chủ đã nhận thư chưa", stale))

    def flush(self, *, account: str | None = None) -> list[OutboxItem]:
        """Send every due item (and Sent copies still owed), one connection per account and server.

        Never raises for one item's trouble: each item's state says what happened.
        """
        from thucongvu.mail.links import Links

        self.recover()
        where, args = "state='queued' AND next_attempt <= ?", [self.clock()]
        if account:
            where += " AND account = ? COLLATE NOCASE"
            args.append(account)
        ids = [r[0] for r in self.conn.execute(f"SELECT id FROM outbox WHERE {where} ORDER BY id", args)]
        with Links(self.credentials, imap_factory=self.imap_factory, submit=self._submit) as links:
            done = [self.send_now(i, links=links) for i in ids]
            owed = self.conn.execute("SELECT id FROM outbox WHERE state='sent' AND saved_to_sent=0").fetchall()
            for (i,) in owed:
                if i not in ids:
                    self._save_sent_copy(i, links)
        return done

    def _claim(self, item_id: int) -> bool:
        with transaction(self.conn):
            cur = self.conn.execute(
                "UPDATE outbox SET state='sending', phase='connect', claimed_at=?, attempts=attempts+1 "
                "WHERE id=? AND state='queued'", (self.clock(), item_id))
        return cur.rowcount == 1

    def _set(self, item_id: int, **values) -> None:
        cols = ", ".join(f"{k}=?" for k in values)
        with transaction(self.conn):
            self.conn.execute(f"UPDATE outbox SET {cols} WHERE id=?", (*values.values(), item_id))

    def send_now(self, item_id: int, *, links=None) -> OutboxItem:
        """Try one queued item now; returns its new state. Runs off the GUI thread."""
        from thucongvu.mail.links import Links

        if links is None:
            with Links(self.credentials, imap_factory=self.imap_factory, submit=self._submit) as own:
                return self.send_now(item_id, links=own)
        return self._send(item_id, links)

    def _send(self, item_id: int, links) -> OutboxItem:
        from thucongvu.accounts.repository import AccountRepository
        from thucongvu.mail import smtp
        from thucongvu.policy.identity import check_identity

        self.last_error = None
        if not self._claim(item_id):
            return self.get(item_id)
        row = self.conn.execute("SELECT * FROM outbox WHERE id=?", (item_id,)).fetchone()
        try:
            check_identity(row["mail_from"], self.policy)  # again at send time
            account = AccountRepository(self.conn).get(row["account"])
            result = links.submit(account, bytes(row["raw"]), json.loads(row["recipients"]),
                                  mail_from=row["mail_from"], on_data=lambda: self._set(item_id, phase="data"))
        except smtp.DeliveryUncertain as exc:
            self.last_error = exc
            self._set(item_id, state="uncertain", last_error=exc.vi)
        except PolicyError as exc:
            self.last_error = exc
            self._set(item_id, state="failed", phase=None, last_error=exc.vi)
        except smtp.SendRefused as exc:
            self.last_error = exc
            if exc.permanent:
                self._set(item_id, state="failed", phase=None, last_error=exc.vi)
            else:
                self._requeue(item_id, row["attempts"] + 1, exc)
        except AppError as exc:
            self.last_error = exc
            self._requeue(item_id, row["attempts"] + 1, exc)
        else:
            self._set(item_id, state="sent", phase=None, sent_at=self.clock(), last_error=None,
                      refused=json.dumps(result.refused, ensure_ascii=False))
            self._save_sent_copy(item_id, links)
        return self.get(item_id)

    def _requeue(self, item_id: int, attempts: int, exc: AppError) -> None:
        delay = BACKOFF[min(attempts, len(BACKOFF)) - 1]
        self._set(item_id, state="queued", phase=None, next_attempt=self.clock() + delay, last_error=exc.vi)

    def _save_sent_copy(self, item_id: int, links) -> None:
        from thucongvu.accounts.repository import AccountRepository

        row = self.conn.execute("SELECT account, raw FROM outbox WHERE id=?", (item_id,)).fetchone()
        try:
            account = AccountRepository(self.conn).get(row["account"])
            if account.read_only:  # a leader's login to the unit mailbox: its Sent folder is not theirs to fill
                self._set(item_id, saved_to_sent=1)
                return
            links.save_sent(account, bytes(row["raw"]))
        except Exception as exc:  # noqa: BLE001 - the mail is sent; the copy is retried by the next flush
            import logging

            logging.getLogger(__name__).warning("Sent copy of outbox item %s not saved yet: %r", item_id, exc)
            return
        self._set(item_id, saved_to_sent=1)
