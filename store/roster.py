"""Editing the roster: add, change and retire deputies, with the checks a form needs.

The checks return which field is wrong, so the TUI can put the message under that field
and the CLI can print it as one line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from typing import Any

from grouptui.domain.models import Deputy
from grouptui.domain.roster import (
    RosterError,
    check_joined,
    check_left,
    clean_name,
    clean_profile,
    default_joined,
    parse_born,
    parse_day,
    parse_gender,
    parse_levels,
)
from grouptui.store.book import Book

#: What a phone field may hold: digits, spaces, + - ( ) and separators between numbers.
_PHONE = re.compile(r"[0-9+\-() ,，、/;；]*")
MAX_PHONE = 40


class FieldError(RosterError):
    """A bad value in one field of the deputy form; ``field`` names it."""

    def __init__(self, field: str, key: str, **params: object) -> None:
        super().__init__(key, **params)
        self.field = field


def clean_phone(phone: str) -> str:
    """A phone number (or several), stripped; :class:`FieldError` if it is not one."""
    text = unicodedata.normalize("NFKC", phone).strip()
    if len(text) > MAX_PHONE or not _PHONE.fullmatch(text):
        raise FieldError("phone", "phone_bad", limit=MAX_PHONE)
    return text


def clean_text(text: str) -> str:
    """Free text of a field: kept as typed, surrounding blanks removed, NFC."""
    return unicodedata.normalize("NFC", text).strip()


def _levels(value: list[str] | str) -> list[str]:
    return parse_levels([value] if isinstance(value, str) else value)


def _joined(value: str | date | None) -> date | None:
    return None if value is None or value == "" else parse_day(value)


#: How each field of the deputy form is cleaned; a RosterError names the field.
CLEANERS: dict[str, Callable[[Any], Any]] = {
    "name": clean_name,
    "levels": _levels,
    "constituency": clean_text,
    "phone": clean_phone,
    "unit": clean_text,
    "is_new": bool,
    "remarks": clean_text,
    "joined_on": _joined,
    "gender": parse_gender,
    "born": parse_born,
    "ethnicity": clean_profile,
    "party": clean_profile,
    "post": clean_profile,
}


def checked_deputy(deputy: Deputy, *, year: int, **values: Any) -> Deputy:
    """``deputy`` with the given fields changed, each cleaned by ``CLEANERS``.

    Only the fields passed change, so the form (every field) and ``roster edit`` (the
    options given) share the checks. ``year`` is the book's: a deputy who joined after it
    cannot have served in it. :class:`FieldError` names the bad field.
    """
    changes: dict[str, Any] = {}
    for name, value in values.items():
        try:
            changes[name] = CLEANERS[name](value)
        except RosterError as exc:
            raise FieldError(name, exc.key, **exc.params) from None
    joined = changes.get("joined_on")
    if joined is not None:
        try:
            check_joined(joined, year)
            if deputy.retired_on is not None:
                check_left(deputy.retired_on, joined)
        except RosterError as exc:
            raise FieldError("joined_on", exc.key, **exc.params) from None
    return replace(deputy, **changes)


def _check_unique(book: Book, deputy: Deputy) -> None:
    for other in book.deputies.all():
        if other.id != deputy.id and other.active and other.name == deputy.name:
            raise FieldError("name", "deputy_exists", name=deputy.name)


def with_term(deputy: Deputy, year: int) -> Deputy:
    """``deputy`` with a first day of term: the start of ``year`` when nobody said."""
    if deputy.joined_on is not None:
        return deputy
    return replace(deputy, joined_on=default_joined(year))


def save_deputy(book: Book, deputy: Deputy) -> Deputy:
    """Add or update ``deputy`` (already checked); a second active deputy of the same
    name is refused. A new deputy's term starts with the book's year unless it says."""
    _check_unique(book, deputy)
    if book.deputies.get(deputy.id) is None:
        deputy = with_term(deputy, book.meta.year)
    return book.deputies.save(deputy)


def retire_deputy(book: Book, deputy_id: str, *, on: date) -> Deputy:
    """Mark the deputy retired (离任) as of ``on``; kept in the roster and the books.

    Retiring a retired deputy again corrects the date. A date before the term began is
    refused (:class:`FieldError` on ``retired_on``).
    """
    deputy = book.deputies.get(deputy_id)
    if deputy is None:
        raise RosterError("deputy_not_found", name=deputy_id)
    try:
        check_left(on, deputy.joined_on)
    except RosterError as exc:
        raise FieldError("retired_on", exc.key, **exc.params) from None
    return book.deputies.save(replace(deputy, active=False, retired_on=on))


def reinstate_deputy(book: Book, deputy_id: str) -> Deputy:
    """Undo a retirement (the deputy is active again)."""
    deputy = book.deputies.get(deputy_id)
    if deputy is None:
        raise RosterError("deputy_not_found", name=deputy_id)
    deputy = replace(deputy, active=True, retired_on=None)
    _check_unique(book, deputy)
    return book.deputies.save(deputy)
