"""One writer per book.

An OS-level lock (``filelock``) on ``.<book>.lock`` beside the book: the operating system
releases it when the holding process dies, so a lock left by a crashed grouptui is simply
taken over by the next one. Who holds it (pid, user, host, since when) is written to
``.<book>.lock.json`` so that a second grouptui can say who to ask; that file may be stale
after a crash, and is only trusted while the lock itself is held.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from datetime import datetime
from pathlib import Path

from grouptui.domain.errors import Message
from grouptui.store.atomic import atomic_write, read_regular
from grouptui.store.errors import BookError


def lock_path(book: Path) -> Path:
    """The lock file of ``book``."""
    return book.parent / f".{book.name}.lock"


def holder_path(book: Path) -> Path:
    """The file naming who holds ``book``'s lock."""
    return book.parent / f".{book.name}.lock.json"


def _user() -> str:
    import getpass  # here: taking the lock needs it, opening a book read-only does not

    try:
        return getpass.getuser()
    except Exception:  # no user name in some containers and services
        return "?"


class BookLock:
    """The write lock of one book; a context manager, re-entrant within a process."""

    def __init__(self, book: Path) -> None:
        # Imported here, not at the top: filelock is a dozen modules, and opening a book
        # read-only (every listing command, the app's first paint) never needs them.
        from filelock import FileLock

        self.book = book
        self._lock = FileLock(str(lock_path(book)), timeout=0, mode=0o600)

    @property
    def held(self) -> bool:
        """Whether this process holds the lock."""
        return self._lock.is_locked

    def acquire(self) -> None:
        """Take the lock or raise :class:`BookError` ``book_locked`` naming the holder."""
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise BookError("book_locked", holder=describe_holder(self.book)) from None
        except PermissionError:
            raise BookError("book_read_only", path=self.book) from None
        info = {
            "pid": os.getpid(),
            "user": _user(),
            "host": socket.gethostname(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        with contextlib.suppress(OSError):
            # Informative only, and stale after a crash anyway: no fsync (it costs more
            # than the rest of opening a book).
            atomic_write(holder_path(self.book), json.dumps(info).encode(), durable=False)

    def release(self) -> None:
        """Let the lock go (and say nobody holds it)."""
        if self._lock.is_locked:
            with contextlib.suppress(OSError):
                holder_path(self.book).unlink()
            self._lock.release(force=True)

    def __enter__(self) -> BookLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def describe_holder(book: Path) -> Message:
    """Who holds the lock of ``book``, as a message (said with the error it is part of)."""
    try:
        info = json.loads(read_regular(holder_path(book), 64 * 1024))
        return Message(
            "lock_holder", {k: info.get(k, "?") for k in ("pid", "user", "host", "since")}
        )
    except (OSError, ValueError, RecursionError, AttributeError):
        return Message("lock_holder_unknown")
