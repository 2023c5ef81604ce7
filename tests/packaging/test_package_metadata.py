"""Fast checks of the packaging metadata: valid desktop entry and AppStream file, one version everywhere.

The validators are Debian's own (desktop-file-utils, appstream), installed by
the ``screen`` group of packaging/ensure-debian-packages.sh.
"""

from __future__ import annotations

import configparser
import re
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "vn.gov.thucongvu.desktop"
METAINFO = LINUX / "vn.gov.thucongvu.metainfo.xml"
ICONS = ROOT / "resources" / "icons"
ISS = ROOT / "packaging" / "windows" / "thucongvu.iss"

sys.path.insert(0, str(ROOT / "packaging"))
import build  # noqa: E402  packaging/build.py


def pyproject_version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates():
    tool = shutil.which("desktop-file-validate")
    if tool is None:
        pytest.skip("desktop-file-validate missing: bash packaging/ensure-debian-packages.sh screen")
    proc = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert proc.returncode == 0 and "error" not in proc.stdout, proc.stdout + proc.stderr


def test_desktop_entry_names_the_app_and_its_icon():
    entry = desktop_entry()
    assert entry["Name"] == "Thư Công Vụ"
    assert entry["Exec"].split()[0] == "thucongvu"
    assert entry["Icon"] == build.APP_ID == DESKTOP.stem
    assert "Email" in entry["Categories"].split(";")


def test_metainfo_validates():
    tool = shutil.which("appstreamcli")
    if tool is None:
        pytest.skip("appstreamcli missing: bash packaging/ensure-debian-packages.sh screen")
    proc = subprocess.run([tool, "validate", "--no-net", "--pedantic", str(METAINFO)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    # Errors and warnings fail; infos (e.g. tags newer than this appstream) do not.
    assert not re.search(r"^[EW]: ", proc.stdout, re.M), proc.stdout


def test_metainfo_matches_desktop_entry_and_newest_release_is_pyproject_version():
    root = ET.parse(METAINFO).getroot()
    assert root.findtext("id") == build.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "thucongvu"
    releases = root.findall("releases/release")
    assert releases, "metainfo needs a <release> per version"
    assert releases[0].get("version") == pyproject_version()


def test_one_version_everywhere():
    import thucongvu

    version = pyproject_version()
    assert thucongvu.__version__ == version
    assert build.version() == version
    control = build.control_file(1000)
    assert f"\nVersion: {version}\n" in control
    assert artifact_names_carry(version)


def artifact_names_carry(version: str) -> bool:
    paths = build.artifact_paths(Path("/nonexistent"))
    return version in paths["tarball"].name and f"_{version}_" in paths["deb"].name


def test_inno_setup_script_is_per_user_and_takes_version_from_outside():
    text = ISS.read_text("utf-8-sig")
    assert re.search(r"^PrivilegesRequired=lowest\s*$", text, re.M)
    assert re.search(r"^AppVersion=\{#AppVersion\}\s*$", text, re.M)
    assert "{autoprograms}" in text  # Start-menu entry
    assert pyproject_version() not in text, "the version must come from pyproject.toml via /DAppVersion"
    assert "#error" in text  # building without /DAppVersion fails instead of guessing


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_icon_pngs_have_the_sizes_their_names_say():
    pngs = sorted(ICONS.glob("thucongvu-*.png"))
    assert len(pngs) >= 6
    for png in pngs:
        size = int(png.stem.split("-")[1])
        assert _png_size(png) == (size, size)


def test_windows_icon_holds_small_and_large_images():
    data = (ICONS / "thucongvu.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = set()
    for i in range(count):
        width, _h, _c, _r, _p, _b, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * i: 22 + 16 * i])
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.add(width or 256)
    assert {16, 32, 48, 256} <= sizes


def test_build_reuses_dist_only_when_newer_than_every_source(tmp_path):
    """--if-stale must never hand the packaging test a bundle older than the code it claims to test."""
    import os

    paths = build.artifact_paths(tmp_path)
    paths["bundle"].mkdir()
    for key in ("tarball", "deb"):
        paths[key].write_bytes(b"x")
    newest = build.sources_mtime()
    for key in paths:
        os.utime(paths[key], (newest + 60, newest + 60))
    assert build.is_fresh(tmp_path)
    os.utime(paths["deb"], (newest - 60, newest - 60))
    assert not build.is_fresh(tmp_path)
    paths["deb"].unlink()
    assert not build.is_fresh(tmp_path)
