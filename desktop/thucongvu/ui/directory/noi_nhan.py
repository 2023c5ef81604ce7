"""The "Nơi nhận" paste dialog: a block copied from a document becomes recipients.

The user pastes the block; it is resolved off the GUI thread and shown line
by line — resolved lines with their addresses (each can be unticked),
unresolved lines for the user to fix (they can edit the block and resolve
again), skipped lines (``Lưu: …``, ``Như trên``) noted. Compose opens it
through ``ask_recipients``; the directory area opens it too.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QSplitter, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout)

from thucongvu.directory.model import Resolution
from thucongvu.ui.directory import directory_service


class NoiNhanDialog(QDialog):
    def __init__(self, services, parent=None, text: str = ""):
        super().__init__(parent)
        self.setObjectName("noiNhanDialog")
        self.services = services
        self.resolution: Resolution | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Nơi nhận → người nhận"))
        layout = QVBoxLayout(self)
        hint = QLabel(self.tr("Dán khối \"Nơi nhận:\" của văn bản. Dòng \"Lưu: …\", \"Như trên\" được bỏ qua; "
                              "dòng chưa xác định được hãy sửa lại cho đúng tên đơn vị."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        split = QSplitter(Qt.Orientation.Vertical, self)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noiNhanText")
        self.editor.setPlaceholderText(self.tr("Nơi nhận:\n- Như trên;\n- Các sở, ban, ngành tỉnh;\n"
                                               "- UBND các huyện, TX, TP;\n- Lưu: VT, VHXH."))
        self.result = QTreeWidget(self)
        self.result.setObjectName("noiNhanResult")
        self.result.setHeaderLabels([self.tr("Dòng / địa chỉ"), self.tr("Kết quả")])
        self.result.setColumnWidth(0, 380)
        split.addWidget(self.editor)
        split.addWidget(self.result)
        layout.addWidget(split, 1)
        self.summary = QLabel(self)
        self.summary.setObjectName("noiNhanSummary")
        layout.addWidget(self.summary)
        buttons = QDialogButtonBox(self)
        self.accept_button = buttons.addButton(self.tr("Thêm vào người nhận"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self, singleShot=True, interval=250)
        self._timer.timeout.connect(self.resolve_now)
        self.editor.textChanged.connect(self._timer.start)
        self.accept_button.setEnabled(False)
        self.resize(720, 560)
        if text:
            self.editor.setPlainText(text)
            self.resolve_now()

    def resolve_now(self) -> None:
        self._generation += 1
        generation = self._generation
        service = directory_service(self.services)
        self.services.tasks.run(service.resolve, self.editor.toPlainText(), lane="db",
                                on_done=lambda res: self._show(res, generation))

    def _show(self, res: Resolution, generation: int) -> None:
        if generation != self._generation:
            return                                  # the text changed since
        self.resolution = res
        self.result.clear()
        grey, red = QBrush(QColor("#777777")), QBrush(QColor("#a11b1b"))
        for line in res.resolved:
            item = QTreeWidgetItem(self.result, [line.line, self.tr("%n địa chỉ", "", len(line.emails))])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setExpanded(len(line.entries) <= 3)
            for entry in line.entries:
                child = QTreeWidgetItem(item, [entry.address(), entry.position or entry.unit])
                child.setData(0, Qt.ItemDataRole.UserRole, entry.address())
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
        for line in res.unresolved:
            item = QTreeWidgetItem(self.result, [line, self.tr("Chưa xác định — hãy sửa dòng này")])
            item.setForeground(0, red)
            item.setForeground(1, red)
        for line in res.skipped:
            item = QTreeWidgetItem(self.result, [line, self.tr("Bỏ qua")])
            item.setForeground(0, grey)
            item.setForeground(1, grey)
        self.summary.setText(self.tr("%1 dòng có địa chỉ, %2 dòng chưa xác định, %3 dòng bỏ qua — %4 người nhận")
                             .replace("%1", str(len(res.resolved))).replace("%2", str(len(res.unresolved)))
                             .replace("%3", str(len(res.skipped))).replace("%4", str(len(self.recipients()))))
        self.accept_button.setEnabled(bool(self.recipients()))

    def recipients(self) -> list[str]:
        """The ticked addresses, in order, without duplicates."""
        out: dict[str, None] = {}
        for i in range(self.result.topLevelItemCount()):
            item = self.result.topLevelItem(i)
            if item.childCount() == 0 or item.checkState(0) == Qt.CheckState.Unchecked:
                continue
            for j in range(item.childCount()):
                child = item.child(j)
                if child.checkState(0) == Qt.CheckState.Checked:
                    out.setdefault(child.data(0, Qt.ItemDataRole.UserRole), None)
        return list(out)


def ask_recipients(services, parent=None, text: str = "") -> list[str]:
    """Modal: returns the chosen recipient addresses ('' list when cancelled)."""
    dialog = NoiNhanDialog(services, parent, text)
    return dialog.recipients() if dialog.exec() == QDialog.DialogCode.Accepted else []
