"""Menu actions and the Thunderbird/Outlook shortcuts of the mail area.

Ctrl+N new, Ctrl+R reply, Ctrl+Shift+R reply all, Ctrl+L forward, Delete
(only while the message list has focus, so Delete in the search box edits
text), S flags (Thunderbird's star), F5 fetch new mail. Ctrl+Enter sends, in the compose window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence


class MailActions(QObject):
    def __init__(self, area, window):
        super().__init__(area)
        self.area = area
        self.window = window
        menu = window.mail_menu

        def make(text: str, shortcut: str | None, slot, name: str) -> QAction:
            act = QAction(text, window)
            act.setObjectName(name)
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            act.triggered.connect(slot)
            menu.addAction(act)
            return act

        self.new = make(self.tr("Thư mới"), "Ctrl+N", lambda: area.open_compose("new"), "actNew")
        self.reply = make(self.tr("Trả lời"), "Ctrl+R", lambda: area.open_compose("reply"), "actReply")
        self.reply_all = make(self.tr("Trả lời tất cả"), "Ctrl+Shift+R", lambda: area.open_compose("reply_all"),
                              "actReplyAll")
        self.forward = make(self.tr("Chuyển tiếp"), "Ctrl+L", lambda: area.open_compose("forward"), "actForward")
        self.forward_unaltered = make(self.tr("Chuyển nguyên văn"), "Ctrl+Shift+L",
                                      lambda: area.open_compose("forward_unaltered"), "actForwardUnaltered")
        self.forward_unaltered.setToolTip(self.tr("Gửi thư gốc đúng từng byte như máy chủ lưu, dạng tệp đính kèm "
                                                  "message/rfc822 (để chữ ký số còn nguyên giá trị)"))
        self.open_drafts = make(self.tr("Mở thư nháp…"), None, self._open_drafts, "actOpenDrafts")
        menu.addSeparator()
        self.mark_unread = make(self.tr("Đánh dấu chưa đọc"), None, self._mark_unread, "actMarkUnread")
        self.flag = make(self.tr("Gắn cờ / bỏ cờ"), "S", area.toggle_flag, "actFlag")  # Thunderbird's star key
        self.flag.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        area.list.addAction(self.flag)
        self.delete = make(self.tr("Xóa"), "Delete", area.delete_selected, "actDelete")
        self.delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        area.list.addAction(self.delete)
        menu.addSeparator()
        self.sync = make(self.tr("Nhận thư mới"), "F5", self._sync, "actSync")
        self.area.list.selectionModel().selectionChanged.connect(lambda *_: self.update_enabled())
        self.area.folders.selectionModel().currentChanged.connect(lambda *_: self.update_enabled())
        self.update_enabled()

    def update_enabled(self) -> None:
        """Enables what the selection allows; a leader's read-only folder never gets Delete or a flag write.

        Reading, replying and forwarding (new messages) stay; "mark unread" stays
        too because, there, it changes only this computer's state (services.mailbox).
        """
        has = bool(self.area.selected_ids())
        writable = not self.area.read_only
        for act in (self.reply, self.reply_all, self.forward, self.forward_unaltered, self.mark_unread):
            act.setEnabled(has)
        self.flag.setEnabled(has and writable)
        self.delete.setEnabled(has and writable)

    def _open_drafts(self) -> None:
        from thucongvu.ui.mail.drafts import DraftPicker, open_draft

        picker = DraftPicker(self.area.services, self.window)
        if picker.exec() and picker.chosen() is not None:
            self.area.compose_windows.append(open_draft(self.area.services, picker.chosen(), self.window))

    def _mark_unread(self) -> None:
        ids = self.area.selected_ids()
        self.area.services.tasks.run(self.area.mailbox.set_seen, ids, False)  # may write back over IMAP

    def _sync(self) -> None:
        sync = getattr(self.area.services, "sync", None)
        if sync is None:
            self.window.statusBar().showMessage(
                self.tr("Dữ liệu mẫu: không có máy chủ để nhận thư. Hãy thêm tài khoản thư công vụ."), 6000)
            return
        sync.sync_now()
