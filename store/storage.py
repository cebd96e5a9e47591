"""Our TinyDB ``Storage``: UTF-8 always, atomic durable writes, reads served from memory.

TinyDB's own ``JSONStorage`` writes in place (seek, write, truncate) and opens files in the
locale's encoding: a crash mid-write leaves a broken book, and a Chinese Windows (GBK)
cannot even encode characters like 𠮷. This class replaces it:

- the file is read and checked once; later reads are served from memory (the book lock
  guarantees no other writer);
- every write serializes to UTF-8 with ``ensure_ascii=False`` and replaces the file
  atomically and durably (:mod:`grouptui.store.atomic`), after keeping a backup;
- a table or a document that did not change since the last write reuses its serialized
  bytes, so saving one quick note does not re-serialize every minute of the year (TinyDB
  replaces the dict of the table it updates, and :class:`GuardedTable` replaces a document
  instead of editing it in place, so "unchanged" is "the very same object");
- ``batch()`` groups several table updates into one write: a record and the duty entries
  its attendance creates land together or not at all;
- if a write fails (disk full, read-only), memory is dropped and re-read from the file, so
  what the program sees is always what is on disk.

The file stays a valid TinyDB file that stock ``TinyDB(path, encoding="utf-8")`` reads.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb.storages import Storage
from tinydb.table import Table

from grouptui.store import backups
from grouptui.store.atomic import atomic_write, is_disk_full
from grouptui.store.errors import BookError

Data = dict[str, dict[str, Any]]


def load_book_file(path: Path) -> Data:
    """Read and check a book file; raise :class:`BookError` saying what is wrong."""
    if path.is_dir():
        raise BookError("book_is_dir", path=path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BookError("book_not_found", path=path) from None
    except PermissionError:
        raise BookError("book_unreadable", path=path, reason="permission denied") from None
    except OSError as exc:
        raise BookError("book_unreadable", path=path, reason=exc.strerror or exc) from None
    return parse_book_bytes(raw, path)


def parse_book_bytes(raw: bytes, path: Path | str) -> Data:
    """Decode and parse a book's bytes, refusing what is not a clean UTF-8 JSON book."""
    if not raw.strip():
        raise BookError("book_empty", path=path)
    if raw.startswith(b"\xef\xbb\xbf"):
        raise BookError("book_bom", path=path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BookError("book_not_utf8", path=path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise BookError("book_bad_json", path=path, line=exc.lineno) from None
    except (ValueError, RecursionError):
        # Brackets nested deeper than the parser's stack, or an integer of thousands of
        # digits (Python refuses to convert those): no book holds either.
        raise BookError("book_too_complex", path=path) from None
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise BookError("book_not_a_book", path=path)
    meta = data.get("meta")
    if not meta or not isinstance(next(iter(meta.values())), dict):
        raise BookError("book_not_a_book", path=path)
    return data


class BookStorage(Storage):
    """A TinyDB storage for one book file. See the module docstring."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        initial: Data | None = None,
        read_only: bool = False,
        keep_backups: bool = True,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.keep_backups = keep_backups
        self._clock = clock
        self._data: Data | None = initial
        # table name -> (table dict, its bytes); table -> doc id -> (document, its bytes)
        self._tables: dict[str, tuple[object, bytes]] = {}
        self._docs: dict[str, dict[str, tuple[object, bytes]]] = {}
        self._batch_depth = 0
        self._dirty = False
        #: number of real writes to disk, for tests and benchmarks.
        self.writes = 0

    # TinyDB's Storage interface -----------------------------------------------------

    def read(self) -> Data | None:
        if self._data is None:
            self._data = load_book_file(self.path)
        return self._data

    def write(self, data: Data) -> None:
        if self.read_only:
            self.invalidate()
            raise BookError("book_read_only", path=self.path)
        self._data = data
        if self._batch_depth:
            self._dirty = True
            return
        self._flush()

    def close(self) -> None:
        pass

    # Ours ---------------------------------------------------------------------------

    def invalidate(self) -> None:
        """Forget what is in memory; the next read comes from the file."""
        self._data = None
        self._tables.clear()
        self._docs.clear()

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Group every write inside into one atomic write at the end.

        If the block raises, nothing is written and memory is re-read from the file.
        """
        self._batch_depth += 1
        try:
            yield
        except BaseException:
            self._batch_depth -= 1
            if self._batch_depth == 0:
                self._dirty = False
                self.invalidate()
            raise
        self._batch_depth -= 1
        if self._batch_depth == 0 and self._dirty:
            self._dirty = False
            self._flush()

    def forget(self, table: str) -> None:
        """Drop the serialized cache of ``table`` (its documents may have changed in place)."""
        self._tables.pop(table, None)
        self._docs.pop(table, None)

    def serialize(self, data: Data) -> list[bytes]:
        """The file's bytes for ``data`` as chunks (one per table), reusing cached text.

        A table whose dict is the same object as at the last write is unchanged; inside a
        changed table, a document that is the same object is unchanged (documents are
        replaced, never edited in place: see :class:`GuardedTable`).
        """
        chunks: list[bytes] = []
        tables: dict[str, tuple[object, bytes]] = {}
        docs: dict[str, dict[str, tuple[object, bytes]]] = {}
        for n, (name, table) in enumerate(data.items()):
            key = json.dumps(name, ensure_ascii=False).encode("utf-8")
            cached = self._tables.get(name)
            old_docs = self._docs.get(name, {})
            new_docs: dict[str, tuple[object, bytes]] = {}
            if cached is not None and cached[0] is table:
                body = cached[1]
                new_docs = old_docs
            else:
                parts = []
                for doc_id, doc in table.items():
                    entry = old_docs.get(doc_id)
                    if entry is None or entry[0] is not doc:
                        text = json.dumps(doc, ensure_ascii=False, separators=(",", ":"))
                        entry = (doc, f'"{doc_id}":{text}'.encode())
                    new_docs[doc_id] = entry
                    parts.append(entry[1])
                body = b"{" + b",".join(parts) + b"}"
            tables[name] = (table, body)
            docs[name] = new_docs
            chunks.append((b"{" if n == 0 else b",") + key + b":" + body)
        chunks.append(b"}" if chunks else b"{}")
        self._tables = tables
        self._docs = docs
        return chunks

    def _flush(self) -> None:
        assert self._data is not None
        try:
            payload = self.serialize(self._data)
            if self.keep_backups:
                backups.take_backup(self.path, self._clock())
            atomic_write(self.path, payload)
        except OSError as exc:
            self.invalidate()
            if is_disk_full(exc):
                raise BookError("disk_full") from None
            if isinstance(exc, PermissionError):
                raise BookError("book_read_only", path=self.path) from None
            raise BookError("write_failed", reason=exc.strerror or exc) from None
        except BaseException:
            self.invalidate()
            raise
        self.writes += 1


class GuardedTable(Table):
    """A TinyDB table whose documents are replaced, never edited in place.

    TinyDB's ``update`` and ``upsert`` mutate the stored dict, which would make the storage's
    per-document cache stale; here they first tell the storage to forget the table's cache
    (correct, just slower). Repositories use :meth:`replace`, which swaps in a new dict at
    the same position (the table keeps its order).
    """

    def replace(self, doc_id: int, document: dict[str, Any]) -> None:
        """Put ``document`` in place of the document ``doc_id``."""

        def updater(table: dict[int, Any]) -> None:
            table[doc_id] = document

        self._update_table(updater)

    def _forget(self) -> None:
        forget = getattr(self._storage, "forget", None)
        if forget is not None:
            forget(self.name)

    def update(self, *args: Any, **kwargs: Any) -> list[int]:
        self._forget()
        return super().update(*args, **kwargs)

    def update_multiple(self, *args: Any, **kwargs: Any) -> list[int]:
        self._forget()
        return super().update_multiple(*args, **kwargs)

    def upsert(self, *args: Any, **kwargs: Any) -> list[int]:
        self._forget()
        return super().upsert(*args, **kwargs)
