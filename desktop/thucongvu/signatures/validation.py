"""One CMS signer, judged: build the validation context, run pyHanko, name the verdict.

The certificate chain is validated *at the signing time* (RFC 5280 §6 path
validation with a point-in-time moment): the time of a timestamp token
(RFC 3161) when there is one, else the time the signer states, else now. So a
document signed while the certificate was valid stays valid after it expires,
and a certificate already expired when used gives ``expired``.

Revocation (CRLs RFC 5280, OCSP RFC 6960) comes from what the document
embeds and what the trust store / ``--crl`` holds; nothing is fetched unless
``TrustMaterial.online`` is set (``--online``). A
certificate that names a CRL or OCSP service must be checked, otherwise the
verdict is ``indeterminate``. A signer's own clock cannot prove it signed
before a revocation: without a trusted timestamp, a listed certificate is
``revoked`` whatever the stated signing time.

Shared by the PDF, S/MIME and detached-CMS front ends; knows no file formats.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from contextlib import contextmanager

from asn1crypto import x509 as ax509
from pyhanko.sign.validation import generic_cms
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko_certvalidator import ValidationContext
from pyhanko_certvalidator import errors as cverr
from pyhanko_certvalidator.policy_decl import CertRevTrustPolicy, RevocationCheckingPolicy, RevocationCheckingRule

from thucongvu.signatures import certinfo, model
from thucongvu.signatures.trust_store import TrustMaterial

# Government tokens sign with either; some set only nonRepudiation, some only digitalSignature.
KEY_USAGE = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)
WEAK_HASHES = {"md2", "md5"}  # SHA-1 stays acceptable (older signing tools) but gets a note
# The signer's certificate must be checked when it names a CRL/OCSP service; for CA certificates a
# missing CRL is tolerated (a revoked CA on a CRL at hand still fails). Revocation data issued after
# the signing time counts (retroactive), since it is validated at the signing time.
REVOCATION = CertRevTrustPolicy(
    RevocationCheckingPolicy(ee_certificate_rule=RevocationCheckingRule.CHECK_IF_DECLARED,
                             intermediate_ca_cert_rule=RevocationCheckingRule.CHECK_IF_DECLARED_SOFT),
    retroactive_revinfo=True)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def timestamp_time(signer_info) -> dt.datetime | None:
    """genTime of the first signature timestamp token, unverified (only to pick the moment)."""
    try:
        for sd in generic_cms.extract_tst_data_iter(signer_info, signed=False):
            from asn1crypto import tsp

            tst_info = sd["encap_content_info"]["content"].parsed
            if not isinstance(tst_info, tsp.TSTInfo):
                tst_info = tsp.TSTInfo.load(bytes(sd["encap_content_info"]["content"]))
            return tst_info["gen_time"].native
    except Exception:
        return None
    return None


def cms_revinfo(signed_data) -> tuple[list, list]:
    """CRLs and OCSP responses carried in SignedData's ``crls`` field (RFC 5652 §10.2.1, RFC 5940)."""
    crls, ocsps = [], []
    try:
        for choice in signed_data["crls"] or []:
            if choice.name == "crl":
                crls.append(choice.chosen)
            elif choice.chosen["other_rev_info_format"].native == "ocsp_response":
                ocsps.append(choice.chosen["other_rev_info"].parsed)
    except Exception:
        pass  # malformed revocation data is simply not used
    return crls, ocsps


def context(material: TrustMaterial, moment: dt.datetime, embedded_certs=(), crls=(), ocsps=()) -> ValidationContext:
    anchors = [ax509.Certificate.load(d) for d in material.anchors]
    others = [ax509.Certificate.load(d) for d in material.intermediates] + list(embedded_certs)
    return ValidationContext(
        trust_roots=anchors, other_certs=others, moment=moment,
        crls=list(material.crls) + list(crls), ocsps=list(ocsps),
        allow_fetching=material.online, revinfo_policy=REVOCATION, weak_hash_algos=WEAK_HASHES,
    )


class _Capture(logging.Handler):
    """pyHanko logs (then swallows) the certvalidator error; keep it to name the verdict."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.thread = threading.get_ident()
        self.errors: list[BaseException] = []

    def emit(self, record):
        if record.thread == self.thread and record.exc_info and record.exc_info[1] is not None:
            self.errors.append(record.exc_info[1])


@contextmanager
def capture_errors():
    handler = _Capture()
    logger = logging.getLogger("pyhanko.sign.validation.generic_cms")
    logger.addHandler(handler)
    try:
        yield handler.errors
    finally:
        logger.removeHandler(handler)


def _fmt(t: dt.datetime | None) -> str:
    return t.astimezone(dt.timezone.utc).strftime("%d/%m/%Y %H:%M UTC") if t else "?"


def judge(status, errors: list[BaseException], material: TrustMaterial,
          extra_crls=()) -> tuple[str, list[str], list[str]]:
    """Map a pyHanko status (+ the captured certvalidator error) to a verdict and Vietnamese reasons."""
    reasons: list[str] = []
    notes: list[str] = []
    if not status.intact:
        return model.INVALID, ["Nội dung đã ký không khớp với chữ ký (giá trị băm khác): tài liệu bị thay đổi "
                               "hoặc chữ ký bị hỏng."], notes
    if not status.valid:
        return model.INVALID, ["Chữ ký số không khớp với khóa công khai của chứng thư người ký."], notes
    md = (status.md_algorithm or "").lower()
    if md in ("sha1", "sha-1"):
        notes.append("Ghi chú: chữ ký dùng thuật toán băm SHA-1 (cũ, kém an toàn) — vẫn được chấp nhận.")
    ts = getattr(status, "timestamp_validity", None)
    if ts is not None:
        if ts.intact and ts.valid and ts.trusted:
            notes.append(f"Có dấu thời gian tin cậy: {_fmt(ts.timestamp)}.")
        else:
            notes.append("Có dấu thời gian nhưng không kiểm tra được độ tin cậy của nó.")
    word = model.VALID
    indic = status.trust_problem_indic
    if indic is not None:
        word, why = _trust_verdict(indic, errors, status)
        if word == model.INDETERMINATE:
            word, why = _anchor_issuer_fallback(status, errors, material, extra_crls) or (word, why)
        if word == model.INDETERMINATE and _outside_validity(status):
            # certvalidator stops at the missing revocation data; the dates alone already decide
            word, why = model.EXPIRED, ("Chứng thư người ký không có hiệu lực tại thời điểm ký (hết hạn hoặc chưa "
                                        "đến ngày hiệu lực); tình trạng thu hồi cũng không xác định được.")
        reasons.append(why)
        if word == model.VALID:
            return word, reasons, notes
    elif not status.trusted:
        word = model.UNTRUSTED
        reasons.append("Không xây dựng được chuỗi chứng thư tới một gốc tin cậy đã cài đặt.")
    if word == model.VALID:
        late = _revoked_after_claim(status, material, extra_crls)
        if late is not None:
            word = model.REVOKED
            reasons.append(f"Chứng thư người ký đã bị thu hồi ngày {_fmt(late)}; không có dấu thời gian tin cậy "
                           "chứng minh chữ ký được tạo trước ngày đó.")
    if word == model.VALID:
        reasons.append("Chữ ký toàn vẹn, chứng thư hợp lệ tại thời điểm ký và thuộc chuỗi tin cậy.")
    return word, reasons, notes


def _outside_validity(status) -> bool:
    moment = getattr(status, "validation_time", None)
    if moment is None:
        return False
    validity = status.signing_cert["tbs_certificate"]["validity"]
    return not (validity["not_before"].native <= moment <= validity["not_after"].native)


def _trust_verdict(indic, errors, status) -> tuple[str, str]:
    err = next((e for e in reversed(errors) if isinstance(e, (cverr.ValidationError, cverr.PathError))), None)
    name = getattr(indic, "name", str(indic))
    if isinstance(err, cverr.RevokedError) or name.startswith("REVOKED"):
        when = getattr(err, "revocation_dt", None) or getattr(status.revocation_details, "revocation_date", None)
        who = "của CA cấp trên" if name == "REVOKED_CA_NO_POE" else "người ký"
        return model.REVOKED, f"Chứng thư {who} đã bị thu hồi (ngày {_fmt(when)})."
    if isinstance(err, (cverr.ExpiredError, cverr.NotYetValidError)) or name in (
            "OUT_OF_BOUNDS_NO_POE", "EXPIRED", "NOT_YET_VALID"):
        ee = getattr(err, "is_ee_cert", True)
        what = "Chứng thư người ký" if ee else "Một chứng thư CA trong chuỗi"
        if isinstance(err, cverr.NotYetValidError) or name == "NOT_YET_VALID":
            return model.EXPIRED, f"{what} chưa có hiệu lực tại thời điểm ký."
        return model.EXPIRED, f"{what} đã hết hạn tại thời điểm ký."
    if isinstance(err, cverr.InsufficientRevinfoError) or name in ("TRY_LATER", "REVOCATION_OUT_OF_BOUNDS_NO_POE"):
        return model.INDETERMINATE, ("Không xác định được tình trạng thu hồi: chứng thư yêu cầu kiểm tra CRL/OCSP "
                                     "nhưng không có dữ liệu thu hồi phù hợp (trong tài liệu, kho tin cậy, hoặc "
                                     "tải trực tuyến khi được bật).")
    if isinstance(err, cverr.PathBuildingError) or name == "NO_CERTIFICATE_CHAIN_FOUND":
        return model.UNTRUSTED, ("Không tìm thấy chuỗi chứng thư tới một gốc tin cậy đã cài đặt "
                                 "(nhà cung cấp chứng thư chưa được tin cậy).")
    if isinstance(err, cverr.DisallowedAlgorithmError) or name.startswith("CRYPTO_CONSTRAINTS"):
        return model.INVALID, "Chữ ký dùng thuật toán không còn được chấp nhận (ví dụ MD5)."
    if isinstance(err, cverr.InvalidCertificateError) or name == "CHAIN_CONSTRAINTS_FAILURE":
        return model.UNTRUSTED, "Chứng thư người ký không được phép dùng để ký (mục đích sử dụng khóa không phù hợp)."
    detail = getattr(err, "failure_msg", None) or name
    return model.UNTRUSTED, f"Chuỗi chứng thư không hợp lệ: {detail}."


def _issuer_crl_lookup(leaf, issuer_der: bytes | None, material: TrustMaterial, extra_crls):
    """``(checked, revocation_date)`` from CRLs that the leaf's issuer signed (signature verified)."""
    from cryptography import x509

    if issuer_der is None:
        return False, None
    issuer = x509.load_der_x509_certificate(issuer_der)
    checked = False
    for raw in list(material.crls) + [c.dump() if hasattr(c, "dump") else bytes(c) for c in extra_crls]:
        try:
            crl = x509.load_der_x509_crl(raw)
            if crl.issuer != issuer.subject or not crl.is_signature_valid(issuer.public_key()):
                continue
            entry = crl.get_revoked_certificate_by_serial_number(leaf.serial_number)
        except Exception:
            continue
        checked = True
        if entry is not None:
            return True, entry.revocation_date_utc
    return checked, None


def _issuer_der(status) -> bytes | None:
    path = status.validation_path
    if path is None:
        return None
    try:
        certs = list(path.iter_certs(include_root=True))
    except Exception:
        return None
    leaf = status.signing_cert
    for c in certs:
        if c.subject == leaf.issuer and c.sha256 != leaf.sha256:
            return c.dump()
    return None


def _revoked_after_claim(status, material: TrustMaterial, extra_crls) -> dt.datetime | None:
    """Revocation date of the signer's certificate on a CRL signed by its issuer, if listed."""
    ts = getattr(status, "timestamp_validity", None)
    if ts is not None and ts.intact and ts.valid and ts.trusted:
        return None  # a trusted timestamp proves the signature predates a later revocation
    return _issuer_crl_lookup(status.signing_cert, _issuer_der(status), material, extra_crls)[1]


def _anchor_issuer_fallback(status, errors, material: TrustMaterial, extra_crls):
    """pyhanko-certvalidator cannot validate a CRL whose issuer is itself a (non-root) trust
    anchor, e.g. when only the state-agency intermediate was imported. Then the issuer's CRL
    is checked directly: ``(verdict, reason)`` or ``None`` when that does not apply."""
    if not any(isinstance(e, cverr.InsufficientRevinfoError) for e in errors):
        return None
    from cryptography import x509

    leaf = status.signing_cert
    for der in material.anchors:
        anchor = x509.load_der_x509_certificate(der)
        if anchor.subject == anchor.issuer or anchor.subject.public_bytes() != leaf.issuer.dump():
            continue
        checked, revoked = _issuer_crl_lookup(leaf, der, material, extra_crls)
        if revoked is not None:
            return model.REVOKED, f"Chứng thư người ký đã bị thu hồi (ngày {_fmt(revoked)})."
        if checked:
            return model.VALID, ("Chữ ký toàn vẹn, chứng thư hợp lệ tại thời điểm ký; không có trong CRL của CA "
                                 "trung gian được tin cậy trực tiếp.")
    return None


def describe(status, index_role: str, field_name: str | None, claimed: dt.datetime | None,
             covers_whole: bool, verdict: tuple[str, list[str], list[str]], byte_ranges=()) -> model.SignatureResult:
    cert = status.signing_cert
    chain = []
    path = status.validation_path
    if path is not None:
        try:
            chain = [certinfo.summary(c) for c in path.iter_certs(include_root=True)]
            chain.reverse()  # signer first
        except Exception:
            chain = []
    if not chain:
        chain = [certinfo.summary(cert)]
    elif path is not None:
        from thucongvu.signatures import known_roots

        genuine = known_roots.identify(chain[-1].sha256)
        if genuine is not None:
            verdict = (verdict[0], verdict[1], verdict[2] + [f"Chuỗi chứng thư dẫn tới {genuine.label} "
                                                            "(đúng chứng thư gốc đã công bố)."])
    ts = getattr(status, "timestamp_validity", None)
    word, reasons, notes = verdict
    if claimed is not None and claimed.tzinfo is not None and claimed > _now() + dt.timedelta(minutes=10):
        ahead = (claimed - _now()).total_seconds() / 3600
        notes = notes + [f"Ghi chú: thời điểm ký người ký khai ({_fmt(claimed)}) ở tương lai, muộn hơn hiện tại {ahead:.1f} giờ; "
                         "có thể phần mềm ký ghi giờ Việt Nam (UTC+7) nhưng đánh dấu là UTC. Không ảnh hưởng kết quả."]
    return model.SignatureResult(
        status=word, signer=certinfo.signer_of(cert), issuer=certinfo.display_name(cert.issuer),
        signing_time=(claimed.isoformat() if claimed else None), covers_whole_document=covers_whole,
        reasons=reasons, notes=notes, role=index_role, field_name=field_name,
        timestamp=ts.timestamp.isoformat() if ts is not None and ts.trusted else None,
        digest_algorithm=status.md_algorithm, chain=chain, byte_ranges=[list(r) for r in byte_ranges],
    )


def moment_for(claimed: dt.datetime | None, tst: dt.datetime | None) -> dt.datetime:
    now = _now()
    best = tst or claimed or now
    if best.tzinfo is None:
        best = best.replace(tzinfo=dt.timezone.utc)
    return min(best, now)
