"""A leader's read-only view of the unit mailbox (issue 6 item 3): the window and the services both refuse changes.

The first tests use a store prepared on disk (accounts point at a closed
port); the last two read through a real Dovecot, once with a separate
read-only login (role "leader") and once through the unit mailbox shared to
the leader's own login with read rights only (RFC 2342 NAMESPACE, RFC 4314
ACL), and check on the server that nothing was marked \\Seen, flagged, moved
or deleted.
"""

from __future__ import annotations

import uuid
from email.message import EmailMessage

import pytest
from PySide6.QtCore import Qt

from tests.duty.test_imap_access import acl_dovecot  # noqa: F401 - a Dovecot with ACL and a shared namespace
from tests.support.bigmailbox import account_and_folder, add_raw

UNIT = "stttt@gialai.gov.vn"
OWN = "giamdoc.stttt@gialai.gov.vn"


def _letter(subject: str, to: str = UNIT) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = "Sở Nội vụ <snv@gialai.gov.vn>", to, subject
    msg["Message-ID"] = f"<{uuid.uuid4().hex}@gialai.gov.vn>"
    msg.set_content("Kính gửi Sở Thông tin và Truyền thông.")
    return msg.as_bytes()


def _prepare(conn) -> None:
    """The unit mailbox seen through a leader's login, and the leader's own (writable) mailbox."""
    unit = account_and_folder(conn, UNIT)
    conn.execute("UPDATE accounts SET role = 'leader' WHERE email = ?", (UNIT,))
    add_raw(conn, unit, [_letter("Công văn số 12/SNV-TCBC"), _letter("Giấy mời họp giao ban")])
    own = account_and_folder(conn, OWN, unit=False)
    add_raw(conn, own, [_letter("Thư riêng của lãnh đạo", to=OWN)])
    conn.commit()


def _window(services, qtbot):
    from thucongvu.ui.mainwindow import MainWindow

    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window, window.show_area("mail")


def _folder(services, account: str) -> int:
    return next(f.id for f in services.mailbox.folders() if f.account == account and f.name == "INBOX")


@pytest.fixture
def leader(store_services, qtbot):
    services = store_services(_prepare)
    window, area = _window(services, qtbot)
    area.select_folder(_folder(services, UNIT))
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: area.reader.parsed is not None)
    yield services, window, area
    for child in area.compose_windows:
        child.close()


def test_actions_indicator_and_tree_in_read_only_view(leader):
    from thucongvu.ui.mail.folders import READ_ONLY_ROLE

    services, window, area = leader
    acts = area.actions
    assert area.read_only
    assert not acts.delete.isEnabled() and not acts.flag.isEnabled()
    assert all(a.isEnabled() for a in (acts.reply, acts.reply_all, acts.forward, acts.forward_unaltered))
    assert area.read_only_banner.isVisible()
    assert "Chỉ đọc — hộp thư đơn vị (lãnh đạo)" in area.read_only_banner.text.text()
    tops = [area.folder_model.item(r) for r in range(area.folder_model.rowCount())]
    unit_top = next(t for t in tops if UNIT in t.text())
    own_top = next(t for t in tops if OWN in t.text())
    assert unit_top.data(READ_ONLY_ROLE) and "chỉ đọc" in unit_top.text() and not unit_top.icon().isNull()
    assert not own_top.data(READ_ONLY_ROLE) and "chỉ đọc" not in own_top.text()
    # The leader's own mailbox is an ordinary one: the strip goes, Delete comes back.
    area.select_folder(_folder(services, OWN))
    area.list.selectRow(0)
    assert not area.read_only and not area.read_only_banner.isVisible()
    assert acts.delete.isEnabled() and acts.flag.isEnabled()


def test_delete_and_flag_keys_only_hint(leader, qtbot):
    services, window, area = leader
    area.list.setFocus()
    before = [area.model.message(r) for r in range(area.model.rowCount())]
    qtbot.keyClick(area.list, Qt.Key.Key_Delete)
    assert "Chỉ đọc" in window.statusBar().currentMessage()
    qtbot.keyClick(area.list, Qt.Key.Key_S)
    area.toggle_flag()  # what a click on the star column does
    area.delete_selected()
    qtbot.wait(50)
    after = [area.model.message(r) for r in range(area.model.rowCount())]
    assert area.model.rowCount() == 2
    assert [(m.id, m.flagged) for m in after] == [(m.id, False) for m in before]


def test_services_refuse_changes_and_keep_seen_local(leader):
    from thucongvu.errors import PolicyError

    services, window, area = leader
    ids = [area.model.id_at(r) for r in range(area.model.rowCount())]
    with pytest.raises(PolicyError) as refused:
        services.mailbox.delete(ids)
    assert "chỉ được đọc" in refused.value.vi
    with pytest.raises(PolicyError):
        services.mailbox.set_flagged(ids, True)
    with pytest.raises(PolicyError):
        services.mail.move(ids, "Trash")
    with pytest.raises(PolicyError):
        services.mail.set_flags(ids, remove=["\\Seen", "\\Flagged"])
    services.mailbox.set_seen(ids, True)  # allowed, on this computer only
    assert all(services.mailbox.row(i).seen for i in ids)
    conn = services.connect()
    try:
        assert conn.execute("SELECT count(*) FROM pending_changes").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM messages m JOIN folders f ON f.id = m.folder_id "
                            "JOIN accounts a ON a.id = f.account_id WHERE a.email = ?", (UNIT,)).fetchone()[0] == 2
    finally:
        conn.close()
    # The leader's own mailbox still takes ordinary changes (queued for the server).
    own = services.mailbox.ordered_ids(_folder(services, OWN))
    services.mailbox.set_flagged(own, True)
    assert services.mailbox.row(own[0]).flagged


def test_reply_from_the_unit_mailbox_uses_the_leaders_own_identity(leader, qtbot):
    services, window, area = leader
    compose = area.open_compose("reply")
    qtbot.waitUntil(lambda: compose.original is not None)
    assert compose.current_account() == OWN
    assert compose.subject.text().startswith("Re:") or compose.subject.text().startswith("RE:")


def test_drafts_never_go_to_the_unit_mailbox_server(leader):
    from thucongvu.errors import PolicyError
    from thucongvu.mail.drafts import Draft, Drafts

    services, window, area = leader
    conn = services.connect()
    try:
        drafts = Drafts(conn, None, imap_factory=lambda *a: pytest.fail("no IMAP for a leader's unit mailbox"))
        saved = drafts.save(Draft(account=UNIT, to="snv@gialai.gov.vn", subject="Ý kiến", body="Đồng ý."))
        with pytest.raises(PolicyError):
            drafts.upload(saved.id)
    finally:
        conn.close()


def test_server_rights_recorded_by_a_sync_lock_the_open_folder(leader):
    """The leader's own folder becomes read-only when a sync records rights without write (duty_folder_rights)."""
    from thucongvu.ui.mail.folders import READ_ONLY_ROLE

    services, window, area = leader
    own = _folder(services, OWN)
    area.select_folder(own)
    area.list.selectRow(0)
    assert not area.read_only and area.actions.delete.isEnabled()
    conn = services.connect()
    try:
        conn.execute("INSERT INTO duty_folder_rights(folder_id, rights, read_only, checked_at) VALUES (?, 'lrs', 1, 0)",
                     (own,))
        conn.commit()
    finally:
        conn.close()
    area.refresh_folders()  # what a finished sync does
    assert area.read_only and area.read_only_banner.isVisible() and not area.actions.delete.isEnabled()
    assert area.folder_model.index_of_folder(own).data(READ_ONLY_ROLE)


@pytest.mark.servers
def test_leader_reads_dovecot_without_changing_it(store_services, dovecot, qtbot):
    """Through a separate login to the unit mailbox: opening a message leaves \\Seen unset on the server."""
    from thucongvu.accounts.credentials import CredentialStore
    from thucongvu.accounts.model import Account, Endpoint
    from thucongvu.accounts.repository import AccountRepository
    from thucongvu.paths import home_dir

    address, password = dovecot.unique_user("vanthu")
    for subject in ("Công văn số 45/UBND-VP", "Quyết định số 7/QĐ-SNV"):
        dovecot.append(address, password, "INBOX", _letter(subject, to=address))

    def prepare(conn):
        AccountRepository(conn).save(Account(
            email=address, imap=Endpoint(dovecot.host, dovecot.imaps_port, "tls"), username=address,
            cafile=str(dovecot.cafile), unit_mailbox=True, role="leader"))
        CredentialStore(home_dir()).set_password(address, password)

    services = store_services(prepare)
    services.mail.sync(address)
    window, area = _window(services, qtbot)
    area.refresh_folders()
    area.select_folder(_folder(services, address))
    assert area.read_only and area.model.rowCount() == 2
    area.list.setFocus()
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: area.reader.parsed is not None, timeout=15000)
    qtbot.waitUntil(lambda: area.model.message(0).seen, timeout=5000)  # read here, on this computer
    qtbot.keyClick(area.list, Qt.Key.Key_Delete)
    area.toggle_flag()
    # A change queued before the account became read-only is dropped by the next sync, never replayed.
    conn = services.connect()
    try:
        row = conn.execute("SELECT m.folder_id, m.uid FROM messages m WHERE m.id = ?",
                           (area.model.id_at(1),)).fetchone()
        conn.execute("INSERT INTO pending_changes(message_id, folder_id, uid, action, argument) "
                     "VALUES (NULL, ?, ?, 'delete', '')", (row[0], row[1]))
        conn.commit()
        services.mail.sync(address)
        assert conn.execute("SELECT count(*) FROM pending_changes").fetchone()[0] == 0
    finally:
        conn.close()

    c = dovecot.client(address, password)
    try:
        c.select_folder("INBOX", readonly=True)
        flags = c.get_flags(c.search(["ALL"]))
        assert len(flags) == 2
        assert all(b"\\Seen" not in f and b"\\Flagged" not in f and b"\\Deleted" not in f for f in flags.values())
        assert [n for _f, _d, n in c.list_folders() if n != "INBOX"] == [] or \
            all(c.folder_status(n, ["MESSAGES"])[b"MESSAGES"] == 0 for _f, _d, n in c.list_folders() if n != "INBOX")
    finally:
        c.logout()


@pytest.mark.servers
def test_shared_unit_mailbox_read_rights_make_the_folder_read_only(acl_dovecot, store_services, qtbot):
    """The NAMESPACE/ACL route: the leader's own login sees shared/<unit> with the rights "lrs" only."""
    from thucongvu.accounts.credentials import CredentialStore
    from thucongvu.accounts.model import Account, Endpoint
    from thucongvu.accounts.repository import AccountRepository
    from thucongvu.duty import imap_access
    from thucongvu.errors import PolicyError
    from thucongvu.paths import home_dir

    tag = uuid.uuid4().hex[:6]
    unit, leader = acl_dovecot.add_user(f"vanthu{tag}", "mk-vt"), acl_dovecot.add_user(f"giamdoc{tag}", "mk-gd")
    acl_dovecot.append(unit, "mk-vt", "INBOX", _letter("Công văn số 88/STP-VP", to=unit))
    officer = acl_dovecot.client(unit, "mk-vt")
    try:
        imap_access.grant_read(officer, "INBOX", leader)
    finally:
        officer.logout()

    def prepare(conn):
        AccountRepository(conn).save(Account(
            email=leader, imap=Endpoint(acl_dovecot.host, acl_dovecot.imaps_port, "tls"), username=leader,
            cafile=str(acl_dovecot.cafile)))  # an ordinary account: only the server's rights say "read-only"
        CredentialStore(home_dir()).set_password(leader, "mk-gd")

    services = store_services(prepare)
    services.mail.sync(leader)
    folders = {f.name: f for f in services.mailbox.folders()}
    shared = folders[f"shared/{unit}"]  # Dovecot lists the other user's INBOX under their name
    assert shared.read_only and not shared.account_read_only and not folders["INBOX"].read_only
    window, area = _window(services, qtbot)
    area.select_folder(folders["INBOX"].id)
    assert not area.read_only
    area.select_folder(shared.id)
    assert area.read_only and area.read_only_banner.isVisible() and area.model.rowCount() == 1
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: area.reader.parsed is not None, timeout=15000)
    assert not area.actions.delete.isEnabled() and not area.actions.flag.isEnabled()
    qtbot.waitUntil(lambda: area.model.message(0).seen, timeout=5000)
    with pytest.raises(PolicyError) as refused:
        services.mailbox.delete([area.model.id_at(0)])
    assert "máy chủ chỉ cấp quyền đọc" in refused.value.vi
    c = acl_dovecot.client(leader, "mk-gd")
    try:
        c.select_folder(f"shared/{unit}", readonly=True)
        flags = c.get_flags(c.search(["ALL"]))
        assert len(flags) == 1 and all(b"\\Seen" not in f for f in flags.values())  # not even the leader's own
    finally:
        c.logout()
