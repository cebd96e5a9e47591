"""A small book with known duties, for the registration-form and duty-screen tests.

Attendance and the automatic duty entries it creates are written the way the record
service writes them (derived ids, ``auto=True``), so these tests do not depend on it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from grouptui.domain.models import ActivityRecord, Attendance, DutyEntry, derived_id
from grouptui.domain.vocab import FORM_TO_DUTY
from tests.support.data import NOW


def attend(book, rec: ActivityRecord, deputy_id: str, status: str = "present", hours=2.0):
    """Mark ``deputy_id`` at ``rec``; present and late also log the duty automatically."""
    book.attendance.save(
        Attendance(
            id=derived_id("attendance", rec.id, deputy_id),
            record_id=rec.id,
            deputy_id=deputy_id,
            status=status,
        )
    )
    if status in ("present", "late"):
        book.duty.save(
            DutyEntry(
                id=derived_id("duty", rec.id, deputy_id),
                deputy_id=deputy_id,
                date=rec.date,
                category=FORM_TO_DUTY[rec.form],
                text=rec.theme,
                hours=hours,
                record_id=rec.id,
                auto=True,
            )
        )


def seed(path: Path) -> dict[str, str]:
    """Fill the ``book_path`` book (张三, 李四, 王五); returns names and record ids."""
    from grouptui.store.book import Book
    from grouptui.store.duty import add_entry
    from grouptui.store.suggestions import add_suggestion, set_status

    with Book.open(path, write=True, device="dev-test", clock=lambda: NOW) as book:
        ids = {d.name: d.id for d in book.deputies.all()}
        study = book.records.save(
            ActivityRecord(
                date=date(2026, 3, 15),
                form="study",
                theme="学习《代表法》",
                training_kind="duty",
                training_days=1.5,
            )
        )
        reception = book.records.save(
            ActivityRecord(date=date(2026, 4, 10), form="voter_reception", theme="4月接待选民日")
        )
        report = book.records.save(
            ActivityRecord(date=date(2026, 5, 8), form="report_to_voters", theme="向选民述职")
        )
        attend(book, study, ids["张三"])
        attend(book, study, ids["李四"], "late")
        attend(book, study, ids["王五"], "absent")
        attend(book, reception, ids["张三"], hours=3.0)
        attend(book, report, ids["李四"])
        add_entry(
            book,
            deputy="张三",
            day=date(2026, 2, 3),
            category="调研",
            text="走访东风村饮水工程",
            hours="4",
        )
        add_entry(
            book, deputy="张三", day=date(2026, 5, 12), category="inspection", text="查看河堤"
        )
        add_entry(
            book,
            deputy="王五",
            day=date(2026, 4, 20),
            category="联系选民",
            text="电话联系选民",
            hours="1.5",
        )
        first = add_suggestion(
            book, title="关于修缮东风村道路的建议", by=["张三", "李四"], unit="镇政府"
        )
        second = add_suggestion(book, title="关于增设路灯的建议", by=["李四"])
        set_status(book, first.id, "answered", reply="已列入计划")
        set_status(book, first.id, None, satisfaction="satisfied")
        set_status(book, second.id, "assigned")
    return {
        **ids,
        "study": study.id,
        "reception": reception.id,
        "report": report.id,
        "first": first.id,
        "second": second.id,
    }
