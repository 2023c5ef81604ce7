"""Build the Linux artifacts into ``dist/``: the one-folder app, a tarball and a ``.deb``.

    python packaging/build.py            # what ``make package`` runs
    python packaging/build.py --if-stale # reuse dist/ when nothing it is built from changed

The version comes from pyproject.toml (tomllib), so the bundle, the tarball name,
the .deb's control file and the AppStream release all agree (the packaging test
checks the last one). An AppImage is not built: appimagetool is not packaged by
Debian and cannot be downloaded on the build machines; the tarball is the
distribution-neutral form instead.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LINUX = ROOT / "packaging" / "linux"
APP_ID = "vn.gov.thucongvu"
# Shared libraries Qt's xcb platform plugin loads from the system (PyInstaller
# does not bundle these); the same list as the "qt" group of ensure-debian-packages.sh.
# Libraries the bundle may find missing on the build machine and takes from the user's system
# (Wayland sessions); the packaging test allows exactly these "not found" in ldd and no others.
SYSTEM_LIBS = {"libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
               "libwayland-egl.so.1": "libwayland-egl1"}
DEB_DEPENDS = ("libc6 (>= 2.34), libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, "
               "libdbus-1-3, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-randr0, "
               "libxcb-render-util0, libxcb-image0, libxcb-xkb1, " + ", ".join(sorted(set(SYSTEM_LIBS.values()))))
DEB_RECOMMENDS = "fonts-noto-core"


def project() -> dict:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]


def version() -> str:
    return project()["version"]


def deb_arch() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def artifact_paths(dist: Path) -> dict[str, Path]:
    v, arch = version(), deb_arch()
    return {
        "bundle": dist / "thucongvu",
        "tarball": dist / f"thucongvu-{v}-linux-{os.uname().machine}.tar.gz",
        "deb": dist / f"thucongvu_{v}_{arch}.deb",
    }


def sources_mtime() -> float:
    """Newest modification time among everything the artifacts are built from."""
    newest = (ROOT / "pyproject.toml").stat().st_mtime
    for top in ("desktop", "resources", "packaging"):
        for path in (ROOT / top).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                newest = max(newest, path.stat().st_mtime)
    return newest


def is_fresh(dist: Path) -> bool:
    paths = artifact_paths(dist)
    if not all(p.exists() for p in paths.values()):
        return False
    built = min(p.stat().st_mtime for p in (paths["tarball"], paths["deb"]))
    return built >= sources_mtime()


def ensure_pyinstaller() -> None:
    """Install the ``package`` extra's PyInstaller into this interpreter if it is missing."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        requirement = project()["optional-dependencies"]["package"]
        print(f"Cài {', '.join(requirement)} (installing the package extra)", flush=True)
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", *requirement], check=True)


def build_bundle(dist: Path, work: Path) -> Path:
    ensure_pyinstaller()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work / "pyinstaller"),
                    str(ROOT / "packaging" / "thucongvu.spec")], check=True, cwd=ROOT)
    return dist / "thucongvu"


def build_tarball(bundle: Path, target: Path) -> Path:
    """``thucongvu-<version>/``: the one-folder app; unpack anywhere and run ./thucongvu.

    Beside it ``install-user.sh`` adds a menu entry for one user without root, from the
    desktop entry and icons in ``share/``.
    """
    top = f"thucongvu-{version()}"
    icons = ROOT / "resources" / "icons"
    extras = [(LINUX / "install-user.sh", "install-user.sh"), (LINUX / f"{APP_ID}.desktop", f"share/{APP_ID}.desktop"),
              (icons / "thucongvu.svg", "share/icons/thucongvu.svg")]
    extras += [(png, f"share/icons/{png.name}") for png in sorted(icons.glob("thucongvu-*.png"))]

    def owned_by_root(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    tmp = target.with_suffix(".part")
    with tarfile.open(tmp, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=owned_by_root)
        for src, name in extras:
            tar.add(src, arcname=f"{top}/{name}", filter=owned_by_root)
    tmp.replace(target)
    return target


def stage_deb(bundle: Path, root: Path) -> None:
    """Lay out the .deb's files under ``root`` (the future ``/``)."""
    shutil.copytree(bundle, root / "opt" / "thucongvu", symlinks=True)
    wrapper = root / "usr" / "bin" / "thucongvu"
    wrapper.parent.mkdir(parents=True)
    wrapper.write_text('#!/bin/sh\n# Thư Công Vụ: the bundled app lives in /opt/thucongvu.\n'
                       'exec /opt/thucongvu/thucongvu "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    share = root / "usr" / "share"
    for sub, src in (("applications", f"{APP_ID}.desktop"), ("metainfo", f"{APP_ID}.metainfo.xml")):
        (share / sub).mkdir(parents=True)
        shutil.copy2(LINUX / src, share / sub / src)
    icons = ROOT / "resources" / "icons"
    for png in icons.glob("thucongvu-*.png"):
        size = png.stem.split("-")[1]
        dest = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy2(png, dest / f"{APP_ID}.png")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(icons / "thucongvu.svg", scalable / f"{APP_ID}.svg")
    doc = share / "doc" / "thucongvu"
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n"
        "Upstream-Name: thucongvu\n\nFiles: *\nCopyright: Thư Công Vụ developers\n"
        "License: GPL-3.0-or-later\n On Debian systems see /usr/share/common-licenses/GPL-3.\n"
        " The bundled Python, Qt (LGPL-3.0) and libraries keep their own licences.\n", encoding="utf-8")


def tree_size(root: Path) -> int:
    """Bytes on disk under ``root``, each file once (the bundle holds symlinks into itself)."""
    return sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())


def control_file(installed_kib: int) -> str:
    meta = project()
    return (f"Package: thucongvu\nVersion: {meta['version']}\nArchitecture: {deb_arch()}\n"
            f"Maintainer: Thư Công Vụ developers <thucongvu@localhost>\nInstalled-Size: {installed_kib}\n"
            f"Depends: {DEB_DEPENDS}\nRecommends: {DEB_RECOMMENDS}\nSection: mail\nPriority: optional\n"
            f"Description: Thư Công Vụ - official mail client for Vietnamese public servants\n"
            f" Thư điện tử công vụ: hộp thư, danh bạ thư điện tử của tỉnh và kiểm tra văn bản\n"
            f" ký số trong một cửa sổ. Desktop mail client with the inbox, the provincial\n"
            f" e-mail directory and signed-document verification in one window.\n")


def build_deb(bundle: Path, target: Path, work: Path) -> Path:
    root = work / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    stage_deb(bundle, root)
    size = tree_size(root)
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(control_file(size // 1024 + 1), encoding="utf-8")
    # --root-owner-group: files owned by root in the archive without needing fakeroot.
    # gzip: measured on 2 busy cores, 17 s for 52 MB; xz -1 took 54 s for 43 MB, xz -6 four
    # minutes. The build runs inside the test suite, so speed wins over 9 MB.
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(target)],
                   check=True, stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (default: dist/)")
    parser.add_argument("--work", default=str(ROOT / "build"), help="scratch folder (default: build/)")
    parser.add_argument("--if-stale", action="store_true", help="do nothing when dist/ is newer than the sources")
    args = parser.parse_args(argv)
    dist, work = Path(args.dist).resolve(), Path(args.work).resolve()
    if args.if_stale and is_fresh(dist):
        print(f"{dist}: đã mới, không dựng lại (up to date)")
        return 0
    dist.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)
    paths = artifact_paths(dist)
    steps = (("bundle", lambda: build_bundle(dist, work)),
             ("tarball", lambda: build_tarball(paths["bundle"], paths["tarball"])),
             ("deb", lambda: build_deb(paths["bundle"], paths["deb"], work)))
    for name, step in steps:
        started = time.monotonic()
        out = step()
        size = tree_size(out) if out.is_dir() else out.stat().st_size
        print(f"{name:8} {out.relative_to(dist.parent) if out.is_relative_to(dist.parent) else out}"
              f"  {size / 2**20:.1f} MiB  {time.monotonic() - started:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
