"""Starting a book: the file, and the year's plan and rules from a template, in one go.

Used by ``grouptui init`` and by the TUI's first-run screen, so both start a book alike.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from grouptui.store.book import Book

if TYPE_CHECKING:
    from grouptui.domain.models import PlanItem


def create_book(
    path: Path,
    *,
    group: str,
    year: int,
    township: str = "",
    template: str = "",
    device: str = "",
    clock: Callable[[], datetime] = datetime.now,
    force: bool = False,
) -> Book:
    """Create the book at ``path`` with the plan and rule overrides of ``template``.

    Returns it open for writing. The template is read and checked before anything is
    written, so a missing or malformed template leaves no file behind.
    """
    from grouptui.store.checks import set_rules
    from grouptui.store.plan import template_items

    items: list[PlanItem] = []
    rules: dict[str, Any] = {}
    if template:
        _, items, rules = template_items(template, group=group, township=township, year=year)

    def fill(book: Book) -> None:
        book.plan.save_many(items)
        if rules:
            set_rules(book, rules)

    return Book.create(
        path,
        group=group,
        year=year,
        township=township,
        template=template,
        device=device,
        clock=clock,
        force=force,
        fill=fill,
    )
