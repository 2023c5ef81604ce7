"""The lean FETCH reader, on raw server bytes (no socket)."""

import io

import pytest

from thucongvu.mail.wire import ImapProtocolError, _read_logical_line, parse_line, parse_sequence_set, sequence_set


@pytest.mark.parametrize("line, expected", [
    (b'12 FETCH (UID 7 FLAGS (\\Seen $Label1) RFC822.SIZE 1234)',
     [b"12", b"FETCH", [b"UID", b"7", b"FLAGS", [b"\\Seen", b"$Label1"], b"RFC822.SIZE", b"1234"]]),
    (b'1 FETCH (ENVELOPE ("Mon, 1 Jan 2026" "a \\"q\\" \\\\ b" NIL))',
     [b"1", b"FETCH", [b"ENVELOPE", [b"Mon, 1 Jan 2026", b'a "q" \\ b', None]]]),
    (b'1 FETCH (BODY[HEADER.FIELDS (REFERENCES)] "x" BODY[]<0> "y")',
     [b"1", b"FETCH", [b"BODY[HEADER.FIELDS (REFERENCES)]", b"x", b"BODY[]<0>", b"y"]]),
    (b"VANISHED (EARLIER) 1:3,7", [b"VANISHED", [b"EARLIER"], b"1:3,7"]),
    (b'OK [HIGHESTMODSEQ 715] x', [b"OK", b"[HIGHESTMODSEQ 715]", b"x"]),
    (b"1 FETCH (UID 1 FLAGS (", [b"1", b"FETCH", [b"UID", b"1", b"FLAGS", []]]),  # truncated: closed, no crash
])
def test_parse_line(line, expected):
    assert parse_line(line) == expected


def test_literals_are_read_exactly_and_spliced_back():
    raw = b'* 3 FETCH (UID 9 BODY[] {10}\r\nab\r\n"c)\r\nd ENVELOPE ({2}\r\n\xc4\x91 NIL))\r\nA1 OK done\r\n'
    f = io.BytesIO(raw)
    line, literals = _read_logical_line(f)
    assert literals == [b'ab\r\n"c)\r\nd', b"\xc4\x91"]
    tokens = parse_line(line[2:], literals)
    assert tokens == [b"3", b"FETCH", [b"UID", b"9", b"BODY[]", b'ab\r\n"c)\r\nd', b"ENVELOPE", [b"\xc4\x91", None]]]
    assert _read_logical_line(f) == (b"A1 OK done", None)
    with pytest.raises(ImapProtocolError):
        _read_logical_line(io.BytesIO(b"* 1 FETCH (BODY[] {10}\r\nshort"))


def test_sequence_sets_round_trip():
    assert sequence_set([5, 1, 2, 3, 9, 10, 12]) == b"1:3,5,9:10,12"
    assert parse_sequence_set(b"1:3,5,10:9") == [1, 2, 3, 5, 9, 10]
