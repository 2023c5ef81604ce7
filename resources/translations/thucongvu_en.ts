<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="vi_VN">
    <context>
        <name>AccountWizard</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="33" />
            <source>Thêm tài khoản thư công vụ</source>
            <translation>Add an official mail account</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="50" />
            <source>Nhập địa chỉ thư công vụ (.gov.vn) và mật khẩu. Ứng dụng tự tìm máy chủ và thử đăng nhập; mật khẩu được cất trong kho khóa của hệ điều hành hoặc kho mã hóa.</source>
            <translation>Enter your official (.gov.vn) address and password. The app finds the servers and tries to log in; the password is kept in the system keyring or the encrypted vault.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="62" />
            <source>Đây là hộp thư đơn vị (văn thư quản lý)</source>
            <translation>This is the unit mailbox (kept by the documentation officer)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="63" />
            <source>Địa chỉ thư:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="64" />
            <source>Mật khẩu:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="65" />
            <source>Tên hiển thị:</source>
            <translation>Display name:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="69" />
            <source>Máy chủ (để trống để tự tìm)</source>
            <translation>Servers (leave empty to find them)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="75" />
            <source>TLS (cổng 993)</source>
            <translation>TLS (port 993)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="91" />
            <source>Máy chủ (do quản trị viên quy định)</source>
            <translation>Servers (set by the administrator)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="101" />
            <source>Tin cậy chứng chỉ này</source>
            <translation>Trust this certificate</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="105" />
            <source>Kết nối</source>
            <translation>Connect</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="109" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="147" />
            <source>Đang thử kết nối…</source>
            <translation>Trying to connect…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="171" />
            <source>Đã kết nối và lưu tài khoản %1.</source>
            <translation>Connected; account %1 saved.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="181" />
            <source>&lt;b&gt;Không dùng được địa chỉ này.&lt;/b&gt; Chỉ thị 34/2008/CT-TTg yêu cầu dùng hộp thư công vụ thuộc tên miền .gov.vn cho công việc.</source>
            <translation>&lt;b&gt;This address cannot be used.&lt;/b&gt; Directive 34/2008/CT-TTg requires official work to use a mailbox under .gov.vn.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="184" />
            <source>&lt;b&gt;Sai tên đăng nhập hoặc mật khẩu.&lt;/b&gt; Máy chủ đã trả lời nhưng từ chối đăng nhập; kiểm tra lại mật khẩu (phân biệt chữ hoa, chữ thường).</source>
            <translation>&lt;b&gt;Wrong user name or password.&lt;/b&gt; The server answered but refused the login; check the password (it is case-sensitive).</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="188" />
            <source>(không lấy được)</source>
            <translation>(not available)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="189" />
            <source>&lt;b&gt;Chứng chỉ của máy chủ không được tin cậy.&lt;/b&gt; Có thể máy chủ dùng chứng chỉ nội bộ, hoặc có kẻ đang giả mạo máy chủ. Chỉ chọn «Tin cậy chứng chỉ này» khi bộ phận CNTT xác nhận đúng vân tay SHA-256 dưới đây:</source>
            <translation>&lt;b&gt;The server's certificate is not trusted.&lt;/b&gt; The server may use an internal certificate, or someone may be impersonating it. Choose «Trust this certificate» only when your IT staff confirm this SHA-256 fingerprint:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="195" />
            <source>&lt;b&gt;Không kết nối được máy chủ thư.&lt;/b&gt; Kiểm tra mạng, hoặc nhập địa chỉ máy chủ do bộ phận CNTT cung cấp vào ô IMAP.</source>
            <translation>&lt;b&gt;The mail server could not be reached.&lt;/b&gt; Check the network, or enter the server address your IT staff gave you in the IMAP field.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/accounts/wizard.py" line="198" />
            <source>&lt;b&gt;Không thêm được tài khoản.&lt;/b&gt;</source>
            <translation>&lt;b&gt;The account could not be added.&lt;/b&gt;</translation>
        </message>
    </context>
    <context>
        <name>AttachmentPanel</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/attachments.py" line="42" />
            <source>Mở</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/attachments.py" line="44" />
            <source>Lưu…</source>
            <translation>Save…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/attachments.py" line="75" />
            <source>Lưu tệp đính kèm vào thư mục</source>
            <translation>Save attachments into folder</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/main/desktop/thucongvu/ui/mail/attachments.py" line="81" />
            <source>Đã lưu %n tệp vào %1</source>
            <translation>
                <numerusform>Saved %n file to %1</numerusform>
                <numerusform>Saved %n files to %1</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/attachments.py" line="96" />
            <source>Tệp có thể chạy chương trình</source>
            <translation>This file can run a program</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/attachments.py" line="97" />
            <source>“%1” là chương trình hoặc tập lệnh. Chỉ mở khi bạn chắc chắn người gửi đáng tin. Vẫn mở?</source>
            <translation>“%1” is a program or script. Open it only if you are sure the sender is trustworthy. Open anyway?</translation>
        </message>
    </context>
    <context>
        <name>ChecksPage</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="163" />
            <source>Xuất CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="165" />
            <source>Ca làm việc…</source>
            <translation>Work sessions…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="168" />
            <source>Từ ngày:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="170" />
            <source>đến:</source>
            <translation>to:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="190" />
            <source>Đã lưu cài đặt ca làm việc.</source>
            <translation>Work-session settings saved.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="200" />
            <source>Xuất nhật ký kiểm tra</source>
            <translation>Export the check log</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="204" />
            <source>Đã xuất %1</source>
            <translation>Exported %1</translation>
        </message>
    </context>
    <context>
        <name>ComingPage</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/coming.py" line="17" />
            <source>Sắp có</source>
            <translation>Coming soon</translation>
        </message>
    </context>
    <context>
        <name>ComposeWindow</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="52" />
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="54" />
            <source>Thư mới</source>
            <translation>New message</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="52" />
            <source>Trả lời</source>
            <translation>Reply</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="52" />
            <source>Trả lời tất cả</source>
            <translation>Reply all</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="53" />
            <source>Chuyển tiếp</source>
            <translation>Forward</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="53" />
            <source>Chuyển nguyên văn</source>
            <translation>Forward unaltered</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="66" />
            <source>Đang tải thư gốc…</source>
            <translation>Loading the original…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="86" />
            <source>Từ:</source>
            <translation>From:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="87" />
            <source>Đến:</source>
            <translation>To:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="88" />
            <source>Cc:</source>
            <translation>Cc:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="89" />
            <source>Tiêu đề:</source>
            <translation>Subject:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="111" />
            <source>Đính kèm tệp…</source>
            <translation>Attach files…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="113" />
            <source>Bỏ tệp</source>
            <translation>Remove file</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="115" />
            <source>Lưu nháp</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="117" />
            <source>Gửi (Ctrl+Enter)</source>
            <translation>Send (Ctrl+Enter)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="146" />
            <source>Lời nhắn kèm theo (không bắt buộc)</source>
            <translation>Covering note (optional)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="156" />
            <source>Không tải được thư gốc: %1</source>
            <translation>Could not load the original: %1</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="188" />
            <source>Chọn tệp đính kèm</source>
            <translation>Choose attachments</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="239" />
            <source>Đã lưu nháp trên máy.</source>
            <translation>Draft saved on this computer.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="246" />
            <source>Đã lưu nháp lên máy chủ.</source>
            <translation>Draft saved to the server.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="248" />
            <source>Đã lưu nháp trên máy (chưa lưu được lên máy chủ).</source>
            <translation>Draft saved on this computer (not yet on the server).</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="259" />
            <source>Dữ liệu mẫu: thư không được gửi đi. Hãy thêm tài khoản thư công vụ để gửi thật.</source>
            <translation>Sample data: nothing is sent. Add your official mail account to send for real.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="268" />
            <source>Đang gửi…</source>
            <translation>Sending…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="294" />
            <source>Thư nằm trong hộp thư đi</source>
            <translation>The message is in the outbox</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="295" />
            <source>Chưa gửi được ngay (%1). Thư được giữ trong hộp thư đi và sẽ tự gửi lại, kể cả sau khi mở lại ứng dụng.</source>
            <translation>Not sent yet (%1). The message stays in the outbox and will be retried, even after the app is restarted.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/compose.py" line="309" />
            <source>Không gửi được</source>
            <translation>Cannot send</translation>
        </message>
    </context>
    <context>
        <name>DirectoryActions</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/actions.py" line="93" />
            <source>Xuất vCard</source>
            <translation>Export vCard</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/actions.py" line="95" />
            <source>vCard (*.vcf)</source>
            <translation>vCard (*.vcf)</translation>
        </message>
    </context>
    <context>
        <name>DirectoryArea</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="64" />
            <source>Nhập danh bạ…</source>
            <translation>Import directory…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="65" />
            <source>Nơi nhận → người nhận…</source>
            <translation>“Nơi nhận” → recipients…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="66" />
            <source>Viết thư</source>
            <translation>Write to</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="68" />
            <source>Chép địa chỉ</source>
            <translation>Copy address</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="71" />
            <source>Thêm vào thư đang soạn</source>
            <translation>Add to message being written</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="72" />
            <source>Xuất vCard…</source>
            <translation>Export vCard…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="73" />
            <source>Nhóm người nhận…</source>
            <translation>Recipient groups…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="96" />
            <source>Tìm đơn vị, cán bộ, địa chỉ… (không cần dấu, ví dụ: so tttt)</source>
            <translation>Find a unit, official, address… (no diacritics needed, e.g. so tttt)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="124" />
            <source>Tên:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="124" />
            <source>Loại:</source>
            <translation>Kind:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="124" />
            <source>Chức vụ:</source>
            <translation>Position:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="125" />
            <source>Đơn vị:</source>
            <translation>Unit:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="125" />
            <source>Thư điện tử:</source>
            <translation>E-mail:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="126" />
            <source>Điện thoại:</source>
            <translation>Phone:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="126" />
            <source>Nguồn:</source>
            <translation>Source:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="127" />
            <source>Cập nhật lúc:</source>
            <translation>Updated at:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="173" />
            <source>(Chưa rõ đơn vị)</source>
            <translation>(Unit not known)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="177" />
            <source>%1 đơn vị, %2 cán bộ, %3 nhóm</source>
            <translation>%1 units, %2 officials, %3 groups</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="239" />
            <source>(nhóm — mở rộng thành các hộp thư khi gửi)</source>
            <translation>(group — expands to its mailboxes when sending)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/area.py" line="240" />
            <source>(chưa có)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>DirectoryCompletion</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/completion.py" line="84" />
            <source>Nhóm: %1</source>
            <translation>Group: %1</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/completion.py" line="119" />
            <source>Nơi nhận…</source>
            <translation>Nơi nhận…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/completion.py" line="121" />
            <source>Dán khối "Nơi nhận" của văn bản để thêm người nhận</source>
            <translation>Paste a document's “Nơi nhận” (recipients) block to add its recipients</translation>
        </message>
    </context>
    <context>
        <name>DirectoryModel</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/model.py" line="22" />
            <source>Cán bộ</source>
            <translation>Official</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/model.py" line="24" />
            <location filename="../../work/main/desktop/thucongvu/ui/directory/model.py" line="42" />
            <location filename="../../work/main/desktop/thucongvu/ui/directory/model.py" line="89" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/model.py" line="26" />
            <source>Nhóm</source>
            <translation>Group</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/model.py" line="38" />
            <source>Tên</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/model.py" line="39" />
            <source>Chức vụ</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/model.py" line="40" />
            <source>Thư điện tử</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/model.py" line="41" />
            <source>Điện thoại</source>
            <translation>Phone</translation>
        </message>
    </context>
    <context>
        <name>DraftPicker</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/drafts.py" line="46" />
            <source>Mở thư nháp</source>
            <translation>Open draft</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/drafts.py" line="58" />
            <source>Không có thư nháp nào.</source>
            <translation>No drafts.</translation>
        </message>
    </context>
    <context>
        <name>DutyArea</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/area.py" line="37" />
            <source>Sổ văn bản đến</source>
            <translation>Incoming register</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/area.py" line="38" />
            <source>Nhật ký kiểm tra hộp thư</source>
            <translation>Mailbox check log</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/area.py" line="39" />
            <source>Báo cáo sử dụng</source>
            <translation>Usage report</translation>
        </message>
    </context>
    <context>
        <name>DutySettingsDialog</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/settings_dialog.py" line="30" />
            <source>Ca làm việc và nhắc kiểm tra</source>
            <translation>Work sessions and check reminders</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/settings_dialog.py" line="41" />
            <source>Ngày làm việc:</source>
            <translation>Working days:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/settings_dialog.py" line="44" />
            <source>Buổi sáng:</source>
            <translation>Morning:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/settings_dialog.py" line="44" />
            <source>Buổi chiều:</source>
            <translation>Afternoon:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/settings_dialog.py" line="59" />
            <source>Ngày nghỉ bù (tỉnh thông báo):</source>
            <translation>Substitute days off (province):</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/settings_dialog.py" line="60" />
            <source>Ngày làm bù:</source>
            <translation>Swapped working days:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/settings_dialog.py" line="63" />
            <source>Lãnh đạo nhận thư chuyển:</source>
            <translation>Leaders who receive forwards:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/settings_dialog.py" line="70" />
            <source>Các mục bị khoá do quản trị viên đặt trong chính sách của đơn vị.</source>
            <translation>Locked items are set by the administrator's policy.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/settings_dialog.py" line="82" />
            <source>Do quản trị viên đặt</source>
            <translation>Set by the administrator</translation>
        </message>
    </context>
    <context>
        <name>EntryDialog</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/entry_dialog.py" line="20" />
            <source>Số đến %1</source>
            <translation>Incoming no. %1</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/entry_dialog.py" line="22" />
            <source>Ngày đến:</source>
            <translation>Received:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/entry_dialog.py" line="25" />
            <source>Có ngày văn bản</source>
            <translation>Document date</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/entry_dialog.py" line="43" />
            <source>Tác giả/Cơ quan gửi:</source>
            <translation>Sender / agency:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/entry_dialog.py" line="44" />
            <source>Số, ký hiệu:</source>
            <translation>Doc. number:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/entry_dialog.py" line="46" />
            <source>Trích yếu:</source>
            <translation>Summary:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/entry_dialog.py" line="47" />
            <source>Người nhận/Đơn vị nhận:</source>
            <translation>Passed to:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/entry_dialog.py" line="48" />
            <source>Tình trạng:</source>
            <translation>Status:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/entry_dialog.py" line="49" />
            <source>Ghi chú:</source>
            <translation>Note:</translation>
        </message>
    </context>
    <context>
        <name>FolderTree</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="133" />
            <source>Hộp thư đến</source>
            <translation>Inbox</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="134" />
            <source>Đã gửi</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="135" />
            <source>Thư nháp</source>
            <translation>Drafts</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="136" />
            <source>Thùng rác</source>
            <translation>Trash</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="137" />
            <source>Thư rác</source>
            <translation>Junk</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="138" />
            <source>Lưu trữ</source>
            <translation>Archive</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="139" />
            <source>Có gắn cờ</source>
            <translation>Flagged</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="140" />
            <source>Tất cả thư</source>
            <translation>All mail</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="141" />
            <source>Hộp thư đơn vị</source>
            <translation>Unit mailbox</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="142" />
            <source>Hộp thư cá nhân</source>
            <translation>Personal mailbox</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="143" />
            <source>Thư mục</source>
            <translation>Folder</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="144" />
            <source>chỉ đọc</source>
            <translation>read only</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/folders.py" line="145" />
            <source>Chỉ đọc — hộp thư đơn vị (lãnh đạo)</source>
            <translation>Read only — unit mailbox (leader)</translation>
        </message>
    </context>
    <context>
        <name>GroupsDialog</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="27" />
            <source>Nhóm người nhận</source>
            <translation>Recipient groups</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="38" />
            <source>Nhóm mới</source>
            <translation>New group</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="52" />
            <source>Cách viết khác trong "Nơi nhận", mỗi dòng một cách</source>
            <translation>Other spellings in “Nơi nhận”, one per line</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="55" />
            <source>UBND tỉnh</source>
            <translation>Provincial People's Committee</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="55" />
            <source>HĐND tỉnh</source>
            <translation>Provincial People's Council</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="56" />
            <source>Sở, ban, ngành tỉnh</source>
            <translation>Provincial departments and agencies</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="57" />
            <source>UBND huyện, thị xã, thành phố</source>
            <translation>District, town and city People's Committees</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="58" />
            <source>Phòng, ban cấp huyện</source>
            <translation>District offices</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="58" />
            <source>Phòng, chi cục thuộc sở</source>
            <translation>Offices under departments</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="59" />
            <source>UBND xã, phường, thị trấn</source>
            <translation>Commune, ward and township People's Committees</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="64" />
            <source>ví dụ: Chủ tịch, Phó Chủ tịch</source>
            <translation>e.g. Chủ tịch, Phó Chủ tịch</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="66" />
            <source>ví dụ: UBND tỉnh (để trống: mọi đơn vị)</source>
            <translation>e.g. UBND tỉnh (empty: every unit)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="68" />
            <source>Tên đơn vị, mỗi dòng một đơn vị</source>
            <translation>Unit names, one per line</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="70" />
            <source>Địa chỉ thêm, mỗi dòng một địa chỉ</source>
            <translation>Further addresses, one per line</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="73" />
            <source>Tên nhóm:</source>
            <translation>Group name:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="74" />
            <source>Cách viết khác:</source>
            <translation>Other spellings:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="75" />
            <source>Hộp thư đơn vị của:</source>
            <translation>Unit mailboxes of:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="76" />
            <source>Cán bộ có chức vụ:</source>
            <translation>Officials holding:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="77" />
            <source>… thuộc loại đơn vị:</source>
            <translation>… in units of kind:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="78" />
            <source>Các đơn vị:</source>
            <translation>Units:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="79" />
            <source>Địa chỉ khác:</source>
            <translation>Other addresses:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="82" />
            <source>Lưu</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="83" />
            <source>Xóa nhóm</source>
            <translation>Delete group</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="131" />
            <source>Nhóm gồm %n địa chỉ.</source>
            <translation>
                <numerusform>The group has %n address.</numerusform>
                <numerusform>The group has %n addresses.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/groups_dialog.py" line="149" />
            <source>Hãy đặt tên nhóm và chọn ít nhất một điều kiện.</source>
            <translation>Name the group and choose at least one condition.</translation>
        </message>
    </context>
    <context>
        <name>GuardPanel</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/guards.py" line="40" />
            <source>Người nhận ngoài hệ thống .gov.vn: %1. Vẫn gửi được (ví dụ công dân, doanh nghiệp), hãy kiểm tra lại địa chỉ.</source>
            <translation>Recipients outside .gov.vn: %1. Sending is allowed (citizens, businesses); please check the addresses.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/guards.py" line="47" />
            <source>&lt;b&gt;Không gửi được: thư có dấu độ mật.&lt;/b&gt; %1&lt;br&gt;Văn bản có nội dung bí mật nhà nước không được gửi qua hệ thống thư điện tử công vụ; hãy chuyển theo đường văn thư mật.</source>
            <translation>&lt;b&gt;Cannot send: the message carries a secrecy marking.&lt;/b&gt; %1&lt;br&gt;Documents containing state secrets must not be sent through the official mail system; send them through the classified-document channel.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/guards.py" line="54" />
            <source>Thư gốc được đính kèm nguyên văn (message/rfc822, %1 byte) đúng như máy chủ lưu, không sửa được: chữ ký số trong thư gốc vẫn kiểm tra được ở phía người nhận.</source>
            <translation>The original is attached unaltered (message/rfc822, %1 bytes), exactly as the server holds it and not editable: its digital signatures can still be verified by the recipient.</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="39" />
            <source>Nhập danh bạ</source>
            <translation>Import directory</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="59" />
            <source>Quay lại</source>
            <translation>Back</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="60" />
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="153" />
            <source>Tiếp</source>
            <translation>Next</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="61" />
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="154" />
            <source>Đóng</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="75" />
            <source>Tệp danh bạ (.xlsx, .csv, .vcf)</source>
            <translation>Directory file (.xlsx, .csv, .vcf)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="76" />
            <source>Danh bạ chung trên máy chủ LDAP</source>
            <translation>Global address list on an LDAP server</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="80" />
            <source>Chọn tệp…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="89" />
            <source>(để trống: đăng nhập ẩn danh)</source>
            <translation>(empty: anonymous bind)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="93" />
            <source>Tệp:</source>
            <translation>File:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="95" />
            <source>Địa chỉ LDAP:</source>
            <translation>LDAP URL:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="96" />
            <source>DN đăng nhập:</source>
            <translation>Bind DN:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="97" />
            <source>Mật khẩu:</source>
            <translation>Password:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="105" />
            <source>Kiểm tra cột nào là họ tên, chức vụ, đơn vị, thư điện tử… (đã tự nhận theo tiêu đề cột; chọn lại nếu sai).</source>
            <translation>Check which column holds the name, position, unit, e-mail… (recognised from the column headers; change it if wrong).</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="118" />
            <source>Đang đọc nguồn danh bạ…</source>
            <translation>Reading the directory source…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="136" />
            <source>Dòng</source>
            <translation>Row</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="136" />
            <source>Lý do không nhập</source>
            <translation>Why it was not imported</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="143" />
            <source>(bỏ qua)</source>
            <translation>(ignore)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="143" />
            <source>Họ và tên</source>
            <translation>Full name</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="143" />
            <source>Chức vụ</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="144" />
            <source>Đơn vị</source>
            <translation>Unit</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="144" />
            <source>Đơn vị cấp trên</source>
            <translation>Parent unit</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="145" />
            <source>Thư điện tử</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="145" />
            <source>Điện thoại</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="146" />
            <source>Số thứ tự</source>
            <translation>Number</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="153" />
            <source>Nhập</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="154" />
            <source>Xong</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="158" />
            <source>Chọn tệp danh bạ</source>
            <translation>Choose a directory file</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="159" />
            <source>Danh bạ (*.xlsx *.csv *.vcf);;Tất cả (*)</source>
            <translation>Directories (*.xlsx *.csv *.vcf);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="174" />
            <source>Hãy chọn tệp danh bạ hoặc nhập địa chỉ LDAP.</source>
            <translation>Choose a directory file or enter an LDAP URL.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="222" />
            <source>Đang ghi %1 / %2 mục…</source>
            <translation>Writing %1 / %2 entries…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="226" />
            <source>Đã thêm %1 mục, cập nhật %2 mục, gỡ %4 mục nguồn không còn ghi; %3 dòng không nhập được.</source>
            <translation>Added %1 entries, updated %2, removed %4 the source no longer lists; %3 rows could not be imported.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/import_wizard.py" line="244" />
            <source>Không nhập được, danh bạ giữ nguyên: %1</source>
            <translation>Import failed, the directory is unchanged: %1</translation>
        </message>
    </context>
    <context>
        <name>MailActions</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="30" />
            <source>Thư mới</source>
            <translation>New message</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="31" />
            <source>Trả lời</source>
            <translation>Reply</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="32" />
            <source>Trả lời tất cả</source>
            <translation>Reply all</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="34" />
            <source>Chuyển tiếp</source>
            <translation>Forward</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="35" />
            <source>Chuyển nguyên văn</source>
            <translation>Forward unaltered</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="37" />
            <source>Gửi thư gốc đúng từng byte như máy chủ lưu, dạng tệp đính kèm message/rfc822 (để chữ ký số còn nguyên giá trị)</source>
            <translation>Send the original byte for byte as the server holds it, as a message/rfc822 attachment (so digital signatures stay valid)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="39" />
            <source>Mở thư nháp…</source>
            <translation>Open draft…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="41" />
            <source>Đánh dấu chưa đọc</source>
            <translation>Mark as unread</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="42" />
            <source>Gắn cờ / bỏ cờ</source>
            <translation>Flag / unflag</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="45" />
            <source>Xóa</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="49" />
            <source>Nhận thư mới</source>
            <translation>Get new mail</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/actions.py" line="82" />
            <source>Dữ liệu mẫu: không có máy chủ để nhận thư. Hãy thêm tài khoản thư công vụ.</source>
            <translation>Sample data: there is no server to fetch mail from. Add your official mail account.</translation>
        </message>
    </context>
    <context>
        <name>MailArea</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/area.py" line="44" />
            <source>Tìm thư (gõ không dấu cũng được)…</source>
            <translation>Search mail (diacritics optional)…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/area.py" line="128" />
            <source>Chọn một thư để đọc.</source>
            <translation>Select a message to read.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/area.py" line="128" />
            <source>Thư mục trống.</source>
            <translation>This folder is empty.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/main/desktop/thucongvu/ui/mail/area.py" line="140" />
            <source>Tìm thấy %n thư.</source>
            <translation>
                <numerusform>Found %n message.</numerusform>
                <numerusform>Found %n messages.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/area.py" line="142" />
            <source>Không tìm thấy thư nào.</source>
            <translation>No messages found.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/area.py" line="266" />
            <source>Chỉ đọc: lãnh đạo không xóa, di chuyển hay gắn cờ thư trong hộp thư đơn vị.</source>
            <translation>Read only: leaders do not delete, move or flag messages in the unit mailbox.</translation>
        </message>
    </context>
    <context>
        <name>MailSignatureBadge</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/mail_badge.py" line="34" />
            <source>Chi tiết</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/mail_badge.py" line="60" />
            <source>Đang kiểm tra chữ ký số…</source>
            <translation>Checking the digital signature…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/mail_badge.py" line="75" />
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/mail_badge.py" line="85" />
            <source>Không kiểm tra được chữ ký: %1</source>
            <translation>Could not check the signature: %1</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/mail_badge.py" line="79" />
            <source>Chữ ký số: %1 — %2</source>
            <translation>Digital signature: %1 — %2</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/areas.py" line="33" />
            <source>Hộp thư</source>
            <translation>Mail</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/areas.py" line="34" />
            <source>Danh bạ</source>
            <translation>Directory</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/areas.py" line="35" />
            <source>Kiểm tra chữ ký</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/areas.py" line="36" />
            <source>Sổ &amp; nhắc việc</source>
            <translation>Register &amp; duty</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="41" />
            <source>Dữ liệu mẫu</source>
            <translation>Sample data</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="128" />
            <source>Không mở được phần này: %1</source>
            <translation>This part could not be opened: %1</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="140" />
            <source>Dữ liệu mẫu — đây là hộp thư mẫu để làm quen, không kết nối máy chủ nào. Thêm tài khoản thư công vụ của bạn trong menu Tệp.</source>
            <translation>Sample data — a demo mailbox to get to know the app; it connects to no server. Add your official mail account from the File menu.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="168" />
            <source>&amp;Tệp</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="169" />
            <source>&amp;Thư</source>
            <translation>&amp;Message</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="170" />
            <source>&amp;Xem</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="171" />
            <source>Trợ &amp;giúp</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="173" />
            <source>Thêm tài khoản thư…</source>
            <translation>Add mail account…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="177" />
            <source>Thoát</source>
            <translation>Quit</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="182" />
            <source>Ngôn ngữ</source>
            <translation>Language</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="198" />
            <source>Giới thiệu</source>
            <translation>About</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="226" />
            <source>Đang đồng bộ %1…</source>
            <translation>Synchronising %1…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="237" />
            <source>Đã đồng bộ %1</source>
            <translation>%1 synchronised</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="241" />
            <source>Không đồng bộ được %1: %2</source>
            <translation>Could not synchronise %1: %2</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mainwindow.py" line="245" />
            <source>&lt;b&gt;Thư Công Vụ&lt;/b&gt; %1&lt;br&gt;Ứng dụng thư điện tử công vụ cho cán bộ, công chức.</source>
            <translation>&lt;b&gt;Thư Công Vụ&lt;/b&gt; %1&lt;br&gt;The official mail client for Vietnamese public servants.</translation>
        </message>
    </context>
    <context>
        <name>MessageListModel</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/listmodel.py" line="244" />
            <source>Có thể mang chữ ký số (chưa kiểm tra)</source>
            <translation>May carry a digital signature (not checked yet)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/listmodel.py" line="251" />
            <source>(không có tiêu đề)</source>
            <translation>(no subject)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/listmodel.py" line="262" />
            <source>Người gửi</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/listmodel.py" line="263" />
            <source>Tiêu đề</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/listmodel.py" line="264" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/listmodel.py" line="265" />
            <source>Cỡ</source>
            <translation>Size</translation>
        </message>
    </context>
    <context>
        <name>NoiNhanDialog</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/noi_nhan.py" line="28" />
            <source>Nơi nhận → người nhận</source>
            <translation>“Nơi nhận” → recipients</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/noi_nhan.py" line="30" />
            <source>Dán khối "Nơi nhận:" của văn bản. Dòng "Lưu: …", "Như trên" được bỏ qua; dòng chưa xác định được hãy sửa lại cho đúng tên đơn vị.</source>
            <translation>Paste the document's “Nơi nhận:” block. “Lưu: …” and “Như trên” lines are skipped; fix unresolved lines to the unit's proper name.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/noi_nhan.py" line="37" />
            <source>Nơi nhận:
- Như trên;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, TX, TP;
- Lưu: VT, VHXH.</source>
            <translation>Nơi nhận:
- Như trên;
- Các sở, ban, ngành tỉnh;
- UBND các huyện, TX, TP;
- Lưu: VT, VHXH.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/noi_nhan.py" line="41" />
            <source>Dòng / địa chỉ</source>
            <translation>Line / address</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/noi_nhan.py" line="41" />
            <source>Kết quả</source>
            <translation>Result</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/noi_nhan.py" line="50" />
            <source>Thêm vào người nhận</source>
            <translation>Add to recipients</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/noi_nhan.py" line="51" />
            <source>Hủy</source>
            <translation>Cancel</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/main/desktop/thucongvu/ui/directory/noi_nhan.py" line="78" />
            <source>%n địa chỉ</source>
            <translation>
                <numerusform>%n address</numerusform>
                <numerusform>%n addresses</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/noi_nhan.py" line="88" />
            <source>Chưa xác định — hãy sửa dòng này</source>
            <translation>Not resolved — please correct this line</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/noi_nhan.py" line="92" />
            <source>Bỏ qua</source>
            <translation>Skipped</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/directory/noi_nhan.py" line="95" />
            <source>%1 dòng có địa chỉ, %2 dòng chưa xác định, %3 dòng bỏ qua — %4 người nhận</source>
            <translation>%1 lines resolved, %2 unresolved, %3 skipped — %4 recipients</translation>
        </message>
    </context>
    <context>
        <name>OutboxStatus</name>
        <message numerus="yes">
            <location filename="../../work/main/desktop/thucongvu/ui/outboxstatus.py" line="57" />
            <source>Hộp thư đi: %n thư chờ gửi</source>
            <translation>
                <numerusform>Outbox: %n message waiting</numerusform>
                <numerusform>Outbox: %n messages waiting</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/outboxstatus.py" line="69" />
            <source>Hộp thư đi</source>
            <translation>Outbox</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/main/desktop/thucongvu/ui/outboxstatus.py" line="70" />
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
            <location filename="../../work/main/desktop/thucongvu/ui/passphrase.py" line="12" />
            <source>Đặt mật khẩu cho kho khóa (giữ mật khẩu thư của bạn, được mã hóa):</source>
            <translation>Choose a passphrase for the vault (it keeps your mail passwords, encrypted):</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/passphrase.py" line="13" />
            <source>Mật khẩu kho khóa:</source>
            <translation>Vault passphrase:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/passphrase.py" line="14" />
            <source>Kho khóa</source>
            <translation>Vault</translation>
        </message>
    </context>
    <context>
        <name>QChart</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/report_view.py" line="82" />
            <source>Thư điện tử công vụ theo tháng</source>
            <translation>Official e-mail by month</translation>
        </message>
    </context>
    <context>
        <name>ReadOnlyBanner</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/readonly.py" line="62" />
            <source>Chỉ đọc — hộp thư đơn vị (lãnh đạo)</source>
            <translation>Read only — unit mailbox (leader)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/readonly.py" line="68" />
            <source>Đọc, tìm, mở tệp, kiểm tra chữ ký, trả lời và chuyển tiếp được; không xóa, di chuyển hay gắn cờ. Trạng thái «đã đọc» chỉ lưu trên máy này, không đổi trên máy chủ của văn thư.</source>
            <translation>You can read, search, open attachments, verify signatures, reply and forward; not delete, move or flag. «Read» is kept on this computer only, never changed on the documentation officer's server.</translation>
        </message>
    </context>
    <context>
        <name>ReaderPane</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="68" />
            <source>Tải nội dung từ xa</source>
            <translation>Load remote content</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="77" />
            <source>Văn bản thuần</source>
            <translation>Plain text</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="129" />
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="158" />
            <source>(không có tiêu đề)</source>
            <translation>(no subject)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="131" />
            <source>Đang tải nội dung thư…</source>
            <translation>Loading the message…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="154" />
            <source>Không mở được thư: %1</source>
            <translation>Cannot open the message: %1</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="159" />
            <source>Từ</source>
            <translation>From</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="159" />
            <source>Đến</source>
            <translation>To</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="159" />
            <source>Cc</source>
            <translation>Cc</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="161" />
            <source>Ngày</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="170" />
            <source>Thư viết bằng bảng mã cũ %1, đã được chuyển sang Unicode để hiển thị.</source>
            <translation>This message was written in the legacy %1 encoding and has been converted to Unicode for display.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/main/desktop/thucongvu/ui/mail/reader.py" line="176" />
            <source>Đã chặn %n nội dung từ xa để bảo vệ bạn (người gửi có thể biết bạn đã mở thư).</source>
            <translation>
                <numerusform>Blocked %n remote item to protect you (the sender could learn that you opened the message).</numerusform>
                <numerusform>Blocked %n remote items to protect you (the sender could learn that you opened the message).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="57" />
            <source>Vào sổ thư đang chọn</source>
            <translation>Register selected message</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="59" />
            <source>Chuyển lãnh đạo…</source>
            <translation>Forward to leaders…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="61" />
            <source>Xuất Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="62" />
            <source>Xuất CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="63" />
            <source>Năm:</source>
            <translation>Year:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="107" />
            <source>Hãy chọn thư trong Hộp thư trước.</source>
            <translation>Select a message in Mail first.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="115" />
            <source>Đã vào sổ: số đến %1.</source>
            <translation>Registered: incoming no. %1.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="125" />
            <source>Chưa cấu hình lãnh đạo nhận thư cho hộp thư đơn vị.</source>
            <translation>No leaders are configured for the unit mailbox.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="128" />
            <source>Chuyển lãnh đạo</source>
            <translation>Forward to leaders</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="129" />
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
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="132" />
            <source>Đang chuyển…</source>
            <translation>Forwarding…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="137" />
            <source>Đã chuyển %1 thư, %2 thư chờ trong hộp thư đi.</source>
            <translation>Forwarded %1 message(s); %2 waiting in the outbox.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="143" />
            <source>Xuất sổ văn bản đến</source>
            <translation>Export the incoming register</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/views.py" line="150" />
            <source>Đã xuất %1</source>
            <translation>Exported %1</translation>
        </message>
    </context>
    <context>
        <name>ReminderBanner</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/reminder.py" line="36" />
            <source>Mở hộp thư đơn vị</source>
            <translation>Open unit mailbox</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/reminder.py" line="38" />
            <source>Nhắc lại sau 10 phút</source>
            <translation>Remind me in 10 minutes</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/reminder.py" line="39" />
            <source>Nhắc lại sau 30 phút</source>
            <translation>Remind me in 30 minutes</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/reminder.py" line="50" />
            <source>Đã đến giờ kiểm tra hộp thư đơn vị và hộp thư cá nhân (%1, %2).</source>
            <translation>Time to check the unit mailbox and your own (%1, %2).</translation>
        </message>
    </context>
    <context>
        <name>ReminderController</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/reminder.py" line="96" />
            <source>Kiểm tra hộp thư đơn vị</source>
            <translation>Check the unit mailbox</translation>
        </message>
    </context>
    <context>
        <name>ReportPage</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/report_view.py" line="31" />
            <source>Xuất CSV…</source>
            <translation>Export CSV…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/report_view.py" line="32" />
            <source>Xuất PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/report_view.py" line="33" />
            <source>Kỳ báo cáo:</source>
            <translation>Period:</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/report_view.py" line="58" />
            <source>Cộng</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/report_view.py" line="66" />
            <source>Xuất báo cáo</source>
            <translation>Export the report</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/duty/report_view.py" line="72" />
            <source>Đã xuất %1</source>
            <translation>Exported %1</translation>
        </message>
    </context>
    <context>
        <name>SignaturesArea</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/area.py" line="40" />
            <source>Kiểm tra văn bản</source>
            <translation>Verify a document</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/area.py" line="41" />
            <source>Chứng thư tin cậy</source>
            <translation>Trusted certificates</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="27" />
            <source>Hợp lệ</source>
            <translation>Valid</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="27" />
            <source>Không hợp lệ</source>
            <translation>Invalid</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="27" />
            <source>Đã bị sửa sau khi ký</source>
            <translation>Modified after signing</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="28" />
            <source>Không tin cậy</source>
            <translation>Untrusted</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="28" />
            <source>Chứng thư hết hạn</source>
            <translation>Certificate expired</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="28" />
            <source>Chứng thư bị thu hồi</source>
            <translation>Certificate revoked</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="29" />
            <source>Chưa xác định</source>
            <translation>Indeterminate</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="29" />
            <source>Không có chữ ký</source>
            <translation>Not signed</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="29" />
            <source>Không đọc được</source>
            <translation>Unreadable</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="34" />
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="75" />
            <source>Người ký</source>
            <translation>Signer</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="34" />
            <source>Con dấu cơ quan</source>
            <translation>Agency seal</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="34" />
            <source>Văn thư tiếp nhận</source>
            <translation>Receipt (documentation officer)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="38" />
            <source>(không rõ)</source>
            <translation>(unknown)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="50" />
            <source>Văn bản nguyên vẹn, chữ ký hợp lệ</source>
            <translation>The document is intact and the signature is valid</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="51" />
            <source>Chữ ký không hợp lệ: nội dung hoặc chữ ký không khớp</source>
            <translation>Invalid signature: the content or the signature does not match</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="52" />
            <source>Văn bản đã bị sửa sau khi ký</source>
            <translation>The document was changed after signing</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="53" />
            <source>Chưa tin cậy được người cấp chứng thư</source>
            <translation>The certificate issuer is not trusted</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="54" />
            <source>Chứng thư của người ký đã hết hạn khi ký</source>
            <translation>The signer's certificate was not valid when signing</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="55" />
            <source>Chứng thư của người ký đã bị thu hồi</source>
            <translation>The signer's certificate has been revoked</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="56" />
            <source>Chưa xác định được tình trạng chữ ký</source>
            <translation>The signature status could not be determined</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="73" />
            <source>Vai trò</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="74" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="76" />
            <source>Thư điện tử công vụ (.gov.vn)</source>
            <translation>Official e-mail (.gov.vn)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="76" />
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="81" />
            <source>Có</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="76" />
            <source>Không</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="77" />
            <source>Cấp bởi</source>
            <translation>Issued by</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="78" />
            <source>Thời điểm ký (người ký khai)</source>
            <translation>Signing time (as stated)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="78" />
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="79" />
            <source>không có</source>
            <translation>none</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="79" />
            <source>Dấu thời gian tin cậy</source>
            <translation>Trusted timestamp</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="80" />
            <source>Thuật toán băm</source>
            <translation>Digest algorithm</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="81" />
            <source>Phủ toàn bộ tệp</source>
            <translation>Covers the whole file</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="81" />
            <source>Không (có phần nối thêm sau khi ký)</source>
            <translation>No (data was appended after signing)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="84" />
            <source>Trường chữ ký</source>
            <translation>Signature field</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="88" />
            <source>Lý do</source>
            <translation>Reasons</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="91" />
            <source>byte %1 – %2</source>
            <translation>bytes %1 – %2</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="93" />
            <source>Vùng byte được ký</source>
            <translation>Signed byte ranges</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="96" />
            <source>Chuỗi chứng thư (người ký → gốc)</source>
            <translation>Certificate chain (signer → root)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/present.py" line="97" />
            <source>hiệu lực</source>
            <translation>valid</translation>
        </message>
    </context>
    <context>
        <name>Tray</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/tray.py" line="22" />
            <source>Mở Thư Công Vụ</source>
            <translation>Open Thư Công Vụ</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/main/desktop/thucongvu/ui/tray.py" line="46" />
            <source>Thư Công Vụ — %n thư chưa đọc</source>
            <translation>
                <numerusform>Thư Công Vụ — %n unread message</numerusform>
                <numerusform>Thư Công Vụ — %n unread messages</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/tray.py" line="52" />
            <source>Thư mới</source>
            <translation>New message</translation>
        </message>
        <message numerus="yes">
            <location filename="../../work/main/desktop/thucongvu/ui/tray.py" line="53" />
            <source>%n thư mới trong %1</source>
            <translation>
                <numerusform>%n new message in %1</numerusform>
                <numerusform>%n new messages in %1</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TrustPage</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="22" />
            <source>Chữ ký chỉ được coi là tin cậy khi chuỗi chứng thư dẫn tới một chứng thư gốc ở đây (ví dụ RootCA chuyên dùng Chính phủ của Ban Cơ yếu Chính phủ, hoặc Vietnam National Root CA). Có thể nhập cả CA trung gian và danh sách thu hồi (CRL).</source>
            <translation>A signature is trusted only when its certificate chain leads to a root listed here (for example the Government Cipher Committee's RootCA chuyên dùng Chính phủ, or the Vietnam National Root CA). Intermediate CAs and revocation lists (CRLs) can be imported too.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="28" />
            <source>Chủ thể</source>
            <translation>Subject</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="28" />
            <source>Loại</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="28" />
            <source>Hiệu lực từ</source>
            <translation>Valid from</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="29" />
            <source>Đến</source>
            <translation>Until</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="29" />
            <source>Dấu vân tay SHA-256</source>
            <translation>SHA-256 fingerprint</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="37" />
            <source>Nhập chứng thư / CRL…</source>
            <translation>Import certificate / CRL…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="38" />
            <source>Gỡ chứng thư đã chọn</source>
            <translation>Remove the selected certificate</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="62" />
            <source>Gốc tin cậy</source>
            <translation>Trust anchor</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="62" />
            <source>CA trung gian</source>
            <translation>Intermediate CA</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="64" />
            <source>chính thức</source>
            <translation>official</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="73" />
            <source>Chứng thư chính thức đã công bố: %1</source>
            <translation>Genuine published certificate: %1</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="80" />
            <source>Kho chứng thư tin cậy đang trống: mọi chữ ký sẽ là “không tin cậy”.</source>
            <translation>The trust store is empty: every signature will be “untrusted”.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="83" />
            <source>Chọn chứng thư CA hoặc CRL</source>
            <translation>Choose a CA certificate or a CRL</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="84" />
            <source>Chứng thư (*.cer *.crt *.pem *.der *.p7b *.p7c *.crl);;Mọi tệp (*)</source>
            <translation>Certificates (*.cer *.crt *.pem *.der *.p7b *.p7c *.crl);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="94" />
            <source>Đã nhập %1 chứng thư.</source>
            <translation>Imported %1 certificate(s).</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="96" />
            <source>%1 chứng thư đã có sẵn.</source>
            <translation>%1 certificate(s) already present.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="98" />
            <source>Đã nhập %1 CRL.</source>
            <translation>Imported %1 CRL(s).</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="107" />
            <source>Hãy chọn một chứng thư để gỡ.</source>
            <translation>Select a certificate to remove.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/trust_page.py" line="114" />
            <source>Đã gỡ: %1</source>
            <translation>Removed: %1</translation>
        </message>
    </context>
    <context>
        <name>VerifyPage</name>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="52" />
            <source>Kéo thả vào đây một tệp PDF đã ký, một thư .eml (S/MIME) hoặc tài liệu có chữ ký rời (.p7s) — hoặc bấm “Chọn tệp…”.</source>
            <translation>Drop a signed PDF, an .eml mail (S/MIME) or a document with its detached signature (.p7s) here — or click “Choose file…”.</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="59" />
            <source>Chọn tệp…</source>
            <translation>Choose file…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="60" />
            <source>Chữ ký rời (.p7s)…</source>
            <translation>Detached signature (.p7s)…</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="61" />
            <source>Chọn tệp chữ ký tách rời cho tài liệu sẽ kiểm tra tiếp theo</source>
            <translation>Choose the detached signature for the next document to verify</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="72" />
            <source>Vai trò</source>
            <translation>Role</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="72" />
            <source>Người ký</source>
            <translation>Signer</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="72" />
            <source>Trạng thái</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="72" />
            <source>Thời điểm ký</source>
            <translation>Signing time</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="113" />
            <source>Chọn tài liệu cần kiểm tra</source>
            <translation>Choose the document to verify</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="114" />
            <source>Tài liệu ký số (*.pdf *.eml *.p7m *.p7s);;Mọi tệp (*)</source>
            <translation>Signed documents (*.pdf *.eml *.p7m *.p7s);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="119" />
            <source>Chọn tệp chữ ký rời</source>
            <translation>Choose the detached signature file</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="120" />
            <source>Chữ ký CMS (*.p7s *.sig *.p7b);;Mọi tệp (*)</source>
            <translation>CMS signatures (*.p7s *.sig *.p7b);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="123" />
            <source>Chữ ký rời: %1 — hãy chọn tài liệu</source>
            <translation>Detached signature: %1 — now choose the document</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="129" />
            <source>Đang kiểm tra… %1</source>
            <translation>Checking… %1</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="145" />
            <source>Đã kiểm tra %1</source>
            <translation>Checked %1</translation>
        </message>
        <message>
            <location filename="../../work/main/desktop/thucongvu/ui/signatures/verify_page.py" line="145" />
            <source>thư</source>
            <translation>message</translation>
        </message>
    </context>
</TS>