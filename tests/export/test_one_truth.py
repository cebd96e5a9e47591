"""One truth: every derived figure agrees across the CLI, the screens and every file (issue 13).

On the demo book, as of 8 October (records are dated through December, so some are still
to come), for every record, plan item and deputy:

- 应到/实到 (expected, present): ``record list --json``, ``record show --json``, the
  records screen's row, the record book in json, docx and md;
- a plan item's status and missing musts: ``plan list --json``, ``check --json``, the
  checklist screen, home (this quarter's ✓ and "已完成 x/y"), the plan in json, xlsx,
  docx and md;
- duty counts per deputy and category: ``register --json``, the register screen, the
  registration form in json and xlsx.

Each figure is computed once (``domain.turnout``, ``domain.checklist.item_status``,
``domain.register``); this test fails if any screen, command or file counts by itself.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pytest
from textual.widgets import DataTable

from grouptui.app import make_app
from grouptui.domain.vocab import DUTY_CATEGORIES, PLAN_STATUS
from grouptui.export.register_table import first_count
from tests.support.data import CliResult
from tests.support.shellkit import screen_text, until

AS_OF = "2026-10-08T09:00:00"
WORD = {key: zh for key, (zh, _en) in PLAN_STATUS.items()}
MUST_WORD = {"planned": "计划", "content": "内容", "record": "记录", "summary": "小结"}
MUST_WORD["follow_up"] = "追踪"

Cli = Callable[..., CliResult]


@pytest.fixture
def book(demo_book: Path, monkeypatch) -> Path:
    monkeypatch.setenv("GROUPTUI_NOW", AS_OF)
    return demo_book


def run_json(cli: Cli, book: Path, *args: str) -> Any:
    result = cli("--book", book, *args)
    assert result.code in (0, 1), result.err
    return json.loads(result.out)


def exported(cli: Cli, book: Path, out: Path, what: str, fmt: str) -> Path:
    folder = out / f"{what}-{fmt}"
    folder.mkdir(parents=True)
    result = cli("--book", book, "export", "--out", folder, "--what", what, "--format", fmt)
    assert result.code == 0, result.err
    return Path(result.out.strip())


def as_of() -> Callable[[], Any]:
    from datetime import datetime

    moment = datetime.fromisoformat(AS_OF)
    return lambda: moment


# Attendance ------------------------------------------------------------------------------


def test_expected_and_present_agree(cli: Cli, book: Path, tmp_path: Path) -> None:
    listed = {
        r["id"]: (r["expected"], r["came"]) for r in run_json(cli, book, "record", "list", "--json")
    }
    assert len(listed) > 50
    shown = {}
    for record_id in listed:
        full = run_json(cli, book, "record", "show", record_id, "--json")
        came = len(full["present"]) + len(full["late"])
        assert came == len([a for a in full["attendance"] if a["status"] in ("present", "late")])
        shown[record_id] = (full["expected"], came)
    assert shown == listed

    data = json.loads(exported(cli, book, tmp_path, "record-book", "json").read_text("utf-8"))
    assert {r["id"]: (r["expected"], r["present"]) for r in data["records"]} == listed
    # the files print the figures of the records with attendance, in the book's order
    marked = [listed[r["id"]] for r in data["records"] if r["attendance"]]
    words = [(f"{e}人", f"{c}人") for e, c in marked]

    document = docx.Document(str(exported(cli, book, tmp_path, "record-book", "docx")))
    cells = {}
    for table in document.tables:
        rows = {row.cells[0].text: row.cells[-1].text for row in table.rows}
        if "应到人数" in rows:
            cells[len(cells)] = (rows["应到人数"], rows["实到代表"].split("：")[0])
    assert [cells[n] for n in range(len(cells))] == [
        (e, c if c != "0人" else "无") for e, c in words
    ]

    text = exported(cli, book, tmp_path, "record-book", "md").read_text("utf-8")
    pairs = re.findall(r"\*\*应到人数\*\* (\S+)\s+\*\*实到代表\*\* (\S+?)[：\s]", text)
    assert pairs == [(e, c if c != "0人" else "无") for e, c in words]


async def test_records_screen_rows_agree(cli: Cli, book: Path) -> None:

    listed = {
        r["id"]: f"{r['came']}/{r['expected']}"
        for r in run_json(cli, book, "record", "list", "--json")
    }
    app = make_app(book, clock=as_of(), start="records")
    async with app.run_test(size=(160, 50)) as pilot:
        await until(pilot, lambda: app.screen.query(DataTable).first().row_count > 0)
        table = app.screen.query_one(DataTable)
        column = list(table.columns)[-1]
        rows = {key.value: str(table.get_cell(key, column)) for key in table.rows}
    assert rows == listed


# Plan status and the five musts ----------------------------------------------------------


def cli_plan(cli: Cli, book: Path) -> dict[str, tuple[str, tuple[str, ...]]]:
    listed = run_json(cli, book, "plan", "list", "--json")
    return {i["id"]: (i["status"], tuple(i["missing"])) for i in listed}


def test_plan_status_and_musts_agree(cli: Cli, book: Path, tmp_path: Path) -> None:
    truth = cli_plan(cli, book)
    statuses = {s for s, _ in truth.values()}
    assert {"done", "planned"} <= statuses  # a book where both occur
    checked = run_json(cli, book, "check", "--json")["plan_items"]
    assert {i["id"]: (i["status"], tuple(i["missing"])) for i in checked} == truth

    data = json.loads(exported(cli, book, tmp_path, "plan", "json").read_text("utf-8"))
    assert {p["id"]: (p["status"], tuple(p["missing"])) for p in data["plan"]} == truth

    titles = {i["id"]: i["title"] for i in run_json(cli, book, "plan", "list", "--json")}
    by_title = {titles[k]: v for k, v in truth.items()}
    assert len(by_title) == len(truth)  # titles are unique in the demo plan

    def status_of(cell: str) -> str:
        return next(k for k, word in WORD.items() if cell.startswith(word))

    def musts_of(cell: str) -> tuple[str, ...]:
        if cell == "无":
            return ()
        names = {v: k for k, v in MUST_WORD.items()}
        return tuple(names[w] for w in cell.split("、"))

    sheet = openpyxl.load_workbook(exported(cli, book, tmp_path, "plan", "xlsx")).worksheets[0]
    # row 3: the headings; row 4: the five musts under "“五个有”"
    header = [b.value or a.value for a, b in zip(sheet[3], sheet[4], strict=True)]
    col = {name: n for n, name in enumerate(header)}
    shown = {}
    for row in sheet.iter_rows(min_row=5, values_only=True):
        if row[col["活动内容"]] in by_title:
            missing = tuple(m for m in MUST_WORD if row[col[MUST_WORD[m]]] == "缺")
            shown[row[col["活动内容"]]] = (status_of(row[col["状态"]]), missing)
    assert shown == by_title

    document = docx.Document(str(exported(cli, book, tmp_path, "plan", "docx")))
    shown = {}
    for table in document.tables:
        head = [c.text for c in table.rows[0].cells]
        if head[:5] != ["时间", "形式", "活动内容", "组织者", "状态"]:
            continue
        for row in table.rows[1:]:
            cells = [c.text for c in row.cells]
            title = cells[2].split("\n")[0]
            shown[title] = (status_of(cells[4]), musts_of(cells[6]))
    assert shown == by_title

    text = exported(cli, book, tmp_path, "plan", "md").read_text("utf-8")
    shown = {}
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        title = next((c.split("<br>")[0] for c in cells[2:3] if c.split("<br>")[0] in by_title), "")
        if title:
            shown[title] = (status_of(cells[4]), musts_of(cells[6]))
    assert shown == by_title


async def test_checklist_and_home_agree(cli: Cli, book: Path) -> None:

    truth = cli_plan(cli, book)
    listed = {i["id"]: i for i in run_json(cli, book, "plan", "list", "--json")}
    app = make_app(book, clock=as_of(), start="checklist")
    async with app.run_test(size=(160, 50)) as pilot:
        await until(pilot, lambda: bool(getattr(app.screen, "rows", {}).get(4)))
        shown = {}
        for quarter in range(1, 5):
            table = app.screen.query_one(f"#table-q{quarter}", DataTable)
            for standing in app.screen.rows[quarter]:
                item_id = standing.item.id
                cell = str(table.get_cell(item_id, "status"))
                status = next((k for k, w in WORD.items() if cell == w), "planned")
                musts = tuple(m for m in MUST_WORD if str(table.get_cell(item_id, m)) == "缺")
                shown[item_id] = (status, musts)
        assert shown == truth

    q4 = [i for i in listed.values() if i["quarter"] == 4 and i["status"] != "cancelled"]
    done = sum(1 for i in q4 if i["status"] == "done")
    app = make_app(book, clock=as_of())
    async with app.run_test(size=(160, 60)) as pilot:
        await until(pilot, lambda: "本季度计划" in screen_text(app))
        text = screen_text(app)
        assert f"本季度计划（第四季度）  已完成 {done}/{len(q4)}" in text


# Duty counts ---------------------------------------------------------------------------


async def test_duty_counts_agree(cli: Cli, book: Path, tmp_path: Path) -> None:

    rows = run_json(cli, book, "register", "--json")["rows"]
    truth = {r["deputy_id"]: [r["counts"].get(c, 0) for c in DUTY_CATEGORIES] for r in rows}
    duty = run_json(cli, book, "duty", "list", "--json")

    counted = Counter((d["deputy_id"], d["category"]) for d in duty)
    assert {d: [counted[(d, c)] for c in DUTY_CATEGORIES] for d in truth} == truth

    data = json.loads(exported(cli, book, tmp_path, "register", "json").read_text("utf-8"))
    assert {
        r["deputy_id"]: [r["counts"].get(c, 0) for c in DUTY_CATEGORIES] for r in data["register"]
    } == truth

    names = {r["deputy_id"]: r["name"] for r in rows}
    sheet = openpyxl.load_workbook(exported(cli, book, tmp_path, "register", "xlsx")).worksheets[0]
    by_name = {}
    # 序号, 姓名, the profile columns someone filled in, then the counts under the heading
    # 履职记录（条）, one per duty category
    heading = [str(v or "") for v in next(sheet.iter_rows(min_row=3, max_row=3, values_only=True))]
    first = heading.index("履职记录（条）")
    for row in sheet.iter_rows(min_row=5, values_only=True):
        # a deputy who has left is named "陶国（已离任…）"
        name = next((n for n in names.values() if str(row[1]).startswith(n)), None)
        if name is not None:
            by_name[name] = [int(v or 0) for v in row[first : first + len(DUTY_CATEGORIES)]]
    assert by_name == {names[d]: v for d, v in truth.items()}

    app = make_app(book, clock=as_of(), start="register")
    async with app.run_test(size=(200, 50)) as pilot:
        await until(pilot, lambda: app.screen.query("#reg-table").first().row_count > 0)
        table = app.screen.query_one("#reg-table", DataTable)
        first = first_count(app.screen.form)  # after the name and the profile shown
        shown = {
            key.value: [
                int(str(c)) for c in table.get_row(key)[first : first + len(DUTY_CATEGORIES)]
            ]
            for key in table.rows
        }
    assert shown == truth
