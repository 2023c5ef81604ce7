"""What kind of unit a name denotes, from the way official names are formed.

Groups ("Các sở, ban, ngành tỉnh", "UBND các huyện, thị xã, thành phố") are
rules over these kinds, so the kind must be derived the same way for every
source. Names are compared after folding and abbreviation expansion.
"""

from __future__ import annotations

from thucongvu.directory.abbrev import expand, tokens

PROVINCE_COMMITTEE = "province_committee"   # UBND tỉnh
PROVINCE_COUNCIL = "province_council"       # HĐND tỉnh
DEPARTMENT = "department"                   # sở, ban, ngành tỉnh
DISTRICT = "district"                       # UBND huyện, thị xã, thành phố
DISTRICT_OFFICE = "district_office"         # phòng, ban thuộc UBND huyện
COMMUNE = "commune"                         # UBND xã, phường, thị trấn
OFFICE = "office"                           # phòng, chi cục, trung tâm thuộc sở
CATEGORY = "category"                       # a heading such as "Khối các sở, ban, ngành"
OTHER = "other"

KINDS = (PROVINCE_COMMITTEE, PROVINCE_COUNCIL, DEPARTMENT, DISTRICT, DISTRICT_OFFICE, COMMUNE, OFFICE, OTHER)

_UB = ["uy", "ban", "nhan", "dan"]
_HD = ["hoi", "dong", "nhan", "dan"]
_DEPARTMENT_HEADS = (
    ["so"], ["ban"], ["thanh", "tra", "tinh"], ["van", "phong"], ["cong", "an", "tinh"],
    ["bo", "chi", "huy"], ["dai", "phat", "thanh"], ["bao"], ["kho", "bac"], ["cuc"],
    ["truong", "cao", "dang"], ["truong", "dai", "hoc"], ["lien", "doan"], ["hoi"], ["tinh", "doan"],
    ["vien", "kiem", "sat"], ["toa", "an"], ["uy", "ban", "mat", "tran"], ["doan", "dai", "bieu"],
)
_DISTRICT_WORDS = (["huyen"], ["thi", "xa"], ["thanh", "pho"])
_COMMUNE_WORDS = (["xa"], ["phuong"], ["thi", "tran"])


def _starts(toks: list[str], head: list[str]) -> bool:
    return toks[: len(head)] == head


def classify(name: str, parent_kind: str | None = None) -> str:
    toks = expand(tokens(name))
    if not toks:
        return OTHER
    if toks[0] in ("khoi", "danh") or "cac" in toks[:6] or (toks[0] == "lanh" and toks[1:2] == ["dao"]):
        return CATEGORY
    if _starts(toks, _UB):
        rest = toks[4:]
        if rest[:1] == ["tinh"]:
            return PROVINCE_COMMITTEE
        if any(_starts(rest, w) for w in _DISTRICT_WORDS):
            return DISTRICT
        if any(_starts(rest, w) for w in _COMMUNE_WORDS):
            return COMMUNE
    if _starts(toks, _HD) or _starts(toks, ["thuong", "truc"] + _HD):
        rest = toks[4:] if toks[0] == "hoi" else toks[6:]
        if rest[:1] == ["tinh"]:
            return PROVINCE_COUNCIL
    if parent_kind == DISTRICT:
        return DISTRICT_OFFICE
    if parent_kind in (DEPARTMENT, DISTRICT_OFFICE, OFFICE, COMMUNE):
        return OFFICE
    if parent_kind in (None, "", PROVINCE_COMMITTEE, CATEGORY):
        if any(_starts(toks, h) for h in _DEPARTMENT_HEADS):
            return DEPARTMENT
    if toks[0] in ("phong", "chi", "trung"):
        return OFFICE
    return OTHER
