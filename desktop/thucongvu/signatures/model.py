"""Verification results: the verdict words and the report the CLI and window share.

The status words are fixed by shared/CONTRACTS.md (``thucongvu verify``) and are
relied upon by other tools; ``overall`` is the worst of the per-signature
statuses. This module is plain data: no pyHanko, no Qt, picklable (results
travel back from the sandboxed worker process).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from thucongvu.errors import UsageError

VALID = "valid"
INDETERMINATE = "indeterminate"
UNTRUSTED = "untrusted"
EXPIRED = "expired"
REVOKED = "revoked"
MODIFIED = "modified"
INVALID = "invalid"
UNSIGNED = "unsigned"  # only as ``overall`` (exit 2)
ERROR = "error"  # only as ``overall`` (exit 2)

# Worst last. "modified" and "invalid" say the content can't be relied on at all;
# revoked/expired/untrusted say the signer can't; indeterminate says "not enough information".
SEVERITY = [VALID, INDETERMINATE, UNTRUSTED, EXPIRED, REVOKED, MODIFIED, INVALID]

# The window's banner colour per verdict.
BANNER = {VALID: "green", INDETERMINATE: "amber", UNTRUSTED: "amber", EXPIRED: "amber",
          REVOKED: "red", MODIFIED: "red", INVALID: "red", UNSIGNED: "amber", ERROR: "red"}

LABEL_VI = {
    VALID: "Hợp lệ", INDETERMINATE: "Chưa xác định", UNTRUSTED: "Không tin cậy", EXPIRED: "Chứng thư hết hạn",
    REVOKED: "Chứng thư bị thu hồi", MODIFIED: "Tài liệu đã bị sửa sau khi ký", INVALID: "Không hợp lệ",
    UNSIGNED: "Không có chữ ký", ERROR: "Không đọc được",
}


def worst(statuses) -> str:
    statuses = list(statuses)
    if not statuses:
        return UNSIGNED
    return max(statuses, key=SEVERITY.index)


@dataclass(frozen=True)
class Signer:
    name: str | None = None
    organization: str | None = None
    email: str | None = None

    @property
    def email_is_gov_vn(self) -> bool:
        return bool(self.email) and self.email.lower().rstrip(".").endswith(".gov.vn")


@dataclass(frozen=True)
class CertSummary:
    """One certificate of the chain, as the details view shows it."""

    subject: str
    issuer: str
    serial: str
    not_before: str
    not_after: str
    sha256: str


@dataclass
class SignatureResult:
    status: str
    signer: Signer
    issuer: str | None
    signing_time: str | None  # ISO 8601, as the signer (or the timestamp) states it
    covers_whole_document: bool
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # never change the status
    role: str = "signer"  # signer | seal | receipt
    field_name: str | None = None
    timestamp: str | None = None  # time from a trusted RFC 3161 timestamp token
    digest_algorithm: str | None = None
    chain: list[CertSummary] = field(default_factory=list)
    byte_ranges: list[list[int]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "status": self.status,
            "signer": {"name": self.signer.name, "organization": self.signer.organization,
                       "email": self.signer.email},
            "issuer": self.issuer,
            "signing_time": self.signing_time,
            "covers_whole_document": self.covers_whole_document,
            "reasons": list(self.reasons) + list(self.notes),
            # Extras beyond the contract (the contract's keys above are unchanged).
            "role": self.role,
            "email_gov_vn": self.signer.email_is_gov_vn,
            "field": self.field_name,
            "timestamp": self.timestamp,
            "digest_algorithm": self.digest_algorithm,
            "chain": [asdict(c) for c in self.chain],
            "byte_ranges": self.byte_ranges,
        }


@dataclass
class Report:
    file: str
    kind: str  # pdf | smime | cms
    signatures: list[SignatureResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def overall(self) -> str:
        return worst(s.status for s in self.signatures)

    @property
    def banner(self) -> str:
        return BANNER[self.overall]

    def to_json(self) -> dict:
        return {"file": self.file, "kind": self.kind, "overall": self.overall,
                "signatures": [s.to_json() for s in self.signatures]}

    @classmethod
    def from_json(cls, doc: dict) -> "Report":
        """The inverse of ``to_json`` (cached verdicts); notes come back folded into reasons."""
        sigs = []
        for s in doc.get("signatures", []):
            signer = s.get("signer") or {}
            sigs.append(SignatureResult(
                status=s["status"], signer=Signer(signer.get("name"), signer.get("organization"), signer.get("email")),
                issuer=s.get("issuer"), signing_time=s.get("signing_time"),
                covers_whole_document=bool(s.get("covers_whole_document")), reasons=list(s.get("reasons", [])),
                role=s.get("role", "signer"), field_name=s.get("field"), timestamp=s.get("timestamp"),
                digest_algorithm=s.get("digest_algorithm"), chain=[CertSummary(**c) for c in s.get("chain", [])],
                byte_ranges=[list(r) for r in s.get("byte_ranges", [])]))
        return cls(file=doc.get("file") or "", kind=doc.get("kind") or "smime", signatures=sigs)


class Unsigned(UsageError):
    """A readable document with no signature to verify (exit 2, ``"overall": "unsigned"``)."""

    def __init__(self, kind: str, vi: str, en: str):
        super().__init__(vi, en)
        self.kind = kind
