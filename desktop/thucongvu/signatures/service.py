"""The signature service the window (and anything else) talks to.

``VerificationService(home)``: verify a file or a raw mail, manage the trust
store, and keep per-message verdicts for the mail badge. Every method may be
called off the GUI thread (and should be: verification reads files and runs a
sandboxed child process); it holds no Qt and no state shared between calls
except paths. Database access opens its own connection per call (WAL readers).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from thucongvu.errors import UsageError
from thucongvu.signatures import engine, model
from thucongvu.signatures.trust_store import AnchorInfo, ImportResult, TrustMaterial, TrustStore


class VerificationService:
    def __init__(self, home: Path, *, admin_dir: Path | None | bool = True, isolate: bool = True,
                 db_path: Path | None = None, online: bool = False):
        self.home = Path(home)
        self.db_path = Path(db_path) if db_path else None  # the store holding the messages (demo or real)
        self.trust_store = TrustStore(self.home, admin_dir=admin_dir)
        self.isolate = isolate
        self.online = online  # fetch CRLs/OCSP over the network (off by default: closed agency networks)

    # --- verification (off the GUI thread) ------------------------------------------------
    def material(self) -> TrustMaterial:
        material = self.trust_store.material()
        material.online = self.online
        return material

    def verify_file(self, path: Path, signature: Path | None = None) -> model.Report:
        """Raises ``UsageError`` (``model.Unsigned`` for an unsigned file) for what is not verifiable."""
        return engine.verify_path(Path(path), self.material(), Path(signature) if signature else None,
                                  isolate=self.isolate)

    def verify_message(self, raw: bytes, name: str = "thư.eml") -> model.Report:
        """A raw RFC 5322 message: its S/MIME signature and signed attachments."""
        from thucongvu.signatures import smime

        if len(raw) > engine.MAX_INPUT:
            raise UsageError("Thư quá lớn để kiểm tra chữ ký", "Message too large to verify")
        if not self.isolate:
            return smime.verify_mail(raw, name, self.material())
        from thucongvu.signatures.sandbox import run_bounded

        return run_bounded(smime.verify_mail, raw, name, self.material())

    def verify_stored_message(self, message_id: int) -> tuple[str, dict]:
        """Verdict for a message whose body is cached in the store, cached in ``signature_checks``.

        Returns ``(overall, report_json)``; ``overall`` may be ``unsigned`` or ``error``.
        """
        from thucongvu import paths
        from thucongvu.signatures.results import ResultCache
        from thucongvu.store.db import connect

        material = self.material()
        epoch = trust_epoch(material)
        conn = connect(self.db_path or paths.database_path(self.home))
        try:
            cache = ResultCache(conn)
            hit = cache.get(message_id, epoch)
            if hit is not None:
                return hit.overall, hit.report
            raw = cache.raw_body(message_id)
            if raw is None:
                raise UsageError("Nội dung thư chưa được tải về", "The message body is not cached yet")
            try:
                report = self.verify_message(raw, f"message-{message_id}.eml").to_json()
            except model.Unsigned as exc:
                report = {"file": f"message-{message_id}.eml", "kind": "smime", "overall": model.UNSIGNED, "signatures": [], "message": exc.vi}
            except UsageError as exc:
                report = {"file": f"message-{message_id}.eml", "kind": "smime", "overall": model.ERROR, "signatures": [], "message": exc.vi}
            cache.put(message_id, epoch, report["overall"], report)
            return report["overall"], report
        finally:
            conn.close()

    # --- trust store ------------------------------------------------------------------------
    def trust_anchors(self) -> list[AnchorInfo]:
        return self.trust_store.list()

    def import_trust(self, path: Path) -> ImportResult:
        return self.trust_store.import_file(Path(path))

    def remove_trust(self, sha256: str) -> AnchorInfo:
        return self.trust_store.remove(sha256)


def trust_epoch(material: TrustMaterial) -> str:
    """A fingerprint of the trust material: cached verdicts are only reused under the same trust."""
    h = hashlib.sha256(b"online" if material.online else b"offline")
    for blob in sorted(material.anchors) + [b"|"] + sorted(material.intermediates) + [b"|"] + sorted(material.crls):
        h.update(hashlib.sha256(blob).digest())
    return h.hexdigest()[:32]
