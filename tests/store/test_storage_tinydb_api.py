"""The book storage keeps the file equal to memory under TinyDB's whole API (issue 18).

Stock ``TinyDB(path, storage=BookStorage)`` and the project's own :class:`Book` are driven
through random sequences of every table operation (insert, insert_multiple, update with a
dict, a callable and TinyDB's operations, upsert, remove, truncate, drop_table(s)), through
documents edited in place after they were inserted or read, and through updates that fail
half-way. After each step the file parsed with :mod:`json` must equal what TinyDB returns,
and stock ``TinyDB(path, storage=JSONStorage)`` must read the same.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)
from tinydb import TinyDB, where
from tinydb.middlewares import CachingMiddleware
from tinydb.operations import add, decrement, delete, increment, set, subtract
from tinydb.storages import JSONStorage
from tinydb.table import Table

from grouptui.domain.models import ActivityRecord, Deputy, Note
from grouptui.store.book import Book
from grouptui.store.storage import BookStorage, book_bytes

#: A memory file system where there is one: a thousand books made and removed cost
#: seconds there and minutes on a busy disk.
FAST_TMP = "/dev/shm" if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK) else None

#: 1,000 examples of short runs: every operation meets every other, in a few seconds.
MACHINE_SETTINGS = settings(max_examples=1000, stateful_step_count=5, deadline=None)

TABLES = ["_default", "alpha", "乙表"]
keys = st.sampled_from(["int", "char", "tags", "sub"])
values = st.one_of(
    st.integers(-5, 5),
    st.sampled_from(["a", "b", "张三", "[bold]"]),
    st.lists(st.integers(0, 3), max_size=3),
    st.dictionaries(st.sampled_from(["x", "y"]), st.integers(0, 3), max_size=2),
)
documents = st.dictionaries(keys, values, max_size=4)
tables = st.sampled_from(TABLES)
operations = st.sampled_from(
    [increment("int"), decrement("int"), add("int", 3), subtract("int", 2), delete("int")]
)


def file_view(path: Path) -> dict[str, Any]:
    """The file as :mod:`json` reads it."""
    return json.loads(path.read_bytes())


def tinydb_view(db: TinyDB) -> dict[str, Any]:
    """Every table as TinyDB returns it, keyed like the file."""
    return {name: {str(d.doc_id): dict(d) for d in db.table(name).all()} for name in db.tables()}


def stock_view(path: Path) -> dict[str, Any]:
    """What stock TinyDB with its own JSONStorage reads from the file (read once)."""
    storage = CachingMiddleware(JSONStorage)
    with TinyDB(path, storage=storage, encoding="utf-8", access_mode="r") as db:
        return tinydb_view(db)


@functools.cache
def _new_book_bytes() -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.json"
        Book.create(path, group="g", year=2026, device="d").close()
        return path.read_bytes()


def fresh_book(folder: Path) -> Path:
    """A book as ``grouptui init`` makes it."""
    path = folder / "book.json"
    path.write_bytes(_new_book_bytes())
    return path


@pytest.fixture
def no_fsync(monkeypatch: pytest.MonkeyPatch) -> None:
    """Writes without fsync: the machines check contents (durability: test_crash.py), and
    a thousand runs of fsyncs on a shared disk would take minutes."""
    monkeypatch.setattr(os, "fsync", lambda fd: None)


def test_stock_tinydb_update_reaches_the_file(tmp_path: Path) -> None:
    """The issue's report: an in-place update was lost on disk while memory showed it."""
    path = fresh_book(tmp_path)
    db = TinyDB(path, storage=BookStorage)
    db.insert_multiple({"int": i, "char": c} for i, c in enumerate("abc"))
    db.update({"int": 99}, where("char") == "b")
    assert {"int": 99, "char": "b"} in db.all()
    assert file_view(path)["_default"]["2"] == {"int": 99, "char": "b"}


def test_a_document_edited_after_insert_is_not_stored(tmp_path: Path) -> None:
    path = fresh_book(tmp_path)
    db = TinyDB(path, storage=BookStorage)
    doc = {"tags": [1]}
    db.insert(doc)
    doc["tags"].append(2)  # the caller's own list: JSONStorage would never see this
    db.insert({"int": 1})
    assert db.all()[0] == {"tags": [1]} == file_view(path)["_default"]["1"]


class StorageMachine(RuleBasedStateMachine):
    """Shared rules: table operations through ``self.db`` and the checks after each step."""

    db: TinyDB
    path: Path

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="storage-machine-", dir=FAST_TMP))

    def teardown(self) -> None:
        self.db.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def table(self, name: str) -> Table:
        return self.db.table(name)

    @rule(name=tables, doc=documents)
    def insert(self, name: str, doc: dict[str, Any]) -> None:
        self.table(name).insert(doc)

    @rule(name=tables, docs=st.lists(documents, max_size=3))
    def insert_multiple(self, name: str, docs: list[dict[str, Any]]) -> None:
        self.table(name).insert_multiple(docs)

    @rule(name=tables, fields=documents, char=values)
    def update_dict(self, name: str, fields: dict[str, Any], char: Any) -> None:
        self.table(name).update(fields, where("char") == char)

    @rule(name=tables, op=operations)
    def update_operation(self, name: str, op: Any) -> None:
        self.table(name).update(op, where("int").test(lambda v: type(v) is int))

    @rule(name=tables, value=values)
    def update_set(self, name: str, value: Any) -> None:
        self.table(name).update(set("char", value), where("int") == 0)

    @rule(name=tables, item=st.integers(0, 3))
    def update_callable_nested(self, name: str, item: int) -> None:
        def grow(doc: dict[str, Any]) -> None:
            if isinstance(doc.get("tags"), list):
                doc["tags"].append(item)
            if isinstance(doc.get("sub"), dict):
                doc["sub"]["x"] = item

        self.table(name).update(grow)

    @rule(name=tables, doc=documents, value=values)
    def upsert(self, name: str, doc: dict[str, Any], value: Any) -> None:
        self.table(name).upsert({**doc, "char": value}, where("char") == value)

    @rule(name=tables, value=values)
    def remove(self, name: str, value: Any) -> None:
        self.table(name).remove(where("char") == value)

    @rule(name=tables, n=st.integers(1, 4))
    def remove_by_id(self, name: str, n: int) -> None:
        ids = [d.doc_id for d in self.table(name).all()]
        if ids:
            self.table(name).remove(doc_ids=[ids[n % len(ids)]])

    @rule(name=tables)
    def truncate(self, name: str) -> None:
        self.table(name).truncate()

    @rule(name=st.sampled_from(TABLES[1:]))
    def drop_table(self, name: str) -> None:
        self.db.drop_table(name)

    @rule(name=tables, item=st.integers(0, 3))
    def edit_a_read_document(self, name: str, item: int) -> None:
        """Editing what a read returned changes nothing (as with JSONStorage)."""
        for doc in self.table(name).all():
            if isinstance(doc.get("tags"), list):
                doc["tags"].append(item)
            if isinstance(doc.get("sub"), dict):
                doc["sub"]["y"] = item
            doc["int"] = 42

    @rule(name=tables, item=st.integers(0, 3))
    def edit_an_inserted_document(self, name: str, item: int) -> None:
        doc: dict[str, Any] = {"tags": [item], "sub": {"x": item}}
        self.table(name).insert(doc)
        doc["tags"].append(item)
        doc["sub"]["x"] = item + 1

    @rule(name=tables)
    def update_failing_half_way(self, name: str) -> None:
        """An update whose callable raises after editing some documents writes nothing."""
        seen: list[int] = []

        def edit_then_fail(doc: dict[str, Any]) -> None:
            doc["char"] = "half"
            if isinstance(doc.get("tags"), list):
                doc["tags"].append(9)
            seen.append(1)
            if len(seen) == 2:
                raise RuntimeError("half-way")

        try:
            self.table(name).update(edit_then_fail)
        except RuntimeError:
            pass

    @invariant()
    def file_equals_memory(self) -> None:
        on_disk = file_view(self.path)
        assert book_bytes(on_disk) == self.path.read_bytes()  # what merge writes, too
        assert tinydb_view(self.db) == on_disk
        assert stock_view(self.path) == on_disk


class StockTinyDB(StorageMachine):
    """Stock ``TinyDB(path, storage=BookStorage)`` with TinyDB's own ``Table``."""

    @initialize()
    def open_db(self) -> None:
        self.path = fresh_book(self.folder)
        # Backups are not the subject (and a pruning thread per write dominates the run).
        self.db = TinyDB(self.path, storage=BookStorage, keep_backups=False)

    @rule()
    def drop_tables(self) -> None:
        self.db.drop_tables()


class OwnBook(StorageMachine):
    """The project's :class:`Book`: its repositories and its own TinyDB, side by side."""

    book: Book

    @initialize()
    def open_book(self) -> None:
        self.path = fresh_book(self.folder)
        self.book = Book.open(self.path, write=True, device="d")
        self.book.storage.keep_backups = False  # not the subject; a thread per write
        self.db = self.book.db
        self.record = self.book.records.save(ActivityRecord(date=date(2026, 1, 2), theme="起"))

    def teardown(self) -> None:
        self.book.close()
        with Book.open(self.path) as again:
            assert again.raw() == file_view(self.path)
        super().teardown()

    @rule(text=st.text(max_size=5))
    def save_note(self, text: str) -> None:
        self.book.notes.save(Note(record_id=self.record.id, at="2026-01-02T10:00:00", text=text))

    @rule(text=st.text(max_size=5))
    def edit_record(self, text: str) -> None:
        record = self.book.records.get(self.record.id)
        assert record is not None
        record.minutes = text
        self.book.records.save(record)

    @rule(name=st.sampled_from(["甲", "乙"]), then=st.sampled_from(["", "delete", "restore"]))
    def deputy(self, name: str, then: str) -> None:
        saved = self.book.deputies.save(Deputy(name=name))
        if then:
            self.book.deputies.delete(saved.id)
        if then == "restore":
            self.book.deputies.restore(saved.id)

    @rule(text=st.text(max_size=5))
    def transaction(self, text: str) -> None:
        with self.book.transaction():
            self.book.notes.save(Note(record_id=self.record.id, at="2026-01-02T11:00", text=text))
            self.book.update_meta(township=text)
            self.table("alpha").insert({"char": text})

    @rule(doc=documents)
    def stock_table_on_the_same_storage(self, doc: dict[str, Any]) -> None:
        # A table of its own: two Table objects on one table would reuse doc ids (TinyDB
        # counts ids per Table object, whatever the storage).
        stock = Table(self.book.storage, "stock")
        stock.insert(doc)
        stock.update(increment("int"), where("int").test(lambda v: type(v) is int))


def test_stock_tinydb_file_always_equals_memory(no_fsync: None) -> None:
    run_state_machine_as_test(StockTinyDB, settings=MACHINE_SETTINGS)


def test_own_book_file_always_equals_memory(no_fsync: None) -> None:
    run_state_machine_as_test(OwnBook, settings=MACHINE_SETTINGS)
