"""Forwarding a message unaltered (*Chuyển nguyên văn*, *Chuyển lãnh đạo*).

API (CLI ``forward --unaltered``, the window, and the duty helper's
"forward to leadership")::

    item = forward_unaltered(outbox, account, folder, uid, to, note="")
    items = forward_many(outbox, account, folder, uids, to, note="")
    items = forward_to_leaders(outbox, unit_account, folder, uids, note="", leaders=None)

The original is the exact byte string the server holds: the store's cached
``bodies.raw`` when present (it was fetched with ``BODY.PEEK[]``), else a fresh
``UID FETCH … BODY.PEEK[]`` (RFC 3501 §6.4.5; PEEK leaves ``\\Seen`` alone).
It is wrapped by ``compose.wrap_unaltered`` (message/rfc822, never
re-serialised) and queued in the outbox, so policy checks and the
exactly-once rules apply as for any other mail. Runs off the GUI thread.
"""

from __future__ import annotations

from typing import Iterable

from thucongvu.errors import UsageError


def cached_original(conn, account: str, folder: str, uid: int) -> bytes | None:
    row = conn.execute(
        "SELECT b.raw FROM bodies b JOIN messages m ON m.id = b.message_id JOIN folders f ON f.id = m.folder_id "
        "JOIN accounts a ON a.id = f.account_id WHERE a.email = ? COLLATE NOCASE AND f.name = ? AND m.uid = ?",
        (account, folder, uid)).fetchone()
    return bytes(row[0]) if row else None


def fetch_originals(account, password: str, folder: str, uids: list[int], *, imap_factory=None) -> dict[int, bytes]:
    """Exact bytes of ``uids`` from the server, read-only (EXAMINE) and with BODY.PEEK[]."""
    from thucongvu.mail.append import default_imap_factory

    client = (imap_factory or default_imap_factory)(account, password)
    try:
        try:
            client.select_folder(folder, readonly=True)
        except Exception as exc:  # noqa: BLE001 - imapclient raises its own error types
            raise UsageError(f"Không mở được thư mục «{folder}»: {exc}", f"Cannot open folder {folder!r}: {exc}") \
                from None
        data = client.fetch(uids, [b"BODY.PEEK[]"])
        return {uid: bytes(item[b"BODY[]"]) for uid, item in data.items() if b"BODY[]" in item}
    finally:
        try:
            client.logout()
        except Exception:  # noqa: BLE001
            pass


def originals(outbox, account_email: str, folder: str, uids: Iterable[int]) -> dict[int, bytes]:
    """Cached bytes where the store has them, the server's for the rest; UsageError for a missing UID."""
    from thucongvu.accounts.repository import AccountRepository

    uids = [int(u) for u in uids]
    found = {u: raw for u in uids if (raw := cached_original(outbox.conn, account_email, folder, u)) is not None}
    missing = [u for u in uids if u not in found]
    if missing:
        account = AccountRepository(outbox.conn).get(account_email)
        password = outbox.credentials.get_password(account.email) or ""
        found.update(fetch_originals(account, password, folder, missing, imap_factory=outbox.imap_factory))
    absent = [u for u in uids if u not in found]
    if absent:
        raise UsageError(f"Không có thư UID {', '.join(map(str, absent))} trong thư mục «{folder}»",
                         f"No message with UID {', '.join(map(str, absent))} in folder {folder!r}")
    return found


def forward_many(outbox, account_email: str, folder: str, uids: Iterable[int], to: Iterable[str] | str,
                 note: str = "") -> list:
    """One unaltered forward per original, each its own outbox item (and its own register line)."""
    from thucongvu.accounts.repository import AccountRepository
    from thucongvu.mail.compose import wrap_unaltered
    from thucongvu.mail.outbox import check_outgoing

    account = AccountRepository(outbox.conn).get(account_email)
    raws = originals(outbox, account.email, folder, uids)
    messages = [wrap_unaltered(raws[u], sender=account.email, sender_name=account.display_name, to=to, note=note)
                for u in raws]
    for m in messages:  # all or nothing: every policy check passes before the first is queued
        check_outgoing(account.email, m, outbox.policy)
    return [outbox.enqueue(account.email, m) for m in messages]


def forward_unaltered(outbox, account_email: str, folder: str, uid: int, to: Iterable[str] | str,
                      note: str = ""):
    """Queue the original of ``uid`` as a byte-exact message/rfc822 attachment; returns the OutboxItem."""
    return forward_many(outbox, account_email, folder, [uid], to, note)[0]


def forward_to_leaders(outbox, unit_account: str, folder: str, uids: Iterable[int], note: str = "",
                       leaders: Iterable[str] | None = None) -> list:
    """*Chuyển lãnh đạo*: to ``leaders``, or else the leaders the admin policy lists for this unit mailbox."""
    if leaders is None:
        policy = outbox.policy
        if policy is None:
            from thucongvu.policy.admin import load_policy

            policy = load_policy()
        leaders = policy.leaders_for(unit_account)
    leaders = list(leaders)
    if not leaders:
        raise UsageError(f"Chưa cấu hình lãnh đạo nhận thư cho hộp thư đơn vị {unit_account}",
                         f"No leaders are configured for the unit mailbox {unit_account}")
    return forward_many(outbox, unit_account, folder, uids, leaders, note)
