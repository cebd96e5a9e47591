"""The quick-note line being typed, kept on disk beside the book so a crash loses nothing.

The UI thread only hands the text over (:meth:`DraftKeeper.update`, no I/O); a worker
calls :meth:`DraftKeeper.flush` at most every half second, which writes the draft file
atomically and durably when the text changed. When a line is saved as a note the draft is
cleared at once (:meth:`DraftKeeper.clear`) so a crash right after Enter does not bring
the saved line back as a draft.

A book has one draft writer: the grouptui that holds its lock. A second grouptui that
opened the book read-only (another one holds it) never writes, empties or deletes the
draft file: it would overwrite the holder's half line.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from grouptui.store.atomic import atomic_write, read_regular

if TYPE_CHECKING:
    from grouptui.store.book import Book


def draft_path(book: Path) -> Path:
    """The draft file of ``book``: ``.<book name>.draft.json`` in the same folder."""
    return book.parent / f".{book.name}.draft.json"


def read_draft(book: Path) -> dict[str, str] | None:
    """The saved draft (``{"record_id": ..., "text": ...}``), or None if none is usable."""
    try:
        data = json.loads(read_regular(draft_path(book), 16 * 2**20))
    except (OSError, ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("text"), str):
        return None
    return {"record_id": str(data.get("record_id", "")), "text": data["text"]}


class DraftKeeper:
    """Keeps one book's draft file in step with the line being typed.

    ``book`` returns the open book each time it is asked (the app may reopen it, e.g.
    to take its lock after the first paint); the file is written only while that book
    is open for writing, i.e. while this process holds its lock.
    """

    def __init__(self, book: Callable[[], Book | None], record_id: str = "") -> None:
        opened = book()
        if opened is None:
            raise ValueError("a draft needs an open book")
        self.path = draft_path(opened.path)
        self._book = book
        self._book_path = opened.path
        self.record_id = record_id
        self._lock = threading.Lock()
        self._text = ""
        self._written = ""
        #: number of writes to disk, for tests.
        self.writes = 0

    def adopt(self, text: str) -> None:
        """``text`` was read back from the draft file: it is both typed and on disk."""
        self._text = self._written = text

    def update(self, text: str) -> None:
        """The line now reads ``text`` (UI thread: no I/O)."""
        self._text = text

    @property
    def writer(self) -> bool:
        """Whether this grouptui may write the draft (it holds the book's lock)."""
        opened = self._book()
        return opened is not None and opened.writable and opened.path == self._book_path

    @property
    def dirty(self) -> bool:
        """Whether the file is behind the typing (never, for a grouptui that is no writer)."""
        return self._text != self._written and self.writer

    def flush(self) -> bool:
        """Write the draft if it changed (worker thread); whether it wrote."""
        with self._lock:
            text = self._text
            if text == self._written or not self.writer:
                return False
            self._store(text)
            return True

    def clear(self) -> None:
        """The line was saved: forget it on disk now."""
        with self._lock:
            self._text = ""
            if self._written:
                self._store("")

    def _store(self, text: str) -> None:
        if not self.writer:
            return  # another grouptui holds the book: the draft on disk is its line
        try:
            if text:
                payload = json.dumps(
                    {"record_id": self.record_id, "text": text}, ensure_ascii=False
                ).encode("utf-8")
                atomic_write(self.path, payload)
            else:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(self.path)
        except OSError:
            return  # a draft is a convenience: never let it break typing
        self._written = text
        self.writes += 1
