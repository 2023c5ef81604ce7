"""CLI commands of the send group (shared/CONTRACTS.md): ``send``, ``forward --unaltered``, ``outbox``.

Everything goes through the persistent outbox (thucongvu.mail.outbox): policy
refusals exit 3 before anything is queued; a message that cannot be sent yet
because the server is unreachable stays queued (``"status": "queued"``, exit
0, and a one-line notice on stderr); a rejected password or an untrusted
certificate also leaves it queued but exits 4, since only the user can fix it.
"""

from __future__ import annotations

import sys

from thucongvu.errors import UsageError


def _split(values) -> list[str]:
    out = []
    for value in values or []:
        out += [v.strip() for v in value.split(",") if v.strip()]
    return out


def register(sub) -> None:
    p = sub.add_parser("send", help="gửi thư (qua hộp thư đi)")
    p.add_argument("--account", required=True, help="tài khoản gửi")
    p.add_argument("--to", action="append", required=True, help="người nhận, cách nhau bởi dấu phẩy")
    p.add_argument("--cc", action="append", help="đồng gửi")
    p.add_argument("--bcc", action="append", help="gửi ẩn danh sách")
    p.add_argument("--subject", required=True, help="tiêu đề")
    body = p.add_mutually_exclusive_group(required=True)
    body.add_argument("--body", help="nội dung")
    body.add_argument("--body-file", help="tệp nội dung (UTF-8)")
    p.add_argument("--attach", action="append", default=[], help="tệp đính kèm (lặp lại được)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=send)

    f = sub.add_parser("forward", help="chuyển nguyên văn một thư (message/rfc822)")
    f.add_argument("--unaltered", action="store_true", required=True, help="gửi thư gốc đúng từng byte")
    f.add_argument("--account", required=True)
    f.add_argument("--folder", required=True)
    f.add_argument("--uid", type=int, required=True)
    f.add_argument("--to", action="append", required=True)
    f.add_argument("--note", default="", help="lời chuyển")
    f.add_argument("--json", action="store_true")
    f.set_defaults(handler=forward)

    o = sub.add_parser("outbox", help="hộp thư đi: xem, gửi lại")
    o.add_argument("action", choices=("list", "flush", "retry"), help="list | flush | retry")
    o.add_argument("--id", type=int, help="mã thư (cho retry)")
    o.add_argument("--json", action="store_true")
    o.set_defaults(handler=outbox)


def _read_body(path: str) -> str:
    try:
        return open(path, encoding="utf-8-sig").read()
    except OSError as exc:
        raise UsageError(f"Không đọc được tệp nội dung {path}: {exc.strerror}",
                         f"Cannot read the body file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise UsageError(f"Tệp nội dung {path} không phải UTF-8", f"The body file {path} is not UTF-8") from None


def _deliver(ctx, box, item) -> int:
    """Try the queued item now and report per the contract."""
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.errors import AuthError, TlsError

    done = box.send_now(item.id)
    error = box.last_error
    if done.state == "sent":
        box.flush(account=done.account)  # the server answers: send what waited in the queue too
        status = "sent"
    elif done.state == "sending" and error is None:  # the window's flush took it first: it is on its way
        status = "queued"
    elif done.state == "queued" and not isinstance(error, (AuthError, TlsError)):
        status = "queued"
        print(f"Chưa gửi được, thư nằm trong hộp thư đi và sẽ được gửi lại: {done.last_error}", file=sys.stderr)
    else:  # needs the user: wrong password, untrusted certificate, refused, uncertain, policy at send time
        if error is None:
            raise UsageError(f"Thư #{done.id} đang ở trạng thái {done.state}", f"Item #{done.id} is {done.state}")
        if done.state in ("queued", "uncertain", "failed"):
            error.vi += f" (thư #{done.id} vẫn nằm trong hộp thư đi)"
            error.en += f" (item #{done.id} stays in the outbox)"
        raise error
    if ctx.json:
        emit_json({"status": status, "message_id": done.message_id})
    else:
        emit_text(("Đã gửi " if status == "sent" else "Đã xếp vào hộp thư đi ") + done.message_id)
    return 0


def send(ctx, args) -> int:
    from thucongvu.mail.compose import FileAttachment, build_message
    from thucongvu.mail.outbox import Outbox

    account = ctx.accounts.get(args.account)
    body = args.body if args.body is not None else _read_body(args.body_file)
    attachments = [FileAttachment.from_path(p) for p in args.attach]
    msg = build_message(sender=account.email, sender_name=account.display_name, to=_split(args.to),
                        cc=_split(args.cc), subject=args.subject, body=body, attachments=attachments)
    box = Outbox(ctx.db, ctx.credentials)
    item = box.enqueue(account.email, msg, bcc=_split(args.bcc))
    return _deliver(ctx, box, item)


def forward(ctx, args) -> int:
    from thucongvu.mail.forward import forward_unaltered
    from thucongvu.mail.outbox import Outbox

    account = ctx.accounts.get(args.account)
    box = Outbox(ctx.db, ctx.credentials)
    item = forward_unaltered(box, account.email, args.folder, args.uid, _split(args.to), args.note)
    return _deliver(ctx, box, item)


def outbox(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.mail.outbox import Outbox

    box = Outbox(ctx.db, ctx.credentials)
    if args.action == "retry":
        if args.id is None:
            raise UsageError("Cần --id của thư cần gửi lại", "retry needs --id")
        box.retry(args.id)
        items = [box.send_now(args.id)]
    elif args.action == "flush":
        items = box.flush()
    else:
        items = box.pending()
    rows = [{"id": i.id, "account": i.account, "subject": i.subject, "message_id": i.message_id, "state": i.state,
             "attempts": i.attempts, "error": i.last_error} for i in items]
    if ctx.json:
        emit_json(rows)
    else:
        for r in rows:
            emit_text(f"#{r['id']} [{r['state']}] {r['subject']} — {r['error'] or ''}".rstrip(" —"))
    return 0
