"""The next year's book, and the earlier years' books beside this one."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from grouptui.domain.models import Deputy, Setting
from grouptui.domain.roster import PROFILE_FIELDS
from grouptui.store.atomic import read_regular
from grouptui.store.book import Book, default_book_name
from grouptui.store.errors import BookError
from grouptui.store.plan import carry_forward


def start_next_year(
    book: Book,
    *,
    year: int | None = None,
    device: str,
    clock: Callable[[], datetime] = datetime.now,
    force: bool = False,
) -> Path:
    """Create next year's book beside ``book``: roster, rules and plan carried over.

    The plan arrives as a draft (every item back to "planned"); retired deputies stay
    behind; nothing of the year's records, notes or duty logs is copied.
    """
    meta = book.meta
    year = year or meta.year + 1
    if year <= meta.year:
        raise BookError("bad_year", value=str(year))
    path = book.path.parent / default_book_name(meta.group, year)

    def fill(new: Book) -> None:
        # The same deputies (ids kept: the term's training days are matched by id), with
        # their term and profile; nothing of this year's merge bookkeeping.
        new.deputies.save_many(
            Deputy(id=d.id, **{f: getattr(d, f) for f in CARRIED})
            for d in book.deputies.all()
            if d.active
        )
        # A briefing's number and the votes on a deputy belong to one year's records.
        new.settings.save_many(
            Setting(id=s.id, values=s.values)
            for s in book.settings.all()
            if s.values.get("kind") not in YEAR_ONLY_SETTINGS
        )
        new.plan.save_many(carry_forward(book.plan.all()))

    Book.create(
        path,
        group=meta.group,
        year=year,
        township=meta.township,
        template=meta.template,
        device=device,
        clock=clock,
        force=force,
        fill=fill,
    ).close()
    return path


#: Kinds of settings documents that are not carried into the next year's book.
YEAR_ONLY_SETTINGS = ("briefing_no", "evaluation")
#: What next year's book keeps of each serving deputy.
CARRIED = (
    "name",
    "levels",
    "constituency",
    "phone",
    "is_new",
    "joined_on",
    "remarks",
    *PROFILE_FIELDS,
)


def sibling_books(book_path: Path) -> list[Path]:
    """Other books in the same folder (candidates for earlier years of the same group)."""
    return sorted(p for p in book_path.parent.glob("*.json") if p != book_path)


# (path, mtime, size) -> (group, year), or None for a file that is not a book.
_peeked: dict[tuple[str, int, int], tuple[str, int] | None] = {}
_PEEK_BYTES = 64 * 1024


def peek_group_year(path: Path) -> tuple[str, int] | None:
    """The group and year of the book at ``path`` without reading the whole file.

    The store writes the ``meta`` table near the start of the file, so its document is
    decoded from the first 64 KiB; a file written otherwise is read in full. None for
    anything that is not a readable book. Remembered per (path, mtime, size).
    """
    try:
        stat = path.stat()
    except OSError:
        return None
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    if key in _peeked:
        return _peeked[key]
    found = _peek(path)
    _peeked[key] = found
    return found


def _peek(path: Path) -> tuple[str, int] | None:
    import json

    try:
        # Any *.json of the folder is peeked: a FIFO there must not hang the app.
        head = read_regular(path, _PEEK_BYTES, head=True).decode("utf-8", errors="ignore")
    except OSError:
        return None
    at = head.find('"meta":')
    meta = None
    if at >= 0:
        try:
            table, _ = json.JSONDecoder().raw_decode(head, at + len('"meta":'))
            meta = next(iter(table.values()))
        except (ValueError, RecursionError, StopIteration, AttributeError):
            meta = None
    if meta is None:
        from grouptui.store.storage import load_book_file

        try:
            meta = next(iter(load_book_file(path)["meta"].values()))
        except Exception:  # not a book: the folder may hold any JSON file
            return None
    group, year = meta.get("group") if isinstance(meta, dict) else None, None
    if isinstance(meta, dict):
        year = meta.get("year")
    if not isinstance(group, str) or not isinstance(year, int):
        return None
    return group, year


def same_group_books(book_path: Path, group: str, years: Iterable[int]) -> list[Path]:
    """The books in ``book_path``'s folder of ``group`` whose year is in ``years``."""
    wanted = set(years)
    found = []
    for path in sibling_books(book_path):
        peeked = peek_group_year(path)
        if peeked is not None and peeked[0] == group and peeked[1] in wanted:
            found.append(path)
    return found
