"""The app's own trust store: a folder of CA certificates and CRLs under the home dir.

Layout: ``<home>/trust/certs/<sha256>.pem`` and ``<home>/trust/crls/<sha256>.crl``.
A self-signed certificate is a trust anchor; any other CA certificate is an
installed intermediate, used to build chains for documents that carry only the
signer's certificate (common with government signing tools). Files are plain
so an administrator can inspect them; the admin policy may name a folder to
preload (``trust_anchor_dir``). Owns the folder; never touches the database.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from thucongvu.errors import UsageError
from thucongvu.signatures import certfiles, known_roots


@dataclass(frozen=True)
class AnchorInfo:
    subject: str
    issuer: str
    not_before: str
    not_after: str
    sha256: str
    is_root: bool
    known_as: str | None  # label of the genuine published CA with this fingerprint
    name: str = ""  # the common name (or the whole subject), for lists

    @property
    def role_vi(self) -> str:
        return "Gốc tin cậy" if self.is_root else "CA trung gian"


@dataclass
class ImportResult:
    added: list[AnchorInfo] = field(default_factory=list)
    already: list[AnchorInfo] = field(default_factory=list)
    crls: int = 0
    warnings: list[str] = field(default_factory=list)


@dataclass
class TrustMaterial:
    """What a validation needs, as DER: anchors, extra chain certs, CRLs."""

    anchors: list[bytes] = field(default_factory=list)
    intermediates: list[bytes] = field(default_factory=list)
    crls: list[bytes] = field(default_factory=list)
    online: bool = False  # fetch CRLs/OCSP named in certificates (off by default: closed networks)

    def extended(self, certs=(), crls=()) -> "TrustMaterial":
        """Add ``--trust DIR`` certificates (all trusted) and ``--crl DIR`` CRLs."""
        anchors, intermediates = split_anchors(list(certs))
        return TrustMaterial(self.anchors + anchors, self.intermediates + intermediates, self.crls + list(crls),
                             self.online)


def split_anchors(ders: list[bytes]) -> tuple[list[bytes], list[bytes]]:
    """Self-signed roots are anchors; a CA certificate issued by one of the given
    certificates is an intermediate (chain building goes through it, so CRLs of its
    issuer apply); a CA certificate whose issuer is absent is trusted directly.
    End-entity certificates are never anchors, only chain-building material."""
    certs = [(d, x509.load_der_x509_certificate(d)) for d in ders]
    subjects = {c.subject for _, c in certs}
    anchors, intermediates = [], []
    for d, c in certs:
        if _self_signed(c) or (c.issuer not in subjects and _is_ca(c)):
            anchors.append(d)
        else:
            intermediates.append(d)
    return anchors, intermediates


def _self_signed(cert: x509.Certificate) -> bool:
    if cert.subject != cert.issuer:
        return False
    try:
        cert.verify_directly_issued_by(cert)
        return True
    except Exception:
        return False


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return _self_signed(cert)  # old v1 roots have no extensions


def info(cert: x509.Certificate) -> AnchorInfo:
    fp = hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()
    known = known_roots.identify(fp)
    cns = cert.subject.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return AnchorInfo(
        name=str(cns[0].value) if cns else cert.subject.rfc4514_string(),
        subject=cert.subject.rfc4514_string(), issuer=cert.issuer.rfc4514_string(),
        not_before=cert.not_valid_before_utc.isoformat(), not_after=cert.not_valid_after_utc.isoformat(),
        sha256=fp, is_root=_self_signed(cert), known_as=known.label if known else None,
    )


def impostor_warning(cert: x509.Certificate) -> str | None:
    """A warning when a certificate claims a published CA's name but is not that certificate."""
    meta = info(cert)
    if meta.known_as is None and known_roots.claims_protected_name(meta.subject):
        return (f"CẢNH BÁO: chứng thư “{meta.subject}” mang tên của một CA chính thức nhưng dấu vân tay SHA-256 "
                f"{meta.sha256} không khớp với chứng thư đã công bố. Có thể là chứng thư giả mạo.")
    return None


class TrustStore:
    def __init__(self, home: Path, admin_dir: Path | None | bool = True):
        """``admin_dir``: the administrator's preload folder; ``True`` asks the admin policy."""
        self.root = Path(home) / "trust"
        self.admin_dir = policy_trust_dir() if admin_dir is True else (admin_dir or None)
        self.certs_dir = self.root / "certs"
        self.crls_dir = self.root / "crls"

    # --- reading ---------------------------------------------------------------------
    def _certs(self) -> list[x509.Certificate]:
        if not self.certs_dir.is_dir():
            return []
        out = []
        for path in sorted(self.certs_dir.glob("*.pem")):
            out += certfiles.certificates_from_bytes(path.read_bytes())
        return out

    def list(self) -> list[AnchorInfo]:
        """Anchors first, then intermediates; each with subject, validity and fingerprint."""
        return sorted((info(c) for c in self._certs()), key=lambda a: (not a.is_root, a.subject))

    def material(self) -> TrustMaterial:
        m = TrustMaterial()
        ders = [c.public_bytes(Encoding.DER) for c in self._certs()]
        if self.admin_dir is not None:
            ders += certfiles.certificates_in_dir(self.admin_dir)
            m.crls += certfiles.crls_in_dir(self.admin_dir)
        m.anchors, m.intermediates = split_anchors(list(dict.fromkeys(ders)))
        if self.crls_dir.is_dir():
            m.crls += certfiles.crls_in_dir(self.crls_dir)
        return m

    # --- changing --------------------------------------------------------------------
    def import_file(self, path: Path) -> ImportResult:
        path = Path(path)
        data = certfiles.read_limited(path)
        result = ImportResult()
        certs = certfiles.certificates_from_bytes(data)
        if certs:
            for cert in certs:
                self._add_cert(cert, result)
            return result
        crls = certfiles.crls_from_bytes(data)
        if not crls:
            raise UsageError(f"Tệp {path.name} không chứa chứng thư hay danh sách thu hồi (CRL) nào",
                             f"{path.name} holds no certificate or CRL")
        self.crls_dir.mkdir(parents=True, exist_ok=True)
        for crl in crls:
            raw = crl.public_bytes(Encoding.DER)
            (self.crls_dir / f"{hashlib.sha256(raw).hexdigest()}.crl").write_bytes(raw)
            result.crls += 1
        return result

    def import_dir(self, folder: Path) -> ImportResult:
        """Preload every certificate/CRL file of a folder (the admin policy's ``trust_anchor_dir``)."""
        total = ImportResult()
        for path in sorted(Path(folder).iterdir()):
            if path.is_file() and path.suffix.lower() in certfiles.CERT_SUFFIXES | certfiles.CRL_SUFFIXES:
                try:
                    r = self.import_file(path)
                except UsageError as exc:
                    total.warnings.append(exc.vi)
                    continue
                total.added += r.added
                total.already += r.already
                total.crls += r.crls
                total.warnings += r.warnings
        return total

    def _add_cert(self, cert: x509.Certificate, result: ImportResult) -> None:
        meta = info(cert)
        if not _is_ca(cert):
            result.warnings.append(f"Bỏ qua “{meta.subject}”: không phải chứng thư của CA")
            return
        warning = impostor_warning(cert)
        if warning:
            result.warnings.append(warning)
        target = self.certs_dir / f"{meta.sha256}.pem"
        if target.exists():
            result.already.append(meta)
            return
        self.certs_dir.mkdir(parents=True, exist_ok=True)
        tmp = target.with_suffix(".tmp")
        tmp.write_bytes(cert.public_bytes(Encoding.PEM))
        tmp.replace(target)
        result.added.append(meta)

    def remove(self, sha256: str) -> AnchorInfo:
        fp = sha256.lower().replace(":", "").strip()
        matches = [p for p in self.certs_dir.glob("*.pem")] if self.certs_dir.is_dir() else []
        matches = [p for p in matches if p.stem.startswith(fp)] if len(fp) >= 8 else []
        if len(matches) != 1:
            raise UsageError(f"Không tìm thấy đúng một chứng thư có dấu vân tay {sha256}",
                             f"No single certificate with fingerprint {sha256}")
        cert = certfiles.certificates_from_bytes(matches[0].read_bytes())[0]
        matches[0].unlink()
        return info(cert)


def policy_trust_dir(load_policy=None) -> Path | None:
    """The admin policy's ``trust_anchor_dir`` (``thucongvu.policy.admin.load_policy``), if any.

    Read live at every verification rather than copied, so the administrator's
    folder stays authoritative. A broken policy file means no extra anchors:
    fewer anchors is the safe side, and the policy's own commands report the
    broken file.
    """
    if load_policy is None:
        from thucongvu.policy.admin import load_policy  # type: ignore[no-redef]
    try:
        policy = load_policy()
    except Exception:
        return None
    folder = getattr(policy, "trust_anchor_dir", None) if policy is not None else None
    return Path(folder) if folder and Path(folder).is_dir() else None
