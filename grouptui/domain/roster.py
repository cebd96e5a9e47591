"""Rules of the roster: valid names, levels, phone masking, finding a deputy by name."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from grouptui.domain.errors import UserFacingError
from grouptui.domain.models import Deputy
from grouptui.domain.vocab import LEVELS, parse_choice

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


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
        for part in re.split(r"[,，、/\s]+", raw.strip()):
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
