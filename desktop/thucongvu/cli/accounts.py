"""``thucongvu account add|list`` (shared/CONTRACTS.md).

The sending-identity policy is checked before any connection (exit 3), then
the IMAP login is tested (exit 4); only then is the account saved and its
password put in the keyring or vault. Passwords never come from arguments.
"""

from __future__ import annotations

from pathlib import Path


def register(sub) -> None:
    account = sub.add_parser("account", help="tài khoản thư")
    asub = account.add_subparsers(dest="account_command", metavar="LỆNH", required=True)

    add = asub.add_parser("add", help="thêm tài khoản")
    add.add_argument("--email", required=True)
    add.add_argument("--imap", required=True, help="máy:cổng IMAP")
    add.add_argument("--smtp", help="máy:cổng SMTP")
    add.add_argument("--security", choices=("tls", "starttls"), default="tls")
    add.add_argument("--username")
    add.add_argument("--password-stdin", action="store_true")
    add.add_argument("--cafile", help="chứng thư CA (PEM) tin cậy cho máy chủ của tài khoản này")
    add.add_argument("--unit-mailbox", action="store_true", help="hộp thư đơn vị")
    add.add_argument("--leader", action="store_true",
                     help="lãnh đạo: chỉ đọc hộp thư đơn vị, không di chuyển, xoá, vào sổ hay chuyển tiếp")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_add)

    lst = asub.add_parser("list", help="liệt kê tài khoản")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)


def _account_json(account) -> dict:
    return {"email": account.email, "imap": str(account.imap),
            "smtp": str(account.smtp) if account.smtp else None, "unit_mailbox": account.unit_mailbox}


def _add(ctx, args) -> int:
    from thucongvu.accounts.model import Account, Endpoint
    from thucongvu.errors import UsageError
    from thucongvu.policy.identity import check_identity

    email = check_identity(args.email)  # policy first: a refused identity never reaches a server
    imap = Endpoint.parse(args.imap, default_port=993 if args.security == "tls" else 143, security=args.security)
    smtp = None
    if args.smtp:
        smtp = Endpoint.parse(args.smtp, default_port=587, security="starttls")
        if smtp.port == 465:
            smtp = Endpoint(smtp.host, smtp.port, "tls")
    cafile = None
    if args.cafile:
        path = Path(args.cafile).expanduser()
        if not path.is_file():
            raise UsageError(f"Không đọc được tệp CA: {args.cafile}", f"Cannot read CA file: {args.cafile}")
        cafile = str(path.resolve())
    password = _password(args)
    account = Account(email=email, imap=imap, smtp=smtp, username=args.username or "", cafile=cafile,
                      unit_mailbox=args.unit_mailbox, role="leader" if args.leader else "owner")
    saved = _service(ctx).add_account(account, password)
    if args.json:
        from thucongvu.cli.output import emit_json

        emit_json(_account_json(saved))
    else:
        from thucongvu.cli.output import emit_text

        emit_text(f"Đã thêm tài khoản {saved.email} ({saved.imap})")
    return 0


def _password(args) -> str:
    import sys

    from thucongvu.cli.context import read_password_stdin
    from thucongvu.errors import UsageError

    if args.password_stdin:
        return read_password_stdin()
    if sys.stdin.isatty():
        import getpass

        return getpass.getpass(f"Mật khẩu của {args.email}: ")
    raise UsageError("Cần mật khẩu: dùng --password-stdin", "A password is needed: use --password-stdin")


def _service(ctx):
    from thucongvu.mail.service import MailService

    return MailService(lambda: ctx.db, ctx.home, ctx.credentials)


def _list(ctx, args) -> int:
    accounts = ctx.accounts.all()
    if args.json:
        from thucongvu.cli.output import emit_json

        emit_json([_account_json(a) for a in accounts])
        return 0
    from thucongvu.cli.output import emit_text

    for a in accounts:
        unit = " [hộp thư đơn vị]" if a.unit_mailbox else ""
        emit_text(f"{a.email}  IMAP {a.imap}" + (f"  SMTP {a.smtp}" if a.smtp else "") + unit)
    return 0
