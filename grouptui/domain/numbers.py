"""Numbers typed by a user, read the one safe way.

``int(text)`` and ``float(text)`` accept more than a user means and fail in ways that
are not a ``ValueError`` a caller expects: ``"²".isdigit()`` is true but ``int("²")``
raises; ``int`` refuses strings over 4,300 digits; ``float("9" * 5000)`` is infinity,
and ``int`` of that raises ``OverflowError``; ``float("nan")`` compares false with every
bound. Every number parsed from the command line, a form or a typed field goes through
here: ASCII digits only, at most :data:`MAX_DIGITS` of them, finite, else ``None`` (the
caller says which sentence fits).
"""

from __future__ import annotations

import math
import re

#: Most digits a typed number may have (hours, days, counts, years need far fewer).
MAX_DIGITS = 15

_INT = re.compile(rf"[+-]?[0-9]{{1,{MAX_DIGITS}}}", re.ASCII)
_DECIMAL = re.compile(
    rf"[+-]?(?:[0-9]{{1,{MAX_DIGITS}}}(?:\.[0-9]{{0,{MAX_DIGITS}}})?|\.[0-9]{{1,{MAX_DIGITS}}})"
    r"(?:[eE][+-]?[0-9]{1,2})?",
    re.ASCII,
)


def parse_int(text: str) -> int | None:
    """The whole number ``text`` spells (surrounding blanks ignored), or None."""
    text = text.strip()
    return int(text) if _INT.fullmatch(text) else None


def parse_decimal(text: str) -> float | None:
    """The finite number ``text`` spells ("2", "1.5", "-3", "1e3"), or None."""
    text = text.strip()
    if not _DECIMAL.fullmatch(text):
        return None
    value = float(text)
    return value if math.isfinite(value) else None


def int_in(text: str, low: int, high: int) -> int | None:
    """The whole number ``text`` spells if it lies in ``low..high``, else None."""
    value = parse_int(text)
    return value if value is not None and low <= value <= high else None
