"""English for the window's own UI strings (mail area, main window, compose, wizard, tray), merged into
thucongvu_en.ts.

The .ts is shared by every feature (directory_en.py does the same for Danh bạ);
this keeps the window's translations in one reviewable table and rewrites only
the window's contexts:

    .venv/bin/python resources/translations/window_en.py

(runs pyside6-lupdate over desktop/thucongvu/ui, replaces the contexts below in
thucongvu_en.ts, fills them from the table, then pyside6-lrelease).
tests/ui/test_i18n.py fails when a UI string has no English.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
CONTEXTS = ("AccountWizard", "AttachmentPanel", "ComingPage", "ComposeWindow", "DraftPicker", "FolderTree",
            "GuardPanel", "MailActions", "MailArea", "MainWindow", "MessageListModel", "OutboxStatus",
            "Passphrase", "ReaderPane", "ReadOnlyBanner", "Tray")  # DirectoryArea, SignaturesArea: their features own them

EN = {
'Thêm tài khoản thư công vụ': 'Add an official mail account',
'Nhập địa chỉ thư công vụ (.gov.vn) và mật khẩu. Ứng dụng tự tìm máy chủ và thử đăng nhập; mật khẩu được cất trong kho khóa của hệ điều hành hoặc kho mã hóa.': 'Enter your official (.gov.vn) address and password. The app finds the servers and tries to log in; the password is kept in the system keyring or the encrypted vault.',
'Đây là hộp thư đơn vị (văn thư quản lý)': "This is the unit mailbox (kept by the documentation officer)",
'Địa chỉ thư:': 'Address:', 'Mật khẩu:': 'Password:', 'Tên hiển thị:': 'Display name:',
'Máy chủ (để trống để tự tìm)': 'Servers (leave empty to find them)', 'TLS (cổng 993)': 'TLS (port 993)',
'Máy chủ (do quản trị viên quy định)': 'Servers (set by the administrator)',
'Tin cậy chứng chỉ này': 'Trust this certificate', 'Kết nối': 'Connect', 'Hủy': 'Cancel',
'Đang thử kết nối…': 'Trying to connect…', 'Đã kết nối và lưu tài khoản %1.': 'Connected; account %1 saved.',
'<b>Không dùng được địa chỉ này.</b> Chỉ thị 34/2008/CT-TTg yêu cầu dùng hộp thư công vụ thuộc tên miền .gov.vn cho công việc.': '<b>This address cannot be used.</b> Directive 34/2008/CT-TTg requires official work to use a mailbox under .gov.vn.',
'<b>Sai tên đăng nhập hoặc mật khẩu.</b> Máy chủ đã trả lời nhưng từ chối đăng nhập; kiểm tra lại mật khẩu (phân biệt chữ hoa, chữ thường).': '<b>Wrong user name or password.</b> The server answered but refused the login; check the password (it is case-sensitive).',
'(không lấy được)': '(not available)',
'<b>Chứng chỉ của máy chủ không được tin cậy.</b> Có thể máy chủ dùng chứng chỉ nội bộ, hoặc có kẻ đang giả mạo máy chủ. Chỉ chọn «Tin cậy chứng chỉ này» khi bộ phận CNTT xác nhận đúng vân tay SHA-256 dưới đây:': "<b>The server's certificate is not trusted.</b> The server may use an internal certificate, or someone may be impersonating it. Choose «Trust this certificate» only when your IT staff confirm this SHA-256 fingerprint:",
'<b>Không kết nối được máy chủ thư.</b> Kiểm tra mạng, hoặc nhập địa chỉ máy chủ do bộ phận CNTT cung cấp vào ô IMAP.': '<b>The mail server could not be reached.</b> Check the network, or enter the server address your IT staff gave you in the IMAP field.',
'<b>Không thêm được tài khoản.</b>': '<b>The account could not be added.</b>',
'Mở': 'Open', 'Lưu…': 'Save…', 'Lưu tệp đính kèm vào thư mục': 'Save attachments into folder',
'Tệp có thể chạy chương trình': 'This file can run a program',
'“%1” là chương trình hoặc tập lệnh. Chỉ mở khi bạn chắc chắn người gửi đáng tin. Vẫn mở?': '“%1” is a program or script. Open it only if you are sure the sender is trustworthy. Open anyway?',
'Sắp có': 'Coming soon', 'Thư mới': 'New message', 'Trả lời': 'Reply', 'Trả lời tất cả': 'Reply all',
'Chuyển tiếp': 'Forward', 'Chuyển nguyên văn': 'Forward unaltered', 'Đang tải thư gốc…': 'Loading the original…',
'Từ:': 'From:', 'Đến:': 'To:', 'Cc:': 'Cc:', 'Tiêu đề:': 'Subject:', 'Đính kèm tệp…': 'Attach files…',
'Bỏ tệp': 'Remove file', 'Lưu nháp': 'Save draft', 'Gửi (Ctrl+Enter)': 'Send (Ctrl+Enter)',
'Lời nhắn kèm theo (không bắt buộc)': 'Covering note (optional)',
'Thư gốc được đính kèm nguyên văn (message/rfc822, %1 byte) đúng như máy chủ lưu, không sửa được: chữ ký số trong thư gốc vẫn kiểm tra được ở phía người nhận.': 'The original is attached unaltered (message/rfc822, %1 bytes), exactly as the server holds it and not editable: its digital signatures can still be verified by the recipient.',
'Không tải được thư gốc: %1': 'Could not load the original: %1', 'Chọn tệp đính kèm': 'Choose attachments',
'Người nhận ngoài hệ thống .gov.vn: %1. Vẫn gửi được (ví dụ công dân, doanh nghiệp), hãy kiểm tra lại địa chỉ.': 'Recipients outside .gov.vn: %1. Sending is allowed (citizens, businesses); please check the addresses.',
'<b>Không gửi được: thư có dấu độ mật.</b> %1<br>Văn bản có nội dung bí mật nhà nước không được gửi qua hệ thống thư điện tử công vụ; hãy chuyển theo đường văn thư mật.': '<b>Cannot send: the message carries a secrecy marking.</b> %1<br>Documents containing state secrets must not be sent through the official mail system; send them through the classified-document channel.',
'Đã lưu nháp trên máy.': 'Draft saved on this computer.', 'Đã lưu nháp lên máy chủ.': 'Draft saved to the server.',
'Đã lưu nháp trên máy (chưa lưu được lên máy chủ).': 'Draft saved on this computer (not yet on the server).',
'Dữ liệu mẫu: thư không được gửi đi. Hãy thêm tài khoản thư công vụ để gửi thật.': 'Sample data: nothing is sent. Add your official mail account to send for real.',
'Đang gửi…': 'Sending…', 'Thư nằm trong hộp thư đi': 'The message is in the outbox',
'Chưa gửi được ngay (%1). Thư được giữ trong hộp thư đi và sẽ tự gửi lại, kể cả sau khi mở lại ứng dụng.': 'Not sent yet (%1). The message stays in the outbox and will be retried, even after the app is restarted.',
'Không gửi được': 'Cannot send', 'Danh bạ thư điện tử của tỉnh': "The province's e-mail directory",
'Tìm đơn vị, cán bộ và hộp thư đơn vị không cần gõ dấu; chuyển khối "Nơi nhận" của văn bản thành danh sách người nhận. Tính năng này đang được xây dựng.': 'Find units, officials and unit mailboxes without typing diacritics; turn a document\'s "Nơi nhận" block into recipients. This feature is being built.',
'Hộp thư đến': 'Inbox', 'Đã gửi': 'Sent', 'Thư nháp': 'Drafts', 'Thùng rác': 'Trash', 'Thư rác': 'Junk',
'Lưu trữ': 'Archive', 'Có gắn cờ': 'Flagged', 'Tất cả thư': 'All mail',
'Gửi thư gốc đúng từng byte như máy chủ lưu, dạng tệp đính kèm message/rfc822 (để chữ ký số còn nguyên giá trị)': 'Send the original byte for byte as the server holds it, as a message/rfc822 attachment (so digital signatures stay valid)',
'Đánh dấu chưa đọc': 'Mark as unread', 'Xóa': 'Delete', 'Nhận thư mới': 'Get new mail',
'Dữ liệu mẫu: không có máy chủ để nhận thư. Hãy thêm tài khoản thư công vụ.': 'Sample data: there is no server to fetch mail from. Add your official mail account.',
'Tìm thư (gõ không dấu cũng được)…': 'Search mail (diacritics optional)…', 'Chọn một thư để đọc.': 'Select a message to read.',
'Thư mục trống.': 'This folder is empty.', 'Không tìm thấy thư nào.': 'No messages found.',
'Hộp thư': 'Mail', 'Danh bạ': 'Directory', 'Kiểm tra chữ ký': 'Signatures', 'Dữ liệu mẫu': 'Sample data',
'Không mở được phần này: %1': 'This part could not be opened: %1',
'Dữ liệu mẫu — đây là hộp thư mẫu để làm quen, không kết nối máy chủ nào. Thêm tài khoản thư công vụ của bạn trong menu Tệp.': 'Sample data — a demo mailbox to get to know the app; it connects to no server. Add your official mail account from the File menu.',
'&Tệp': '&File', '&Thư': '&Message', '&Xem': '&View', 'Trợ &giúp': '&Help', 'Thêm tài khoản thư…': 'Add mail account…',
'Thoát': 'Quit', 'Ngôn ngữ': 'Language', 'Giới thiệu': 'About', 'Đang đồng bộ %1…': 'Synchronising %1…',
'Đã đồng bộ %1': '%1 synchronised', 'Không đồng bộ được %1: %2': 'Could not synchronise %1: %2',
'<b>Thư Công Vụ</b> %1<br>Ứng dụng thư điện tử công vụ cho cán bộ, công chức.': '<b>Thư Công Vụ</b> %1<br>The official mail client for Vietnamese public servants.',
'(không có tiêu đề)': '(no subject)', 'Người gửi': 'From', 'Tiêu đề': 'Subject', 'Ngày': 'Date', 'Cỡ': 'Size',
'Đặt mật khẩu cho kho khóa (giữ mật khẩu thư của bạn, được mã hóa):': 'Choose a passphrase for the vault (it keeps your mail passwords, encrypted):',
'Mật khẩu kho khóa:': 'Vault passphrase:', 'Kho khóa': 'Vault', 'Tải nội dung từ xa': 'Load remote content',
'Văn bản thuần': 'Plain text', 'Đang tải nội dung thư…': 'Loading the message…', 'Không mở được thư: %1': 'Cannot open the message: %1',
'Từ': 'From', 'Đến': 'To', 'Cc': 'Cc',
'Thư viết bằng bảng mã cũ %1, đã được chuyển sang Unicode để hiển thị.': 'This message was written in the legacy %1 encoding and has been converted to Unicode for display.',
'Kiểm tra chữ ký số': 'Digital signature verification',
'Kéo thả một tệp PDF đã ký, một thư S/MIME hoặc một chữ ký rời (.p7s) để biết văn bản có nguyên vẹn không và do ai ký. Tính năng này đang được xây dựng.': 'Drop a signed PDF, an S/MIME message or a detached signature (.p7s) to see whether the document is intact and who signed it. This feature is being built.',
'Mở Thư Công Vụ': 'Open Thư Công Vụ', 'Sổ & nhắc việc': 'Register & duty', 'Hộp thư đơn vị': 'Unit mailbox', 'Hộp thư cá nhân': 'Personal mailbox', 'Thư mục': 'Folder', 'Hộp thư đi': 'Outbox', 'Mở thư nháp…': 'Open draft…', 'Gắn cờ / bỏ cờ': 'Flag / unflag', 'Mở thư nháp': 'Open draft', 'Không có thư nháp nào.': 'No drafts.', 'Có thể mang chữ ký số (chưa kiểm tra)': 'May carry a digital signature (not checked yet)',
# A leader's read-only view of the unit mailbox (ui/mail/readonly.py, area, folder tree).
'Chỉ đọc — hộp thư đơn vị (lãnh đạo)': 'Read only — unit mailbox (leader)', 'chỉ đọc': 'read only',
'Đọc, tìm, mở tệp, kiểm tra chữ ký, trả lời và chuyển tiếp được; không xóa, di chuyển hay gắn cờ. Trạng thái «đã đọc» chỉ lưu trên máy này, không đổi trên máy chủ của văn thư.': "You can read, search, open attachments, verify signatures, reply and forward; not delete, move or flag. «Read» is kept on this computer only, never changed on the documentation officer's server.",
'Chỉ đọc: lãnh đạo không xóa, di chuyển hay gắn cờ thư trong hộp thư đơn vị.': 'Read only: leaders do not delete, move or flag messages in the unit mailbox.',
}
PLURAL = {
'Hộp thư đi: %n thư chờ gửi': ('Outbox: %n message waiting', 'Outbox: %n messages waiting'),
'Gửi lại ngay %n thư đang chờ? Thư ở trạng thái «không chắc» có thể đã tới người nhận.': ('Send the %n waiting message again now? A message marked «uncertain» may already have been delivered.', 'Send the %n waiting messages again now? Messages marked «uncertain» may already have been delivered.'),
'Đã lưu %n tệp vào %1': ('Saved %n file to %1', 'Saved %n files to %1'),
'Tìm thấy %n thư.': ('Found %n message.', 'Found %n messages.'),
'Đã chặn %n nội dung từ xa để bảo vệ bạn (người gửi có thể biết bạn đã mở thư).': ('Blocked %n remote item to protect you (the sender could learn that you opened the message).', 'Blocked %n remote items to protect you (the sender could learn that you opened the message).'),
'Thư Công Vụ — %n thư chưa đọc': ('Thư Công Vụ — %n unread message', 'Thư Công Vụ — %n unread messages'),
'%n thư mới trong %1': ('%n new message in %1', '%n new messages in %1'),
}


def _tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def fill(context: ET.Element) -> list[str]:
    missing = []
    for m in context.iter("message"):
        src = m.findtext("source")
        tr = m.find("translation")
        if m.get("numerus") == "yes":
            forms = PLURAL.get(src)
            if not forms:
                missing.append(src)
                continue
            for f in list(tr):
                tr.remove(f)
            tr.text = None
            for f in forms:
                ET.SubElement(tr, "numerusform").text = f
        elif src in EN:
            tr.text = EN[src]
        else:
            missing.append(src)
            continue
        tr.attrib.pop("type", None)
    return missing


def main() -> int:
    ts_path = HERE / "thucongvu_en.ts"
    ui = sorted(str(p) for p in (ROOT / "desktop" / "thucongvu" / "ui").rglob("*.py"))
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        subprocess.run([_tool("pyside6-lupdate"), *ui, "-source-language", "vi_VN", "-target-language", "en_GB",
                        "-ts", str(fresh)], check=True, capture_output=True)
        new = {c.findtext("name"): c for c in ET.parse(fresh).getroot().iter("context")}
    tree = ET.parse(ts_path) if ts_path.exists() else ET.ElementTree(ET.Element(
        "TS", {"version": "2.1", "language": "en_GB", "sourcelanguage": "vi_VN"}))
    root = tree.getroot()
    for old in [c for c in root.findall("context") if c.findtext("name") in CONTEXTS]:
        root.remove(old)
    missing = []
    for name in CONTEXTS:
        if name in new:
            missing += fill(new[name])
            root.append(new[name])
    ET.indent(tree, space="    ")
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    subprocess.run([_tool("pyside6-lrelease"), str(ts_path), "-qm", str(ts_path.with_suffix(".qm"))], check=True,
                   capture_output=True)
    if missing:
        print("Chưa có bản dịch (missing English):", *missing, sep="\n  ")
        return 1
    print(f"{ts_path.name}: {len(CONTEXTS)} contexts of the window translated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
