"""The ``thucongvu`` command line (shared/CONTRACTS.md).

Every command group lives in its own module with a ``register(subparsers)``
function. Modules import their domain code inside the handlers, so starting
the CLI stays cheap (no Qt, no pyHanko for ``sync``). Errors print one line
on stderr and exit with the contract's code; never a traceback.
"""

from __future__ import annotations

import argparse
import sys

from thucongvu.errors import EXIT_USAGE, AppError, UsageError, prefers_english

GROUPS = ("accounts", "mail", "send", "directory", "verify", "duty")


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting."""

    def error(self, message: str):  # noqa: D401 - argparse API
        raise UsageError(f"Tham số không hợp lệ: {message}", f"Invalid arguments: {message}")


def build_parser() -> argparse.ArgumentParser:
    from importlib import import_module

    parser = _Parser(prog="thucongvu", description="Thư Công Vụ — thư điện tử công vụ")
    parser.add_argument("--home", help="thư mục dữ liệu (mặc định: thư mục dữ liệu người dùng)")
    parser.add_argument("--demo", action="store_true", help="mở hộp thư mẫu (dữ liệu mẫu)")
    parser.add_argument("--version", action="store_true", help="in phiên bản")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="LỆNH")
    for group in GROUPS:
        import_module(f"thucongvu.cli.{group}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = None
    try:
        parser = build_parser()
        args = parser.parse_args(argv)
        if args.version:
            from thucongvu import __version__

            print(__version__)
            return 0
        if not args.command:
            from thucongvu.app import main as gui_main

            return gui_main(argv)
        from thucongvu.cli.context import Context

        ctx = Context.from_args(args)
        return int(args.handler(ctx, args) or 0)
    except AppError as exc:
        print(exc.message(), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("Đã dừng." if not prefers_english() else "Interrupted.", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:  # a bug: one line for the user, the traceback in the log
        from thucongvu.logs import log_exception

        where = log_exception(exc, getattr(args, "home", None))
        vi = f"Lỗi không mong đợi: {type(exc).__name__}: {exc} (chi tiết trong {where})"
        en = f"Unexpected error: {type(exc).__name__}: {exc} (details in {where})"
        print(en if prefers_english() else vi, file=sys.stderr)
        return EXIT_USAGE
