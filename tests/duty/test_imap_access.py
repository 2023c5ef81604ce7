"""Shared unit mailbox through RFC 2342 NAMESPACE and RFC 4314 ACL on a real Dovecot with the acl plugin."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import imapclient.exceptions
import pytest

from thucongvu.duty import imap_access
from thucongvu.duty.roles import can_modify
from thucongvu.accounts.model import Account, Endpoint

pytestmark = pytest.mark.servers

ACL_CONF = """
mail_plugins = $mail_plugins acl
plugin {{
  acl = vfile
  acl_shared_dict = file:{mail}/shared-mailboxes.db  # written by the mail user: lets LIST show shared folders
}}
namespace shared {{
  type = shared
  separator = /
  prefix = shared/%%u/
  location = maildir:{mail}/%%d/%%n/Maildir:INDEXPVT=~/Maildir/shared/%%u
  subscriptions = no
  list = children
}}
"""


@pytest.fixture(scope="module")
def acl_dovecot():
    """A second private Dovecot, the fixture's config plus the acl/imap_acl plugins and a shared namespace."""
    from tests.support import dovecot as dv

    workdir = Path(tempfile.mkdtemp(prefix="tcv-dovecot-acl-"))
    base = dv._CONF
    # Global plugin settings must come before the protocol filters; {state} and {mail} are template fields.
    dv._CONF = base.replace("protocol imap {{\n", ACL_CONF + "protocol imap {{\n  mail_plugins = $mail_plugins imap_acl\n", 1)
    try:
        server = dv.start_dovecot(workdir, domain="so.gialai.gov.vn")
    finally:
        dv._CONF = base
    yield server
    server.stop()
    shutil.rmtree(workdir, ignore_errors=True)


def test_leader_reads_shared_unit_mailbox_read_only(acl_dovecot):
    unit = acl_dovecot.add_user("vanthu", "mk-vt")
    leader = acl_dovecot.add_user("giamdoc", "mk-gd")
    acl_dovecot.append(unit, "mk-vt", "INBOX", b"From: a@gialai.gov.vn\r\nSubject: Cong van\r\n\r\nNoi dung\r\n")

    officer = acl_dovecot.client(unit, "mk-vt")
    try:
        mine = imap_access.my_rights(officer, "INBOX")
        assert mine.acl_supported and not mine.read_only  # the owner has full control
        imap_access.grant_read(officer, "INBOX", leader)
    finally:
        officer.logout()

    client = acl_dovecot.client(leader, "mk-gd")
    try:
        ns = imap_access.namespaces(client)
        assert ns.other_users and ns.other_users[0][0] == "shared/"
        name = imap_access.shared_mailbox(client, unit)
        assert name == f"shared/{unit}/INBOX"
        rights = imap_access.my_rights(client, name)
        assert rights.can_read and rights.read_only, rights
        client.select_folder(name, readonly=True)
        assert len(client.search("ALL")) == 1
        client.select_folder(name)
        uids = client.search("ALL")
        client.add_flags(uids, [b"\\Deleted"])  # RFC 4314 §4: silently ignored without the 't' right
        assert b"\\Deleted" not in client.get_flags(uids)[uids[0]]
        with pytest.raises(imapclient.exceptions.IMAPClientError):
            client.move(uids, "INBOX")  # moving out needs 't' and 'e' on the source: refused
    finally:
        client.logout()


def test_without_acl_server_falls_back_to_role(dovecot, imap_user):
    address, password = imap_user
    client = dovecot.client(address, password)
    try:
        rights = imap_access.my_rights(client, "INBOX")
    finally:
        client.logout()
    assert not rights.acl_supported and not rights.read_only  # the separate-login path: the role decides
    leader = Account(address, Endpoint("localhost", 993), unit_mailbox=True, role="leader")
    assert not can_modify(leader)
    assert can_modify(Account(address, Endpoint("localhost", 993), unit_mailbox=True))
