"""The plan export shows the five musts (五个有) as the checklist computes them.

A small book whose musts are worked out by hand below, read back from .docx, .xlsx and
.json; and the demo book, whose every plan item and gap must agree with
``grouptui plan list --json`` and ``grouptui check --json`` on the same day.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest

from grouptui.domain.models import ActivityRecord, FollowUp, Note, PlanItem
from grouptui.store.book import Book
from tests.support.data import NOW
from tests.support.exported import export

ALL_BUT_PLANNED = "内容、记录、小结、追踪"


@pytest.fixture
def musts_book(book_path: Path, monkeypatch) -> Path:
    """Three plan items and three records; exported as of NOW (2026-05-20):

    - plan "学习《代表法》" (Q1, 3月15日, study): no record, its day has passed: overdue,
      and every must but "planned" missing.
    - plan "视察农村饮水安全" (Q2, 5月, inspection), carried out by record A.
    - plan "座谈：河道治理" (Q2, 6月30日, forum): no record yet, not overdue.
    - record A (5月12日, inspection, linked): theme, minutes, summary, a problem with a
      follow-up in progress: all five musts.
    - record B (5月18日, research, not linked, no research item in Q2): a theme but no
      minutes, one quick note, no summary, a problem with no follow-up: lacks
      计划、内容、小结、追踪 (the note is its record).
    - record C (8月1日, visit, nothing written): not held yet, so not judged.
    """
    monkeypatch.setenv("GROUPTUI_NOW", NOW.isoformat())
    with Book.open(book_path, write=True, device="dev-test", clock=lambda: NOW) as book:
        book.plan.save(PlanItem(quarter=1, month=3, day=15, form="study", title="学习《代表法》"))
        inspect = book.plan.save(
            PlanItem(quarter=2, month=5, form="inspection", title="视察农村饮水安全")
        )
        book.plan.save(PlanItem(quarter=2, month=6, day=30, form="forum", title="座谈：河道治理"))
        a = book.records.save(
            ActivityRecord(
                date=date(2026, 5, 12),
                form="inspection",
                theme="视察水厂",
                plan_id=inspect.id,
                minutes="查看水厂。",
                summary="水质达标。",
                problems="管网老化",
            )
        )
        book.followups.save(FollowUp(record_id=a.id, what="更换管网", status="in_progress"))
        b = book.records.save(
            ActivityRecord(
                date=date(2026, 5, 18), form="research", theme="调研河道", problems="垃圾堆积"
            )
        )
        book.notes.save(Note(record_id=b.id, at="2026-05-18T10:00:00", text="河边有垃圾"))
        book.records.save(ActivityRecord(date=date(2026, 8, 1), form="visit", theme="走访"))
    return book_path


def _table(document, header: list[str]) -> list:
    """Every table whose header row is ``header``."""
    return [t for t in document.tables if [c.text for c in t.rows[0].cells] == header]


def _body(table) -> list[list[str]]:
    return [[c.text for c in row.cells] for row in table.rows[1:]]


PLAN_HEADER = ["时间", "形式", "活动内容", "组织者", "状态", "落实情况", "五个有缺项"]
GAPS_HEADER = ["日期", "形式", "主题", "五个有缺项"]


def test_docx_shows_each_items_musts_and_each_records_gaps(
    cli, musts_book: Path, export_dir: Path
) -> None:
    result = export(cli, musts_book, export_dir, "--what", "plan")
    assert result.code == 0, result.err
    document = docx.Document(str(Path(result.out.strip())))
    q1, q2 = _table(document, PLAN_HEADER)
    assert _body(q1) == [
        [
            "3月15日",
            "学习培训",
            "学习《代表法》",
            "",
            "计划中（已过期）",
            "尚无活动记录",
            ALL_BUT_PLANNED,
        ]
    ]
    assert _body(q2) == [
        ["5月", "视察", "视察农村饮水安全", "", "已完成", "2026年5月12日 视察水厂", "无"],
        ["6月30日", "座谈", "座谈：河道治理", "", "计划中", "尚无活动记录", ALL_BUT_PLANNED],
    ]
    (gaps,) = _table(document, GAPS_HEADER)  # Q2 only: C (August) is not held yet
    assert _body(gaps) == [["2026年5月18日", "调研", "调研河道", "计划、内容、小结、追踪"]]
    text = "\n".join(p.text for p in document.paragraphs)
    assert "“五个有”尚缺的活动" in text
    assert "所有活动的“五个有”均已齐全" not in text  # Q3's only record is still to come


def test_docx_says_when_every_activity_has_its_musts(
    cli, musts_book: Path, export_dir: Path
) -> None:
    with Book.open(musts_book, write=True, clock=lambda: NOW) as book:
        b = next(r for r in book.records.all() if r.theme == "调研河道")
        book.records.delete(b.id)
    result = export(cli, musts_book, export_dir, "--what", "plan", "--quarter", "2")
    assert result.code == 0, result.err
    document = docx.Document(str(Path(result.out.strip())))
    assert not _table(document, GAPS_HEADER)
    assert "所有活动的“五个有”均已齐全。" in [p.text for p in document.paragraphs]


def test_xlsx_has_the_five_musts_and_a_sheet_of_gaps(
    cli, musts_book: Path, export_dir: Path
) -> None:
    result = export(cli, musts_book, export_dir, "--what", "plan", "--format", "xlsx")
    assert result.code == 0, result.err
    workbook = openpyxl.load_workbook(Path(result.out.strip()))
    assert workbook.sheetnames == ["活动计划", "五个有缺项"]
    plan, gaps = workbook.worksheets
    assert plan["I3"].value == "“五个有”" and "I3:M3" in {str(r) for r in plan.merged_cells.ranges}
    assert [plan.cell(row=4, column=c).value for c in range(9, 14)] == [
        "计划",
        "内容",
        "记录",
        "小结",
        "追踪",
    ]
    rows = {
        plan.cell(row=r, column=4).value: [plan.cell(row=r, column=c).value for c in range(7, 14)]
        for r in range(5, plan.max_row + 1)
    }
    assert rows == {
        "学习《代表法》": ["计划中（已过期）", "尚无活动记录", "有", "缺", "缺", "缺", "缺"],
        "视察农村饮水安全": ["已完成", "2026年5月12日 视察水厂", "有", "有", "有", "有", "有"],
        "座谈：河道治理": ["计划中", "尚无活动记录", "有", "缺", "缺", "缺", "缺"],
    }
    assert gaps["A1"].value == "“五个有”尚缺的活动"
    assert [c.value for c in gaps[3]] == ["序号", "日期", "形式", "主题", "五个有缺项"]
    assert [c.value for c in gaps[4]] == [
        1,
        "2026年5月18日",
        "调研",
        "调研河道",
        "计划、内容、小结、追踪",
    ]
    assert gaps.max_row == 4
    assert gaps.page_setup.orientation == "landscape" and gaps.print_title_rows == "$3:$3"


def test_english_words_are_the_checklists(cli, musts_book: Path, export_dir: Path) -> None:
    result = cli(
        "--book", musts_book, "--lang", "en", "export", "--out", export_dir,
        "--what", "plan", "--quarter", "2",
    )  # fmt: skip
    assert result.code == 0, result.err
    document = docx.Document(str(Path(result.out.strip())))
    (gaps,) = [t for t in document.tables if t.rows[0].cells[-1].text == "Musts missing"][-1:]
    assert _body(gaps)[0][-1] == "planned, content, summary, follow-up"


def test_json_plan_items_carry_their_musts(cli, musts_book: Path, export_dir: Path) -> None:
    result = export(cli, musts_book, export_dir, "--what", "plan", "--format", "json")
    assert result.code == 0, result.err
    data = json.loads(Path(result.out.strip()).read_text(encoding="utf-8"))
    by_title = {p["title"]: p for p in data["plan"]}
    assert by_title["学习《代表法》"]["overdue"] is True
    assert by_title["学习《代表法》"]["missing"] == ["content", "record", "summary", "follow_up"]
    assert by_title["视察农村饮水安全"]["musts"] == dict.fromkeys(
        ["planned", "content", "record", "summary", "follow_up"], True
    )
    assert by_title["座谈：河道治理"]["overdue"] is False


def test_demo_book_agrees_with_plan_list_and_check(
    cli, demo_book: Path, export_dir: Path, monkeypatch
) -> None:
    monkeypatch.setenv("GROUPTUI_NOW", "2026-10-08T09:00:00")
    listed = json.loads(cli("--book", demo_book, "plan", "list", "--json").out)
    checked = json.loads(cli("--book", demo_book, "check", "--json").out)
    result = export(cli, demo_book, export_dir, "--what", "plan", "--format", "xlsx")
    assert result.code == 0, result.err
    plan, gaps = openpyxl.load_workbook(Path(result.out.strip())).worksheets

    words = {"有": True, "缺": False}
    shown = sorted(
        (
            plan.cell(row=r, column=4).value,
            tuple(words[plan.cell(row=r, column=c).value] for c in range(9, 14)),
        )
        for r in range(5, plan.max_row + 1)
    )
    expected = sorted(
        (
            p["title"],
            tuple(p["musts"][m] for m in ("planned", "content", "record", "summary", "follow_up")),
        )
        for p in listed
    )
    assert shown == expected
    assert any(not all(m) for _, m in shown) and any(all(m) for _, m in shown)

    themes = [gaps.cell(row=r, column=4).value for r in range(4, gaps.max_row + 1)]
    assert themes == [a["theme"] for a in checked["activities"]]
    assert len(themes) > 3
