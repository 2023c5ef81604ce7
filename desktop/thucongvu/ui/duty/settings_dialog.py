"""The user's work-session settings: weekdays, session hours, province day swaps, leaders.

Keys the administrator fixed (``DutyConfig.locked``) are shown but disabled:
the admin policy wins and the dialog says so. Saving validates through
``duty.config.save_user`` first, so a bad value is refused and nothing is lost.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
                               QTimeEdit, QWidget)

DAY_NAMES = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")


def _time_edit(value: dt.time, parent) -> QTimeEdit:
    edit = QTimeEdit(QTime(value.hour, value.minute), parent)
    edit.setDisplayFormat("HH:mm")
    return edit


class DutySettingsDialog(QDialog):
    def __init__(self, config, unit_address: str | None, parent=None):
        super().__init__(parent)
        self.config = config
        self.unit = unit_address
        self.setWindowTitle(self.tr("Ca làm việc và nhắc kiểm tra"))
        form = QFormLayout(self)
        days = QWidget(self)
        row = QHBoxLayout(days)
        row.setContentsMargins(0, 0, 0, 0)
        self.days = []
        for i, name in enumerate(DAY_NAMES):
            box = QCheckBox(self.tr(name), days)
            box.setChecked(i in config.weekdays)
            row.addWidget(box)
            self.days.append(box)
        form.addRow(self.tr("Ngày làm việc:"), days)
        sessions = {name: (start, end) for name, start, end in config.sessions}
        self.times = {}
        for name, label in (("morning", self.tr("Buổi sáng:")), ("afternoon", self.tr("Buổi chiều:"))):
            start, end = sessions.get(name, (dt.time(7, 30), dt.time(11, 30)) if name == "morning"
                                      else (dt.time(13, 30), dt.time(17, 0)))
            box = QWidget(self)
            line = QHBoxLayout(box)
            line.setContentsMargins(0, 0, 0, 0)
            self.times[name] = (_time_edit(start, box), _time_edit(end, box))
            line.addWidget(self.times[name][0])
            line.addWidget(QLabel("–", box))
            line.addWidget(self.times[name][1])
            form.addRow(label, box)
        self.days_off = QLineEdit(", ".join(sorted(d.isoformat() for d in config.days_off)), self)
        self.working_days = QLineEdit(", ".join(sorted(d.isoformat() for d in config.working_days)), self)
        self.days_off.setPlaceholderText("2026-01-02, …")
        self.working_days.setPlaceholderText("2026-01-10, …")
        form.addRow(self.tr("Ngày nghỉ bù (tỉnh thông báo):"), self.days_off)
        form.addRow(self.tr("Ngày làm bù:"), self.working_days)
        self.leaders = QLineEdit(", ".join(config.leaders_for(unit_address)) if unit_address else "", self)
        self.leaders.setEnabled(bool(unit_address))
        form.addRow(self.tr("Lãnh đạo nhận thư chuyển:"), self.leaders)
        self._lock("weekdays", self.days)
        self._lock("sessions", [w for pair in self.times.values() for w in pair])
        self._lock("days_off", [self.days_off])
        self._lock("working_days", [self.working_days])
        self._lock("leaders", [self.leaders])
        if config.locked:
            note = QLabel(self.tr("Các mục bị khoá do quản trị viên đặt trong chính sách của đơn vị."), self)
            note.setWordWrap(True)
            form.addRow(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _lock(self, key: str, widgets) -> None:
        if key in self.config.locked:
            for w in widgets:
                w.setEnabled(False)
                w.setToolTip(self.tr("Do quản trị viên đặt"))

    def values(self) -> dict:
        """The user's own settings file content (admin-locked keys left out)."""
        def dates(edit: QLineEdit) -> list[str]:
            return [p.strip() for p in edit.text().replace(";", ",").split(",") if p.strip()]

        out = {
            "weekdays": [i for i, box in enumerate(self.days) if box.isChecked()],
            "sessions": {name: [a.time().toString("HH:mm"), b.time().toString("HH:mm")]
                         for name, (a, b) in self.times.items()},
            "days_off": dates(self.days_off),
            "working_days": dates(self.working_days),
        }
        if self.unit:
            out["leaders"] = {self.unit: [a.strip() for a in self.leaders.text().split(",") if a.strip()]}
        return {k: v for k, v in out.items() if k not in self.config.locked}
