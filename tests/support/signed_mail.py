"""Signed originals for the unaltered-forwarding tests: DKIM (dkimpy) and S/MIME (cryptography).

Keys and certificates are made at test time; ``dns_txt`` answers dkimpy's DNS
query for the test selector, so DKIM verifies with no network.
"""

from __future__ import annotations

import base64
import email
import email.policy
import datetime as dt
from email.utils import format_datetime, make_msgid
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

SELECTOR = b"tcv2026"


class DkimKey:
    def __init__(self, domain: str):
        self.domain = domain.encode()
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        self.pem = self.key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.TraditionalOpenSSL,
                                          serialization.NoEncryption())
        spki = self.key.public_key().public_bytes(serialization.Encoding.DER,
                                                  serialization.PublicFormat.SubjectPublicKeyInfo)
        self.txt = b"v=DKIM1; k=rsa; p=" + base64.b64encode(spki)

    def dns_txt(self, name: bytes, timeout: int = 5) -> bytes | None:
        return self.txt if name == SELECTOR + b"._domainkey." + self.domain + b"." else None

    def sign(self, raw: bytes) -> bytes:
        import dkim

        header = dkim.sign(raw, SELECTOR, self.domain, self.pem,
                           include_headers=[b"from", b"to", b"subject", b"date", b"message-id"])
        return header + raw

    def verify(self, raw: bytes) -> bool:
        import dkim

        return bool(dkim.verify(raw, dnsfunc=self.dns_txt))


def plain_mail(sender: str, to: str, subject: str, body: str) -> bytes:
    """An RFC 5322 message with CRLF line ends, quoted-printable UTF-8 body."""
    from email.header import Header
    import quopri

    qp = quopri.encodestring(body.replace("\n", "\r\n").encode("utf-8")).replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    head = (f"From: {sender}\r\nTo: {to}\r\nSubject: {Header(subject, 'utf-8').encode(linesep=chr(13) + chr(10))}\r\n"
            f"Date: {format_datetime(dt.datetime.now(dt.timezone.utc))}\r\nMessage-ID: {make_msgid(domain='gialai.gov.vn')}\r\n"
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n")
    return head.encode("ascii") + b"\r\n" + qp.rstrip(b"\r\n") + b"\r\n"


class SmimeSigner:
    def __init__(self, directory: Path, email: str):
        self.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        now = dt.datetime.now(dt.timezone.utc)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Sở Nội vụ tỉnh Gia Lai"),
                          x509.NameAttribute(NameOID.EMAIL_ADDRESS, email)])
        self.cert = (
            x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(self.key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(self.key, hashes.SHA256())
        )
        self.cert_path = Path(directory) / "smime-signer.pem"
        self.cert_path.write_bytes(self.cert.public_bytes(serialization.Encoding.PEM))

    def sign(self, sender: str, to: str, subject: str, body: str) -> bytes:
        """A multipart/signed (RFC 8551) message; the signed part is canonical CRLF text."""
        inner = (b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                 + base64.encodebytes(body.encode("utf-8")).replace(b"\n", b"\r\n"))
        smime = (pkcs7.PKCS7SignatureBuilder().set_data(inner).add_signer(self.cert, self.key, hashes.SHA256())
                 .sign(serialization.Encoding.SMIME, [pkcs7.PKCS7Options.DetachedSignature]))
        head = (f"From: {sender}\r\nTo: {to}\r\nSubject: {subject}\r\n"
                f"Date: {format_datetime(dt.datetime.now(dt.timezone.utc))}\r\n"
                f"Message-ID: {make_msgid(domain='gialai.gov.vn')}\r\n").encode("ascii")
        return head + smime


def attached_original(raw: bytes) -> bytes:
    """The message/rfc822 part's body, cut from the raw bytes between its MIME boundaries (no re-serialising)."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    boundary = msg.get_boundary().encode()
    parts = raw.split(b"--" + boundary)
    (part,) = [p for p in parts if b"message/rfc822" in p.split(b"\r\n\r\n", 1)[0]]
    body = part.split(b"\r\n\r\n", 1)[1]
    assert body.endswith(b"\r\n")
    return body[:-2]  # the CRLF before the next boundary belongs to the delimiter (RFC 2046 §5.1.1)
