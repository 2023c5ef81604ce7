"""Cached verdicts per stored message (table ``signature_checks``), for the mail badge.

A small repository over one connection; it never verifies anything itself.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from thucongvu.store.db import transaction


@dataclass(frozen=True)
class CachedVerdict:
    message_id: int
    overall: str
    signatures: int
    report: dict


class ResultCache:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def get(self, message_id: int, trust_epoch: str) -> CachedVerdict | None:
        row = self.conn.execute(
            "SELECT overall, signatures, report_json FROM signature_checks WHERE message_id=? AND trust_epoch=?",
            (message_id, trust_epoch)).fetchone()
        if row is None:
            return None
        return CachedVerdict(message_id, row[0], row[1], json.loads(row[2]))

    def put(self, message_id: int, trust_epoch: str, overall: str, report: dict) -> None:
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO signature_checks(message_id, overall, signatures, trust_epoch, report_json) "
                "VALUES(?,?,?,?,?) ON CONFLICT(message_id) DO UPDATE SET overall=excluded.overall, "
                "signatures=excluded.signatures, trust_epoch=excluded.trust_epoch, "
                "report_json=excluded.report_json, checked_at=((julianday('now') - 2440587.5) * 86400.0)",
                (message_id, overall, len(report.get("signatures", [])), trust_epoch,
                 json.dumps(report, ensure_ascii=False)))

    def raw_body(self, message_id: int) -> bytes | None:
        row = self.conn.execute("SELECT raw FROM bodies WHERE message_id=?", (message_id,)).fetchone()
        return bytes(row[0]) if row else None
