"""Starting a book: the file, and the year's plan from a template, in one go.

Used by the TUI's first-run screen; the same steps as ``grouptui init``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from grouptui.domain.models import PlanItem
from grouptui.domain.plan_templates import load_template
from grouptui.store.book import Book


def template_plan_items(name: str) -> list[PlanItem]:
    """The plan items of template ``name`` (TemplateError if there is no such template)."""
    template = load_template(name)
    return [
        PlanItem(
            quarter=item["quarter"],
            month=item.get("month"),
            day=item.get("day"),
            form=item.get("form", "other"),
            title=item["title"],
            content=item.get("content", ""),
            organiser=item.get("organiser", ""),
            template=f"{name}:{n}",
        )
        for n, item in enumerate(template.items)
    ]


def create_book(
    path: Path,
    *,
    group: str,
    year: int | str,
    township: str = "",
    template: str = "",
    device: str = "",
    clock: Callable[[], datetime] = datetime.now,
) -> Book:
    """Create the book at ``path`` with the plan of ``template``; returns it open for writing.

    The template is read before anything is written, so a bad template name leaves no
    file behind.
    """
    items = template_plan_items(template) if template else []
    book = Book.create(
        path,
        group=group,
        year=year,
        township=township,
        template=template,
        device=device,
        clock=clock,
    )
    try:
        if items:
            book.plan.save_many(items)
    except BaseException:
        book.close()
        raise
    return book
