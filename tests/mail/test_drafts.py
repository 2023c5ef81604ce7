"""Drafts: local autosave survives a restart; the server copy in \\Drafts is replaced, not piled up."""

import uuid

import pytest

from thucongvu.accounts.credentials import CredentialStore
from thucongvu.errors import UsageError
from thucongvu.mail.compose import FileAttachment
from thucongvu.mail.drafts import Draft, Drafts
from thucongvu.mail.mime import parse
from thucongvu.store.db import connect
from tests.support.sending import make_account


def _drafts_on_server(dovecot, user):
    c = dovecot.client(user, "mat-khau-1")
    try:
        c.select_folder("Drafts", readonly=True)
        uids = c.search(["NOT", "DELETED"])
        data = c.fetch(uids, [b"BODY.PEEK[]", b"FLAGS"])
        return [(data[u][b"BODY[]"], data[u][b"FLAGS"]) for u in sorted(data)]
    finally:
        c.logout()


def test_local_autosave_survives_restart(tmp_path, home):
    path = tmp_path / "s.sqlite3"
    conn = connect(path)
    d = Drafts(conn).save(Draft(account="vt@so.gialai.gov.vn", to="gd@so.gialai.gov.vn", subject="Dự thảo",
                                body="Nội dung", attachments=(FileAttachment("a.pdf", b"%PDF"),)))
    d = Drafts(conn).save(Draft(**{**d.__dict__, "body": "Nội dung sửa"}))
    conn.close()
    again = Drafts(connect(path))
    [back] = again.list("vt@so.gialai.gov.vn")
    assert back.body == "Nội dung sửa" and back.attachments == (FileAttachment("a.pdf", b"%PDF"),)
    again.delete(back.id)
    assert again.list() == []
    with pytest.raises(UsageError):
        again.get(back.id)


@pytest.mark.servers
def test_upload_replaces_server_copy(db, home, dovecot, postfix):
    creds = CredentialStore(home)
    acc = make_account(db, creds, dovecot, postfix, f"vt{uuid.uuid4().hex[:8]}@so.gialai.gov.vn")
    drafts = Drafts(db, creds)
    d = drafts.save(Draft(account=acc.email, subject="Tờ trình", body="Bản 1"))   # no recipient yet: fine
    d = drafts.upload(d.id)
    assert d.server_folder == "Drafts" and d.server_uid
    d = drafts.save(Draft(**{**d.__dict__, "to": "gd@so.gialai.gov.vn", "body": "Bản 2"}))
    drafts.upload(d.id)
    [(raw, flags)] = _drafts_on_server(dovecot, acc.email)
    assert "Bản 2" in parse(raw).text and b"\\Draft" in flags
    drafts.delete(d.id)
    assert _drafts_on_server(dovecot, acc.email) == []


@pytest.mark.servers
def test_a_stale_uid_never_deletes_another_message(db, home, dovecot, postfix):
    creds = CredentialStore(home)
    acc = make_account(db, creds, dovecot, postfix, f"vt{uuid.uuid4().hex[:8]}@so.gialai.gov.vn")
    dovecot.append(acc.email, "mat-khau-1", "Drafts", b"Subject: not ours\r\n\r\nkeep me\r\n")  # no \Draft flag
    drafts = Drafts(db, creds)
    d = drafts.save(Draft(account=acc.email, subject="x"))
    db.execute("UPDATE drafts SET server_folder='Drafts', server_uid=1 WHERE id=?", (d.id,))
    drafts.delete(d.id)
    assert [parse(raw).subject for raw, _ in _drafts_on_server(dovecot, acc.email)] == ["not ours"]
