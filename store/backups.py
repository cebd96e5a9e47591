"""Backups beside the book: a real copy of every saved version, numbered in sequence.

Each successful save copies the bytes it just wrote into ``.<name>.backups/`` as
``<seq>-<YYYYmmdd-HHMMSS>.json``: its own file, never a hard link of the book, so no
later write to the book (a ``cp`` of an old backup over it, a restore) can change a
backup. The copy is written on a worker thread once the save is durable, so the save is
acknowledged after the book's own write alone; the next save waits for it only just
before its own rename (its bytes are written meanwhile), and closing the book waits too.

The guarantee, whatever crashed when: before the book is replaced, the version it holds
is among the backups. :meth:`Keeper.before_replace` checks this with two ``stat`` calls
(each backup carries its version's size and mtime); when it does not hold (a kill before
the copy finished, a ``cp`` from outside, a book written by an older grouptui) the book
is copied right there, before anything is replaced. A failed save adds no backup.

Kept: the ``KEEP_RECENT`` highest sequence numbers, plus the newest version of each of
the last ``KEEP_DAYS`` days seen going back in sequence. The order is the sequence, never
the clock, so a clock set wrong neither keeps its "future" backups nor drops new ones.
Pruning happens on the worker too.
"""

from __future__ import annotations

import contextlib
import os
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from grouptui.domain.errors import Message
from grouptui.store.atomic import atomic_write, is_disk_full, remove_temp_files
from grouptui.store.errors import BookError

KEEP_RECENT = 5
KEEP_DAYS = 7

_NAME = re.compile(r"^(\d{6,})-(\d{8}-\d{6})\.json$")
# Backups of grouptui before sequence numbers: hard links named by the clock.
_LEGACY = re.compile(r"^(\d{8}-\d{6})-\d{6}-\d{3}\.json$")


@dataclass(frozen=True)
class Backup:
    """One kept version of the book."""

    path: Path
    taken: datetime
    size: int
    #: position in the book's history (higher is newer); -1 for a legacy backup.
    seq: int = -1


def backup_dir(book: Path) -> Path:
    """The folder that holds ``book``'s backups."""
    return book.parent / f".{book.name}.backups"


def _parse(name: str) -> tuple[int, datetime] | None:
    match = _NAME.match(name)
    if match is None:
        legacy = _LEGACY.match(name)
        if legacy is None:
            return None
        seq, stamp = -1, legacy.group(1)
    else:
        seq, stamp = int(match.group(1)), match.group(2)
    try:
        return seq, datetime.strptime(stamp, "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def list_backups(book: Path) -> list[Backup]:
    """The backups of ``book``, newest (highest sequence) first."""
    try:
        entries = list(os.scandir(backup_dir(book)))
    except OSError:
        return []
    found = []
    for entry in entries:
        parsed = _parse(entry.name)
        if parsed is None:
            continue
        with contextlib.suppress(OSError):
            found.append(Backup(Path(entry.path), parsed[1], entry.stat().st_size, parsed[0]))
    found.sort(key=lambda b: (b.seq, b.path.name), reverse=True)
    return found


def _write_copy(book: Path, chunks: Sequence[bytes], taken: datetime, mark: Mark) -> Path:
    """Write one backup holding ``chunks``, marked with its version's mtime; its path."""
    folder = backup_dir(book)
    folder.mkdir(mode=0o700, exist_ok=True)
    seq = max((b.seq for b in list_backups(book)), default=0) + 1
    target = folder / f"{seq:06d}-{taken:%Y%m%d-%H%M%S}.json"
    atomic_write(target, chunks, mtime_ns=mark[1])
    return target


#: a version's (size, mtime in ns): the book and its backup copy carry the same.
Mark = tuple[int, int]


def _mark(path: Path) -> Mark | None:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return None
    return info.st_size, info.st_mtime_ns


class Keeper:
    """Keeps the backups of one book file. One per file and process: :func:`keeper`."""

    def __init__(self, book: Path) -> None:
        self.book = book
        self._worker: threading.Thread | None = None
        #: the mark of the newest version known to be among the backups.
        self._covered: Mark | None = None

    def settle(self) -> None:
        """Wait for the copy (and pruning) started by the last save."""
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.join()

    def covers_book(self) -> bool:
        """Whether the version the book holds now is known to be among the backups."""
        return self._covered is not None and self._covered == _mark(self.book)

    def before_replace(self, taken: datetime) -> None:
        """Make sure the version the book holds now is among the backups.

        Raises ``OSError`` when it is not and cannot be copied (a full disk): the save must
        then not go on.
        """
        self.settle()
        now = _mark(self.book)
        if now is None or self._covered == now:
            return
        newest = list_backups(self.book)[:1]
        if not (newest and newest[0].seq >= 0 and _mark(newest[0].path) == now):
            remove_temp_files(backup_dir(self.book))
            _write_copy(self.book, [self.book.read_bytes()], taken, now)
        self._covered = now

    def start_copy(
        self, chunks: Sequence[bytes], taken: datetime, mark: Mark, replaces: Path | None
    ) -> None:
        """Copy the version just saved (``chunks``, marked ``mark``) on a worker.

        ``replaces``: a backup holding the same version, removed once the copy is written.
        """
        args = (tuple(chunks), taken, mark, replaces)
        self._worker = threading.Thread(target=self._copy, args=args, name="grouptui-backup")
        self._worker.start()

    def _copy(
        self, chunks: tuple[bytes, ...], taken: datetime, mark: Mark, replaces: Path | None
    ) -> None:
        # A failed copy is not fatal: the next save finds its version uncovered and copies.
        with contextlib.suppress(OSError):
            _write_copy(self.book, chunks, taken, mark)
            self._covered = mark
            if replaces is None:
                prune(self.book)
            else:  # a restore: the version moves up; nothing else goes until the next save
                replaces.unlink()


_keepers: dict[Path, Keeper] = {}
_keepers_lock = threading.Lock()


def keeper(book: Path) -> Keeper:
    """The :class:`Keeper` of ``book`` in this process."""
    with _keepers_lock:
        return _keepers.setdefault(book, Keeper(book))


def settle() -> None:
    """Wait until every backup copy started so far is written."""
    with _keepers_lock:
        found = list(_keepers.values())
    for k in found:
        k.settle()


def save_version(
    book: Path, chunks: Sequence[bytes], taken: datetime, replaces: Path | None = None
) -> None:
    """Replace ``book`` with ``chunks`` atomically, keeping every version among the backups.

    The version being replaced is made sure of first; the new one is copied on a worker
    once it is saved (see :meth:`Keeper.start_copy` for ``replaces``).
    """
    k = keeper(book)
    mark = (sum(len(c) for c in chunks), time.time_ns())
    # The last save's copy ran while this save wrote its bytes; only just before the
    # rename must it be done, and the version about to be replaced be among the backups.
    atomic_write(book, chunks, mtime_ns=mark[1], before_commit=lambda: k.before_replace(taken))
    # Copied once the save is durable: its fsyncs never hold up the save's own.
    k.start_copy(chunks, taken, mark, replaces)


def prune(book: Path) -> None:
    """Delete the backups the policy no longer keeps (see the module docstring)."""
    found = list_backups(book)
    keep = {b.path for b in found[:KEEP_RECENT]}
    days: dict[str, Backup] = {}
    for b in found:  # highest sequence first: the first seen of a day is its newest
        if len(days) == KEEP_DAYS:
            break
        days.setdefault(b.taken.strftime("%Y-%m-%d"), b)
    keep.update(b.path for b in days.values())
    for b in found:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()


def restore(book: Path, chosen: Backup, taken: datetime) -> None:
    """Make ``chosen`` the book again; the caller holds the book's lock.

    The version it replaces is kept among the backups first, so a restore can be undone
    by another. The restored version becomes the newest backup: its copy is made anew and
    the old file, now a duplicate, is removed, so retention counts it as what it is, the
    newest version. Raises :class:`BookError` if ``chosen`` is not a readable book.
    """
    from grouptui.store.storage import load_book_file

    load_book_file(chosen.path)  # refuses a FIFO, a huge or a broken file in one sentence
    try:
        raw = chosen.path.read_bytes()
        save_version(book, [raw], taken, replaces=chosen.path)
    except OSError as exc:
        raise save_error(exc, book) from None
    keeper(book).settle()


def save_error(exc: OSError, book: Path) -> BookError:
    """The one sentence for a write of ``book`` that failed with ``exc``."""
    if is_disk_full(exc):
        return BookError("disk_full")
    if isinstance(exc, PermissionError):
        return BookError("book_read_only", path=book)
    return BookError("write_failed", reason=exc.strerror or exc)


@dataclass(frozen=True)
class Described:
    """A backup and what it holds: live records per table (None if unreadable)."""

    backup: Backup
    counts: dict[str, int] | None


def describe_all(book: Path) -> list[Described]:
    """The backups of ``book``, newest first, each with its counts of live records."""
    from grouptui.store.storage import load_book_file

    found = []
    for b in list_backups(book):
        try:
            data = load_book_file(b.path)
            counts = {
                name: sum(1 for d in table.values() if isinstance(d, dict) and not d.get("deleted"))
                for name, table in data.items()
                if name not in ("_default", "meta")
            }
        except BookError:
            counts = None
        found.append(Described(b, counts))
    return found


def describe_counts(counts: dict[str, int] | None) -> Message:
    """``counts`` as a message for the restore list (said by the caller)."""
    if counts is None:
        return Message("restore_unreadable")
    keys = ("deputies", "records", "notes", "duty", "suggestions")
    return Message("restore_counts", {k: counts.get(k, 0) for k in keys})
