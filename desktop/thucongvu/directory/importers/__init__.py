"""Importers, one module per source format; each returns (records, rejected).

``read_source(source)`` picks the importer from the file suffix or URL scheme.
Importers only read: matching against the store happens in
thucongvu.directory.repository, in one transaction.
"""

from __future__ import annotations

from pathlib import Path

from thucongvu.directory.model import Record, Rejected
from thucongvu.errors import UsageError


def read_source(source: str, *, mapping: dict[int, str] | None = None, **options
                ) -> tuple[list[Record], list[Rejected]]:
    text = str(source)
    low = text.lower()
    if low.startswith(("ldap://", "ldaps://")):
        from thucongvu.directory.importers import ldap

        return ldap.read(text, **options)
    path = Path(text)
    if not path.is_file():
        raise UsageError(f"Không đọc được tệp danh bạ: {text}", f"Cannot read directory file: {text}")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        from thucongvu.directory.importers import xlsx

        return xlsx.read(path, mapping=mapping)
    if suffix in (".csv", ".txt"):
        from thucongvu.directory.importers import csvfile

        return csvfile.read(path, mapping=mapping)
    if suffix in (".vcf", ".vcard"):
        from thucongvu.directory.importers import vcard

        return vcard.read(path)
    raise UsageError(
        f"Định dạng danh bạ không được hỗ trợ: {path.name} (dùng .xlsx, .csv, .vcf hoặc ldap://)",
        f"Unsupported directory format: {path.name} (use .xlsx, .csv, .vcf or ldap://)",
    )


def preview(source: str, rows: int = 10) -> tuple[list[str], dict[int, str], list[list[str]]]:
    """Header cells, the detected mapping and the first rows, for manual mapping in the UI."""
    from thucongvu.directory import tabular
    from thucongvu.directory.clean import text

    path = Path(source)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        from thucongvu.directory.importers.xlsx import grid
    else:
        from thucongvu.directory.importers.csvfile import grid
    all_rows = list(grid(path))
    try:
        start, mapping = tabular.find_header(all_rows)
    except UsageError:
        start, mapping = -1, {}
    header = [text(c) for c in all_rows[start][1]] if start >= 0 else []
    body = [[text(c) for c in cells] for _, cells in all_rows[start + 1:start + 1 + rows]]
    return header, mapping, body
