"""The Danh bạ area with real worker threads: the sample import, a search and a wizard
import (progress signalled from the worker) all come back on the GUI thread."""

from __future__ import annotations


def test_area_with_real_threads(home, qapp, qtbot, tmp_path):
    from thucongvu import services as services_mod
    from thucongvu.ui.context import UiServices
    from thucongvu.ui.mainwindow import MainWindow
    from thucongvu.ui.tasks import Tasks

    domain = services_mod.build(home, demo=True)
    services = UiServices(domain, tasks=Tasks())
    try:
        window = MainWindow(services)
        qtbot.addWidget(window)
        window.show()
        mail = window.show_area("mail")
        qtbot.waitUntil(lambda: mail.model.rowCount() == 7, timeout=10000)   # not held up by the directory
        area = window.show_area("directory")
        qtbot.waitUntil(lambda: area.tree_model.rowCount() > 20, timeout=20000)
        area.search.setText("so tt&tt")
        # results_shown also fires for the initial listing, so wait for this query's answer.
        qtbot.waitUntil(lambda: area.model.rowCount() > 0
                        and area.model.entry(0).email == "vanthu@stttt.gialai.gov.vn", timeout=10000)
        path = tmp_path / "them.csv"
        path.write_text("Họ tên,Email,Đơn vị\n" + "".join(
            f"Người {i},nguoi{i}@stp.gialai.gov.vn,Sở Tư pháp\n" for i in range(600)), encoding="utf-8")
        wizard = area.open_import(str(path))
        qtbot.addWidget(wizard)
        with qtbot.waitSignal(wizard.pages.currentChanged, timeout=10000):
            wizard.next()                                  # preview read on a worker
        with qtbot.waitSignal(wizard.imported, timeout=20000):
            wizard.next()
        assert wizard.report.added == 600
        assert wizard.bar.value() == wizard.bar.maximum() > 0
        window.close()
    finally:
        services.close()
        domain.close()
