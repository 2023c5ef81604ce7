"""Danh bạ (directory) area: unit tree, list, details, import wizard, "Nơi nhận" dialog.

Files: ``model.py`` (table and tree models over domain entries), ``area.py``
(the area widget and ``create_area``), ``actions.py`` (write to, copy
address, add to compose, export vCard), ``import_wizard.py`` (file/LDAP
import with preview, progress and the rejected-rows report),
``noi_nhan.py`` (paste a "Nơi nhận" block, review, get recipients),
``completion.py`` (directory completion for compose address fields).

Every directory call goes through ``services.tasks`` on the "db" lane: the
DirectoryService (one per window services, ``directory_service``) owns its
own store connection and is only used from that lane's single worker.
"""

from __future__ import annotations


def directory_service(services):
    """The shared DirectoryService for these window services (built on first use)."""
    extra = services.domain.extra if hasattr(services, "domain") else services.extra
    if "directory" not in extra:
        from thucongvu.directory.service import DirectoryService

        extra["directory"] = DirectoryService(services.connect())
    return extra["directory"]
