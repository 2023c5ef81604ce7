"""Compose guards: identity, confidentiality markings, outside recipients, drafts, attachments."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.support.bigmailbox import account_and_folder


def _compose(store_services, qtbot, email="vanthu@gialai.gov.vn", mode="new"):
    from thucongvu.ui.mail.compose import open_compose

    services = store_services(lambda conn: account_and_folder(conn, email))
    window = open_compose(services, mode)
    qtbot.addWidget(window)
    return services, window


def test_classified_marking_blocks_sending(store_services, qtbot):
    services, w = _compose(store_services, qtbot)
    w.to.setText("snv@gialai.gov.vn")
    w.subject.setText("Báo cáo tình hình (MẬT)")
    assert w.block_label.isVisible() and "độ mật" in w.block_label.text()
    assert not w.send_button.isEnabled()
    w.send()  # even when forced (e.g. the shortcut), nothing is queued
    assert "mật" in w.last_error.lower()
    assert services.outbox().pending() == []
    w.subject.setText("Báo cáo tình hình")
    w.body.setPlainText("Đính kèm bản TUYET MAT")
    assert w.block_label.isVisible()
    w.body.setPlainText("Nhắc: không gửi tài liệu mật qua thư điện tử.")  # prose, not a stamp
    assert not w.block_label.isVisible() and w.send_button.isEnabled()


def test_attachment_name_with_marking_blocks(store_services, qtbot, tmp_path):
    services, w = _compose(store_services, qtbot)
    doc = tmp_path / "QD_12_TOI_MAT.pdf"
    doc.write_bytes(b"%PDF-1.4")
    w.to.setText("snv@gialai.gov.vn")
    w.subject.setText("Quyết định")
    w.add_attachment(doc)
    assert w.block_label.isVisible() and "QD_12_TOI_MAT.pdf" in w.block_label.text()


def test_non_gov_sending_identity_is_refused(store_services, qtbot):
    services, w = _compose(store_services, qtbot, email="vanthu@gialai-gov.vn")
    w.to.setText("snv@gialai.gov.vn")
    w.subject.setText("Thử")
    w.send()
    assert "gov.vn" in w.last_error
    assert services.outbox().pending() == []


def test_outside_recipients_are_highlighted_not_refused(store_services, qtbot):
    services, w = _compose(store_services, qtbot)
    w.to.setText("snv@gialai.gov.vn, Trần Văn Bình <tranvanbinh1980@gmail.com>")
    assert w.outside_label.isVisible() and "tranvanbinh1980@gmail.com" in w.outside_label.text()
    assert w.to.property("outside") is True
    assert w.send_button.isEnabled()
    w.to.setText("snv@gialai.gov.vn")
    assert not w.outside_label.isVisible()


def test_drafts_are_autosaved(store_services, qtbot, tmp_path):
    from thucongvu.mail.drafts import Drafts

    services, w = _compose(store_services, qtbot)
    doc = tmp_path / "Dự thảo.docx"
    doc.write_bytes(b"PK\x03\x04")
    w.to.setText("snv@gialai.gov.vn")
    w.subject.setText("Kế hoạch năm 2027")
    w.body.setPlainText("Nội dung đang soạn")
    w.add_attachment(doc)
    store = Drafts(services.connect())
    qtbot.waitUntil(lambda: store.list() != [], timeout=5000)
    saved = store.list()
    assert len(saved) == 1
    assert saved[0].subject == "Kế hoạch năm 2027" and saved[0].body == "Nội dung đang soạn"
    assert [a.name for a in saved[0].attachments] == ["Dự thảo.docx"]
    w.body.setPlainText("Nội dung đã sửa")
    qtbot.waitUntil(lambda: store.list()[0].body == "Nội dung đã sửa", timeout=5000)
    assert len(store.list()) == 1  # the same draft updated, not a pile


def test_files_dropped_become_attachments(store_services, qtbot, tmp_path):
    services, w = _compose(store_services, qtbot)
    doc = tmp_path / "Báo cáo quý IV.pdf"
    doc.write_bytes(b"%PDF-1.4")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(doc))])
    event = QDropEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    w.dropEvent(event)
    assert w.draft.attachments == [str(doc)]
    assert w.attachment_list.item(0).text() == "Báo cáo quý IV.pdf"


def test_address_completion_from_recent_correspondents(window, qtbot):
    area = window.show_area("mail")
    w = area.open_compose("new")
    qtbot.addWidget(w)
    w.to.setFocus()
    qtbot.keyClicks(w.to, "snv")
    completions = [w.to.completer_.completionModel().index(i, 0).data()
                   for i in range(w.to.completer_.completionCount())]
    assert any("snv@gialai.gov.vn" in c for c in completions)
    w.to._insert(completions[0])
    assert w.to.addresses() == ["snv@gialai.gov.vn"]


def test_unaltered_forward_shows_the_original_is_attached(window, qtbot):
    area = window.show_area("mail")
    area.list.selectRow(0)
    qtbot.waitUntil(lambda: area.reader.parsed is not None)
    w = area.open_compose("forward_unaltered")
    qtbot.addWidget(w)
    assert w.original == area.mailbox.raw(area.current_message_id())
    assert w.unaltered_label.isVisible() and "message/rfc822" in w.unaltered_label.text()
    assert w.subject.text().startswith("Chuyển nguyên văn:")


def test_demo_store_never_sends(window, qtbot):
    area = window.show_area("mail")
    w = area.open_compose("new")
    qtbot.addWidget(w)
    w.to.setText("snv@gialai.gov.vn")
    w.subject.setText("Thử")
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow)
    w.body.setFocus()
    qtbot.keyClick(w.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Dữ liệu mẫu" in w.last_error


def test_long_vietnamese_subject_survives_the_wire():
    from thucongvu.mail.compose import to_bytes
    from thucongvu.mail.mime import parse
    from thucongvu.services.drafting import Draft, build

    subject = "Thông báo lịch bảo trì hệ thống thư điện tử công vụ tỉnh Gia Lai năm 2026"
    draft = Draft(account="vanthu@gialai.gov.vn", to="snv@gialai.gov.vn", subject=subject, body="x")
    assert parse(to_bytes(build(draft))).subject == subject


def test_closing_keeps_the_draft_and_it_can_be_reopened(store_services, qtbot, tmp_path):
    from thucongvu.ui.mail.drafts import DraftPicker, open_draft

    services, w = _compose(store_services, qtbot)
    doc = tmp_path / "Phụ lục.pdf"
    doc.write_bytes(b"%PDF-1.4 phu luc")
    w.to.setText("snv@gialai.gov.vn")
    w.subject.setText("Dự thảo báo cáo")
    w.body.setPlainText("Nội dung chưa xong")
    w.add_attachment(doc)
    w.close()  # before the autosave timer fired
    picker = DraftPicker(services)
    qtbot.addWidget(picker)
    stored = picker.chosen()
    assert stored is not None and stored.subject == "Dự thảo báo cáo"
    again = open_draft(services, stored)
    qtbot.addWidget(again)
    assert again.body.toPlainText() == "Nội dung chưa xong" and again.to.addresses() == ["snv@gialai.gov.vn"]
    assert [Path(p).read_bytes() for p in again.draft.attachments] == [b"%PDF-1.4 phu luc"]
    assert again.stored_id == stored.id
    again.body.setPlainText("Nội dung đã xong")
    again.save_local()
    assert [d.body for d in services.drafts().list()] == ["Nội dung đã xong"]  # the same draft, updated
