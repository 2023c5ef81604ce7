"""The compose window's guard strips: outside-.gov.vn recipients, secrecy markings, unaltered originals.

Shown while typing; the same rules are enforced again at send time by
``services.drafting.check`` and by the outbox, so the strips inform and the
domain decides.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from thucongvu.services import drafting


class GuardPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.outside = self._label("outsideGov", "background: #fff4d6; color: #5c4400; padding: 4px;")
        self.block = self._label("classifiedBlock", "background: #fdecea; color: #8a1c1c; padding: 6px; "
                                                    "border: 1px solid #e0a0a0;")
        self.unaltered = self._label("unalteredNote", "padding: 4px;")
        for label in (self.outside, self.block, self.unaltered):
            layout.addWidget(label)

    def _label(self, name: str, style: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(f"QLabel#{name} {{ {style} }}")
        label.hide()
        return label

    def update_for(self, draft: drafting.Draft, outside: list[str]) -> bool:
        """Refreshes the strips; True when sending must be blocked (a secrecy marking)."""
        self.outside.setText(self.tr(
            "Người nhận ngoài hệ thống .gov.vn: %1. Vẫn gửi được (ví dụ công dân, doanh nghiệp), "
            "hãy kiểm tra lại địa chỉ.").replace("%1", ", ".join(outside)))
        self.outside.setVisible(bool(outside))
        found = drafting.markings(draft)
        if found:
            where = "; ".join(f"«{m.found}» ({m.grade}) — {m.where}" for m in found)
            self.block.setText(self.tr(
                "<b>Không gửi được: thư có dấu độ mật.</b> %1<br>Văn bản có nội dung bí mật nhà nước không được "
                "gửi qua hệ thống thư điện tử công vụ; hãy chuyển theo đường văn thư mật.").replace("%1", escape(where)))
        self.block.setVisible(bool(found))
        return bool(found)

    def show_unaltered(self, size: int) -> None:
        self.unaltered.setText(self.tr(
            "Thư gốc được đính kèm nguyên văn (message/rfc822, %1 byte) đúng như máy chủ lưu, không sửa được: "
            "chữ ký số trong thư gốc vẫn kiểm tra được ở phía người nhận.").replace("%1", f"{size:,}"))
        self.unaltered.show()
