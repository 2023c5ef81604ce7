"""The reminder banner and its controller: ask the DutyService when to wake, show, snooze, fulfil.

No timers in the domain: the controller arms one single-shot QTimer for
``next_wakeup`` and ticks every minute as well, so a wall-clock jump (sleep /
wake) is noticed within a minute; the engine then offers only the current
reminder. Sync results and opening the unit mailbox's folder are reported to
the engine (``mark_synced`` / ``mark_opened``), which decides fulfilment.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from thucongvu.duty.schedule import VIETNAM_TZ

TICK_MS = 60_000


class ReminderBanner(QWidget):
    open_requested = Signal()
    snooze_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("dutyBanner")
        self.setStyleSheet("QWidget#dutyBanner { background: #e3f0ff; border-bottom: 1px solid #8fb3e0; }")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        self.label = QLabel(self)
        self.label.setObjectName("dutyBannerText")
        self.label.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Mở hộp thư đơn vị"), self)
        self.open_button.setObjectName("dutyOpenUnit")
        self.snooze10 = QPushButton(self.tr("Nhắc lại sau 10 phút"), self)
        self.snooze30 = QPushButton(self.tr("Nhắc lại sau 30 phút"), self)
        layout.addWidget(self.label, 1)
        for button in (self.open_button, self.snooze10, self.snooze30):
            layout.addWidget(button)
        self.open_button.clicked.connect(self.open_requested)
        self.snooze10.clicked.connect(lambda: self.snooze_requested.emit(10))
        self.snooze30.clicked.connect(lambda: self.snooze_requested.emit(30))
        self.hide()

    def show_reminder(self, reminder) -> None:
        slot = reminder.slot
        self.label.setText(self.tr("Đã đến giờ kiểm tra hộp thư đơn vị và hộp thư cá nhân (%1, %2).")
                           .replace("%1", slot.label).replace("%2", f"{slot.at:%H:%M}"))
        self.show()


class ReminderController(QObject):
    """Owns the banner; ``check()`` is the single place that asks the engine."""

    notify = Signal(str, str)  # title, text: for the tray, once per reminder

    def __init__(self, services, duty, banner: ReminderBanner, clock=None, parent=None):
        super().__init__(parent)
        self.services = services
        self.duty = duty
        self.banner = banner
        self.clock = clock or (lambda: dt.datetime.now(VIETNAM_TZ))
        self.current = None
        self._wake = QTimer(self, singleShot=True)
        self._wake.timeout.connect(self.check)
        self._tick = QTimer(self, interval=TICK_MS)
        self._tick.timeout.connect(self.check)
        banner.open_requested.connect(self.open_unit_mailbox)
        banner.snooze_requested.connect(self.snooze)
        services.bridge.sync_finished.connect(self._synced)

    def start(self) -> None:
        self._tick.start()
        self.check()  # at app start: a reminder missed earlier in this session is due now

    def stop(self) -> None:
        self._tick.stop()
        self._wake.stop()

    def check(self) -> None:
        now = self.clock()
        self.services.tasks.run(lambda: (self.duty.due(now), self.duty.next_wakeup(now)),
                                on_done=self._show, lane="db")

    def _show(self, result) -> None:
        reminder, wakeup = result
        self.current = reminder
        if reminder is None:
            self.banner.hide()
        else:
            self.banner.show_reminder(reminder)
            if reminder.first_time:
                self.notify.emit(self.tr("Kiểm tra hộp thư đơn vị"), reminder.message)
                self.services.events.publish("reminder_due", reminder)
        if wakeup is not None:
            ms = max(1000, int((wakeup - self.clock()).total_seconds() * 1000) + 500)
            self._wake.start(min(ms, TICK_MS * 60))

    def snooze(self, minutes: int) -> None:
        if self.current is None:
            return
        reminder = self.current
        self.banner.hide()
        self.services.tasks.run(self.duty.snooze, reminder, minutes, on_done=lambda _: self.check(), lane="db")

    def open_unit_mailbox(self) -> None:
        """Show the unit inbox, count it as opened, and sync it (the sync result completes the check)."""
        def locate():
            return self.duty.unit_inbox_folder()

        def opened(found) -> None:
            if found is None:
                return
            account, folder_id = found
            window = self.services.window
            if window is not None:
                area = window.show_area("mail")
                if hasattr(area, "select_folder"):
                    area.select_folder(folder_id)
            self.folder_opened(folder_id)
            sync = getattr(self.services, "sync", None)
            if sync is not None:
                sync.sync_now(account)

        self.services.tasks.run(locate, on_done=opened, lane="db")

    def folder_opened(self, folder_id: int) -> None:
        now = self.clock()

        def mark():
            account = self.duty.account_of_folder(folder_id)
            if account in self.duty.unit_addresses():
                self.duty.mark_opened(account, now)

        self.services.tasks.run(mark, on_done=lambda _: self.check(), lane="db")

    def _synced(self, account: str, _result) -> None:
        now = self.clock()
        self.services.tasks.run(self.duty.mark_synced, account, now, on_done=lambda _: self.check(), lane="db")
