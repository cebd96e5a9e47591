"""Merging book files: check every input, merge them, write the output atomically.

The inputs are opened read-only through :meth:`Book.open` (so a corrupt, truncated, GBK,
non-book or newer-schema file is refused with the same sentence as everywhere else) and
never written. Everything is checked before anything is written; the output is serialized
exactly as the store writes a book (compact UTF-8 JSON, a valid TinyDB file) and replaced
atomically while holding its book lock, so a book open in another grouptui is not clobbered;
a file it replaces is kept among that file's backups first, like any save of a book.
The merge itself is :func:`grouptui.domain.merge.merge_data`.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from grouptui.domain.merge import MergeError, MergeResult, merge_data
from grouptui.store.errors import BookError
from grouptui.store.path_limits import check_book_path
from grouptui.store.storage import Data, book_bytes

#: ``progress(done, total)``: called after each input is read and once the output is written.
Progress = Callable[[int, int], None]


@dataclass
class MergeOutcome:
    """A merge run: its result, the files involved, and whether the output was written."""

    result: MergeResult
    inputs: list[Path]
    out: Path
    written: bool


def _same_file(a: Path, b: Path) -> bool:
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return a.resolve() == b.resolve()


def check_paths(paths: Sequence[Path], out: Path, *, force: bool, dry_run: bool) -> None:
    """Refuse a single input and an output that is an input, a folder, or (unless
    ``force``) an existing file; nothing has been read or written yet."""
    if len(paths) < 2:
        raise MergeError("merge_single", path=paths[0] if paths else "")
    for path in paths:
        check_book_path(path, write=False)
    check_book_path(out)
    for path in paths:
        if _same_file(path, out):
            raise MergeError("merge_out_is_input", path=out)
    if out.is_dir():
        raise BookError("book_is_dir", path=out)
    if dry_run:
        return
    if out.exists() and not force:
        raise MergeError("merge_out_exists", path=out)
    if not out.parent.is_dir():
        raise MergeError("merge_out_no_folder", path=out)


def _check_docs(data: Data, path: Path) -> None:
    """Refuse a file whose tables hold something other than record documents."""
    meta = next(iter(data["meta"].values()))
    if not isinstance(meta.get("group"), str) or not isinstance(meta.get("year"), int):
        raise BookError("book_not_a_book", path=path)
    for name, table in data.items():
        if name == "meta":
            continue
        for doc in table.values():
            if not isinstance(doc, dict):
                raise BookError("book_not_a_book", path=path)
            if not _good_version(doc):
                raise BookError("book_not_a_book", path=path)
            losers = doc.get("conflicts")
            if losers is None:
                continue
            if not isinstance(losers, list) or not all(
                isinstance(d, dict) and _good_version(d) for d in losers
            ):
                raise BookError("book_not_a_book", path=path)


def _good_version(doc: dict[str, Any]) -> bool:
    rid = doc.get("id", "")
    rev = doc.get("rev", "")
    revs = doc.get("revs", [])
    return (
        isinstance(rid, str)
        and isinstance(rev, str)
        and isinstance(revs, list)
        and all(isinstance(r, str) for r in revs)
    )


def read_input(path: Path) -> Data:
    """The documents of one input book, opened read-only and checked."""
    from grouptui.store.book import Book

    book = Book.open(path, write=False)
    try:
        data = book.raw()
    finally:
        book.close()
    _check_docs(data, path)
    return data


def serialize(data: Data) -> bytes:
    """The bytes the store would write for ``data``."""
    try:
        return book_bytes(data)
    except UnicodeEncodeError:
        # Lone surrogates (from a hand-edited input) cannot be UTF-8: escape them instead
        # of refusing the year's work; the file stays valid JSON and a valid TinyDB file.
        return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


def write_output(out: Path, payload: bytes) -> None:
    """Replace ``out`` atomically, holding its book lock; an existing ``out`` is kept among
    its backups first (``grouptui info`` lists them), so replacing it can be undone."""
    from grouptui.store.backups import keeper, save_error, save_version
    from grouptui.store.lock import BookLock

    with BookLock(out):
        try:
            save_version(out, [payload], datetime.now())
            keeper(out).settle()
        except OSError as exc:
            raise save_error(exc, out) from None


def merge_files(
    paths: Sequence[Path | str],
    out: Path | str,
    *,
    force: bool = False,
    dry_run: bool = False,
    progress: Progress | None = None,
    overwrite: bool = False,
    mixed: bool = False,
) -> MergeOutcome:
    """Merge the books at ``paths`` into ``out`` (unless ``dry_run``); see the module doc.

    ``force`` (the CLI's ``--force``) is ``overwrite`` and ``mixed`` at once: replace an
    existing ``out``, and merge books of different groups or years. The TUI asks about
    each on its own, so agreeing to one never grants the other.
    """
    inputs = [Path(p) for p in paths]
    target = Path(out)
    check_paths(inputs, target, force=force or overwrite, dry_run=dry_run)
    total = len(inputs) + (0 if dry_run else 1)
    datas = []
    for n, path in enumerate(inputs, 1):
        datas.append(read_input(path))
        if progress is not None:
            progress(n, total)
    result = merge_data(datas, labels=[str(p) for p in inputs], force=force or mixed)
    if not dry_run:
        write_output(target, serialize(result.data))
        if progress is not None:
            progress(total, total)
    return MergeOutcome(result=result, inputs=inputs, out=target, written=not dry_run)
