"""A private X server (Xvfb) to look at real windows: start it, find a window by title, screenshot it.

Used by the packaging test (the bundled app under Xvfb) and the start-up
benchmark. Tools: Xvfb, xwininfo/xprop (x11-utils) and ImageMagick's
``import`` — the ``screen`` group of packaging/ensure-debian-packages.sh.
No window manager runs, so windows are placed at their own position.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

TOOLS = ("Xvfb", "xwininfo", "xprop", "import")
_TREE_LINE = re.compile(r'^\s+(0x[0-9a-f]+) "(.*)": \((.*)\)\s+(\d+)x(\d+)\+(-?\d+)\+(-?\d+)')


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


@dataclass(frozen=True)
class Window:
    wid: str
    name: str
    wm_class: str
    width: int
    height: int
    x: int
    y: int


class Xvfb:
    """``with Xvfb() as x:`` a fresh display ``x.display`` (number chosen by the server, no TCP)."""

    def __init__(self, size: str = "1280x800x24"):
        self.size = size
        self.proc: subprocess.Popen | None = None
        self.display = ""

    def __enter__(self) -> "Xvfb":
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.size, "-nolisten", "tcp", "-noreset"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        with os.fdopen(read_fd) as pipe:
            number = pipe.readline().strip()
        if not number:
            self.proc.kill()
            raise RuntimeError("Xvfb did not start")
        self.display = f":{number}"
        return self

    def __exit__(self, *exc) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()

    def env(self, base: dict | None = None) -> dict:
        env = dict(os.environ if base is None else base)
        env["DISPLAY"] = self.display
        env["QT_QPA_PLATFORM"] = "xcb"
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def windows(self) -> list[Window]:
        out = subprocess.run(["xwininfo", "-display", self.display, "-root", "-tree"],
                             capture_output=True, text=True, errors="replace").stdout
        found = []
        for line in out.splitlines():
            m = _TREE_LINE.match(line)
            if m:
                wid, name, klass, w, h, x, y = m.groups()
                found.append(Window(wid, name, klass, int(w), int(h), int(x), int(y)))
        return found

    def wait_for_window(self, title_part: str, timeout: float, proc: subprocess.Popen | None = None,
                        min_size: int = 100, interval: float = 0.05) -> Window | None:
        """The first top-level window whose name contains ``title_part``, polling until ``timeout``."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for window in self.windows():
                if title_part in window.name and window.width >= min_size and window.height >= min_size:
                    return window
            if proc is not None and proc.poll() is not None:
                return None
            time.sleep(interval)
        return None

    def property(self, wid: str, name: str) -> str:
        return subprocess.run(["xprop", "-display", self.display, "-id", wid, name],
                              capture_output=True, text=True, errors="replace").stdout.strip()

    def screenshot(self, path: Path, wid: str = "root") -> Path:
        subprocess.run(["import", "-display", self.display, "-window", wid, str(path)],
                       check=True, capture_output=True, timeout=60)
        return path


def image_variety(path: Path, box: tuple[int, int, int, int] | None = None, step: int = 4) -> tuple[int, float]:
    """(distinct colours, share of the most common colour) over a grid of pixels in ``box``.

    A blank or single-colour capture gives (1, 1.0); a drawn window has text,
    borders and icons, so many colours and no colour covering nearly everything.
    """
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    if image.isNull():
        raise ValueError(f"cannot read {path}")
    x0, y0, w, h = box or (0, 0, image.width(), image.height())
    counts: dict[int, int] = {}
    for y in range(y0, min(y0 + h, image.height()), step):
        for x in range(x0, min(x0 + w, image.width()), step):
            rgb = image.pixel(x, y) & 0xFFFFFF
            counts[rgb] = counts.get(rgb, 0) + 1
    total = sum(counts.values())
    return len(counts), (max(counts.values()) / total if total else 1.0)
