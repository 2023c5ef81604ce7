"""The genuine published Vietnamese CA certificates, known by SHA-256 fingerprint.

Facts only (no certificate files are shipped): fingerprints of the DER
certificates as published by the Government Cipher Committee (ca.gov.vn, VGCA)
and the National Electronic Authentication Centre (rootca.gov.vn, NEAC), see
shared/trust-anchors/README.md. Used to tell a user that a certificate being
imported is the genuine one, or that it merely claims the name.
"""

from __future__ import annotations

from dataclasses import dataclass

from thucongvu.text.fold import fold


@dataclass(frozen=True)
class KnownCA:
    label: str
    sha256: str
    is_root: bool


KNOWN = [
    KnownCA("RootCA chuyên dùng Chính phủ G2 (Ban Cơ yếu Chính phủ)",
            "f04ba4b459a7c9a1b971ad9b1cb833e695a80c79aea63b174b66a70edfe2fdb8", True),
    KnownCA("CA phục vụ các cơ quan Nhà nước G2",
            "d8cab7a4aef92e6bb2509d7c61cee7b44f3731b2d21074963530277b366fae4b", False),
    KnownCA("Vietnam National Root CA (NEAC)",
            "bac8bf609ab420a8ee1780d74f4de5c7f7184959d2a7375b0a75e4c29f0908e7", True),
    KnownCA("VNPT-CA SHA2", "7d6ba5245317f9ed5d8bc765a4634d26ac6340d36b9f584df3b52d9c4a81a306", False),
    # Pinned elsewhere (shared/trust-anchors/README.md), files not at hand:
    KnownCA("RootCA chuyên dùng Chính phủ G1 (Ban Cơ yếu Chính phủ)",
            "f7bc89054cec7f12730d7b8cd3eb7955b163835087e5eb873edfb584763b3f90", True),
    KnownCA("CA phục vụ các cơ quan Nhà nước G1",
            "75e969c07ba35c29c72bbc1bfb880f20f3891a619b00b77eb02ca6160736a1fe", False),
    KnownCA("CA phục vụ các cơ quan Đảng G2",
            "e4b402e3cb4cacc0a20d21fa49bce76beb4eb47ba7ffb7a8f71c554dbe561a81", False),
]
BY_FINGERPRINT = {k.sha256: k for k in KNOWN}

# Names an impostor would copy (folded: no case, no diacritics).
PROTECTED_NAMES = [fold(n) for n in (
    "RootCA chuyên dùng Chính phủ", "CA phục vụ các cơ quan Nhà nước", "CA phục vụ các cơ quan Đảng",
    "Vietnam National Root CA", "VNPT-CA", "Ban Cơ yếu Chính phủ",
    "National Centre of Digital Signature Authentication",
)]


def identify(sha256_hex: str) -> KnownCA | None:
    return BY_FINGERPRINT.get(sha256_hex.lower().replace(":", ""))


def claims_protected_name(subject_text: str) -> bool:
    folded = fold(subject_text)
    return any(name in folded for name in PROTECTED_NAMES)
