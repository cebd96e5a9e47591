"""Rolling backups beside the book.

Before each save, the current book file is hard-linked into ``.<name>.backups/`` (no data
is copied: the old version's bytes stay where they are when the new file replaces it).
Old backups are pruned in a background thread, since freeing them is no part of the save.
Kept: the newest ``KEEP_RECENT`` versions, plus the newest of each of the last
``KEEP_DAYS`` days. Where hard links are not possible (FAT, some network drives) the
file is copied instead.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

KEEP_RECENT = 5
KEEP_DAYS = 7


@dataclass(frozen=True)
class Backup:
    """One kept version of the book."""

    path: Path
    taken: datetime
    size: int


def backup_dir(book: Path) -> Path:
    """The folder that holds ``book``'s backups."""
    return book.parent / f".{book.name}.backups"


def _name(now: datetime, seq: int) -> str:
    return f"{now:%Y%m%d-%H%M%S-%f}-{seq:03d}.json"


def _taken(name: str) -> datetime | None:
    try:
        return datetime.strptime(name[:22], "%Y%m%d-%H%M%S-%f")
    except ValueError:
        return None


def list_backups(book: Path) -> list[Backup]:
    """The backups of ``book``, newest first."""
    folder = backup_dir(book)
    found = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return []
    for entry in entries:
        taken = _taken(entry.name)
        if taken is None or not entry.name.endswith(".json"):
            continue
        with contextlib.suppress(OSError):
            found.append(Backup(Path(entry.path), taken, entry.stat().st_size))
    found.sort(key=lambda b: b.path.name, reverse=True)
    return found


def take_backup(book: Path, now: datetime) -> None:
    """Keep the current version of ``book`` before it is replaced; prune old backups."""
    if not book.exists():
        return
    folder = backup_dir(book)
    if not folder.exists():
        folder.mkdir(mode=0o700, exist_ok=True)
    seq = 0
    while (folder / _name(now, seq)).exists():
        seq += 1
    target = folder / _name(now, seq)
    try:
        os.link(book, target)
    except OSError:
        shutil.copy2(book, target)
    # Freeing an old version's blocks is not part of saving: do it off the save's path.
    # If the process ends first, the next save prunes.
    thread = threading.Thread(target=_prune_quietly, args=(book,), daemon=True)
    _pruners[:] = [t for t in _pruners if t.is_alive()]
    _pruners.append(thread)
    thread.start()


_prune_lock = threading.Lock()
_pruners: list[threading.Thread] = []


def settle() -> None:
    """Wait until the background pruning started so far has finished."""
    while _pruners:
        _pruners.pop().join()


def _prune_quietly(book: Path) -> None:
    with _prune_lock, contextlib.suppress(OSError):
        prune(book)


def prune(book: Path) -> None:
    """Delete the backups the policy no longer keeps."""
    backups = list_backups(book)
    keep = {b.path for b in backups[:KEEP_RECENT]}
    days: dict[str, Backup] = {}
    for b in backups:  # newest first: the first seen of a day is its newest
        days.setdefault(b.taken.strftime("%Y-%m-%d"), b)
    for day in sorted(days, reverse=True)[:KEEP_DAYS]:
        keep.add(days[day].path)
    for b in backups:
        if b.path not in keep:
            with contextlib.suppress(OSError):
                b.path.unlink()
