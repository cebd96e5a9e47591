"""Backups keep their promise at the edges (issue 12, cases 1, 2, 4 and the property).

A kill is simulated by a patched ``os.replace`` that raises :class:`Killed` (a
``BaseException``, as nothing would catch a SIGKILL) and by dropping the book's lock
without closing it; a full disk by ``OSError(ENOSPC)`` from the same place.
"""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from grouptui.domain.models import Deputy
from grouptui.store import backups
from grouptui.store.book import Book
from grouptui.store.errors import BookError
from grouptui.store.storage import load_book_file
from tests.support.data import NOW


class Killed(BaseException):
    """The process died here."""


@contextmanager
def failing_replace(where: Callable[[Path], bool], exc: BaseException) -> Iterator[None]:
    """``os.replace`` raises ``exc`` when its destination satisfies ``where``."""
    real = os.replace

    def replace(src, dst, *args, **kwargs):  # type: ignore[no-untyped-def]
        if where(Path(dst)):
            raise exc
        return real(src, dst, *args, **kwargs)

    os.replace = replace  # type: ignore[assignment]
    try:
        yield
    finally:
        os.replace = real  # type: ignore[assignment]


def names_in(path: Path) -> frozenset[str]:
    """The deputies of the book file at ``path`` (a version's identity in these tests)."""
    return frozenset(d["name"] for d in load_book_file(path)["deputies"].values())


def versions_on_disk(book: Path) -> set[frozenset[str]]:
    """Every version found in the book or among its backups."""
    backups.settle()
    found = {names_in(b.path) for b in backups.list_backups(book)}
    if book.exists():
        found.add(names_in(book))
    return found


def new_book(path: Path, clock: Callable[[], datetime] = lambda: NOW) -> None:
    Book.create(path, group="新河镇第一代表小组", year=2026, device="d", clock=clock).close()


def add(path: Path, name: str, clock: Callable[[], datetime] = lambda: NOW) -> None:
    with Book.open(path, write=True, device="d", clock=clock) as book:
        book.deputies.save(Deputy(name=name))


def killed_save(path: Path, name: str) -> None:
    """A save killed at the book's rename: the lock dies with the process, nothing closes."""
    book = Book.open(path, write=True, device="d", clock=lambda: NOW)
    with failing_replace(lambda dst: dst == path, Killed()), pytest.raises(Killed):
        book.deputies.save(Deputy(name=name))
    assert book.lock is not None
    book.lock.release()


# Case 1 -----------------------------------------------------------------------------------


def book_of_three_saves(tmp_path: Path) -> Path:
    """A new book saved three more times (four versions)."""
    path = tmp_path / "book.json"
    new_book(path)
    for name in ("一", "二", "三"):
        add(path, name)
    return path


def test_cp_of_an_old_backup_after_a_killed_save_loses_no_version(tmp_path: Path) -> None:
    path = book_of_three_saves(tmp_path)
    newest = names_in(path)
    killed_save(path, "四")
    backups.settle()
    oldest = backups.list_backups(path)[-1].path
    shutil.copyfile(oldest, path)  # the README's restore: cp writes into the book's inode
    assert newest in versions_on_disk(path)


def test_no_backup_shares_the_books_file(tmp_path: Path) -> None:
    path = tmp_path / "book.json"
    new_book(path)
    add(path, "一")
    killed_save(path, "二")
    backups.settle()
    inode = path.stat().st_ino
    assert all(b.path.stat().st_ino != inode for b in backups.list_backups(path))


# Case 2 -----------------------------------------------------------------------------------


def test_a_failed_save_adds_no_backup_and_prunes_nothing(tmp_path: Path) -> None:
    path = book_of_three_saves(tmp_path)
    before = versions_on_disk(path)
    full = OSError(errno.ENOSPC, "No space left on device")
    for n in range(4):
        with failing_replace(lambda dst: dst == path, full), pytest.raises(BookError):
            add(path, f"满{n}")
    backups.settle()
    assert versions_on_disk(path) == before
    assert len(backups.list_backups(path)) == len(before)


def test_retention_follows_the_sequence_not_the_clock(tmp_path: Path) -> None:
    path = tmp_path / "book.json"
    december = datetime(2026, 12, 20, 9, 0)
    new_book(path, clock=lambda: december)
    for n in range(3):
        add(path, f"未来{n}", clock=lambda: december)
    acknowledged = []
    for n in range(8):  # then the real clock, months earlier
        add(path, f"今天{n}")
        acknowledged.append(names_in(path))
    kept = versions_on_disk(path)
    assert all(v in kept for v in acknowledged[-backups.KEEP_RECENT :])


def test_a_fixed_clock_keeps_the_newest_versions(tmp_path: Path) -> None:
    path = tmp_path / "book.json"
    new_book(path)
    acknowledged = []
    for n in range(8):
        add(path, f"人{n}")
        acknowledged.append(names_in(path))
    backups.settle()
    newest = backups.list_backups(path)[0].path
    assert names_in(newest) == acknowledged[-1]
    assert all(v in versions_on_disk(path) for v in acknowledged[-backups.KEEP_RECENT :])


@pytest.mark.skipif(not Path("/proc/self/fd").exists(), reason="names fds through /proc")
def test_backups_are_fsynced(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "book.json"
    new_book(path)
    synced: list[str] = []
    real = os.fsync

    def fsync(fd: int) -> None:
        synced.append(os.readlink(f"/proc/self/fd/{fd}"))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    add(path, "一")
    backups.settle()
    folder = str(backups.backup_dir(path))
    assert any(p.startswith(folder + "/") for p in synced)  # the copy itself
    assert folder in synced  # and its name in the folder


# Case 4 -----------------------------------------------------------------------------------


@pytest.mark.skipif(os.name != "posix", reason="symbolic links")
def test_a_book_reached_through_a_symlink_is_saved_in_the_real_file(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    new_book(real)
    link = tmp_path / "book.json"
    link.symlink_to(real)
    add(link, "新三")
    assert link.is_symlink() and link.resolve() == real
    assert "新三" in names_in(real)
    backups.settle()
    found = backups.list_backups(real)
    assert found and all(b.path.is_file() and not b.path.is_symlink() for b in found)


# The property -----------------------------------------------------------------------------

STEPS = st.lists(st.sampled_from(["save", "full", "kill", "kill-copy"]), max_size=14)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=STEPS, pick=st.integers(min_value=0), restore_by_cp=st.booleans())
def test_every_acknowledged_version_survives_crashes_and_a_restore(
    steps: list[str], pick: int, restore_by_cp: bool
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "book.json"
        new_book(path)
        acknowledged = [names_in(path)]

        def in_worker(dst: Path) -> bool:  # the copy made after the save, not a repair
            worker = threading.current_thread() is not threading.main_thread()
            return worker and backups.backup_dir(path) in dst.parents

        for n, step in enumerate(steps):
            name = f"第{n}位"
            if step == "save":
                add(path, name)
                acknowledged.append(names_in(path))
            elif step == "full":
                full = OSError(errno.ENOSPC, "No space left on device")
                with failing_replace(lambda dst: dst == path, full), pytest.raises(BookError):
                    add(path, name)
            elif step == "kill":
                killed_save(path, name)
            else:  # the save is acknowledged, the process dies while copying its backup
                with failing_replace(in_worker, OSError(errno.EIO, "killed")):
                    add(path, name)
                acknowledged.append(names_in(path))
        kept = acknowledged[-backups.KEEP_RECENT :]
        assert all(v in versions_on_disk(path) for v in kept)
        found = backups.list_backups(path)
        chosen = found[pick % len(found)]
        if restore_by_cp:
            # Writing into the book by hand discards what only the book held, but it never
            # changes a backup: every version the backups held is still there.
            held = {names_in(b.path) for b in found}
            shutil.copyfile(chosen.path, path)
            assert held <= versions_on_disk(path)
        else:
            from grouptui.store.lock import BookLock

            with BookLock(path):
                backups.restore(path, chosen, NOW)
            assert all(v in versions_on_disk(path) for v in kept)
