"""The main window: left navigation of areas, a banner strip, a status bar with sync progress.

Owns only the frame. Each area (mail, directory, signatures) is a widget made
by its feature folder's ``create_area``; an area that defines
``install_actions(window)`` adds its menu actions and shortcuts. Window
geometry, dock state and the current area are kept in ``services.settings``.

Only the area on screen is built before the first paint; the others (whose
imports — pyHanko, holidays, QtCharts — are most of the start-up cost) are
built right after it, or at once when shown or asked for through ``areas``.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (QApplication, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMainWindow,
                               QMessageBox, QProgressBar, QStackedWidget, QStyle, QVBoxLayout, QWidget)

from thucongvu import APP_TITLE, __version__
from thucongvu.ui import i18n
from thucongvu.ui.areas import AREAS, AreaSpec

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    language_requested = Signal(str)   # the user picked another UI language
    add_account_requested = Signal()

    def __init__(self, services, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        services.window = self
        self.setObjectName("mainWindow")
        # Qt appends the application display name (APP_TITLE) to any other title,
        # so the demo window reads "Dữ liệu mẫu — Thư Công Vụ" on screen.
        self.setWindowTitle(self.tr("Dữ liệu mẫu") if services.demo else APP_TITLE)
        self.setWindowIcon(app_icon())
        self._areas: dict[str, QWidget] = {}
        self._pending: dict[str, tuple[AreaSpec, QWidget]] = {}  # key -> (spec, placeholder)
        self._menus_built = False

        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        self.banners = QVBoxLayout()
        self.banners.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(self.banners)
        if services.demo:
            self.add_banner(self._demo_banner())
        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        outer.addLayout(body, 1)
        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(168)
        self.nav.setIconSize(self.nav.iconSize() * 1.5)
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(self)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        first = self._first_area_key()
        for spec in AREAS:
            item = QListWidgetItem(self._area_icon(spec), self.tr(spec.title))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(item.sizeHint().expandedTo(self.nav.iconSize() * 1.6))
            self.nav.addItem(item)
            if spec.key == first:
                self.stack.addWidget(self._build_area(spec))
            else:
                placeholder = QWidget(self)
                self._pending[spec.key] = (spec, placeholder)
                self.stack.addWidget(placeholder)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._build_status()
        self._build_menus()
        self._restore()
        self._after_first_paint = _AfterFirstPaint(self, self.build_pending_areas)

    # -- construction -----------------------------------------------------------
    def _first_area_key(self) -> str:
        key = self.services.settings.value("window/area", "mail")
        return key if key in {spec.key for spec in AREAS} else "mail"

    @property
    def areas(self) -> dict[str, QWidget]:
        """Every area, built if it was still waiting."""
        self.build_pending_areas()
        return self._areas

    def build_pending_areas(self) -> None:
        for key in list(self._pending):
            self._ensure_area(key)

    def _ensure_area(self, key: str) -> QWidget:
        if key in self._pending:
            spec, placeholder = self._pending.pop(key)
            index = self.stack.indexOf(placeholder)
            widget = self._build_area(spec)
            self.stack.insertWidget(index, widget)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            if self._menus_built and hasattr(widget, "install_actions"):
                widget.install_actions(self)
            self.stack.setCurrentIndex(max(self.nav.currentRow(), 0))
        return self._areas[key]

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(AREAS):
            self._ensure_area(AREAS[row].key)
        self.stack.setCurrentIndex(row)

    def _build_area(self, spec: AreaSpec) -> QWidget:
        try:
            widget = importlib.import_module(spec.module).create_area(self.services, self)
        except Exception as exc:  # one broken feature must not take the window down
            log.exception("area %s failed", spec.key)
            from thucongvu.ui.coming import ComingPage

            widget = ComingPage(self.tr(spec.title), self.tr("Không mở được phần này: %1").replace("%1", str(exc)))
        widget.setObjectName(f"area-{spec.key}")
        self._areas[spec.key] = widget
        return widget

    def _area_icon(self, spec: AreaSpec) -> QIcon:
        icon = QIcon.fromTheme(spec.theme_icon)
        if icon.isNull():
            icon = self.style().standardIcon(getattr(QStyle.StandardPixmap, spec.icon))
        return icon

    def _demo_banner(self) -> QLabel:
        label = QLabel(self.tr("Dữ liệu mẫu — đây là hộp thư mẫu để làm quen, không kết nối máy chủ nào. "
                               "Thêm tài khoản thư công vụ của bạn trong menu Tệp."))
        label.setObjectName("demoBanner")
        label.setWordWrap(True)
        label.setStyleSheet("QLabel#demoBanner { background: #fff3cd; color: #5c4400; padding: 6px 10px; "
                            "border-bottom: 1px solid #e0c36a; font-weight: bold; }")
        return label

    def _build_status(self) -> None:
        bar = self.statusBar()
        self.progress = QProgressBar(self)
        self.progress.setObjectName("syncProgress")
        self.progress.setMaximumWidth(220)
        self.progress.setTextVisible(False)
        self.progress.hide()
        bar.addPermanentWidget(self.progress)
        bridge = self.services.bridge
        bridge.sync_started.connect(self._sync_started)
        bridge.sync_progress.connect(self._sync_progress)
        bridge.sync_finished.connect(self._sync_finished)
        bridge.sync_failed.connect(self._sync_failed)
        self.services.tasks.failed.connect(lambda text: bar.showMessage(text, 10000))
        from thucongvu.ui.outboxstatus import OutboxStatus

        self.outbox_status = OutboxStatus(self.services, self)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu(self.tr("&Tệp"))
        self.mail_menu = menu.addMenu(self.tr("&Thư"))
        self.view_menu = menu.addMenu(self.tr("&Xem"))
        help_menu = menu.addMenu(self.tr("Trợ &giúp"))

        add = QAction(self.tr("Thêm tài khoản thư…"), self)
        add.triggered.connect(self.add_account_requested)
        self.file_menu.addAction(add)
        self.file_menu.addSeparator()
        quit_ = QAction(self.tr("Thoát"), self)
        quit_.setShortcut(QKeySequence.StandardKey.Quit)
        quit_.triggered.connect(self.close)
        self.file_menu.addAction(quit_)

        lang_menu = self.view_menu.addMenu(self.tr("Ngôn ngữ"))
        group = QActionGroup(self)
        for code, name in i18n.LANGUAGES.items():
            act = QAction(name, self, checkable=True)
            act.setChecked(code == i18n.current())
            act.setData(code)
            group.addAction(act)
            lang_menu.addAction(act)
        group.triggered.connect(lambda act: self.language_requested.emit(act.data()))
        self.view_menu.addSeparator()
        for i, spec in enumerate(AREAS):
            act = QAction(self.tr(spec.title), self)
            act.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            act.triggered.connect(lambda _=False, k=spec.key: self.show_area(k))
            self.view_menu.addAction(act)

        about = QAction(self.tr("Giới thiệu"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

        for widget in self._areas.values():
            if hasattr(widget, "install_actions"):
                widget.install_actions(self)
        self._menus_built = True

    # -- public -------------------------------------------------------------------
    def add_banner(self, widget: QWidget) -> None:
        """Adds a strip above the areas (the demo label, duty reminders …)."""
        self.banners.addWidget(widget)

    def show_area(self, key: str) -> QWidget:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
        return self._ensure_area(key)

    def current_area(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else "mail"

    # -- sync feedback ----------------------------------------------------------------
    def _sync_started(self, account: str) -> None:
        self.progress.setRange(0, 0)
        self.progress.show()
        self.statusBar().showMessage(self.tr("Đang đồng bộ %1…").replace("%1", account))

    def _sync_progress(self, account: str, text: str, done: int, total: int) -> None:
        self.progress.show()
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        self.statusBar().showMessage(f"{account}: {text}")

    def _sync_finished(self, account: str, result) -> None:
        self.progress.hide()
        self.statusBar().showMessage(self.tr("Đã đồng bộ %1").replace("%1", account), 5000)

    def _sync_failed(self, account: str, message: str) -> None:
        self.progress.hide()
        self.statusBar().showMessage(self.tr("Không đồng bộ được %1: %2").replace("%1", account).replace("%2", message))

    def _about(self) -> None:
        QMessageBox.about(self, APP_TITLE, self.tr(
            "<b>Thư Công Vụ</b> %1<br>Ứng dụng thư điện tử công vụ cho cán bộ, công chức.").replace("%1", __version__))

    # -- state ------------------------------------------------------------------------
    def _restore(self) -> None:
        s = self.services.settings
        geometry = s.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 760)
        state = s.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        key = s.value("window/area", "mail")
        keys = [spec.key for spec in AREAS]
        self.nav.setCurrentRow(keys.index(key) if key in keys else 0)

    def save_state(self) -> None:
        s = self.services.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("window/area", self.current_area())
        for widget in self._areas.values():
            if hasattr(widget, "save_state"):
                widget.save_state(s)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_state()
        super().closeEvent(event)


def app_icon() -> QIcon:
    from thucongvu.resources import resource

    path = resource("icons", "thucongvu.svg")
    if path.exists():
        return QIcon(str(path))
    app = QApplication.instance()
    return app.style().standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon) if app else QIcon()


class _AfterFirstPaint(QObject):
    """Calls ``callback`` once, on the event-loop turn after ``window`` first paints."""

    def __init__(self, window: QWidget, callback):
        super().__init__(window)
        self.window, self.callback = window, callback
        QApplication.instance().installEventFilter(self)

    def eventFilter(self, obj, event):  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and obj.window() is self.window):
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self, self.callback)  # context: dropped if the window is gone
        return False
