<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
    <context>
        <name>AccountWizard</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="33" />
            <source>Thêm tài khoản thư công vụ</source>
            <translation>Add an official mail account</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="50" />
            <source>Nhập địa chỉ thư công vụ (.gov.vn) và mật khẩu. Ứng dụng tự tìm máy chủ và thử đăng nhập; mật khẩu được cất trong kho khóa của hệ điều hành hoặc kho mã hóa.</source>
            <translation>Enter your official (.gov.vn) address and password. The app finds the servers and tries to log in; the password is kept in the system keyring or the encrypted vault.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="62" />
            <source>Đây là hộp thư đơn vị (văn thư quản lý)</source>
            <translation>This is the unit mailbox (kept by the documentation officer)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="63" />
            <source>Địa chỉ thư:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="64" />
            <source>Mật khẩu:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="65" />
            <source>Tên hiển thị:</source>
            <translation>Display name:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="69" />
            <source>Máy chủ (để trống để tự tìm)</source>
            <translation>Servers (leave empty to find them)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="75" />
            <source>TLS (cổng 993)</source>
            <translation>TLS (port 993)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="91" />
            <source>Máy chủ (do quản trị viên quy định)</source>
            <translation>Servers (set by the administrator)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="101" />
            <source>Tin cậy chứng chỉ này</source>
            <translation>Trust this certificate</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="105" />
            <source>Kết nối</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="109" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="147" />
            <source>Đang thử kết nối…</source>
            <translation>Trying to connect…</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="171" />
            <source>Đã kết nối và lưu tài khoản %1.</source>
            <translation>Connected; account %1 saved.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="181" />
            <source>&lt;b&gt;Không dùng được địa chỉ này.&lt;/b&gt; Chỉ thị 34/2008/CT-TTg yêu cầu dùng hộp thư công vụ thuộc tên miền .gov.vn cho công việc.</source>
            <translation>&lt;b&gt;This address cannot be used.&lt;/b&gt; Directive 34/2008/CT-TTg requires official work to use a mailbox under .gov.vn.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="184" />
            <source>&lt;b&gt;Sai tên đăng nhập hoặc mật khẩu.&lt;/b&gt; Máy chủ đã trả lời nhưng từ chối đăng nhập; kiểm tra lại mật khẩu (phân biệt chữ hoa, chữ thường).</source>
            <translation>&lt;b&gt;Wrong user name or password.&lt;/b&gt; The server answered but refused the login; check the password (it is case-sensitive).</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="188" />
            <source>(không lấy được)</source>
            <translation>(not available)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="189" />
            <source>&lt;b&gt;Chứng chỉ của máy chủ không được tin cậy.&lt;/b&gt; Có thể máy chủ dùng chứng chỉ nội bộ, hoặc có kẻ đang giả mạo máy chủ. Chỉ chọn «Tin cậy chứng chỉ này» khi bộ phận CNTT xác nhận đúng vân tay SHA-256 dưới đây:</source>
            <translation>&lt;b&gt;The server's certificate is not trusted.&lt;/b&gt; The server may use an internal certificate, or someone may be impersonating it. Choose «Trust this certificate» only when your IT staff confirm this SHA-256 fingerprint:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="195" />
            <source>&lt;b&gt;Không kết nối được máy chủ thư.&lt;/b&gt; Kiểm tra mạng, hoặc nhập địa chỉ máy chủ do bộ phận CNTT cung cấp vào ô IMAP.</source>
            <translation>&lt;b&gt;The mail server could not be reached.&lt;/b&gt; Check the network, or enter the server address your IT staff gave you in the IMAP field.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/accounts/wizard.py" line="198" />
            <source>&lt;b&gt;Không thêm được tài khoản.&lt;/b&gt;</source>
            <translation>&lt;b&gt;The account could not be added.&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPanel</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/attachments.py" line="42" />
            <source>Mở</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/attachments.py" line="44" />
            <source>Lưu…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/attachments.py" line="75" />
            <source>Lưu tệp đính kèm vào thư mục</source>
            <translation>Save attachments into folder</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/attachments.py" line="81" />
            <source>Đã lưu %n tệp vào %1</source>
            <translation>
                <numerusform>Saved %n file to %1</numerusform>
                <numerusform>Saved %n files to %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/attachments.py" line="96" />
            <source>Tệp có thể chạy chương trình</source>
            <translation>This file can run a program</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/attachments.py" line="97" />
            <source>“%1” là chương trình hoặc tập lệnh. Chỉ mở khi bạn chắc chắn người gửi đáng tin. Vẫn mở?</source>
            <translation>“%1” is a program or script. Open it only if you are sure the sender is trustworthy. Open anyway?</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/coming.py" line="17" />
            <source>Sắp có</source>
            <translation>Coming soon</translation>
        </message>
    </context>
    <context>
        <name>ComposeWindow</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="52" />
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="54" />
            <source>Thư mới</source>
            <translation>New message</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="52" />
            <source>Trả lời</source>
            <translation>Reply</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="52" />
            <source>Trả lời tất cả</source>
            <translation>Reply all</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="53" />
            <source>Chuyển tiếp</source>
            <translation>Forward</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="53" />
            <source>Chuyển nguyên văn</source>
            <translation>Forward unaltered</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="66" />
            <source>Đang tải thư gốc…</source>
            <translation>Loading the original…</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="86" />
            <source>Từ:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="87" />
            <source>Đến:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="88" />
            <source>Cc:</source>
            <translation>Cc:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="89" />
            <source>Tiêu đề:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="111" />
            <source>Đính kèm tệp…</source>
            <translation>Attach files…</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="113" />
            <source>Bỏ tệp</source>
            <translation>Remove file</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="115" />
            <source>Lưu nháp</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="117" />
            <source>Gửi (Ctrl+Enter)</source>
            <translation>Send (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="146" />
            <source>Lời nhắn kèm theo (không bắt buộc)</source>
            <translation>Covering note (optional)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="156" />
            <source>Không tải được thư gốc: %1</source>
            <translation>Could not load the original: %1</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="179" />
            <source>Chọn tệp đính kèm</source>
            <translation>Choose attachments</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="230" />
            <source>Đã lưu nháp trên máy.</source>
            <translation>Draft saved on this computer.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="237" />
            <source>Đã lưu nháp lên máy chủ.</source>
            <translation>Draft saved to the server.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="239" />
            <source>Đã lưu nháp trên máy (chưa lưu được lên máy chủ).</source>
            <translation>Draft saved on this computer (not yet on the server).</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="250" />
            <source>Dữ liệu mẫu: thư không được gửi đi. Hãy thêm tài khoản thư công vụ để gửi thật.</source>
            <translation>Sample data: nothing is sent. Add your official mail account to send for real.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="259" />
            <source>Đang gửi…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="285" />
            <source>Thư nằm trong hộp thư đi</source>
            <translation>The message is in the outbox</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="286" />
            <source>Chưa gửi được ngay (%1). Thư được giữ trong hộp thư đi và sẽ tự gửi lại, kể cả sau khi mở lại ứng dụng.</source>
            <translation>Not sent yet (%1). The message stays in the outbox and will be retried, even after the app is restarted.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/compose.py" line="300" />
            <source>Không gửi được</source>
            <translation>Cannot send</translation>
        </message>
    </context>
    <context>
        <name>DraftPicker</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/drafts.py" line="46" />
            <source>Mở thư nháp</source>
            <translation>Open draft</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/drafts.py" line="58" />
            <source>Không có thư nháp nào.</source>
            <translation>No drafts.</translation>
        </message>
    </context>
    <context>
        <name>FolderTree</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/folders.py" line="112" />
            <source>Hộp thư đến</source>
            <translation>Inbox</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/folders.py" line="113" />
            <source>Đã gửi</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/folders.py" line="114" />
            <source>Thư nháp</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/folders.py" line="115" />
            <source>Thùng rác</source>
            <translation>Trash</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/folders.py" line="116" />
            <source>Thư rác</source>
            <translation>Junk</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/folders.py" line="117" />
            <source>Lưu trữ</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/folders.py" line="118" />
            <source>Có gắn cờ</source>
            <translation>Flagged</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/folders.py" line="119" />
            <source>Tất cả thư</source>
            <translation>All mail</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/folders.py" line="120" />
            <source>Hộp thư đơn vị</source>
            <translation>Unit mailbox</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/folders.py" line="121" />
            <source>Hộp thư cá nhân</source>
            <translation>Personal mailbox</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/folders.py" line="122" />
            <source>Thư mục</source>
            <translation>Folder</translation>
        </message>
    </context>
    <context>
        <name>GuardPanel</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/guards.py" line="40" />
            <source>Người nhận ngoài hệ thống .gov.vn: %1. Vẫn gửi được (ví dụ công dân, doanh nghiệp), hãy kiểm tra lại địa chỉ.</source>
            <translation>Recipients outside .gov.vn: %1. Sending is allowed (citizens, businesses); please check the addresses.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/guards.py" line="47" />
            <source>&lt;b&gt;Không gửi được: thư có dấu độ mật.&lt;/b&gt; %1&lt;br&gt;Văn bản có nội dung bí mật nhà nước không được gửi qua hệ thống thư điện tử công vụ; hãy chuyển theo đường văn thư mật.</source>
            <translation>&lt;b&gt;Cannot send: the message carries a secrecy marking.&lt;/b&gt; %1&lt;br&gt;Documents containing state secrets must not be sent through the official mail system; send them through the classified-document channel.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/guards.py" line="54" />
            <source>Thư gốc được đính kèm nguyên văn (message/rfc822, %1 byte) đúng như máy chủ lưu, không sửa được: chữ ký số trong thư gốc vẫn kiểm tra được ở phía người nhận.</source>
            <translation>The original is attached unaltered (message/rfc822, %1 bytes), exactly as the server holds it and not editable: its digital signatures can still be verified by the recipient.</translation>
        </message>
    </context>
    <context>
        <name>MailActions</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/actions.py" line="30" />
            <source>Thư mới</source>
            <translation>New message</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/actions.py" line="31" />
            <source>Trả lời</source>
            <translation>Reply</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/actions.py" line="32" />
            <source>Trả lời tất cả</source>
            <translation>Reply all</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/actions.py" line="34" />
            <source>Chuyển tiếp</source>
            <translation>Forward</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/actions.py" line="35" />
            <source>Chuyển nguyên văn</source>
            <translation>Forward unaltered</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/actions.py" line="37" />
            <source>Gửi thư gốc đúng từng byte như máy chủ lưu, dạng tệp đính kèm message/rfc822 (để chữ ký số còn nguyên giá trị)</source>
            <translation>Send the original byte for byte as the server holds it, as a message/rfc822 attachment (so digital signatures stay valid)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/actions.py" line="39" />
            <source>Mở thư nháp…</source>
            <translation>Open draft…</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/actions.py" line="41" />
            <source>Đánh dấu chưa đọc</source>
            <translation>Mark as unread</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/actions.py" line="42" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/actions.py" line="46" />
            <source>Nhận thư mới</source>
            <translation>Get new mail</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/actions.py" line="72" />
            <source>Dữ liệu mẫu: không có máy chủ để nhận thư. Hãy thêm tài khoản thư công vụ.</source>
            <translation>Sample data: there is no server to fetch mail from. Add your official mail account.</translation>
        </message>
    </context>
    <context>
        <name>MailArea</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/area.py" line="43" />
            <source>Tìm thư (gõ không dấu cũng được)…</source>
            <translation>Search mail (diacritics optional)…</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/area.py" line="121" />
            <source>Chọn một thư để đọc.</source>
            <translation>Select a message to read.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/area.py" line="121" />
            <source>Thư mục trống.</source>
            <translation>This folder is empty.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/area.py" line="132" />
            <source>Tìm thấy %n thư.</source>
            <translation>
                <numerusform>Found %n message.</numerusform>
                <numerusform>Found %n messages.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/area.py" line="134" />
            <source>Không tìm thấy thư nào.</source>
            <translation>No messages found.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/areas.py" line="32" />
            <source>Hộp thư</source>
            <translation>Mail</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/areas.py" line="33" />
            <source>Danh bạ</source>
            <translation>Directory</translation>
        </message>
        <message>
            <source>Sổ &amp; nhắc việc</source>
            <translation>Register &amp; duty</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/areas.py" line="34" />
            <source>Kiểm tra chữ ký</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="35" />
            <source>Dữ liệu mẫu</source>
            <translation>Sample data</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="82" />
            <source>Không mở được phần này: %1</source>
            <translation>This part could not be opened: %1</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="94" />
            <source>Dữ liệu mẫu — đây là hộp thư mẫu để làm quen, không kết nối máy chủ nào. Thêm tài khoản thư công vụ của bạn trong menu Tệp.</source>
            <translation>Sample data — a demo mailbox to get to know the app; it connects to no server. Add your official mail account from the File menu.</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="122" />
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="123" />
            <source>&amp;Thư</source>
            <translation>&amp;Message</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="124" />
            <source>&amp;Xem</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="125" />
            <source>Trợ &amp;giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="127" />
            <source>Thêm tài khoản thư…</source>
            <translation>Add mail account…</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="131" />
            <source>Thoát</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="136" />
            <source>Ngôn ngữ</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="152" />
            <source>Giới thiệu</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="179" />
            <source>Đang đồng bộ %1…</source>
            <translation>Synchronising %1…</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="190" />
            <source>Đã đồng bộ %1</source>
            <translation>%1 synchronised</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="194" />
            <source>Không đồng bộ được %1: %2</source>
            <translation>Could not synchronise %1: %2</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mainwindow.py" line="198" />
            <source>&lt;b&gt;Thư Công Vụ&lt;/b&gt; %1&lt;br&gt;Ứng dụng thư điện tử công vụ cho cán bộ, công chức.</source>
            <translation>&lt;b&gt;Thư Công Vụ&lt;/b&gt; %1&lt;br&gt;The official mail client for Vietnamese public servants.</translation>
        </message>
    </context>
    <context>
        <name>MessageListModel</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/listmodel.py" line="244" />
            <source>Có thể mang chữ ký số (chưa kiểm tra)</source>
            <translation>May carry a digital signature (not checked yet)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/listmodel.py" line="251" />
            <source>(không có tiêu đề)</source>
            <translation>(no subject)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/listmodel.py" line="262" />
            <source>Người gửi</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/listmodel.py" line="263" />
            <source>Tiêu đề</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/listmodel.py" line="264" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/listmodel.py" line="265" />
            <source>Cỡ</source>
            <translation>Size</translation>
        </message>
    </context>
    <context>
        <name>OutboxStatus</name>
        <message numerus="yes">
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/outboxstatus.py" line="57" />
            <source>Hộp thư đi: %n thư chờ gửi</source>
            <translation>
                <numerusform>Outbox: %n message waiting</numerusform>
                <numerusform>Outbox: %n messages waiting</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/outboxstatus.py" line="69" />
            <source>Hộp thư đi</source>
            <translation>Outbox</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/outboxstatus.py" line="70" />
            <source>Gửi lại ngay %n thư đang chờ? Thư ở trạng thái «không chắc» có thể đã tới người nhận.</source>
            <translation>
                <numerusform>Send the %n waiting message again now? A message marked «uncertain» may already have been delivered.</numerusform>
                <numerusform>Send the %n waiting messages again now? Messages marked «uncertain» may already have been delivered.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Passphrase</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/passphrase.py" line="12" />
            <source>Đặt mật khẩu cho kho khóa (giữ mật khẩu thư của bạn, được mã hóa):</source>
            <translation>Choose a passphrase for the vault (it keeps your mail passwords, encrypted):</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/passphrase.py" line="13" />
            <source>Mật khẩu kho khóa:</source>
            <translation>Vault passphrase:</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/passphrase.py" line="14" />
            <source>Kho khóa</source>
            <translation>Vault</translation>
        </message>
    </context>
    <context>
        <name>ReaderPane</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="68" />
            <source>Tải nội dung từ xa</source>
            <translation>Load remote content</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="77" />
            <source>Văn bản thuần</source>
            <translation>Plain text</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="125" />
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="154" />
            <source>(không có tiêu đề)</source>
            <translation>(no subject)</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="127" />
            <source>Đang tải nội dung thư…</source>
            <translation>Loading the message…</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="150" />
            <source>Không mở được thư: %1</source>
            <translation>Cannot open the message: %1</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="155" />
            <source>Từ</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="155" />
            <source>Đến</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="155" />
            <source>Cc</source>
            <translation>Cc</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="157" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="166" />
            <source>Thư viết bằng bảng mã cũ %1, đã được chuyển sang Unicode để hiển thị.</source>
            <translation>This message was written in the legacy %1 encoding and has been converted to Unicode for display.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/mail/reader.py" line="172" />
            <source>Đã chặn %n nội dung từ xa để bảo vệ bạn (người gửi có thể biết bạn đã mở thư).</source>
            <translation>
                <numerusform>Blocked %n remote item to protect you (the sender could learn that you opened the message).</numerusform>
                <numerusform>Blocked %n remote items to protect you (the sender could learn that you opened the message).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/tray.py" line="22" />
            <source>Mở Thư Công Vụ</source>
            <translation>Open Thư Công Vụ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/tray.py" line="46" />
            <source>Thư Công Vụ — %n thư chưa đọc</source>
            <translation>
                <numerusform>Thư Công Vụ — %n unread message</numerusform>
                <numerusform>Thư Công Vụ — %n unread messages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/tray.py" line="52" />
            <source>Thư mới</source>
            <translation>New message</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/tray.py" line="53" />
            <source>%n thư mới trong %1</source>
            <translation>
                <numerusform>%n new message in %1</numerusform>
                <numerusform>%n new messages in %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DirectoryArea</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/directory/area.py" line="16" />
            <source>Danh bạ thư điện tử của tỉnh</source>
            <translation>The province's e-mail directory</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/directory/area.py" line="17" />
            <source>Tìm đơn vị, cán bộ và hộp thư đơn vị không cần gõ dấu; chuyển khối "Nơi nhận" của văn bản thành danh sách người nhận. Tính năng này đang được xây dựng.</source>
            <translation>Find units, officials and unit mailboxes without typing diacritics; turn a document's "Nơi nhận" block into recipients. This feature is being built.</translation>
        </message>
    </context>
    <context>
        <name>SignaturesArea</name>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/signatures/area.py" line="16" />
            <source>Kiểm tra chữ ký số</source>
            <translation>Digital signature verification</translation>
        </message>
        <message>
            <location filename="../../work/wt/ui/desktop/thucongvu/ui/signatures/area.py" line="17" />
            <source>Kéo thả một tệp PDF đã ký, một thư S/MIME hoặc một chữ ký rời (.p7s) để biết văn bản có nguyên vẹn không và do ai ký. Tính năng này đang được xây dựng.</source>
            <translation>Drop a signed PDF, an S/MIME message or a detached signature (.p7s) to see whether the document is intact and who signed it. This feature is being built.</translation>
        </message>
    </context>
    <context>
        <name>ChecksPage</name>
        <message>
            <source>Xuất CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Ca làm việc…</source>
            <translation>Work sessions…</translation>
        </message>
        <message>
            <source>Từ ngày:</source>
            <translation>From:</translation>
        </message>
        <message>
            <source>đến:</source>
            <translation>to:</translation>
        </message>
        <message>
            <source>Đã lưu cài đặt ca làm việc.</source>
            <translation>Work-session settings saved.</translation>
        </message>
        <message>
            <source>Xuất nhật ký kiểm tra</source>
            <translation>Export the check log</translation>
        </message>
        <message>
            <source>Đã xuất %1</source>
            <translation>Exported %1</translation>
        </message>
        <message>
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Buổi</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Lần nhắc</source>
            <translation>Reminder</translation>
        </message>
        <message>
            <source>Giờ nhắc</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Đã nhắc lúc</source>
            <translation>Reminded at</translation>
        </message>
        <message>
            <source>Đã kiểm tra lúc</source>
            <translation>Checked at</translation>
        </message>
        <message>
            <source>Người kiểm tra</source>
            <translation>Checked by</translation>
        </message>
        <message>
            <source>Hộp thư</source>
            <translation>Mailbox</translation>
        </message>
        <message>
            <source>Đúng hạn</source>
            <translation>On time</translation>
        </message>
    </context>
    <context>
        <name>DutyArea</name>
        <message>
            <source>Sổ văn bản đến</source>
            <translation>Incoming register</translation>
        </message>
        <message>
            <source>Nhật ký kiểm tra hộp thư</source>
            <translation>Mailbox check log</translation>
        </message>
        <message>
            <source>Báo cáo sử dụng</source>
            <translation>Usage report</translation>
        </message>
    </context>
    <context>
        <name>DutySettingsDialog</name>
        <message>
            <source>Ca làm việc và nhắc kiểm tra</source>
            <translation>Work sessions and check reminders</translation>
        </message>
        <message>
            <source>Ngày làm việc:</source>
            <translation>Working days:</translation>
        </message>
        <message>
            <source>Buổi sáng:</source>
            <translation>Morning:</translation>
        </message>
        <message>
            <source>Buổi chiều:</source>
            <translation>Afternoon:</translation>
        </message>
        <message>
            <source>Ngày nghỉ bù (tỉnh thông báo):</source>
            <translation>Substitute days off (province):</translation>
        </message>
        <message>
            <source>Ngày làm bù:</source>
            <translation>Swapped working days:</translation>
        </message>
        <message>
            <source>Lãnh đạo nhận thư chuyển:</source>
            <translation>Leaders who receive forwards:</translation>
        </message>
        <message>
            <source>Các mục bị khoá do quản trị viên đặt trong chính sách của đơn vị.</source>
            <translation>Locked items are set by the administrator's policy.</translation>
        </message>
        <message>
            <source>Do quản trị viên đặt</source>
            <translation>Set by the administrator</translation>
        </message>
        <message>
            <source>T2</source>
            <translation>Mon</translation>
        </message>
        <message>
            <source>T3</source>
            <translation>Tue</translation>
        </message>
        <message>
            <source>T4</source>
            <translation>Wed</translation>
        </message>
        <message>
            <source>T5</source>
            <translation>Thu</translation>
        </message>
        <message>
            <source>T6</source>
            <translation>Fri</translation>
        </message>
        <message>
            <source>T7</source>
            <translation>Sat</translation>
        </message>
        <message>
            <source>CN</source>
            <translation>Sun</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <source>Số đến %1</source>
            <translation>Incoming no. %1</translation>
        </message>
        <message>
            <source>Ngày đến:</source>
            <translation>Received:</translation>
        </message>
        <message>
            <source>Có ngày văn bản</source>
            <translation>Document date</translation>
        </message>
        <message>
            <source>Tác giả/Cơ quan gửi:</source>
            <translation>Sender / agency:</translation>
        </message>
        <message>
            <source>Số, ký hiệu:</source>
            <translation>Doc. number:</translation>
        </message>
        <message>
            <source>Trích yếu:</source>
            <translation>Summary:</translation>
        </message>
        <message>
            <source>Người nhận/Đơn vị nhận:</source>
            <translation>Passed to:</translation>
        </message>
        <message>
            <source>Tình trạng:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <source>Ghi chú:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>QChart</name>
        <message>
            <source>Thư điện tử công vụ theo tháng</source>
            <translation>Official e-mail by month</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <source>Vào sổ thư đang chọn</source>
            <translation>Register selected message</translation>
        </message>
        <message>
            <source>Chuyển lãnh đạo…</source>
            <translation>Forward to leaders…</translation>
        </message>
        <message>
            <source>Xuất Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <source>Xuất CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Năm:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <source>Hãy chọn thư trong Hộp thư trước.</source>
            <translation>Select a message in Mail first.</translation>
        </message>
        <message>
            <source>Đã vào sổ: số đến %1.</source>
            <translation>Registered: incoming no. %1.</translation>
        </message>
        <message>
            <source>Chưa cấu hình lãnh đạo nhận thư cho hộp thư đơn vị.</source>
            <translation>No leaders are configured for the unit mailbox.</translation>
        </message>
        <message>
            <source>Chuyển lãnh đạo</source>
            <translation>Forward to leaders</translation>
        </message>
        <message numerus="yes">
            <source>Chuyển nguyên văn %n thư cho: %1
Lời nhắn (không bắt buộc):</source>
            <translation>
                <numerusform>Forward %n message unaltered to: %1
Note (optional):</numerusform>
                <numerusform>Forward %n messages unaltered to: %1
Note (optional):</numerusform>
            </translation>
        </message>
        <message>
            <source>Đang chuyển…</source>
            <translation>Forwarding…</translation>
        </message>
        <message>
            <source>Đã chuyển %1 thư, %2 thư chờ trong hộp thư đi.</source>
            <translation>Forwarded %1 message(s); %2 waiting in the outbox.</translation>
        </message>
        <message>
            <source>Xuất sổ văn bản đến</source>
            <translation>Export the incoming register</translation>
        </message>
        <message>
            <source>Đã xuất %1</source>
            <translation>Exported %1</translation>
        </message>
        <message>
            <source>Số đến</source>
            <translation>Incoming no.</translation>
        </message>
        <message>
            <source>Ngày đến</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Tác giả/Cơ quan gửi</source>
            <translation>Sender / agency</translation>
        </message>
        <message>
            <source>Số ký hiệu</source>
            <translation>Doc. number</translation>
        </message>
        <message>
            <source>Ngày văn bản</source>
            <translation>Doc. date</translation>
        </message>
        <message>
            <source>Trích yếu</source>
            <translation>Summary</translation>
        </message>
        <message>
            <source>Người nhận/Đơn vị nhận</source>
            <translation>Passed to</translation>
        </message>
        <message>
            <source>Tình trạng</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Ghi chú</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <source>Mở hộp thư đơn vị</source>
            <translation>Open unit mailbox</translation>
        </message>
        <message>
            <source>Nhắc lại sau 10 phút</source>
            <translation>Remind me in 10 minutes</translation>
        </message>
        <message>
            <source>Nhắc lại sau 30 phút</source>
            <translation>Remind me in 30 minutes</translation>
        </message>
        <message>
            <source>Đã đến giờ kiểm tra hộp thư đơn vị và hộp thư cá nhân (%1, %2).</source>
            <translation>Time to check the unit mailbox and your own (%1, %2).</translation>
        </message>
    </context>
    <context>
        <name>ReminderController</name>
        <message>
            <source>Kiểm tra hộp thư đơn vị</source>
            <translation>Check the unit mailbox</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <source>Xuất CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <source>Xuất PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>Kỳ báo cáo:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <source>Cộng</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>Xuất báo cáo</source>
            <translation>Export the report</translation>
        </message>
        <message>
            <source>Đã xuất %1</source>
            <translation>Exported %1</translation>
        </message>
        <message>
            <source>Kỳ</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>Thư nhận</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Thư gửi</source>
            <translation>Sent</translation>
        </message>
        <message>
            <source>Văn bản ký số nhận</source>
            <translation>Signed documents received</translation>
        </message>
        <message>
            <source>Văn bản ký số đã kiểm tra</source>
            <translation>Signed documents verified</translation>
        </message>
        <message>
            <source>Chuyển lãnh đạo</source>
            <translation>Forward to leaders</translation>
        </message>
        <message>
            <source>Vào sổ văn bản đến</source>
            <translation>Registered</translation>
        </message>
        <message>
            <source>Lượt nhắc kiểm tra</source>
            <translation>Reminders</translation>
        </message>
        <message>
            <source>Kiểm tra đúng hạn</source>
            <translation>Checked on time</translation>
        </message>
        <message>
            <source>Tỷ lệ đúng hạn (%)</source>
            <translation>On time (%)</translation>
        </message>
    </context>
</TS>