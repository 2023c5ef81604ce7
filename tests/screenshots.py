#!/usr/bin/env python3
"""``make screenshots``: PNGs of the main views, drawn on the demo store under Xvfb.

Starts Xvfb itself (``xvfb-run``) unless a display is already set, opens the
window on a fresh demo home, and writes ``QWidget.grab()`` images into the
folder given (default ``screenshots/``): the mail area with a signed
invitation, a message with blocked remote content, the plain-text view, a
search without diacritics, a reply, the compose guards (secrecy marking,
outside recipient), the directory and signature areas, the account wizard and
its refusal of a non-.gov.vn address, a leader's read-only view of the unit mailbox, and the English
window.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "desktop"))


def _reexec_under_xvfb(out: Path) -> int:
    if not shutil.which("xvfb-run"):
        print("xvfb-run không có; dùng nền offscreen", file=sys.stderr)
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return -1
    env = dict(os.environ, THUCONGVU_UNDER_XVFB="1")
    env.pop("QT_QPA_PLATFORM", None)
    cmd = ["xvfb-run", "-a", "-s", "-screen 0 1400x900x24", sys.executable, __file__, str(out)]
    return subprocess.call(cmd, env=env)


def _leader_view(services, area, select, save, window) -> None:
    """The unit mailbox as a leader sees it (issue 6.3): lock in the tree, the read-only strip, Delete greyed."""
    def role(value: str) -> None:
        conn = services.connect()
        try:
            conn.execute("UPDATE accounts SET role = ? WHERE unit_mailbox = 1", (value,))
            conn.commit()
        finally:
            conn.close()
        area.folder_model.refresh(force=True)
        area.folders.expandAll()
        area.open_unit_mailbox()

    role("leader")
    select("Giấy mời")
    save(window, "12-lanh-dao-chi-doc")
    role("owner")


def shoot(out: Path) -> list[Path]:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from thucongvu.app import AppController, make_application
    from thucongvu.ui.tasks import Tasks

    out.mkdir(parents=True, exist_ok=True)
    home = Path(tempfile.mkdtemp(prefix="tcv-shots-"))
    os.environ["THUCONGVU_HOME"] = str(home)
    os.environ.setdefault("THUCONGVU_KEYRING", "vault")
    os.environ.setdefault("THUCONGVU_VAULT_PASSPHRASE", "anh-chup-man-hinh")
    app = make_application()
    controller = AppController(app, home, demo=True, lang="vi", tasks=Tasks.inline())
    controller.start()
    written: list[Path] = []

    def settle(ms: int = 150) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def save(widget, name: str) -> None:
        settle()
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    window = controller.window
    window.resize(1280, 800)
    area = window.show_area("mail")

    def select(fragment: str) -> None:
        for row in range(area.model.rowCount()):
            if fragment in (area.model.message(row).subject or ""):
                area.list.selectRow(row)
                return

    select("Giấy mời")  # the signed invitation with its PDF
    save(window, "01-hop-thu")
    select("số hóa")  # HTML with remote content blocked
    save(window, "02-noi-dung-tu-xa-bi-chan")
    area.reader.plain_toggle.setChecked(True)
    save(window, "03-van-ban-thuan")
    area.reader.plain_toggle.setChecked(False)
    area.search.setText("quyet dinh")  # diacritic-insensitive quick search
    area._apply_search()
    save(window, "04-tim-kiem-khong-dau")
    area.search.setText("")
    area._apply_search()
    select("Giấy mời")
    compose = area.open_compose("reply")
    if compose is not None:
        compose.resize(900, 640)
        save(compose, "05-soan-thu-tra-loi")
        compose.close()
    guarded = area.open_compose("new")
    guarded.resize(900, 640)
    guarded.to.setText("snv@gialai.gov.vn, Trần Văn Bình <tranvanbinh1980@gmail.com>")
    guarded.subject.setText("Báo cáo tình hình an ninh (MẬT)")
    guarded.body.setPlainText("Kính gửi Sở Nội vụ,\n\nSở gửi kèm báo cáo.")
    save(guarded, "05b-chan-van-ban-mat")
    guarded.close()
    window.show_area("directory")
    save(window, "06-danh-ba")
    window.show_area("signatures")
    save(window, "07-kiem-tra-chu-ky")
    duty = window.show_area("duty")
    save(window, "10-so-van-ban-den")
    duty.tabs.setCurrentWidget(duty.report_page)
    save(window, "11-bao-cao-su-dung")
    area = window.show_area("mail")
    _leader_view(controller.services, area, select, save, window)
    try:
        from thucongvu.ui.accounts.wizard import AccountWizard

        wizard = AccountWizard(controller.services, window)
        wizard.resize(640, 460)
        wizard.show()
        save(wizard, "08-them-tai-khoan")
        wizard.email.setText("vanthu.sotttt@gmail.com")
        wizard.password.setText("mat-khau")
        wizard.start()
        save(wizard, "08b-tu-choi-dia-chi-ngoai-gov")
        wizard.close()
    except ImportError:
        pass
    controller.switch_language("en")
    controller.window.resize(1280, 800)
    save(controller.window, "09-english")
    controller.switch_language("vi")
    controller.shutdown()
    QApplication.processEvents()
    return written


def main(argv: list[str]) -> int:
    out = Path(argv[1] if len(argv) > 1 else "screenshots").resolve()
    if not os.environ.get("DISPLAY") and not os.environ.get("THUCONGVU_UNDER_XVFB") \
            and os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        code = _reexec_under_xvfb(out)
        if code >= 0:
            return code
    for path in shoot(out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
