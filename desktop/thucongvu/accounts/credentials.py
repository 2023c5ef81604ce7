"""Passwords live in the OS keyring, or else in an encrypted vault file.

Never in the database, settings or logs. The vault (``vault.json`` in the
home dir) is AES-256-GCM under a key derived from a passphrase with scrypt
(RFC 7914). The passphrase comes from ``THUCONGVU_VAULT_PASSPHRASE`` (for
scripts), from the OS keyring when one appears, or from the ``ask`` callback
the CLI or the window supplies (asked once per process).
"""

from __future__ import annotations

import base64
import json
import os
import threading
from pathlib import Path
from typing import Callable, Optional

from thucongvu.errors import UsageError

SERVICE = "ThuCongVu"
VAULT_SERVICE = "ThuCongVu vault"
VAULT_FILE = "vault.json"
# scrypt cost: 2**15 × 8 × 128 B = 32 MiB and ~0.1 s, once per process.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1

PassphraseAsker = Callable[[bool], Optional[str]]  # (creating) -> passphrase or None


def system_keyring():
    """The OS keyring backend, or None where there is none usable (headless Linux, CI)."""
    if os.environ.get("THUCONGVU_KEYRING", "").lower() == "vault":
        return None
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 0) <= 0:
        return None
    if type(backend).__name__ == "ChainerBackend" and not getattr(backend, "backends", None):
        return None
    return backend


class Vault:
    """A small encrypted map of secrets, rewritten atomically on every change."""

    def __init__(self, path: Path, ask: PassphraseAsker | None = None):
        self.path = path
        self.ask = ask
        self._key: bytes | None = None
        self._lock = threading.Lock()

    # -- key handling -------------------------------------------------------
    def _passphrase(self, creating: bool) -> str:
        phrase = os.environ.get("THUCONGVU_VAULT_PASSPHRASE")
        if not phrase:
            backend = system_keyring()
            if backend is not None:
                try:
                    phrase = backend.get_password(VAULT_SERVICE, str(self.path))
                except Exception:
                    phrase = None
        if not phrase and self.ask is not None:
            phrase = self.ask(creating)
        if not phrase:
            raise UsageError(
                "Cần mật khẩu kho khóa (đặt biến THUCONGVU_VAULT_PASSPHRASE hoặc nhập khi được hỏi)",
                "The vault passphrase is needed (set THUCONGVU_VAULT_PASSPHRASE or enter it when asked)",
            )
        return phrase

    @staticmethod
    def _derive(phrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
        from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

        return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(phrase.encode("utf-8"))

    def _load(self) -> dict[str, str]:
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if not self.path.exists():
            return {}
        try:
            doc = json.loads(self.path.read_text("utf-8"))
            salt = base64.b64decode(doc["salt"])
            nonce = base64.b64decode(doc["nonce"])
            blob = base64.b64decode(doc["ct"])
        except (ValueError, KeyError, TypeError) as exc:
            raise UsageError("Tệp kho khóa bị hỏng", "The vault file is damaged") from exc
        if self._key is None:
            self._key = self._derive(self._passphrase(False), salt, doc["n"], doc["r"], doc["p"])
        try:
            plain = AESGCM(self._key).decrypt(nonce, blob, b"thucongvu-vault-1")
        except InvalidTag as exc:
            self._key = None
            raise UsageError("Sai mật khẩu kho khóa", "Wrong vault passphrase") from exc
        return json.loads(plain)

    def _save(self, secrets: dict[str, str]) -> None:
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        if self.path.exists():
            salt = base64.b64decode(json.loads(self.path.read_text("utf-8"))["salt"])
        else:
            salt = os.urandom(16)
            self._key = self._derive(self._passphrase(True), salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
        nonce = os.urandom(12)
        ct = AESGCM(self._key).encrypt(nonce, json.dumps(secrets).encode(), b"thucongvu-vault-1")
        doc = {
            "version": 1, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "cipher": "AES-256-GCM",
            "salt": base64.b64encode(salt).decode(), "nonce": base64.b64encode(nonce).decode(),
            "ct": base64.b64encode(ct).decode(),
        }
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(doc, fh)
        os.replace(tmp, self.path)

    # -- public -------------------------------------------------------------
    def get(self, name: str) -> str | None:
        with self._lock:
            return self._load().get(name)

    def set(self, name: str, secret: str) -> None:
        with self._lock:
            secrets = self._load()
            secrets[name] = secret
            self._save(secrets)

    def delete(self, name: str) -> None:
        with self._lock:
            secrets = self._load()
            if secrets.pop(name, None) is not None:
                self._save(secrets)


class CredentialStore:
    """One place to ask for an account's password, whatever the backend."""

    _UNPROBED = object()

    def __init__(self, home: Path, ask: PassphraseAsker | None = None):
        # Probed on first use: importing keyring scans entry points (~0.13 s), which
        # the window's first paint and the demo mailbox never need (start-up target).
        self._backend = self._UNPROBED
        self.vault = Vault(home / VAULT_FILE, ask)

    @property
    def backend(self):
        if self._backend is self._UNPROBED:
            self._backend = system_keyring()
        return self._backend

    @backend.setter
    def backend(self, value) -> None:
        self._backend = value

    @property
    def kind(self) -> str:
        return "keyring" if self.backend is not None else "vault"

    def set_password(self, email: str, password: str) -> None:
        if self.backend is not None:
            try:
                self.backend.set_password(SERVICE, email.lower(), password)
                return
            except Exception:
                pass  # a locked or broken keyring: fall back to the vault
        self.vault.set(email.lower(), password)

    def get_password(self, email: str) -> str | None:
        if self.backend is not None:
            try:
                found = self.backend.get_password(SERVICE, email.lower())
                if found is not None:
                    return found
            except Exception:
                pass
        if self.vault.path.exists():
            return self.vault.get(email.lower())
        return None

    def delete_password(self, email: str) -> None:
        if self.backend is not None:
            try:
                self.backend.delete_password(SERVICE, email.lower())
            except Exception:
                pass
        if self.vault.path.exists():
            self.vault.delete(email.lower())
