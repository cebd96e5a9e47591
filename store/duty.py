"""Writing the duty log: add, edit, delete (with undo) the entries typed by hand.

Entries made from attendance (by :mod:`grouptui.store.records`) or from a suggestion are
``auto``: they are read-only here and change only through their source. Every check runs
before anything is written, so a refused entry leaves the book byte-for-byte unchanged.
"""

from __future__ import annotations

from datetime import date

from grouptui.domain.duty import (
    DutyError,
    check_day_total,
    check_in_year,
    check_serving,
    filter_entries,
    parse_category,
    parse_hours,
    resolve_deputy,
)
from grouptui.domain.models import DutyEntry
from grouptui.store.book import Book

#: the longest text one entry may hold (a page of minutes belongs in the record book).
MAX_TEXT = 20000


def clean_text(text: str) -> str:
    """What was done: required, stripped, within reason."""
    value = (text or "").strip()
    if not value:
        raise DutyError("duty_text_empty")
    if len(value) > MAX_TEXT:
        raise DutyError("duty_text_long", limit=MAX_TEXT)
    return value


def find_entry(book: Book, id_or_prefix: str) -> DutyEntry:
    """The live entry with this id (or unique id prefix)."""
    return book.duty.find(id_or_prefix)


def entries(
    book: Book, *, deputy: str = "", quarter: int | None = None, category: str = ""
) -> list[DutyEntry]:
    """The live entries, by date; ``deputy`` is a name or an id."""
    deputy_id = resolve_deputy(book.deputies.all(), deputy).id if deputy else ""
    # Decode only the deputy's documents: a year's log of every deputy is thousands of them.
    rows = (
        book.duty.where(lambda d: d.get("deputy_id") == deputy_id) if deputy_id else book.duty.all()
    )
    return filter_entries(rows, deputy_id=deputy_id, quarter=quarter, category=category)


def add_entry(
    book: Book,
    *,
    deputy: str,
    day: date,
    category: str,
    text: str,
    hours: str | float | None = None,
) -> DutyEntry:
    """Add a typed entry to ``deputy``'s log (a name or an id)."""
    who = resolve_deputy(book.deputies.all(), deputy)
    key = parse_category(category)
    value = parse_hours(hours)
    check_in_year(day, book.meta.year)
    check_serving(who, day)
    what = clean_text(text)
    check_day_total(book.duty.all(), who.id, day, value)
    return book.duty.save(
        DutyEntry(deputy_id=who.id, date=day, category=key, text=what, hours=value)
    )


def refuse_auto(book: Book, entry: DutyEntry) -> None:
    """Raise the message saying where an automatic entry can be changed."""
    if not entry.auto:
        return
    if entry.suggestion_id:
        sug = book.suggestions.get(entry.suggestion_id)
        raise DutyError(
            "duty_auto_from_suggestion", title=sug.title if sug else entry.suggestion_id
        )
    record = book.records.get(entry.record_id) if entry.record_id else None
    raise DutyError(
        "duty_auto_read_only",
        theme=record.theme if record else entry.record_id,
        date=entry.date.isoformat(),
    )


def edit_entry(
    book: Book,
    entry_id: str,
    *,
    day: date | None = None,
    category: str | None = None,
    text: str | None = None,
    hours: str | float | None = None,
) -> DutyEntry:
    """Change a typed entry; the same checks as adding one."""
    entry = find_entry(book, entry_id)
    refuse_auto(book, entry)
    who = resolve_deputy(book.deputies.all(), entry.deputy_id)
    if day is not None:
        check_in_year(day, book.meta.year)
        check_serving(who, day)
        entry.date = day
    if category is not None:
        entry.category = parse_category(category)
    if text is not None:
        entry.text = clean_text(text)
    if hours is not None:
        entry.hours = parse_hours(hours)
    check_day_total(book.duty.all(), entry.deputy_id, entry.date, entry.hours, skip_id=entry.id)
    return book.duty.save(entry)


def delete_entry(book: Book, entry_id: str) -> DutyEntry:
    """Delete a typed entry (a tombstone: :func:`undo_delete` brings it back)."""
    entry = find_entry(book, entry_id)
    refuse_auto(book, entry)
    return book.duty.delete(entry.id)


def undo_delete(book: Book, entry_id: str) -> DutyEntry:
    """Bring back an entry deleted by :func:`delete_entry`."""
    return book.duty.restore(entry_id)
