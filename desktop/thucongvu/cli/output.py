"""Printing results: exactly one UTF-8 JSON document with --json, else text."""

from __future__ import annotations

import json
import sys


def emit_json(obj) -> None:
    data = json.dumps(obj, ensure_ascii=False, indent=None, default=str)
    sys.stdout.buffer.write(data.encode("utf-8") + b"\n")
    sys.stdout.flush()


def emit_text(line: str) -> None:
    sys.stdout.buffer.write((line + "\n").encode("utf-8"))
    sys.stdout.flush()
