"""Rules of the roster: valid names, levels, terms and profile, phone masking, finding a
deputy by name.

A deputy's term runs from ``joined_on`` to ``retired_on``. When nobody says when a deputy
joined (typed or imported into a book), the term starts with the book's year: the roster is
usually typed late, and the day it was typed says nothing about the term.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime

from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import Deputy
from grouptui.domain.vocab import GENDERS, LEVELS, parse_choice

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
#: What officers put between two levels in one cell: 镇、县 · 镇,县 · 镇;县 · 镇 县 · 镇/县.
LEVEL_SEPARATORS = re.compile(r"[,，、/;；\s]+")
#: A date as offices write it: 2026-07-15, 2026/7/15, 2026.7.15, 2026年7月15日.
_DAY = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
#: The time openpyxl writes after the day of a date cell: 2026-07-15 00:00:00.
_TIME = re.compile(r"\s+\d{1,2}:\d{2}(:\d{2})?$")
#: Other ways of writing a gender.
_GENDER_WORDS = {"m": "male", "f": "female", "男性": "male", "女性": "female"}
#: A month as offices write it: 1968-05, 1968/5, 1968.5, 1968年5月, 196805.
_MONTH = re.compile(r"(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*月?")
#: The deputy's fields the registration form prints as the profile, in its order.
PROFILE_FIELDS = ("gender", "born", "ethnicity", "party", "unit", "post")
#: Longest profile text (民族, 政治面貌, 职务), in characters.
MAX_PROFILE = 40


class RosterError(UserFacingError):
    """Bad roster input."""


def clean_name(name: str) -> str:
    """A deputy's name, normalized; :class:`RosterError` if unusable."""
    name = unicodedata.normalize("NFC", name).strip()
    if not name or _CONTROL.search(name) or "," in name or "，" in name or len(name) > 40:
        raise RosterError("deputy_name_bad")
    return name


def parse_names(text: str | None) -> list[str]:
    """A comma-separated list of names (ASCII or Chinese commas), blanks dropped."""
    if not text:
        return []
    for sep in ("，", "、", ";", "；"):
        text = text.replace(sep, ",")
    return [part.strip() for part in text.split(",") if part.strip()]


def parse_levels(values: Iterable[str]) -> list[str]:
    """Level keys from what the user typed (乡/镇/... or township/town/...)."""
    levels: list[str] = []
    for raw in values:
        for part in LEVEL_SEPARATORS.split(raw.strip()):
            if not part:
                continue
            key = parse_choice(LEVELS, part)
            if key is None:
                raise RosterError("bad_level", value=part)
            if key not in levels:
                levels.append(key)
    return levels


def mask_phone(phone: str) -> str:
    """A phone number with its middle digits hidden: 138****5678."""
    text = phone.strip()
    if len(text) >= 8:
        return text[:3] + "*" * (len(text) - 7) + text[-4:]
    if len(text) > 2:
        return text[0] + "*" * (len(text) - 2) + text[-1]
    return "*" * len(text)


def find_by_name(deputies: Iterable[Deputy], name: str) -> Deputy | None:
    """The deputy called ``name`` (active ones first), or None."""
    name = unicodedata.normalize("NFC", name).strip()
    hits = [d for d in deputies if d.name == name]
    hits.sort(key=lambda d: not d.active)
    return hits[0] if hits else None


def default_joined(year: int) -> date:
    """When a deputy's term starts if nobody said: the first day of the book's year."""
    return date(year, 1, 1)


def parse_day(text: str | date) -> date:
    """A date typed or read from a spreadsheet; :class:`RosterError` ``bad_date`` if none.

    Takes YYYY-MM-DD and the ways offices write dates (2026/7/15, 2026年7月15日), and an
    Excel date cell as openpyxl gives it.
    """
    if isinstance(text, datetime):
        return text.date()
    if isinstance(text, date):
        return text
    raw = unicodedata.normalize("NFKC", text).strip()
    match = _DAY.fullmatch(_TIME.sub("", raw))
    if match:
        try:
            return date(*(int(g) for g in match.groups()))
        except ValueError:
            pass
    raise RosterError("bad_date", value=text)


def check_joined(joined: date, year: int) -> date:
    """``joined`` if the deputy could have served in ``year``; :class:`RosterError` if later."""
    if joined > date(year, 12, 31):
        raise RosterError("joined_after_year", value=joined.isoformat(), year=year)
    return joined


def check_left(left: date, joined: date | None) -> date:
    """``left`` if it is not before the term began; :class:`RosterError` if it is."""
    if joined is not None and left < joined:
        raise RosterError("left_before_joined", value=left.isoformat(), joined=joined.isoformat())
    return left


def parse_gender(text: str) -> str:
    """The ``GENDERS`` key of 男/女 (male/female, m/f), "" for blank."""
    raw = text.strip()
    if not raw:
        return ""
    key = parse_choice(GENDERS, raw) or _GENDER_WORDS.get(raw.lower())
    if key is None:
        raise RosterError("gender_bad", value=text)
    return key


def parse_born(text: str | date) -> str:
    """出生年月 as ``YYYY-MM`` (from 1968-05, 1968年5月, 196805, a date cell), "" for blank."""
    if isinstance(text, date):
        return f"{text.year:04d}-{text.month:02d}"
    raw = unicodedata.normalize("NFKC", text).strip()
    if not raw:
        return ""
    match = _MONTH.match(raw)
    if match:
        year, month = int(match.group(1)), int(match.group(2))
        rest = raw[match.end() :].strip()
        if 1900 <= year <= 2100 and 1 <= month <= 12 and not re.search(r"[^\d\s:日.-]", rest):
            return f"{year:04d}-{month:02d}"
    raise RosterError("born_bad", value=text)


def clean_profile(text: str) -> str:
    """民族, 政治面貌 or 职务: one line, NFC, at most ``MAX_PROFILE`` characters."""
    value = unicodedata.normalize("NFC", text).strip()
    if _CONTROL.search(value) or len(value) > MAX_PROFILE:
        raise RosterError("profile_bad", limit=MAX_PROFILE)
    return value
