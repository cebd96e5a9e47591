"""Writing an export file: atomically, never half a file, with the permissions it deserves.

Every export writer (docx, xlsx, json, md, html) goes through :func:`atomic_write`:

- the whole file is built in memory first, so a full disk fails on a plain ``write``
  (one sentence) instead of inside ``zipfile`` (which then complains from ``__del__``);
- it is written to ``.<name>.XXXX.tmp`` beside the target, fsynced and renamed; the temp
  file is removed on failure, and orphans a killed export left are removed by the next
  export of the same file;
- a file holding contacts (``--include-contacts``, see :func:`private`) is 0600 from
  the start; any other document is 0644 (or keeps the mode of the file it replaces).
"""

from __future__ import annotations

import contextlib
import io
import os
from collections.abc import Callable, Iterator
from contextvars import ContextVar
from pathlib import Path
from typing import BinaryIO

from grouptui.store.atomic import atomic_write as store_atomic_write
from grouptui.store.atomic import remove_orphans

#: whether the files being written hold contacts (phones of deputies, voters' contacts).
_PRIVATE: ContextVar[bool] = ContextVar("export_private", default=False)


@contextlib.contextmanager
def private(holds_contacts: bool) -> Iterator[None]:
    """Within this block, files are written 0600 when ``holds_contacts``."""
    token = _PRIVATE.set(holds_contacts)
    try:
        yield
    finally:
        _PRIVATE.reset(token)


def mode_for(path: Path) -> int:
    """The permissions of the export file ``path`` about to be written."""
    if _PRIVATE.get():
        return 0o600
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644  # a document is meant to be shared


def atomic_write(path: Path, write: Callable[[BinaryIO], object]) -> Path:
    """Call ``write(fh)`` on an in-memory file, then put its bytes at ``path`` atomically.

    A crash (or a full disk) leaves the old file, or none, never a truncated one.
    """
    remove_orphans(path)
    buffer = io.BytesIO()
    write(buffer)
    store_atomic_write(path, buffer.getbuffer(), mode=mode_for(path))
    return path


def write_text(path: Path, text: str) -> Path:
    """Write ``text`` as UTF-8 (no BOM, ``\\n`` line ends) atomically."""
    data = text.encode("utf-8")
    return atomic_write(path, lambda fh: fh.write(data))


def remove_if_made(folder: Path, existed: Path) -> None:
    """Remove the empty folders between ``folder`` and ``existed`` (an export that failed
    leaves no empty folder it created)."""
    current = folder
    while current != existed and current != current.parent:
        try:
            os.rmdir(current)
        except OSError:
            return
        current = current.parent
