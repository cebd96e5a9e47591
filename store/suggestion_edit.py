"""Changing a suggestion after it was added: edit its fields, delete it, bring it back.

A suggestion gives each of its deputies a read-only "suggestion submitted" entry in the
duty log (see :mod:`grouptui.store.suggestions`). Those entries follow the suggestion in
the same atomic write: a deputy added to the proposers gets one (or gets back the one
deleted earlier: the id is derived from both), a deputy taken off loses it (a tombstone,
so the deletion merges), a new title or date is copied to them, deleting the suggestion
deletes them and restoring it brings them back. Every check runs before anything is
written, so refused input leaves the book byte-for-byte unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from grouptui.domain.codec import to_doc
from grouptui.domain.derived import suggestion_duty
from grouptui.domain.duty import DutyError, check_in_year, check_serving, resolve_deputy
from grouptui.domain.errors import Message
from grouptui.domain.models import Deputy, Suggestion
from grouptui.domain.suggestions import clean_title
from grouptui.store.book import Book
from grouptui.store.errors import BookError
from grouptui.store.records import settle_duty
from grouptui.store.suggestions import duty_entry_id, find_suggestion

#: the longest content of a suggestion (a few pages; the reply has its own field).
MAX_CONTENT = 20000


def clean_content(text: str) -> str:
    """A suggestion's content: stripped, within reason."""
    value = (text or "").strip()
    if len(value) > MAX_CONTENT:
        raise DutyError("sug_content_long", limit=MAX_CONTENT)
    return value


def _resolve_all(roster: list[Deputy], names: Sequence[str]) -> list[str]:
    ids: list[str] = []
    for name in names:
        who = resolve_deputy(roster, name)
        if who.id not in ids:
            ids.append(who.id)
    return ids


def new_proposers(
    roster: list[Deputy],
    current: Sequence[str],
    *,
    by: Sequence[str] | None = None,
    proposer: str | None = None,
    co_signers: Sequence[str] | None = None,
) -> list[str]:
    """The deputy ids of the suggestion after the edit (the first proposes).

    ``by`` replaces the whole list; ``proposer`` replaces the first and keeps the
    co-signers; ``co_signers`` replaces the others and keeps the proposer. A deputy named
    twice counts once, in the first place named.
    """
    if by is not None:
        if proposer is not None or co_signers is not None:
            raise DutyError("sug_by_and_proposer")
        return _resolve_all(roster, by)
    first = list(current[:1])
    rest = list(current[1:])
    if proposer is not None:
        if not proposer.strip():
            raise DutyError("sug_proposer_empty")
        first = _resolve_all(roster, [proposer])
    if co_signers is not None:
        rest = _resolve_all(roster, co_signers)
        if rest and not first:
            raise DutyError("sug_co_signers_without_proposer")
    return first + [i for i in rest if i not in first]


def edit_suggestion(
    book: Book,
    suggestion_id: str,
    *,
    title: str | None = None,
    content: str | None = None,
    by: Sequence[str] | None = None,
    proposer: str | None = None,
    co_signers: Sequence[str] | None = None,
    record: str | None = None,
    unit: str | None = None,
    during_session: bool | None = None,
    day: date | None = None,
) -> Suggestion:
    """Change the given fields of a suggestion (None leaves a field as it is).

    ``record`` is a record id (or prefix), or "" to unlink the suggestion from its
    activity; ``unit`` and ``content`` may be "" to clear them.
    """
    sug = find_suggestion(book, suggestion_id)
    roster = book.deputies.all()
    changed = replace(sug)
    if title is not None:
        changed.title = clean_title(title)
    if content is not None:
        changed.content = clean_content(content)
    if unit is not None:
        changed.unit = " ".join(unit.split())
    if during_session is not None:
        changed.during_session = during_session
    if record is not None:
        changed.record_id = book.records.find(record).id if record.strip() else ""
    if day is not None:
        check_in_year(day, book.meta.year)
        changed.date = day
    changed.proposers = new_proposers(
        roster, sug.proposers, by=by, proposer=proposer, co_signers=co_signers
    )
    on = changed.date or book.clock().date()
    by_id = {d.id: d for d in roster}
    # a deputy already on the suggestion stays even if they left since; one added, or
    # everyone when the date moves, must have been serving on that day
    to_check = changed.proposers if changed.date != sug.date else _added(sug, changed)
    for deputy_id in to_check:
        if deputy_id in by_id:
            check_serving(by_id[deputy_id], on)
    with book.transaction():
        saved = book.suggestions.save(changed)
        sync_duty(book, saved)
    return saved


def _added(old: Suggestion, new: Suggestion) -> list[str]:
    return [i for i in new.proposers if i not in old.proposers]


def sync_duty(book: Book, sug: Suggestion) -> None:
    """Make the suggestion's duty entries match it: one per deputy while it stands (what
    each holds is :func:`grouptui.domain.derived.suggestion_duty`, as in a merge)."""
    day = sug.date or book.clock().date()
    source = {**to_doc(sug), "date": day.isoformat()}
    wanted = set(sug.proposers)
    had = {d.get("deputy_id", "") for d in book.duty.docs(True) if d.get("suggestion_id") == sug.id}
    for deputy_id in sorted(wanted | had):
        old = book.duty.doc(duty_entry_id(sug.id, deputy_id))
        settle_duty(book, old, suggestion_duty(source, deputy_id, deputy_id in wanted, old))


def delete_suggestion(book: Book, suggestion_id: str) -> Suggestion:
    """Delete a suggestion and its duty entries (tombstones: :func:`restore_suggestion`)."""
    sug = find_suggestion(book, suggestion_id)
    with book.transaction():
        deleted = book.suggestions.delete(sug.id)
        sync_duty(book, deleted)
    return deleted


def find_deleted(book: Book, id_or_prefix: str) -> Suggestion:
    """The deleted suggestion with this id (or unique prefix of at least 4 characters)."""
    text = id_or_prefix.strip().lower()
    doc = book.suggestions.doc(text)
    if doc is None and len(text) >= 4:
        hits = [d for d in book.suggestions.docs(True) if d["id"].startswith(text)]
        if len(hits) > 1:
            raise BookError("ambiguous_id", id=id_or_prefix, what=Message("what_suggestion"))
        doc = hits[0] if hits else None
    if doc is None:
        raise BookError("not_found_id", id=id_or_prefix, what=Message("what_suggestion"))
    found = book.suggestions.get(doc["id"], include_deleted=True)
    assert found is not None
    if not found.deleted:
        raise DutyError("sug_not_deleted", title=found.title)
    return found


def restore_suggestion(book: Book, suggestion_id: str) -> Suggestion:
    """Undo :func:`delete_suggestion`: the suggestion and its deputies' entries come back."""
    sug = find_deleted(book, suggestion_id)
    with book.transaction():
        restored = book.suggestions.restore(sug.id)
        sync_duty(book, restored)
    return restored
