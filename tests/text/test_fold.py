import pytest

from thucongvu.text.fold import fold, fts_query, nfc, words


@pytest.mark.parametrize(
    "a, b",
    [
        ("Quyết định", "quyet dinh"),
        ("Đồng Nai", "dong nai"),
        ("ĐỀ NGHỊ", "de nghi"),
        ("Thông tư", "THONG TU"),
        ("Nghị định số 30/2020/NĐ-CP", "nghi dinh so 30/2020/nd-cp"),
    ],
)
def test_fold_equal(a, b):
    assert fold(a) == fold(b)


def test_fold_decomposed_input_matches_precomposed():
    decomposed = "Quye\u0302\u0301t đi\u0323nh"
    assert fold(decomposed) == "quyet dinh"
    assert nfc(decomposed) == "Quyết định"


def test_fold_keeps_distinct_words_distinct():
    assert fold("mật") != fold("mặt x")
    assert fold("Hà") != fold("Hải")


def test_fts_query_quotes_tokens():
    assert fts_query('Quyết "định" OR x') == '"quyet"* "dinh"* "or"* "x"*'
    assert words("") == []
