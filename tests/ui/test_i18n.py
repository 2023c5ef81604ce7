"""Vietnamese is the source language; English comes from the compiled .ts and can be switched."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def english(qapp):
    from thucongvu.ui import i18n

    assert i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "vi")


def _messages(path: Path, finished_only: bool = False) -> set[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    out = set()
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            kind = m.find("translation").get("type")
            if finished_only and kind in ("unfinished", "obsolete", "vanished"):
                continue
            out.add((name, m.findtext("source")))
    return out


def test_every_ui_string_has_an_english_translation(tmp_path):
    """pyside6-lupdate over the UI sources finds no string the committed .ts does not translate."""
    import subprocess
    import sys

    from thucongvu.resources import resource
    from thucongvu.ui import i18n

    ui = Path(i18n.__file__).parent
    fresh = tmp_path / "fresh.ts"
    tool = str(Path(sys.executable).with_name("pyside6-lupdate"))
    subprocess.run([tool, *map(str, sorted(ui.rglob("*.py"))), "-ts", str(fresh)], check=True, capture_output=True)
    missing = _messages(fresh) - _messages(resource("translations", "thucongvu_en.ts"), finished_only=True)
    assert sorted(missing) == []


def test_lrelease_builds_the_qm(tmp_path, monkeypatch):
    import shutil

    from thucongvu.resources import resource
    from thucongvu.ui import i18n

    (tmp_path / "translations").mkdir()
    shutil.copy(resource("translations", "thucongvu_en.ts"), tmp_path / "translations" / "thucongvu_en.ts")
    monkeypatch.setenv("THUCONGVU_RESOURCES", str(tmp_path))
    i18n.compile_translations()
    qm = Path(tmp_path / "translations" / "thucongvu_en.qm")
    assert qm.exists() and qm.stat().st_size > 1000


def test_window_in_english(demo_services, qtbot, english):
    from PySide6.QtCore import Qt

    from thucongvu.ui.mail.listmodel import Column
    from thucongvu.ui.mainwindow import MainWindow

    window = MainWindow(demo_services)
    qtbot.addWidget(window)
    assert [window.nav.item(i).text() for i in range(3)] == ["Mail", "Directory", "Signatures"]
    assert window.windowTitle() == "Sample data"
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Message", "&View", "&Help"]
    area = window.areas["mail"]
    assert area.model.headerData(Column.Subject, Qt.Orientation.Horizontal) == "Subject"
    inbox = area.folder_model.index(0, 0, area.folder_model.index(0, 0))
    assert inbox.data().startswith("Inbox")
    assert area.search.placeholderText() == "Search mail (diacritics optional)…"


def test_switching_language_rebuilds_the_window(qapp, home, qtbot):
    from thucongvu.app import AppController
    from thucongvu.ui import i18n
    from thucongvu.ui.tasks import Tasks

    controller = AppController(qapp, home, demo=True, lang="vi", tasks=Tasks.inline())
    controller.start()
    try:
        assert controller.window.nav.item(0).text() == "Hộp thư"
        controller.switch_language("en")
        assert controller.window.nav.item(0).text() == "Mail"
        assert controller.services.settings.value("ui/language") == "en"
        controller.switch_language("vi")
        assert controller.window.nav.item(0).text() == "Hộp thư"
    finally:
        controller.window.close()
        controller.shutdown()
        i18n.install(qapp, "vi")
