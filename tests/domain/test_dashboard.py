"""The home screen's figures (grouptui.domain.dashboard): pure functions of objects and a date."""

from __future__ import annotations

from datetime import date

from grouptui.domain.dashboard import (
    build_dashboard,
    due_soon,
    open_followups,
    plan_progress,
)
from grouptui.domain.models import ActivityRecord, BookMeta, FollowUp, PlanItem, Suggestion

META = BookMeta(schema=1, book_id="b", group="新河镇第一代表小组", township="新河镇", year=2026)


def test_plan_item_is_done_by_status_or_by_a_live_record() -> None:
    by_status = PlanItem(quarter=2, month=4, title="学习代表法", status="done")
    by_record = PlanItem(quarter=2, month=5, day=15, title="视察信访工作")
    by_deleted_record = PlanItem(quarter=2, month=6, title="防汛视察")
    open_item = PlanItem(quarter=2, title="走访选民")
    cancelled = PlanItem(quarter=2, title="取消的", status="cancelled")
    other_quarter = PlanItem(quarter=3, title="三季度", status="done")
    records = [
        ActivityRecord(date=date(2026, 5, 15), theme="视察", plan_id=by_record.id),
        ActivityRecord(
            date=date(2026, 6, 1), theme="删掉的", plan_id=by_deleted_record.id, deleted=True
        ),
    ]
    progress = plan_progress(
        [open_item, by_deleted_record, by_record, by_status, cancelled, other_quarter],
        records,
        2,
        date(2026, 6, 30),
    )
    assert progress.total == 4
    assert progress.done == 2
    # Dated items first, in date order; undated last.
    assert [line.item.title for line in progress.lines] == [
        "学习代表法",
        "视察信访工作",
        "防汛视察",
        "走访选民",
    ]
    assert [line.done for line in progress.lines] == [True, True, False, False]


def test_due_soon_lists_reception_report_prep_and_plan_items_in_date_order() -> None:
    today = date(2026, 8, 5)
    plan = [
        PlanItem(quarter=3, month=8, day=25, form="inspection", title="视察救灾物资发放"),
        PlanItem(quarter=3, month=9, title="九月某事"),  # month only: due 30 September
        PlanItem(quarter=3, month=8, day=1, title="已过去"),
        PlanItem(quarter=3, month=8, day=20, title="已完成", status="done"),
        PlanItem(quarter=3, title="没有日期"),
    ]
    due = due_soon(plan, [], today, year=2026)
    # The window ends on 4 September: the September reception and the month-only item
    # (due 30 September) are not in it yet.
    assert [(d.when, d.kind) for d in due] == [
        (date(2026, 8, 10), "reception"),
        (date(2026, 8, 25), "plan"),
        (date(2026, 8, 30), "report_prep"),
    ]
    month_only = [d for d in due_soon(plan, [], date(2026, 9, 11), year=2026) if d.item]
    assert [(d.when, d.month_only) for d in month_only] == [(date(2026, 9, 30), True)]


def test_due_window_is_thirty_days_inclusive() -> None:
    assert [d.when for d in due_soon([], [], date(2026, 5, 10))] == [date(2026, 5, 10)]
    assert [d.when for d in due_soon([], [], date(2026, 5, 11))] == [date(2026, 6, 10)]


def test_reception_left_out_when_held_or_planned_that_month() -> None:
    today = date(2026, 5, 1)
    held = ActivityRecord(date=date(2026, 5, 3), form="voter_reception", theme="接待")
    assert due_soon([], [held], today) == ()
    planned = PlanItem(quarter=2, month=5, day=10, form="voter_reception", title="5月接待选民日")
    due = due_soon([planned], [], today)
    assert [(d.kind, d.item.title if d.item else "") for d in due] == [("plan", "5月接待选民日")]


def test_report_prep_left_out_once_reported_and_outside_window() -> None:
    plan: list[PlanItem] = []
    reported = ActivityRecord(date=date(2026, 7, 20), form="report_to_voters", theme="述职")
    kinds = [d.kind for d in due_soon(plan, [reported], date(2026, 8, 15))]
    assert "report_prep" not in kinds
    assert "report_prep" in [d.kind for d in due_soon(plan, [], date(2026, 8, 15))]
    assert "report_prep" not in [d.kind for d in due_soon(plan, [], date(2026, 7, 1))]


def test_concentrated_reception_day_and_year_end_wrap() -> None:
    due = due_soon([], [], date(2026, 11, 20), year=2026)
    assert [(d.when, d.kind) for d in due] == [
        (date(2026, 12, 1), "concentrated_day"),
        (date(2026, 12, 10), "reception"),
    ]
    wrap = due_soon([], [], date(2026, 12, 20), year=2026)
    assert [(d.when, d.kind) for d in wrap] == [(date(2027, 1, 10), "reception")]


def test_open_followups_sorted_by_due_date() -> None:
    items = [
        FollowUp(record_id="r", what="无期限"),
        FollowUp(record_id="r", what="已办结", status="done", due=date(2026, 1, 1)),
        FollowUp(record_id="r", what="六月", due=date(2026, 6, 1), status="in_progress"),
        FollowUp(record_id="r", what="三月", due=date(2026, 3, 1)),
        FollowUp(record_id="r", what="删掉", due=date(2026, 3, 1), deleted=True),
    ]
    assert [f.what for f in open_followups(items)] == ["三月", "六月", "无期限"]


def test_build_dashboard_sums_everything_up() -> None:
    today = date(2026, 5, 20)
    plan = [
        PlanItem(quarter=2, month=5, day=15, title="视察", status="done"),
        PlanItem(quarter=2, month=6, day=5, title="防汛视察"),
        PlanItem(quarter=1, month=3, day=15, title="学习"),
    ]
    records = [
        ActivityRecord(date=date(2026, 5, 15), theme="视察"),
        ActivityRecord(date=date(2026, 3, 15), theme="学习"),
        ActivityRecord(date=date(2026, 4, 2), theme="删", deleted=True),
    ]
    followups = [
        FollowUp(record_id="r", what="逾期", due=date(2026, 5, 1)),
        FollowUp(record_id="r", what="未到期", due=date(2026, 7, 1)),
    ]
    suggestions = [
        Suggestion(title="a"),
        Suggestion(title="b", status="answered"),
        Suggestion(title="c", status="in_progress"),
    ]
    board = build_dashboard(
        META,
        plan=plan,
        records=records,
        followups=followups,
        suggestions=suggestions,
        conflicts=3,
        today=today,
    )
    assert (board.group, board.year, board.quarter) == ("新河镇第一代表小组", 2026, 2)
    assert (board.plan.done, board.plan.total) == (1, 2)
    assert [(d.when, d.kind) for d in board.due] == [
        (date(2026, 6, 5), "plan"),
        (date(2026, 6, 10), "reception"),
    ]
    assert [f.what for f in board.open_followups] == ["逾期", "未到期"]
    assert board.overdue_followups == 1
    assert board.waiting_suggestions == 2
    assert (board.records_total, board.records_quarter) == (2, 1)
    assert board.conflicts == 3
