"""Our TinyDB ``Storage``: UTF-8 always, atomic durable writes, reads served from memory.

TinyDB's own ``JSONStorage`` writes in place (seek, write, truncate) and opens files in the
locale's encoding: a crash mid-write leaves a broken book, and a Chinese Windows (GBK)
cannot even encode characters like 𠮷. This class replaces it:

- the file is read and checked once; later reads are served from memory (the book lock
  guarantees no other writer);
- every write serializes to UTF-8 with ``ensure_ascii=False`` and replaces the file
  atomically and durably (:mod:`grouptui.store.atomic`), after keeping a backup;
- a table that did not change since the last write reuses its serialized text, so saving
  one quick note does not re-serialize every minute of the year (TinyDB replaces the dict
  of the table it updates, so an unchanged table is the very same object);
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
        self._serialized: dict[str, tuple[object, str]] = {}
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
        self._serialized.clear()

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

    def serialize(self, data: Data) -> bytes:
        """The file's bytes for ``data``, reusing the text of unchanged tables."""
        parts = []
        fresh: dict[str, tuple[object, str]] = {}
        for name, table in data.items():
            cached = self._serialized.get(name)
            if cached is not None and cached[0] is table:
                text = cached[1]
            else:
                text = json.dumps(table, ensure_ascii=False, separators=(",", ":"))
            fresh[name] = (table, text)
            parts.append(f"{json.dumps(name, ensure_ascii=False)}:{text}")
        self._serialized = fresh
        return ("{" + ",".join(parts) + "}").encode("utf-8")

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
