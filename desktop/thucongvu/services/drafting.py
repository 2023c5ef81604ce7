"""What the compose window edits and how it becomes a message: guards and building. No Qt.

A ``Draft`` is the window's plain state (mode, source message, attachment
paths); it is stored through the send feature's ``mail.drafts.Drafts`` on
every pause in typing (``to_stored``), so nothing typed is lost. ``check(draft)`` applies the
sending rules before anything is queued: the identity must be ``.gov.vn``
(Chỉ thị 34/2008/CT-TTg; ``policy.identity``) and no confidentiality marking
may appear in the subject, body or attachment names (``policy.classified``).
``build(draft, original)`` uses ``mail.compose`` (the send feature) for every
mode, including the byte-exact *Chuyển nguyên văn*.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from email.utils import getaddresses
from pathlib import Path

MODES = ("new", "reply", "reply_all", "forward", "forward_unaltered")


@dataclass
class Draft:
    account: str = ""
    to: str = ""
    cc: str = ""
    subject: str = ""
    body: str = ""
    attachments: list[str] = field(default_factory=list)  # file paths
    mode: str = "new"
    source_id: int | None = None  # the message replied to / forwarded
    in_reply_to: str = ""
    references: str = ""

    def recipients(self) -> list[str]:
        return [a for _, a in getaddresses([self.to, self.cc]) if a]


def outside_gov(addresses: list[str]) -> list[str]:
    """Recipients outside .gov.vn: allowed (citizens write in) but shown highlighted."""
    from thucongvu.policy.identity import is_gov_address

    return [a for a in addresses if not is_gov_address(a)]


def markings(draft: Draft) -> list:
    from thucongvu.policy.classified import find_markings

    return find_markings(draft.subject, draft.body, [Path(p).name for p in draft.attachments])


def check(draft: Draft) -> None:
    """Raises PolicyError/UsageError (Vietnamese first) when the draft must not be sent."""
    from thucongvu.errors import UsageError
    from thucongvu.policy.classified import check_not_classified
    from thucongvu.policy.identity import check_identity

    check_identity(draft.account)
    if not draft.recipients():
        raise UsageError("Chưa có người nhận", "No recipients")
    check_not_classified(draft.subject, draft.body, [Path(p).name for p in draft.attachments])
    for path in draft.attachments:
        if not Path(path).is_file():
            raise UsageError(f"Không tìm thấy tệp đính kèm {path}", f"Attachment not found: {path}")


def build(draft: Draft, original: bytes | None = None, sender_name: str = ""):
    """The EmailMessage for this draft (serialise with ``mail.compose.to_bytes``)."""
    from thucongvu.mail import compose

    check(draft)
    atts = [compose.FileAttachment.from_path(p) for p in draft.attachments]
    if draft.mode == "forward_unaltered":
        if original is None:
            from thucongvu.errors import UsageError

            raise UsageError("Không có thư gốc để chuyển nguyên văn", "No original to forward unaltered")
        msg = compose.wrap_unaltered(original, sender=draft.account, to=draft.to, cc=draft.cc, note=draft.body,
                                     subject=draft.subject or None, sender_name=sender_name)
        for att in atts:
            msg.add_attachment(att.data, maintype="application", subtype="octet-stream", filename=att.name)
        return msg
    if draft.mode == "forward" and original is not None:  # the original's files travel with it
        from thucongvu.mail import mime

        atts = [compose.FileAttachment(a.name, a.data, a.content_type)
                for a in mime.parse(original).attachments if not a.inline] + atts
    return compose.build_message(sender=draft.account, sender_name=sender_name, to=draft.to, cc=draft.cc,
                                 subject=draft.subject, body=draft.body, attachments=atts,
                                 in_reply_to=draft.in_reply_to or None, references=draft.references.split())


def prefill(mode: str, original: bytes | None, account: str) -> dict:
    """Initial fields for a reply/forward, from ``mail.compose`` (quoted text, subject, recipients)."""
    from thucongvu.mail import compose

    if mode == "new" or original is None:
        return {}
    if mode in ("reply", "reply_all"):
        msg = compose.reply(original, sender=account, reply_all=mode == "reply_all")
    elif mode == "forward":
        msg = compose.forward_inline(original, sender=account, to=account)
    else:
        orig = compose.parse_original(original)
        return {"subject": f"Chuyển nguyên văn: {orig.get('Subject', '')}".strip(), "to": "", "cc": "", "body": ""}
    body = msg.get_body(preferencelist=("plain",))
    fields = {"subject": str(msg.get("Subject", "")), "body": body.get_content() if body else "",
              "to": str(msg.get("To", "")) if mode != "forward" else "", "cc": str(msg.get("Cc", "") or ""),
              "in_reply_to": str(msg.get("In-Reply-To", "") or ""), "references": str(msg.get("References", "") or "")}
    return fields


def to_stored(draft: Draft, stored_id: int | None = None):
    """The send feature's ``mail.drafts.Draft`` for this compose state (attachments read from disk)."""
    from thucongvu.mail.compose import FileAttachment
    from thucongvu.mail.drafts import Draft as StoredDraft

    atts = tuple(FileAttachment.from_path(p) for p in draft.attachments if Path(p).is_file())
    return StoredDraft(account=draft.account, to=draft.to, cc=draft.cc, subject=draft.subject, body=draft.body,
                       in_reply_to=draft.in_reply_to or None, references=draft.references, attachments=atts,
                       id=stored_id)
