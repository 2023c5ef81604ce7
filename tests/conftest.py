"""Shared fixtures: a private home dir per test, and the CLI as a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "desktop"
SHARED = ROOT.parent / "shared"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Real servers, each a plugin module of its own: tests/support/{dovecot,postfix,slapd}.py
pytest_plugins = ["tests.support.dovecot", "tests.support.postfix", "tests.support.slapd"]


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh THUCONGVU_HOME; the vault is used instead of any OS keyring."""
    h = tmp_path / "home"
    h.mkdir()
    monkeypatch.setenv("THUCONGVU_HOME", str(h))
    monkeypatch.setenv("THUCONGVU_KEYRING", "vault")
    monkeypatch.setenv("THUCONGVU_VAULT_PASSPHRASE", "kho-khoa-thu-nghiem")
    return h


@dataclass
class CliResult:
    code: int
    stdout: str
    stderr: str

    def json(self):
        return json.loads(self.stdout)


@pytest.fixture
def run_cli(home):
    """Run ``python -m thucongvu`` in a subprocess against this test's home."""

    def run(*args: str, input: str | None = None, env: dict | None = None, timeout: float = 120) -> CliResult:
        full_env = dict(os.environ)
        full_env["PYTHONPATH"] = str(DESKTOP) + os.pathsep + full_env.get("PYTHONPATH", "")
        full_env.update(env or {})
        proc = subprocess.run(
            [sys.executable, "-m", "thucongvu", *args],
            input=input, capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=timeout,
        )
        return CliResult(proc.returncode, proc.stdout, proc.stderr)

    return run


@pytest.fixture
def db(tmp_path):
    from thucongvu.store.db import connect

    conn = connect(tmp_path / "store.sqlite3")
    yield conn
    conn.close()
