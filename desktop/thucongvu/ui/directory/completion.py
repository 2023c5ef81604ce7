"""Directory completion for compose's address fields, and the "Nơi nhận…" button.

``install_directory(compose_window, services)`` (called for every compose
window by ``watch_compose_windows``, which the Danh bạ area sets up) gives its
"Đến"/"Cc" fields then complete from the directory (people, unit mailboxes,
groups; diacritics and abbreviations ignored, so ``so tttt`` offers Sở
Thông tin và Truyền thông) as well as recent correspondents, and a chosen
group expands to its members' addresses, which stay visible in the field for
review before sending. Lookups run on the "db" lane; stale answers (the user
typed on) are dropped.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QPushButton

from thucongvu.directory.model import GROUP, Entry
from thucongvu.text.fold import fold
from thucongvu.ui.directory import directory_service
from thucongvu.ui.directory.actions import append_recipients

LIMIT = 12



class DirectoryCompleter:
    """Feeds an address field's completer with recent correspondents, then directory hits.

    A field that has its own completer (compose's AddressEdit) keeps it: its
    model becomes the combined list and it stops filtering by itself (the
    directory already matched, ignoring diacritics and abbreviations).
    """

    def __init__(self, services, edit):
        self.services = services
        self.edit = edit
        own_model = getattr(edit, "_model", None)
        self.recent: list[str] = list(own_model.stringList()) if own_model is not None else []
        self.groups: dict[str, Entry] = {}
        self._generation = 0
        self.model = QStringListModel(edit)
        self.completer = getattr(edit, "completer_", None)
        self.own_insert = self.completer is not None      # the field inserts the choice itself
        if self.completer is None:
            self.completer = QCompleter(edit)
            self.completer.setWidget(edit)
        self.completer.setModel(self.model)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.activated[str].connect(self._chosen)
        edit.textEdited.connect(self._typed)
        original = getattr(edit, "set_candidates", None)
        if original is not None:
            def set_candidates(candidates, _orig=original):
                self.recent = list(candidates)
                _orig(candidates)
            edit.set_candidates = set_candidates

    def token(self) -> str:
        return self.edit.text().rsplit(",", 1)[-1].strip()

    def _typed(self, _text: str) -> None:
        token = self.token()
        self._generation += 1
        if len(token) < 2:
            self.completer.popup().hide()
            return
        folded = fold(token)
        # recent correspondents at once, the directory when its answer comes
        self._show([r for r in self.recent if folded in fold(r)][:5])
        generation = self._generation
        service = directory_service(self.services)
        self.services.tasks.run(service.complete, token, LIMIT, lane="db",
                                on_done=lambda hits: self._offer(hits, token, generation))

    def _offer(self, hits: list[Entry], token: str, generation: int) -> None:
        if generation != self._generation:
            return
        self.groups = {}
        folded = fold(token)
        items = [r for r in self.recent if folded in fold(r)][:5]
        for entry in hits:
            if entry.kind == GROUP:
                label = QCoreApplication.translate("DirectoryCompletion", "Nhóm: %1").replace("%1", entry.name)
                self.groups[label] = entry
                items.append(label)
            elif entry.address() not in items and entry.email not in items:
                items.append(entry.address())
        self._show(items)

    def _show(self, items: list[str]) -> None:
        self.model.setStringList(items)
        if items:
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _chosen(self, choice: str) -> None:
        group = self.groups.get(choice)
        if self.own_insert:
            if group is None:
                return                                   # the field already inserted it
            text = self.edit.text().replace(f"{choice}, ", "").replace(choice, "")
            self.edit.setText(text)
        else:
            head = self.edit.text().rsplit(",", 1)[0] if "," in self.edit.text() else ""
            self.edit.setText((head + ", ") if head else "")
            if group is None:
                append_recipients(self.edit, [choice])
                return
        from thucongvu.ui.directory.actions import with_addresses

        with_addresses(self.services, [group], lambda addrs: append_recipients(self.edit, addrs))


def install_directory(window, services) -> list[DirectoryCompleter]:
    """Directory completion on a compose window's "Đến"/"Cc", plus a "Nơi nhận…" button."""
    completers = [DirectoryCompleter(services, window.to), DirectoryCompleter(services, window.cc)]
    button = QPushButton(QCoreApplication.translate("DirectoryCompletion", "Nơi nhận…"), window)
    button.setObjectName("composeNoiNhan")
    button.setToolTip(QCoreApplication.translate("DirectoryCompletion",
                                                 "Dán khối \"Nơi nhận\" của văn bản để thêm người nhận"))

    def paste() -> None:
        from thucongvu.ui.directory.noi_nhan import ask_recipients

        addresses = ask_recipients(services, window)
        if addresses:
            append_recipients(window.to, addresses)

    button.clicked.connect(paste)
    layout = window.layout()
    if layout is not None:
        layout.insertWidget(1, button, 0, Qt.AlignmentFlag.AlignLeft)
    window._directory_completers = completers
    return completers


class _ComposeWatcher(QObject):
    """Installs the directory into every compose window when it is first shown.

    Compose (ui/mail) does not know the directory; this keeps it so. A compose
    window that already called ``install_directory`` is left alone.
    """

    def __init__(self, services, parent=None):
        super().__init__(parent)
        self.services = services

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Show and not hasattr(obj, "_directory_completers"):
            from thucongvu.ui.mail.compose import ComposeWindow

            if isinstance(obj, ComposeWindow) and getattr(obj, "services", None) is not None:
                install_directory(obj, obj.services)
        return False


def watch_compose_windows(services) -> None:
    """Once per window services: every compose window gets directory completion."""
    extra = services.domain.extra if hasattr(services, "domain") else services.extra
    if "directory_compose_watcher" in extra:
        return
    app = QCoreApplication.instance()
    watcher = _ComposeWatcher(services, app)
    app.installEventFilter(watcher)
    extra["directory_compose_watcher"] = watcher
