"""The error vocabulary shared by the CLI and the window.

Each error carries a Vietnamese message (the UI's source language) and an
English one, and the exit code fixed by shared/CONTRACTS.md. Domain code raises
these; the CLI prints one line and exits, the window shows the message.
"""

from __future__ import annotations

import os

EXIT_OK = 0
EXIT_NEGATIVE = 1
EXIT_USAGE = 2
EXIT_POLICY = 3
EXIT_NETWORK = 4


def prefers_english() -> bool:
    return os.environ.get("LANG", "").lower().startswith("en")


class AppError(Exception):
    """An expected failure with a message fit for the user."""

    exit_code = EXIT_USAGE

    def __init__(self, vi: str, en: str | None = None):
        super().__init__(vi)
        self.vi = vi
        self.en = en or vi

    def message(self, english: bool | None = None) -> str:
        if english is None:
            english = prefers_english()
        return self.en if english else self.vi

    def __str__(self) -> str:
        return self.message()


class UsageError(AppError):
    """Bad input: an unreadable file, a malformed argument, an unsigned document."""

    exit_code = EXIT_USAGE


class PolicyError(AppError):
    """Refused by policy: identity outside .gov.vn, classified marking, admin rule."""

    exit_code = EXIT_POLICY


class NetworkError(AppError):
    """Network, TLS or authentication failure."""

    exit_code = EXIT_NETWORK


class AuthError(NetworkError):
    """The server refused the credentials."""


class TlsError(NetworkError):
    """The server's certificate could not be verified."""

    def __init__(self, vi: str, en: str | None = None, *, fingerprint: str | None = None):
        super().__init__(vi, en)
        self.fingerprint = fingerprint


class NegativeAnswer(AppError):
    """Not an error: a negative verdict such as an invalid signature."""

    exit_code = EXIT_NEGATIVE
