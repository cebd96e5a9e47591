"""The quarterly plan and its checklist (代表小组分季活动计划及落实情况): a Doc and a Sheet.

Plan items by quarter with their status and the records carried out under them; the
activities held outside the plan; and, when ``grouptui.domain.checklist`` provides
``five_musts``, which of the five musts (五个有) each activity still lacks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from grouptui.domain.models import ActivityRecord, PlanItem
from grouptui.domain.vocab import FORMS, PLAN_STATUS, label
from grouptui.export.model import Doc, Grid, Heading, Para, Sheet
from grouptui.export.record_book import cover, quarter_name
from grouptui.export.register_form import subtitle
from grouptui.export.view import BookView, quarter_of
from grouptui.i18n import fmt_date, get_language, t

MUST_KEYS = (
    "export_must_plan",
    "export_must_content",
    "export_must_record",
    "export_must_summary",
    "export_must_tracking",
)


def when(item: PlanItem) -> str:
    """When a plan item is due: 3月15日, 3月, or "" (some time in its quarter)."""
    if item.month and item.day:
        return t("export_plan_month_day", m=item.month, d=item.day)
    if item.month:
        return t("export_plan_month", m=item.month)
    return ""


def done_text(view: BookView, item: PlanItem) -> str:
    """The records carried out under ``item``, one a line, or "no record yet"."""
    records = view.linked_records(item)
    if not records:
        return t("export_plan_no_record")
    return "\n".join(f"{fmt_date(r.date)} {r.theme}" for r in records)


def _quarters(view: BookView) -> list[int]:
    return [view.filters.quarter] if view.filters.quarter is not None else [1, 2, 3, 4]


def _five_musts() -> Callable[..., Any] | None:
    """``grouptui.domain.checklist.five_musts`` when that module exists."""
    try:
        from grouptui.domain import checklist  # type: ignore[attr-defined]
    except ImportError:
        return None
    return getattr(checklist, "five_musts", None)


def missing_musts(fn: Callable[..., Any], record: ActivityRecord) -> str | None:
    """The musts ``fn`` says ``record`` lacks, as words; None if its answer is not understood.

    Accepted answers: a mapping of must -> met, or a sequence of five booleans in the
    order of DOMAIN.md.
    """
    try:
        result = fn(record)
    except TypeError:
        return None
    if isinstance(result, Mapping):
        missing = [str(k) for k, ok in result.items() if not ok]
    elif isinstance(result, Sequence) and len(result) == len(MUST_KEYS):
        missing = [t(k) for k, ok in zip(MUST_KEYS, result, strict=True) if not ok]
    else:
        return None
    return "、".join(missing) if missing else t("export_musts_all_met")


def plan_grid(view: BookView, items: list[PlanItem]) -> Grid:
    """One quarter's plan items with status and the records that carried them out."""
    lang = get_language()
    rows = [
        [
            when(i),
            label(FORMS, i.form, lang),
            "\n".join(p for p in (i.title, i.content) if p),
            i.organiser,
            label(PLAN_STATUS, i.status, lang),
            done_text(view, i),
        ]
        for i in items
    ]
    return Grid(
        header=[
            t("export_h_when"),
            t("export_h_form"),
            t("export_h_activity"),
            t("export_h_organiser"),
            t("export_h_status"),
            t("export_h_done"),
        ],
        rows=rows,
        weights=[2.2, 2.6, 5.5, 2.6, 2.0, 4.5],
    )


def plan_doc(view: BookView) -> Doc:
    """The plan by quarter, the unplanned activities, and the five musts when known."""
    title = t("export_title_plan")
    doc = Doc(title)
    doc.add(*cover(view, title))
    if not view.plan and not view.records:
        doc.add(Para(t("export_empty_plan")))
        return doc
    musts = _five_musts()
    lang = get_language()
    for quarter in _quarters(view):
        doc.add(Heading(quarter_name(quarter), level=1))
        items = [i for i in view.plan if i.quarter == quarter]
        if items:
            doc.add(plan_grid(view, items))
        else:
            doc.add(Para(t("export_plan_quarter_empty")))
        records = [r for r in view.records if quarter_of(r.date) == quarter]
        unplanned = [r for r in records if r.plan_id not in view.all_plan]
        if unplanned:
            doc.add(
                Grid(
                    header=[t("export_h_date"), t("export_h_form"), t("export_h_theme")],
                    rows=[
                        [fmt_date(r.date), label(FORMS, r.form, lang), r.theme] for r in unplanned
                    ],
                    weights=[3, 3, 9],
                    caption=t("export_unplanned_caption"),
                )
            )
        if musts is not None and records:
            rows = [[fmt_date(r.date), r.theme, missing_musts(musts, r) or ""] for r in records]
            if any(row[2] for row in rows):
                doc.add(
                    Grid(
                        header=[t("export_h_date"), t("export_h_theme"), t("export_h_musts")],
                        rows=rows,
                        weights=[3, 7, 5],
                        caption=t("export_musts_caption"),
                    )
                )
    return doc


def plan_sheet(view: BookView) -> Sheet:
    """The plan as one table, every quarter (or the one asked for)."""
    lang = get_language()
    rows: list[list[str | int | float]] = [
        [
            quarter_name(i.quarter),
            when(i),
            label(FORMS, i.form, lang),
            i.title,
            i.content,
            i.organiser,
            label(PLAN_STATUS, i.status, lang),
            done_text(view, i),
        ]
        for i in view.plan
    ]
    return Sheet(
        title=t("export_title_plan"),
        subtitle=subtitle(view),
        header=[
            t("export_h_quarter"),
            t("export_h_when"),
            t("export_h_form"),
            t("export_h_activity"),
            t("export_h_content"),
            t("export_h_organiser"),
            t("export_h_status"),
            t("export_h_done"),
        ],
        rows=rows,
        name=t("export_sheet_plan"),
        note="" if rows else t("export_empty_plan"),
    )
