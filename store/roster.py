"""Editing the roster: add, change and retire deputies, with the checks a form needs.

The checks return which field is wrong, so the TUI can put the message under that field
and the CLI can print it as one line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date

from grouptui.domain.models import Deputy
from grouptui.domain.roster import RosterError, clean_name
from grouptui.domain.vocab import LEVELS
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


def checked_deputy(
    deputy: Deputy,
    *,
    name: str,
    levels: list[str],
    constituency: str,
    phone: str,
    unit: str,
    is_new: bool,
    remarks: str,
) -> Deputy:
    """``deputy`` with the form's values, validated; :class:`FieldError` names the bad field."""
    try:
        clean = clean_name(name)
    except RosterError as exc:
        raise FieldError("name", exc.key, **exc.params) from None
    bad = [lv for lv in levels if lv not in LEVELS]
    if bad:
        raise FieldError("levels", "bad_level", value=bad[0])
    return replace(
        deputy,
        name=clean,
        levels=[lv for lv in LEVELS if lv in levels],
        constituency=clean_text(constituency),
        phone=clean_phone(phone),
        unit=clean_text(unit),
        is_new=is_new,
        remarks=clean_text(remarks),
    )


def _check_unique(book: Book, deputy: Deputy) -> None:
    for other in book.deputies.all():
        if other.id != deputy.id and other.active and other.name == deputy.name:
            raise FieldError("name", "deputy_exists", name=deputy.name)


def save_deputy(book: Book, deputy: Deputy, *, today: date) -> Deputy:
    """Add or update ``deputy`` (already checked); a second active deputy of the same
    name is refused."""
    _check_unique(book, deputy)
    if book.deputies.get(deputy.id) is None and deputy.joined_on is None:
        deputy = replace(deputy, joined_on=today)
    return book.deputies.save(deputy)


def retire_deputy(book: Book, deputy_id: str, *, today: date) -> Deputy:
    """Mark the deputy retired (离任) as of ``today``; kept in the roster and the books."""
    deputy = book.deputies.get(deputy_id)
    if deputy is None:
        raise RosterError("deputy_not_found", name=deputy_id)
    return book.deputies.save(replace(deputy, active=False, retired_on=today))


def reinstate_deputy(book: Book, deputy_id: str) -> Deputy:
    """Undo a retirement (the deputy is active again)."""
    deputy = book.deputies.get(deputy_id)
    if deputy is None:
        raise RosterError("deputy_not_found", name=deputy_id)
    deputy = replace(deputy, active=True, retired_on=None)
    _check_unique(book, deputy)
    return book.deputies.save(deputy)
