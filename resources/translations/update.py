"""Refresh the English translation after UI strings change.

Vietnamese is the source language of every UI string; ``thucongvu_en.ts`` is
the one place English lives (edit it by hand or with Qt Linguist). This runs
``pyside6-lupdate`` over ``desktop/thucongvu/ui``, keeps every translation the
file already has (matched by context and source, else by source alone), lists
what still lacks English, and compiles the ``.qm`` with ``pyside6-lrelease``:

    .venv/bin/python resources/translations/update.py

tests/ui/test_i18n.py fails when a UI string has no English.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
TS = HERE / "thucongvu_en.ts"
UNFINISHED = ("unfinished", "obsolete", "vanished")


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def _has_text(translation: ET.Element) -> bool:
    return bool((translation.text or "").strip()) or any((f.text or "").strip() for f in translation.iter("numerusform"))


def known_translations(ts: Path) -> tuple[dict, dict]:
    by_context, by_source = {}, {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in UNFINISHED or not _has_text(translation):
                continue
            source = message.findtext("source")
            by_context[(name, source)] = translation
            by_source.setdefault(source, translation)
    return by_context, by_source


def main() -> int:
    by_context, by_source = known_translations(TS) if TS.exists() else ({}, {})
    sources = sorted(str(p) for p in (ROOT / "desktop" / "thucongvu" / "ui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        subprocess.run([_tool("pyside6-lupdate"), *sources, "-source-language", "vi_VN", "-target-language", "en_GB",
                        "-ts", str(fresh)], check=True, capture_output=True)
        tree = ET.parse(fresh)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            known = by_context.get((name, source))
            if known is None:
                known = by_source.get(source)
            if known is None:
                missing.append(f"{name}: {source}")
                continue
            message.remove(message.find("translation"))
            message.append(known)
    ET.indent(tree, space="    ")
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(TS.with_suffix(".qm"))], check=True)
    if missing:
        print("Chưa có bản dịch tiếng Anh (missing English):", *missing, sep="\n  ")
        return 1
    print(f"{TS.name}: every UI string has English")
    return 0


if __name__ == "__main__":
    sys.exit(main())
