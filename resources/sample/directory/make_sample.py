"""Writes the SAMPLE provincial directory (Dữ liệu mẫu) used by the demo mailbox.

Every person here is invented (names drawn from common Vietnamese and Jrai /
Bahnar name parts with a fixed seed); the unit list follows the usual shape of
a province (Gia Lai): UBND and HĐND tỉnh, sở/ban/ngành with their phòng,
UBND huyện/thị xã/thành phố with their phòng and some xã. Addresses follow the
``vanthu@<unit>.gialai.gov.vn`` pattern but are not real mailboxes.

    python resources/sample/directory/make_sample.py   # rewrites the .xlsx and .csv
"""

from __future__ import annotations

import csv
import random
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
DOMAIN = "gialai.gov.vn"
TITLE = "DANH BẠ THƯ ĐIỆN TỬ CÔNG VỤ TỈNH GIA LAI — DỮ LIỆU MẪU"
NOTE = ("Dữ liệu mẫu cho hộp thư trình diễn của Thư Công Vụ: họ tên, số điện thoại và địa chỉ là giả định, "
        "không phải danh bạ thật.")

FAMILY = "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trương".split()
MIDDLE = "Văn Thị Đức Minh Ngọc Thanh Hữu Quang Xuân Hồng Kim Công Thu".split()
GIVEN = ("An Bình Cường Dũng Hà Hải Hùng Lan Linh Mai Nam Phong Quân Sơn Tâm Thảo Trang Tuấn Việt Yến "
         "Hạnh Hoa Khánh Long Nga Phúc Thắng Thủy Vân Ánh Đạt Hiền Lộc Nhung Oanh Quyết Tú").split()
HIGHLAND = ["Ksor Y Blin", "Rơ Mah Thuận", "Siu H'Mai", "Nay Y Krang", "Rơ Châm H'Lăk", "Kpă Y Thơm",
            "Đinh Văn Grơm", "Puih H'Bel", "Rahlan Y Đoan", "Siu Y Kin"]

DEPARTMENTS = [  # (name, subdomain, offices)
    ("Văn phòng UBND tỉnh", "vpubnd", ["Phòng Tổng hợp", "Phòng Hành chính - Tổ chức"]),
    ("Sở Nội vụ", "snv", ["Phòng Tổ chức, biên chế", "Ban Thi đua - Khen thưởng"]),
    ("Sở Tài chính", "stc", ["Phòng Quản lý ngân sách"]),
    ("Sở Kế hoạch và Đầu tư", "skhdt", ["Phòng Đăng ký kinh doanh"]),
    ("Sở Thông tin và Truyền thông", "stttt", ["Phòng Bưu chính - Viễn thông và Công nghệ thông tin",
                                                "Trung tâm Công nghệ thông tin và Truyền thông"]),
    ("Sở Tư pháp", "stp", []),
    ("Sở Xây dựng", "sxd", []),
    ("Sở Giao thông vận tải", "sgtvt", []),
    ("Sở Công Thương", "sct", []),
    ("Sở Nông nghiệp và Phát triển nông thôn", "snnptnt", ["Chi cục Kiểm lâm"]),
    ("Sở Tài nguyên và Môi trường", "stnmt", []),
    ("Sở Giáo dục và Đào tạo", "sgddt", ["Phòng Giáo dục trung học"]),
    ("Sở Y tế", "syt", []),
    ("Sở Lao động - Thương binh và Xã hội", "sldtbxh", []),
    ("Sở Văn hóa, Thể thao và Du lịch", "svhttdl", []),
    ("Sở Khoa học và Công nghệ", "skhcn", []),
    ("Sở Ngoại vụ", "sngv", []),
    ("Thanh tra tỉnh", "ttr", []),
    ("Ban Dân tộc", "bdt", []),
    ("Ban Quản lý Khu kinh tế", "bqlkkt", []),
]
DISTRICTS = [  # (name, subdomain, communes)
    ("UBND thành phố Pleiku", "pleiku", ["UBND phường Hội Thương", "UBND xã Biển Hồ"]),
    ("UBND thị xã An Khê", "ankhe", ["UBND phường An Bình"]),
    ("UBND thị xã Ayun Pa", "ayunpa", []),
    ("UBND huyện Chư Păh", "chupah", ["UBND thị trấn Phú Hòa", "UBND xã Ia Ka"]),
    ("UBND huyện Chư Prông", "chuprong", []),
    ("UBND huyện Chư Sê", "chuse", []),
    ("UBND huyện Chư Pưh", "chupuh", []),
    ("UBND huyện Đak Đoa", "dakdoa", ["UBND xã Glar"]),
    ("UBND huyện Đak Pơ", "dakpo", []),
    ("UBND huyện Đức Cơ", "ducco", []),
    ("UBND huyện Ia Grai", "iagrai", []),
    ("UBND huyện Ia Pa", "iapa", []),
    ("UBND huyện KBang", "kbang", []),
    ("UBND huyện Kông Chro", "kongchro", []),
    ("UBND huyện Krông Pa", "krongpa", []),
    ("UBND huyện Mang Yang", "mangyang", []),
    ("UBND huyện Phú Thiện", "phuthien", []),
]
DISTRICT_OFFICES = [("Văn phòng HĐND và UBND", "vp"), ("Phòng Nội vụ", "pnv"), ("Phòng Tài chính - Kế hoạch", "ptckh")]


def ascii_fold(text: str) -> str:
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


class People:
    def __init__(self, seed: int = 2026):
        self.rng = random.Random(seed)
        self.used: set[str] = set()

    def person(self, domain: str) -> tuple[str, str]:
        while True:
            if self.rng.random() < 0.12:
                name = self.rng.choice(HIGHLAND)
            else:
                name = f"{self.rng.choice(FAMILY)} {self.rng.choice(MIDDLE)} {self.rng.choice(GIVEN)}"
            parts = ascii_fold(name).lower().replace("'", "").split()
            local = parts[-1] + "".join(p[0] for p in parts[:-1])
            email = f"{local}@{domain}"
            if email not in self.used:
                self.used.add(email)
                return name, email

    def phone(self) -> str:
        return f"0269 3{self.rng.randint(100, 999)} {self.rng.randint(100, 999)}"

    def mobile(self) -> str:
        return f"09{self.rng.randint(10, 99)} {self.rng.randint(100, 999)} {self.rng.randint(100, 999)}"


def rows() -> list[dict]:
    """Flat rows: section, heading, unit, parent, name, position, email, phone."""
    p = People()
    out: list[dict] = []

    def unit(section, name, parent, email, phone):
        out.append(dict(section=section, unit=name, parent=parent, name="", position="", email=email, phone=phone))

    def person(section, unit_name, parent, position, domain):
        name, email = p.person(domain)
        out.append(dict(section=section, unit=unit_name, parent=parent, name=name, position=position,
                        email=email, phone=p.mobile()))

    s = "I. LÃNH ĐẠO TỈNH"
    unit(s, "UBND tỉnh Gia Lai", "", f"ubnd@{DOMAIN}", p.phone())
    person(s, "UBND tỉnh Gia Lai", "", "Chủ tịch", DOMAIN)
    for _ in range(3):
        person(s, "UBND tỉnh Gia Lai", "", "Phó Chủ tịch", DOMAIN)
    unit(s, "HĐND tỉnh Gia Lai", "", f"hdnd@{DOMAIN}", p.phone())
    person(s, "HĐND tỉnh Gia Lai", "", "Chủ tịch", DOMAIN)
    for _ in range(2):
        person(s, "HĐND tỉnh Gia Lai", "", "Phó Chủ tịch", DOMAIN)
    person(s, "HĐND tỉnh Gia Lai", "", "Ủy viên Thường trực", DOMAIN)
    s = "II. CÁC SỞ, BAN, NGÀNH TỈNH"
    for name, sub, offices in DEPARTMENTS:
        domain = f"{sub}.{DOMAIN}"
        unit(s, name, "", f"vanthu@{domain}", p.phone())
        head = "Chánh Thanh tra" if name.startswith("Thanh tra") else "Trưởng ban" if name.startswith("Ban") \
            else "Chánh Văn phòng" if name.startswith("Văn phòng") else "Giám đốc"
        deputy = {"Giám đốc": "Phó Giám đốc", "Trưởng ban": "Phó Trưởng ban", "Chánh Thanh tra": "Phó Chánh Thanh tra",
                  "Chánh Văn phòng": "Phó Chánh Văn phòng"}[head]
        person(s, name, "", head, domain)
        for _ in range(2):
            person(s, name, "", deputy, domain)
        person(s, name, "", "Chuyên viên", domain)
        for office in offices:
            unit(s, office, name, "", p.phone())
            person(s, office, name, "Trưởng phòng" if office.startswith("Phòng") else "Trưởng đơn vị", domain)
            person(s, office, name, "Chuyên viên", domain)
    s = "III. UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ"
    for name, sub, communes in DISTRICTS:
        domain = f"{sub}.{DOMAIN}"
        unit(s, name, "", f"vanthu@{domain}", p.phone())
        person(s, name, "", "Chủ tịch", domain)
        person(s, name, "", "Phó Chủ tịch", domain)
        for office, short in DISTRICT_OFFICES:
            unit(s, office, name, f"{short}@{domain}", p.phone())
            person(s, office, name, "Chánh Văn phòng" if office.startswith("Văn phòng") else "Trưởng phòng", domain)
        for commune in communes:
            slug = ascii_fold(commune.split(" ", 2)[2]).lower().replace(" ", "")
            unit(s, commune, name, f"{slug}@{domain}", p.phone())
            person(s, commune, name, "Chủ tịch", domain)
    return out


def write_xlsx(data: list[dict], path: Path) -> None:
    """The layout provinces publish: title, header, section rows, unit headings
    merged across the sheet (carrying the unit mailbox), people below."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Danh bạ (mẫu)"
    ws.append([TITLE])
    ws.merge_cells("A1:F1")
    ws.append([NOTE])
    ws.merge_cells("A2:F2")
    ws.append([])
    ws.append(["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Địa chỉ thư điện tử", "Điện thoại"])
    for cell in ws[4]:
        cell.font = Font(bold=True)
    section, number, sub = None, 0, 0
    for row in data:
        if row["section"] != section:
            section, number = row["section"], 0
            ws.append([section])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=6)
            ws.cell(ws.max_row, 1).font = Font(bold=True)
        if not row["name"] and not row["parent"]:
            number, sub = number + 1, 0
            ws.append([f"{number}. {row['unit']}", None, None, None, row["email"], row["phone"]])
            ws.merge_cells(start_row=ws.max_row, start_column=1, end_row=ws.max_row, end_column=4)
            ws.cell(ws.max_row, 1).font = Font(bold=True)
        elif not row["name"]:
            sub += 1
            ws.append([f"{number}.{sub}", "Hộp thư đơn vị", None, row["unit"], row["email"] or None, row["phone"]])
        else:
            ws.append([None, row["name"], row["position"], row["unit"] if row["parent"] else None,
                       row["email"], row["phone"]])
    for col, width in zip("ABCDEF", (8, 26, 22, 44, 36, 16)):
        ws.column_dimensions[col].width = width
    ws.cell(1, 1).alignment = Alignment(horizontal="center")
    wb.save(path)


def write_csv(data: list[dict], path: Path) -> None:
    """The flat form (UTF-8 with BOM, ';' as Excel writes it in a Vietnamese locale)."""
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, delimiter=";")
        w.writerow(["# " + NOTE])
        w.writerow(["Họ tên", "Chức vụ", "Cơ quan", "Đơn vị cấp trên", "Email", "Số điện thoại"])
        for row in data:
            w.writerow([row["name"], row["position"], row["unit"], row["parent"], row["email"], row["phone"]])


def main() -> None:
    data = rows()
    write_xlsx(data, HERE / "danh-ba-gia-lai-mau.xlsx")
    write_csv(data, HERE / "danh-ba-gia-lai-mau.csv")
    print(f"{len(data)} dòng mẫu → {HERE}")


if __name__ == "__main__":
    main()
