"""The open conflicts of a book and their resolution (the writing half; the rules are in
:mod:`grouptui.domain.conflicts`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from grouptui.domain.conflicts import Conflict, ConflictError, combine
from grouptui.domain.models import TABLES

if TYPE_CHECKING:
    from grouptui.domain.models import Entity
    from grouptui.store.book import Book
    from grouptui.store.repo import Repo


def open_conflicts(book: Book) -> list[Conflict]:
    """Every record of ``book`` still holding concurrent versions, table by table."""
    found = []
    for name in TABLES:
        for doc in getattr(book, name).conflicted():
            found.append(
                Conflict(table=name, id=doc["id"], winner=doc, others=list(doc["conflicts"]))
            )
    return found


def find_conflict(book: Book, text: str) -> Conflict:
    """The open conflict whose record id is ``text`` or starts with it (4+ characters)."""
    wanted = text.strip().lower()
    conflicts = open_conflicts(book)
    exact = [c for c in conflicts if c.id == wanted]
    if exact:
        return exact[0]
    hits = [c for c in conflicts if len(wanted) >= 4 and c.id.startswith(wanted)]
    if len(hits) == 1:
        return hits[0]
    if len(hits) > 1:
        raise ConflictError("conflict_ambiguous", id=text)
    raise ConflictError("conflict_not_found", id=text)


def resolve(
    book: Book,
    conflict: Conflict,
    picks: dict[str, int] | None = None,
    edits: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Write the resolution of ``conflict`` (see :func:`combine`); the new document."""
    chosen = combine(conflict, picks or {}, edits)
    repo: Repo[Entity] = getattr(book, conflict.table)
    with book.transaction():
        repo.resolve(conflict.id, chosen)
        follow_source(book, conflict.table, conflict.id)
    doc = repo.doc(conflict.id)
    assert doc is not None
    return doc


def follow_source(book: Book, table: str, record_id: str) -> None:
    """Recompute what is derived from the record ``record_id`` of ``table`` (the automatic
    duty entries of a record, of its attendance marks, of a suggestion) after it changed."""
    from grouptui.store import records, suggestion_edit

    doc = getattr(book, table).doc(record_id) or {}
    if table == "duty" and doc.get("auto"):
        table, record_id = (
            ("suggestions", doc["suggestion_id"])
            if doc.get("suggestion_id")
            else ("records", doc.get("record_id", ""))
        )
    elif table == "attendance":
        table, record_id = "records", doc.get("record_id", "")
    if table == "records":
        record = book.records.get(record_id, include_deleted=True)
        if record is not None:
            records.sync_duty(book, record)
    elif table == "suggestions":
        sug = book.suggestions.get(record_id, include_deleted=True)
        if sug is not None:
            suggestion_edit.sync_duty(book, sug)
