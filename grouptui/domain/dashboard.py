"""What the home screen shows, computed from domain objects and a date (no I/O, no UI).

The CLI and other screens can reuse these figures: this quarter's plan and how much of it
is done, what falls due in the next days (the monthly voter reception, the 述职
preparations, dated plan items), open follow-ups, suggestions still waiting for an
answer. Everything here takes plain lists of domain objects and ``today``; callers read
the book and pass the number of unresolved merge conflicts in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import field
from datetime import date, timedelta

from grouptui.domain.checklist import item_status
from grouptui.domain.lazy_dataclass import lazy_dataclass
from grouptui.domain.models import ActivityRecord, BookMeta, FollowUp, PlanItem, Suggestion
from grouptui.domain.quarters import days_in_month, quarter_of

#: How far ahead the home screen looks for things that fall due.
DUE_WINDOW_DAYS = 30
#: Day of the month of the voter reception (每月10日接待选民).
RECEPTION_DAY = 10
#: The 述职 preparations must be done by this (month, day) (8月30日前做好准备).
REPORT_PREP_DEADLINE = (8, 30)
#: The concentrated reception and visit day (12月1日集中接待走访日).
CONCENTRATED_DAY = (12, 1)
#: Suggestion statuses that still wait for the handling unit.
WAITING_SUGGESTION = ("submitted", "assigned", "in_progress")


@lazy_dataclass(frozen=True)
class PlanLine:
    """One plan item of the quarter and whether it is done."""

    item: PlanItem
    done: bool


@lazy_dataclass(frozen=True)
class PlanProgress:
    """The plan of one quarter: its items (in date order) and how many are done."""

    quarter: int
    lines: tuple[PlanLine, ...] = ()

    @property
    def total(self) -> int:
        """Number of plan items in the quarter (cancelled ones excluded)."""
        return len(self.lines)

    @property
    def done(self) -> int:
        """Number of them that are done."""
        return sum(1 for line in self.lines if line.done)


@lazy_dataclass(frozen=True)
class DueItem:
    """Something that falls due on ``when``.

    ``kind`` is ``"reception"`` (the monthly voter reception), ``"report_prep"`` (述职
    preparations), ``"concentrated_day"`` (the 1 December reception day) or ``"plan"`` (a
    dated plan item, then ``item`` is set). ``month_only`` means the plan names a month
    but no day, and ``when`` is the last day of that month.
    """

    when: date
    kind: str
    item: PlanItem | None = None
    month_only: bool = False


@lazy_dataclass(frozen=True)
class Dashboard:
    """Everything the home screen shows about a book on a given day."""

    group: str
    township: str
    year: int
    today: date
    quarter: int
    plan: PlanProgress
    due: tuple[DueItem, ...] = ()
    open_followups: tuple[FollowUp, ...] = ()
    overdue_followups: int = 0
    waiting_suggestions: int = 0
    records_total: int = 0
    records_quarter: int = 0
    conflicts: int = 0
    #: ids of the plan items that a live record points to (for other screens).
    done_plan_ids: frozenset[str] = field(default_factory=frozenset)


def done_plan_ids(
    plan: Iterable[PlanItem], records: Iterable[ActivityRecord], as_of: date
) -> frozenset[str]:
    """Ids of the plan items done on ``as_of`` (:func:`checklist.item_status`)."""
    by_item: dict[str, list[ActivityRecord]] = {}
    for r in records:
        if r.plan_id and not r.deleted:
            by_item.setdefault(r.plan_id, []).append(r)
    return frozenset(p.id for p in plan if item_status(p, by_item.get(p.id, ()), as_of) == "done")


def _plan_sort_key(item: PlanItem) -> tuple[int, int, int, str]:
    return (item.quarter, item.month or 13, item.day or 32, item.title)


def plan_progress(
    plan: Sequence[PlanItem], records: Sequence[ActivityRecord], quarter: int, as_of: date
) -> PlanProgress:
    """The plan items of ``quarter`` (cancelled ones left out) and which are done on ``as_of``."""
    done = done_plan_ids(plan, records, as_of)
    items = sorted(
        (p for p in plan if p.quarter == quarter and not p.deleted and p.status != "cancelled"),
        key=_plan_sort_key,
    )
    return PlanProgress(quarter, tuple(PlanLine(p, p.id in done) for p in items))


def plan_date(item: PlanItem, year: int) -> tuple[date, bool] | None:
    """When a plan item falls due in ``year``: (date, month_only), or None if undated."""
    if not item.month or not 1 <= item.month <= 12:
        return None
    last = days_in_month(year, item.month)
    if item.day:
        return date(year, item.month, min(max(item.day, 1), last)), False
    return date(year, item.month, last), True


def due_soon(
    plan: Sequence[PlanItem],
    records: Sequence[ActivityRecord],
    today: date,
    *,
    year: int | None = None,
    days: int = DUE_WINDOW_DAYS,
) -> tuple[DueItem, ...]:
    """What falls due from ``today`` to ``today + days`` (inclusive), in date order.

    Plan items are dated in the book's ``year`` (default: today's). A plan item already
    done is left out; so is the monthly reception of a month that already has a voter
    reception record, or whose reception the plan lists itself; the 述职 preparations are
    left out once a 述职 record exists.
    """
    year = today.year if year is None else year
    end = today + timedelta(days=days)
    live_records = [r for r in records if not r.deleted]
    done = done_plan_ids(plan, live_records, today)
    found: list[DueItem] = []
    planned_receptions: set[tuple[int, int]] = set()
    for item in plan:
        if item.deleted or item.status == "cancelled":
            continue
        dated = plan_date(item, year)
        if dated is None:
            continue
        when, month_only = dated
        if item.form == "voter_reception":
            planned_receptions.add((when.year, when.month))
        if item.id in done or not today <= when <= end:
            continue
        found.append(DueItem(when, "plan", item, month_only))
    held = {(r.date.year, r.date.month) for r in live_records if r.form == "voter_reception"}
    for when in _monthly(today, end, RECEPTION_DAY):
        key = (when.year, when.month)
        if key not in held and key not in planned_receptions:
            found.append(DueItem(when, "reception"))
    reported = any(r.form == "report_to_voters" and r.date.year == year for r in live_records)
    deadline = date(year, *REPORT_PREP_DEADLINE)
    if not reported and today <= deadline <= end:
        found.append(DueItem(deadline, "report_prep"))
    concentrated = date(year, *CONCENTRATED_DAY)
    if today <= concentrated <= end:
        found.append(DueItem(concentrated, "concentrated_day"))
    order = {"plan": 0, "reception": 1, "report_prep": 2, "concentrated_day": 3}
    found.sort(key=lambda d: (d.when, order[d.kind], d.item.title if d.item else ""))
    return tuple(found)


def _monthly(start: date, end: date, day: int) -> list[date]:
    """Every ``day``-th of a month between ``start`` and ``end`` (inclusive)."""
    out = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        when = date(year, month, min(day, days_in_month(year, month)))
        if start <= when <= end:
            out.append(when)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def open_followups(followups: Iterable[FollowUp]) -> tuple[FollowUp, ...]:
    """Follow-ups not yet done, the ones due soonest first (undated ones last)."""
    live = [f for f in followups if not f.deleted and f.status != "done"]
    live.sort(key=lambda f: (f.due is None, f.due or date.max, f.what))
    return tuple(live)


def build_dashboard(
    meta: BookMeta,
    *,
    plan: Sequence[PlanItem],
    records: Sequence[ActivityRecord],
    followups: Sequence[FollowUp],
    suggestions: Sequence[Suggestion] = (),
    conflicts: int = 0,
    today: date,
) -> Dashboard:
    """The home screen's figures for a book on ``today``."""
    quarter = quarter_of(today)
    live_records = [r for r in records if not r.deleted]
    followups_open = open_followups(followups)
    return Dashboard(
        group=meta.group,
        township=meta.township,
        year=meta.year,
        today=today,
        quarter=quarter,
        plan=plan_progress(plan, live_records, quarter, today),
        due=due_soon(plan, live_records, today, year=meta.year),
        open_followups=followups_open,
        overdue_followups=sum(1 for f in followups_open if f.due is not None and f.due < today),
        waiting_suggestions=sum(
            1 for s in suggestions if not s.deleted and s.status in WAITING_SUGGESTION
        ),
        records_total=len(live_records),
        records_quarter=sum(
            1 for r in live_records if r.date.year == meta.year and quarter_of(r.date) == quarter
        ),
        conflicts=conflicts,
        done_plan_ids=done_plan_ids(plan, live_records, today),
    )
