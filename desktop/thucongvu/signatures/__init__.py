"""Signed-document verification (issue 5): PDF, S/MIME and detached CMS. No Qt.

    model.py        verdict words (shared/CONTRACTS.md), Report / SignatureResult
    engine.py       verify one file: sniff the kind, size cap, sandbox
    sandbox.py      time and memory limits (child process on POSIX)
    pdf.py          PDF signatures and what was appended after them (pyHanko)
    smime.py        S/MIME mail and signed attachments
    cms_sig.py      detached .p7s and encapsulated SignedData
    validation.py   one signer: validation context at signing time, verdict, reasons
    certinfo.py     signer name/organisation/e-mail, roles (signer, seal, receipt)
    trust_store.py  the app's folder of trust anchors and CRLs; admin preload folder
    certfiles.py    loading .cer/.crt/.pem/.p7b/.crl
    known_roots.py  fingerprints of the genuine published Vietnamese CAs
    service.py      VerificationService, the facade the window uses
    results.py      cached verdicts per stored message (mail badge)
"""
