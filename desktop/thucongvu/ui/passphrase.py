"""Asks for the credential vault's passphrase when no OS keyring exists (GUI thread only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit


def ask_passphrase(creating: bool) -> str | None:
    if QApplication.instance() is None:
        return None
    tr = lambda s: QCoreApplication.translate("Passphrase", s)  # noqa: E731
    prompt = (tr("Đặt mật khẩu cho kho khóa (giữ mật khẩu thư của bạn, được mã hóa):") if creating
              else tr("Mật khẩu kho khóa:"))
    text, ok = QInputDialog.getText(None, tr("Kho khóa"), prompt, QLineEdit.EchoMode.Password)
    return text if ok and text else None
