"""The composition root: demo store without accounts, --demo, and one clean line without a display."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import DESKTOP


def test_no_display_gives_one_line_not_an_abort(home):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(DESKTOP)
    proc = subprocess.run([sys.executable, "-m", "thucongvu"], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "không có màn hình" in lines[0]
    assert "Traceback" not in proc.stderr


def test_without_accounts_the_window_opens_on_the_demo_store(qapp, home, qtbot):
    from thucongvu.app import AppController
    from thucongvu.ui.tasks import Tasks

    controller = AppController(qapp, home, tasks=Tasks.inline())
    controller.start()
    try:
        assert controller.services.demo
        assert controller.window.windowTitle().endswith("Dữ liệu mẫu")
        assert controller.sync is None  # nothing to sync
        assert (home / "demo" / "thucongvu.sqlite3").exists()
        assert not (home / "thucongvu.sqlite3").exists() or controller.services.db_path != home / "thucongvu.sqlite3"
    finally:
        controller.window.close()
        controller.shutdown()


def test_demo_store_is_seeded_from_the_sample_files(home):
    from thucongvu import demo
    from thucongvu.services.mailbox import Mailbox
    from thucongvu.store.db import connect

    path = demo.ensure(home)
    conn = connect(path)
    try:
        box = Mailbox(conn)
        folders = box.folders()
        assert {f.unit_mailbox for f in folders} == {True, False}  # unit and personal side by side
        samples = sorted(demo.sample_dir().rglob("*.eml"))
        assert sum(f.total for f in folders) == len(samples) >= 10
        signed = [r for r in box.rows(box.ordered_ids(folders[0].id)) if r.has_attachments and r.signed]
        assert signed, "the demo shows a signed PDF"
        raw = box.raw(signed[0].id)
        assert raw == next(p.read_bytes() for p in samples if p.read_bytes() == raw)  # stored byte for byte
        _assert_signed_by_sample_ca(raw)
    finally:
        conn.close()
    assert demo.ensure(home) == path  # not rebuilt when the samples did not change


def _assert_signed_by_sample_ca(raw: bytes) -> None:
    """The sample PDF carries a pyHanko signature that validates against the committed sample CA."""
    import io

    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    from thucongvu.mail.mime import parse
    from thucongvu.resources import resource

    pdf = next(a for a in parse(raw).attachments if a.content_type == "application/pdf")
    _, _, der = pem.unarmor(resource("sample", "certs", "sample-ca.pem").read_bytes())
    context = ValidationContext(trust_roots=[x509.Certificate.load(der)], allow_fetching=False,
                                revocation_mode="soft-fail")
    signature = PdfFileReader(io.BytesIO(pdf.data)).embedded_signatures[0]
    status = validate_pdf_signature(signature, context)
    assert status.intact and status.valid and status.trusted


def test_first_account_leaves_the_demo_store(qapp, home, qtbot):
    from thucongvu import paths
    from thucongvu.app import AppController
    from thucongvu.store.db import connect
    from thucongvu.ui.tasks import Tasks

    from tests.support.bigmailbox import account_and_folder

    controller = AppController(qapp, home, tasks=Tasks.inline())
    controller.start()
    try:
        assert controller.services.demo
        conn = connect(paths.database_path(home))  # what the wizard's MailService.add_account saved
        account_and_folder(conn, "vanthu@gialai.gov.vn")
        conn.close()
        controller.restart_on_real_store()
        assert not controller.services.demo
        assert controller.window.windowTitle() == "Thư Công Vụ"
        assert controller.services.db_path == paths.database_path(home)
        assert controller.sync is not None and controller.sync.accounts == ["vanthu@gialai.gov.vn"]
        assert [f.account for f in controller.services.mailbox.folders()] == ["vanthu@gialai.gov.vn"]
    finally:
        controller.window.close()
        controller.shutdown()
