"""Who may change the unit mailbox: the documentation officer yes, leaders no.

A leader's account (``Account.role == "leader"``) reads the unit mailbox but
never moves, deletes, flags, registers or forwards from it. Other components
ask :func:`can_modify`; the duty APIs call :func:`require_modify`. Where the
server offers shared folders (RFC 2342 NAMESPACE, RFC 4314 ACL),
:mod:`thucongvu.duty.imap_access` reads the server's own verdict (MYRIGHTS).
"""

from __future__ import annotations

from thucongvu.errors import PolicyError


def can_modify(account) -> bool:
    """False for a leader's read-only view of the unit mailbox."""
    return not getattr(account, "read_only", False) and getattr(account, "role", "owner") != "leader"


def require_modify(account) -> None:
    if not can_modify(account):
        raise PolicyError(
            f"Tài khoản {account.email} chỉ được đọc hộp thư đơn vị (lãnh đạo): không được di chuyển, xoá, "
            "vào sổ hay chuyển tiếp thư.",
            f"Account {account.email} reads the unit mailbox only (leader): no moving, deleting, registering "
            "or forwarding.",
        )
