"""CLI commands of the duty group (shared/CONTRACTS.md "Work sessions").

``duty schedule`` is the contract; ``duty register …``, ``duty report`` and
``duty checks`` are extras for the documentation officer's scripts.
"""

from __future__ import annotations

import datetime as dt

from thucongvu.errors import UsageError


def register(sub) -> None:
    duty = sub.add_parser("duty", help="ca làm việc, nhắc kiểm tra hộp thư, sổ văn bản đến, báo cáo")
    group = duty.add_subparsers(dest="duty_command", metavar="LỆNH", required=True)

    schedule = group.add_parser("schedule", help="các ca làm việc và giờ nhắc kiểm tra hộp thư")
    schedule.add_argument("--from", dest="date_from", required=True, metavar="YYYY-MM-DD")
    schedule.add_argument("--to", dest="date_to", required=True, metavar="YYYY-MM-DD")
    schedule.add_argument("--json", action="store_true")
    schedule.set_defaults(handler=_schedule)

    from thucongvu.cli import duty_extra

    duty_extra.register(group)


def parse_date(text: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except (TypeError, ValueError):
        raise UsageError(f"Ngày không hợp lệ cho {option}: {text!r} (cần dạng YYYY-MM-DD)",
                         f"Invalid date for {option}: {text!r} (expected YYYY-MM-DD)") from None


def _schedule(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.duty import config
    from thucongvu.duty.schedule import Schedule

    first, last = parse_date(args.date_from, "--from"), parse_date(args.date_to, "--to")
    if last < first:
        raise UsageError("Ngày --to phải không sớm hơn ngày --from", "--to must not be earlier than --from")
    if (last - first).days > 3660:
        raise UsageError("Khoảng ngày quá dài (tối đa 10 năm)", "Date range too long (10 years at most)")
    schedule = Schedule(config.load(ctx.home))
    sessions = [s.to_json() for s in schedule.sessions_between(first, last)]
    if args.json:
        emit_json(sessions)
    else:
        for s in sessions:
            emit_text(f"{s['date']}  {s['session']:<9}  {s['start']}–{s['end']}  nhắc: {', '.join(s['reminders'])}")
    return 0
