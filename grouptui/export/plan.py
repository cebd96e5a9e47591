"""The quarterly plan and its checklist (代表小组分季活动计划及落实情况): a Doc and Sheets.

Plan items by quarter with their status, the records carried out under them and their
five musts (五个有); the activities held outside the plan; and the activities that still
lack one of the five musts. The musts, and whether an item is overdue, are computed by
:mod:`grouptui.domain.checklist` exactly as the checklist screen and ``grouptui check``
compute them, as of the export's date, and named with the checklist's words.
"""

from __future__ import annotations

from collections.abc import Iterable

from grouptui.domain.checklist import MUSTS, FiveMusts, ItemStanding, record_gaps, standings
from grouptui.domain.models import ActivityRecord, PlanItem
from grouptui.domain.quarters import quarter_of
from grouptui.domain.vocab import FORMS, PLAN_STATUS, label
from grouptui.export.model import Doc, Grid, Heading, Para, Sheet
from grouptui.export.record_book import cover, quarter_name
from grouptui.export.register_form import subtitle
from grouptui.export.view import BookView
from grouptui.i18n import fmt_date, get_language, join_words, t


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


def _flat(grouped: dict[str, list]) -> Iterable:
    return (row for rows in grouped.values() for row in rows)


def item_standings(view: BookView) -> dict[str, ItemStanding]:
    """Every plan item's records, five musts and overdue flag, by item id.

    The whole year's plan and records are judged (a quarter's item may have been carried
    out in another quarter), as of the day of the export.
    """
    found = standings(
        view.all_plan.values(),
        view.all_records.values(),
        _flat(view.followups),
        _flat(view.notes),
        year=view.meta.year,
        as_of=view.now.date(),
    )
    return {s.item.id: s for s in found}


def musts_gaps(view: BookView) -> list[tuple[ActivityRecord, FiveMusts]]:
    """The records shown (up to the export's date) still lacking one of the five musts."""
    return record_gaps(
        view.records,
        plan=view.all_plan.values(),
        followups=_flat(view.followups),
        notes=_flat(view.notes),
        as_of=view.now.date(),
    )


def missing_text(musts: FiveMusts) -> str:
    """The musts still lacking in the checklist's words, or "none"."""
    missing = musts.missing()
    if not missing:
        return t("musts_all_done")
    return join_words(t(f"must_{m}") for m in missing)


def status_text(item: PlanItem, standing: ItemStanding | None) -> str:
    """The item's status on the export's day, with "overdue" when its date passed
    without a record."""
    status = standing.status if standing is not None else item.status
    text = label(PLAN_STATUS, status, get_language())
    if standing is not None and standing.overdue:
        text += t("plan_overdue_suffix")
    return text


def _item_missing(standing: ItemStanding | None) -> str:
    return missing_text(standing.musts) if standing is not None else ""


def plan_grid(view: BookView, items: list[PlanItem], found: dict[str, ItemStanding]) -> Grid:
    """One quarter's plan items: status, the records that carried them out, musts missing."""
    lang = get_language()
    rows = [
        [
            when(i),
            label(FORMS, i.form, lang),
            "\n".join(p for p in (i.title, i.content) if p),
            i.organiser,
            status_text(i, found.get(i.id)),
            done_text(view, i),
            _item_missing(found.get(i.id)),
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
            t("col_missing"),
        ],
        rows=rows,
        weights=[2.2, 2.4, 4.8, 2.2, 2.4, 4.0, 2.8],
    )


def gaps_grid(gaps: list[tuple[ActivityRecord, FiveMusts]]) -> Grid:
    """Activities with the musts each still lacks."""
    lang = get_language()
    return Grid(
        header=[t("export_h_date"), t("export_h_form"), t("export_h_theme"), t("col_missing")],
        rows=[
            [fmt_date(r.date), label(FORMS, r.form, lang), r.theme, missing_text(m)]
            for r, m in gaps
        ],
        weights=[3, 3, 6, 4],
        caption=t("check_gaps_title"),
    )


def plan_doc(view: BookView) -> Doc:
    """The plan by quarter with each item's musts, the unplanned activities, the gaps."""
    title = t("export_title_plan")
    doc = Doc(title)
    doc.add(*cover(view, title))
    if not view.plan and not view.records:
        doc.add(Para(t("export_empty_plan")))
        return doc
    found = item_standings(view)
    gaps = musts_gaps(view)
    today = view.now.date()
    lang = get_language()
    for quarter in _quarters(view):
        doc.add(Heading(quarter_name(quarter), level=1))
        items = [i for i in view.plan if i.quarter == quarter]
        if items:
            doc.add(plan_grid(view, items, found))
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
        lacking = [(r, m) for r, m in gaps if quarter_of(r.date) == quarter]
        if lacking:
            doc.add(gaps_grid(lacking))
        elif any(r.date <= today for r in records):
            doc.add(Para(t("check_no_gaps")))
    return doc


def plan_sheet(view: BookView) -> Sheet:
    """The plan as one table, every quarter (or the one asked for), with the five musts."""
    lang = get_language()
    found = item_standings(view)
    rows: list[list[str | int | float]] = []
    for i in view.plan:
        standing = found.get(i.id)
        musts = [
            t("checklist_yes")
            if standing is not None and getattr(standing.musts, m)
            else t("checklist_no")
            for m in MUSTS
        ]
        rows.append(
            [
                quarter_name(i.quarter),
                when(i),
                label(FORMS, i.form, lang),
                i.title,
                i.content,
                i.organiser,
                status_text(i, standing),
                done_text(view, i),
                *musts,
            ]
        )
    header = [
        t("export_h_quarter"),
        t("export_h_when"),
        t("export_h_form"),
        t("export_h_activity"),
        t("export_h_plan_detail"),
        t("export_h_organiser"),
        t("export_h_status"),
        t("export_h_done"),
    ]
    groups = [("", 1)] * len(header) + [(t("export_h_five_musts"), len(MUSTS))]
    return Sheet(
        title=t("export_title_plan"),
        subtitle=subtitle(view),
        header=header + [t(f"must_{m}") for m in MUSTS],
        rows=rows,
        groups=groups,
        name=t("export_sheet_plan"),
        note="" if rows else t("export_empty_plan"),
    )


def gaps_sheet(view: BookView) -> Sheet:
    """The activities shown that still lack one of the five musts, as a second sheet."""
    lang = get_language()
    rows: list[list[str | int | float]] = [
        [n, fmt_date(r.date), label(FORMS, r.form, lang), r.theme, missing_text(m)]
        for n, (r, m) in enumerate(musts_gaps(view), 1)
    ]
    return Sheet(
        title=t("check_gaps_title"),
        subtitle=subtitle(view),
        header=[
            t("export_h_no"),
            t("export_h_date"),
            t("export_h_form"),
            t("export_h_theme"),
            t("col_missing"),
        ],
        rows=rows,
        numeric={0},
        name=t("export_sheet_gaps"),
        note="" if rows else t("check_no_gaps"),
    )


def plan_sheets(view: BookView) -> list[Sheet]:
    """The plan workbook: the plan with its musts, then the activities' gaps."""
    return [plan_sheet(view), gaps_sheet(view)]
