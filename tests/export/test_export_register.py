"""The registration form in Excel holds what ``grouptui register`` and its screen show.

Read back with openpyxl and compared with ``grouptui register --json`` on the demo book,
with the register screen's cells, and with numbers counted by hand on a small book
(an earlier year's book beside it, a remark, a scoring rule, a quarter).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from grouptui.domain.models import ActivityRecord, Deputy, DutyEntry, Suggestion
from grouptui.domain.vocab import DUTY_CATEGORIES, SATISFACTION, SUGGESTION_STATUS
from grouptui.store.book import Book
from tests.support.data import NOW
from tests.support.duty_seed import attend
from tests.support.exported import export

#: The column names as the register screen shows them, in Chinese, after 序号.
ZH_COLUMNS = [
    "姓名",
    "性别",
    "出生年月",
    "民族",
    "政治面貌",
    "单位及职务",
    "任职时间",
    "人代会",
    "学习",
    "视察",
    "调研",
    "执法检查",
    "评议",
    "接待",
    "联系选民",
    "提建议",
    "述职次数",
    "其他",
    "参加接待日",
    "建议数",
    "办理情况",
    "培训天数",
    "届内培训",
    "述职",
    "满意度",
]
FIRST_ROW = 5  # title, subtitle, two header rows


def _names(ws) -> list[str]:
    """Each column's name: the second header row, or the first where it spans both."""
    return [
        ws.cell(row=4, column=c).value or ws.cell(row=3, column=c).value
        for c in range(1, ws.max_column + 1)
    ]


def _rows(ws) -> list[list]:
    """The body rows (the note under the table left out)."""
    out = []
    for r in range(FIRST_ROW, ws.max_row + 1):
        if not isinstance(ws.cell(row=r, column=1).value, int):
            break
        out.append([ws.cell(row=r, column=c).value for c in range(1, ws.max_column + 1)])
    return out


def _note(ws) -> str:
    return ws.cell(row=ws.max_row, column=1).value


def _as_text(value) -> str:
    """A cell as the screen writes it: 1.5, 2 (not 2.0), "" for an empty cell."""
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def _counts_text(vocab: dict, counts: dict[str, int]) -> str:
    return " ".join(f"{vocab[k][0]}{n}" for k, n in counts.items() if n)


def _register_xlsx(cli, book: Path, out: Path, *args: str):
    result = export(cli, book, out, "--what", "register", *args)
    assert result.code == 0, result.err
    return openpyxl.load_workbook(Path(result.out.strip())).active


@pytest.fixture
def scored_demo(cli, demo_book: Path) -> Path:
    """The demo book with a remark and a scoring rule, so every column is filled."""
    doc = json.loads(cli("--book", demo_book, "register", "--json").out)
    first = doc["rows"][0]["name"]
    assert cli("--book", demo_book, "register", "remark", first, "[bold]外出务工[/bold]").code == 0
    set_rule = ("scoring", "set", "inspection", "--base", "2", "--repeat", "0.5", "--cap", "5")
    assert cli("--book", demo_book, *set_rule).code == 0
    return demo_book


def test_demo_book_xlsx_equals_register_json(cli, scored_demo: Path, export_dir: Path) -> None:
    res = cli("--book", scored_demo, "register", "--json")
    assert res.code == 0, res.err
    doc = json.loads(res.out)
    assert doc["scored"] is True
    ws = _register_xlsx(cli, scored_demo, export_dir)

    assert _names(ws) == ["序号", *ZH_COLUMNS, "积分", "备注"]
    assert ws["I3"].value == "履职记录（条）"
    rows = _rows(ws)
    assert len(rows) == len(doc["rows"]) == 12
    k = len(DUTY_CATEGORIES)
    for n, (cells, expected) in enumerate(zip(rows, doc["rows"], strict=True), 1):
        assert cells[0] == n
        name = expected["name"]
        assert cells[1] == (name if expected["active"] else f"{name}（离任）")
        c = 2 + 6  # after the profile: 性别 … 任职时间
        assert cells[c : c + k] == [expected["counts"][cat] for cat in DUTY_CATEGORIES]
        assert all(isinstance(v, int) for v in cells[c : c + k])  # numbers, not text
        rest = cells[c + k :]
        assert rest == [
            expected["receptions"],
            expected["suggestions"],
            _counts_text(SUGGESTION_STATUS, expected["handling"]),
            expected["training_days"],
            expected["term_training_days"],
            "是" if expected["reported_to_voters"] else "否",
            _counts_text(SATISFACTION, expected["satisfaction"]),
            expected["score"],
            expected["remarks"] or None,  # an empty cell reads back as None
        ]
    assert rows[0][-1] == "[bold]外出务工[/bold]"
    assert not doc["rows"][-1]["active"]  # the demo's deputy who left comes last
    assert any(r[-2] == 5 for r in rows)  # the cap of the inspection rule
    assert _note(ws) == "同一文件夹里没有往年的账册，届内培训天数只计 2026 年。"


async def test_demo_book_xlsx_cells_are_the_register_screens(
    cli, scored_demo: Path, export_dir: Path
) -> None:
    from textual.widgets import DataTable

    from grouptui.app import make_app

    ws = _register_xlsx(cli, scored_demo, export_dir)
    app = make_app(scored_demo, lang="zh", clock=lambda: NOW, start="register")
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.screen.query_one("#reg-table", DataTable)
        headings = [str(c.label) for c in table.columns.values()]
        screen = [[str(c) for c in table.get_row_at(i)] for i in range(table.row_count)]
    assert _names(ws)[1:] == headings
    assert [[_as_text(v) for v in row[1:]] for row in _rows(ws)] == screen


@pytest.fixture
def counted_book(book_path: Path) -> Path:
    """A year counted by hand in the tests below, with last year's book beside it.

    - 2025 (its own book): 张三 attended a 2-day training.
    - 2026-02-10 voter reception: 张三 present, 李四 late, 王五 absent.
    - 2026-03-05 study of 1.5 days: 张三 present, 李四 on leave.
    - 2026-07-01 study of 1 day: 张三 and 王五 present.
    - typed duties: 张三 inspections 04-01 and 05-01, report to voters 09-05;
      李四 a suggestion 06-01.
    - suggestions: 张三 + 李四 (06-01, answered, satisfied); 李四 (08-01, submitted).
    - remark for 王五; scoring: inspection 2 points, 1 for each further one.
    """
    from grouptui.domain.scoring import CategoryRule, ScoringRules
    from grouptui.store.register import save_scoring, set_remark

    old = book_path.parent / "新河镇第一代表小组-2025.json"
    with Book.create(old, group="新河镇第一代表小组", year=2025, clock=lambda: NOW) as book:
        zhang_2025 = book.deputies.save(Deputy(name="张三"))  # another id: matched by name
        study = book.records.save(
            ActivityRecord(date=date(2025, 6, 1), form="study", theme="培训", training_days=2)
        )
        attend(book, study, zhang_2025.id)

    with Book.open(book_path, write=True, device="dev-test", clock=lambda: NOW) as book:
        ids = {d.name: d.id for d in book.deputies.all()}
        zhang, li, wang = ids["张三"], ids["李四"], ids["王五"]
        reception = book.records.save(
            ActivityRecord(date=date(2026, 2, 10), form="voter_reception", theme="2月接待日")
        )
        march = book.records.save(
            ActivityRecord(date=date(2026, 3, 5), form="study", theme="学习", training_days=1.5)
        )
        july = book.records.save(
            ActivityRecord(date=date(2026, 7, 1), form="study", theme="专题学习", training_days=1)
        )
        attend(book, reception, zhang)
        attend(book, reception, li, "late")
        attend(book, reception, wang, "absent")
        attend(book, march, zhang)
        attend(book, march, li, "leave")
        attend(book, july, zhang)
        attend(book, july, wang)
        book.duty.save_many(
            [
                DutyEntry(deputy_id=zhang, date=date(2026, 4, 1), category="inspection", text="a"),
                DutyEntry(deputy_id=zhang, date=date(2026, 5, 1), category="inspection", text="b"),
                DutyEntry(
                    deputy_id=zhang, date=date(2026, 9, 5), category="report_to_voters", text="c"
                ),
                DutyEntry(deputy_id=li, date=date(2026, 6, 1), category="suggestion", text="d"),
            ]
        )
        book.suggestions.save_many(
            [
                Suggestion(
                    title="修路",
                    proposers=[zhang, li],
                    date=date(2026, 6, 1),
                    status="answered",
                    satisfaction="satisfied",
                ),
                Suggestion(title="路灯", proposers=[li], date=date(2026, 8, 1)),
            ]
        )
        set_remark(book, "王五", "外出务工")
        save_scoring(
            book, ScoringRules({"inspection": CategoryRule(base=2, repeat=1)}, total_cap=None)
        )
    return book_path


def _by_name(ws) -> dict[str, dict[str, object]]:
    names = _names(ws)
    return {row[1]: dict(zip(names, row, strict=True)) for row in _rows(ws)}


def test_small_book_counted_by_hand(cli, counted_book: Path, export_dir: Path) -> None:
    ws = _register_xlsx(cli, counted_book, export_dir)
    rows = _by_name(ws)
    assert list(rows) == ["张三", "李四", "王五"]
    zhang, li, wang = rows["张三"], rows["李四"], rows["王五"]
    # 张三: two attendance entries (reception, two studies) come from attend(); typed: 3
    assert (zhang["视察"], zhang["述职次数"], zhang["学习"], zhang["接待"]) == (2, 1, 2, 1)
    assert (zhang["参加接待日"], zhang["建议数"], zhang["办理情况"]) == (1, 1, "已答复1")
    assert (zhang["培训天数"], zhang["届内培训"], zhang["述职"]) == (2.5, 4.5, "是")
    assert (zhang["满意度"], zhang["积分"], zhang["备注"]) == ("满意1", 3, None)
    # 李四: late at the reception still counts; on leave from the study does not
    assert (li["接待"], li["提建议"], li["学习"], li["参加接待日"]) == (1, 1, 0, 1)
    assert (li["建议数"], li["办理情况"], li["满意度"]) == (2, "提出1 已答复1", "满意1")
    assert (li["培训天数"], li["届内培训"], li["述职"], li["积分"]) == (0, 0, "否", 0)
    # 王五: absent from the reception, at the July study, a remark
    assert (wang["参加接待日"], wang["培训天数"], wang["届内培训"]) == (0, 1, 1)
    assert (wang["建议数"], wang["办理情况"], wang["备注"]) == (0, None, "外出务工")
    assert _note(ws) == "届内培训天数自 2025 年起计，已读取 2025 年的账册。"


def test_small_book_second_quarter(cli, counted_book: Path, export_dir: Path) -> None:
    ws = _register_xlsx(cli, counted_book, export_dir, "--quarter", "2")
    rows = _by_name(ws)
    zhang, li = rows["张三"], rows["李四"]
    # April-June: the two inspections, the June suggestion; no reception, no training
    assert (zhang["视察"], zhang["述职次数"], zhang["参加接待日"]) == (2, 0, 0)
    assert (zhang["建议数"], li["建议数"], li["办理情况"]) == (1, 1, "已答复1")
    assert (zhang["培训天数"], zhang["积分"]) == (0, 3)
    # the term so far: 2025's 2 days and March's 1.5 (the July study comes later)
    assert zhang["届内培训"] == 3.5
    assert "第二季度" in ws["A2"].value


def test_one_deputy_and_english(cli, counted_book: Path, export_dir: Path) -> None:
    res = cli("--book", counted_book, "--lang", "en", "export", "--out", export_dir)
    assert res.code == 0, res.err
    ws = _register_xlsx(cli, counted_book, export_dir / "one", "--deputy", "李四")
    assert [row[1] for row in _rows(ws)] == ["李四"]
    english = next(export_dir.glob("*registration-form.xlsx"))
    ws = openpyxl.load_workbook(english).active
    names = _names(ws)
    # nobody on this roster has a profile: only the term is shown of it
    assert names[:4] == ["No.", "Name", "Term", "Session"]
    assert names[-3:] == ["Satisfaction", "Score", "Remarks"]
    assert ws["D3"].value == "Duty log entries"
    li = _by_name(ws)["李四"]
    assert li["Handling"] == "submitted 1, answered 1" and li["Reported"] == "no"


def test_json_register_rows_are_register_json_rows(
    cli, counted_book: Path, export_dir: Path
) -> None:
    expected = json.loads(cli("--book", counted_book, "register", "--json").out)
    res = export(cli, counted_book, export_dir, "--what", "register", "--format", "json")
    assert res.code == 0, res.err
    data = json.loads(Path(res.out.strip()).read_text(encoding="utf-8"))
    for row, want in zip(data["register"], expected["rows"], strict=True):
        assert row["deputy"] == want["name"]
        assert row["total"] == sum(want["counts"].values())
        assert {k: v for k, v in row.items() if k not in ("deputy", "total")} == want
    assert data["register_term"] == {
        "term_start": 2025,
        "years_found": [2025],
        "years_missing": [],
        "scored": True,
    }
