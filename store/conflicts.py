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


def count_open(book: Book) -> int:
    """How many records of ``book`` are in conflict."""
    return sum(len(getattr(book, name).conflicted()) for name in TABLES)


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
    repo.resolve(conflict.id, chosen)
    doc = repo.doc(conflict.id)
    assert doc is not None
    return doc
