"""Tray icon with the unread count, and a desktop notification when new mail arrives.

Counts come from ``services.mailbox.unread_total()`` (a cheap COUNT), refreshed
on the bridge's coarse events, never by polling.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, Qt
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon


class Tray(QObject):
    def __init__(self, services, parent: QObject | None = None):
        super().__init__(parent)
        self.services = services
        self.window = None
        self.unread = 0
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.show_action = QAction(self.tr("Mở Thư Công Vụ"), self)
        self.show_action.triggered.connect(self._raise_window)
        self.menu.addAction(self.show_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(lambda reason: self._raise_window()
                                    if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        bridge = services.bridge
        bridge.new_mail.connect(self.notify_new_mail)
        bridge.folder_did_sync.connect(lambda *a: self.refresh())
        bridge.flags_changed.connect(lambda *a: self.refresh())
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def attach(self, window) -> None:
        self.window = window
        self.refresh()

    def refresh(self) -> None:
        try:
            self.unread = self.services.mailbox.unread_total()
        except Exception:  # the store is closing
            return
        base = self.window.windowIcon() if self.window is not None else QIcon()
        self.icon.setIcon(badge_icon(base, self.unread))
        self.icon.setToolTip(self.tr("Thư Công Vụ — %n thư chưa đọc", "", self.unread))

    def notify_new_mail(self, account: str, count: int) -> None:
        self.refresh()
        if count <= 0:
            return
        title = self.tr("Thư mới")
        text = self.tr("%n thư mới trong %1", "", count).replace("%1", account)
        if self.icon.isVisible() and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 8000)
        self.last_notification = (title, text)

    def _raise_window(self) -> None:
        if self.window is not None:
            self.window.showNormal()
            self.window.raise_()
            self.window.activateWindow()

    def hide(self) -> None:
        self.icon.hide()


def badge_icon(base: QIcon, count: int) -> QIcon:
    """The app icon with a red unread count in the corner."""
    pixmap = base.pixmap(64, 64) if not base.isNull() else QPixmap(64, 64)
    if base.isNull():
        pixmap.fill(QColor("#1f5fa8"))
    if count > 0:
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(QColor("#d32f2f"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(26, 0, 38, 38)
        painter.setPen(QColor("white"))
        font = QFont()
        font.setBold(True)
        font.setPixelSize(22 if count < 100 else 15)
        painter.setFont(font)
        painter.drawText(QRect(26, 0, 38, 38), Qt.AlignmentFlag.AlignCenter, str(count) if count < 1000 else "999+")
        painter.end()
    return QIcon(pixmap)
