"""``thucongvu send`` / ``forward --unaltered`` / ``outbox`` per shared/CONTRACTS.md, against Postfix + Dovecot."""

import dataclasses
import uuid

import pytest

from thucongvu import paths
from thucongvu.accounts.credentials import CredentialStore
from thucongvu.accounts.model import Endpoint
from thucongvu.accounts.repository import AccountRepository
from thucongvu.mail.mime import parse
from thucongvu.store.db import connect
from tests.support.postfix import closed_port
from tests.support.sending import count, make_account, wait_for

pytestmark = pytest.mark.servers


def _addr(prefix):
    return f"{prefix}{uuid.uuid4().hex[:8]}@so.gialai.gov.vn"


@pytest.fixture
def accounts(home, dovecot, postfix):
    conn = connect(paths.database_path(home))
    sender = make_account(conn, CredentialStore(home), dovecot, postfix, _addr("vt"))
    rcpt = _addr("gd")
    dovecot.add_user(rcpt, "pw-gd")
    yield conn, sender, rcpt
    conn.close()


def _outbox(conn):
    return [dict(r) for r in conn.execute("SELECT id, state, attempts FROM outbox ORDER BY id")]


def test_send_json_delivers_and_saves_to_sent(accounts, run_cli, dovecot, tmp_path):
    conn, sender, rcpt = accounts
    att = tmp_path / "Báo cáo quý IV.pdf"
    att.write_bytes(b"%PDF-1.4 bao cao")
    body = tmp_path / "body.txt"
    body.write_text("Kính gửi Giám đốc,\nSở gửi báo cáo quý IV.\n", "utf-8")
    r = run_cli("send", "--account", sender.email, "--to", rcpt, "--subject", "Báo cáo quý IV",
                "--body-file", str(body), "--attach", str(att), "--json")
    assert r.code == 0, r.stderr
    out = r.json()
    assert out["status"] == "sent" and out["message_id"].startswith("<")
    [got] = wait_for(dovecot, rcpt, "pw-gd", out["message_id"])
    parsed = parse(got)
    assert parsed.subject == "Báo cáo quý IV" and "Sở gửi báo cáo quý IV." in parsed.text
    assert [(a.name, a.data) for a in parsed.attachments] == [("Báo cáo quý IV.pdf", b"%PDF-1.4 bao cao")]
    assert count(dovecot, sender.email, "mat-khau-1", out["message_id"], folder="Sent") == 1


@pytest.mark.parametrize("args", [
    ("--subject", "TỐI MẬT: phương án", "--body", "x"),
    ("--subject", "Kế hoạch", "--body", "Độ mật: Mật\nNội dung"),
])
def test_classified_exits_3_before_queueing(accounts, run_cli, args):
    conn, sender, rcpt = accounts
    r = run_cli("send", "--account", sender.email, "--to", rcpt, *args, "--json")
    assert r.code == 3 and r.stdout == ""
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    assert "thư điện tử" in r.stderr
    assert _outbox(conn) == []


def test_identity_outside_gov_vn_exits_3(accounts, run_cli):
    conn, sender, rcpt = accounts
    AccountRepository(conn).save(dataclasses.replace(sender, email="canbo@gov.vn.example.com", id=None))
    r = run_cli("send", "--account", "canbo@gov.vn.example.com", "--to", rcpt, "--subject", "x", "--body", "y")
    assert r.code == 3 and "Chỉ thị 34/2008/CT-TTg" in r.stderr
    assert _outbox(conn) == []


def test_smtp_down_queued_then_sent_once_after_restart(accounts, run_cli, dovecot):
    conn, sender, rcpt = accounts
    repo = AccountRepository(conn)
    repo.save(dataclasses.replace(sender, smtp=Endpoint("localhost", closed_port(), "starttls")))
    r = run_cli("send", "--account", sender.email, "--to", rcpt, "--subject", "Giấy mời", "--body", "Kính mời",
                "--json")
    assert r.code == 0, r.stderr
    out = r.json()
    assert out["status"] == "queued" and "hộp thư đi" in r.stderr
    assert [x["state"] for x in _outbox(conn)] == ["queued"]
    repo.save(sender)                                         # the server is reachable again
    listed = run_cli("outbox", "list", "--json").json()
    assert [x["message_id"] for x in listed] == [out["message_id"]]
    r = run_cli("outbox", "retry", "--id", str(listed[0]["id"]), "--json")
    assert r.code == 0 and r.json()[0]["state"] == "sent"
    assert run_cli("outbox", "flush", "--json").json() == []
    assert len(wait_for(dovecot, rcpt, "pw-gd", out["message_id"])) == 1
    assert count(dovecot, rcpt, "pw-gd", out["message_id"]) == 1


def test_wrong_password_exits_4_and_keeps_the_message(accounts, run_cli, home):
    conn, sender, rcpt = accounts
    CredentialStore(home).set_password(sender.email, "sai-mat-khau")
    r = run_cli("send", "--account", sender.email, "--to", rcpt, "--subject", "x", "--body", "y", "--json")
    assert r.code == 4 and r.stdout == "" and "hộp thư đi" in r.stderr
    assert [x["state"] for x in _outbox(conn)] == ["queued"]


def test_bad_input_exits_2(accounts, run_cli, tmp_path):
    conn, sender, rcpt = accounts
    r = run_cli("send", "--account", sender.email, "--to", rcpt, "--subject", "x", "--body", "y",
                "--attach", str(tmp_path / "khong-co.pdf"))
    assert r.code == 2 and "khong-co.pdf" in r.stderr and "Traceback" not in r.stderr
    r = run_cli("send", "--account", sender.email, "--to", rcpt, "--subject", "x")
    assert r.code == 2
    assert _outbox(conn) == []


def test_forward_unaltered_cli(accounts, run_cli, dovecot):
    conn, sender, rcpt = accounts
    original = ("From: vanphong@ubnd.gialai.gov.vn\r\nTo: " + sender.email + "\r\nSubject: Công văn 12\r\n"
                "Message-ID: <cv12@ubnd.gialai.gov.vn>\r\n\r\nNội dung công văn   \r\n").encode("utf-8")
    dovecot.append(sender.email, "mat-khau-1", "INBOX", original)
    r = run_cli("forward", "--unaltered", "--account", sender.email, "--folder", "INBOX", "--uid", "1",
                "--to", rcpt, "--note", "Kính chuyển", "--json")
    assert r.code == 0, r.stderr
    out = r.json()
    assert out["status"] == "sent"
    [got] = wait_for(dovecot, rcpt, "pw-gd", out["message_id"])
    held = dovecot.client(sender.email, "mat-khau-1")
    held.select_folder("INBOX", readonly=True)
    server_bytes = held.fetch([1], [b"BODY.PEEK[]"])[1][b"BODY[]"]
    held.logout()
    [att] = [a for a in parse(got).attachments if a.content_type == "message/rfc822"]
    assert att.data == server_bytes
    r = run_cli("forward", "--unaltered", "--account", sender.email, "--folder", "INBOX", "--uid", "99",
                "--to", rcpt)
    assert r.code == 2 and "UID 99" in r.stderr


def test_account_add_then_send_all_through_the_cli(run_cli, dovecot, postfix):
    """The acceptance path: an account added by the CLI sends through the CLI."""
    me, rcpt = _addr("vt"), _addr("gd")
    dovecot.add_user(me, "mk-cli")
    dovecot.add_user(rcpt, "pw-gd")
    r = run_cli("account", "add", "--email", me, "--imap", f"{dovecot.host}:{dovecot.imaps_port}",
                "--smtp", f"{postfix.host}:{postfix.submission_port}", "--cafile", str(postfix.cafile),
                "--password-stdin", input="mk-cli\n")
    assert r.code == 0, r.stderr
    r = run_cli("send", "--account", me, "--to", f"Giám đốc <{rcpt}>", "--cc", "congdan@example.com",
                "--subject", "Thư qua dòng lệnh", "--body", "Kính gửi", "--json")
    assert r.code == 0, r.stderr
    assert r.json()["status"] == "sent"
    assert len(wait_for(dovecot, rcpt, "pw-gd", r.json()["message_id"])) == 1
