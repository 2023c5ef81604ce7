"""Hostile and broken input: a clear message (UsageError → exit 2), bounded time and memory."""

from __future__ import annotations

import time

import pytest

from thucongvu.errors import UsageError
from thucongvu.signatures import engine, sandbox

XREF_TAIL = b"\ntrailer\n<< /Root 1 0 R /Size 2 >>\nstartxref\n0\n%%EOF\n"
HOSTILE = {
    "nested": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Kids " + b"[" * 300_000 + b"]" * 300_000 + b" >>\nendobj" + XREF_TAIL,
    "huge_length": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Length 99999999999999 >>\n"
                   b"stream\nxx\nendstream\nendobj" + XREF_TAIL,
    "garbage": b"%PDF-1.4\n" + bytes((i * 7919) % 256 for i in range(50_000)),
    "empty": b"",
    "zip": b"PK\x03\x04" + b"\x00" * 100,
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_input_is_refused_quickly(tmp_path, material, name):
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(HOSTILE[name])
    started = time.monotonic()
    with pytest.raises(UsageError) as err:
        engine.verify_path(path, material)
    assert err.value.vi and err.value.en
    assert time.monotonic() - started < 30


def test_size_cap(tmp_path, material, monkeypatch):
    monkeypatch.setattr(engine, "MAX_INPUT", 1000)
    path = tmp_path / "big.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"0" * 2000)
    with pytest.raises(UsageError) as err:
        engine.verify_path(path, material)
    assert "quá lớn" in err.value.vi


def test_time_budget_kills_a_runaway_check():
    started = time.monotonic()
    with pytest.raises(UsageError) as err:
        sandbox.run_bounded(time.sleep, 30, seconds=1)
    assert time.monotonic() - started < 10 and "giây" in err.value.vi


def test_memory_limit_stops_a_bomb():
    with pytest.raises(UsageError) as err:
        sandbox.run_bounded(bytearray, 4 * 1024 ** 3, memory=256 * 1024 * 1024)
    assert "bộ nhớ" in err.value.vi
