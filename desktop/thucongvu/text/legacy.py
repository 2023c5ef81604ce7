"""Vietnamese text that arrived in a legacy encoding, repaired to Unicode NFC.

Mail from old Windows set-ups still carries Vietnamese typed with the ABC
(TCVN3) or VNI fonts: the bytes are labelled windows-1252/ISO-8859-1, so the
text reads "Céng hoµ x· héi" or "Coäng hoøa xaõ hoäi" instead of "Cộng hoà xã
hội". Some clients (macOS) send decomposed Unicode (NFD). TCVN 6909:2001 asks
for precomposed Unicode, so :func:`repair` converts all three and names what it
found, for the reader's small notice.

Detection is by Vietnamese syllable structure, not by "has accented letters":
a word counts for an encoding only if its conversion is a well-formed
Vietnamese syllable (onset + rhyme + at most one tone mark). Plain French,
English or German Latin-1 text ("été", "Größe", "naïve") converts to
non-syllables and is left alone; real Unicode Vietnamese already *is*
syllables and gains nothing from conversion, so it is left alone too.

Tables (data, below):
* TCVN3 — the 8-bit "VN3" set of TCVN 5712:1993 (Vietnamese standard code for
  information interchange) used by the ABC fonts: capitals Ă Â Ê Ô Ơ Ư Đ at
  0xA1–0xA7 and every lower-case letter. Toned capitals have no code in VN3
  (the ".VnTimeH" fonts draw the lower-case codes as capitals), so they come
  back lower-case; VN1-only positions and its combining marks are not used.
* VNI — the VNI-Windows font encoding: a base letter followed by a
  mark character (e.g. "aù" = á, "oä" = ộ), a few single codes (ô = ơ,
  ö = ư, ñ = đ, ó = ĩ, ò = ị, æ = ỉ, î = ỵ). Capitals are the upper-case of both
  characters ("AÙ" = Á).
"""

from __future__ import annotations

import re
import unicodedata

# --- TCVN3 (TCVN 5712:1993, VN3): code point (as the Latin-1 character it was mis-read as) → letter.
TCVN3_TO_UNICODE = {
    "\xa1": "Ă", "\xa2": "Â", "\xa3": "Ê", "\xa4": "Ô", "\xa5": "Ơ", "\xa6": "Ư", "\xa7": "Đ",
    "\xa8": "ă", "\xa9": "â", "\xaa": "ê", "\xab": "ô", "\xac": "ơ", "\xad": "ư", "\xae": "đ",
    "\xb5": "à", "\xb6": "ả", "\xb7": "ã", "\xb8": "á", "\xb9": "ạ",
    "\xbb": "ằ", "\xbc": "ẳ", "\xbd": "ẵ", "\xbe": "ắ", "\xc6": "ặ",
    "\xc7": "ầ", "\xc8": "ẩ", "\xc9": "ẫ", "\xca": "ấ", "\xcb": "ậ",
    "\xcc": "è", "\xce": "ẻ", "\xcf": "ẽ", "\xd0": "é", "\xd1": "ẹ",
    "\xd2": "ề", "\xd3": "ể", "\xd4": "ễ", "\xd5": "ế", "\xd6": "ệ",
    "\xd7": "ì", "\xd8": "ỉ", "\xdc": "ĩ", "\xdd": "í", "\xde": "ị",
    "\xdf": "ò", "\xe1": "ỏ", "\xe2": "õ", "\xe3": "ó", "\xe4": "ọ",
    "\xe5": "ồ", "\xe6": "ổ", "\xe7": "ỗ", "\xe8": "ố", "\xe9": "ộ",
    "\xea": "ờ", "\xeb": "ở", "\xec": "ỡ", "\xed": "ớ", "\xee": "ợ",
    "\xef": "ù", "\xf1": "ủ", "\xf2": "ũ", "\xf3": "ú", "\xf4": "ụ",
    "\xf5": "ừ", "\xf6": "ử", "\xf7": "ữ", "\xf8": "ứ", "\xf9": "ự",
    "\xfa": "ỳ", "\xfb": "ỷ", "\xfc": "ỹ", "\xfd": "ý", "\xfe": "ỵ",
}

# --- VNI-Windows: lower-case letter → its VNI spelling (capitals: .upper() of both sides).
VNI_LOWER = {
    "á": "aù", "à": "aø", "ả": "aû", "ã": "aõ", "ạ": "aï",
    "ă": "aê", "ắ": "aé", "ằ": "aè", "ẳ": "aú", "ẵ": "aü", "ặ": "aë",
    "â": "aâ", "ấ": "aá", "ầ": "aà", "ẩ": "aå", "ẫ": "aã", "ậ": "aä",
    "é": "eù", "è": "eø", "ẻ": "eû", "ẽ": "eõ", "ẹ": "eï",
    "ê": "eâ", "ế": "eá", "ề": "eà", "ể": "eå", "ễ": "eã", "ệ": "eä",
    "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò",
    "ó": "où", "ò": "oø", "ỏ": "oû", "õ": "oõ", "ọ": "oï",
    "ô": "oâ", "ố": "oá", "ồ": "oà", "ổ": "oå", "ỗ": "oã", "ộ": "oä",
    "ơ": "ô", "ớ": "ôù", "ờ": "ôø", "ở": "ôû", "ỡ": "ôõ", "ợ": "ôï",
    "ú": "uù", "ù": "uø", "ủ": "uû", "ũ": "uõ", "ụ": "uï",
    "ư": "ö", "ứ": "öù", "ừ": "öø", "ử": "öû", "ữ": "öõ", "ự": "öï",
    "ý": "yù", "ỳ": "yø", "ỷ": "yû", "ỹ": "yõ", "ỵ": "î",
    "đ": "ñ",
}
VNI_TO_UNICODE = {**{v: k for k, v in VNI_LOWER.items()}, **{v.upper(): k.upper() for k, v in VNI_LOWER.items()}}
UNICODE_TO_TCVN3 = {v: k for k, v in TCVN3_TO_UNICODE.items()}

_VNI_RE = re.compile("|".join(re.escape(s) for s in sorted(VNI_TO_UNICODE, key=len, reverse=True)))
_TCVN3_TABLE = str.maketrans(TCVN3_TO_UNICODE)

# --- Vietnamese syllable shape (toneless, lower-case), used only to judge a conversion.
_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_ONSET = "ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdđghklmnprstvx]"
_OPEN = ("a e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iu oa oe oi oo ôi ơi ua ui uơ uy ưa ưi ưu "
         "iêu yêu oai oao oay oeo uây uôi uya uyu ươi ươu uêu").split()
_CLOSED = "ă â iê yê uô ươ oă uâ uê uyê".split()  # need a final consonant
_CODA = "ch|nh|ng|c|m|n|p|t"
_SYLLABLE = re.compile(
    rf"(?:{_ONSET})?(?:(?:{'|'.join(sorted(_OPEN + _CLOSED, key=len, reverse=True))})(?:{_CODA})"
    rf"|(?:{'|'.join(sorted(_OPEN, key=len, reverse=True))}))"
)
_LEGACY_TOKEN = re.compile(r"[A-Za-z\xa1-\xff]*[\x80-\xff][A-Za-z\xa1-\xff]*")


def is_vietnamese_syllable(word: str) -> bool:
    """True for a well-formed Vietnamese syllable such as "nghiêng" or "Quyết"."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in decomposed if ch in _TONES)
    if tones > 1:
        return False
    toneless = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return bool(_SYLLABLE.fullmatch(toneless))


def decode_tcvn3(text: str) -> str:
    return text.translate(_TCVN3_TABLE)


def decode_vni(text: str) -> str:
    return _VNI_RE.sub(lambda m: VNI_TO_UNICODE[m.group(0)], text)


def encode_tcvn3(text: str) -> str:
    """Unicode → TCVN3 as Latin-1 characters (toned capitals become lower-case codes, as in VN3)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        code = UNICODE_TO_TCVN3.get(ch) or UNICODE_TO_TCVN3.get(ch.lower())
        out.append(code if code and ch not in "AEIOUYaeiouy" else ch)
    return "".join(out)


def encode_vni(text: str) -> str:
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in VNI_LOWER:
            out.append(VNI_LOWER[ch])
        elif ch.lower() in VNI_LOWER:
            out.append(VNI_LOWER[ch.lower()].upper())
        else:
            out.append(ch)
    return "".join(out)


DECODERS = {"TCVN3": decode_tcvn3, "VNI": decode_vni}
SAMPLE_WORDS = 300


def detect(text: str) -> str | None:
    """Name the legacy encoding ``text`` was mis-decoded from ("TCVN3" | "VNI"), or None."""
    words = []
    for match in _LEGACY_TOKEN.finditer(text):  # a sample is enough to judge; keeps long mails cheap
        words.append(match.group(0))
        if len(words) >= SAMPLE_WORDS:
            break
    if not words:
        return None
    # Words that are already Vietnamese syllables (real Unicode text such as "chào", "có").
    already = sum(1 for w in words if is_vietnamese_syllable(w))
    best, best_score = None, 0
    for name, decode in DECODERS.items():
        score = sum(1 for w in words if decode(w) != w and is_vietnamese_syllable(decode(w)))
        if score > best_score:
            best, best_score = name, score
    # Convert only on clear evidence: most legacy-looking words become syllables, and
    # clearly more of them than were syllables to begin with.
    if best and best_score >= max(1, 0.5 * len(words)) and best_score > 1.5 * already:
        return best
    return None


def repair(text: str) -> tuple[str, str | None]:
    """Return (text in NFC Unicode, what was repaired: "TCVN3" | "VNI" | "decomposed" | None)."""
    if not text or text.isascii():
        return text, None
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text and any(unicodedata.combining(ch) for ch in text):
        return nfc, "decomposed"
    found = detect(text)
    if found is None:
        return text, None
    return unicodedata.normalize("NFC", DECODERS[found](text)), found
