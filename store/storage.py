"""Our TinyDB ``Storage``: UTF-8 always, atomic durable writes, reads served from memory.

TinyDB's own ``JSONStorage`` writes in place (seek, write, truncate) and opens files in the
locale's encoding: a crash mid-write leaves a broken book, and a Chinese Windows (GBK)
cannot even encode characters like 𠮷. This class replaces it:

- the file is read and checked once; later reads are served from memory (the book lock
  guarantees no other grouptui writes it);
- every write serializes to UTF-8 with ``ensure_ascii=False`` and replaces the file
  atomically and durably (:mod:`grouptui.store.atomic`), after keeping a backup;
- ``batch()`` groups several table updates into one write: a record and the duty entries
  its attendance creates land together or not at all;
- if a write fails (disk full, read-only), memory is dropped and re-read from the file, so
  what the program sees is always what is on disk;
- a file changed on disk since it was read (a restored backup, a sync client, a writer
  that ignored the lock) is never written over: the write is refused with
  ``book_changed_outside`` and memory is re-read from the file.

The invariant: **after every write, the file parsed as JSON equals memory**, whatever
TinyDB table class or operation made the change. Who enforces it:

- :meth:`BookStorage.read` (what every TinyDB ``Table`` reads) hands out a private deep
  copy, as ``JSONStorage`` hands out a fresh parse: what a caller does to it changes
  nothing until it is written back. :meth:`BookStorage.write` (what every TinyDB
  ``Table`` writes) trusts nothing: it serializes every document.
- Memory only ever holds documents the storage parsed itself (from the file, or back
  from the bytes it just wrote), so no caller shares a list or a dict with it.
- Saving one note must not re-serialize the year, so the book's own table class,
  :class:`~grouptui.store.tables.GuardedTable`, reads memory directly and reports each
  write precisely (:meth:`BookStorage.write_table`: this table, these documents). An operation that edits
  documents in place (``update``, ``upsert``) runs on copies and rewrites its table; one
  that fails half-way leaves memory as it was. Only unreported documents that are the
  very object serialized last time reuse their bytes.
- The live documents that :meth:`BookStorage.documents` returns (to the repositories,
  which turn them into domain objects) are read-only: code of ``grouptui.store`` reads
  them and never edits them. ``tests/store/test_storage_tinydb_api.py`` drives stock
  TinyDB and :class:`~grouptui.store.book.Book` through every operation and checks the
  file after each step.

The file stays a valid TinyDB file that stock ``TinyDB(path, encoding="utf-8")`` reads.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import json
import marshal
import os
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple, cast

from tinydb.storages import Storage

from grouptui.store.atomic import (
    FileTooLarge,
    NotRegularFile,
    atomic_write,
    is_disk_full,
    read_regular,
)
from grouptui.store.errors import BookError

Data = dict[str, dict[str, Any]]

#: the largest book file read (a 10-year book of a busy group is some 20 MB).
MAX_BOOK_BYTES = 256 * 2**20

#: What identifies one version of the file: device, inode, size, modification and change time.
FileStamp = tuple[int, int, int, int, int]


def load_book_file(path: Path) -> Data:
    """Read and check a book file; raise :class:`BookError` saying what is wrong."""
    return parse_book_bytes(read_book_bytes(path), path)


def read_book_bytes(path: Path) -> bytes:
    """The bytes of a book file; :class:`BookError` if it cannot be read as one."""
    if path.is_dir():
        raise BookError("book_is_dir", path=path)
    try:
        return read_regular(path, MAX_BOOK_BYTES)
    except NotRegularFile:
        raise BookError("book_not_regular", path=path) from None
    except FileTooLarge:
        raise BookError("book_too_large", path=path, limit=MAX_BOOK_BYTES // 2**20) from None
    except FileNotFoundError:
        raise BookError("book_not_found", path=path) from None
    except PermissionError:
        raise BookError("book_unreadable", path=path, reason="permission denied") from None
    except OSError as exc:
        raise BookError("book_unreadable", path=path, reason=exc.strerror or exc) from None


def parse_book_bytes(raw: bytes, path: Path | str, *, fast: bool = False) -> Data:
    """Decode and parse a book's bytes, refusing what is not a clean UTF-8 JSON book.

    The parse is ``json.loads``'s, and so is every refusal. With ``fast``, msgspec parses
    first (about twice as fast on a big book, and without a decoded copy of the text);
    whatever it refuses (NaN, a lone surrogate, 1e400, an integer of thousands of digits,
    broken JSON, a BOM, bytes that are not UTF-8) goes the ``json`` way, which accepts it
    or refuses it as it always has. Where both parse a text, they give equal values
    (``tests/store/test_fast_parse.py``), duplicate keys and integers beyond 64 bits
    included; msgspec checks the UTF-8 of every string with Python's own decoder.

    What they do not share is how deep a nesting each takes before its stack runs out:
    msgspec takes a few levels more than ``json`` here, maybe more on another Python. So
    a caller of ``fast`` answers for the depth: it makes sure the book nests no deeper
    than :data:`FAST_PARSE_DEPTH` (far inside any parser's stack), or else parses it
    again without ``fast`` (:func:`grouptui.store.documents.read_checked` does).
    """
    if fast:
        data = _msgspec_decode(raw)
        if data is not _REFUSED:
            return _book_shaped(data, path)
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
    return _book_shaped(data, path)


#: Deepest nesting of a book (the book, a table, a document and what is in it) whose
#: fast parse is taken: a valid book nests 2 + MAX_DEPTH (16) levels at most, and any
#: parser's stack holds hundreds.
FAST_PARSE_DEPTH = 32


_REFUSED = object()


def _msgspec_decode(raw: bytes) -> Any:
    """msgspec's parse of ``raw``; ``_REFUSED`` if it refuses it, for whatever reason.

    Imported here, not at the top: its import (~4 ms) costs more than it saves on a
    small book, which never comes this way (``documents.FAST_FROM_BYTES``).
    """
    try:
        import msgspec.json

        return msgspec.json.decode(raw)
    except Exception:
        return _REFUSED


def _book_shaped(data: Any, path: Path | str) -> Data:
    """``data`` if it is shaped like a book (tables of documents, a meta document)."""
    if not isinstance(data, dict) or not all(isinstance(v, dict) for v in data.values()):
        raise BookError("book_not_a_book", path=path)
    meta = data.get("meta")
    if not meta or not isinstance(next(iter(meta.values())), dict):
        raise BookError("book_not_a_book", path=path)
    return data


def file_stamp(path: Path) -> FileStamp | None:
    """What identifies the file's current version; None if there is no file."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def private_copy(value: Any) -> Any:
    """A deep copy of JSON-like ``value`` (marshal is the fastest exact one in the stdlib)."""
    try:
        return marshal.loads(marshal.dumps(value))
    except ValueError:  # not plain JSON types: a caller's own objects
        return copy.deepcopy(value)


def _dump(doc: Any) -> str:
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def book_bytes(data: Data) -> bytes:
    """The bytes :class:`BookStorage` writes for ``data`` (compact UTF-8 JSON)."""
    return _dump(data).encode("utf-8")


class _Caches(NamedTuple):
    """The serialized bytes of each table, and of each document by table and doc id."""

    tables: dict[str, tuple[object, bytes]]
    docs: dict[str, dict[str, tuple[object, bytes]]]


class BookStorage(Storage):
    """A TinyDB storage for one book file. See the module docstring."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        initial: Data | None = None,
        stamp: FileStamp | None = None,
        read_only: bool = False,
        keep_backups: bool = True,
        clock: Callable[[], datetime] = datetime.now,
        loader: Callable[[Path], Data] = load_book_file,
    ) -> None:
        """``initial``: the book's data if the caller has just parsed it (it becomes the
        storage's own), with the ``stamp`` the file had before that read (:func:`file_stamp`).
        ``loader`` reads the file whenever memory is dropped (after an outside change or a
        failed write): :meth:`Book.open` passes one that checks the schema and every
        document, so a re-read is held to the same rules as the first read.
        """
        self.path = Path(path)
        self.read_only = read_only
        self.keep_backups = keep_backups
        self._clock = clock
        self._loader = loader
        self._data: Data | None = initial
        self._stamp = stamp
        # table name -> (table dict, its bytes); table -> doc id -> (document, its bytes)
        self._tables: dict[str, tuple[object, bytes]] = {}
        self._docs: dict[str, dict[str, tuple[object, bytes]]] = {}
        # What changed since the last write: everything, or per table the reported doc
        # ids (None: the whole table).
        self._everything = False
        self._reported: dict[str, set[str] | None] = {}
        self._batch_depth = 0
        self._dirty = False
        #: number of real writes to disk, for tests and benchmarks.
        self.writes = 0

    # TinyDB's Storage interface -----------------------------------------------------

    def read(self) -> Data | None:
        """A private copy of the book (TinyDB's tables edit what they read)."""
        return cast("Data", private_copy(self.documents()))

    def write(self, data: Data) -> None:
        """Make ``data`` the book, every document of it serialized afresh."""
        self._check_writable()
        # New dicts, string doc ids (as the file will have them): the caller's stay theirs.
        self._data = {name: {str(k): v for k, v in t.items()} for name, t in data.items()}
        self._everything = True
        self._written()

    def close(self) -> None:
        pass

    # Ours ---------------------------------------------------------------------------

    def documents(self) -> Data:
        """The book in memory, not a copy: read it, never edit it (see the module doc)."""
        if self._data is None:
            stamp = file_stamp(self.path)  # before reading: a change in between is seen
            self._data = self._loader(self.path)
            self._stamp = stamp
        return self._data

    def holds_file_version(self) -> bool:
        """Whether memory holds the file's current version: memory was not dropped, and
        the file's stamp is the one taken before memory was read (or after it was written)."""
        return (
            self._data is not None
            and self._stamp is not None
            and file_stamp(self.path) == self._stamp
        )

    def write_table(self, name: str, table: dict[str, Any], changed: set[str] | None) -> None:
        """Make ``table`` the table ``name``; only the documents ``changed`` (None: all)
        differ from the last write (the fast path of
        :class:`~grouptui.store.tables.GuardedTable`)."""
        self._check_writable()
        self.documents()[name] = table
        if name in self._reported:
            known = self._reported[name]
            self._reported[name] = None if known is None or changed is None else known | changed
        else:
            self._reported[name] = changed
        self._written()

    def invalidate(self) -> None:
        """Forget what is in memory; the next read comes from the file."""
        self._data = None
        self._stamp = None
        self._tables.clear()
        self._docs.clear()
        self._everything = False
        self._reported.clear()

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

    def _check_writable(self) -> None:
        if self.read_only:
            self.invalidate()
            raise BookError("book_read_only", path=self.path)

    def _written(self) -> None:
        if self._batch_depth:
            self._dirty = True
        else:
            self._flush()

    def _check_unchanged_on_disk(self) -> None:
        """Refuse to write over a file that is not the version this storage read or wrote.

        A file that vanished is written again (that overwrites nothing).
        """
        if self._stamp is None:
            return  # a new book, never read from disk
        now = file_stamp(self.path)
        if now is not None and now != self._stamp:
            raise BookError("book_changed_outside", path=self.path)

    def _serialize(self) -> tuple[list[bytes], _Caches]:
        """The file's bytes (one chunk per table), reusing what did not change, and the
        caches that go with them once written.

        Each document serialized is replaced in memory by its parse: memory equals the
        file, and shares no list or dict with whoever handed the document in.
        """
        chunks: list[bytes] = []
        caches = _Caches({}, {})
        for n, (name, table) in enumerate(self.documents().items()):
            head = (b"{" if n == 0 else b",") + self._key(name)
            cached = self._tables.get(name)
            if not self._everything and name not in self._reported and cached is not None:
                if cached[0] is table:
                    caches.tables[name], caches.docs[name] = cached, self._docs[name]
                    chunks.append(head + cached[1])
                    continue
            changed = None if self._everything else self._reported.get(name)
            # Handed in whole (a plain write, an in-place update): no document is trusted.
            handed_in = self._everything or (name in self._reported and changed is None)
            old = {} if handed_in else self._docs.get(name, {})
            skip = changed or ()
            entries: dict[str, tuple[object, bytes]] = {}
            parts: list[bytes] = []
            for doc_id, doc in table.items():
                entry = old.get(doc_id)
                if entry is None or entry[0] is not doc or doc_id in skip:
                    text = _dump(doc)
                    if handed_in or entry is not None or doc_id in skip:
                        # Not a document parsed from the file: keep its parse instead.
                        doc = table[doc_id] = json.loads(text)
                    entry = (doc, json.dumps(doc_id).encode() + b":" + text.encode())
                entries[doc_id] = entry
                parts.append(entry[1])
            body = b"{" + b",".join(parts) + b"}"
            caches.tables[name], caches.docs[name] = (table, body), entries
            chunks.append(head + body)
        chunks.append(b"}" if chunks else b"{}")
        return chunks, caches

    @staticmethod
    @functools.lru_cache(maxsize=64)
    def _key(name: str) -> bytes:
        return json.dumps(name, ensure_ascii=False).encode("utf-8") + b":"

    def _flush(self) -> None:
        try:
            self._check_unchanged_on_disk()
            payload, caches = self._serialize()
            if self.keep_backups:
                from grouptui.store.backups import save_version

                save_version(self.path, payload, self._clock())
            else:
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
        self._tables, self._docs = caches
        self._stamp = file_stamp(self.path)
        self._everything = False
        self._reported.clear()
        self.writes += 1
