"""The next year's book, and the earlier years' books beside this one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from grouptui.domain.models import Deputy, Setting
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
    with Book.create(
        path,
        group=meta.group,
        year=year,
        township=meta.township,
        template=meta.template,
        device=device,
        clock=clock,
        force=force,
    ) as new:
        with new.transaction():
            new.deputies.save_many(
                Deputy(
                    name=d.name,
                    levels=d.levels,
                    constituency=d.constituency,
                    phone=d.phone,
                    unit=d.unit,
                    is_new=d.is_new,
                    joined_on=d.joined_on,
                    remarks=d.remarks,
                    id=d.id,
                )
                for d in book.deputies.all()
                if d.active
            )
            new.settings.save_many(Setting(id=s.id, values=s.values) for s in book.settings.all())
            new.plan.save_many(carry_forward(book.plan.all()))
    return path


def sibling_books(book_path: Path) -> list[Path]:
    """Other books in the same folder (candidates for earlier years of the same group)."""
    return sorted(p for p in book_path.parent.glob("*.json") if p != book_path)
