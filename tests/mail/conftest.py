"""A synced-account setup on the session Dovecot: fresh user and home per test."""

from __future__ import annotations

from types import SimpleNamespace

import pytest


@pytest.fixture
def mailbox(dovecot, tmp_path, monkeypatch):
    from thucongvu.accounts.credentials import CredentialStore
    from thucongvu.accounts.model import Account, Endpoint
    from thucongvu.mail.service import MailService
    from thucongvu.paths import database_path
    from thucongvu.store.db import connect

    monkeypatch.setenv("THUCONGVU_KEYRING", "vault")
    monkeypatch.setenv("THUCONGVU_VAULT_PASSPHRASE", "kho-khoa-thu-nghiem")
    address, password = dovecot.unique_user("vt")
    home = tmp_path / "home"
    home.mkdir()
    service = MailService(lambda: connect(database_path(home)), home, CredentialStore(home))
    account = service.add_account(
        Account(address, Endpoint(dovecot.host, dovecot.imaps_port, "tls"), cafile=str(dovecot.cafile)), password)

    def other_client():
        """Another mail client changing the mailbox behind our back."""
        return dovecot.client(address, password)

    def server_state(folder="INBOX"):
        c = other_client()
        try:
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            got = c.fetch(uids, ["FLAGS"]) if uids else {}
            return {uid: " ".join(sorted(f.decode() for f in d[b"FLAGS"] if f != b"\\Recent"))
                    for uid, d in got.items()}
        finally:
            c.logout()

    def local_state(folder="INBOX"):
        return {r[0]: r[1] for r in service.db.execute(
            "SELECT m.uid, m.flags FROM messages m JOIN folders f ON f.id=m.folder_id WHERE f.name=? AND "
            "f.account_id=?", (folder, account.id))}

    return SimpleNamespace(server=dovecot, address=address, password=password, home=home, service=service,
                           account=account, other_client=other_client, server_state=server_state,
                           local_state=local_state)
