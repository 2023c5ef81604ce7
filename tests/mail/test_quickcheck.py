"""The pipelined no-change check against the real Dovecot."""

import pytest

from thucongvu.accounts.model import Account, Endpoint
from thucongvu.errors import AuthError
from thucongvu.mail.quickcheck import quick_status


def _account(dovecot, address, security="tls", cafile=True):
    port = dovecot.imaps_port if security == "tls" else dovecot.imap_starttls_port
    return Account(address, Endpoint(dovecot.host, port, security), cafile=str(dovecot.cafile) if cafile else None)


@pytest.mark.parametrize("security", ["tls", "starttls"])
def test_status_of_every_folder_in_one_exchange(dovecot, imap_user, security):
    address, password = imap_user
    dovecot.append(address, password, "INBOX", b"Subject: a\r\n\r\nb\r\n", flags=[b"\\Seen"])
    statuses = quick_status(_account(dovecot, address, security), lambda: password)
    assert set(statuses) == {"INBOX", "Drafts", "Sent", "Trash", "Junk", "Archive"}
    inbox = statuses["INBOX"]
    assert (inbox.messages, inbox.unseen, inbox.uidnext) == (1, 0, 2) and inbox.highestmodseq and inbox.uidvalidity


def test_wrong_password_is_reported_and_doubtful_cases_fall_back(dovecot, imap_user):
    address, password = imap_user
    with pytest.raises(AuthError):
        quick_status(_account(dovecot, address), "sai")
    assert quick_status(_account(dovecot, address, cafile=False), password) is None  # untrusted: normal path says why
    assert quick_status(_account(dovecot, address), "mật khẩu có dấu") is None  # not sendable as a quoted string
