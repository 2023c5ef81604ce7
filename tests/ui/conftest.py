"""Fixtures for window tests: a demo store (or a given store) with inline background jobs."""

from __future__ import annotations

import pytest


@pytest.fixture
def demo_services(home, qapp):
    from thucongvu import services as services_mod
    from thucongvu.ui import i18n
    from thucongvu.ui.context import UiServices
    from thucongvu.ui.tasks import Tasks

    i18n.install(qapp, "vi")
    domain = services_mod.build(home, demo=True)
    ui = UiServices(domain, tasks=Tasks.inline())
    yield ui
    ui.close()
    domain.close()


@pytest.fixture
def window(demo_services, qtbot):
    from thucongvu.ui.mainwindow import MainWindow

    win = MainWindow(demo_services)
    qtbot.addWidget(win)
    win.show()
    yield win
    for child in win.areas["mail"].compose_windows:
        child.close()
        child.deleteLater()
    win.close()
    win.deleteLater()


@pytest.fixture
def store_services(home, qapp):
    """A factory: UiServices over the real (non-demo) store in ``home``, after ``prepare(conn)`` ran."""
    from thucongvu import paths
    from thucongvu import services as services_mod
    from thucongvu.store.db import connect
    from thucongvu.ui import i18n
    from thucongvu.ui.context import UiServices
    from thucongvu.ui.tasks import Tasks

    made = []

    def make(prepare=None, tasks=None):
        i18n.install(qapp, "vi")
        conn = connect(paths.database_path(home))
        if prepare is not None:
            prepare(conn)
        conn.close()
        domain = services_mod.build(home)
        ui = UiServices(domain, tasks=tasks or Tasks.inline())
        made.append(ui)
        return ui

    yield make
    for ui in made:
        ui.close()
        ui.domain.close()
