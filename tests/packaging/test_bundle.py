"""The Linux package really works: build it, unpack the .deb, start the bundled app under Xvfb, look at it.

Slow: a PyInstaller build takes a minute or two on 2 cores; ``packaging/build.py
--if-stale`` reuses ``dist/`` when nothing it is built from changed since.
The app runs from the unpacked ``.deb`` (``dpkg -x``: the files as they would be
installed, no root needed) with a temporary home and no PYTHONPATH, so it cannot
lean on the source tree.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from tests.support.xdisplay import Xvfb, image_variety, missing_tools

# The first test builds the bundle (about 1 min alone, several on a loaded machine): pytest-timeout
# counts that fixture against the test, so it gets more than the suite-wide 300 s.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1200)]

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import build  # noqa: E402  packaging/build.py

TITLE = "Thư Công Vụ"
DIST = ROOT / "dist"


@pytest.fixture(scope="module")
def artifacts() -> dict[str, Path]:
    started = time.monotonic()
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--if-stale"],
                          capture_output=True, text=True, timeout=900, cwd=ROOT)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-3000:]
    print(f"build.py --if-stale: {time.monotonic() - started:.0f} s\n{proc.stdout}")
    return build.artifact_paths(DIST)


@pytest.fixture(scope="module")
def installed(artifacts, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(artifacts["deb"]), str(root)], check=True)
    return root


def clean_env(tmp: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_", "THUCONGVU_"))}
    env.update(THUCONGVU_HOME=str(tmp / "home"), HOME=str(tmp / "user"), LANG="C.UTF-8")
    return env


def test_deb_lays_out_the_files_a_desktop_expects(installed):
    wrapper = (installed / "usr/bin/thucongvu").read_text()
    assert "exec /opt/thucongvu/thucongvu" in wrapper
    assert os.access(installed / "usr/bin/thucongvu", os.X_OK)
    assert os.access(installed / "opt/thucongvu/thucongvu", os.X_OK)
    assert (installed / f"usr/share/applications/{build.APP_ID}.desktop").is_file()
    assert (installed / f"usr/share/metainfo/{build.APP_ID}.metainfo.xml").is_file()
    assert (installed / f"usr/share/icons/hicolor/256x256/apps/{build.APP_ID}.png").is_file()
    assert (installed / f"usr/share/icons/hicolor/scalable/apps/{build.APP_ID}.svg").is_file()
    internal = installed / "opt/thucongvu/_internal"
    assert (internal / "resources/icons/thucongvu.svg").is_file()
    plugins = internal / "PySide6/Qt/plugins"
    # Vietnamese typing on Linux goes through ibus (ibus-unikey, ibus-bamboo) or fcitx's ibus frontend.
    for plugin in ("platforms/libqxcb.so", "platforms/libqwayland.so", "platforms/libqoffscreen.so",
                   "imageformats/libqsvg.so", "imageformats/libqjpeg.so", "iconengines/libqsvgicon.so",
                   "platforminputcontexts/libibusplatforminputcontextplugin.so"):
        assert (plugins / plugin).is_file(), plugin
    # Kept out on purpose (thucongvu.spec): the virtual keyboard and what only it needed.
    assert not list(plugins.glob("platforminputcontexts/*virtualkeyboard*"))
    assert not list(internal.rglob("libQt6Quick.so*")) and not list(internal.rglob("libQt6Qml.so*"))
    dangling = [p for p in internal.rglob("*") if p.is_symlink() and not p.exists()]
    assert dangling == []


def test_deb_control_carries_pyproject_version(artifacts):
    fields = subprocess.run(["dpkg-deb", "-f", str(artifacts["deb"]), "Package", "Version", "Depends"],
                            capture_output=True, text=True, check=True).stdout
    assert "Package: thucongvu" in fields
    assert f"Version: {build.version()}" in fields
    assert "libxcb-cursor0" in fields


def test_bundled_cli_runs_without_the_source_tree(installed, tmp_path):
    app = installed / "opt/thucongvu/thucongvu"
    proc = subprocess.run([str(app), "--version"], capture_output=True, text=True, env=clean_env(tmp_path),
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == build.version()
    # A bad command: one Vietnamese line on stderr, exit 2, never a traceback (CONTRACTS.md).
    proc = subprocess.run([str(app), "khong-co-lenh-nay"], capture_output=True, text=True, env=clean_env(tmp_path),
                          timeout=60)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr and proc.stderr.strip()


def _has_command(*words: str) -> bool:
    import contextlib
    import io

    from thucongvu.cli import build_parser

    try:
        with contextlib.redirect_stdout(io.StringIO()):
            build_parser().parse_args([*words, "--help"])
    except SystemExit:
        return True  # --help printed: the command exists
    except Exception:
        return False
    return True


def test_bundled_cli_refuses_a_non_gov_identity(installed, tmp_path):
    """Policy code (idna tables included) works frozen: the national rule, exit 3, no connection."""
    app = installed / "opt/thucongvu/thucongvu"
    proc = subprocess.run([str(app), "account", "add", "--email", "canbo@gmail.com", "--imap", "192.0.2.1:993"],
                          capture_output=True, text=True, env=clean_env(tmp_path), timeout=60)
    assert proc.returncode == 3, proc.stderr
    assert "gov.vn" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.skipif(not _has_command("duty", "schedule"), reason="`duty schedule` not on this branch yet")
def test_bundled_cli_knows_vietnamese_holidays(installed, tmp_path):
    """holidays loads its country module by name at run time: the spec must ship it."""
    app = installed / "opt/thucongvu/thucongvu"
    proc = subprocess.run([str(app), "duty", "schedule", "--from", "2026-04-27", "--to", "2026-05-01", "--json"],
                          capture_output=True, text=True, env=clean_env(tmp_path), timeout=60)
    assert proc.returncode == 0, proc.stderr
    days = {row["date"] for row in json.loads(proc.stdout)}
    assert "2026-04-29" in days  # an ordinary Wednesday
    assert not {"2026-04-30", "2026-05-01"} & days  # Reunification Day, Labour Day


def test_tarball_holds_the_same_app(artifacts):
    top = f"thucongvu-{build.version()}"
    with tarfile.open(artifacts["tarball"]) as tar:
        names = set(tar.getnames())
        member = tar.getmember(f"{top}/thucongvu")
    assert member.mode & 0o111
    assert f"{top}/_internal/resources/icons/thucongvu.svg" in names


def test_tarball_user_install_adds_a_valid_menu_entry(artifacts, tmp_path):
    """install-user.sh: a menu entry for one user, no root; --remove takes it away."""
    with tarfile.open(artifacts["tarball"]) as tar:
        tar.extractall(tmp_path, filter="data")
    folder = tmp_path / f"thucongvu-{build.version()}"
    env = dict(os.environ, HOME=str(tmp_path / "user"), XDG_DATA_HOME=str(tmp_path / "user/.local/share"))
    subprocess.run([str(folder / "install-user.sh")], check=True, env=env, capture_output=True)
    data = tmp_path / "user/.local/share"
    entry = data / f"applications/{build.APP_ID}.desktop"
    text = entry.read_text("utf-8")
    assert f'Exec="{folder}/thucongvu"' in text and "Name=Thư Công Vụ" in text
    assert (data / f"icons/hicolor/48x48/apps/{build.APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert check.returncode == 0, check.stdout
    subprocess.run([str(folder / "install-user.sh"), "--remove"], check=True, env=env, capture_output=True)
    assert not entry.exists()
    assert not list(data.rglob(f"{build.APP_ID}.*"))


@pytest.mark.skipif(bool(missing_tools()), reason=f"needs {missing_tools()}: ensure-debian-packages.sh screen")
def test_bundled_app_opens_the_vietnamese_main_window(installed, tmp_path):
    app = installed / "opt/thucongvu/thucongvu"
    shot = tmp_path / "bundle-main-window.png"
    with Xvfb() as x:
        env = x.env(clean_env(tmp_path))
        proc = subprocess.Popen([str(app)], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            window = x.wait_for_window(TITLE, timeout=60, proc=proc, min_size=300)
            assert window is not None, f"no '{TITLE}' window; exit {proc.poll()}: {proc.communicate(timeout=5)[1][-2000:] if proc.poll() is not None else ''}"
            assert TITLE in x.property(window.wid, "_NET_WM_NAME")
            # The window is mapped before its first paint: look until it shows something.
            deadline, variety = time.monotonic() + 20, (0, 1.0)
            while time.monotonic() < deadline:
                x.screenshot(shot, window.wid)
                variety = image_variety(shot)
                if variety[0] >= 16 and variety[1] < 0.9:
                    break
                time.sleep(0.5)
            colours, dominant = variety
            assert colours >= 16 and dominant < 0.9, f"window looks blank: {colours} colours, {dominant:.0%} one colour"
            assert proc.poll() is None, "the app died while being looked at"
        finally:
            proc.terminate()
            try:
                proc.wait(15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    keep = ROOT / "screenshots"
    keep.mkdir(exist_ok=True)
    (keep / shot.name).write_bytes(shot.read_bytes())  # for a human to look at (git-ignored)


def test_every_bundled_library_finds_its_dependencies(installed):
    """After pruning, no library lacks another, except the few the .deb declares from the system."""
    internal = installed / "opt/thucongvu/_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=str(internal))  # as the bootloader sets it
    missing: dict[str, set[str]] = {}
    libraries = [p for p in internal.rglob("*.so*") if p.is_file() and not p.is_symlink()]
    assert len(libraries) > 30
    for lib in libraries:
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env).stdout
        for line in out.splitlines():
            if "not found" in line:
                missing.setdefault(line.split()[0], set()).add(lib.name)
    unexpected = {name: libs for name, libs in missing.items() if name not in build.SYSTEM_LIBS}
    assert unexpected == {}
    depends = build.DEB_DEPENDS
    assert all(build.SYSTEM_LIBS[name] in depends for name in missing)
