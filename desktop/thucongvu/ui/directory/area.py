"""Danh bạ area: an honest placeholder until the directory feature lands (issue 4).

The directory helper replaces this module's ``create_area``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from thucongvu.ui.coming import ComingPage


def create_area(services, parent: QWidget | None = None) -> QWidget:
    return ComingPage(
        QCoreApplication.translate("DirectoryArea", "Danh bạ thư điện tử của tỉnh"),
        QCoreApplication.translate("DirectoryArea", "Tìm đơn vị, cán bộ và hộp thư đơn vị không cần gõ dấu; chuyển khối \"Nơi nhận\" "
           "của văn bản thành danh sách người nhận. Tính năng này đang được xây dựng."),
        parent,
    )
