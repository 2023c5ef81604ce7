"""Bounded verification: hostile files must neither hang the app nor eat its memory.

A PDF can declare huge lengths, nest objects thousands deep or hide
decompression bombs; the parsers are well written but not adversarially
bounded. On POSIX the verification runs in a child process with an
address-space limit and a wall-clock budget, and is killed past either. The
child is forked (cheap, nothing to re-import) when the caller is
single-threaded, as the CLI is; a multi-threaded caller such as the window
gets children from a fork server, since forking a threaded process is unsafe.
Elsewhere (Windows) it runs in-process, bounded by the input size cap only.
"""

from __future__ import annotations

import os
import threading

from thucongvu.errors import UsageError

TIME_BUDGET = float(os.environ.get("THUCONGVU_VERIFY_SECONDS", "60"))
MEMORY_HEADROOM = 1536 * 1024 * 1024  # bytes of address space beyond what the process already maps


def _vm_size() -> int:
    try:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return 0


def _child(conn, func, args, memory):
    try:
        if memory:
            import resource

            limit = _vm_size() + memory
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        result = func(*args)
        conn.send(("ok", result))
    except UsageError as exc:
        conn.send(("usage", type(exc).__name__, exc.vi, exc.en, getattr(exc, "kind", None)))
    except MemoryError:
        conn.send(("usage", "MemoryError", "Tệp đòi quá nhiều bộ nhớ khi đọc (có thể là tệp độc hại)",
                   "The file needs too much memory to read (possibly hostile)", None))
    except RecursionError:
        conn.send(("usage", "RecursionError", "Tệp có cấu trúc lồng nhau quá sâu (có thể là tệp độc hại)",
                   "The file is nested too deeply (possibly hostile)", None))
    except BaseException as exc:  # noqa: BLE001 - everything must come back as a message
        conn.send(("bug", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


PRELOAD = ["thucongvu.signatures.engine", "thucongvu.signatures.validation", "pyhanko.pdf_utils.reader"]


def _context():
    import multiprocessing as mp
    import sys

    # A frozen (PyInstaller) app cannot start a fork server (it would re-launch the app);
    # plain fork is then used: logging and the other stdlib locks are re-initialised after fork.
    if threading.active_count() == 1 or getattr(sys, "frozen", False):
        return mp.get_context("fork")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    return ctx


def run_bounded(func, *args, seconds: float | None = None, memory: int | None = MEMORY_HEADROOM):
    """``func(*args)`` in a limited child; its UsageError is re-raised here (``Unsigned`` included)."""
    if os.name != "posix" or os.environ.get("THUCONGVU_VERIFY_INLINE") == "1":
        return func(*args)
    ctx = _context()
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(child, func, args, memory), daemon=True)
    proc.start()
    child.close()
    budget = TIME_BUDGET if seconds is None else seconds
    try:
        if not parent.poll(budget):
            raise UsageError(f"Kiểm tra quá {budget:.0f} giây nên đã dừng (tệp quá phức tạp hoặc độc hại)",
                             f"Verification stopped after {budget:.0f} s (file too complex or hostile)")
        try:
            message = parent.recv()
        except EOFError:
            raise UsageError("Tiến trình kiểm tra bị dừng bất thường (có thể do tệp độc hại dùng quá nhiều bộ nhớ)",
                             "The verification process died (possibly a hostile file exhausting memory)") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
    return _unpack(message)


def _unpack(message):
    tag = message[0]
    if tag == "ok":
        return message[1]
    if tag == "usage":
        _, cls, vi, en, kind = message
        if cls == "Unsigned":
            from thucongvu.signatures.model import Unsigned

            raise Unsigned(kind, vi, en)
        error = UsageError(vi, en)
        error.kind = kind
        raise error
    raise RuntimeError(message[1])
