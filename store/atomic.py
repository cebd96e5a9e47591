"""Atomic, durable file replacement.

Write to a temporary file in the same folder, flush, fsync, ``os.replace`` over the target,
then fsync the folder (POSIX) so the rename itself survives a power cut. A crash at any
moment leaves either the old file or the new one, never a mix. On Windows, antivirus, the
search indexer or a sync client may hold the target open for a moment; the rename is
retried briefly on the sharing-violation errors they cause.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

TEMP_SUFFIX = ".tmp"
_WINDOWS_BUSY = {5, 32, 33}  # access denied, sharing violation, lock violation
FILE_MODE = 0o600


def temp_prefix(target: Path) -> str:
    """The prefix of the temp files written for ``target`` (used to find orphans)."""
    return f".{target.name}."


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (no-op where folders cannot be opened)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _replace(src: str, dst: Path) -> None:
    delay = 0.02
    deadline = time.monotonic() + 2.0
    while True:
        try:
            os.replace(src, dst)
            return
        except PermissionError as exc:
            busy = getattr(exc, "winerror", None) in _WINDOWS_BUSY
            if not (sys.platform == "win32" and busy) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)


def real_path(path: Path) -> Path:
    """``path`` with symbolic links followed: a book reached through a link is saved where
    it really is, and the link stays a link."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else path


def check_replaceable(target: Path) -> None:
    """Raise ``PermissionError`` if ``target`` is a read-only file (no write bit at all).

    Replacing needs only the folder's permission, so without this a 0400 book in a
    writable folder would be silently swapped for a writable one.
    """
    try:
        mode = os.stat(target).st_mode
    except OSError:
        return
    if not mode & 0o222:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))


def read_regular(path: Path, limit: int, *, head: bool = False) -> bytes:
    """The bytes of the regular file ``path``, refusing at once anything else.

    A FIFO, a device (``/dev/zero``) or a socket would block or never end: it is opened
    without blocking and refused (``NotRegularFile``). A file over ``limit`` bytes is
    refused too (``FileTooLarge``) before it is read, or with ``head`` cut to its first
    ``limit`` bytes.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFile(str(path))
        if info.st_size > limit and not head:
            raise FileTooLarge(str(path))
        with os.fdopen(os.dup(fd), "rb") as fh:
            # read(limit + 1) would first allocate limit + 1 bytes (256 MiB for a book):
            # the size just found, plus one byte that shows whether the file grew since.
            want = min(info.st_size, limit) + 1
            data = fh.read(want)
            if len(data) == want and want <= limit:  # it grew: the rest, as before
                data += fh.read(limit + 1 - want)
    finally:
        os.close(fd)
    if len(data) > limit:
        if not head:
            raise FileTooLarge(str(path))
        data = data[:limit]
    return data


class NotRegularFile(OSError):
    """A path that is a FIFO, a device or a socket, where a file was expected."""


class FileTooLarge(OSError):
    """A file larger than the reader's bound."""


def atomic_write(
    target: Path,
    data: bytes | memoryview | Iterable[bytes],
    *,
    mode: int = FILE_MODE,
    durable: bool = True,
    mtime_ns: int | None = None,
    before_commit: Callable[[], object] | None = None,
) -> None:
    """Replace ``target`` with ``data`` (bytes, or chunks of them) atomically and durably.

    The file gets mode 0600 on POSIX: books hold voters' names and phone numbers.
    ``durable=False`` skips the fsyncs, for files that may be lost in a power cut (the
    lock's holder note): still atomic, and a few milliseconds cheaper. A symbolic link is
    followed (the real file is replaced, next to it); a read-only file is refused with
    ``PermissionError``. ``mtime_ns`` sets the new file's modification time.
    ``before_commit()`` runs once the new bytes are durable, just before the rename
    (if it raises, nothing is replaced).
    """
    target = real_path(target)
    check_replaceable(target)
    folder = target.parent
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    try:
        try:
            if os.name == "posix":
                os.fchmod(fd, mode)
            for chunk in [data] if isinstance(data, bytes | bytearray | memoryview) else data:
                view = memoryview(chunk)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
            if mtime_ns is not None:
                os.utime(tmp, ns=(mtime_ns, mtime_ns))
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        if before_commit is not None:
            before_commit()
        _replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        fsync_dir(folder)


def remove_orphans(target: Path) -> list[Path]:
    """Delete temp files a crashed writer left beside ``target``; the ones removed."""
    return remove_temp_files(target.parent, temp_prefix(target))


def remove_temp_files(folder: Path, prefix: str = ".") -> list[Path]:
    """Delete the temp files named ``<prefix>…{TEMP_SUFFIX}`` in ``folder``; the ones removed.

    Only for a folder whose writers are all finished (its book's lock is held).
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if entry.name.startswith(prefix) and entry.name.endswith(TEMP_SUFFIX):
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed


def is_disk_full(exc: OSError) -> bool:
    """Whether ``exc`` means there is no space left (or quota exceeded)."""
    return exc.errno in (errno.ENOSPC, errno.EDQUOT) or getattr(exc, "winerror", None) == 112
