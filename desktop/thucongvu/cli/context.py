"""What every command handler gets: the home dir and a lazily opened store."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from thucongvu import paths


@dataclass
class Context:
    home: Path
    json: bool = False

    @classmethod
    def from_args(cls, args: argparse.Namespace) -> "Context":
        return cls(home=paths.home_dir(args.home), json=bool(getattr(args, "json", False)))

    @cached_property
    def db(self):
        from thucongvu.store.db import connect

        return connect(paths.database_path(self.home))

    @cached_property
    def credentials(self):
        from thucongvu.accounts.credentials import CredentialStore

        return CredentialStore(self.home, ask=_ask_vault_passphrase)

    @cached_property
    def accounts(self):
        from thucongvu.accounts.repository import AccountRepository

        return AccountRepository(self.db)


def _ask_vault_passphrase(creating: bool) -> str | None:
    if not sys.stdin.isatty():
        return None
    prompt = "Đặt mật khẩu cho kho khóa: " if creating else "Mật khẩu kho khóa: "
    return getpass.getpass(prompt)


def read_password_stdin() -> str:
    """``--password-stdin``: one line from standard input, newline stripped."""
    from thucongvu.errors import UsageError

    line = sys.stdin.readline()
    if not line:
        raise UsageError("Không đọc được mật khẩu từ đầu vào chuẩn", "No password on standard input")
    return line.rstrip("\r\n")
