"""Refuse a book path the file system cannot hold, before anything touches it.

A book named with 245 characters can be read, but the lock file beside it
(``.<name>.lock.json``) and the lock's temp file (``..<name>.lock.json.XXXXXXXX.tmp``)
cannot be created: the operating system answers ENAMETOOLONG deep inside a command. A
folder name over the limit makes even ``Path.exists()`` raise. So :func:`check_book_path`
runs first wherever a book path enters (``Book.open``, ``Book.create``, the TUI's start,
``merge``) and says in one sentence what to change. Reading a book needs no derived
name, so a read-only command still reads a book with a long name.
"""

from __future__ import annotations

import os
from pathlib import Path

from grouptui.store.errors import BookError

#: Longest file name, in bytes, on the file systems a book lives on (ext4, APFS, NTFS).
NAME_MAX = 255

#: Longest whole path, in bytes (Linux's PATH_MAX, less room for the names we derive).
PATH_MAX = 4000

#: Bytes the longest name grouptui derives from a book's adds to it: the lock's temp
#: file ``..<name>.lock.json.XXXXXXXX.tmp`` adds 25; the rest is room for new ones.
DERIVED_MARGIN = 40


def _size(text: str) -> int:
    return len(os.fsencode(text))


def check_book_path(path: Path | str, *, write: bool = True) -> Path:
    """``path`` as a :class:`Path`; :class:`BookError` if a name in it is too long.

    With ``write`` the book's own name must leave room for the names derived from it;
    reading needs only names the file system can look up.
    """
    path = Path(path)
    if _size(str(path)) > PATH_MAX:
        raise BookError("path_too_long", path=path, size=_size(str(path)), limit=PATH_MAX)
    for part in path.parts[:-1] if write else path.parts:
        if _size(part) > NAME_MAX:
            raise BookError("path_part_too_long", part=part, size=_size(part), limit=NAME_MAX)
    limit = NAME_MAX - DERIVED_MARGIN
    if write and _size(path.name) > limit:
        raise BookError("book_name_too_long", path=path, size=_size(path.name), limit=limit)
    return path
