"""``thucongvu sync|list|search`` output shapes, and no password anywhere on disk after a session."""

from __future__ import annotations

import json
import os

from tests.support import mailgen

KEYS = {"account", "folder", "uid", "subject", "from", "date", "flags", "has_attachments"}


def _setup(run_cli, dovecot, imap_user):
    address, password = imap_user
    dovecot.append_many(address, password, "INBOX", [mailgen.message(i, pdf_every=2) for i in range(4)])
    added = run_cli("account", "add", "--email", address, "--imap", f"{dovecot.host}:{dovecot.imaps_port}",
                    "--cafile", str(dovecot.cafile), "--password-stdin", input=password + "\n")
    assert added.code == 0, added.stderr
    return address, password


def test_sync_list_search_json_shapes(run_cli, dovecot, imap_user):
    address, _ = _setup(run_cli, dovecot, imap_user)
    synced = run_cli("sync", "--json")
    assert synced.code == 0, synced.stderr
    doc = synced.json()
    assert set(doc) == {"folders", "messages", "new", "changed", "vanished", "seconds"}
    assert (doc["folders"], doc["messages"], doc["new"], doc["changed"], doc["vanished"]) == (6, 4, 4, 0, 0)
    assert isinstance(doc["seconds"], float)

    listed = run_cli("list", "--account", address, "--folder", "INBOX", "--limit", "3", "--json").json()
    assert len(listed) == 3 and all(set(r) == KEYS for r in listed)
    assert [r["uid"] for r in listed] == [4, 3, 2]  # newest first
    first = listed[-1]
    assert first["account"] == address and first["folder"] == "INBOX" and first["flags"] == []
    assert first["subject"].startswith("Công văn số 101/UBND-VX") and first["has_attachments"] is False
    assert first["from"] == "Sở Nội vụ Gia Lai <sonoivu@gialai.gov.vn>"
    assert first["date"].startswith("2026-")

    found = run_cli("search", "quyet dinh", "--json").json()
    assert [r["uid"] for r in found] == [1] and found[0]["has_attachments"] is True
    assert run_cli("search", "Quyết Định", "--json").json() == found
    assert run_cli("search", "khong co tu nay", "--json").json() == []

    text = run_cli("sync")
    assert text.code == 0 and text.stdout.count("\n") == 1 and "0 mới" in text.stdout


def test_sync_errors_are_one_line(run_cli, dovecot, imap_user):
    assert run_cli("sync").code == 2  # no account yet
    address, _ = _setup(run_cli, dovecot, imap_user)
    result = run_cli("sync", "--folder", "Khong ton tai")
    assert result.code == 2 and result.stderr.count("\n") == 1
    dovecot.add_user(address, "mat-khau-da-doi")  # password changed on the server
    result = run_cli("sync")
    assert result.code == 4 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr


def test_password_never_lands_in_home_or_logs(run_cli, dovecot, home):
    secret = "Mk-Rat-Bi-Mat-7319"
    address = dovecot.add_user(f"baomat{os.getpid()}", secret)
    _setup(run_cli, dovecot, (address, secret))
    assert run_cli("sync", "--bodies", "--json").code == 0
    assert run_cli("search", "ke hoach", "--json").code == 0
    assert run_cli("list", "--json").code == 0
    run_cli("sync", "--folder", "Khong ton tai")  # an error path too
    needles = [secret.encode(), secret.encode("utf-16-le"), secret.lower().encode()]
    import base64

    needles.append(base64.b64encode(f"\0{address}\0{secret}".encode()))  # the SASL PLAIN form
    files = [p for p in home.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite3" for p in files)
    for path in files:
        data = path.read_bytes()
        assert not any(n in data for n in needles), f"password found in {path}"


def test_no_change_sync_is_answered_without_the_imap_library(run_cli, dovecot, imap_user, home):
    """The pipelined STATUS check (mail.quickcheck) settles a no-change sync by itself."""
    import subprocess
    import sys

    _setup(run_cli, dovecot, imap_user)
    assert run_cli("sync", "--json").json()["new"] == 4
    code = ("import sys, json; from thucongvu.cli import main; rc = main(['sync', '--json']);"
            "print(json.dumps({'rc': rc, 'imapclient': 'imapclient' in sys.modules}))")
    env = dict(os.environ, PYTHONPATH=str(__import__("tests.conftest").conftest.DESKTOP))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    sync_doc, probe = (json.loads(line) for line in out.stdout.strip().splitlines())
    assert probe == {"rc": 0, "imapclient": False}
    assert (sync_doc["new"], sync_doc["changed"], sync_doc["vanished"], sync_doc["messages"]) == (0, 0, 0, 4)
    dovecot.append(*imap_user, "INBOX", mailgen.message(9, pdf_every=0))  # a change: the full path runs
    assert run_cli("sync", "--json").json()["new"] == 1
