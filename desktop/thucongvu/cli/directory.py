"""``thucongvu directory import|search|resolve`` (shared/CONTRACTS.md).

The domain (openpyxl, ldap3, vobject) is imported inside the handlers so the
CLI starts fast. A bad file raises UsageError (exit 2, one line).
"""

from __future__ import annotations

import sys


def register(sub) -> None:
    group = sub.add_parser("directory", help="danh bạ thư điện tử")
    cmds = group.add_subparsers(dest="directory_command", metavar="LỆNH")
    group.set_defaults(handler=_missing)

    imp = cmds.add_parser("import", help="nhập danh bạ từ .xlsx, .csv, .vcf hoặc ldap://")
    imp.add_argument("source")
    imp.add_argument("--json", action="store_true")
    imp.add_argument("--bind-dn", help="DN để đăng nhập LDAP (mặc định: ẩn danh)")
    imp.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu LDAP từ đầu vào chuẩn")
    imp.add_argument("--cafile", help="chứng thư CA tin cậy cho ldaps://")
    imp.set_defaults(handler=_import)

    find = cmds.add_parser("search", help="tìm trong danh bạ (không phân biệt dấu, hoa/thường)")
    find.add_argument("query")
    find.add_argument("--limit", type=int, default=20)
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=_search)

    res = cmds.add_parser("resolve", help="đọc khối \"Nơi nhận:\" từ đầu vào chuẩn, ra địa chỉ thư")
    res.add_argument("--json", action="store_true")
    res.set_defaults(handler=_resolve)


def _missing(ctx, args) -> int:
    from thucongvu.errors import UsageError

    raise UsageError("Thiếu lệnh: directory import|search|resolve", "Missing command: directory import|search|resolve")


def _service(ctx):
    from thucongvu.directory.service import DirectoryService

    return DirectoryService(ctx.db)


def _import(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text

    options = {}
    if args.source.lower().startswith(("ldap://", "ldaps://")):
        if args.password_stdin:
            from thucongvu.cli.context import read_password_stdin

            options["password"] = read_password_stdin()
        options.update(bind_dn=args.bind_dn, cafile=args.cafile)
    report = _service(ctx).import_source(args.source, **options)
    if args.json:
        emit_json(report.as_json())
    else:
        emit_text(f"Đã thêm {report.added}, cập nhật {report.updated}, gỡ {report.removed} mục không còn trong nguồn, "
                  f"bỏ qua {len(report.rejected)} dòng.")
        for r in report.rejected:
            emit_text(f"  dòng {r.row}: {r.reason}")
    return 0


def _search(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.errors import UsageError

    if args.limit <= 0:
        raise UsageError("--limit phải là số dương", "--limit must be positive")
    hits = _service(ctx).search(args.query, args.limit)
    if args.json:
        emit_json([e.as_json() for e in hits])
    else:
        for e in hits:
            emit_text("\t".join(x for x in (e.name, e.position, e.unit, e.email, e.phone)))
        if not hits:
            from thucongvu.errors import prefers_english

            emit_text("No entry found." if prefers_english() else "Không tìm thấy mục nào.")
    return 0


def _resolve(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text

    data = sys.stdin.buffer.read()
    try:
        block = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from thucongvu.errors import UsageError

        raise UsageError("Đầu vào không phải văn bản UTF-8", "Standard input is not UTF-8 text") from None
    result = _service(ctx).resolve(block)
    if args.json:
        emit_json(result.as_json())
    else:
        for r in result.resolved:
            emit_text(f"✓ {r.line}: {', '.join(r.emails)}")
        for line in result.unresolved:
            emit_text(f"? {line}: chưa xác định được địa chỉ")
        for line in result.skipped:
            emit_text(f"– {line}: bỏ qua")
    return 0
