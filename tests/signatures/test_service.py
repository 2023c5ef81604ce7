"""The window's service: files, raw mail, stored messages with cached verdicts, trust management."""

from __future__ import annotations

import threading

import pytest

from tests.support import pki as P
from thucongvu.signatures import model
from thucongvu.signatures.service import VerificationService


@pytest.fixture
def service(tmp_path, pki):
    svc = VerificationService(tmp_path, admin_dir=None)
    for f in [*pki.trust_dir.iterdir(), *pki.crl_dir.iterdir()]:
        svc.import_trust(f)
    return svc


def test_verify_file_off_the_calling_thread(service, pki, plain_pdf, tmp_path):
    path = tmp_path / "qd.pdf"
    path.write_bytes(P.sign_pdf(plain_pdf, pki.official))
    out = {}
    worker = threading.Thread(target=lambda: out.setdefault("r", service.verify_file(path)))
    worker.start()
    worker.join(120)
    assert out["r"].overall == model.VALID and out["r"].banner == "green"


def test_verify_message(service, pki):
    assert service.verify_message(P.smime_multipart("Kính gửi", pki.official)).overall == model.VALID


def test_stored_message_verdict_is_cached_per_trust(service, pki, tmp_path):
    from thucongvu import paths
    from thucongvu.store.db import connect

    conn = connect(paths.database_path(tmp_path))
    conn.execute("INSERT INTO accounts(email, imap_host, imap_port, username) VALUES('a@x.gov.vn','h',993,'a')")
    conn.execute("INSERT INTO folders(account_id, name) VALUES(1, 'INBOX')")
    conn.execute("INSERT INTO messages(folder_id, uid, signed) VALUES(1, 7, 1)")
    conn.execute("INSERT INTO bodies(message_id, raw) VALUES(1, ?)", (P.smime_multipart("Kính gửi", pki.official),))
    assert service.verify_stored_message(1)[0] == model.VALID
    conn.execute("UPDATE bodies SET raw=x'00' WHERE message_id=1")  # a cache hit does not re-read the body
    assert service.verify_stored_message(1)[0] == model.VALID
    service.remove_trust(service.trust_anchors()[0].sha256)  # new trust: the verdict is recomputed
    assert service.verify_stored_message(1)[0] == model.UNSIGNED
    conn.close()
