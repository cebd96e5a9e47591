"""Repositories: one per table, turning documents into domain objects and back.

Identity is the record's uuid ``id``, never TinyDB's ``doc_id``. Every save goes through
:func:`grouptui.domain.revision.stamp`, which gives the new version its revision and
ancestry; deleting writes a tombstone. Keys a document has that our dataclass does not know
(written by a newer minor version) are carried over untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

from grouptui.domain.codec import field_names, from_doc, to_doc
from grouptui.domain.errors import Message
from grouptui.domain.models import TABLES, Entity
from grouptui.domain.revision import stamp
from grouptui.store.errors import BookError

if TYPE_CHECKING:
    from grouptui.store.book import Book
    from grouptui.store.tables import GuardedTable

T = TypeVar("T", bound=Entity)

_WHAT = {
    "deputies": "what_deputy",
    "records": "what_record",
    "plan": "what_plan",
    "suggestions": "what_suggestion",
    "duty": "what_duty",
    "voters": "what_voter",
    "notes": "what_note",
}


class Repo(Generic[T]):
    """The records of one table of a book."""

    def __init__(self, book: Book, name: str) -> None:
        self.book = book
        self.name = name
        # The Book declares each table's Repo[<its class>]; TABLES maps the same pairs.
        self.cls = cast("type[T]", TABLES[name])
        self._index_of: object = None
        self._index: dict[str, str] = {}

    # Reading ----------------------------------------------------------------------------

    def _raw(self) -> dict[str, dict[str, Any]]:
        return self.book.storage.documents().get(self.name, {})

    def _doc_ids(self) -> dict[str, str]:
        raw = self._raw()
        if raw is not self._index_of:
            self._index = {doc["id"]: doc_id for doc_id, doc in raw.items() if "id" in doc}
            self._index_of = raw
        return self._index

    def docs(self, include_deleted: bool = False) -> list[dict[str, Any]]:
        """The raw documents (do not modify them)."""
        return [d for d in self._raw().values() if include_deleted or not d.get("deleted")]

    def doc(self, record_id: str) -> dict[str, Any] | None:
        """The raw document of ``record_id`` (tombstones included), or None."""
        doc_id = self._doc_ids().get(record_id)
        return None if doc_id is None else self._raw().get(doc_id)

    def all(self, include_deleted: bool = False) -> list[T]:
        """Every record as a domain object, in insertion order."""
        return [from_doc(self.cls, d) for d in self.docs(include_deleted)]

    def where(self, predicate: Callable[[dict[str, Any]], object]) -> list[T]:
        """The live records whose document satisfies ``predicate`` (a truthy result)."""
        return [from_doc(self.cls, d) for d in self.docs() if predicate(d)]

    def get(self, record_id: str, include_deleted: bool = False) -> T | None:
        """The record with exactly this id, or None."""
        doc = self.doc(record_id)
        if doc is None or (doc.get("deleted") and not include_deleted):
            return None
        return from_doc(self.cls, doc)

    def find(self, id_or_prefix: str) -> T:
        """The live record whose id is or starts with ``id_or_prefix`` (at least 4 chars)."""
        text = id_or_prefix.strip().lower()
        what = Message(_WHAT.get(self.name, "what_record"))

        exact = self.get(text)
        if exact is not None:
            return exact
        if len(text) >= 4:
            hits = [d for d in self.docs() if d["id"].startswith(text)]
            if len(hits) == 1:
                return from_doc(self.cls, hits[0])
            if len(hits) > 1:
                raise BookError("ambiguous_id", id=id_or_prefix, what=what)
        raise BookError("not_found_id", id=id_or_prefix, what=what)

    def __len__(self) -> int:
        return len(self.docs())

    # Writing ----------------------------------------------------------------------------

    def save(self, obj: T) -> T:
        """Write ``obj`` as the next revision of its record; returns it as saved."""
        return self.save_many([obj])[0]

    def save_many(self, objs: Iterable[T]) -> list[T]:
        """Save several records in one write."""
        saved: list[T] = []
        fresh: list[dict[str, Any]] = []
        ids = self._doc_ids()
        with self.book.transaction():
            changed = False
            for obj in objs:
                doc = to_doc(obj)
                if doc["id"] in ids:
                    result, did = self._save_doc(doc)
                    saved.append(result)
                    changed = changed or did
                    ids = self._doc_ids()
                else:
                    # New records go in with one table update, not one each.
                    stamped = stamp(doc, None, now=self.book.now(), device=self.book.device)
                    assert stamped is not None
                    fresh.append(stamped)
                    saved.append(from_doc(self.cls, stamped))
            if fresh:
                self.book.db.table(self.name).insert_multiple(fresh)
            if fresh or changed:
                self.book.touch_meta()
        return saved

    def _save_doc(
        self, doc: dict[str, Any], extra_parents: Iterable[dict[str, Any]] = ()
    ) -> tuple[T, bool]:
        """Write ``doc`` as the next revision; the saved object and whether anything changed."""
        table = cast("GuardedTable", self.book.db.table(self.name))  # BookDB.table_class
        doc_id = self._doc_ids().get(doc["id"])
        previous = self._raw().get(doc_id) if doc_id is not None else None
        if previous is not None:
            known = set(field_names(self.cls))
            doc = {**{k: v for k, v in previous.items() if k not in known}, **doc}
        stamped = stamp(
            doc,
            previous,
            now=self.book.now(),
            device=self.book.device,
            extra_parents=extra_parents,
        )
        if stamped is None:
            assert previous is not None  # stamp() says "unchanged" only of an existing one
            return from_doc(self.cls, previous), False
        if doc_id is None:
            table.insert(stamped)
        else:
            table.replace(int(doc_id), stamped)
        return from_doc(self.cls, stamped), True

    def delete(self, record_id: str) -> T:
        """Mark the record deleted (a tombstone, so merges propagate the deletion)."""
        doc = self.doc(record_id)
        if doc is None or doc.get("deleted"):
            raise BookError("not_found_id", id=record_id, what=self.name)
        with self.book.transaction():
            result, _ = self._save_doc({**doc, "deleted": True})
            self.book.touch_meta()
        return result

    def restore(self, record_id: str) -> T:
        """Undo a deletion (a new revision, so the undo also merges)."""
        doc = self.doc(record_id)
        if doc is None:
            raise BookError("not_found_id", id=record_id, what=self.name)
        with self.book.transaction():
            result, _ = self._save_doc({**doc, "deleted": False})
            self.book.touch_meta()
        return result

    def resolve(self, record_id: str, chosen: dict[str, Any]) -> T:
        """Resolve a conflict: ``chosen`` (one side or a combination) supersedes every side."""
        doc = self.doc(record_id)
        if doc is None:
            raise BookError("not_found_id", id=record_id, what=self.name)
        losers = list(doc.get("conflicts", []))
        content = {k: v for k, v in chosen.items() if k not in ("conflicts",)}
        content["id"] = record_id
        with self.book.transaction():
            result, _ = self._save_doc(content, extra_parents=losers)
            self.book.touch_meta()
        return result

    def conflicted(self) -> list[dict[str, Any]]:
        """Documents that still hold unresolved conflicting versions."""
        return [d for d in self._raw().values() if d.get("conflicts")]
