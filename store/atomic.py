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
import sys
import tempfile
import time
from collections.abc import Iterable
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


def atomic_write(
    target: Path,
    data: bytes | Iterable[bytes],
    *,
    mode: int = FILE_MODE,
    durable: bool = True,
) -> None:
    """Replace ``target`` with ``data`` (bytes, or chunks of them) atomically and durably.

    The file gets mode 0600 on POSIX: books hold voters' names and phone numbers.
    ``durable=False`` skips the fsyncs, for files that may be lost in a power cut (the
    lock's holder note): still atomic, and a few milliseconds cheaper.
    """
    folder = target.parent
    fd, tmp = tempfile.mkstemp(prefix=temp_prefix(target), suffix=TEMP_SUFFIX, dir=folder)
    try:
        try:
            if os.name == "posix":
                os.fchmod(fd, mode)
            for chunk in [data] if isinstance(data, bytes | bytearray) else data:
                view = memoryview(chunk)
                while view:
                    written = os.write(fd, view)
                    view = view[written:]
            if durable:
                os.fsync(fd)
        finally:
            os.close(fd)
        _replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    if durable:
        fsync_dir(folder)


def remove_orphans(target: Path) -> list[Path]:
    """Delete temp files a crashed writer left beside ``target``; the ones removed."""
    removed = []
    prefix = temp_prefix(target)
    try:
        entries = list(os.scandir(target.parent))
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
