"""Asks for the credential vault's passphrase when no OS keyring exists (GUI thread only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit


def ask_passphrase(creating: bool) -> str | None:
    if QApplication.instance() is None:
        return None
    prompt = (QCoreApplication.translate("Passphrase", "Đặt mật khẩu cho kho khóa (giữ mật khẩu thư của bạn, được mã hóa):") if creating
              else QCoreApplication.translate("Passphrase", "Mật khẩu kho khóa:"))
    text, ok = QInputDialog.getText(None, QCoreApplication.translate("Passphrase", "Kho khóa"), prompt, QLineEdit.EchoMode.Password)
    return text if ok and text else None
