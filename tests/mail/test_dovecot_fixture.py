"""The Dovecot fixture itself: what other helpers' tests rely on."""

import imapclient


def test_fixture_offers_tls_starttls_and_special_use(dovecot, imap_user):
    address, password = imap_user
    c = dovecot.client(address, password)
    try:
        caps = set(c.capabilities())
        assert {b"CONDSTORE", b"QRESYNC", b"MOVE", b"IDLE", b"SPECIAL-USE"} <= caps
        roles = {flags[-1] for flags, _, name in c.list_folders() if name != "INBOX"}
        assert {b"\\Drafts", b"\\Sent", b"\\Trash", b"\\Junk", b"\\Archive"} <= roles
    finally:
        c.logout()
    plain = imapclient.IMAPClient(dovecot.host, port=dovecot.imap_starttls_port, ssl=False, timeout=10)
    assert b"STARTTLS" in plain.capabilities()
    plain.starttls(dovecot.ssl_context())
    plain.login(address, password)
    plain.logout()


def test_add_user_accepts_full_addresses(dovecot):
    address = dovecot.add_user("VanThu@GiaLai.gov.vn", "mk")
    assert address == "vanthu@gialai.gov.vn"
    dovecot.append(address, "mk", "INBOX", b"Subject: x\r\n\r\ny\r\n")
    c = dovecot.client(address, "mk")
    assert c.select_folder("INBOX")[b"EXISTS"] == 1
    c.logout()
