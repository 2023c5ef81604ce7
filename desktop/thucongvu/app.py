"""Composition root of the window: builds the services and hands them to the UI.

Not yet written: the window arrives with issue #3. Until then the command
line is the way in.
"""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    from thucongvu.cli import build_parser

    build_parser().print_help()
    return 0
