"""The store's read side: ordering, paging by ids, folded search, JSON shape."""

import pytest

from thucongvu.errors import UsageError
from thucongvu.store import messages
from thucongvu.store.db import transaction


@pytest.fixture
def seeded(db):
    with transaction(db):
        db.execute("INSERT INTO accounts(id, email, imap_host, imap_port, username) VALUES (1, 'vanthu@gialai.gov.vn', 'h', 993, 'v')")
        db.execute("INSERT INTO folders(id, account_id, name) VALUES (1, 1, 'INBOX'), (2, 1, 'Sent')")
        rows = [
            (1, 1, 10, "Quyết định về việc khen thưởng", "Sở Nội vụ", "snv@gialai.gov.vn", 300.0, "\\Seen"),
            (2, 1, 11, "Giấy mời họp Đồng Nai", "UBND tỉnh", "ubnd@gialai.gov.vn", 100.0, ""),
            (3, 1, 12, "Báo cáo tháng", "Anh Dũng", "dung@gmail.com", 200.0, "\\Flagged"),
            (4, 2, 1, "Quyết định đã gửi", "", "vanthu@gialai.gov.vn", 400.0, "\\Seen"),
        ]
        for mid, fid, uid, subject, name, addr, date, flags in rows:
            db.execute(
                "INSERT INTO messages(id, folder_id, uid, subject, from_name, from_addr, date, flags, seen, flagged) "
                "VALUES (?,?,?,?,?,?,?,?,?,?)",
                (mid, fid, uid, subject, name, addr, date, flags, "\\Seen" in flags, "\\Flagged" in flags),
            )
            messages.index_message(db, mid, subject=subject, addresses=f"{name} {addr}", body="Nội dung công văn")
    return db


def test_ordered_ids_and_rows_by_ids(seeded):
    assert messages.ordered_ids(seeded, 1) == [1, 3, 2]
    assert messages.ordered_ids(seeded, 1, "date", descending=False) == [2, 3, 1]
    assert messages.ordered_ids(seeded, 1, "subject", descending=False) == [3, 2, 1]
    rows = messages.rows_by_ids(seeded, [2, 1, 999])
    assert [r.id for r in rows] == [2, 1]
    assert rows[1].seen and not rows[0].seen


def test_search_ignores_diacritics_and_case(seeded):
    assert [r.id for r in messages.search(seeded, "quyet dinh")] == [4, 1]
    assert [r.id for r in messages.search(seeded, "QUYẾT ĐỊNH", account="vanthu@gialai.gov.vn",
                                          folder_id=1)] == [1]
    assert [r.id for r in messages.search(seeded, "dong nai")] == [2]
    assert [r.id for r in messages.search(seeded, "anh dũng")] == [3]
    assert messages.search(seeded, "noi dung cong van", limit=2)[0].id == 4
    assert messages.search(seeded, "khong co gi") == []
    assert messages.search(seeded, '" OR *') == []


def test_reindex_keeps_body_when_not_given(seeded):
    messages.index_message(seeded, 2, subject="Đổi tiêu đề", addresses="x")
    assert [r.id for r in messages.search(seeded, "doi tieu de noi dung")] == [2]


def test_json_shape_and_latest(seeded):
    [row] = messages.latest(seeded, folder="Sent")
    assert row.to_json() == {
        "account": "vanthu@gialai.gov.vn", "folder": "Sent", "uid": 1, "subject": "Quyết định đã gửi",
        "from": "vanthu@gialai.gov.vn", "date": "1970-01-01T00:06:40+00:00", "flags": ["\\Seen"],
        "has_attachments": False,
    }
    assert [r.id for r in messages.latest(seeded, limit=2)] == [4, 1]


def test_deleting_a_message_removes_it_from_search(seeded):
    seeded.execute("DELETE FROM messages WHERE id = 1")
    assert [r.id for r in messages.search(seeded, "quyet dinh")] == [4]


def test_unknown_folder_is_a_usage_error(seeded):
    assert messages.folder_id(seeded, "vanthu@gialai.gov.vn", "INBOX") == 1
    with pytest.raises(UsageError):
        messages.folder_id(seeded, "vanthu@gialai.gov.vn", "Không có")
