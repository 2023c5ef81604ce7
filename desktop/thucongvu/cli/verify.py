"""``thucongvu verify`` (shared/CONTRACTS.md, fixed) and ``thucongvu trust`` (extra).

verify: exit 0 when overall is ``valid``, 1 for any other verdict, 2 for an
unsigned, unreadable or unsupported file (JSON then carries ``"overall":
"unsigned"`` or ``"error"``). pyHanko is imported inside the handlers only.
"""

from __future__ import annotations

from pathlib import Path

from thucongvu.errors import EXIT_NEGATIVE, EXIT_OK, UsageError


def register(sub) -> None:
    p = sub.add_parser("verify", help="kiểm tra chữ ký số của tài liệu PDF, thư S/MIME hoặc chữ ký tách rời")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
    p.add_argument("--trust", metavar="DIR", help="thư mục chứng thư gốc tin cậy bổ sung (PEM/DER/.cer/.crt/.p7b)")
    p.add_argument("--crl", metavar="DIR", help="thư mục danh sách chứng thư bị thu hồi (CRL)")
    p.add_argument("--signature", metavar="FILE", help="tệp chữ ký tách rời (.p7s) của FILE")
    p.add_argument("--online", action="store_true",
                   help="cho phép tải CRL/OCSP từ địa chỉ ghi trong chứng thư (mặc định: không kết nối mạng)")
    p.add_argument("file", metavar="FILE")
    p.set_defaults(handler=verify)

    t = sub.add_parser("trust", help="quản lý kho chứng thư tin cậy")
    tsub = t.add_subparsers(dest="trust_command", metavar="LỆNH", required=True)
    imp = tsub.add_parser("import", help="nhập chứng thư CA hoặc CRL (.cer/.crt/.pem/.p7b/.crl)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--json", action="store_true")
    imp.set_defaults(handler=trust_import)
    ls = tsub.add_parser("list", help="liệt kê chứng thư tin cậy")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=trust_list)
    rm = tsub.add_parser("remove", help="gỡ chứng thư theo dấu vân tay SHA-256")
    rm.add_argument("sha256")
    rm.add_argument("--json", action="store_true")
    rm.set_defaults(handler=trust_remove)


def verify(ctx, args) -> int:
    from thucongvu.cli.output import emit_json

    file = Path(args.file)
    try:
        report = _run(ctx, args)
    except UsageError as exc:
        if ctx.json:
            from thucongvu.signatures.model import Unsigned

            unsigned = isinstance(exc, Unsigned)
            emit_json({"file": file.name, "kind": getattr(exc, "kind", None),
                       "overall": "unsigned" if unsigned else "error", "signatures": [], "message": exc.message()})
        raise
    if ctx.json:
        emit_json(report.to_json())
    else:
        _print(report)
    return EXIT_OK if report.overall == "valid" else EXIT_NEGATIVE


def _run(ctx, args):
    from thucongvu.signatures import certfiles, engine
    from thucongvu.signatures.trust_store import TrustStore

    material = TrustStore(ctx.home).material()
    extra_certs = certfiles.certificates_in_dir(Path(args.trust)) if args.trust else []
    extra_crls = certfiles.crls_in_dir(Path(args.crl)) if args.crl else []
    if args.trust and not extra_certs:
        raise UsageError(f"Không tìm thấy chứng thư nào trong {args.trust}", f"No certificate found in {args.trust}")
    material = material.extended(extra_certs, extra_crls)
    material.online = bool(args.online)
    signature = Path(args.signature) if args.signature else None
    return engine.verify_path(Path(args.file), material, signature)


def _print(report) -> None:
    from thucongvu.cli.output import emit_text
    from thucongvu.signatures.certinfo import ROLE_VI
    from thucongvu.signatures.model import LABEL_VI

    emit_text(f"{report.file}: {LABEL_VI[report.overall]} ({report.overall}) — {len(report.signatures)} chữ ký")
    for i, s in enumerate(report.signatures, 1):
        who = s.signer.name or "?"
        if s.signer.organization and s.signer.organization != who:
            who += f", {s.signer.organization}"
        if s.signer.email:
            who += f" <{s.signer.email}>" + ("" if s.signer.email_is_gov_vn else " (không phải .gov.vn)")
        emit_text(f"  [{i}] {ROLE_VI.get(s.role, s.role)}: {who}")
        emit_text(f"      Trạng thái: {LABEL_VI[s.status]} ({s.status}); ký lúc {s.signing_time or '?'}; "
                  f"cấp bởi {s.issuer or '?'}")
        for line in s.reasons + s.notes:
            emit_text(f"      - {line}")
    for line in report.notes:
        emit_text(f"  * {line}")


def trust_import(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.signatures.trust_store import TrustStore

    store = TrustStore(ctx.home, admin_dir=None)
    results = [(f, store.import_file(Path(f))) for f in args.files]
    if ctx.json:
        emit_json([{"file": f, "added": [a.__dict__ for a in r.added], "already": [a.sha256 for a in r.already],
                    "crls": r.crls, "warnings": r.warnings} for f, r in results])
        return EXIT_OK
    for f, r in results:
        for a in r.added:
            emit_text(f"Đã nhập: {a.subject} [{a.role_vi}] SHA-256 {a.sha256}"
                      + (f" — chứng thư chính thức: {a.known_as}" if a.known_as else ""))
        for a in r.already:
            emit_text(f"Đã có sẵn: {a.subject}")
        if r.crls:
            emit_text(f"Đã nhập {r.crls} danh sách thu hồi (CRL) từ {f}")
        for w in r.warnings:
            emit_text(w)
    return EXIT_OK


def trust_list(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.signatures.trust_store import TrustStore

    anchors = TrustStore(ctx.home, admin_dir=None).list()
    if ctx.json:
        emit_json([{**a.__dict__, "role": "anchor" if a.is_root else "intermediate"} for a in anchors])
        return EXIT_OK
    if not anchors:
        emit_text("Kho chứng thư tin cậy đang trống.")
    for a in anchors:
        emit_text(f"{a.role_vi}: {a.subject}\n  hiệu lực {a.not_before} → {a.not_after}\n  SHA-256 {a.sha256}"
                  + (f"\n  chứng thư chính thức: {a.known_as}" if a.known_as else ""))
    return EXIT_OK


def trust_remove(ctx, args) -> int:
    from thucongvu.cli.output import emit_json, emit_text
    from thucongvu.signatures.trust_store import TrustStore

    removed = TrustStore(ctx.home, admin_dir=None).remove(args.sha256)
    if ctx.json:
        emit_json(removed.__dict__)
    else:
        emit_text(f"Đã gỡ: {removed.subject} (SHA-256 {removed.sha256})")
    return EXIT_OK


