"""Editing recipient groups: name, other spellings, and the rule over the unit tree.

A rule (thucongvu.directory.groups) picks unit mailboxes by kind, people by
position within units of some kinds, named units, and fixed addresses. The
dialog shows how many addresses the rule gives before it is saved. Store work
runs on the "db" lane.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QDialog, QFormLayout, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from thucongvu.directory import kinds
from thucongvu.directory.model import Group
from thucongvu.text.fold import fold
from thucongvu.ui.directory import directory_service


class GroupsDialog(QDialog):
    changed = Signal()

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.setObjectName("directoryGroupsDialog")
        self.setWindowTitle(self.tr("Nhóm người nhận"))
        self.services = services
        self.service = directory_service(services)
        self.current: Group | None = None
        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        self.list = QListWidget(self)
        self.list.setObjectName("groupList")
        self.list.currentItemChanged.connect(lambda item, _: self._edit(item.data(Qt.ItemDataRole.UserRole)
                                                                         if item else None))
        left.addWidget(self.list, 1)
        new = QPushButton(self.tr("Nhóm mới"), self)
        new.clicked.connect(lambda: (self.list.setCurrentRow(-1), self._edit(None)))
        left.addWidget(new)
        layout.addLayout(left, 1)
        layout.addWidget(self._editor(), 2)
        self.resize(820, 520)
        self.reload()

    def _editor(self) -> QWidget:
        box = QWidget(self)
        form = QFormLayout(box)
        self.name = QLineEdit(box)
        self.name.setObjectName("groupName")
        self.aliases = QPlainTextEdit(box)
        self.aliases.setPlaceholderText(self.tr("Cách viết khác trong \"Nơi nhận\", mỗi dòng một cách"))
        self.kind_boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()
        labels = {kinds.PROVINCE_COMMITTEE: self.tr("UBND tỉnh"), kinds.PROVINCE_COUNCIL: self.tr("HĐND tỉnh"),
                  kinds.DEPARTMENT: self.tr("Sở, ban, ngành tỉnh"),
                  kinds.DISTRICT: self.tr("UBND huyện, thị xã, thành phố"),
                  kinds.DISTRICT_OFFICE: self.tr("Phòng, ban cấp huyện"), kinds.OFFICE: self.tr("Phòng, chi cục thuộc sở"),
                  kinds.COMMUNE: self.tr("UBND xã, phường, thị trấn")}
        for i, (kind, text) in enumerate(labels.items()):
            self.kind_boxes[kind] = QCheckBox(text, box)
            grid.addWidget(self.kind_boxes[kind], i // 2, i % 2)
        self.positions = QLineEdit(box)
        self.positions.setPlaceholderText(self.tr("ví dụ: Chủ tịch, Phó Chủ tịch"))
        self.people_kinds = QLineEdit(box)
        self.people_kinds.setPlaceholderText(self.tr("ví dụ: UBND tỉnh (để trống: mọi đơn vị)"))
        self.units = QPlainTextEdit(box)
        self.units.setPlaceholderText(self.tr("Tên đơn vị, mỗi dòng một đơn vị"))
        self.emails = QPlainTextEdit(box)
        self.emails.setPlaceholderText(self.tr("Địa chỉ thêm, mỗi dòng một địa chỉ"))
        self.preview = QLabel(box)
        self.preview.setObjectName("groupPreview")
        form.addRow(self.tr("Tên nhóm:"), self.name)
        form.addRow(self.tr("Cách viết khác:"), self.aliases)
        form.addRow(self.tr("Hộp thư đơn vị của:"), grid)
        form.addRow(self.tr("Cán bộ có chức vụ:"), self.positions)
        form.addRow(self.tr("… thuộc loại đơn vị:"), self.people_kinds)
        form.addRow(self.tr("Các đơn vị:"), self.units)
        form.addRow(self.tr("Địa chỉ khác:"), self.emails)
        form.addRow(self.preview)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Lưu"), box)
        self.delete_button = QPushButton(self.tr("Xóa nhóm"), box)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        form.addRow(buttons)
        self._labels = labels
        return box

    # -- rule <-> form -----------------------------------------------------------
    def rule(self) -> dict:
        rule: dict = {}
        chosen = [k for k, b in self.kind_boxes.items() if b.isChecked()]
        if chosen:
            rule["unit_kinds"] = chosen
        positions = [fold(p).strip() for p in self.positions.text().split(",") if p.strip()]
        if positions:
            wanted = {fold(t).strip() for t in self.people_kinds.text().split(",") if t.strip()}
            pk = [k for k, text in self._labels.items() if fold(text) in wanted]
            rule["people"] = {"positions": positions, **({"unit_kinds": pk} if pk else {})}
        units = [u.strip() for u in self.units.toPlainText().splitlines() if u.strip()]
        if units:
            rule["units"] = units
        emails = [e.strip() for e in self.emails.toPlainText().splitlines() if e.strip()]
        if emails:
            rule["emails"] = emails
        return rule

    def _edit(self, group: Group | None) -> None:
        self.current = group
        rule = group.rule if group else {}
        self.name.setText(group.name if group else "")
        self.aliases.setPlainText("\n".join(group.aliases) if group else "")
        for kind, box in self.kind_boxes.items():
            box.setChecked(kind in rule.get("unit_kinds", []))
        people = rule.get("people") or {}
        self.positions.setText(", ".join(people.get("positions", [])))
        self.people_kinds.setText(", ".join(self._labels[k] for k in people.get("unit_kinds", [])
                                            if k in self._labels))
        self.units.setPlainText("\n".join(rule.get("units", [])))
        self.emails.setPlainText("\n".join(rule.get("emails", [])))
        self.delete_button.setEnabled(group is not None)
        self.preview.clear()
        if group is not None:
            from thucongvu.directory import groups as groups_mod

            self.services.tasks.run(lambda: len(groups_mod.members(self.service.conn, group)), lane="db",
                                    on_done=lambda n: self.preview.setText(self.tr("Nhóm gồm %n địa chỉ.", "", n)))

    # -- store -------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        def show(groups: list[Group]) -> None:
            self.list.clear()
            for g in groups:
                item = QListWidgetItem(g.name, self.list)
                item.setData(Qt.ItemDataRole.UserRole, g)
                if g.id == select:
                    self.list.setCurrentItem(item)

        self.services.tasks.run(self.service.groups, lane="db", on_done=show)

    def save(self) -> None:
        name = self.name.text().strip()
        rule = self.rule()
        if not name or not rule:
            self.preview.setText(self.tr("Hãy đặt tên nhóm và chọn ít nhất một điều kiện."))
            return
        aliases = [a.strip() for a in self.aliases.toPlainText().splitlines() if a.strip()]
        group_id = self.current.id if self.current else None
        self.services.tasks.run(self.service.save_group, name, rule, aliases, group_id, lane="db",
                                on_done=lambda gid: (self.reload(gid), self.changed.emit()),
                                on_error=lambda e: self.preview.setText(str(e)))

    def delete(self) -> None:
        if self.current is None:
            return
        self.services.tasks.run(self.service.delete_group, self.current.id, lane="db",
                                on_done=lambda _: (self._edit(None), self.reload(), self.changed.emit()))
