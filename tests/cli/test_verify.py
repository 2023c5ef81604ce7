"""``thucongvu verify`` exactly as shared/CONTRACTS.md fixes it: JSON shape, status words, exit codes."""

from __future__ import annotations

import pytest

from tests.support import pki as P

CONTRACT_KEYS = {"status", "signer", "issuer", "signing_time", "covers_whole_document", "reasons"}


@pytest.fixture(scope="module")
def docs(tmp_path_factory):
    from tests.support.pki import TestPKI

    base = tmp_path_factory.mktemp("verify-cli")
    pki = TestPKI(base)
    pdf = P.minimal_pdf()
    files = {
        "valid.pdf": P.sign_pdf(P.sign_pdf(pdf, pki.official), pki.seal, "Seal", cades=True),
        "revoked.pdf": P.sign_pdf(pdf, pki.revoked),
        "unsigned.pdf": pdf,
        "mail.eml": P.smime_multipart("Kính gửi", pki.official),
        "doc.txt": b"van ban",
        "doc.txt.p7s": P.sign_detached(b"van ban", pki.official),
        "broken.pdf": b"%PDF-1.7\n garbage",
    }
    for name, data in files.items():
        (base / name).write_bytes(data)
    return base, pki


def _args(docs, *rest):
    base, pki = docs
    return ("verify", "--json", "--trust", str(pki.trust_dir), "--crl", str(pki.crl_dir), *rest)


def test_valid_pdf_json_and_exit_0(run_cli, docs):
    base, _ = docs
    r = run_cli(*_args(docs, str(base / "valid.pdf")))
    assert r.code == 0, r.stderr
    doc = r.json()
    assert set(doc) >= {"file", "kind", "overall", "signatures"}
    assert doc["file"] == "valid.pdf" and doc["kind"] == "pdf" and doc["overall"] == "valid"
    assert len(doc["signatures"]) == 2
    for sig in doc["signatures"]:
        assert CONTRACT_KEYS <= set(sig) and set(sig["signer"]) == {"name", "organization", "email"}
        assert isinstance(sig["covers_whole_document"], bool) and all(isinstance(x, str) for x in sig["reasons"])
    assert doc["signatures"][0]["signer"]["name"] == "Nguyễn Văn An"
    assert [s["covers_whole_document"] for s in doc["signatures"]] == [False, True]


def test_negative_verdicts_exit_1(run_cli, docs):
    base, _ = docs
    r = run_cli(*_args(docs, str(base / "revoked.pdf")))
    assert r.code == 1 and r.json()["overall"] == "revoked"
    assert r.stderr == ""  # pyHanko's logged warnings never reach the terminal
    r = run_cli("verify", "--json", str(base / "valid.pdf"))  # the empty app store trusts nobody
    assert r.code == 1 and r.json()["overall"] == "untrusted"


def test_smime_and_detached(run_cli, docs):
    base, _ = docs
    r = run_cli(*_args(docs, str(base / "mail.eml")))
    assert (r.code, r.json()["kind"], r.json()["overall"]) == (0, "smime", "valid")
    r = run_cli(*_args(docs, "--signature", str(base / "doc.txt.p7s"), str(base / "doc.txt")))
    assert (r.code, r.json()["kind"], r.json()["overall"]) == (0, "cms", "valid")
    r = run_cli(*_args(docs, "--online", "--signature", str(base / "doc.txt.p7s"), str(base / "doc.txt")))
    assert (r.code, r.json()["overall"]) == (0, "valid")  # --online (an extra option) changes nothing here
    r = run_cli(*_args(docs, "--signature", str(base / "doc.txt.p7s"), str(base / "valid.pdf")))
    assert (r.code, r.json()["overall"]) == (1, "invalid")


@pytest.mark.parametrize("name,overall", [("unsigned.pdf", "unsigned"), ("broken.pdf", "error"), ("missing.pdf", "error")])
def test_unsigned_and_unreadable_exit_2(run_cli, docs, name, overall):
    base, _ = docs
    r = run_cli(*_args(docs, str(base / name)))
    assert r.code == 2
    assert r.json()["overall"] == overall and r.json()["signatures"] == []
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr


def test_text_output(run_cli, docs):
    base, pki = docs
    r = run_cli("verify", "--trust", str(pki.trust_dir), "--crl", str(pki.crl_dir), str(base / "valid.pdf"))
    assert r.code == 0 and "Con dấu cơ quan" in r.stdout and "Nguyễn Văn An" in r.stdout


def test_trust_commands_feed_verify(run_cli, docs):
    base, pki = docs
    r = run_cli("trust", "import", str(pki.trust_dir / "root.pem"), str(pki.trust_dir / "sub.cer"),
                str(pki.crl_dir / "sub.crl"), str(pki.crl_dir / "root.crl"))
    assert r.code == 0, r.stderr
    listed = run_cli("trust", "list", "--json").json()
    assert [a["role"] for a in listed] == ["anchor", "intermediate"]
    assert run_cli("verify", "--json", str(base / "valid.pdf")).code == 0
    assert run_cli("trust", "remove", listed[0]["sha256"]).code == 0  # the root: the sub-CA is now trusted directly
    assert run_cli("verify", "--json", str(base / "valid.pdf")).json()["overall"] == "valid"
    assert run_cli("trust", "remove", listed[1]["sha256"]).code == 0
    assert run_cli("verify", "--json", str(base / "valid.pdf")).json()["overall"] == "untrusted"
