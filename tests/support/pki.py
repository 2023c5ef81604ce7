"""A throw-away signing PKI built at test time (never committed key material).

Shape, mirroring the government hierarchy: a root, a sub-CA for state
agencies, and leaves for an official, the agency seal and the documentation
officer (văn thư), all with ``.gov.vn`` e-mails; plus an expired leaf, a
revoked leaf (listed on the sub-CA's CRL) and a rogue root with its own leaf.
Signing helpers produce PDFs (pyHanko), S/MIME mail and detached CMS.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
DAY = dt.timedelta(days=1)
SUB_CRL_URL = "http://ca.thu.gov.vn/crl/sub.crl"
ROOT_CRL_URL = "http://ca.thu.gov.vn/crl/root.crl"


@dataclass
class Identity:
    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    chain: list[x509.Certificate] = field(default_factory=list)  # issuers, nearest first

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def signer(self, embed_chain: bool = True):
        """A pyHanko SimpleSigner for this identity."""
        from asn1crypto import keys as akeys
        from asn1crypto import x509 as ax509
        from pyhanko.sign.signers import SimpleSigner
        from pyhanko_certvalidator.registry import SimpleCertificateStore

        der_key = self.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption())
        others = [ax509.Certificate.load(c.public_bytes(serialization.Encoding.DER))
                  for c in (self.chain if embed_chain else [])]
        return SimpleSigner(
            signing_cert=ax509.Certificate.load(self.cert.public_bytes(serialization.Encoding.DER)),
            signing_key=akeys.PrivateKeyInfo.load(der_key),
            cert_registry=SimpleCertificateStore.from_certs(others),
        )


def _name(cn: str, org: str | None = None, email: str | None = None) -> x509.Name:
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if org:
        attrs.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, org))
    attrs.append(x509.NameAttribute(NameOID.COMMON_NAME, cn))
    if email:
        attrs.append(x509.NameAttribute(NameOID.EMAIL_ADDRESS, email))
    return x509.Name(attrs)


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _cdp(url: str) -> x509.CRLDistributionPoints:
    return x509.CRLDistributionPoints([x509.DistributionPoint(
        full_name=[x509.UniformResourceIdentifier(url)], relative_name=None, reasons=None, crl_issuer=None)])


def make_ca(cn: str, issuer: Identity | None = None, crl_url: str | None = None) -> Identity:
    key = _key()
    subject = _name(cn, "Ban Thử nghiệm Chứng thư")
    b = (x509.CertificateBuilder().subject_name(subject)
         .issuer_name(issuer.cert.subject if issuer else subject)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(NOW - 3650 * DAY).not_valid_after(NOW + 3650 * DAY)
         .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
         .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
         .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False))
    if issuer:
        b = b.add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False)
    if crl_url:
        b = b.add_extension(_cdp(crl_url), critical=False)
    cert = b.sign(issuer.key if issuer else key, hashes.SHA256())
    chain = ([issuer.cert] + issuer.chain) if issuer else []
    return Identity(key, cert, chain)


def make_leaf(issuer: Identity, cn: str, org: str, email: str, *, not_before=None, not_after=None,
              crl_url: str | None = SUB_CRL_URL, tsa: bool = False) -> Identity:
    key = _key()
    b = (x509.CertificateBuilder().subject_name(_name(cn, org, email)).issuer_name(issuer.cert.subject)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(not_before or NOW - 30 * DAY).not_valid_after(not_after or NOW + 700 * DAY)
         .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
         .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
         .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING] if tsa
                                              else [ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=tsa)
         .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False))
    if crl_url:
        b = b.add_extension(_cdp(crl_url), critical=False)
    cert = b.sign(issuer.key, hashes.SHA256())
    return Identity(key, cert, [issuer.cert] + issuer.chain)


def make_crl(issuer: Identity, revoked: list[tuple[x509.Certificate, dt.datetime]] = ()) -> x509.CertificateRevocationList:
    b = (x509.CertificateRevocationListBuilder().issuer_name(issuer.cert.subject)
         .last_update(NOW - 2 * DAY).next_update(NOW + 30 * DAY)
         .add_extension(x509.CRLNumber(1), critical=False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer.key.public_key()), critical=False))
    for cert, when in revoked:
        b = b.add_revoked_certificate(x509.RevokedCertificateBuilder().serial_number(cert.serial_number)
                                      .revocation_date(when).build())
    return b.sign(issuer.key, hashes.SHA256())


AGENCY = "Sở Thông tin và Truyền thông tỉnh Thử"


class TestPKI:
    """Everything a signature test needs, written under ``base``."""

    __test__ = False  # not a pytest class

    def __init__(self, base: Path):
        self.base = base
        self.root = make_ca("Test Root CA Chính phủ", crl_url=None)
        self.sub = make_ca("Test CA phục vụ cơ quan Nhà nước", self.root, crl_url=ROOT_CRL_URL)
        self.official = make_leaf(self.sub, "Nguyễn Văn An", AGENCY, "an.nv@stttt.thu.gov.vn")
        self.seal = make_leaf(self.sub, AGENCY, AGENCY, "stttt@thu.gov.vn")
        self.clerk = make_leaf(self.sub, "Trần Thị Bình", AGENCY, "vanthu.stttt@thu.gov.vn")
        self.expired = make_leaf(self.sub, "Lê Văn Cũ", AGENCY, "cu.lv@stttt.thu.gov.vn",
                                 not_before=NOW - 800 * DAY, not_after=NOW - 400 * DAY)
        self.revoked = make_leaf(self.sub, "Phạm Văn Mất", AGENCY, "mat.pv@stttt.thu.gov.vn")
        self.tsa = make_leaf(self.sub, "Test TSA", "Ban Thử nghiệm Chứng thư", "tsa@ca.thu.gov.vn", tsa=True)
        self.rogue_root = make_ca("Rogue Root CA")
        self.rogue = make_leaf(self.rogue_root, "Kẻ Giả Mạo", "Không rõ", "gia.mao@example.com", crl_url=None)
        self.sub_crl = make_crl(self.sub, [(self.revoked.cert, NOW - 5 * DAY)])
        self.root_crl = make_crl(self.root)
        self.trust_dir = base / "trust"
        self.crl_dir = base / "crl"
        self.trust_dir.mkdir(parents=True, exist_ok=True)
        self.crl_dir.mkdir(parents=True, exist_ok=True)
        (self.trust_dir / "root.pem").write_bytes(self.root.pem)
        (self.trust_dir / "sub.cer").write_bytes(self.sub.cert.public_bytes(serialization.Encoding.DER))
        (self.crl_dir / "sub.crl").write_bytes(self.sub_crl.public_bytes(serialization.Encoding.DER))
        (self.crl_dir / "root.crl").write_bytes(self.root_crl.public_bytes(serialization.Encoding.PEM))


# --- documents ---------------------------------------------------------------------------

def minimal_pdf(text: str = "Quyết định số 01/QĐ-STTTT", padding: int = 0) -> bytes:
    """A one-page PDF written by pyHanko's own writer; ``padding`` adds an incompressible stream."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.writer import PageObject, PdfFileWriter

    w = PdfFileWriter()
    content = f"BT /F1 12 Tf 72 720 Td ({text.encode('ascii', 'replace').decode()}) Tj ET".encode()
    stream = generic.StreamObject(stream_data=content)
    resources = generic.DictionaryObject()
    if padding:
        import os

        blob = generic.StreamObject(generic.DictionaryObject({generic.NameObject("/Type"): generic.NameObject("/XObject"),
                                    generic.NameObject("/Subtype"): generic.NameObject("/Form"),
                                    generic.NameObject("/BBox"): generic.ArrayObject([generic.NumberObject(0)] * 4)}),
                                    stream_data=os.urandom(padding))
        resources[generic.NameObject("/XObject")] = generic.DictionaryObject(
            {generic.NameObject("/Pad"): w.add_object(blob)})
    page = PageObject(contents=w.add_object(stream), media_box=[0, 0, 595, 842], resources=resources)
    w.insert_page(page)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def timestamper(tsa: Identity, at: dt.datetime | None = None):
    """An in-process RFC 3161 TSA (pyHanko's DummyTimeStamper), optionally with a fixed time."""
    from asn1crypto import keys as akeys
    from asn1crypto import x509 as ax509
    from pyhanko.sign.timestamps import DummyTimeStamper

    der_key = tsa.key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    chain = [ax509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in tsa.chain]
    return DummyTimeStamper(tsa_cert=ax509.Certificate.load(tsa.cert.public_bytes(serialization.Encoding.DER)),
                            tsa_key=akeys.PrivateKeyInfo.load(der_key), certs_to_embed=chain, fixed_dt=at)


def sign_pdf(pdf: bytes, who: Identity, field: str = "Signature1", *, cades: bool = False,
             md: str = "sha256", reason: str | None = None, embed_chain: bool = True, tsa=None) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(
        field_name=field, md_algorithm=md, reason=reason,
        subfilter=fields.SigSeedSubFilter.PADES if cades else fields.SigSeedSubFilter.ADOBE_PKCS7_DETACHED)
    out = signers.sign_pdf(w, meta, signer=who.signer(embed_chain), timestamper=tsa)
    return out.getvalue()


def sign_detached(data: bytes, who: Identity, md: str = "sha256", signing_time: dt.datetime | None = None) -> bytes:
    """A detached CMS SignedData (DER ContentInfo), as a ``.p7s`` file holds."""
    import asyncio

    from pyhanko.sign.signers.pdf_cms import CMSSignedAttributes

    attrs = CMSSignedAttributes(signing_time=signing_time or NOW)
    ci = asyncio.run(who.signer().async_sign_general_data(data, md, detached=True, signed_attr_settings=attrs))
    return ci.dump()


def sign_detached_plain(data: bytes, who: Identity) -> bytes:
    """Detached CMS without signed attributes (no signingTime), as some older tools make, via cryptography."""
    from cryptography.hazmat.primitives.serialization import pkcs7

    opts = [pkcs7.PKCS7Options.DetachedSignature, pkcs7.PKCS7Options.NoAttributes, pkcs7.PKCS7Options.Binary]
    return (pkcs7.PKCS7SignatureBuilder().set_data(data).add_signer(who.cert, who.key, hashes.SHA256())
            .sign(serialization.Encoding.DER, opts))


def smime_multipart(body: str, who: Identity, date_header: str = "Sun, 22 Nov 2026 08:00:00 +0700",
                    plain: bool = False) -> bytes:
    """RFC 5751 multipart/signed mail: the signed part in canonical CRLF form."""
    import base64

    part = ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
            + body.replace("\r\n", "\n").replace("\n", "\r\n")).encode("utf-8")
    raw_sig = sign_detached_plain(part, who) if plain else sign_detached(part, who)
    sig = base64.encodebytes(raw_sig).replace(b"\n", b"\r\n")
    b = b"----=_Part_thucongvu_42"
    head = (b"From: " + who.cert.subject.get_attributes_for_oid(NameOID.EMAIL_ADDRESS)[0].value.encode()
            + b"\r\nTo: vanthu@ubnd.thu.gov.vn\r\nSubject: =?utf-8?b?" + base64.b64encode("Công văn".encode()) + b"?=\r\n"
            + b"Date: " + date_header.encode() + b"\r\nMIME-Version: 1.0\r\n"
            + b'Content-Type: multipart/signed; protocol="application/pkcs7-signature"; micalg=sha-256; boundary="'
            + b + b'"\r\n\r\nThis is an S/MIME signed message\r\n')
    return (head + b"--" + b + b"\r\n" + part + b"\r\n--" + b + b"\r\n"
            + b'Content-Type: application/pkcs7-signature; name="smime.p7s"\r\nContent-Transfer-Encoding: base64\r\n'
            + b'Content-Disposition: attachment; filename="smime.p7s"\r\n\r\n' + sig + b"\r\n--" + b + b"--\r\n")


def smime_opaque(body: str, who: Identity) -> bytes:
    """RFC 5751 application/pkcs7-mime; smime-type=signed-data (content inside the CMS)."""
    import asyncio
    import base64

    from asn1crypto import cms as acms

    inner = ("Content-Type: text/plain; charset=utf-8\r\n\r\n" + body).encode("utf-8")
    ci = asyncio.run(who.signer().async_sign_general_data(
        acms.ContentInfo({"content_type": "data", "content": inner}), "sha256", detached=False))
    payload = base64.encodebytes(ci.dump()).replace(b"\n", b"\r\n")
    return (b"From: an.nv@stttt.thu.gov.vn\r\nTo: vanthu@ubnd.thu.gov.vn\r\nSubject: opaque\r\n"
            b"Date: Sun, 22 Nov 2026 08:00:00 +0700\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: application/pkcs7-mime; smime-type=signed-data; name="smime.p7m"\r\n'
            b"Content-Transfer-Encoding: base64\r\n\r\n" + payload)


def _appearance(w, text: str):
    from pyhanko.pdf_utils import generic as g

    n = g.NameObject
    box = g.ArrayObject([g.NumberObject(v) for v in (0, 0, 200, 20)])
    return w.add_object(g.StreamObject(g.DictionaryObject({n("/Type"): n("/XObject"), n("/Subtype"): n("/Form"),
                                                           n("/BBox"): box}),
                                       stream_data=f"BT /Helv 10 Tf 2 5 Td ({text}) Tj ET".encode()))


def form_pdf() -> bytes:
    """A one-page PDF with an empty text field ``SoDen`` (incoming number), for form filling after signing."""
    from pyhanko.pdf_utils import generic as g
    from pyhanko.pdf_utils.writer import PageObject, PdfFileWriter

    n = g.NameObject
    w = PdfFileWriter()
    page_ref = w.insert_page(PageObject(contents=w.add_object(g.StreamObject(stream_data=b"BT /F1 12 Tf 72 720 Td (Phieu) Tj ET")),
                                        media_box=[0, 0, 595, 842]))
    field = g.DictionaryObject({
        n("/Type"): n("/Annot"), n("/Subtype"): n("/Widget"), n("/FT"): n("/Tx"), n("/T"): g.pdf_string("SoDen"),
        n("/Rect"): g.ArrayObject([g.NumberObject(v) for v in (72, 600, 272, 620)]), n("/F"): g.NumberObject(4),
        n("/P"): page_ref})
    field[n("/AP")] = g.DictionaryObject({n("/N"): _appearance(w, "")})
    ref = w.add_object(field)
    page_ref.get_object()[n("/Annots")] = g.ArrayObject([ref])
    w.root[n("/AcroForm")] = w.add_object(g.DictionaryObject({n("/Fields"): g.ArrayObject([ref])}))
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def fill_field(pdf: bytes, value: str) -> bytes:
    """Fill the first form field in an incremental update (value and appearance), as a form filler does."""
    from pyhanko.pdf_utils import generic as g
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    w = IncrementalPdfFileWriter(io.BytesIO(pdf))
    field = w.root["/AcroForm"]["/Fields"][0].get_object()
    field[g.NameObject("/V")] = g.pdf_string(value)
    field[g.NameObject("/AP")] = g.DictionaryObject({g.NameObject("/N"): _appearance(w, value)})
    w.update_container(field)
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()
