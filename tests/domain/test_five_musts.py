"""The five musts (五个有) of records and plan items."""

from __future__ import annotations

from datetime import date

from grouptui.domain.checklist import five_musts, item_musts, record_gaps, standings
from grouptui.domain.models import ActivityRecord, FollowUp, Note, PlanItem


def full_record(**kw) -> ActivityRecord:
    values = dict(
        date=date(2026, 5, 15),
        form="inspection",
        theme="视察基层信访工作",
        minutes="代表们实地查看了信访接待大厅。",
        summary="达到预期目的。",
    )
    values.update(kw)
    return ActivityRecord(**values)


ITEM = PlanItem(quarter=2, month=5, day=15, form="inspection", title="视察基层信访工作")


def musts(record, plan=(ITEM,), followups=(), notes=()):
    return five_musts(record, plan=plan, followups=followups, notes=notes)


def test_complete_record_has_all_five():
    record = full_record(plan_id=ITEM.id)
    assert musts(record).missing() == []
    assert musts(record).as_dict() == {
        "planned": True,
        "content": True,
        "record": True,
        "summary": True,
        "follow_up": True,
    }


def test_record_without_summary():
    assert musts(full_record(summary="  ")).missing() == ["summary"]


def test_planned_by_link_or_by_form_in_the_same_quarter():
    assert musts(full_record(plan_id=ITEM.id), plan=[ITEM]).planned
    assert musts(full_record(), plan=[ITEM]).planned  # same form, same quarter
    assert not musts(full_record(date=date(2026, 8, 1)), plan=[ITEM]).planned
    assert not musts(full_record(form="forum"), plan=[ITEM]).planned
    cancelled = PlanItem(quarter=2, form="inspection", title="x", status="cancelled")
    assert not musts(full_record(plan_id=cancelled.id), plan=[cancelled]).planned
    deleted = PlanItem(quarter=2, form="inspection", title="x", deleted=True)
    assert not musts(full_record(plan_id=deleted.id), plan=[deleted]).planned


def test_unlinked_record_on_the_last_day_of_march_is_planned_by_a_q1_item():
    q1 = PlanItem(quarter=1, form="study", title="集中学习代表法")
    last_of_march = full_record(date=date(2026, 3, 31), form="study")
    assert musts(last_of_march, plan=[q1]).planned
    assert musts(full_record(date=date(2026, 1, 1), form="study"), plan=[q1]).planned
    assert not musts(full_record(date=date(2026, 4, 1), form="study"), plan=[q1]).planned


def test_content_and_record_from_minutes_or_notes():
    bare = full_record(minutes="")
    assert musts(bare).missing() == ["content", "record"]
    note = Note(record_id=bare.id, at="2026-05-15T09:00:00", text="现场")
    assert musts(bare, notes=[note]).missing() == ["content"]
    other = Note(record_id="someone-else", at="2026-05-15T09:00:00", text="现场")
    assert "record" in musts(bare, notes=[other]).missing()
    assert "content" in musts(full_record(theme=" ")).missing()


def test_follow_up_only_when_problems_were_found():
    assert musts(full_record(problems="")).follow_up
    found = full_record(problems="道路积水")
    assert musts(found).missing() == ["follow_up"]
    open_item = FollowUp(record_id=found.id, what="督促修缮")
    assert not musts(found, followups=[open_item]).follow_up
    moving = FollowUp(record_id=found.id, what="督促修缮", status="in_progress")
    assert musts(found, followups=[moving]).follow_up
    answered = FollowUp(record_id=found.id, what="督促修缮", result="已修好")
    assert musts(found, followups=[answered]).follow_up
    # every follow-up must be tracked, not just one
    assert not musts(found, followups=[moving, open_item]).follow_up
    gone = FollowUp(record_id=found.id, what="x", status="done", deleted=True)
    assert not musts(found, followups=[gone]).follow_up


def test_item_musts_from_linked_records():
    assert item_musts(ITEM, records=[], followups=[], notes=[], plan=[ITEM]).missing() == [
        "content",
        "record",
        "summary",
        "follow_up",
    ]
    good = full_record(plan_id=ITEM.id)
    no_summary = full_record(plan_id=ITEM.id, summary="")
    m = item_musts(ITEM, records=[good, no_summary], followups=[], notes=[], plan=[ITEM])
    assert m.missing() == ["summary"]


def test_standings_overdue_and_deleted_records():
    gone = full_record(plan_id=ITEM.id, deleted=True)
    rows = standings([ITEM], [gone], [], [], year=2026, as_of=date(2026, 5, 16))
    assert rows[0].records == ()
    assert rows[0].deleted_records == (gone.id,)
    assert rows[0].overdue
    assert not standings([ITEM], [], [], [], year=2026, as_of=date(2026, 5, 15))[0].overdue
    done = PlanItem(quarter=2, month=5, day=15, form="inspection", title="x", status="done")
    assert not standings([done], [], [], [], year=2026, as_of=date(2026, 6, 1))[0].overdue


def test_record_gaps_up_to_as_of():
    a = full_record(summary="")
    b = full_record(date=date(2026, 6, 1), summary="")
    gaps = record_gaps([a, b], plan=[ITEM], followups=[], notes=[], as_of=date(2026, 5, 31))
    assert [(r.id, m.missing()) for r, m in gaps] == [(a.id, ["summary"])]
