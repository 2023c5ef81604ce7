"""Optional online revocation checks (``--online``): CRLs fetched from a loopback HTTP server."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from cryptography.hazmat.primitives.serialization import Encoding

from tests.support import pki as P
from thucongvu.signatures import model
from thucongvu.signatures.pdf import verify_pdf
from thucongvu.signatures.trust_store import TrustMaterial


@pytest.fixture
def crl_server():
    served: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server API
            body = served.get(self.path)
            self.send_response(200 if body else 404)
            self.send_header("Content-Type", "application/pkix-crl")
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", served
    server.shutdown()
    server.server_close()


def test_online_fetch_decides_what_offline_cannot(crl_server, plain_pdf):
    base, served = crl_server
    root = P.make_ca("Online Root")
    sub = P.make_ca("Online Sub", root, crl_url=None)
    good = P.make_leaf(sub, "Ngô Văn Tốt", P.AGENCY, "tot.nv@stttt.thu.gov.vn", crl_url=f"{base}/sub.crl")
    bad = P.make_leaf(sub, "Ngô Văn Hỏng", P.AGENCY, "hong.nv@stttt.thu.gov.vn", crl_url=f"{base}/sub.crl")
    served["/sub.crl"] = P.make_crl(sub, [(bad.cert, P.NOW - 4 * P.DAY)]).public_bytes(Encoding.DER)
    offline = TrustMaterial().extended([root.cert.public_bytes(Encoding.DER), sub.cert.public_bytes(Encoding.DER)])
    online = TrustMaterial(offline.anchors, offline.intermediates, [], online=True)

    good_pdf, bad_pdf = P.sign_pdf(plain_pdf, good), P.sign_pdf(plain_pdf, bad)
    assert verify_pdf(good_pdf, "x.pdf", offline).overall == model.INDETERMINATE  # nothing fetched by default
    assert verify_pdf(good_pdf, "x.pdf", online).overall == model.VALID
    assert verify_pdf(bad_pdf, "x.pdf", online).overall == model.REVOKED
    from thucongvu.signatures.smime import verify_mail  # the CMS path closes its HTTP session too

    assert verify_mail(P.smime_multipart("Kính gửi", good), "t.eml", online).overall == model.VALID
