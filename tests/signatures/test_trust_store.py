"""The trust store: import (PEM, DER, .p7b, CRL), list, remove; the real published roots."""

from __future__ import annotations

import datetime as dt

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import Encoding, pkcs7
from cryptography.x509.oid import NameOID

from thucongvu.errors import UsageError
from thucongvu.signatures.trust_store import TrustStore


def test_import_list_remove(tmp_path, pki):
    store = TrustStore(tmp_path, admin_dir=None)
    bundle = tmp_path / "chain.p7b"
    bundle.write_bytes(pkcs7.serialize_certificates([pki.root.cert, pki.sub.cert], Encoding.DER))
    result = store.import_file(bundle)
    assert len(result.added) == 2 and not result.warnings
    assert store.import_file(pki.trust_dir / "root.pem").already  # same certificate again: no duplicate
    listed = store.list()
    assert [a.is_root for a in listed] == [True, False]
    assert "Test Root CA Chính phủ" in listed[0].subject and len(listed[0].sha256) == 64
    material = store.material()
    assert len(material.anchors) == 1 and len(material.intermediates) == 1
    assert store.import_file(pki.crl_dir / "sub.crl").crls == 1
    assert len(store.material().crls) == 1
    store.remove(listed[1].sha256[:16])
    assert [a.sha256 for a in store.list()] == [listed[0].sha256]
    with pytest.raises(UsageError):
        store.remove("00000000")


def test_leaf_and_junk_are_not_imported(tmp_path, pki):
    store = TrustStore(tmp_path, admin_dir=None)
    leaf = tmp_path / "leaf.cer"
    leaf.write_bytes(pki.official.cert.public_bytes(Encoding.DER))
    assert store.import_file(leaf).warnings and not store.list()
    junk = tmp_path / "junk.crt"
    junk.write_bytes(b"not a certificate")
    with pytest.raises(UsageError):
        store.import_file(junk)


def test_admin_folder_is_read_live(tmp_path, pki):
    store = TrustStore(tmp_path, admin_dir=pki.trust_dir)
    assert len(store.material().anchors) == 1 and not store.list()


def _impostor(cn: str) -> x509.Certificate:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Ban Cơ yếu Chính phủ"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = dt.datetime.now(dt.timezone.utc)
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1).not_valid_before(now).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))


def test_impostor_of_a_published_root_is_flagged(tmp_path):
    fake = tmp_path / "rootcag2.crt"
    fake.write_bytes(_impostor("RootCA chuyên dùng Chính phủ G2").public_bytes(Encoding.PEM))
    result = TrustStore(tmp_path, admin_dir=None).import_file(fake)
    assert result.added and result.added[0].known_as is None
    assert any("giả mạo" in w for w in result.warnings)


def test_real_published_roots_load_chain_and_display(tmp_path, real_anchors):
    store = TrustStore(tmp_path, admin_dir=None)
    warnings = []
    for name in ("vgca-rootca-g2.pem", "vgca-cpca-g2-intermediate.pem",
                 "neac-vietnam-national-root-ca.pem", "vnpt-ca-sha2-intermediate.pem"):
        warnings += store.import_file(real_anchors / name).warnings
    assert warnings == []
    by_fp = {a.sha256: a for a in store.list()}
    g2 = by_fp["f04ba4b459a7c9a1b971ad9b1cb833e695a80c79aea63b174b66a70edfe2fdb8"]
    assert g2.is_root and "RootCA chuyên dùng Chính phủ G2" in g2.subject and "Ban Cơ yếu Chính phủ" in g2.subject
    assert g2.not_before.startswith("2018-08-22") and g2.not_after.startswith("2048-08-14")
    assert g2.known_as and "G2" in g2.known_as
    national = by_fp["bac8bf609ab420a8ee1780d74f4de5c7f7184959d2a7375b0a75e4c29f0908e7"]
    assert national.is_root and national.known_as
    assert not by_fp["d8cab7a4aef92e6bb2509d7c61cee7b44f3731b2d21074963530277b366fae4b"].is_root
    material = store.material()
    assert len(material.anchors) == 2 and len(material.intermediates) == 2
    certs = {x509.load_der_x509_certificate(d).subject.rfc4514_string(): x509.load_der_x509_certificate(d)
             for d in material.anchors + material.intermediates}
    for sub_cn, root_cn in (("CA phục vụ các cơ quan Nhà nước G2", "RootCA chuyên dùng Chính phủ G2"),
                            ("VNPT-CA SHA2", "Vietnam National Root CA")):
        sub = next(c for s, c in certs.items() if sub_cn in s)
        root = next(c for s, c in certs.items() if root_cn in s and c.subject == c.issuer)
        sub.verify_directly_issued_by(root)  # raises if the intermediate is not under its root


def test_policy_trust_anchor_dir_hook(tmp_path, pki):
    from types import SimpleNamespace

    from thucongvu.signatures.trust_store import policy_trust_dir

    assert policy_trust_dir(lambda: SimpleNamespace(trust_anchor_dir=pki.trust_dir)) == pki.trust_dir
    assert policy_trust_dir(lambda: SimpleNamespace(trust_anchor_dir=None)) is None

    def broken():
        raise ValueError("policy.json is broken")

    assert policy_trust_dir(broken) is None  # fewer anchors is the safe side
