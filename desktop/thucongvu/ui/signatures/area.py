"""Kiểm tra chữ ký area: an honest placeholder until verification lands (issue 5).

The signatures helper replaces this module's ``create_area``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from thucongvu.ui.coming import ComingPage


def create_area(services, parent: QWidget | None = None) -> QWidget:
    return ComingPage(
        QCoreApplication.translate("SignaturesArea", "Kiểm tra chữ ký số"),
        QCoreApplication.translate("SignaturesArea", "Kéo thả một tệp PDF đã ký, một thư S/MIME hoặc một chữ ký rời (.p7s) để biết văn bản có "
           "nguyên vẹn không và do ai ký. Tính năng này đang được xây dựng."),
        parent,
    )
