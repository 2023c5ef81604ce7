"""Extra duty commands for the documentation officer's scripts (beyond shared/CONTRACTS.md).

    duty register add --account A --folder F --uid U [--json]
    duty register list [--year Y] --json
    duty register export [--year Y] (--xlsx FILE | --csv FILE)
    duty report (--half 2026H1 | --month 2026-03) [--account A] [--csv FILE] [--pdf FILE] [--json]
    duty checks export --from D --to D --csv FILE
    duty leaders --account A --folder F --uid U [--uid U …] [--note TEXT] [--json]   (Chuyển lãnh đạo)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from thucongvu.errors import UsageError


def register(group) -> None:
    reg = group.add_parser("register", help="sổ đăng ký văn bản đến")
    regsub = reg.add_subparsers(dest="register_command", metavar="LỆNH", required=True)
    add = regsub.add_parser("add", help="vào sổ một thư đã đồng bộ")
    add.add_argument("--account", required=True)
    add.add_argument("--folder", default="INBOX")
    add.add_argument("--uid", type=int, required=True)
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_register_add)
    lst = regsub.add_parser("list", help="liệt kê sổ văn bản đến")
    lst.add_argument("--year", type=int)
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(handler=_register_list)
    exp = regsub.add_parser("export", help="xuất sổ ra .xlsx hoặc CSV")
    exp.add_argument("--year", type=int)
    exp.add_argument("--xlsx")
    exp.add_argument("--csv")
    exp.add_argument("--unit", default="")
    exp.set_defaults(handler=_register_export)

    rep = group.add_parser("report", help="báo cáo sử dụng thư điện tử theo tháng / 6 tháng")
    which = rep.add_mutually_exclusive_group(required=True)
    which.add_argument("--half", metavar="2026H1")
    which.add_argument("--month", metavar="2026-03")
    rep.add_argument("--account")
    rep.add_argument("--csv")
    rep.add_argument("--pdf")
    rep.add_argument("--unit", default="")
    rep.add_argument("--json", action="store_true")
    rep.set_defaults(handler=_report)

    checks = group.add_parser("checks", help="nhật ký kiểm tra hộp thư đơn vị")
    checks.add_argument("action", choices=["list", "export"])
    checks.add_argument("--from", dest="date_from", required=True)
    checks.add_argument("--to", dest="date_to", required=True)
    checks.add_argument("--csv")
    checks.add_argument("--json", action="store_true")
    checks.set_defaults(handler=_checks)

    lead = group.add_parser("leaders", help="chuyển lãnh đạo: chuyển nguyên văn thư cho lãnh đạo đơn vị")
    lead.add_argument("--account", required=True)
    lead.add_argument("--folder", default="INBOX")
    lead.add_argument("--uid", type=int, action="append", required=True)
    lead.add_argument("--note", default="")
    lead.add_argument("--json", action="store_true")
    lead.set_defaults(handler=_leaders)


def _year(args) -> int:
    return args.year or dt.date.today().year


def _entry_json(e) -> dict:
    d = dataclasses.asdict(e)
    d["received_at"] = e.received_at.isoformat()
    return d


def _register_add(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.duty.register import IncomingRegister

    account = ctx.accounts.get(args.account)
    row = ctx.db.execute(
        "SELECT m.id FROM messages m JOIN folders f ON f.id = m.folder_id JOIN accounts a ON a.id = f.account_id "
        "WHERE a.email = ? COLLATE NOCASE AND f.name = ? AND m.uid = ?", (account.email, args.folder, args.uid)
    ).fetchone()
    if row is None:
        raise UsageError(f"Chưa có thư UID {args.uid} trong «{args.folder}» (hãy đồng bộ trước)",
                         f"No message UID {args.uid} in {args.folder!r} (sync first)")
    entry = IncomingRegister(ctx.db).register_stored(row["id"], account)
    if ctx.json:
        emit_json(_entry_json(entry))
    else:
        emit_text(f"Số đến {entry.number}/{entry.year}: {entry.doc_number} {entry.summary}".strip())
    return 0


def _register_list(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.duty.register import IncomingRegister

    entries = IncomingRegister(ctx.db).entries(_year(args))
    if ctx.json:
        emit_json([_entry_json(e) for e in entries])
    else:
        for e in entries:
            emit_text(f"{e.number:>5}  {e.received_at:%d/%m/%Y}  {e.doc_number:<18} {e.summary}")
    return 0


def _register_export(ctx, args) -> int:
    from thucongvu.duty import register_export
    from thucongvu.duty.register import IncomingRegister

    if not (args.xlsx or args.csv):
        raise UsageError("Cần --xlsx TỆP hoặc --csv TỆP", "Give --xlsx FILE or --csv FILE")
    entries = IncomingRegister(ctx.db).entries(_year(args))
    if args.xlsx:
        register_export.to_xlsx(entries, _writable(args.xlsx), _year(args), args.unit)
    if args.csv:
        _writable(args.csv).write_bytes(register_export.to_csv(entries))
    return 0


def _report(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.duty import config, report_export
    from thucongvu.duty.report import Period, UsageReport
    from thucongvu.duty.schedule import Schedule

    period = Period.parse(args.half or args.month)
    months, total = UsageReport(ctx.db, Schedule(config.load(ctx.home))).breakdown(period, args.account)
    if args.csv:
        _writable(args.csv).write_bytes(report_export.to_csv(months, total))
    if args.pdf:
        report_export.to_pdf(months, total, _writable(args.pdf), args.unit)
    if ctx.json:
        emit_json({"period": period.label, "from": period.first.isoformat(), "to": period.last.isoformat(),
                   "total": total.values(), "months": [{"month": m.period.first.strftime("%Y-%m"), **m.values()}
                                                       for m in months]})
    elif not (args.csv or args.pdf):
        for key, value in total.values().items():
            emit_text(f"{key}: {value}")
    return 0


def _checks(ctx, args) -> int:
    from thucongvu.cli.duty import parse_date
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.duty.checklog import CheckLog

    first, last = parse_date(args.date_from, "--from"), parse_date(args.date_to, "--to")
    log = CheckLog(ctx.db)
    if args.action == "export":
        if not args.csv:
            raise UsageError("Cần --csv TỆP", "Give --csv FILE")
        _writable(args.csv).write_bytes(log.export_csv(first, last))
        return 0
    rows = [dict(zip(("date", "session", "slot", "slot_time", "reminded_at", "checked_at", "checked_by", "account",
                      "on_time"), e.row())) for e in log.entries(first, last)]
    if ctx.json:
        emit_json(rows)
    else:
        for r in rows:
            emit_text("  ".join(str(v) for v in r.values()))
    return 0


def _leaders(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.duty import config
    from thucongvu.duty.leadership import LeadershipForwarder, originals_from, outbox_sender
    from thucongvu.mail.outbox import Outbox

    account = ctx.accounts.get(args.account)
    box = Outbox(ctx.db, ctx.credentials)
    forwarder = LeadershipForwarder(ctx.db, config.load(ctx.home), outbox_sender(box))
    if not forwarder.leaders_for(account):
        forwarder.forward(account, [], note=args.note)  # raises the "no leaders configured" explanation
    done = forwarder.forward(account, originals_from(box, account, args.folder, args.uid), note=args.note)
    rows = [{"uid": d.original.uid, "status": d.status, "to": list(d.recipients), "message_id": d.message_id,
             "register_number": d.register_number, "sha256": d.sha256} for d in done]
    if ctx.json:
        emit_json(rows)
    else:
        for r in rows:
            emit_text(f"UID {r['uid']}: {r['status']} → {', '.join(r['to'])} (số đến {r['register_number']})")
    return 0


def _writable(path: str) -> Path:
    p = Path(path)
    if not p.parent.exists():
        raise UsageError(f"Thư mục {p.parent} không tồn tại", f"Folder {p.parent} does not exist")
    return p
