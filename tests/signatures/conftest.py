"""Signature fixtures: one test PKI per session, and the published roots from shared/."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, SHARED


@pytest.fixture(scope="session")
def pki(tmp_path_factory):
    from tests.support.pki import TestPKI

    return TestPKI(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="session")
def material(pki):
    """Trust as ``--trust pki.trust_dir --crl pki.crl_dir`` gives it."""
    from thucongvu.signatures import certfiles
    from thucongvu.signatures.trust_store import TrustMaterial

    return TrustMaterial().extended(certfiles.certificates_in_dir(pki.trust_dir), certfiles.crls_in_dir(pki.crl_dir))


@pytest.fixture(scope="session")
def plain_pdf():
    from tests.support.pki import minimal_pdf

    return minimal_pdf()


@pytest.fixture(scope="session")
def real_anchors() -> Path:
    """shared/trust-anchors beside the repository (CI) or beside the worktrees (here); skip if absent."""
    for candidate in (SHARED / "trust-anchors", ROOT.parent.parent / "shared" / "trust-anchors"):
        if (candidate / "vgca-rootca-g2.pem").is_file():
            return candidate
    pytest.skip("shared/trust-anchors is not available")
