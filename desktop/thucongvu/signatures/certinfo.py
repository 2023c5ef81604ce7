"""Reading people out of X.509 certificates (RFC 5280): who signed, who vouched.

Works on asn1crypto certificates (what pyHanko hands back). Owns the naming of
signers and the heuristic that tells a person's signature from an agency seal;
knows nothing about PDFs or mail.
"""

from __future__ import annotations

from asn1crypto import x509 as ax509

from thucongvu.signatures.model import CertSummary, Signer


def _attr(name: ax509.Name, key: str) -> str | None:
    try:
        value = name.native.get(key)
    except Exception:  # malformed names in hostile input
        return None
    if isinstance(value, list):
        value = value[0] if value else None
    return str(value).strip() if value else None


def signer_of(cert: ax509.Certificate) -> Signer:
    subject = cert.subject
    email = _attr(subject, "email_address")
    if not email:
        try:
            for general_name in cert.subject_alt_name_value or []:
                if general_name.name == "rfc822_name":
                    email = str(general_name.native)
                    break
        except Exception:
            email = None
    return Signer(
        name=_attr(subject, "common_name"),
        organization=_attr(subject, "organization_name") or _attr(subject, "organizational_unit_name"),
        email=email,
    )


def display_name(name: ax509.Name) -> str:
    cn = _attr(name, "common_name")
    org = _attr(name, "organization_name")
    if cn and org and org != cn:
        return f"{cn} ({org})"
    return cn or org or name.human_friendly


def summary(cert: ax509.Certificate) -> CertSummary:
    validity = cert["tbs_certificate"]["validity"]
    return CertSummary(
        subject=cert.subject.human_friendly,
        issuer=cert.issuer.human_friendly,
        serial=format(cert.serial_number, "x"),
        not_before=validity["not_before"].native.isoformat(),
        not_after=validity["not_after"].native.isoformat(),
        sha256=cert.sha256.hex(),
    )


def looks_like_seal(cert: ax509.Certificate) -> bool:
    """An organisation certificate (con dấu cơ quan): the subject names the agency, not a person.

    Government seal certificates carry the agency name as CN (usually equal to O)
    and no personal attributes (given name, surname, pseudonym).
    """
    native = cert.subject.native
    if any(k in native for k in ("given_name", "surname", "pseudonym")):
        return False
    cn = (_attr(cert.subject, "common_name") or "").casefold()
    org = (_attr(cert.subject, "organization_name") or "").casefold()
    agency_words = ("ủy ban", "uỷ ban", "ubnd", "sở ", "bộ ", "cục ", "văn phòng", "ban ", "trường ", "công ty")
    return bool(cn) and (cn == org or cn.startswith(agency_words))


RECEIPT_WORDS = ("văn thư", "van thu", "tiếp nhận", "tiep nhan", "đã nhận", "receipt", "received")


def role_for(index: int, cert: ax509.Certificate, reason: str | None, seen_seal: bool) -> str:
    """signer → seal → receipt: the usual order on an issued, then received, document."""
    if reason and any(w in reason.casefold() for w in RECEIPT_WORDS):
        return "receipt"
    if looks_like_seal(cert):
        return "seal"
    if seen_seal and index > 0:
        return "receipt"
    return "signer"


ROLE_VI = {"signer": "Người ký", "seal": "Con dấu cơ quan", "receipt": "Văn thư tiếp nhận"}
