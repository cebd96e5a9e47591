"""Writing suggestions (建议、批评和意见): add one, move it along its handling.

Adding a suggestion also writes, for each deputy who put it forward, a read-only
"suggestion submitted" entry in the duty log (its id derived from both, so two laptops
write the same entry), in the same atomic write.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from grouptui.domain.derived import suggestion_duty_id
from grouptui.domain.duty import check_in_year, check_serving, resolve_deputy
from grouptui.domain.models import DutyEntry, Suggestion
from grouptui.domain.suggestions import change_status, clean_title
from grouptui.store.book import Book

duty_entry_id = suggestion_duty_id


def find_suggestion(book: Book, id_or_prefix: str) -> Suggestion:
    """The live suggestion with this id (or unique id prefix)."""
    return book.suggestions.find(id_or_prefix)


def add_suggestion(
    book: Book,
    *,
    title: str,
    content: str = "",
    by: Sequence[str] = (),
    record: str = "",
    unit: str = "",
    during_session: bool = False,
    day: date | None = None,
) -> Suggestion:
    """Add a suggestion put forward by the deputies ``by`` (names or ids; the first proposes)."""
    clean = clean_title(title)
    roster = book.deputies.all()
    proposers = []
    for name in by:
        who = resolve_deputy(roster, name)
        if who not in proposers:
            proposers.append(who)
    source = book.records.find(record) if record else None
    if day is None:
        day = source.date if source is not None else book.clock().date()
    check_in_year(day, book.meta.year)
    for who in proposers:
        check_serving(who, day)
    sug = Suggestion(
        title=clean,
        content=(content or "").strip(),
        proposers=[d.id for d in proposers],
        date=day,
        during_session=during_session,
        record_id=source.id if source is not None else "",
        unit=(unit or "").strip(),
    )
    with book.transaction():
        saved = book.suggestions.save(sug)
        book.duty.save_many(
            DutyEntry(
                id=duty_entry_id(saved.id, d.id),
                deputy_id=d.id,
                date=day,
                category="suggestion",
                text=clean,
                auto=True,
                suggestion_id=saved.id,
            )
            for d in proposers
        )
    return saved


def set_status(
    book: Book,
    suggestion_id: str,
    status: str | None,
    *,
    reason: str = "",
    reply: str | None = None,
    satisfaction: str | None = None,
) -> Suggestion:
    """Move a suggestion to ``status`` (keys), with its reply and satisfaction."""
    sug = find_suggestion(book, suggestion_id)
    change_status(
        sug,
        status,
        on=book.clock().date(),
        reason=reason,
        reply=reply,
        satisfaction=satisfaction,
    )
    return book.suggestions.save(sug)


def proposer_names(book: Book, sug: Suggestion) -> list[str]:
    """The names of the suggestion's deputies (the id when one left the roster)."""
    names = {d.id: d.name for d in book.deputies.all(include_deleted=True)}
    return [names.get(i, i) for i in sug.proposers]


def check_record(book: Book, record: str) -> None:
    """Refuse an unknown record id early (the CLI checks before it writes)."""
    if record:
        book.records.find(record)
