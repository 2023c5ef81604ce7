"""Start-up time: process start to a drawn main window, packaged app and source tree vs bare PySide6.

    .venv/bin/python tests/benchmarks/bench_startup.py [--runs 5] [--drop-caches]

Measured from outside: spawn the process, wait for the marker the app prints
after its first paint (``THUCONGVU_EXIT_AFTER_PAINT=1``, thucongvu/ui/startup_probe.py),
which also makes it quit. Three subjects, under one private Xvfb display:
  * baseline: a bare PySide6 QMainWindow from the same interpreter (same probe);
  * source:   ``python -m thucongvu`` (PYTHONPATH=desktop), demo mailbox, fresh home;
  * bundle:   ``dist/thucongvu/thucongvu`` (``make package`` first), fresh home.
The first run of each subject (new home: demo data seeded) is reported on its
own; the rest give the median warm start. "Cold" means a first start in this
run; the page cache is only dropped with ``--drop-caches`` (root; it slows every
other process on the machine for a while, so it is off by default).
Target (issue 7): bundle ≤ 2 s to a drawn main window. Figures, not asserts.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
from tests.support.xdisplay import Xvfb, missing_tools  # noqa: E402

MARKER = "THUCONGVU_FIRST_PAINT"
TITLE = "Thư Công Vụ"
TARGET_S = 2.0
BASELINE = f"""
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle({TITLE!r})
window.setCentralWidget(QLabel("Xin chào"))
window.resize(1100, 700)
class Probe(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and getattr(obj, "window", lambda: None)() is window:
            app.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (print(f"{MARKER} cpu={{time.process_time():.3f}}", flush=True), app.quit()))
        return False
probe = Probe(app)
app.installEventFilter(probe)
window.show()
sys.exit(app.exec())
"""


def drop_caches() -> None:
    subprocess.run(["sync"], check=False)
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def one_start(argv: list[str], env: dict, timeout: float = 60) -> tuple[float | None, float | str]:
    """(seconds from spawn to the first-paint marker, CPU seconds the app reported), or (None, why)."""
    started = time.perf_counter()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            errors="replace")
    try:
        for line in proc.stdout:
            if line.startswith(MARKER):
                elapsed = time.perf_counter() - started
                proc.wait(timeout)
                cpu = line.partition("cpu=")[2].strip()
                return elapsed, float(cpu) if cpu else float("nan")
        proc.wait(timeout)
        return None, f"no first-paint marker (exit {proc.returncode}): {proc.stderr.read()[-300:].strip()}"
    except subprocess.TimeoutExpired:
        proc.kill()
        return None, "timeout"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def measure(name: str, argv: list[str], env: dict, runs: int, cold: bool) -> dict | None:
    times, cpus = [], []
    for i in range(runs):
        if cold and i == 0:
            drop_caches()
        elapsed, cpu = one_start(argv, env)
        if elapsed is None:
            print(f"  {name:9} run {i + 1}: {cpu}")
            return None
        times.append(elapsed)
        cpus.append(cpu)
    warm = times[1:] or times
    result = {"first": times[0], "median": statistics.median(warm), "best": min(warm),
              "cpu": statistics.median(cpus[1:] or cpus)}
    # CPU time is what the process itself spent; on a busy shared machine it is the steadier figure.
    print(f"  {name:9} first {result['first']:.2f} s   warm median {result['median']:.2f} s"
          f"   best {result['best']:.2f} s   cpu {result['cpu']:.2f} s   ({runs} runs)", flush=True)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", default=str(ROOT / "dist" / "thucongvu" / "thucongvu"))
    parser.add_argument("--drop-caches", action="store_true", help="drop the page cache before each first run (root)")
    args = parser.parse_args()
    missing = missing_tools()
    if missing:
        # Not a failure of `make bench`: say what is missing and how to get it.
        print(f"bench_startup skipped: missing {', '.join(missing)} (bash packaging/ensure-debian-packages.sh screen)")
        return 0
    results = {}
    with tempfile.TemporaryDirectory(prefix="thucongvu-bench-") as tmp, Xvfb() as x:
        base_env = x.env()
        base_env.pop("PYTHONPATH", None)
        print(f"Start-up to first paint, Xvfb {x.display}, {os.cpu_count()} CPUs, load {os.getloadavg()[0]:.1f}")
        subjects = [("baseline", [sys.executable, "-c", BASELINE], {}),
                    ("source", [sys.executable, "-m", "thucongvu"], {"PYTHONPATH": str(ROOT / "desktop")})]
        if Path(args.bundle).exists():
            subjects.append(("bundle", [args.bundle], {}))
        else:
            print(f"  (no bundle at {args.bundle}: run `make package` to measure it)")
        for name, argv, extra in subjects:
            env = dict(base_env, THUCONGVU_EXIT_AFTER_PAINT="1", THUCONGVU_HOME=str(Path(tmp) / name),
                       HOME=str(Path(tmp) / f"{name}-user"), **extra)
            results[name] = measure(name, argv, env, args.runs, args.drop_caches)
    base = results.get("baseline")
    for name in ("source", "bundle"):
        if base and results.get(name):
            r = results[name]
            print(f"  ratio {name}/baseline: first {r['first'] / base['first']:.2f}x,"
                  f" warm {r['median'] / base['median']:.2f}x, cpu {r['cpu'] / base['cpu']:.2f}x")
    if results.get("bundle"):
        verdict = "met" if results["bundle"]["first"] <= TARGET_S else "NOT met"
        print(f"  target bundle first start <= {TARGET_S:.1f} s: {verdict} ({results['bundle']['first']:.2f} s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
