"""The Danh bạ area offscreen: sample directory on the demo store, tree, search,
details, actions, import wizard with the rejected-rows report, the "Nơi nhận" dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QTableView, QTreeView


@pytest.fixture
def area(window, qtbot):
    area = window.show_area("directory")
    qtbot.waitUntil(lambda: area.tree_model.rowCount() > 0, timeout=10000)
    return area


def test_demo_store_has_the_sample_directory(area, qtbot, qtmodeltester):
    from thucongvu.ui.directory.area import DirectoryArea

    assert isinstance(area, DirectoryArea)
    assert "Sắp có" not in " ".join(l.text() for l in area.findChildren(QLabel))
    tree = area.findChild(QTreeView, "directoryTree")
    tops = [tree.model().index(r, 0).data() for r in range(tree.model().rowCount())]
    assert "UBND huyện Chư Păh" in tops and "Sở Thông tin và Truyền thông" in tops
    assert "106 đơn vị" in area.counts_label.text()
    assert area.select_unit("Sở Thông tin và Truyền thông")
    table = area.findChild(QTableView, "directoryList")
    assert table.model().rowCount() == 5
    first = table.model().entry(0)
    assert (first.kind, first.email) == ("unit", "vanthu@stttt.gialai.gov.vn")
    assert area.detail_labels["email"].text() == "vanthu@stttt.gialai.gov.vn"
    assert area.detail_labels["source"].text().endswith("danh-ba-gia-lai-mau.xlsx")
    qtmodeltester.check(table.model())


def test_search_as_you_type_ignores_diacritics_and_abbreviations(area, qtbot):
    with qtbot.waitSignal(area.results_shown, timeout=5000):
        qtbot.keyClicks(area.search, "so tt&tt")
    assert area.model.entry(0).name == "Sở Thông tin và Truyền thông"
    with qtbot.waitSignal(area.results_shown, timeout=5000):
        area.search.setText("chu pah ubnd")
    assert area.model.entry(0).name == "UBND huyện Chư Păh"
    with qtbot.waitSignal(area.results_shown, timeout=5000):
        area.search.setText("cac so ban nganh")
    group = area.model.entry(0)
    assert group.kind == "group" and "nhóm" in area.detail_labels["email"].text()
    assert area.write_action.isEnabled()


def test_copy_address_and_write_to(area, qtbot):
    area.select_unit("UBND huyện Chư Păh")
    qtbot.waitUntil(lambda: area.model.rowCount() > 0)
    area.table.selectRow(0)
    area.copy_action.trigger()
    assert QApplication.clipboard().text() == '"UBND huyện Chư Păh" <vanthu@chupah.gialai.gov.vn>'
    from thucongvu.ui.mail.compose import ComposeWindow

    area.write_action.trigger()
    composes = [w for w in QApplication.topLevelWidgets() if isinstance(w, ComposeWindow) and w.isVisible()]
    assert composes and "vanthu@chupah.gialai.gov.vn" in composes[-1].to.text()
    # a group added to the open compose window becomes its members' addresses
    area.search.setText("UBND các huyện, TX, TP")
    area.run_search()
    area.table.selectRow(0)
    area.add_action.trigger()
    addresses = composes[-1].to.addresses()
    assert len(addresses) == 17 and addresses.count("vanthu@chupah.gialai.gov.vn") == 1
    for w in composes:
        w.close()


def test_export_vcard(area, tmp_path):
    area.select_unit("Sở Y tế")
    written = []
    from thucongvu.ui.directory import actions

    actions.export_vcard(area.services, area.model.entries(), area, str(tmp_path / "yte.vcf"), written.append)
    data = (tmp_path / "yte.vcf").read_bytes()
    assert written and data.count(b"BEGIN:VCARD") == 5 and b"vanthu@syt.gialai.gov.vn" in data


def test_import_wizard_reports_rejected_rows(area, qtbot, tmp_path):
    path = tmp_path / "them.csv"
    path.write_text("Họ và tên;Chức vụ;Đơn vị;Email\n"
                    "Trần Văn Mới;Chuyên viên;Sở Tư pháp;moi@stp.gialai.gov.vn\n"
                    "Lê Thị Sai;Chuyên viên;Sở Tư pháp;sai-dia-chi\n", encoding="utf-8")
    wizard = area.open_import(str(path))
    qtbot.addWidget(wizard)
    wizard.next()                                        # preview with detected mapping
    assert wizard.pages.currentIndex() == wizard.PAGE_MAPPING
    assert [b.currentData() for b in wizard.field_boxes] == ["name", "position", "unit", "email"]
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.next()
    assert wizard.pages.currentIndex() == wizard.PAGE_REPORT
    assert "Đã thêm 1" in wizard.summary.text()
    assert wizard.rejected.rowCount() == 1
    assert wizard.rejected.item(0, 0).text() == "3" and "sai-dia-chi" in wizard.rejected.item(0, 1).text()
    area.search.setText("tran van moi")
    area.run_search()
    assert area.model.entry(0).email == "moi@stp.gialai.gov.vn"


def test_import_wizard_manual_mapping_and_failure(area, qtbot, tmp_path):
    path = tmp_path / "khong-tieu-de.csv"
    path.write_text("Cột A,Cột B\nNgô Văn Tám,tam@sxd.gialai.gov.vn\n", encoding="utf-8")
    wizard = area.open_import(str(path))
    qtbot.addWidget(wizard)
    wizard.next()
    assert wizard.pages.currentIndex() == wizard.PAGE_MAPPING      # no header found: map by hand
    wizard.field_boxes[0].setCurrentIndex(wizard.field_boxes[0].findData("name"))
    wizard.field_boxes[1].setCurrentIndex(wizard.field_boxes[1].findData("email"))
    with qtbot.waitSignal(wizard.imported, timeout=10000):
        wizard.next()
    assert "Đã thêm 1" in wizard.summary.text()
    broken = tmp_path / "hong.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    bad = area.open_import(str(broken))
    qtbot.addWidget(bad)
    bad.next()
    assert bad.pages.currentIndex() == bad.PAGE_SOURCE and "giữ nguyên" in bad.message.text()


def test_noi_nhan_dialog(area, qtbot):
    block = "Nơi nhận:\n- Như trên;\n- Các sở, ban, ngành tỉnh;\n- Cổng TTĐT tỉnh;\n- Lưu: VT, VHXH.\n"
    dialog = area.open_noi_nhan(block)
    qtbot.addWidget(dialog)
    top = [dialog.result.topLevelItem(i) for i in range(dialog.result.topLevelItemCount())]
    assert [t.text(0) for t in top] == ["Các sở, ban, ngành tỉnh", "Cổng TTĐT tỉnh", "Như trên", "Lưu: VT, VHXH"]
    assert top[0].childCount() == 20 and len(dialog.recipients()) == 20
    top[0].child(0).setCheckState(0, Qt.CheckState.Unchecked)      # review: drop one mailbox
    assert len(dialog.recipients()) == 19
    assert "1 dòng chưa xác định" in dialog.summary.text()
    dialog.editor.setPlainText("- Chủ tịch UBND tỉnh")
    dialog.resolve_now()
    assert len(dialog.recipients()) == 1


def test_compose_completion_from_directory(demo_services, area, qtbot):
    from thucongvu.ui.mail.compose import open_compose

    compose = open_compose(demo_services, "new")
    qtbot.addWidget(compose)
    to_completer, _ = compose._directory_completers          # installed when the window was shown
    qtbot.keyClicks(compose.to, "so tttt")
    items = to_completer.model.stringList()
    assert items[0] == '"Sở Thông tin và Truyền thông" <vanthu@stttt.gialai.gov.vn>'
    to_completer.completer.activated[str].emit(items[0])
    assert compose.to.addresses() == ["vanthu@stttt.gialai.gov.vn"]
    compose.to.clear()
    qtbot.keyClicks(compose.to, "thuong truc hdnd")
    label = to_completer.model.stringList()[0]
    assert label.startswith("Nhóm:")
    to_completer.completer.activated[str].emit(label)            # as when the user picks it
    assert len(compose.to.addresses()) == 4                        # the group, expanded for review
    from PySide6.QtWidgets import QPushButton

    assert compose.findChild(QPushButton, "composeNoiNhan") is not None


def test_groups_dialog_creates_edits_and_deletes(area, qtbot):
    dialog = area.open_groups()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 5
    dialog.list.setCurrentRow([dialog.list.item(i).text() for i in range(5)].index("Thường trực HĐND tỉnh"))
    assert dialog.positions.text() == "chu tich, pho chu tich, uy vien thuong truc"
    assert dialog.people_kinds.text() == "HĐND tỉnh" and dialog.preview.text() == "Nhóm gồm 4 địa chỉ."
    dialog.list.setCurrentRow(-1)
    dialog._edit(None)
    dialog.name.setText("Khối nội chính")
    dialog.aliases.setPlainText("Các cơ quan khối nội chính")
    dialog.units.setPlainText("Sở Tư pháp\nThanh tra tỉnh")
    dialog.kind_boxes["province_council"].setChecked(True)
    dialog.save()
    assert dialog.list.count() == 6 and dialog.current.name == dialog.list.currentItem().text() == "Khối nội chính"
    res = area.service.resolve("- Các cơ quan khối nội chính;")
    assert set(res.emails()) == {"vanthu@stp.gialai.gov.vn", "vanthu@ttr.gialai.gov.vn", "hdnd@gialai.gov.vn"}
    dialog.delete()
    assert dialog.list.count() == 5
    assert area.service.resolve("- Các cơ quan khối nội chính;").unresolved


def test_directory_area_in_english(demo_services, qapp, qtbot):
    from thucongvu.ui import i18n
    from thucongvu.ui.mainwindow import MainWindow

    assert i18n.install(qapp, "en")
    try:
        win = MainWindow(demo_services)
        qtbot.addWidget(win)
        area = win.show_area("directory")
        qtbot.waitUntil(lambda: area.tree_model.rowCount() > 0)
        texts = [a.text() for a in area.toolbar.actions() if a.text()]
        assert texts[:3] == ["Import directory…", "“Nơi nhận” → recipients…", "Recipient groups…"]
        assert area.model.headerData(2, Qt.Orientation.Horizontal) == "E-mail"
        assert "units" in area.counts_label.text()
    finally:
        i18n.install(qapp, "vi")


def test_people_without_unit_have_their_own_node(area, qtbot, tmp_path):
    path = tmp_path / "gal.vcf"
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lò Văn Một\r\nN:Lò;Văn Một;;;\r\n"
                    "EMAIL:mot@gialai.gov.vn\r\nEND:VCARD\r\n", encoding="utf-8")
    area.service.import_source(path)
    with qtbot.waitSignal(area.loaded, timeout=5000):
        area.reload()
    assert area.select_unit("(Chưa rõ đơn vị)")
    assert [e.email for e in area.model.entries()] == ["mot@gialai.gov.vn"]
