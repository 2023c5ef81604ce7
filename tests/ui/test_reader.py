"""The reader: hostile HTML loads nothing until asked; attachment names cannot escape the folder."""

from __future__ import annotations

import http.server
import threading
from email.message import EmailMessage

import pytest
from PySide6.QtCore import Qt

from tests.support.bigmailbox import account_and_folder, add_raw


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 - http.server API
        type(self).hits.append(self.path)
        body = _PNG
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


def _png() -> bytes:
    """A valid 1×1 PNG (RFC 2083), built here rather than pasted as hex."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) \
        + chunk(b"IEND", b"")


_PNG = _png()


@pytest.fixture
def recorder():
    _Recorder.hits = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", _Recorder.hits
    server.shutdown()
    server.server_close()


def hostile_html(base: str) -> str:
    return f"""<html><head>
<script src="{base}/script.js"></script><script>new Image().src='{base}/inline-script';</script>
<link rel="stylesheet" href="{base}/style.css"><meta http-equiv="refresh" content="0;url={base}/refresh">
<style>@import url({base}/import.css); body {{ background: url({base}/bg.png) }}</style></head>
<body background="{base}/body-bg.png"><p>Kính gửi anh chị, nội dung <b>quan trọng</b>.</p>
<img src="{base}/tracker.png" width="1" height="1"><img src="//127.0.0.1:{base.rsplit(':', 1)[1]}/proto.png">
<iframe src="{base}/frame"></iframe><object data="{base}/object"></object><embed src="{base}/embed">
<video src="{base}/video" poster="{base}/poster.png"></video><audio src="{base}/audio"></audio>
<form action="{base}/form"><input type="image" src="{base}/input.png"><input name="x"></form>
<div style="background-image: url('{base}/div-bg.png')">x</div>
<table background="{base}/table-bg.png"><tr><td>ô</td></tr></table>
<a href="javascript:fetch('{base}/js-link')">bấm</a></body></html>"""


def html_message(base: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Công ty A <a@example.com>"
    msg["To"] = "vanthu@gialai.gov.vn"
    msg["Subject"] = "Thư HTML có nội dung từ xa"
    msg.set_content("Bản văn bản thuần.")
    msg.add_alternative(hostile_html(base), subtype="html")
    return msg.as_bytes()


def _window_on(store_services, qtbot, raws):
    from thucongvu.ui.mainwindow import MainWindow

    def prepare(conn):
        folder = account_and_folder(conn)
        add_raw(conn, folder, raws)

    services = store_services(prepare)
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window, window.show_area("mail")


def test_hostile_html_loads_nothing_until_asked(store_services, qtbot, recorder):
    base, hits = recorder
    window, area = _window_on(store_services, qtbot, [html_message(base)])
    area.list.selectRow(0)
    reader = area.reader
    qtbot.waitUntil(lambda: reader.parsed is not None)
    qtbot.wait(300)  # give any stray request time to arrive
    assert hits == []
    html = reader.browser.toHtml()
    assert "quan trọng" in reader.browser.toPlainText()
    assert base not in html  # no remote reference survives sanitising
    assert reader.notice.isVisible() and reader.remote_button.isVisible()

    # Only the user's click fetches the images, and never scripts, frames or forms.
    qtbot.mouseClick(reader.remote_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: reader.allow_remote)
    assert hits == ["/tracker.png"]  # a protocol-relative //host/x is dropped outright
    assert not any(h in hits for h in ("/script.js", "/frame", "/form", "/inline-script", "/style.css"))


def test_plain_text_view_uses_the_text(store_services, qtbot, recorder):
    base, _ = recorder
    window, area = _window_on(store_services, qtbot, [html_message(base)])
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: area.reader.parsed is not None)
    area.reader.plain_toggle.setChecked(True)
    assert area.reader.browser.toPlainText().strip().startswith("Bản văn bản thuần")


def test_browser_refuses_network_and_files(qtbot):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from thucongvu.ui.mail.browser import SafeBrowser

    browser = SafeBrowser()
    qtbot.addWidget(browser)
    image = QTextDocument.ResourceType.ImageResource.value
    for url in ("http://127.0.0.1:9/x.png", "https://example.com/y", "file:///etc/passwd", "relative.png"):
        assert browser.loadResource(image, QUrl(url)) is None
    assert len(browser.refused) == 4


def test_attachment_named_to_escape_is_saved_inside(store_services, qtbot, tmp_path):
    msg = EmailMessage()
    msg["From"] = "snv@gialai.gov.vn"
    msg["To"] = "vanthu@gialai.gov.vn"
    msg["Subject"] = "Tệp đính kèm có tên nguy hiểm"
    msg.set_content("Xem tệp.")
    msg.add_attachment(b"noi dung", maintype="application", subtype="octet-stream", filename="../../x")
    msg.add_attachment(b"%PDF-1.4", maintype="application", subtype="pdf", filename="/etc/cron.d/y.pdf")
    window, area = _window_on(store_services, qtbot, [msg.as_bytes()])
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: area.reader.parsed is not None)
    panel = area.reader.attachments
    assert panel.list.count() == 2 and panel.isVisibleTo(window)
    target = tmp_path / "luu" / "day"
    target.mkdir(parents=True)
    saved = panel.save([0, 1], target)
    for path in saved:
        assert path.resolve().parent == target.resolve()
        assert path.exists()
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and "home" not in p.relative_to(tmp_path).parts]
    assert sorted(outside) == sorted(saved)
    assert not (tmp_path / "x").exists() and not (tmp_path / "luu" / "x").exists()


def test_message_is_marked_read_when_shown(store_services, qtbot):
    msg = EmailMessage()
    msg["From"] = "snv@gialai.gov.vn"
    msg["To"] = "vanthu@gialai.gov.vn"
    msg["Subject"] = "Chưa đọc"
    msg.set_content("x")
    window, area = _window_on(store_services, qtbot, [msg.as_bytes()])
    assert area.model.message(0).seen is False
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: area.model.message(0).seen is True)
