<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>MailSignatureBadge</name>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/mail_badge.py" line="32" />
        <source>Chi tiết</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/mail_badge.py" line="48" />
        <source>Đang kiểm tra chữ ký số…</source>
        <translation>Checking the digital signature…</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/mail_badge.py" line="63" />
        <location filename="../../desktop/thucongvu/ui/signatures/mail_badge.py" line="73" />
        <source>Không kiểm tra được chữ ký: %1</source>
        <translation>Could not check the signature: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/mail_badge.py" line="67" />
        <source>Chữ ký số: %1 — %2</source>
        <translation>Digital signature: %1 — %2</translation>
    </message>
</context>
<context>
    <name>SignaturesArea</name>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/area.py" line="33" />
        <source>Kiểm tra văn bản</source>
        <translation>Verify a document</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/area.py" line="34" />
        <source>Chứng thư tin cậy</source>
        <translation>Trusted certificates</translation>
    </message>
<message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="27" />
        <source>Hợp lệ</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="27" />
        <source>Không hợp lệ</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="27" />
        <source>Đã bị sửa sau khi ký</source>
        <translation>Modified after signing</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="28" />
        <source>Không tin cậy</source>
        <translation>Untrusted</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="28" />
        <source>Chứng thư hết hạn</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="28" />
        <source>Chứng thư bị thu hồi</source>
        <translation>Certificate revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="29" />
        <source>Chưa xác định</source>
        <translation>Indeterminate</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="29" />
        <source>Không có chữ ký</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="29" />
        <source>Không đọc được</source>
        <translation>Unreadable</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="34" />
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="75" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="34" />
        <source>Con dấu cơ quan</source>
        <translation>Agency seal</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="34" />
        <source>Văn thư tiếp nhận</source>
        <translation>Receipt (documentation officer)</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="38" />
        <source>(không rõ)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="50" />
        <source>Văn bản nguyên vẹn, chữ ký hợp lệ</source>
        <translation>The document is intact and the signature is valid</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="51" />
        <source>Chữ ký không hợp lệ: nội dung hoặc chữ ký không khớp</source>
        <translation>Invalid signature: the content or the signature does not match</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="52" />
        <source>Văn bản đã bị sửa sau khi ký</source>
        <translation>The document was changed after signing</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="53" />
        <source>Chưa tin cậy được người cấp chứng thư</source>
        <translation>The certificate issuer is not trusted</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="54" />
        <source>Chứng thư của người ký đã hết hạn khi ký</source>
        <translation>The signer's certificate was not valid when signing</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="55" />
        <source>Chứng thư của người ký đã bị thu hồi</source>
        <translation>The signer's certificate has been revoked</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="56" />
        <source>Chưa xác định được tình trạng chữ ký</source>
        <translation>The signature status could not be determined</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="73" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="74" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="76" />
        <source>Thư điện tử công vụ (.gov.vn)</source>
        <translation>Official e-mail (.gov.vn)</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="76" />
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="81" />
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="76" />
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="77" />
        <source>Cấp bởi</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="78" />
        <source>Thời điểm ký (người ký khai)</source>
        <translation>Signing time (as stated)</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="78" />
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="79" />
        <source>không có</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="79" />
        <source>Dấu thời gian tin cậy</source>
        <translation>Trusted timestamp</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="80" />
        <source>Thuật toán băm</source>
        <translation>Digest algorithm</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="81" />
        <source>Phủ toàn bộ tệp</source>
        <translation>Covers the whole file</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="81" />
        <source>Không (có phần nối thêm sau khi ký)</source>
        <translation>No (data was appended after signing)</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="84" />
        <source>Trường chữ ký</source>
        <translation>Signature field</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/present.py" line="90" />
        <source>byte %1 – %2</source>
        <translation>bytes %1 – %2</translation>
    </message>
</context>
<context>
    <name>TrustPage</name>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="22" />
        <source>Chữ ký chỉ được coi là tin cậy khi chuỗi chứng thư dẫn tới một chứng thư gốc ở đây (ví dụ RootCA chuyên dùng Chính phủ của Ban Cơ yếu Chính phủ, hoặc Vietnam National Root CA). Có thể nhập cả CA trung gian và danh sách thu hồi (CRL).</source>
        <translation>A signature is trusted only when its certificate chain leads to a root listed here (for example the Government Cipher Committee's RootCA chuyên dùng Chính phủ, or the Vietnam National Root CA). Intermediate CAs and revocation lists (CRLs) can be imported too.</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="28" />
        <source>Chủ thể</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="28" />
        <source>Loại</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="28" />
        <source>Hiệu lực từ</source>
        <translation>Valid from</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="29" />
        <source>Đến</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="29" />
        <source>Dấu vân tay SHA-256</source>
        <translation>SHA-256 fingerprint</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="37" />
        <source>Nhập chứng thư / CRL…</source>
        <translation>Import certificate / CRL…</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="38" />
        <source>Gỡ chứng thư đã chọn</source>
        <translation>Remove the selected certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="62" />
        <source>Gốc tin cậy</source>
        <translation>Trust anchor</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="62" />
        <source>CA trung gian</source>
        <translation>Intermediate CA</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="64" />
        <source>chính thức</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="73" />
        <source>Chứng thư chính thức đã công bố: %1</source>
        <translation>Genuine published certificate: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="80" />
        <source>Kho chứng thư tin cậy đang trống: mọi chữ ký sẽ là “không tin cậy”.</source>
        <translation>The trust store is empty: every signature will be “untrusted”.</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="83" />
        <source>Chọn chứng thư CA hoặc CRL</source>
        <translation>Choose a CA certificate or a CRL</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="84" />
        <source>Chứng thư (*.cer *.crt *.pem *.der *.p7b *.p7c *.crl);;Mọi tệp (*)</source>
        <translation>Certificates (*.cer *.crt *.pem *.der *.p7b *.p7c *.crl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="94" />
        <source>Đã nhập %1 chứng thư.</source>
        <translation>Imported %1 certificate(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="96" />
        <source>%1 chứng thư đã có sẵn.</source>
        <translation>%1 certificate(s) already present.</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="98" />
        <source>Đã nhập %1 CRL.</source>
        <translation>Imported %1 CRL(s).</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="107" />
        <source>Hãy chọn một chứng thư để gỡ.</source>
        <translation>Select a certificate to remove.</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/trust_page.py" line="114" />
        <source>Đã gỡ: %1</source>
        <translation>Removed: %1</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="52" />
        <source>Kéo thả vào đây một tệp PDF đã ký, một thư .eml (S/MIME) hoặc tài liệu có chữ ký rời (.p7s) — hoặc bấm “Chọn tệp…”.</source>
        <translation>Drop a signed PDF, an .eml mail (S/MIME) or a document with its detached signature (.p7s) here — or click “Choose file…”.</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="59" />
        <source>Chọn tệp…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="60" />
        <source>Chữ ký rời (.p7s)…</source>
        <translation>Detached signature (.p7s)…</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="61" />
        <source>Chọn tệp chữ ký tách rời cho tài liệu sẽ kiểm tra tiếp theo</source>
        <translation>Choose the detached signature for the next document to verify</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="72" />
        <source>Vai trò</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="72" />
        <source>Người ký</source>
        <translation>Signer</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="72" />
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="72" />
        <source>Thời điểm ký</source>
        <translation>Signing time</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="113" />
        <source>Chọn tài liệu cần kiểm tra</source>
        <translation>Choose the document to verify</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="114" />
        <source>Tài liệu ký số (*.pdf *.eml *.p7m *.p7s);;Mọi tệp (*)</source>
        <translation>Signed documents (*.pdf *.eml *.p7m *.p7s);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="119" />
        <source>Chọn tệp chữ ký rời</source>
        <translation>Choose the detached signature file</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="120" />
        <source>Chữ ký CMS (*.p7s *.sig *.p7b);;Mọi tệp (*)</source>
        <translation>CMS signatures (*.p7s *.sig *.p7b);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="123" />
        <source>Chữ ký rời: %1 — hãy chọn tài liệu</source>
        <translation>Detached signature: %1 — now choose the document</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="129" />
        <source>Đang kiểm tra… %1</source>
        <translation>Checking… %1</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="145" />
        <source>Đã kiểm tra %1</source>
        <translation>Checked %1</translation>
    </message>
    <message>
        <location filename="../../desktop/thucongvu/ui/signatures/verify_page.py" line="145" />
        <source>thư</source>
        <translation>message</translation>
    </message>
</context>
</TS>