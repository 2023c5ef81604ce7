"""What every window and area gets: the domain services plus the Qt-side helpers.

``UiServices`` forwards unknown attributes to the domain ``Services``
(``services.mailbox``, ``services.home`` …) and adds ``tasks`` (the background
helper), ``bridge`` (domain events as Qt signals) and ``settings`` (QSettings
stored in the home dir, never in the registry, so a ``--home`` is self-contained).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSettings

from thucongvu.ui.bridge import Bridge
from thucongvu.ui.tasks import Tasks


class UiServices:
    def __init__(self, services: Any, tasks: Tasks | None = None, settings: QSettings | None = None):
        self.domain = services
        self.tasks = tasks or Tasks()
        self.bridge = Bridge(services.events)
        name = "settings-demo.ini" if services.demo else "settings.ini"
        self.settings = settings or QSettings(str(services.home / name), QSettings.Format.IniFormat)
        self.window = None  # the main window, once built
        self.sync = None    # ui.syncer.SyncController when real accounts exist

    def __getattr__(self, name: str) -> Any:
        return getattr(self.domain, name)

    def close(self) -> None:
        self.settings.sync()
        self.bridge.detach()
        self.tasks.shutdown()
