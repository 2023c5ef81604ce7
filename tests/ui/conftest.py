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
    return win
