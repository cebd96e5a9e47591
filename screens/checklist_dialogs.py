"""Dialogs of the checklist screen: a plan item's form, and its quarter and date.

The item form is the dialog kit's :class:`~grouptui.widgets.form_dialog.FormDialog`. It
does not write: it hands the typed values to a ``save`` callback (the screen's, which calls
the plan service) and shows the error that callback raises under the fields, so a bad value
keeps the dialog open and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from grouptui.domain.checklist import item_date
from grouptui.domain.models import PlanItem
from grouptui.domain.quarters import quarter_of
from grouptui.domain.vocab import FORMS, label
from grouptui.i18n import get_language, t
from grouptui.widgets.form_dialog import Field, FormDialog

#: what the item form hands to its ``save`` callback.
ItemValues = dict[str, Any]


def plan_item_dialog(
    *,
    year: int,
    save: Callable[[ItemValues], None],
    item: PlanItem | None = None,
    quarter: int = 1,
) -> FormDialog:
    """The dialog kit's form to add or edit a plan item: quarter, month, date, form, title,
    content, organiser. It hands the typed values to ``save`` (the screen's, which calls
    the plan service); the error ``save`` raises is shown under the fields and the dialog
    stays open. Dismisses with True once saved, None when left."""
    lang = get_language()
    when = ""
    if item is not None and item.month and item.day:
        when = f"{year}-{item.month:02d}-{item.day:02d}"

    def submit(values: ItemValues) -> bool:
        values = {**values, "form": str(values["form"])}
        save(values)
        return True

    fields = [
        Field(
            "quarter", t("col_quarter"), value=str(item.quarter if item else quarter), max_length=1
        ),
        Field(
            "month",
            t("checklist_field_month"),
            value="" if item is None or not item.month else str(item.month),
            max_length=2,
        ),
        Field("date", t("checklist_field_date"), value=when, placeholder="YYYY-MM-DD"),
        Field(
            "form",
            t("col_form"),
            kind="select",
            value=item.form if item is not None else "other",
            options=[(label(FORMS, key, lang), key) for key in FORMS],
        ),
        Field("title", t("col_title"), value=item.title if item else ""),
        Field("content", t("checklist_field_content"), value=item.content if item else ""),
        Field("organiser", t("checklist_field_organiser"), value=item.organiser if item else ""),
    ]
    title = t("checklist_edit_title") if item is not None else t("checklist_add_title")
    return FormDialog(title, fields, submit, focus="title", grid=True)


def when_dialog(
    *,
    title: str,
    year: int,
    item: PlanItem,
    quarter: int,
    save: Callable[[int, date | None], None],
) -> FormDialog:
    """The form that moves or postpones an item: the quarter and the new date in it.

    The date is asked, not dropped: a date outside the quarter is refused under the fields
    (the plan service's sentence) and nothing is saved; left empty, the item has no date.
    ``save`` gets the quarter and the date; the dialog dismisses with True once saved.
    """
    from grouptui.store.plan import parse_plan_date, parse_quarter

    current = item_date(item, year)
    when = current.isoformat() if current is not None and quarter_of(current) == quarter else ""

    def submit(values: ItemValues) -> bool:
        new_quarter = parse_quarter(values["quarter"])
        text = str(values["date"]).strip()
        save(new_quarter, parse_plan_date(text) if text else None)
        return True

    fields = [
        Field("quarter", t("col_quarter"), value=str(quarter), max_length=1),
        Field(
            "date",
            t("checklist_field_new_date"),
            value=when,
            placeholder=t("checklist_date_hint", year=year),
        ),
    ]
    return FormDialog(title, fields, submit, focus="date")


def parse_dialog_values(values: ItemValues) -> dict[str, Any]:
    """The dialog's text turned into the plan service's arguments (errors as PlanError)."""
    from grouptui.domain.numbers import int_in
    from grouptui.store.plan import PlanError, parse_plan_date, parse_quarter

    month_text = values["month"].strip().removesuffix("月")
    month: int | None = None
    if month_text:
        month = int_in(month_text, 1, 12)
        if month is None:
            raise PlanError("plan_bad_month", value=values["month"])
    day: date | None = parse_plan_date(values["date"]) if values["date"].strip() else None
    return {
        "quarter": parse_quarter(values["quarter"]),
        "month": month,
        "date": day,
        "form": values["form"],
        "title": values["title"],
        "content": values["content"],
        "organiser": values["organiser"],
    }
