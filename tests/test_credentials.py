import json

import pytest

from thucongvu.accounts.credentials import CredentialStore, Vault
from thucongvu.errors import UsageError


def test_vault_round_trip_and_no_plaintext(home):
    store = CredentialStore(home)
    assert store.kind == "vault"
    store.set_password("VanThu@GiaLai.gov.vn", "Mật-khẩu-bí-mật-123")
    assert store.get_password("vanthu@gialai.gov.vn") == "Mật-khẩu-bí-mật-123"
    for path in home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert "Mật-khẩu-bí-mật-123".encode() not in data
            assert b"bi-mat-123" not in data
    doc = json.loads((home / "vault.json").read_text())
    assert doc["kdf"] == "scrypt" and doc["cipher"] == "AES-256-GCM"
    assert oct((home / "vault.json").stat().st_mode & 0o777) == "0o600"


def test_vault_wrong_passphrase_is_a_clear_error(home, monkeypatch):
    CredentialStore(home).set_password("a@x.gov.vn", "pw")
    monkeypatch.setenv("THUCONGVU_VAULT_PASSPHRASE", "sai")
    with pytest.raises(UsageError, match="Sai mật khẩu kho khóa"):
        CredentialStore(home).get_password("a@x.gov.vn")


def test_vault_without_passphrase_asks_or_refuses(home, monkeypatch):
    monkeypatch.delenv("THUCONGVU_VAULT_PASSPHRASE")
    with pytest.raises(UsageError):
        Vault(home / "v.json").set("a", "b")
    asked = []
    vault = Vault(home / "v.json", ask=lambda creating: asked.append(creating) or "cụm-từ")
    vault.set("a", "b")
    assert Vault(home / "v.json", ask=lambda creating: "cụm-từ").get("a") == "b"
    assert asked == [True]


def test_delete(home):
    store = CredentialStore(home)
    store.set_password("a@x.gov.vn", "1")
    store.delete_password("a@x.gov.vn")
    assert store.get_password("a@x.gov.vn") is None
