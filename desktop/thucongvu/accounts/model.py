"""The account record: which servers, which login, which role."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Endpoint:
    host: str
    port: int
    security: str = "tls"  # tls (implicit) | starttls

    @classmethod
    def parse(cls, text: str, *, default_port: int, security: str) -> "Endpoint":
        from thucongvu.errors import UsageError

        host, sep, port = text.strip().rpartition(":")
        if not sep:
            host, port = text.strip(), str(default_port)
        if host.startswith("[") and host.endswith("]"):
            host = host[1:-1]
        if not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise UsageError(f"Địa chỉ máy chủ không hợp lệ: {text!r} (cần dạng máy:cổng)",
                             f"Invalid server address: {text!r} (expected host:port)")
        return cls(host, int(port), security)

    def __str__(self) -> str:
        return f"{self.host}:{self.port}"


@dataclass(frozen=True)
class Account:
    email: str
    imap: Endpoint
    smtp: Endpoint | None = None
    username: str = ""
    display_name: str = ""
    cafile: str | None = None
    pinned_sha256: str | None = None
    unit_mailbox: bool = False
    role: str = "owner"  # owner | leader (reads the unit mailbox, never moves or deletes)
    sync_bodies: bool = False
    id: int | None = field(default=None, compare=False)

    @property
    def login(self) -> str:
        return self.username or self.email

    @property
    def read_only(self) -> bool:
        return self.role == "leader"
