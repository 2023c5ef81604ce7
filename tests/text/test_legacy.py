"""Legacy Vietnamese encodings (TCVN3, VNI) and decomposed Unicode, repaired — and nothing else touched."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest

from thucongvu.text import legacy
from thucongvu.text.legacy import repair

LOWER = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
VIETNAMESE = [
    "Cộng hoà xã hội chủ nghĩa Việt Nam",
    "Độc lập - Tự do - Hạnh phúc",
    "Kính gửi các cơ quan, đơn vị trực thuộc tỉnh",
    "Về việc triển khai thực hiện kế hoạch chuyển đổi số năm 2026",
    "Quyết định phê duyệt danh sách cán bộ được cử đi học nghiệp vụ",
    "Giấy mời họp giao ban tháng ba tại phòng họp số hai",
    "Thông báo nghỉ Tết Nguyên đán và lịch trực cơ quan",
    "Nơi nhận: như trên; lưu văn thư, phòng tổ chức hành chính",
    "Người ký: Nguyễn Văn Hưởng, Phó Giám đốc Sở Nội vụ",
    "Báo cáo tình hình sử dụng thư điện tử công vụ sáu tháng đầu năm",
]
NOT_VIETNAMESE = [
    "Nous avons été très heureux de vous voir à Paris, merci pour le café et la crème brûlée.",
    "Le comité a décidé d'élire un président intérimaire; réunion à l'hôtel de ville à 14 h.",
    "Die Größe der Straße für den Bären ist schön; Grüße aus München und Köln.",
    "A naïve café owner wrote his résumé in a coöperative façade — déjà vu, señor.",
    "¿Cómo está usted? El niño comió piña en la montaña; año nuevo en Málaga.",
    "Informações sobre a instalação: não há conexão, ação necessária até março.",
    "Price: 25 € per m² — ±3 °C, © 2026 Acme®, § 12 Abs. 3, ½ dozen × 4.",
    "Ærø og Åland: Søren købte ålen på færgen. Björn såg älgen i skogen.",
]


@pytest.mark.parametrize("text", VIETNAMESE)
def test_tcvn3_roundtrip_and_detection(text):
    mangled = legacy.encode_tcvn3(text)
    assert mangled != text and all(ord(c) < 256 for c in mangled)
    fixed, kind = repair(mangled)
    assert kind == "TCVN3"
    # VN3 has no code for toned capitals: they come back lower-case, everything else exact.
    assert fixed.lower() == text.lower()


@pytest.mark.parametrize("text", VIETNAMESE)
def test_vni_roundtrip_and_detection(text):
    mangled = legacy.encode_vni(text)
    fixed, kind = repair(mangled)
    assert (fixed, kind) == (text, "VNI")


def test_every_letter_both_tables():
    for ch in LOWER + LOWER.upper():
        assert legacy.decode_vni(legacy.encode_vni(ch)) == ch
        assert legacy.decode_tcvn3(legacy.encode_tcvn3(ch)).lower() == ch.lower()
    assert len(legacy.VNI_LOWER) == 67 and len(legacy.TCVN3_TO_UNICODE) == 67 + 7


def test_known_samples_from_the_wild():
    assert repair("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == ("Cộng hoà xã hội chủ nghĩa Việt Nam", "TCVN3")
    assert repair("§éc lËp - Tù do - H¹nh phóc") == ("Độc lập - Tự do - Hạnh phúc", "TCVN3")
    assert repair("Hîp ®ång lao ®éng") == ("Hợp đồng lao động", "TCVN3")
    assert repair("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM") == ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "VNI")
    assert repair("Xin chaøo caùc baïn") == ("Xin chào các bạn", "VNI")


@pytest.mark.skipif(not shutil.which("iconv"), reason="needs iconv")
def test_tcvn3_table_agrees_with_glibc_tcvn5712():
    raw = bytes(ord(c) for c in legacy.TCVN3_TO_UNICODE)
    proc = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=raw, capture_output=True)
    if proc.returncode:
        pytest.skip("iconv has no TCVN5712-1")
    assert proc.stdout.decode("utf-8") == "".join(legacy.TCVN3_TO_UNICODE.values())


@pytest.mark.parametrize("text", NOT_VIETNAMESE)
def test_latin1_text_is_not_converted(text):
    assert repair(text) == (text, None)


@pytest.mark.parametrize("text", VIETNAMESE)
def test_real_unicode_vietnamese_is_left_alone(text):
    assert repair(text) == (text, None)


def test_vni_and_tcvn3_are_told_apart():
    for text in VIETNAMESE:
        assert legacy.detect(legacy.encode_vni(text)) == "VNI"
        assert legacy.detect(legacy.encode_tcvn3(text)) == "TCVN3"


def test_mail_body_mixing_ascii_and_legacy():
    body = ("Dear colleagues,\r\n\r\nPlease see below (sent from an old computer).\r\n\r\n"
            + legacy.encode_tcvn3("Kính gửi: Văn phòng UBND tỉnh\r\nSở Nội vụ gửi kèm công văn số 125/SNV-TCBC.")
            + "\r\n\r\nBest regards,\r\n-- \r\nIT helpdesk: 0269 3823 456\r\n")
    fixed, kind = repair(body)
    assert kind == "TCVN3"
    assert "kính gửi: văn phòng ubnd tỉnh" in fixed.lower()
    assert "công văn số 125/SNV-TCBC." in fixed
    assert fixed.startswith("Dear colleagues,\r\n\r\nPlease see below") and "IT helpdesk: 0269 3823 456" in fixed


def test_bytes_read_as_windows_1252():
    raw = legacy.encode_vni("Giấy mời họp giao ban").encode("latin-1")
    assert repair(raw.decode("cp1252")) == ("Giấy mời họp giao ban", "VNI")


def test_decomposed_unicode_is_composed():
    nfd = unicodedata.normalize("NFD", VIETNAMESE[0])
    assert nfd != VIETNAMESE[0]
    assert repair(nfd) == (VIETNAMESE[0], "decomposed")


def test_ascii_and_empty_untouched():
    assert repair("") == ("", None)
    assert repair("Meeting at 9:00, room 3.") == ("Meeting at 9:00, room 3.", None)


@pytest.mark.parametrize("word,ok", [("nghiêng", True), ("Quyết", True), ("giữa", True), ("khuya", True),
                                     ("ộtộ", False), ("trốs", False), ("fờte", False), ("hei", False),
                                     ("ăn", True), ("ă", False), ("tiê", False), ("máà", False)])
def test_syllable_shape(word, ok):
    assert legacy.is_vietnamese_syllable(word) is ok
