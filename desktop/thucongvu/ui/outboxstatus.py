"""The outbox in the status bar: how many messages wait, and the retries while the app runs.

At start the outbox recovers claims a crash left behind, then every
``interval`` ms (and whenever a message is queued) it flushes what is due,
off the GUI thread. A message queued while the server was unreachable is thus
sent once the server answers again, also after a restart. Clicking the label
offers to retry failed or uncertain items now (the user decides: an
"uncertain" send may have been delivered already).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox


class OutboxStatus(QObject):
    def __init__(self, services, window, interval: int = 60_000):
        super().__init__(window)
        self.services = services
        self.window = window
        self.pending: list = []
        self.label = QLabel(window)
        self.label.setObjectName("outboxStatus")
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.mousePressEvent = lambda event: self.ask_retry()
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(self, interval=interval)
        self.timer.timeout.connect(self.flush)
        services.bridge.outbox_changed.connect(self.refresh)
        if not services.demo:
            self.timer.start()
            services.tasks.run(self._recover_and_flush, on_done=lambda _: self.refresh(), lane="send")
        else:
            self.refresh()

    def _recover_and_flush(self) -> None:
        outbox = self.services.outbox()
        outbox.recover()
        outbox.flush()

    def flush(self) -> None:
        """Sends what is due (off the GUI thread); the count follows."""
        self.services.tasks.run(self.services.outbox().flush, on_done=lambda _: self.refresh(),
                                on_error=lambda exc: self.refresh(), lane="send")

    def refresh(self) -> None:
        if self.services.demo:
            self._show([])
        else:
            self.services.tasks.run(self.services.outbox().pending, on_done=self._show, lane="send")

    def _show(self, pending: list) -> None:
        self.pending = pending
        count = len(self.pending)
        self.label.setText(self.tr("Hộp thư đi: %n thư chờ gửi", "", count))
        problems = [i for i in self.pending if i.state in ("failed", "uncertain")]
        self.label.setStyleSheet("color: #8a1c1c; font-weight: bold;" if problems else "")
        self.label.setToolTip("\n".join(f"{i.subject} — {state_label(i.state)}{': ' + i.last_error if i.last_error else ''}"
                                        for i in self.pending))
        self.label.setVisible(count > 0)

    def ask_retry(self) -> None:
        stuck = [i for i in self.pending if i.state in ("failed", "uncertain", "queued")]
        if not stuck:
            return
        answer = QMessageBox.question(
            self.window, self.tr("Hộp thư đi"),
            self.tr("Gửi lại ngay %n thư đang chờ? Thư ở trạng thái «không chắc» có thể đã tới người nhận.", "",
                    len(stuck)))
        if answer == QMessageBox.StandardButton.Yes:
            self.retry_all()

    def retry_all(self) -> None:
        outbox = self.services.outbox()

        def job() -> None:
            for item in outbox.pending():
                outbox.retry(item.id)
            outbox.flush()

        self.services.tasks.run(job, on_done=lambda _: self.refresh(), on_error=lambda exc: self.refresh(), lane="send")


def state_label(state: str) -> str:
    """The outbox's own words for a state, in the UI language."""
    from thucongvu.mail.outbox import STATE_LABELS
    from thucongvu.ui.i18n import english

    vi, en = STATE_LABELS.get(state, (state, state))
    return en if english() else vi
