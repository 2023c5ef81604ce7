"""The sample provincial directory (resources/sample/directory) loaded into a store."""

from pathlib import Path

import pytest

SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "sample" / "directory"


@pytest.fixture
def sample(db):
    from thucongvu.directory.service import DirectoryService

    svc = DirectoryService(db)
    report = svc.import_source(SAMPLE / "danh-ba-gia-lai-mau.xlsx")
    assert report.rejected == []
    return svc
