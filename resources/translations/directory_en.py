"""English for the Danh bạ (directory) UI strings, merged into thucongvu_en.ts.

The window's .ts is shared by every feature; this keeps the directory's
translations in one reviewable table and merges them without reformatting
the rest of the file:

    .venv/bin/python resources/translations/directory_en.py

(runs pyside6-lupdate over ui/directory, replaces the directory contexts in
thucongvu_en.ts, then pyside6-lrelease).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CONTEXTS = ("DirectoryArea", "DirectoryModel", "DirectoryActions", "DirectoryCompletion", "GroupsDialog",
            "ImportWizard", "NoiNhanDialog")

EN = {
    "Nhập danh bạ…": "Import directory…",
    "Nơi nhận → người nhận…": "“Nơi nhận” → recipients…",
    "Viết thư": "Write to",
    "Chép địa chỉ": "Copy address",
    "Thêm vào thư đang soạn": "Add to message being written",
    "Xuất vCard…": "Export vCard…",
    "Nhóm người nhận…": "Recipient groups…",
    "Tìm đơn vị, cán bộ, địa chỉ… (không cần dấu, ví dụ: so tttt)":
        "Find a unit, official, address… (no diacritics needed, e.g. so tttt)",
    "Tên:": "Name:", "Loại:": "Kind:", "Chức vụ:": "Position:", "Đơn vị:": "Unit:", "Thư điện tử:": "E-mail:",
    "Điện thoại:": "Phone:", "Nguồn:": "Source:", "Cập nhật lúc:": "Updated at:",
    "%1 đơn vị, %2 cán bộ, %3 nhóm": "%1 units, %2 officials, %3 groups",
    "(nhóm — mở rộng thành các hộp thư khi gửi)": "(group — expands to its mailboxes when sending)",
    "(chưa có)": "(none)", "(Chưa rõ đơn vị)": "(Unit not known)",
    "Cán bộ": "Official", "Đơn vị": "Unit", "Nhóm": "Group", "Tên": "Name", "Chức vụ": "Position",
    "Thư điện tử": "E-mail", "Điện thoại": "Phone",
    "Xuất vCard": "Export vCard", "vCard (*.vcf)": "vCard (*.vcf)",
    "Nhóm: %1": "Group: %1", "Nơi nhận…": "Nơi nhận…",
    "Dán khối \"Nơi nhận\" của văn bản để thêm người nhận":
        "Paste a document's “Nơi nhận” (recipients) block to add its recipients",
    "Nhóm người nhận": "Recipient groups", "Nhóm mới": "New group",
    "Cách viết khác trong \"Nơi nhận\", mỗi dòng một cách": "Other spellings in “Nơi nhận”, one per line",
    "UBND tỉnh": "Provincial People's Committee", "HĐND tỉnh": "Provincial People's Council",
    "Sở, ban, ngành tỉnh": "Provincial departments and agencies",
    "UBND huyện, thị xã, thành phố": "District, town and city People's Committees",
    "Phòng, ban cấp huyện": "District offices", "Phòng, chi cục thuộc sở": "Offices under departments",
    "UBND xã, phường, thị trấn": "Commune, ward and township People's Committees",
    "ví dụ: Chủ tịch, Phó Chủ tịch": "e.g. Chủ tịch, Phó Chủ tịch",
    "ví dụ: UBND tỉnh (để trống: mọi đơn vị)": "e.g. UBND tỉnh (empty: every unit)",
    "Tên đơn vị, mỗi dòng một đơn vị": "Unit names, one per line",
    "Địa chỉ thêm, mỗi dòng một địa chỉ": "Further addresses, one per line",
    "Tên nhóm:": "Group name:", "Cách viết khác:": "Other spellings:", "Hộp thư đơn vị của:": "Unit mailboxes of:",
    "Cán bộ có chức vụ:": "Officials holding:", "… thuộc loại đơn vị:": "… in units of kind:",
    "Các đơn vị:": "Units:", "Địa chỉ khác:": "Other addresses:", "Lưu": "Save", "Xóa nhóm": "Delete group",
    "Nhóm gồm %n địa chỉ.": ("The group has %n address.", "The group has %n addresses."),
    "Hãy đặt tên nhóm và chọn ít nhất một điều kiện.": "Name the group and choose at least one condition.",
    "Nhập danh bạ": "Import directory", "Quay lại": "Back", "Tiếp": "Next", "Đóng": "Close",
    "Tệp danh bạ (.xlsx, .csv, .vcf)": "Directory file (.xlsx, .csv, .vcf)",
    "Danh bạ chung trên máy chủ LDAP": "Global address list on an LDAP server",
    "Chọn tệp…": "Choose file…", "(để trống: đăng nhập ẩn danh)": "(empty: anonymous bind)", "Tệp:": "File:",
    "Địa chỉ LDAP:": "LDAP URL:", "DN đăng nhập:": "Bind DN:", "Mật khẩu:": "Password:",
    "Kiểm tra cột nào là họ tên, chức vụ, đơn vị, thư điện tử… (đã tự nhận theo tiêu đề cột; chọn lại nếu sai).":
        "Check which column holds the name, position, unit, e-mail… (recognised from the column headers; "
        "change it if wrong).",
    "Đang đọc nguồn danh bạ…": "Reading the directory source…", "Dòng": "Row",
    "Lý do không nhập": "Why it was not imported", "(bỏ qua)": "(ignore)", "Họ và tên": "Full name",
    "Đơn vị cấp trên": "Parent unit", "Số thứ tự": "Number", "Nhập": "Import", "Xong": "Done",
    "Chọn tệp danh bạ": "Choose a directory file",
    "Danh bạ (*.xlsx *.csv *.vcf);;Tất cả (*)": "Directories (*.xlsx *.csv *.vcf);;All files (*)",
    "Hãy chọn tệp danh bạ hoặc nhập địa chỉ LDAP.": "Choose a directory file or enter an LDAP URL.",
    "Đang ghi %1 / %2 mục…": "Writing %1 / %2 entries…",
    "Đã thêm %1 mục, cập nhật %2 mục, gỡ %4 mục nguồn không còn ghi; %3 dòng không nhập được.":
        "Added %1 entries, updated %2, removed %4 the source no longer lists; %3 rows could not be imported.",
    "Không nhập được, danh bạ giữ nguyên: %1": "Import failed, the directory is unchanged: %1",
    "Nơi nhận → người nhận": "“Nơi nhận” → recipients",
    "Dán khối \"Nơi nhận:\" của văn bản. Dòng \"Lưu: …\", \"Như trên\" được bỏ qua; dòng chưa xác định được hãy "
    "sửa lại cho đúng tên đơn vị.":
        "Paste the document's “Nơi nhận:” block. “Lưu: …” and “Như trên” lines are skipped; fix unresolved "
        "lines to the unit's proper name.",
    "Dòng / địa chỉ": "Line / address", "Kết quả": "Result", "Thêm vào người nhận": "Add to recipients",
    "Hủy": "Cancel", "%n địa chỉ": ("%n address", "%n addresses"),
    "Chưa xác định — hãy sửa dòng này": "Not resolved — please correct this line", "Bỏ qua": "Skipped",
    "%1 dòng có địa chỉ, %2 dòng chưa xác định, %3 dòng bỏ qua — %4 người nhận":
        "%1 lines resolved, %2 unresolved, %3 skipped — %4 recipients",
}
# the placeholder in the "Nơi nhận" box is a sample block in Vietnamese: it stays Vietnamese
KEEP = {"Nơi nhận:\n- Như trên;\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, TX, TP;\n- Lưu: VT, VHXH."}


def main() -> int:
    ts_path = HERE / "thucongvu_en.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop/thucongvu/ui/directory").glob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        ours = Path(tmp) / "dir.ts"
        ours.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                        '<TS version="2.1" language="en_GB" sourcelanguage="vi_VN"></TS>\n', encoding="utf-8")
        subprocess.run([str(Path(sys.executable).with_name("pyside6-lupdate")), *sources, "-ts", str(ours)],
                       check=True, capture_output=True)
        new = ET.parse(ours).getroot()
    tree = ET.parse(ts_path)
    root = tree.getroot()
    for ctx in list(root.iter("context")):
        if ctx.find("name").text in CONTEXTS:
            root.remove(ctx)
    missing = []
    for ctx in new.iter("context"):
        if ctx.find("name").text not in CONTEXTS:
            continue
        for msg in ctx.iter("message"):
            for loc in msg.iter("location"):
                loc.set("filename", "../../desktop/thucongvu/ui/directory/" + Path(loc.get("filename")).name)
            source = msg.find("source").text
            tr = msg.find("translation")
            tr.attrib.pop("type", None)
            for child in list(tr):
                tr.remove(child)
            value = source if source in KEEP else EN.get(source)
            if value is None:
                missing.append(source)
                continue
            if msg.get("numerus") == "yes":
                tr.text = None
                for form in value:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
        ET.indent(ctx, space="    ")            # the file's own layout: contexts at column 0
        ctx.tail = "\n"
        root.append(ctx)
    if missing:
        print("no English for:", *missing, sep="\n  ")
        return 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(Path(sys.executable).with_name("pyside6-lrelease")), "-silent", str(ts_path),
                    "-qm", str(ts_path.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
