"""Directory search over 50,000 entries: median latency vs a naive scan.

Builds a synthetic province (units, phòng, xã, people with Vietnamese names)
in a temporary store through the real ingest path, then times
``DirectoryService.search`` over a mix of typed queries (prefixes, folded and
accented, abbreviations, word order swapped). The baseline, measured in the
same run, scans pre-folded strings in Python (what a naive implementation
does). Target from the issue: median ≤ 20 ms.

    .venv/bin/python tests/benchmarks/bench_directory.py [--entries 50000]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "desktop"))

from thucongvu.directory import repository  # noqa: E402
from thucongvu.directory.model import Record  # noqa: E402
from thucongvu.directory.service import DirectoryService  # noqa: E402
from thucongvu.store.db import connect  # noqa: E402
from thucongvu.text.fold import fold  # noqa: E402

FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương Ksor Siu Rơ".split()
MIDDLE = "Văn Thị Đức Minh Ngọc Thanh Hữu Quang Xuân Hồng Kim Công Thu Mah Y H'".split()
GIVEN = ("An Bình Cường Dũng Hà Hải Hùng Lan Linh Mai Nam Phong Quân Sơn Tâm Thảo Trang Tuấn Việt Yến Hạnh Hoa "
         "Khánh Long Nga Phúc Thắng Thủy Vân Ánh Đạt Hiền Lộc Nhung Oanh Quyết Tú Blin Thuận Krang").split()
DEPTS = ["Sở Nội vụ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Thông tin và Truyền thông", "Sở Tư pháp",
         "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn",
         "Sở Tài nguyên và Môi trường", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Lao động - Thương binh và Xã hội",
         "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Thanh tra tỉnh", "Ban Dân tộc"]
OFFICES = ["Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Văn phòng HĐND và UBND", "Phòng Giáo dục và Đào tạo",
           "Phòng Tài nguyên và Môi trường", "Phòng Tư pháp", "Phòng Y tế", "Phòng Văn hóa và Thông tin"]
POSITIONS = ["Chuyên viên", "Trưởng phòng", "Phó Trưởng phòng", "Giám đốc", "Phó Giám đốc", "Chủ tịch",
             "Phó Chủ tịch", "Văn thư", "Kế toán", "Chánh Văn phòng"]
QUERIES = ["nguyen van", "Nguyễn Thị Lan", "so tttt", "Sở TT&TT", "ubnd huyen 12", "phong noi vu huyen 7",
           "tran", "lan", "hung so tai chinh", "pho chu tich", "ksor", "dang", "Đặng", "so y te", "tai chinh ke hoach",
           "thanh tra", "van thu", "UBND xã 5", "le thi hoa", "TP 3", "xa 14 huyen 2", "chuyen vien so xay dung",
           "thuy", "giam doc", "hoa lan"]


def build(conn, entries: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    records: list[Record] = []
    units: list[tuple[str, ...]] = []
    for d in DEPTS:
        units.append((d,))
    for i in range(1, 41):
        district = f"UBND huyện {i}" if i % 5 else f"UBND thành phố {i}"
        units.append((district,))
        units += [(district, o) for o in OFFICES]
        units += [(district, f"UBND xã {j} huyện {i}") for j in range(1, 16)]
    for n, path in enumerate(units):
        records.append(Record(n + 1, path, email=f"vanthu{n}@u{n}.gialai.gov.vn"))
    baseline: list[tuple[str, str]] = []
    n = len(records)
    while len(records) < entries:
        path = rng.choice(units)
        name = f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"
        position = rng.choice(POSITIONS)
        email = f"p{n}@u{units.index(path)}.gialai.gov.vn"
        records.append(Record(n + 1, path, name, position, email, ""))
        n += 1
    for r in records:
        baseline.append((r.email, fold(" ".join((r.name, r.position, " ".join(r.unit_path), r.email)))))
    t0 = time.perf_counter()
    repository.ingest(conn, "bench", records, [])
    print(f"import of {len(records):,} entries: {time.perf_counter() - t0:.1f} s")
    return baseline


def naive(rows: list[tuple[str, str]], query: str, limit: int = 20) -> list[str]:
    toks = fold(query).split()
    return [key for key, text in rows if all(t in text for t in toks)][:limit]


def timed(fn, queries, repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        for q in queries:
            t0 = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--entries", type=int, default=50_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        conn = connect(Path(tmp) / "bench.sqlite3")
        rows = build(conn, args.entries)
        svc = DirectoryService(conn)
        assert svc.search("so tttt", 5)[0].name == "Sở Thông tin và Truyền thông"
        # typing: every prefix of a few queries, as search-as-you-type sends them
        typed = [q[:i] for q in ("nguyen thi lan", "so tt&tt", "phong noi vu huyen 7") for i in range(2, len(q) + 1)]
        ours = timed(lambda q: svc.search(q, 20), QUERIES, args.repeat)
        typing = timed(lambda q: svc.search(q, 20), typed, 1)
        base = timed(lambda q: naive(rows, q), QUERIES, 1)
        med, p90 = statistics.median(ours), sorted(ours)[int(len(ours) * 0.9)]
        bmed = statistics.median(base)
        print(f"entries: {args.entries:,}  queries: {len(QUERIES)} × {args.repeat}")
        print(f"DirectoryService.search  median {med:.2f} ms  p90 {p90:.2f} ms  max {max(ours):.2f} ms")
        print(f"search-as-you-type ({len(typed)} prefixes)  median {statistics.median(typing):.2f} ms  "
              f"max {max(typing):.2f} ms")
        print(f"baseline naive folded scan  median {bmed:.2f} ms")
        print(f"ratio baseline/ours: {bmed / med:.1f}×   target median ≤ 20 ms: {'met' if med <= 20 else 'NOT met'}")
        conn.close()


if __name__ == "__main__":
    main()
