"""The look of a leader's read-only view of the unit mailbox: a padlock icon and the strip above the list.

Issue 6: the documentation officer keeps the unit mailbox; a leader reads it
without moving, deleting or flagging. The window disables those actions
(``ui/mail/actions.py``), the services refuse them (``duty.roles``); this
module only says so on screen, quietly. The padlock is drawn, not taken from
an icon theme, so it looks the same on Windows, Linux and offscreen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel

_INK = "#1f3b63"


def lock_pixmap(size: int = 16, color: str = _INK) -> QPixmap:
    """A small padlock: body and shackle."""
    pix = QPixmap(size * 2, size * 2)  # drawn at 2x, scaled by Qt on low-dpi screens
    pix.setDevicePixelRatio(2.0)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = float(size)
    pen = QPen(QColor(color), max(1.5, s / 8))
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    shackle = QPainterPath()
    shackle.moveTo(s * 0.32, s * 0.48)
    shackle.lineTo(s * 0.32, s * 0.32)
    shackle.arcTo(QRectF(s * 0.32, s * 0.12, s * 0.36, s * 0.36), 180, -180)
    shackle.lineTo(s * 0.68, s * 0.48)
    p.drawPath(shackle)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(color))
    p.drawRoundedRect(QRectF(s * 0.2, s * 0.46, s * 0.6, s * 0.44), s * 0.08, s * 0.08)
    p.setBrush(QColor("white"))
    p.drawEllipse(QRectF(s * 0.45, s * 0.58, s * 0.1, s * 0.12))
    p.end()
    return pix


def lock_icon() -> QIcon:
    return QIcon(lock_pixmap(16))


class ReadOnlyBanner(QFrame):
    """« Chỉ đọc — hộp thư đơn vị (lãnh đạo) » with one line on what still works."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("readOnlyBanner")
        self.setStyleSheet("QFrame#readOnlyBanner { background: #e8f0fb; border: 1px solid #b7c9e2; "
                           "border-radius: 3px; } QFrame#readOnlyBanner QLabel { color: %s; }" % _INK)
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 3, 6, 3)
        icon = QLabel(self)
        icon.setPixmap(lock_pixmap(16))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.title = self.tr("Chỉ đọc — hộp thư đơn vị (lãnh đạo)")
        self.text = QLabel(self)
        self.text.setObjectName("readOnlyText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setText(f"<b>{self.title}</b> · " + self.tr(
            "Đọc, tìm, mở tệp, kiểm tra chữ ký, trả lời và chuyển tiếp được; không xóa, di chuyển hay gắn cờ. "
            "Trạng thái «đã đọc» chỉ lưu trên máy này, không đổi trên máy chủ của văn thư."))
        row.addWidget(icon)
        row.addWidget(self.text, 1)
        self.hide()


class DeleteKeyGuard(QObject):
    """On the message list of a read-only folder, Delete (and Backspace) only show the area's hint.

    The Delete action is disabled there already; without this the key would
    silently do nothing and the user would not know why.
    """

    def __init__(self, area):
        super().__init__(area)
        self.area = area
        area.list.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (self.area.read_only and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.area.hint_read_only()
            return True
        return False
