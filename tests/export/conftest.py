"""Books for the export tests: one full of nasty text, one empty (readers: tests.support.exported)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.support.data import NASTY, NOW
from tests.support.exported import LONG_MINUTES, RECORD_DATES, VOTER_CONTACT


@pytest.fixture
def nasty_book(book_path: Path) -> Path:
    """The small book plus records, attendance, follow-ups, voters, duty and suggestions
    whose text is every NASTY string (and 50,000 characters of minutes)."""
    from grouptui.domain.models import (
        ActivityRecord,
        Attendance,
        DutyEntry,
        FollowUp,
        PlanItem,
        Suggestion,
        VoterVisit,
        derived_id,
    )
    from grouptui.store.book import Book

    with Book.open(book_path, write=True, device="dev-test", clock=lambda: NOW) as book:
        deputies = {d.name: d for d in book.deputies.all()}
        zhang, li, wang = deputies["张三"], deputies["李四"], deputies["王五"]
        with book.transaction():
            plan = book.plan.save(
                PlanItem(quarter=2, month=5, form="inspection", title="视察农村饮水安全" + NASTY[1])
            )
            records = []
            for n, day in enumerate(RECORD_DATES):
                nasty = NASTY[n % len(NASTY)]
                records.append(
                    ActivityRecord(
                        date=day,
                        start="09:00",
                        end="11:30",
                        place=f"镇政府会议室{nasty}",
                        form="voter_reception" if n == 0 else "inspection",
                        theme=f"第{n}号主题{nasty}",
                        organiser="镇人大主席团",
                        recorder=li.id,
                        plan_id=plan.id if day.month == 5 else "",
                        minutes=LONG_MINUTES if n == 2 else "\n".join(NASTY),
                        voter_opinions="群众意见" + NASTY[4],
                        problems="问题" + NASTY[0],
                        summary="小结" + NASTY[2],
                    )
                )
            records = book.records.save_many(records)
            marks, duty = [], []
            for record in records:
                for deputy, status in ((zhang, "present"), (li, "leave"), (wang, "absent")):
                    marks.append(
                        Attendance(
                            id=derived_id("attendance", record.id, deputy.id),
                            record_id=record.id,
                            deputy_id=deputy.id,
                            status=status,
                            leave_reason="外出务工[1]" if status == "leave" else "",
                            approved_by="镇人大主席" if status == "leave" else "",
                        )
                    )
                duty.append(
                    DutyEntry(
                        deputy_id=zhang.id,
                        date=record.date,
                        category="voter_reception"
                        if record.form == "voter_reception"
                        else "inspection",
                        text=record.theme,
                        hours=2.5,
                        record_id=record.id,
                        auto=True,
                    )
                )
                book.followups.save(
                    FollowUp(
                        record_id=record.id,
                        what="督促整改" + NASTY[3],
                        responsible="镇政府",
                        due=date(2026, 12, 31),
                        result=NASTY[7],
                    )
                )
            duty.append(
                DutyEntry(
                    deputy_id=li.id,
                    date=date(2026, 3, 1),
                    category="training",
                    text="初任培训" + NASTY[5],
                    hours=8,
                )
            )
            duty.append(
                DutyEntry(
                    deputy_id=li.id,
                    date=date(2026, 6, 1),
                    category="suggestion",
                    text="提出建议",
                    hours=1,
                )
            )
            book.attendance.save_many(marks)
            book.duty.save_many(duty)
            book.voters.save(
                VoterVisit(
                    record_id=records[0].id,
                    name="赵华",
                    village="东风村",
                    contact=VOTER_CONTACT,
                    raised="反映道路积水" + NASTY[8],
                )
            )
            book.suggestions.save_many(
                [
                    Suggestion(
                        title=f"建议{n}{nasty}",
                        content=nasty,
                        proposers=[zhang.id, li.id],
                        date=date(2026, 1 + n % 12, 1),
                        unit="镇政府",
                        status="answered",
                        reply="已答复" + nasty,
                        satisfaction="satisfied",
                    )
                    for n, nasty in enumerate([*NASTY, "=1+1", "@SUM(A1)", "测" * 40_000])
                ]
            )
    return book_path


@pytest.fixture
def export_dir(tmp_path: Path) -> Path:
    """An empty folder for the files."""
    out = tmp_path / "out"
    out.mkdir()
    return out
