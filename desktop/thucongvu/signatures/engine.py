"""Verify one file: decide what it is, then hand it to the PDF, S/MIME or CMS checker.

The single entry point for the CLI and the window's service. Reads at most
``MAX_INPUT`` bytes (a cap, not a truncation: bigger files are refused), and
runs the checkers under the sandbox's time and memory limits. Pure domain code.
"""

from __future__ import annotations

import logging
from pathlib import Path

from thucongvu.errors import UsageError
from thucongvu.signatures import model
from thucongvu.signatures.trust_store import TrustMaterial

MAX_INPUT = 150 * 1024 * 1024

# pyHanko reports every rejected certificate as a logged warning; without a handler Python's
# last-resort handler would print them on stderr, breaking the CLI's one-line rule. They still
# propagate to the app's log file when logging is set up.
for _name in ("pyhanko", "pyhanko_certvalidator"):
    logging.getLogger(_name).addHandler(logging.NullHandler())


def read_input(path: Path, what: str = "tệp") -> bytes:
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise UsageError(f"Không phải tệp: {path}", f"Not a file: {path}")
        if size > MAX_INPUT:
            raise UsageError(f"{what.capitalize()} quá lớn ({size // 1048576} MB, tối đa {MAX_INPUT // 1048576} MB): {path.name}",
                             f"File too large ({size // 1048576} MB, limit {MAX_INPUT // 1048576} MB): {path.name}")
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"Không đọc được {what} {path}: {exc.strerror}", f"Cannot read {path}: {exc.strerror}") from exc


def sniff(data: bytes) -> str:
    from thucongvu.signatures import smime

    if b"%PDF-" in data[:1024]:
        return "pdf"
    if smime.looks_like_mail(data):
        return "smime"
    if data[:1] == b"\x30" or b"-----BEGIN PKCS7-----" in data[:256] or b"-----BEGIN CMS-----" in data[:256]:
        return "cms"
    return "unknown"


def verify_bytes(data: bytes, name: str, material: TrustMaterial, signature: bytes | None = None) -> model.Report:
    """Verify in this process (callers normally go through ``verify_path``)."""
    from thucongvu.signatures import cms_sig, pdf, smime

    if signature is not None:
        try:
            return cms_sig.verify_detached(data, signature, name, material)
        except UsageError as exc:
            exc.kind = "cms"
            raise
    kind = sniff(data)
    checker = {"pdf": pdf.verify_pdf, "smime": smime.verify_mail, "cms": cms_sig.verify_enveloping}.get(kind)
    if checker is not None:
        try:
            return checker(data, name, material)
        except UsageError as exc:
            exc.kind = getattr(exc, "kind", None) or kind  # the JSON error keeps the kind it recognised
            raise
    if not data:
        raise UsageError(f"Tệp {name} rỗng", f"{name} is empty")
    raise UsageError(f"Không nhận ra định dạng của {name}: chỉ hỗ trợ PDF, thư .eml (S/MIME) hoặc "
                         "tài liệu kèm chữ ký tách rời (--signature)",
                     f"Unsupported file {name}: PDF, .eml (S/MIME) or a document with --signature")


def verify_path(path: Path, material: TrustMaterial, signature: Path | None = None, *,
                isolate: bool = True) -> model.Report:
    path = Path(path)
    data = read_input(path)
    sig = read_input(Path(signature), "tệp chữ ký") if signature is not None else None
    if not isolate:
        return verify_bytes(data, path.name, material, sig)
    from thucongvu.signatures.sandbox import run_bounded

    return run_bounded(verify_bytes, data, path.name, material, sig)
