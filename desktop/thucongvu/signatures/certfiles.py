"""Loading certificates and CRLs from the files people are given.

Accepts what CAs publish and administrators pass around: ``.cer``/``.crt``/
``.pem`` (PEM or DER, RFC 5280 / RFC 7468), ``.p7b``/``.p7c`` certificate
bundles (PKCS#7, RFC 2315) and CRLs (``.crl``, PEM or DER). Parsing is done by
``cryptography``; this module only decides which loader applies. Returns DER.
"""

from __future__ import annotations

from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7

from thucongvu.errors import UsageError

MAX_FILE = 5 * 1024 * 1024  # a certificate bundle or CRL beyond this is not a trust file
CERT_SUFFIXES = {".cer", ".crt", ".pem", ".der", ".p7b", ".p7c"}
CRL_SUFFIXES = {".crl", ".pem", ".der"}


def certificates_from_bytes(data: bytes) -> list[x509.Certificate]:
    """Every certificate in ``data`` (PEM, DER or PKCS#7); ``[]`` if there is none."""
    loaders = []
    if b"-----BEGIN PKCS7-----" in data or b"-----BEGIN CERTIFICATE-----" not in data and data.lstrip().startswith(b"-----BEGIN"):
        loaders.append(pkcs7.load_pem_pkcs7_certificates)
    if b"-----BEGIN CERTIFICATE-----" in data or b"-----BEGIN X509 CERTIFICATE-----" in data:
        loaders.append(x509.load_pem_x509_certificates)
    loaders += [lambda d: [x509.load_der_x509_certificate(d)], pkcs7.load_der_pkcs7_certificates]
    for load in loaders:
        try:
            certs = list(load(data))
        except Exception:
            continue
        if certs:
            return certs
    return []


def crls_from_bytes(data: bytes) -> list[x509.CertificateRevocationList]:
    marker = b"-----BEGIN X509 CRL-----"
    if data.count(marker) > 1:  # a PEM bundle of several CRLs
        return [c for block in data.split(marker)[1:] for c in crls_from_bytes(marker + block)]
    for load in (x509.load_pem_x509_crl, x509.load_der_x509_crl):
        try:
            return [load(data)]
        except Exception:
            continue
    return []


def read_limited(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_FILE:
            raise UsageError(f"Tệp quá lớn để là chứng thư: {path.name}", f"File too large for a certificate: {path.name}")
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"Không đọc được tệp {path}: {exc.strerror}", f"Cannot read {path}: {exc.strerror}") from exc


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(Encoding.DER)


def certificates_in_dir(folder: Path) -> list[bytes]:
    """DER of every certificate in the files of ``folder`` (not recursive); unreadable files are skipped."""
    out: list[bytes] = []
    for path in sorted(_files(folder)):  # every file: names given by CAs vary (.cer, .crt, none…)
        if path.stat().st_size <= MAX_FILE:
            out += [der(c) for c in certificates_from_bytes(read_limited(path))]
    return out


def crls_in_dir(folder: Path) -> list[bytes]:
    out: list[bytes] = []
    for path in sorted(_files(folder)):
        if path.stat().st_size <= MAX_FILE:
            out += [c.public_bytes(Encoding.DER) for c in crls_from_bytes(read_limited(path))]
    return out


def _files(folder: Path):
    if folder.is_file():  # a single bundle given where a folder was expected
        return [folder]
    if not folder.is_dir():
        raise UsageError(f"Không có thư mục {folder}", f"No such directory: {folder}")
    return [p for p in folder.iterdir() if p.is_file()]
