"""The "Sổ & nhắc việc" area: register, check log and report tabs; starts the reminder banner.

Builds its own DutyService (own SQLite connection, used on the "db" lane)
and installs the reminder banner above the areas (``window.add_banner``).
The tray gets a notification once per reminder through ``controller.notify``
and the ``reminder_due`` event.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from thucongvu.ui.duty.reminder import ReminderBanner, ReminderController
from thucongvu.ui.duty.report_view import ReportPage
from thucongvu.ui.duty.views import ChecksPage, RegisterPage


def create_area(services, parent=None, *, clock=None) -> QWidget:
    return DutyArea(services, parent, clock=clock)


class DutyArea(QWidget):
    def __init__(self, services, parent=None, *, clock=None, duty=None):
        super().__init__(parent)
        from thucongvu.services.duty import DutyService

        self.services = services
        clock = clock or getattr(services, "duty_clock", None)  # tests inject a controllable clock
        self.duty = duty or DutyService.from_services(services, **({"clock": clock} if clock else {}))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("dutyTabs")
        self.register_page = RegisterPage(services, self.duty, self)
        self.checks_page = ChecksPage(services, self.duty, self)
        self.report_page = ReportPage(services, self.duty, self)
        self.tabs.addTab(self.register_page, self.tr("Sổ văn bản đến"))
        self.tabs.addTab(self.checks_page, self.tr("Nhật ký kiểm tra hộp thư"))
        self.tabs.addTab(self.report_page, self.tr("Báo cáo sử dụng"))
        layout.addWidget(self.tabs)
        try:
            self.tabs.setCurrentIndex(int(services.settings.value("duty/tab", 0)))
        except (TypeError, ValueError):
            pass

        self.banner = ReminderBanner()
        self.reminders = ReminderController(services, self.duty, self.banner, clock=clock, parent=self)
        self.reminders.notify.connect(self._notify_tray)
        window = services.window
        if window is not None:
            window.add_banner(self.banner)
            mail = window.areas.get("mail")
            if mail is not None and hasattr(mail, "folders"):  # opening the unit inbox by hand counts too
                mail.folders.selectionModel().currentChanged.connect(self._folder_changed)
        if not services.demo:
            self.reminders.start()

    def _folder_changed(self, current, _previous) -> None:
        from thucongvu.ui.mail.folders import FOLDER_ID_ROLE

        folder_id = current.data(FOLDER_ID_ROLE) if current.isValid() else None
        if folder_id is not None:
            self.reminders.folder_opened(folder_id)

    def _notify_tray(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QApplication, QSystemTrayIcon

        for tray in QApplication.instance().findChildren(QSystemTrayIcon):
            if tray.isVisible() and QSystemTrayIcon.supportsMessages():
                tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15000)
        self.last_notification = (title, text)

    def save_state(self, settings) -> None:
        settings.setValue("duty/tab", self.tabs.currentIndex())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.reminders.stop()
        super().closeEvent(event)
