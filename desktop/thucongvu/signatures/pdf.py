"""Signed PDFs (ISO 32000-1 §12.8, PAdES / ETSI EN 319 142): every signature, in order.

pyHanko reads the file, checks each signature's byte ranges and digest, and
compares what was appended after a signature with what that signature allows
(difference analysis): further signatures, validation data and permitted form
filling keep a signature valid; any other change is ``modified``. Revocation
data embedded in the document (DSS, Adobe's revocation-info attribute, the CMS
``crls`` field) is used alongside the trust store's. Never hand-parses PDF.
"""

from __future__ import annotations

import io

from thucongvu.errors import UsageError
from thucongvu.signatures import certinfo, model, validation
from thucongvu.signatures.trust_store import TrustMaterial


def _open(data: bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            try:
                ok = reader.decrypt("")  # owner-password-only files open with the empty user password
            except Exception:
                ok = None
            if not ok or getattr(ok, "status", None) is not None and ok.status.name == "FAILED":
                raise UsageError("Tệp PDF được mã hóa bằng mật khẩu: không kiểm tra được chữ ký",
                                 "The PDF is password-encrypted: signatures cannot be checked")
        sigs = list(reader.embedded_regular_signatures)
        stamps = list(reader.embedded_timestamp_signatures)
    except UsageError:
        raise
    except RecursionError as exc:
        raise UsageError("Tệp PDF có cấu trúc lồng nhau quá sâu (có thể là tệp độc hại)",
                         "The PDF is nested too deeply (possibly hostile)") from exc
    except Exception as exc:
        raise UsageError(f"Tệp PDF hỏng hoặc không đọc được: {type(exc).__name__}",
                         f"The PDF is damaged or unreadable: {type(exc).__name__}") from exc
    return reader, sigs, stamps


def _embedded_revinfo(reader, sig):
    """CRLs/OCSPs/certs the document carries for this signature."""
    from asn1crypto import crl as acrl
    from asn1crypto import ocsp as aocsp

    crls, ocsps, certs = [], [], []
    try:
        from pyhanko.sign.validation.dss import DocumentSecurityStore

        dss = DocumentSecurityStore.read_dss(reader)
        crls += [acrl.CertificateList.load(c.get_object().data) for c in dss.crls]
        ocsps += [aocsp.OCSPResponse.load(o.get_object().data) for o in dss.ocsps]
        certs += list(dss.load_certs())
    except Exception:
        pass  # no DSS, or a broken one: validation proceeds without it
    try:
        from pyhanko.sign.general import find_unique_cms_attribute

        archival = find_unique_cms_attribute(sig.signer_info["signed_attrs"], "adobe_revocation_info_archival")
        crls += list(archival["crl"]) if archival["crl"] else []
        ocsps += list(archival["ocsp"]) if archival["ocsp"] else []
    except Exception:
        pass
    sd_crls, sd_ocsps = validation.cms_revinfo(sig.signed_data)
    return crls + sd_crls, ocsps + sd_ocsps, certs


def _coverage_verdict(status) -> tuple[str | None, list[str], list[str]]:
    """What was appended after the signature: allowed additions, or changed content."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    cov = status.coverage
    if cov == SignatureCoverageLevel.ENTIRE_FILE:
        return None, [], []
    if cov != SignatureCoverageLevel.ENTIRE_REVISION:
        return model.MODIFIED, ["Chữ ký không phủ trọn phiên bản tài liệu được ký (vùng byte được ký bất thường)."], []
    level = status.modification_level
    if status.docmdp_ok is False or level is None or level == ModificationLevel.OTHER:
        return model.MODIFIED, ["Nội dung tài liệu đã bị thay đổi sau khi ký (phần nối thêm không chỉ là chữ ký "
                                "hay điền biểu mẫu được phép)."], []
    if level == ModificationLevel.FORM_FILLING:
        return None, [], ["Ghi chú: sau khi ký, tài liệu có thêm chữ ký khác và/hoặc dữ liệu biểu mẫu được phép."]
    if level == ModificationLevel.ANNOTATIONS:
        return None, [], ["Ghi chú: sau khi ký, tài liệu có thêm chú thích (annotation); nội dung đã ký không đổi."]
    return None, [], ["Ghi chú: sau khi ký, tài liệu chỉ được thêm chữ ký hoặc dữ liệu kiểm tra (hợp lệ)."]


def verify_pdf(data: bytes, name: str, material: TrustMaterial) -> model.Report:
    from pyhanko.sign.validation import validate_pdf_signature

    reader, sigs, stamps = _open(data)
    if not sigs:
        unsupported = _unsupported_signatures(reader)
        if unsupported:
            report = model.Report(file=name, kind="pdf")
            report.signatures += unsupported
            return report
        raise model.Unsigned("pdf", f"Tệp PDF {name} không có chữ ký số", f"The PDF {name} is not signed")
    report = model.Report(file=name, kind="pdf")
    seen_seal = False
    for index, sig in enumerate(sigs):
        report.signatures.append(_one(sig, index, reader, material, validate_pdf_signature, seen_seal))
        seen_seal = seen_seal or report.signatures[-1].role == "seal"
    if stamps:
        report.notes.append(f"Tài liệu có {len(stamps)} dấu thời gian tài liệu (document timestamp).")
    return report


SUPPORTED_SUBFILTERS = ("/adbe.pkcs7.detached", "/ETSI.CAdES.detached", "/PBAD.PAdES")


def _unsupported(subfilter: str | None, field: str | None) -> model.SignatureResult:
    return model.SignatureResult(
        status=model.INDETERMINATE, signer=model.Signer(), issuer=None, signing_time=None,
        covers_whole_document=False, field_name=field,
        reasons=[f"Định dạng chữ ký {subfilter or '(không ghi)'} chưa được hỗ trợ nên không kiểm tra được "
                 "(hỗ trợ adbe.pkcs7.detached và ETSI.CAdES.detached)."])


def _unsupported_signatures(reader) -> list[model.SignatureResult]:
    """Filled signature fields pyHanko skipped (e.g. the old adbe.x509.rsa_sha1): signed, but not checkable."""
    from pyhanko.sign.fields import enumerate_sig_fields

    out = []
    try:
        for name, value, _ref in enumerate_sig_fields(reader, filled_status=True):
            obj = value.get_object() if value is not None else None
            subfilter = _text(obj.get("/SubFilter")) if obj is not None else None
            if subfilter != "/ETSI.RFC3161":
                out.append(_unsupported(subfilter, name))
    except Exception:
        return []
    return out


def _one(sig, index, reader, material, validate_pdf_signature, seen_seal) -> model.SignatureResult:
    field = getattr(sig, "field_name", None)
    subfilter = _text(sig.sig_object.get("/SubFilter"))
    if subfilter not in SUPPORTED_SUBFILTERS:
        return _unsupported(subfilter, field)
    try:
        signer_info = sig.signer_info
        claimed = sig.self_reported_timestamp
        tst = validation.timestamp_time(signer_info)
        crls, ocsps, certs = _embedded_revinfo(reader, sig)
        vc = validation.context(material, validation.moment_for(claimed, tst),
                                embedded_certs=list(sig.other_embedded_certs) + certs, crls=crls, ocsps=ocsps)
        with validation.capture_errors() as errors:
            status = validate_pdf_signature(sig, vc, key_usage_settings=validation.KEY_USAGE)
        word, reasons, notes = validation.judge(status, errors, material, crls)
        mod_word, mod_reasons, mod_notes = _coverage_verdict(status)
        if mod_word and model.SEVERITY.index(mod_word) > model.SEVERITY.index(word):
            if word == model.VALID:
                reasons = []
            word = mod_word
        reasons = mod_reasons + reasons
        notes = notes + mod_notes
        reason_text = _text(sig.sig_object.get("/Reason"))
        role = certinfo.role_for(index, status.signing_cert, reason_text, seen_seal)
        ranges = _ranges(sig)
        from pyhanko.sign.validation.status import SignatureCoverageLevel

        result = validation.describe(status, role, field, claimed or tst, status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
                                     (word, reasons, notes), ranges)
        if reason_text:
            result.notes.append(f"Lý do ký: {reason_text}")
        return result
    except Exception as exc:  # a structurally broken signature: this one is invalid, the others still count
        from thucongvu.signatures.model import Signer

        return model.SignatureResult(
            status=model.INVALID, signer=Signer(), issuer=None, signing_time=None, covers_whole_document=False,
            reasons=[f"Chữ ký bị hỏng, không đọc được ({type(exc).__name__}: {str(exc)[:200]})."],
            field_name=field, role="signer")


def _text(value) -> str | None:
    if value is None:
        return None
    try:
        return str(value.get_object() if hasattr(value, "get_object") else value)
    except Exception:
        return None


def _ranges(sig) -> list[tuple[int, int]]:
    try:
        br = [int(x) for x in sig.byte_range]
        return [(br[i], br[i + 1]) for i in range(0, len(br) - 1, 2)]
    except Exception:
        return []
