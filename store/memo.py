"""The memo of book contents already found valid: the same bytes are not checked twice.

Opening a book checks every document against its field types
(:func:`grouptui.store.documents.check_documents`: some 25 ms on a 400-record book, more
than the parse). The verdict depends on two things only: the bytes of the file, and the
program that reads and checks them (the parse, the schema upgrade, the validator). Once a
book's bytes have passed, :func:`remember` keeps a key made of both; :func:`known` then
lets :func:`~grouptui.store.documents.read_checked` skip the check for the same bytes read
by the same program. Only a book that passed is remembered: a refusal is always made anew,
with the usual sentence.

**Why a verdict may be reused.** The same bytes checked by the same validator give the
same verdict. The key is the 256-bit BLAKE2b digest of the file's bytes (so a change of
one byte is a new key, even one that keeps the file's size and modification time) hashed
with the fingerprint of the program: the size and modification time of every module of
``grouptui/domain`` and ``grouptui/store`` (where the parse, the migrations and the
checks live), taken when this module is imported, which is how Python itself decides
whether a module's cached bytecode still is its source; the versions of grouptui and
Python; and the parser (``json``, or msgspec and its version). A new release or a
developer's edit of any of those modules changes the fingerprint, and every book is
checked again. A module the check comes to depend on elsewhere must be added to
:data:`_CHECKING_PACKAGES` (``tests/store/test_check_memo.py`` fails until it is).

The memo is as trusted as the program's own files: it lives in grouptui's data folder,
beside the books themselves, and holds nothing but digests of books that passed. It can
spare a check, never refuse a book, change one or word a message.

It is a cache, never a reason to fail: at most :data:`MAX_ENTRIES` keys (the newest last),
replaced atomically but without fsync (a power cut may lose it, which costs one check). A
memo that cannot be read or written (missing, damaged, a folder, a read-only data folder,
another grouptui writing it at the same moment) is ignored, silently.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

import grouptui
import grouptui.domain
import grouptui.store
from grouptui.store.atomic import atomic_write, read_regular

try:  # hashlib's blake2b, without the OpenSSL library hashlib loads (see _digest)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - CPython always builds it
    from hashlib import blake2b

#: Keys kept: the last books (and versions of them) found valid.
MAX_ENTRIES = 16

#: The first line of the memo file; a file without it is ignored (and then replaced).
HEADER = b"grouptui: digests of books found valid, to open them faster (a cache: safe to delete)"

#: The memo file's name in the data folder (not *.json: it is not a book).
FILE_NAME = "checked-books"

#: The packages whose modules read, upgrade and check a book.
_CHECKING_PACKAGES = (grouptui.domain, grouptui.store)

_KEY = re.compile(rb"[0-9a-f]{64}")


def _module_stamps() -> bytes | None:
    """(package, module, size, mtime) of every module of the checking packages; None if
    they are not plain files (a zipped or frozen install: then nothing is remembered)."""
    stamps = []
    try:
        for package in _CHECKING_PACKAGES:
            for folder in package.__path__:
                for entry in os.scandir(folder):
                    if entry.name.endswith(".py"):
                        st = entry.stat()
                        stamps.append((package.__name__, entry.name, st.st_size, st.st_mtime_ns))
    except OSError:
        return None
    if not stamps:
        return None
    return repr(sorted(stamps)).encode()


#: Taken at import, right after the modules that check a book were imported: the stamps
#: of the code this process runs (an edit made later changes files, not this process).
_STAMPS = _module_stamps()

#: The fingerprints of the program that checks a book (see the module docstring), by the
#: parser that reads it (``json`` or ``msgspec``); computed at the first key. Tests replace
#: them.
_fingerprints: dict[str, bytes] = {}


def _digest(data: bytes) -> bytes:
    """The 32-byte BLAKE2b digest of ``data``.

    ``hashlib.blake2b`` is the interpreter's own ``_blake2`` module; taken from there, a
    start does not load OpenSSL's library behind ``hashlib`` (4-5 ms, issue 15), which no
    other step before home is painted needs. Like hashlib's hashes it lets go of the
    interpreter while it hashes a book. An interpreter built without it uses hashlib's.
    """
    return blake2b(data, digest_size=32).digest()


def fingerprint(parser: str = "msgspec") -> bytes | None:
    """The fingerprint of the checking program that parses with ``parser`` (``json``, the
    standard library's, or ``msgspec``); None if it cannot be known."""
    if _STAMPS is None:
        return None
    found = _fingerprints.get(parser)
    if found is None:
        if parser == "msgspec":
            import msgspec

            parse = f"msgspec {msgspec.__version__}"
        else:
            parse = "json"  # the standard library's: Python's version names it
        versions = f"{grouptui.__version__}|{sys.version}|{parse}".encode()
        found = _fingerprints[parser] = _digest(versions + b"\n" + _STAMPS)
    return found


def key_soon(raw: bytes, parser: str = "msgspec") -> Callable[[], bytes | None]:
    """The memo's key for a book whose file holds ``raw``, read by ``parser`` (None if
    there can be none), hashed on another thread while the caller parses: a function
    that waits for it. The digest of a book (~20 ms for 7 MB, less than its parse) runs
    beside the parse on a second core (BLAKE2b lets go of the interpreter while it
    hashes, the parsers do not), so opening a book does not wait for it."""
    program = fingerprint(parser)
    if program is None:
        return lambda: None
    import threading

    digests: list[bytes] = []
    worker = threading.Thread(
        target=lambda: digests.append(_digest(raw)),
        name="grouptui-book-digest",
        daemon=True,
    )
    worker.start()

    def result() -> bytes | None:
        worker.join()
        if not digests:
            return None  # the thread failed (no memory): the book is checked
        return _digest(program + digests[0]).hex().encode()

    return result


def memo_path() -> Path:
    """The memo file."""
    from grouptui.store.config import data_dir

    return data_dir() / FILE_NAME


def _entries(path: Path) -> list[bytes]:
    """The keys of the memo file, oldest first; none if it cannot be read or is not one."""
    try:
        raw = read_regular(path, 64 * 1024)
    except (OSError, ValueError):
        return []
    lines = raw.split(b"\n")
    if lines[0] != HEADER:
        return []
    return [line for line in lines[1:] if _KEY.fullmatch(line)]


def known(entry: bytes) -> bool:
    """Whether ``entry`` (a :func:`key_soon` key) is in the memo: a book found valid
    before."""
    return entry in _entries(memo_path())


def remember(entry: bytes) -> None:
    """Add ``entry`` (the key of a book just found valid) to the memo, if it can be."""
    path = memo_path()
    kept = [k for k in _entries(path) if k != entry][-(MAX_ENTRIES - 1) :]
    payload = b"\n".join([HEADER, *kept, entry]) + b"\n"
    with contextlib.suppress(OSError, ValueError):
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, payload, durable=False)
