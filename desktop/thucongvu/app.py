"""Composition root of the window: builds the services, the QApplication, the translation and the window.

With no account (or ``thucongvu --demo``) the window opens on the built-in
demo store (Dữ liệu mẫu). When no display can be opened the user gets one
line, not Qt's abort. Everything Qt is imported inside ``main`` so the CLI
never pays for it.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

EXIT_NO_DISPLAY = 1


def _parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="thucongvu", add_help=False)
    parser.add_argument("--home")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--lang", choices=("vi", "en"))
    args, _ = parser.parse_known_args(argv)
    return args


def display_available() -> bool:
    """Whether Qt can open a window here (Linux without X11/Wayland cannot; offscreen can)."""
    if sys.platform.startswith("win") or sys.platform == "darwin":
        return True
    if os.environ.get("QT_QPA_PLATFORM", "").split(":")[0] in ("offscreen", "minimal", "vnc", "eglfs", "linuxfb"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: list[str] | None = None) -> int:
    from thucongvu.errors import prefers_english

    args = _parse(list(sys.argv[1:] if argv is None else argv))
    if not display_available():
        print("Không mở được cửa sổ: không có màn hình (DISPLAY). Dùng các lệnh dòng lệnh, xem 'thucongvu --help'."
              if not prefers_english() else
              "Cannot open the window: no display (DISPLAY). Use the command line, see 'thucongvu --help'.",
              file=sys.stderr)
        return EXIT_NO_DISPLAY
    from thucongvu import paths

    home = paths.home_dir(args.home)
    app = make_application()
    controller = AppController(app, home, demo=args.demo, lang=args.lang)
    controller.start()
    from thucongvu.ui import startup_probe

    startup_probe.install(app, controller.window)  # benchmarks only: THUCONGVU_EXIT_AFTER_PAINT=1
    code = app.exec()
    controller.shutdown()
    return code


def make_application():
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication

    from thucongvu import APP_NAME, APP_TITLE, __version__

    app = QApplication.instance()
    if app is None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_TITLE)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("vn.gov.thucongvu")  # packaging/linux/vn.gov.thucongvu.desktop
    app.setQuitOnLastWindowClosed(True)
    if sys.platform.startswith("linux"):
        app.setStyle("Fusion")
    from thucongvu.ui import palette

    palette.apply(app)  # the system's light or dark scheme, followed while running
    return app


class AppController:
    """Holds the services and the window; rebuilds the window when the language changes."""

    def __init__(self, app, home: Path, *, demo: bool = False, lang: str | None = None, tasks=None):
        self.app = app
        self.home = home
        self.demo_requested = demo
        self.lang = lang
        self.tasks = tasks
        self.services = None
        self.window = None
        self.sync = None
        self.tray = None

    def start(self) -> None:
        from thucongvu import services as services_mod
        from thucongvu.ui import i18n
        from thucongvu.ui.context import UiServices

        demo = self.demo_requested or not services_mod.has_accounts(self.home)
        domain = services_mod.build(self.home, demo=demo, ask_passphrase=self._ask_passphrase)
        self.services = UiServices(domain, tasks=self.tasks)
        lang = self.lang or self.services.settings.value("ui/language") or i18n.default_language()
        i18n.install(self.app, lang)
        self._build_window()
        if not demo and domain.mail is not None:
            self._unlock_credentials(domain)
            self._restart_sync()

    def _build_window(self) -> None:
        from thucongvu.ui.mainwindow import MainWindow
        from thucongvu.ui.tray import Tray

        self.window = MainWindow(self.services)
        self.window.language_requested.connect(self.switch_language)
        self.window.add_account_requested.connect(self.add_account)
        if self.tray is None:
            self.tray = Tray(self.services, self.app)
        self.tray.attach(self.window)
        self.window.show()

    def switch_language(self, lang: str) -> None:
        from thucongvu.ui import i18n

        self.services.settings.setValue("ui/language", lang)
        i18n.install(self.app, lang)
        old = self.window
        old.save_state()
        self._build_window()
        old.hide()
        old.deleteLater()

    def add_account(self) -> None:
        from thucongvu.ui.accounts.wizard import AccountWizard

        wizard = AccountWizard(self.services, self.window)
        if not wizard.exec():
            return
        if self.services.demo:
            self.restart_on_real_store()
        else:
            self._restart_sync()

    def _restart_sync(self) -> None:
        from thucongvu.services.background import BackgroundSync

        if self.sync is not None:
            self.sync.stop()
        domain = self.services.domain
        self.sync = BackgroundSync(domain.mail, domain.events, [a.email for a in domain.accounts.all()])
        self.services.sync = self.sync
        self.sync.start()

    def _unlock_credentials(self, domain) -> None:
        """Asks for the vault passphrase here, on the GUI thread, not from a sync thread."""
        accounts = domain.accounts.all()
        if accounts:
            try:
                domain.credentials.get_password(accounts[0].email)
            except Exception:  # a refused passphrase: sync will report the missing password
                pass

    def restart_on_real_store(self) -> None:
        """After the first account is added, leave the demo store for the real one."""
        old_window, old_services = self.window, self.services
        old_window.save_state()
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        self.demo_requested = False
        old_services.close()
        self.services = None
        self.start()
        old_window.hide()
        old_window.deleteLater()

    def _ask_passphrase(self, creating: bool):
        from thucongvu.ui.passphrase import ask_passphrase

        return ask_passphrase(creating)

    def shutdown(self) -> None:
        if self.window is not None:
            self.window.hide()  # no more paints reading a store that is about to close
        if self.sync is not None:
            self.sync.stop()
        if self.tray is not None:
            self.tray.hide()
        if self.services is not None:
            self.services.close()
            self.services.domain.close()
