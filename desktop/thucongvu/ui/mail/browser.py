"""A QTextBrowser that never touches the network or the disk on its own.

``loadResource`` answers only ``data:`` URLs and images the reader fetched
off-thread after the user asked ("Tải nội dung từ xa"); every other request
(http, https, file, relative) is refused and recorded in ``refused``. Links
open in the system browser only when clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QTextBrowser


class SafeBrowser(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.refused: list[str] = []
        self.remote_images: dict[str, bytes] = {}

    def loadResource(self, kind: int, url: QUrl):  # noqa: N802 - Qt API
        text = url.toString()
        if url.scheme() == "data":
            return super().loadResource(kind, url)
        if kind == QTextDocument.ResourceType.ImageResource.value and text in self.remote_images:
            image = QImage()
            image.loadFromData(self.remote_images[text])
            return image
        self.refused.append(text)
        return None

    def _open_link(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)

    def show_html(self, html: str) -> None:
        self.document().clear()
        self.setHtml(html)

    def show_text(self, text: str) -> None:
        self.document().clear()
        self.setPlainText(text)
