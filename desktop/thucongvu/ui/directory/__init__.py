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
Imports take seconds (a workbook, an LDAP server), so they run on the "net"
lane with a connection of their own (``import_with_own_connection``) and do
not hold up the mail list's store jobs; SQLite's write lock orders them.
"""

from __future__ import annotations


def directory_service(services):
    """The shared DirectoryService for these window services (built on first use)."""
    extra = services.domain.extra if hasattr(services, "domain") else services.extra
    if "directory" not in extra:
        from thucongvu.directory.service import DirectoryService

        extra["directory"] = DirectoryService(services.connect())
    return extra["directory"]


def import_with_own_connection(services, source: str, progress=None, **options):
    """Import ``source`` through a fresh connection (runs off the GUI thread, "net" lane)."""
    from thucongvu.directory.service import DirectoryService

    conn = services.connect()
    try:
        return DirectoryService(conn).import_source(source, progress, **options)
    finally:
        conn.close()
