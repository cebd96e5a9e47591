"""Which version of a book's tables something was computed from, to compute it once.

Every write replaces the written table's dict in memory, and re-reading the file after an
outside change replaces them all (see :mod:`grouptui.store.storage`), so the identities of
the tables say whether what was computed from them still holds. The dicts are kept, so an
identity is never reused while it is compared.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from grouptui.store.book import Book

#: the tables' dicts (the whole book first) at one moment.
Version = tuple[object, ...]


def version_of(book: Book, tables: Iterable[str]) -> Version:
    """The version of ``tables`` of ``book`` now."""
    data = book.storage.documents()
    return (data, *(data.get(name) for name in tables))


def unchanged(old: Version | None, new: Version) -> bool:
    """Whether nothing of ``new``'s tables was written since ``old`` was taken."""
    if old is None or len(old) != len(new):
        return False
    return all(a is b for a, b in zip(old, new, strict=True))
