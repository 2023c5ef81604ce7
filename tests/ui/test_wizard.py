"""The account wizard against the real Dovecot: refusal, untrusted certificate, wrong password, unreachable."""

from __future__ import annotations

import hashlib
import ssl

import pytest
from PySide6.QtCore import Qt

from tests.support.postfix import closed_port


@pytest.fixture
def wizard(store_services, qtbot):
    from thucongvu.policy.admin import AdminPolicy
    from thucongvu.ui.accounts.wizard import AccountWizard

    services = store_services()
    w = AccountWizard(services, policy=AdminPolicy())
    qtbot.addWidget(w)
    w.show()
    return w


def test_non_gov_address_is_refused_before_any_connection(wizard, qtbot):
    wizard.email.setText("vanthu@gialai-gov.vn")
    wizard.password.setText("x")
    wizard.imap.setText(f"127.0.0.1:{closed_port()}")
    qtbot.mouseClick(wizard.connect_button, Qt.MouseButton.LeftButton)
    text = wizard.result.text()
    assert "Không dùng được địa chỉ này" in text and "gov.vn" in text
    assert "Không kết nối được" not in text  # no connection was tried


def test_untrusted_certificate_then_wrong_password_then_success(wizard, qtbot, dovecot):
    address, password = dovecot.unique_user()
    wizard.email.setText(address)
    wizard.password.setText("sai-mat-khau")
    wizard.imap.setText(f"{dovecot.host}:{dovecot.imaps_port}")
    qtbot.mouseClick(wizard.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.connect_button.isEnabled(), timeout=20000)

    # The test CA is not trusted by the system: the wizard shows the real fingerprint and offers trust.
    der = ssl.PEM_cert_to_DER_cert(ssl.get_server_certificate((dovecot.host, dovecot.imaps_port)))
    expected = hashlib.sha256(der).hexdigest().upper()
    text = wizard.result.text()
    assert "không được tin cậy" in text
    assert ":".join(expected[i:i + 2] for i in range(0, 64, 2)) in text
    assert wizard.trust_button.isVisible()

    qtbot.mouseClick(wizard.trust_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.connect_button.isEnabled(), timeout=20000)
    assert "Sai tên đăng nhập hoặc mật khẩu" in wizard.result.text()
    assert wizard.services.accounts.all() == []

    wizard.password.setText(password)
    qtbot.mouseClick(wizard.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.account is not None, timeout=20000)
    saved = wizard.services.accounts.get(address)
    assert saved.pinned_sha256.replace(":", "").lower() == expected.lower()
    assert wizard.services.credentials.get_password(address) == password


def test_unreachable_server_is_explained(wizard, qtbot):
    wizard.email.setText("vanthu@gialai.gov.vn")
    wizard.password.setText("x")
    port = closed_port()
    wizard.imap.setText(f"127.0.0.1:{port}")
    qtbot.mouseClick(wizard.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.connect_button.isEnabled(), timeout=20000)
    text = wizard.result.text()
    assert "Không kết nối được máy chủ thư" in text and f"127.0.0.1:{port}" in text


def test_policy_presets_servers_and_users_cannot_change_them(store_services, qtbot):
    from thucongvu.policy.admin import AdminPolicy
    from thucongvu.ui.accounts.wizard import AccountWizard

    policy = AdminPolicy(allowed_domain="gialai.gov.vn", imap="mail.gialai.gov.vn:993", smtp="mail.gialai.gov.vn:587")
    w = AccountWizard(store_services(), policy=policy)
    qtbot.addWidget(w)
    assert w.imap.text() == "mail.gialai.gov.vn:993" and not w.imap.isEnabled()
    w.email.setText("vanthu@hanoi.gov.vn")
    w.password.setText("x")
    w.start()
    assert "gialai.gov.vn" in w.result.text()


def test_guesses_without_policy_and_autoconfig_parsing():
    from thucongvu.accounts import discover

    xml = b"""<clientConfig version="1.1"><emailProvider id="gialai.gov.vn">
      <incomingServer type="imap"><hostname>imap.gialai.gov.vn</hostname><port>993</port><socketType>SSL</socketType></incomingServer>
      <incomingServer type="imap"><hostname>plain.gialai.gov.vn</hostname><port>143</port><socketType>plain</socketType></incomingServer>
      <outgoingServer type="smtp"><hostname>smtp.gialai.gov.vn</hostname><port>465</port><socketType>SSL</socketType></outgoingServer>
    </emailProvider></clientConfig>"""
    found = discover.parse_autoconfig(xml)
    assert [(g.imap.host, g.imap.security, g.smtp.host, g.smtp.security) for g in found] == [
        ("imap.gialai.gov.vn", "tls", "smtp.gialai.gov.vn", "tls")]  # plain text never offered
    hosts = [g.imap.host for g in discover.guesses("a@gialai.gov.vn", None, autoconfig=lambda d: found)]
    assert hosts == ["imap.gialai.gov.vn", "mail.gialai.gov.vn"]
