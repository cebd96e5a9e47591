"""The five musts (五个有) of every activity, computed from what the book holds.

Pure: no file, no UI. The checklist screen and ``grouptui check`` both call
:func:`five_musts` for a record and :func:`item_musts` for a plan item; nothing here is
typed by hand.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import TypeVar

from grouptui.domain.lazy_dataclass import lazy_dataclass
from grouptui.domain.models import ActivityRecord, FollowUp, Note, PlanItem
from grouptui.domain.quarters import days_in_month, quarter_bounds, quarter_of

#: The five musts in the order the seeds list them.
MUSTS = ("planned", "content", "record", "summary", "follow_up")


@lazy_dataclass(frozen=True)
class FiveMusts:
    """Which of the five musts an activity has (True) or still lacks (False)."""

    planned: bool
    content: bool
    record: bool
    summary: bool
    follow_up: bool

    def missing(self) -> list[str]:
        """The names (``MUSTS``) of the musts still lacking, in order."""
        return [name for name in MUSTS if not getattr(self, name)]

    def as_dict(self) -> dict[str, bool]:
        """``{must: done}`` in order (for --json)."""
        return {name: getattr(self, name) for name in MUSTS}


def five_musts(
    record: ActivityRecord,
    *,
    plan: Iterable[PlanItem],
    followups: Iterable[FollowUp],
    notes: Iterable[Note],
) -> FiveMusts:
    """The five musts of one activity record.

    ``plan`` is the book's live plan; ``followups`` and ``notes`` may be the whole book's
    (those of other records are ignored). Each must means exactly:

    - **planned** (全年活动有计划): ``record.plan_id`` names a live plan item that is not
      cancelled, or the plan holds a live, not cancelled item of the record's form in the
      record's quarter (an activity the plan announced without the two being linked).
    - **content** (每次活动有内容): the theme and the minutes are both non-blank.
    - **record** (活动过程有记录): the minutes are non-blank, or at least one live quick
      note was taken for the record (notes not yet folded into the minutes still count).
    - **summary** (活动结束有小结): the summary is non-blank.
    - **follow_up** (活动成效有追踪): if the record's "problems found" is blank there is
      nothing to follow up and this is done. Otherwise at least one live follow-up item
      exists for the record, and every one of them is being tracked: its status has moved
      beyond "open" or a result has been written.
    """
    live_plan = [p for p in plan if not p.deleted and p.status != "cancelled"]
    quarter = quarter_of(record.date)
    planned = any(p.id == record.plan_id for p in live_plan) if record.plan_id else False
    if not planned:
        planned = any(p.form == record.form and p.quarter == quarter for p in live_plan)
    mine = [f for f in followups if f.record_id == record.id and not f.deleted]
    if record.problems.strip():
        tracked = bool(mine) and all(f.status != "open" or f.result.strip() for f in mine)
    else:
        tracked = True
    has_notes = any(n.record_id == record.id and not n.deleted for n in notes)
    return FiveMusts(
        planned=planned,
        content=bool(record.theme.strip() and record.minutes.strip()),
        record=bool(record.minutes.strip()) or has_notes,
        summary=bool(record.summary.strip()),
        follow_up=tracked,
    )


#: a follow-up or a note: what belongs to one record.
_Row = TypeVar("_Row", FollowUp, Note)


def _by_record(rows: Iterable[_Row]) -> dict[str, list[_Row]]:
    """Follow-ups or notes grouped by record id (one pass, so a big book stays fast)."""
    out: dict[str, list[_Row]] = {}
    for row in rows:
        out.setdefault(row.record_id, []).append(row)
    return out


#: Statuses a record does not change: the officer called the item off, or declared it done.
SET_BY_HAND = ("cancelled", "done")


def item_status(item: PlanItem, records: Iterable[ActivityRecord], as_of: date) -> str:
    """The status a plan item has on ``as_of``: the one computation every screen, command
    and exported file shows (a key of ``vocab.PLAN_STATUS``).

    - cancelled, or marked done by hand: as set;
    - done once a live record carrying it out (``record.plan_id == item.id``) is dated on
      or before ``as_of``: the activity took place. A postponed item carried out at its
      new date is done too;
    - otherwise as set (planned or postponed): a record written ahead for a later day does
      not make it done before that day.
    """
    if item.status in SET_BY_HAND:
        return item.status
    held = any(r.plan_id == item.id and not r.deleted and r.date <= as_of for r in records)
    return "done" if held else item.status


@lazy_dataclass(frozen=True)
class ItemStanding:
    """A plan item on the checklist: its records and its five musts."""

    item: PlanItem
    #: live records carrying the item out (``record.plan_id == item.id``), by date.
    records: tuple[ActivityRecord, ...]
    #: ids of deleted records that were linked to it (shown as such).
    deleted_records: tuple[str, ...]
    musts: FiveMusts
    #: the item's date has passed, it is still "planned" and no record carries it out.
    overdue: bool
    #: the status it has on the day asked (:func:`item_status`).
    status: str = "planned"


def item_date(item: PlanItem, year: int) -> date | None:
    """The item's date if it has month and day; None otherwise (or if impossible)."""
    if item.month is None or item.day is None:
        return None
    try:
        return date(year, item.month, item.day)
    except ValueError:
        return None


def record_draft(item: PlanItem, year: int, on: date | None = None) -> ActivityRecord:
    """A new, unsaved activity record carrying out ``item``: form, theme, organiser, date
    and plan link filled in. It becomes a record only when the form is first saved.

    The date is ``on``, else the item's date, else the first day of its month or quarter.
    """
    first = date(year, item.month, 1) if item.month else quarter_bounds(year, item.quarter)[0]
    day = on or item_date(item, year) or first
    return ActivityRecord(
        date=day, form=item.form, theme=item.title, organiser=item.organiser, plan_id=item.id
    )


def item_deadline(item: PlanItem, year: int) -> date:
    """The last day the item can be carried out in its slot: its date, month or quarter."""
    exact = item_date(item, year)
    if exact is not None:
        return exact
    if item.month:
        return date(year, item.month, days_in_month(year, item.month))
    return quarter_bounds(year, item.quarter)[1]


def item_musts(
    item: PlanItem,
    *,
    records: Iterable[ActivityRecord],
    followups: Iterable[FollowUp] | dict[str, list[FollowUp]],
    notes: Iterable[Note] | dict[str, list[Note]],
    plan: Iterable[PlanItem],
) -> FiveMusts:
    """The five musts of a plan item: planned, and the rest from its linked records.

    ``records`` are the live records linked to the item; ``followups`` and ``notes`` may
    be given already grouped by record id. A must other than "planned" is
    done when every linked record has it; with no linked record yet, all four are missing.
    """
    linked = list(records)
    if not linked:
        return FiveMusts(True, False, False, False, False)
    plan = list(plan)
    follow_index = followups if isinstance(followups, dict) else _by_record(followups)
    note_index = notes if isinstance(notes, dict) else _by_record(notes)
    each = [
        five_musts(
            r, plan=plan, followups=follow_index.get(r.id, []), notes=note_index.get(r.id, [])
        )
        for r in linked
    ]
    return FiveMusts(
        planned=True,
        content=all(m.content for m in each),
        record=all(m.record for m in each),
        summary=all(m.summary for m in each),
        follow_up=all(m.follow_up for m in each),
    )


def standings(
    plan: Iterable[PlanItem],
    records: Iterable[ActivityRecord],
    followups: Iterable[FollowUp],
    notes: Iterable[Note],
    *,
    year: int,
    as_of: date,
) -> list[ItemStanding]:
    """Every live plan item with its records and musts, by quarter, date and title.

    ``records`` may include deleted ones: those linked to an item are reported in
    ``deleted_records`` so the screen can say the item's record was deleted.
    """
    plan = [p for p in plan if not p.deleted]
    follow_index = _by_record(followups)
    note_index = _by_record(notes)
    live: dict[str, list[ActivityRecord]] = {}
    gone_by: dict[str, list[str]] = {}
    for r in records:
        if r.plan_id:
            if r.deleted:
                gone_by.setdefault(r.plan_id, []).append(r.id)
            else:
                live.setdefault(r.plan_id, []).append(r)
    out = []
    for item in plan:
        mine = sorted(live.get(item.id, []), key=lambda r: r.date)
        gone = tuple(gone_by.get(item.id, []))
        musts = item_musts(item, records=mine, followups=follow_index, notes=note_index, plan=plan)
        status = item_status(item, mine, as_of)
        overdue = status == "planned" and not mine and item_deadline(item, year) < as_of
        out.append(ItemStanding(item, tuple(mine), gone, musts, overdue, status))
    out.sort(key=lambda s: _order(s.item))
    return out


def _order(item: PlanItem) -> tuple[int, int, int, str]:
    return (item.quarter, item.month or 3 * item.quarter, item.day or 32, item.title)


def record_gaps(
    records: Iterable[ActivityRecord],
    *,
    plan: Iterable[PlanItem],
    followups: Iterable[FollowUp],
    notes: Iterable[Note],
    as_of: date,
) -> list[tuple[ActivityRecord, FiveMusts]]:
    """Live records up to ``as_of`` that still lack one of the five musts, by date."""
    plan = list(plan)
    follow_index = _by_record(followups)
    note_index = _by_record(notes)
    out = []
    for record in sorted(records, key=lambda r: (r.date, r.theme)):
        if record.deleted or record.date > as_of:
            continue
        musts = five_musts(
            record,
            plan=plan,
            followups=follow_index.get(record.id, []),
            notes=note_index.get(record.id, []),
        )
        if musts.missing():
            out.append((record, musts))
    return out
