"""The navigation areas of the main window, in order.

Each entry names a module with ``create_area(services, parent) -> QWidget``
(see ``thucongvu.ui`` docstring). Titles are Vietnamese source strings,
translated in the ``MainWindow`` context.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AreaSpec:
    key: str
    title: str        # Vietnamese source text (translated at display time)
    module: str       # defines create_area(services, parent)
    icon: str         # QStyle.StandardPixmap name used when no theme icon exists
    theme_icon: str


AREAS = (
    AreaSpec("mail", "Hộp thư", "thucongvu.ui.mail.area", "SP_DirHomeIcon", "mail-message"),
    AreaSpec("directory", "Danh bạ", "thucongvu.ui.directory.area", "SP_FileDialogContentsView", "x-office-address-book"),
    AreaSpec("signatures", "Kiểm tra chữ ký", "thucongvu.ui.signatures.area", "SP_DialogApplyButton", "security-high"),
    AreaSpec("duty", "Sổ & nhắc việc", "thucongvu.ui.duty.area", "SP_FileDialogDetailedView", "x-office-calendar"),
)

# Source strings for pyside6-lupdate (it does not see dataclass arguments).
if False:  # pragma: no cover
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.translate("MainWindow", "Hộp thư")
    QCoreApplication.translate("MainWindow", "Danh bạ")
    QCoreApplication.translate("MainWindow", "Kiểm tra chữ ký")
    QCoreApplication.translate("MainWindow", "Sổ & nhắc việc")
