"""The domain never imports Qt: only thucongvu.ui may (DEVELOPERS.md)."""

import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "desktop" / "thucongvu"
QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6")


def _imports(path: Path):
    tree = ast.parse(path.read_text("utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_only_ui_imports_qt():
    offenders = []
    for path in PKG.rglob("*.py"):
        rel = path.relative_to(PKG)
        if rel.parts[0] == "ui" or rel.name == "app.py":
            continue
        for name in _imports(path):
            if name.split(".")[0] in QT:
                offenders.append(f"{rel}: {name}")
    assert offenders == []


def test_cli_start_imports_no_heavy_modules():
    """Building the parser must not pull in Qt, pyHanko or openpyxl (start-up time)."""
    import subprocess
    import sys

    code = (
        "import sys; from thucongvu.cli import build_parser; build_parser();"
        "heavy=[m for m in ('PySide6','pyhanko','openpyxl','ldap3','imapclient') if m in sys.modules];"
        "print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env={"PYTHONPATH": str(PKG.parent)}, check=True)
    assert out.stdout.strip() == ""
