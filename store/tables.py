"""The book's TinyDB table: the fast, precise write path of :class:`BookStorage`.

TinyDB's own ``Table`` reads a copy of the whole book and writes the whole book back,
which :class:`~grouptui.store.storage.BookStorage` serializes in full: correct whatever the
caller does, but too slow to save one note on a year's book. :class:`GuardedTable` reads
the storage's memory directly and tells it exactly which documents each write put in, so
only those are serialized; see the storage's module docstring for the invariant.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from tinydb.table import Document, Table

from grouptui.store.storage import BookStorage, private_copy


class _Recording(dict[int, Any]):
    """A table being updated, by doc id, that notes which ids were given a document."""

    def __init__(self, raw: dict[str, Any], id_class: Callable[[str], int]) -> None:
        super().__init__(zip(map(id_class, raw), raw.values(), strict=True))
        self.put: set[int] = set()

    def __setitem__(self, key: int, value: Any) -> None:
        self.put.add(key)
        super().__setitem__(key, value)


def _with_int_ids(raw: dict[str, Any], table: Table) -> dict[int, Any]:
    return {table.document_id_class(k): v for k, v in raw.items()}


class _OwnDocument(Document):
    """A document as :class:`GuardedTable` returns it: a deep copy, the caller's own."""

    def __init__(self, value: Any, doc_id: int) -> None:
        super().__init__(private_copy(value), doc_id)


class GuardedTable(Table):
    """The book's TinyDB table: reads memory directly and reports what each write changed.

    Operations that edit documents in place (``update``, ``update_multiple``, ``upsert``)
    run on copies of the table's documents and report the whole table; the others
    (``insert``, ``remove``, :meth:`replace` ...) report the documents they put in. On
    another storage than :class:`BookStorage` it is a plain TinyDB table.
    """

    document_class = _OwnDocument
    _in_place = False

    def replace(self, doc_id: int, document: dict[str, Any]) -> None:
        """Put ``document`` in place of the document ``doc_id``."""

        def updater(table: dict[int, Any]) -> None:
            table[doc_id] = document

        self._update_table(updater)

    @contextlib.contextmanager
    def _editing_in_place(self) -> Iterator[None]:
        before, self._in_place = self._in_place, True
        try:
            yield
        finally:
            self._in_place = before

    def update(self, *args: Any, **kwargs: Any) -> list[int]:
        with self._editing_in_place():
            return super().update(*args, **kwargs)

    def update_multiple(self, *args: Any, **kwargs: Any) -> list[int]:
        with self._editing_in_place():
            return super().update_multiple(*args, **kwargs)

    def _read_table(self) -> dict[str, Any]:
        if not isinstance(self._storage, BookStorage):
            return super()._read_table()
        return self._storage.documents().get(self.name, {})

    def _update_table(self, updater: Callable[[dict[int, Any]], None]) -> None:
        storage = self._storage
        if not isinstance(storage, BookStorage):
            super()._update_table(updater)
            return
        raw = storage.documents().get(self.name, {})
        recording = None if self._in_place else _Recording(raw, self.document_id_class)
        table = recording if recording is not None else _with_int_ids(private_copy(raw), self)
        updater(table)
        new = dict(zip(map(str, table), table.values(), strict=True))
        changed = None if recording is None else {str(k) for k in recording.put}
        storage.write_table(self.name, new, changed)
        self.clear_cache()
