"""Benchmark: a 10 MB signed PDF verifies in ≤ 1 s (issue 5, item 9).

Builds the test PKI and a ~10 MB PDF (an incompressible image-like stream)
signed by the official and the agency seal, then times:
  * baseline: hashing the signed byte ranges with hashlib (the floor any verifier pays);
  * engine in-process (``isolate=False``);
  * engine as the window and CLI run it (sandboxed child process);
  * ``thucongvu verify --json`` end to end (interpreter start-up included).
Prints the figures and the ratios against the baseline. Run: ``.venv/bin/python tests/benchmarks/bench_verify.py``.
"""

from __future__ import annotations

import hashlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(ROOT / "desktop"), str(ROOT)]

from tests.support import pki as P  # noqa: E402
from thucongvu.signatures import certfiles, engine  # noqa: E402
from thucongvu.signatures.trust_store import TrustMaterial  # noqa: E402

SIZE = 10 * 1024 * 1024
RUNS = 5


def best(fn, runs=RUNS):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times), statistics.median(times)


def main() -> int:
    base = Path(tempfile.mkdtemp(prefix="bench-verify-"))
    pki = P.TestPKI(base)
    pdf = P.sign_pdf(P.sign_pdf(P.minimal_pdf(padding=SIZE), pki.official), pki.seal, "Seal")
    path = base / "qd-10mb.pdf"
    path.write_bytes(pdf)
    material = TrustMaterial().extended(certfiles.certificates_in_dir(pki.trust_dir), certfiles.crls_in_dir(pki.crl_dir))

    report = engine.verify_path(path, material, isolate=False)
    assert report.overall == "valid", report.to_json()
    ranges = report.signatures[0].byte_ranges

    def baseline():
        data = path.read_bytes()
        for sig in report.signatures:
            h = hashlib.sha256()
            for start, length in sig.byte_ranges:
                h.update(data[start:start + length])
            h.digest()

    base_best, base_med = best(baseline)
    inproc_best, inproc_med = best(lambda: engine.verify_path(path, material, isolate=False))
    sandbox_best, sandbox_med = best(lambda: engine.verify_path(path, material))

    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"), THUCONGVU_HOME=str(base / "home"))
    cmd = [sys.executable, "-m", "thucongvu", "verify", "--json", "--trust", str(pki.trust_dir),
           "--crl", str(pki.crl_dir), str(path)]

    def cli():
        out = subprocess.run(cmd, capture_output=True, env=env)
        assert out.returncode == 0, out.stderr

    cli_best, cli_med = best(cli, runs=3)
    print(f"file: {len(pdf) / 1048576:.1f} MB, {len(report.signatures)} signatures, first covers {ranges}")
    print(f"baseline  hashlib over signed ranges : best {base_best * 1000:7.1f} ms  median {base_med * 1000:7.1f} ms")
    for label, b, m in (("engine in-process             ", inproc_best, inproc_med),
                        ("engine sandboxed (app default) ", sandbox_best, sandbox_med),
                        ("CLI end to end (python start)  ", cli_best, cli_med)):
        print(f"{label}: best {b * 1000:7.1f} ms  median {m * 1000:7.1f} ms  ratio vs baseline {m / base_med:5.1f}x")
    verdict = "OK" if sandbox_med <= 1.0 else "TOO SLOW"
    print(f"target ≤ 1 s for the verification itself: {verdict} ({sandbox_med:.3f} s)")
    return 0 if sandbox_med <= 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
