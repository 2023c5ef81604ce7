"""What the user does with directory entries: write to, copy address, add to
the message being composed, export as vCard.

Groups expand to their members first (off the GUI thread, "db" lane), so a
recipient field only ever receives real addresses the user can review.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog

from thucongvu.directory.model import GROUP, Entry
from thucongvu.ui.directory import directory_service



def _expanded(service, entries: list[Entry]) -> list[str]:
    """Recipient texts ("Name" <addr>) for entries, groups expanded (runs off the GUI thread)."""
    out: dict[str, None] = {}
    for entry in entries:
        for member in (service.expand(entry) if entry.kind == GROUP else [entry]):
            if member.email:
                out.setdefault(member.address(), None)
    return list(out)


def with_addresses(services, entries: list[Entry], then: Callable[[list[str]], None]) -> None:
    service = directory_service(services)
    services.tasks.run(_expanded, service, list(entries), on_done=then, lane="db")


def write_to(services, entries: list[Entry], parent=None) -> None:
    """Open a new message addressed to the entries."""
    from thucongvu.ui.mail.compose import open_compose

    with_addresses(services, entries, lambda addrs: addrs and open_compose(services, "new", None, parent, to=addrs))


def copy_addresses(services, entries: list[Entry]) -> None:
    with_addresses(services, entries, lambda addrs: QGuiApplication.clipboard().setText(", ".join(addrs)))


def open_compose_window():
    """The compose window the user used last, if one is open."""
    from thucongvu.ui.mail.compose import ComposeWindow

    active = QApplication.activeWindow()
    if isinstance(active, ComposeWindow):
        return active
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, ComposeWindow) and w.isVisible()]
    return windows[-1] if windows else None


def add_to_compose(services, entries: list[Entry], parent=None) -> None:
    """Append the addresses to the open compose window's "Đến", or open a new one."""
    def done(addrs: list[str]) -> None:
        if not addrs:
            return
        window = open_compose_window()
        if window is None:
            from thucongvu.ui.mail.compose import open_compose

            open_compose(services, "new", None, parent, to=addrs)
            return
        append_recipients(window.to, addrs)
        window.raise_()
        window.activateWindow()

    with_addresses(services, entries, done)


def append_recipients(edit, addresses: list[str]) -> None:
    """Add addresses to a recipient field, skipping those already there."""
    from email.utils import getaddresses

    present = {a.lower() for _, a in getaddresses([edit.text()]) if a}
    new = [a for a in addresses if getaddresses([a])[0][1].lower() not in present]
    if not new:
        return
    head = edit.text().rstrip().rstrip(",")
    edit.setText((head + ", " if head else "") + ", ".join(new) + ", ")


def export_vcard(services, entries: list[Entry], parent=None, path: str | None = None,
                 done: Callable[[Path], None] | None = None) -> None:
    """Ask where to save, then write the entries as vCard 3.0 off the GUI thread."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("DirectoryActions", "Xuất vCard"),
                                              "danh-ba.vcf",
                                              QCoreApplication.translate("DirectoryActions", "vCard (*.vcf)"))
        if not path:
            return
    service = directory_service(services)

    def write() -> Path:
        target = Path(path)
        target.write_bytes(service.export_vcard(entries))
        return target

    services.tasks.run(write, lane="db", on_done=done)
