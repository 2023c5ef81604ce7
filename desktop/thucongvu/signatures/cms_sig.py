"""CMS SignedData outside PDF (RFC 5652): detached ``.p7s`` files and S/MIME payloads.

Decoding is asn1crypto's, checking is pyHanko's (``async_validate_detached_cms``
for detached content; the same building blocks for encapsulated content as in
``application/pkcs7-mime; smime-type=signed-data``, RFC 8551 §3.5).
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import re

from asn1crypto import cms as acms

from thucongvu.errors import UsageError
from thucongvu.signatures import certinfo, model, validation
from thucongvu.signatures.trust_store import TrustMaterial

_PEM = re.compile(rb"-----BEGIN (?:PKCS7|CMS|SIGNED MESSAGE)-----(.*?)-----END", re.S)


def load_signed_data(data: bytes) -> acms.SignedData:
    """A SignedData from DER, PEM or bare base64 (how ``.p7s`` files arrive)."""
    candidates = [data]
    m = _PEM.search(data)
    if m:
        candidates.insert(0, base64.b64decode(re.sub(rb"\s+", b"", m.group(1)) + b"=="))
    elif data[:1] != b"\x30":
        try:
            candidates.append(base64.b64decode(re.sub(rb"\s+", b"", data), validate=True))
        except Exception:
            pass
    for raw in candidates:
        try:
            ci = acms.ContentInfo.load(raw, strict=True)
            if ci["content_type"].native in ("enveloped_data", "authenticated_enveloped_data"):
                raise UsageError("Nội dung được mã hóa (S/MIME enveloped-data): cần giải mã trước khi kiểm tra chữ ký",
                                 "The content is encrypted (S/MIME enveloped-data): decrypt it before verifying")
            if ci["content_type"].native != "signed_data":
                continue
            sd = ci["content"]
            _ = sd["signer_infos"].native and sd["digest_algorithms"].native  # force a full parse
            return sd
        except UsageError:
            raise
        except Exception:
            continue
    raise UsageError("Tệp chữ ký không phải chữ ký CMS/PKCS#7 đọc được", "The signature file is not a readable CMS/PKCS#7 signature")


def _embedded_certs(sd) -> list:
    try:
        return [c.chosen for c in (sd["certificates"] or []) if c.name == "certificate"]
    except Exception:
        return []


async def _validate(sd, content: bytes | None, vc):
    """pyHanko status for one signer; ``content`` None means encapsulated in ``sd``."""
    from pyhanko.sign.validation import generic_cms
    from pyhanko.sign.validation.status import StandardCMSSignatureStatus

    if content is not None:
        return await generic_cms.async_validate_detached_cms(content, sd, signer_validation_context=vc,
                                                             key_usage_settings=validation.KEY_USAGE)
    from cryptography.hazmat.primitives import hashes
    from pyhanko.sign.general import get_pyca_cryptography_hash

    inner = bytes(sd["encap_content_info"]["content"] or b"")

    def digest(algo: str) -> bytes:
        h = hashes.Hash(get_pyca_cryptography_hash(algo))
        h.update(inner)
        return h.finalize()

    signer_info = sd["signer_infos"][0]
    kwargs = await generic_cms.collect_timing_info(signer_info, vc, raw_digest=digest)
    usage = StandardCMSSignatureStatus.default_usage_constraints(validation.KEY_USAGE)
    kwargs = await generic_cms.cms_basic_validation(sd, validation_context=vc, status_kwargs=kwargs,
                                                    key_usage_settings=usage)
    return StandardCMSSignatureStatus(**kwargs)


async def _validate_and_close(sd, content, vc):
    try:
        return await _validate(sd, content, vc)
    finally:
        await vc.aclose()  # HTTP sessions opened for online revocation checks


def assess(sd, content: bytes | None, material: TrustMaterial, *, field_name: str | None = None,
           date_header: dt.datetime | None = None) -> model.SignatureResult:
    """Judge a SignedData (one signer, as S/MIME and .p7s carry).

    Without a signingTime attribute or a timestamp, a mail's Date header is the
    best statement of when it was signed, so the chain is validated then.
    """
    infos = sd["signer_infos"]
    if len(infos) != 1:
        raise UsageError("Chữ ký CMS có nhiều hơn một người ký: chưa hỗ trợ",
                         "CMS signatures with several signers are not supported")
    signer_info = infos[0]
    from pyhanko.sign.validation.generic_cms import extract_self_reported_ts

    claimed = extract_self_reported_ts(signer_info)
    tst = validation.timestamp_time(signer_info)
    crls, ocsps = validation.cms_revinfo(sd)
    stated = claimed or tst or date_header
    vc = validation.context(material, validation.moment_for(stated, tst), embedded_certs=_embedded_certs(sd),
                            crls=crls, ocsps=ocsps)
    try:
        with validation.capture_errors() as errors:
            status = asyncio.run(_validate_and_close(sd, content, vc))
    except UsageError:
        raise
    except Exception as exc:
        return model.SignatureResult(status=model.INVALID, signer=model.Signer(), issuer=None, signing_time=None,
                                     covers_whole_document=False, field_name=field_name,
                                     reasons=[f"Chữ ký CMS hỏng, không kiểm tra được ({type(exc).__name__})."])
    verdict = validation.judge(status, errors, material, crls)
    result = validation.describe(status, certinfo.role_for(0, status.signing_cert, None, False), field_name,
                                 claimed or tst, True, verdict)
    if date_header and claimed:
        note = clock_note(claimed, date_header)
        if note:
            result.notes.append(note)
    elif date_header and not claimed and not tst:
        result.notes.append("Ghi chú: chữ ký không ghi thời điểm ký; dùng tiêu đề Date của thư làm thời điểm ký.")
    return result


def clock_note(claimed: dt.datetime, date_header: dt.datetime) -> str | None:
    """Signing time vs. the mail's Date header: a note, never a verdict.

    Some Vietnamese signing tools write local time (UTC+7) but mark it UTC.
    """
    if date_header.tzinfo is None:
        date_header = date_header.replace(tzinfo=dt.timezone.utc)
    delta = (claimed - date_header).total_seconds()
    if abs(delta) <= 15 * 60:
        return None
    hours = delta / 3600
    hint = ""
    if abs(abs(hours) - 7) < 0.3:
        hint = " Có thể phần mềm ký đã ghi giờ Việt Nam (UTC+7) nhưng đánh dấu là UTC."
    return (f"Ghi chú: thời điểm ký ({claimed.astimezone(dt.timezone.utc):%d/%m/%Y %H:%M} UTC) lệch "
            f"{hours:+.1f} giờ so với tiêu đề Date của thư.{hint} Điều này không làm chữ ký mất hiệu lực.")


def verify_detached(document: bytes, signature: bytes, name: str, material: TrustMaterial) -> model.Report:
    sd = load_signed_data(signature)
    if sd["encap_content_info"]["content"].native is not None:
        raise UsageError("Tệp chữ ký chứa sẵn nội dung (không phải chữ ký tách rời)",
                         "The signature file encapsulates its content (not a detached signature)")
    report = model.Report(file=name, kind="cms")
    report.signatures.append(assess(sd, document, material))
    return report


def verify_enveloping(data: bytes, name: str, material: TrustMaterial) -> model.Report:
    """A ``.p7m``/``.p7s`` that carries its own content."""
    sd = load_signed_data(data)
    if sd["encap_content_info"]["content"].native is None:
        raise UsageError("Đây là chữ ký tách rời: hãy chỉ ra tài liệu được ký (và dùng --signature)",
                         "This is a detached signature: give the signed document and use --signature")
    report = model.Report(file=name, kind="cms")
    report.signatures.append(assess(sd, None, material))
    return report
