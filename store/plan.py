"""The annual plan: writes with validation, templates, rule settings, the book's check.

The CLI and the checklist screen both go through here. Every function that writes checks
everything first and raises a :class:`PlanError` (a catalog key and its parameters) before
anything is saved; writes of several records happen in one ``book.transaction()``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from grouptui.domain.checklist import item_date
from grouptui.domain.errors import Choices, UserFacingError
from grouptui.domain.models import (
    PlanItem,
)
from grouptui.domain.quarters import quarter_of, quarter_of_month
from grouptui.domain.rule_settings import (
    RulesError,
    validate_rules,
)
from grouptui.domain.vocab import FORMS, PLAN_STATUS, parse_choice

if TYPE_CHECKING:
    from grouptui.store.book import Book


class PlanError(UserFacingError):
    """A plan item or a plan change that cannot be right."""


# The reading side lives in store/checks.py; these names stay importable from here.
from grouptui.store.checks import (  # noqa: E402, F401
    BookView,
    CheckReport,
    Others,
    _save_rules,
    book_facts,
    book_rules,
    check_book,
    other_term_books,
    other_years_training,
    plan_standings,
    read_view,
    reset_rules,
    rule_results,
    set_rules,
    stored_rules,
)

# Validation -------------------------------------------------------------------------------


def parse_quarter(value: Any) -> int:
    """A quarter 1-4 given as a number or text."""
    text = str(value).strip()
    if text not in ("1", "2", "3", "4"):
        raise PlanError("plan_bad_quarter", value=text)
    return int(text)


def parse_form(text: str) -> str:
    """The form key ``text`` names (key, Chinese or English name)."""
    form = parse_choice(FORMS, text)
    if form is None:
        raise PlanError("plan_bad_form", value=text, names=Choices(FORMS))
    return form


def parse_status(text: str) -> str:
    """The plan status key ``text`` names."""
    status = parse_choice(PLAN_STATUS, text)
    if status is None:
        raise PlanError("plan_bad_status", value=text, names=Choices(PLAN_STATUS))
    return status


def parse_plan_date(text: str) -> date:
    """A ``YYYY-MM-DD`` date."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise PlanError("bad_date", value=text) from None


def check_when(
    year: int, quarter: int, month: int | None, day: date | None
) -> tuple[int | None, int | None]:
    """``(month, day)`` for an item of ``quarter``: the date inside the year and quarter."""
    if day is not None:
        if day.year != year:
            raise PlanError("date_outside_year", value=day.isoformat(), year=year)
        if quarter_of(day) != quarter:
            raise PlanError("plan_date_outside_quarter", value=day.isoformat(), quarter=quarter)
        if month is not None and month != day.month:
            raise PlanError("plan_month_date_differ", month=month, value=day.isoformat())
        return day.month, day.day
    if month is not None:
        if not 1 <= month <= 12:
            raise PlanError("plan_bad_month", value=month)
        if quarter_of_month(month) != quarter:
            raise PlanError("plan_month_outside_quarter", month=month, quarter=quarter)
    return month, None


def check_title(title: str) -> str:
    """The title, stripped; one line, not blank."""
    title = title.strip()
    if not title:
        raise PlanError("plan_title_empty")
    if any(c in title for c in "\r\n") or any(ord(c) < 32 and c != "\t" for c in title):
        raise PlanError("plan_title_bad")
    return title


def participants_for(book: Book, names: list[str]) -> list[str]:
    """``["all"]`` or the ids of the named deputies on the roster."""
    if not names or names == ["all"] or names == ["全体"]:
        return ["all"]
    from grouptui.domain.roster import find_by_name

    deputies = book.deputies.all()
    ids = []
    for name in names:
        deputy = find_by_name(deputies, name)
        if deputy is None:
            raise PlanError("deputy_not_found", name=name)
        ids.append(deputy.id)
    return ids


# Writing items ----------------------------------------------------------------------------


def add_item(
    book: Book,
    *,
    quarter: int,
    form: str,
    title: str,
    month: int | None = None,
    day: date | None = None,
    content: str = "",
    organiser: str = "",
    participants: list[str] | None = None,
) -> PlanItem:
    """Add one item to the plan (validated; nothing saved if anything is wrong)."""
    quarter = parse_quarter(quarter)
    month, day_n = check_when(book.meta.year, quarter, month, day)
    item = PlanItem(
        quarter=quarter,
        month=month,
        day=day_n,
        form=parse_form(form),
        title=check_title(title),
        content=content.strip(),
        organiser=organiser.strip(),
        participants=participants or ["all"],
    )
    return book.plan.save(item)


def edit_item(book: Book, item_id: str, **changes: Any) -> PlanItem:
    """Change fields of an item; ``month``/``day`` (a date) are checked against its quarter.

    ``changes`` may hold ``title``, ``content``, ``organiser``, ``form``, ``participants``,
    ``quarter``, ``month``, ``date`` (a ``date`` or None to clear it) and ``status``.
    """
    item = book.plan.find(item_id)
    year = book.meta.year
    quarter = parse_quarter(changes.get("quarter", item.quarter))
    if "date" in changes:
        day = changes["date"]
        month = changes.get("month", day.month if day is not None else item.month)
        month, day_n = check_when(year, quarter, month, day)
    elif "month" in changes:
        # a new month drops the old day: 31 March moved to April is no date at all
        month, day_n = check_when(year, quarter, changes["month"], None)
    elif "quarter" in changes:
        month, day = _fit(item, quarter, year)
        month, day_n = check_when(year, quarter, month, day)
    else:
        month, day_n = item.month, item.day
    new = replace(
        item,
        quarter=quarter,
        month=month,
        day=day_n,
        title=check_title(changes["title"]) if "title" in changes else item.title,
        content=changes["content"].strip() if "content" in changes else item.content,
        organiser=changes["organiser"].strip() if "organiser" in changes else item.organiser,
        form=parse_form(changes["form"]) if "form" in changes else item.form,
        participants=changes.get("participants") or item.participants,
        status=parse_status(changes["status"]) if "status" in changes else item.status,
    )
    return book.plan.save(new)


def _fit(item: PlanItem, quarter: int, year: int) -> tuple[int | None, date | None]:
    """The month and date an item keeps when moved to ``quarter`` (dropped if outside)."""
    day = item_date(item, year)
    if day is not None and quarter_of(day) == quarter:
        return day.month, day
    if item.month is not None and quarter_of_month(item.month) == quarter:
        return item.month, None
    return None, None


def move_item(book: Book, item_id: str, quarter: Any) -> PlanItem:
    """Move an item to another quarter; a month or date outside it is dropped."""
    return edit_item(book, item_id, quarter=parse_quarter(quarter))


def set_status(book: Book, item_id: str, status: str) -> PlanItem:
    """Mark an item planned, done, postponed or cancelled."""
    item = book.plan.find(item_id)
    return book.plan.save(replace(item, status=parse_status(status)))


def delete_item(book: Book, item_id: str) -> PlanItem:
    """Delete an item (a tombstone; records linked to it keep their link, shown as such)."""
    item = book.plan.find(item_id)
    return book.plan.delete(item.id)


# Templates -------------------------------------------------------------------------------


def template_items(
    name: str, *, group: str = "", township: str = "", year: int | None = None
) -> tuple[Any, list[PlanItem], dict[str, Any]]:
    """The template ``name``, its items and its validated rule overrides.

    With ``year``, the items' text is the book's: the seed's 2024 becomes ``year`` and
    its "***镇" the township (the book's, else from the group's name), or a mark of what
    is left to fill (:func:`grouptui.domain.plan_templates.fill_text`).

    :class:`PlanError` (missing, malformed, or a rule value that cannot be right) before
    anything is written.
    """
    from grouptui.domain.plan_templates import TemplateError, load_template, township_of

    try:
        template = load_template(name)
    except TemplateError as exc:
        raise PlanError(exc.key, **exc.params) from None
    if year is not None:
        template = template.filled(township=township_of(group, township), year=year)
    items = []
    try:
        for n, raw in enumerate(template.items):
            quarter = parse_quarter(raw["quarter"])
            month = raw.get("month")
            day = raw.get("day")
            if month is not None:
                check_when(2000, quarter, int(month), None)
            if day is not None and (month is None or not 1 <= int(day) <= 31):
                raise ValueError("day")
            people = raw.get("participants") or "all"
            items.append(
                PlanItem(
                    quarter=quarter,
                    month=month,
                    day=day,
                    form=parse_form(str(raw.get("form") or "other")),
                    title=check_title(str(raw["title"])),
                    content=str(raw.get("content") or ""),
                    organiser=str(raw.get("organiser") or ""),
                    participants=["all"],
                    participants_note="" if people == "all" else str(people),
                    template=f"{name}:{n}",
                )
            )
        rules = validate_rules(dict(template.rules))
    except (PlanError, RulesError, ValueError, TypeError, KeyError):
        raise PlanError("template_malformed", name=name) from None
    return template, items, rules


def apply_template(book: Book, name: str, *, replace_plan: bool = False) -> list[PlanItem]:
    """Add a template's items and rule overrides to the book, in one write.

    A book whose plan already has items is refused unless ``replace_plan`` (the old
    items are deleted in the same write).
    """
    meta = book.meta
    template, items, rules = template_items(
        name, group=meta.group, township=meta.township, year=meta.year
    )
    existing = book.plan.all()
    if existing and not replace_plan:
        raise PlanError("plan_not_empty", count=len(existing))
    stored = stored_rules(book)
    merged = validate_rules({**stored, **rules})
    with book.transaction():
        for item in existing:
            book.plan.delete(item.id)
        saved = book.plan.save_many(items)
        if rules:
            _save_rules(book, merged)
        book.update_meta(template=name)
    return saved


# A record from a plan item --------------------------------------------------------------


def carry_forward(items: list[PlanItem]) -> list[PlanItem]:
    """Next year's draft of a plan: new items, all "planned"; cancelled ones left behind.

    Month and day are kept (a date that does not exist next year, 29 February, keeps only
    its month); links to this year's records stay behind with the records.
    """
    out = []
    for p in items:
        if p.status == "cancelled" or p.deleted:
            continue
        day = p.day
        if p.month == 2 and day == 29:
            day = None
        out.append(
            PlanItem(
                quarter=p.quarter,
                month=p.month,
                day=day,
                form=p.form,
                title=p.title,
                content=p.content,
                participants=list(p.participants),
                organiser=p.organiser,
                template=p.template,
                participants_note=p.participants_note,
            )
        )
    return out
