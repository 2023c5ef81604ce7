"""``thucongvu account add|list`` against the real Dovecot (shared/CONTRACTS.md)."""

from __future__ import annotations

import socket
import threading


def _add(run_cli, dovecot, address, password, *extra):
    return run_cli("account", "add", "--email", address, "--imap", f"{dovecot.host}:{dovecot.imaps_port}",
                   "--password-stdin", *extra, input=password + "\n")


def test_add_then_list_json_shape(run_cli, dovecot, imap_user):
    address, password = imap_user
    added = _add(run_cli, dovecot, address, password, "--cafile", str(dovecot.cafile), "--unit-mailbox",
                 "--smtp", "localhost:587")
    assert added.code == 0, added.stderr
    listed = run_cli("account", "list", "--json")
    assert listed.code == 0
    assert listed.json() == [{"email": address, "imap": f"{dovecot.host}:{dovecot.imaps_port}",
                              "smtp": "localhost:587", "unit_mailbox": True}]


def test_identity_outside_gov_vn_is_refused_before_any_connection(run_cli):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.settimeout(0.5)
    connected = []

    def watch():
        try:
            connected.append(listener.accept())
        except OSError:
            pass

    t = threading.Thread(target=watch, daemon=True)
    t.start()
    result = run_cli("account", "add", "--email", "vanthu@gialai.gov.vn.example.com", "--imap",
                     f"127.0.0.1:{listener.getsockname()[1]}", "--password-stdin", input="x\n")
    t.join(2)
    listener.close()
    assert result.code == 3 and result.stderr.count("\n") == 1 and "gov.vn" in result.stderr
    assert connected == []
    assert run_cli("account", "list", "--json").json() == []


def test_wrong_password_exits_4_with_one_line(run_cli, dovecot, imap_user):
    address, _ = imap_user
    result = _add(run_cli, dovecot, address, "sai-mat-khau", "--cafile", str(dovecot.cafile))
    assert result.code == 4 and result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "mật khẩu" in result.stderr
    assert run_cli("account", "list", "--json").json() == []


def test_untrusted_certificate_exits_4_with_one_line(run_cli, dovecot, imap_user):
    address, password = imap_user
    result = _add(run_cli, dovecot, address, password)  # the test CA is not trusted without --cafile
    assert result.code == 4 and result.stderr.count("\n") == 1 and "chứng thư" in result.stderr


def test_bad_server_address_is_a_usage_error(run_cli):
    result = run_cli("account", "add", "--email", "a@thuc.gov.vn", "--imap", "host:port", "--password-stdin",
                     input="x\n")
    assert result.code == 2 and result.stderr.count("\n") == 1
