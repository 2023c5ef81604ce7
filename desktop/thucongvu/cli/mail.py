"""``thucongvu sync|list|search`` (shared/CONTRACTS.md).

``sync`` shows progress on a terminal (stderr) and a one-line summary, or one
JSON document with ``--json``. ``list``/``search`` read the local store only.
"""

from __future__ import annotations

import sys


def register(sub) -> None:
    sync = sub.add_parser("sync", help="đồng bộ thư với máy chủ IMAP")
    sync.add_argument("--account")
    sync.add_argument("--folder")
    sync.add_argument("--bodies", action="store_true", help="tải cả nội dung thư để đọc ngoại tuyến")
    sync.add_argument("--json", action="store_true")
    sync.set_defaults(handler=_sync)

    lst = sub.add_parser("list", help="liệt kê thư mới nhất")
    lst.add_argument("--account")
    lst.add_argument("--folder")
    lst.add_argument("--limit", type=int, default=50)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_list)

    search = sub.add_parser("search", help="tìm thư (không phân biệt dấu, hoa thường)")
    search.add_argument("query")
    search.add_argument("--account")
    search.add_argument("--limit", type=int, default=50)
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=_search)


class _Progress:
    """One status line on a terminal, rewritten in place."""

    def __init__(self):
        self.last = 0.0

    def __call__(self, folder: str, done: int, total: int) -> None:
        import time

        now = time.monotonic()
        if now - self.last < 0.1 and done < total:
            return
        self.last = now
        sys.stderr.write(f"\r{folder}: {done}/{max(total, done)} thư   ")
        sys.stderr.flush()


def _sync(ctx, args) -> int:
    from thucongvu.mail.service import MailService

    progress = _Progress() if not args.json and sys.stderr.isatty() else None
    service = MailService(lambda: ctx.db, ctx.home, ctx.credentials)
    result = service.sync(args.account, folder=args.folder, bodies=args.bodies, progress=progress)
    if progress is not None:
        sys.stderr.write("\r\033[K")
    if args.json:
        from thucongvu.cli.output import emit_json

        emit_json(result.to_json())
    else:
        from thucongvu.cli.output import emit_text

        emit_text(f"Đã đồng bộ {result.folders} thư mục, {result.messages} thư: {result.new} mới, "
                  f"{result.changed} thay đổi, {result.vanished} đã xóa ({result.seconds:.2f} giây)")
    return 0


def _limit(n: int) -> int:
    from thucongvu.errors import UsageError

    if n <= 0:
        raise UsageError("--limit phải là số dương", "--limit must be positive")
    return n


def _emit_rows(rows, as_json: bool) -> None:
    if as_json:
        from thucongvu.cli.output import emit_json

        emit_json([r.to_json() for r in rows])
        return
    from datetime import datetime

    from thucongvu.cli.output import emit_text

    for r in rows:
        when = datetime.fromtimestamp(r.date).strftime("%d/%m/%Y %H:%M") if r.date is not None else "—"
        mark = "*" if not r.seen else " "
        emit_text(f"{mark} {when}  {r.sender[:30]:30}  {r.subject}  [{r.folder} #{r.uid}]")


def _list(ctx, args) -> int:
    from thucongvu.store.messages import latest

    if args.account:
        ctx.accounts.get(args.account)  # exit 2 for an unknown account
    _emit_rows(latest(ctx.db, account=args.account, folder=args.folder, limit=_limit(args.limit)), args.json)
    return 0


def _search(ctx, args) -> int:
    from thucongvu.store.messages import search

    if args.account:
        ctx.accounts.get(args.account)
    _emit_rows(search(ctx.db, args.query, account=args.account, limit=_limit(args.limit)), args.json)
    return 0
