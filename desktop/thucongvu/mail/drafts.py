"""Drafts: autosaved locally on every change, and copied to the server's Drafts folder.

API (the compose window)::

    drafts = Drafts(conn, credentials)
    d = drafts.save(Draft(account=..., to=..., subject=..., body=...))  # cheap: call from an autosave timer
    drafts.get(d.id), drafts.list(account)
    drafts.upload(d.id)      # APPEND to \\Drafts (RFC 6154) with \\Draft, replacing the previous copy
    msg = drafts.to_message(d)  # an EmailMessage for Outbox.enqueue
    drafts.delete(d.id)      # after sending or discarding; removes the server copy too when reachable

Local first: a crash or a dead network never loses what was typed. The server
copy is replaced, not accumulated: the previous one (its UID came from
APPENDUID, RFC 4315) is flagged ``\\Deleted`` and expunged by UID when the
server has UIDPLUS. ``upload`` and ``delete`` run off the GUI thread.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace

from thucongvu.errors import UsageError
from thucongvu.mail.compose import FileAttachment
from thucongvu.store.db import transaction
from thucongvu.text.fold import nfc


@dataclass(frozen=True)
class Draft:
    account: str
    to: str = ""
    cc: str = ""
    bcc: str = ""
    subject: str = ""
    body: str = ""
    in_reply_to: str | None = None
    references: str = ""
    attachments: tuple[FileAttachment, ...] = ()
    id: int | None = None
    server_folder: str | None = field(default=None, compare=False)
    server_uid: int | None = field(default=None, compare=False)
    server_uidvalidity: int | None = field(default=None, compare=False)
    updated_at: float | None = field(default=None, compare=False)


class Drafts:
    def __init__(self, conn, credentials=None, *, imap_factory=None, clock=time.time):
        self.conn = conn
        self.credentials = credentials
        self.imap_factory = imap_factory
        self.clock = clock

    def save(self, draft: Draft) -> Draft:
        """Insert or update locally (attachments replaced as a whole); returns it with its id."""
        cols = dict(account=draft.account, to_addrs=nfc(draft.to), cc_addrs=nfc(draft.cc), bcc_addrs=nfc(draft.bcc),
                    subject=nfc(draft.subject), body=nfc(draft.body), in_reply_to=draft.in_reply_to,
                    refs=draft.references, updated_at=self.clock())
        with transaction(self.conn):
            if draft.id is None:
                cur = self.conn.execute(f"INSERT INTO drafts({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))})",
                                        tuple(cols.values()))
                draft_id = cur.lastrowid
            else:
                draft_id = draft.id
                cur = self.conn.execute(f"UPDATE drafts SET {', '.join(f'{k}=?' for k in cols)} WHERE id=?",
                                        (*cols.values(), draft_id))
                if cur.rowcount != 1:
                    raise UsageError(f"Không có thư nháp #{draft_id}", f"No draft #{draft_id}")
                self.conn.execute("DELETE FROM draft_attachments WHERE draft_id=?", (draft_id,))
            self.conn.executemany(
                "INSERT INTO draft_attachments(draft_id, name, content_type, data) VALUES (?,?,?,?)",
                [(draft_id, nfc(a.name), a.content_type, a.data) for a in draft.attachments])
        return self.get(draft_id)

    def get(self, draft_id: int) -> Draft:
        r = self.conn.execute("SELECT * FROM drafts WHERE id=?", (draft_id,)).fetchone()
        if r is None:
            raise UsageError(f"Không có thư nháp #{draft_id}", f"No draft #{draft_id}")
        atts = tuple(FileAttachment(a["name"], bytes(a["data"]), a["content_type"]) for a in self.conn.execute(
            "SELECT name, content_type, data FROM draft_attachments WHERE draft_id=? ORDER BY id", (draft_id,)))
        return Draft(r["account"], r["to_addrs"], r["cc_addrs"], r["bcc_addrs"], r["subject"], r["body"],
                     r["in_reply_to"], r["refs"], atts, r["id"], r["server_folder"], r["server_uid"],
                     r["server_uidvalidity"], r["updated_at"])

    def list(self, account: str | None = None) -> list[Draft]:
        q, args = "SELECT id FROM drafts", ()
        if account:
            q, args = q + " WHERE account = ? COLLATE NOCASE", (account,)
        return [self.get(r[0]) for r in self.conn.execute(q + " ORDER BY updated_at DESC, id DESC", args)]

    def to_message(self, draft: Draft, *, for_server: bool = False):
        from thucongvu.accounts.repository import AccountRepository
        from thucongvu.mail.compose import build_message

        account = AccountRepository(self.conn).get(draft.account)
        return build_message(sender=account.email, sender_name=account.display_name, to=draft.to, cc=draft.cc,
                             subject=draft.subject, body=draft.body, attachments=draft.attachments,
                             in_reply_to=draft.in_reply_to, references=draft.references.split(),
                             allow_no_recipients=for_server)

    # -- server copy ----------------------------------------------------------
    def _client(self, account_email: str):
        from thucongvu.accounts.repository import AccountRepository
        from thucongvu.duty.roles import require_modify
        from thucongvu.mail.append import default_imap_factory

        account = AccountRepository(self.conn).get(account_email)
        require_modify(account)  # a leader's login to the unit mailbox never APPENDs or expunges there
        password = (self.credentials.get_password(account.email) if self.credentials else None) or ""
        return (self.imap_factory or default_imap_factory)(account, password)

    @staticmethod
    def _remove_copy(client, folder: str, uid: int, uidvalidity: int | None) -> None:
        """Delete our previous copy — only if the UID still names it (same UIDVALIDITY, still a \\Draft)."""
        info = client.select_folder(folder)
        if uidvalidity and info.get(b"UIDVALIDITY") != uidvalidity:
            return  # the folder was recreated: that UID may now be someone else's message
        flags = client.get_flags([uid]).get(uid, ())
        if b"\\Draft" not in flags:
            return
        client.add_flags([uid], [b"\\Deleted"])
        if client.has_capability("UIDPLUS"):
            client.uid_expunge([uid])  # only ours, never another client's \Deleted mail (RFC 4315)

    def upload(self, draft_id: int) -> Draft:
        """APPEND the draft to the server's Drafts, then drop the copy it replaces."""
        from thucongvu.mail.append import append
        from thucongvu.mail.compose import to_bytes

        draft = self.get(draft_id)
        raw = to_bytes(self.to_message(draft, for_server=True))
        client = self._client(draft.account)
        try:
            saved = append(client, "drafts", raw, flags=(b"\\Draft", b"\\Seen"))
            if draft.server_uid and draft.server_folder:
                self._remove_copy(client, draft.server_folder, draft.server_uid, draft.server_uidvalidity)
        finally:
            try:
                client.logout()
            except Exception:  # noqa: BLE001
                pass
        with transaction(self.conn):
            self.conn.execute("UPDATE drafts SET server_folder=?, server_uid=?, server_uidvalidity=? WHERE id=?",
                              (saved.folder, saved.uid, saved.uidvalidity, draft_id))
        return replace(draft, server_folder=saved.folder, server_uid=saved.uid, server_uidvalidity=saved.uidvalidity)

    def delete(self, draft_id: int, *, server: bool = True) -> None:
        """Forget a draft (sent or discarded); its server copy goes too when the server answers."""
        draft = self.get(draft_id)
        if server and draft.server_uid and draft.server_folder:
            try:
                client = self._client(draft.account)
                try:
                    self._remove_copy(client, draft.server_folder, draft.server_uid, draft.server_uidvalidity)
                finally:
                    client.logout()
            except Exception:  # noqa: BLE001 - a stale server draft is harmless; local data is what matters
                pass
        with transaction(self.conn):
            self.conn.execute("DELETE FROM drafts WHERE id=?", (draft_id,))
