"""A big book is parsed by msgspec, and the parse is ``json.loads``'s, refusals included.

``parse_book_bytes(raw, path, fast=True)`` must give what the plain parse gives: the same
documents (the same types: 1 is not 1.0, -0.0 is not 0.0, the last of duplicate keys),
or the same refusal with the same words (the line of broken JSON, "nested too deep or a
number too long", the BOM, the encoding). Hypothesis writes JSON texts of its own, with
the things the two parsers treat differently: NaN and Infinity, lone surrogates, 1e400,
integers of thousands of digits, control characters, stray bytes and blanks.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from grouptui.store import storage
from grouptui.store.errors import BookError
from grouptui.store.storage import parse_book_bytes

PATH = Path("/books/新河镇-2026.json")


def typed(value: Any) -> Any:
    """``value`` with every scalar tagged by its type (so 1, 1.0 and True differ, and
    -0.0 and NaN compare as themselves) and every dict as its items, in order."""
    if isinstance(value, dict):
        return ("dict", [(k, typed(v)) for k, v in value.items()])
    if isinstance(value, list):
        return ("list", [typed(v) for v in value])
    if isinstance(value, float):
        return ("float", "nan" if math.isnan(value) else value.hex())
    return (type(value).__name__, value)


def outcome(raw: bytes, *, fast: bool) -> tuple[Any, ...]:
    """What parsing ``raw`` gives: the documents, or the refusal's key and words."""
    try:
        return ("parsed", typed(parse_book_bytes(raw, PATH, fast=fast)))
    except BookError as exc:
        return ("refused", exc.key, exc.message())


# JSON texts ---------------------------------------------------------------------------

BLANK = st.sampled_from(["", " ", "\n", "\r\n", "\t", "  \n  "])
#: Blanks JSON does not allow: form feed, no-break space, ideographic space.
ODD_BLANK = st.sampled_from(["\x0c", "\u00a0", "\u3000", "\x0b"])


def _pad(text: str) -> st.SearchStrategy[str]:
    return st.tuples(BLANK, BLANK).map(lambda b: b[0] + text + b[1])


ESCAPE = st.one_of(
    st.sampled_from(['\\"', "\\\\", "\\/", "\\b", "\\f", "\\n", "\\r", "\\t"]),
    # Any code unit, lone surrogates included, upper or lower case hex.
    st.integers(0, 0xFFFF).map(lambda c: f"\\u{c:04x}"),
    st.integers(0, 0xFFFF).map(lambda c: f"\\u{c:04X}"),
    # Astral characters as a surrogate pair, or one half of it, or reversed.
    st.integers(0x10000, 0x10FFFF).map(
        lambda c: "".join(f"\\u{u:04x}" for u in _pair(c)),
    ),
    st.integers(0x10000, 0x10FFFF).map(lambda c: "".join(f"\\u{u:04x}" for u in _pair(c)[::-1])),
    st.sampled_from(["\\x41", "\\u12", "\\U0001F600", "\\", "\\'"]),  # not JSON escapes
)


def _pair(c: int) -> tuple[int, int]:
    c -= 0x10000
    return 0xD800 + (c >> 10), 0xDC00 + (c & 0x3FF)


PLAIN = st.characters(
    blacklist_characters='"\\', blacklist_categories=("Cs",)
)  # every code point but the quote, the backslash and surrogates: CJK, 𠮷, emoji, controls
STRING = st.lists(st.one_of(PLAIN, PLAIN, ESCAPE), max_size=12).map(
    lambda parts: '"' + "".join(parts) + '"'
)
KEY = st.one_of(st.sampled_from(['"a"', '"b"', '"名"', '"a"', '""']), STRING)

DIGITS = st.text("0123456789", min_size=1, max_size=25)
NUMBER = st.one_of(
    st.integers(-(2**70), 2**70).map(str),
    st.sampled_from([2**63 - 1, 2**63, 2**64 - 1, 2**64, -(2**63), -(2**63) - 1]).map(str),
    st.floats(allow_nan=False, allow_infinity=False).map(repr),
    st.floats(allow_nan=False, allow_infinity=False, width=32).map(repr),
    st.tuples(
        st.sampled_from(["", "-"]),
        DIGITS,
        st.sampled_from(["", "."]).flatmap(
            lambda dot: DIGITS.map(lambda d: dot + d if dot else "")
        ),
        st.sampled_from(["", "e", "E", "e+", "e-", "E-"]),
        st.integers(0, 400).map(str),
    ).map(lambda p: p[0] + p[1] + p[2] + (p[3] + p[4] if p[3] else "")),
    st.sampled_from(
        [
            "-0",
            "-0.0",
            "0e0",
            "1E400",
            "-1e400",
            "1e-400",
            "4.9e-324",
            "2.4703282292062328e-324",
            "1.7976931348623157e308",
            "1.7976931348623159e308",
            "2.2250738585072011e-308",
            "0.1e1",
            "123456789012345678901234567890e-10",
            "9" * 4300,
            "-" + "9" * 4300,
            "9" * 4301,
            "1" * 400 + ".5",
            "0." + "0" * 400 + "1",
            "NaN",
            "Infinity",
            "-Infinity",
            "nan",
            "01",
            "1.",
            ".5",
            "+1",
            "-",
            "1e",
            "0x10",
        ]
    ),
)
SCALAR = st.one_of(NUMBER, STRING, st.sampled_from(["true", "false", "null", "tru", "None"]))


def _array(items: list[str]) -> str:
    return "[" + ",".join(items) + "]"


def _object(pairs: list[tuple[str, str]]) -> str:
    return "{" + ",".join(f"{k}:{v}" for k, v in pairs) + "}"


VALUE = st.recursive(
    SCALAR.flatmap(_pad),
    lambda inner: st.one_of(
        st.lists(inner, max_size=5).map(_array),
        st.lists(st.tuples(KEY, inner), max_size=5).map(_object),  # keys repeat often
    ).flatmap(_pad),
    max_leaves=25,
)


@st.composite
def json_bytes(draw: st.DrawFn) -> bytes:
    """A JSON text, now and then spoiled as files get spoiled, as bytes."""
    text = draw(VALUE)
    spoil = draw(st.integers(0, 9))
    if spoil == 0 and text:  # a character taken out, or a strange one put in
        at = draw(st.integers(0, len(text) - 1))
        text = (
            text[:at]
            + draw(st.one_of(st.just(""), ODD_BLANK, PLAIN, st.just(",")))
            + text[at + 1 :]
        )
    if spoil == 1:
        text = text + draw(st.sampled_from([",", "]", "}", " x", "\x00", "{}"]))
    raw = text.encode("utf-8")
    if spoil == 2 and raw:  # a stray byte: a lone continuation, a cut sequence, a surrogate
        at = draw(st.integers(0, len(raw)))
        junk = draw(st.sampled_from([b"\x80", b"\xc3", b"\xe4\xb8", b"\xed\xa0\x80", b"\xff"]))
        raw = raw[:at] + junk + raw[at:]
    if spoil == 3:
        raw = b"\xef\xbb\xbf" + raw
    return raw


def as_book(value: bytes) -> bytes:
    """A book (meta, a table) whose one document is ``value``: it gets past the check of
    a book's shape, so the parse itself is compared."""
    return b'{"meta":{"1":{"schema":1}},"records":{"1":' + value + b"}}"


# The properties -------------------------------------------------------------------------


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_bytes())
@example(b'{"a":1,"b":2,"a":3}')
@example(b'["\\ud800", "\\udc00\\ud800"]')
@example(b'"\\ud83d\\ude00\xf0\xa0\xae\xb7"')
@example(b"[1e400, NaN, -Infinity]")
@example(b'["\x01"]')
@example(b"[" + b"9" * 4301 + b"]")
@example(b"[" + b"9" * 4300 + b", -" + b"9" * 4300 + b"]")
@example(b"[18446744073709551616, -9223372036854775809, -0, -0.0]")
def test_msgspec_parses_nothing_json_refuses_and_agrees_on_what_both_parse(raw: bytes) -> None:
    parsed = storage._msgspec_decode(raw)
    if parsed is storage._REFUSED:
        return  # the plain parse decides (the next test)
    try:
        expected = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        pytest.fail(f"msgspec took what json refuses ({exc!r})")
    assert typed(parsed) == typed(expected)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_bytes(), st.booleans())
@example(b"", False)
@example(b"   \n", False)
@example(b'{"meta":{"1":{}}}', False)
@example(b'{"meta":{"1":{}},"meta":{"1":[]}}', False)
@example(b'{"meta":{"1":{}}', False)
@example(b'{"meta":{"1":{}}}\n\n  {"x"', False)
@example(b'{"meta":{"1":{"group":"\\ud800"}}}', False)
@example(b'{"meta":{"1":{"year":NaN}}}', False)
def test_the_fast_parse_of_a_book_is_the_plain_one(raw: bytes, wrapped: bool) -> None:
    if wrapped:
        raw = as_book(raw)
    assert outcome(raw, fast=True) == outcome(raw, fast=False)


# What the plain parse refuses, the fast one refuses in the same words ---------------------


def _deep(levels: int) -> bytes:
    return b'{"meta": ' + b"[" * levels + b"]" * levels + b"}"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b" \n\t ",
        b"\xef\xbb\xbf{}",
        '{"meta":{"1":{"group":"新河"}}}'.encode("gbk"),
        b'{"meta":{"1":{}},\n"records":{\n"1":{"a":1,}}}',  # line 3 of broken JSON
        b'{"meta":{"1":{"year":' + b"9" * 5000 + b"}}}",
        _deep(200_000),
        b'{"hello": [1, 2, 3]}',
        b'{"_default": {"1": {"a": 1}}}',
        b'{"meta":{"1":{"schema":1}}}',
    ],
    ids=[
        "empty",
        "blank",
        "bom",
        "gbk",
        "bad-json",
        "huge-int",
        "deep",
        "not-a-book",
        "tinydb-not-book",
        "good",
    ],
)
def test_every_refusal_is_the_plain_parse_s(raw: bytes) -> None:
    assert outcome(raw, fast=True) == outcome(raw, fast=False)


def test_a_broken_book_names_the_same_line(tmp_path: Path) -> None:
    plain = outcome(b'{"meta":{"1":{}},\n"records":{\n"1":{"a":1,}}}', fast=False)
    assert plain[1] == "book_bad_json" and "3" in plain[2]
