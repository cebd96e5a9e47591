"""A plan item's status follows its records (issue 13, case 3).

Done once a linked record exists and its date has passed; still planned before that;
postponed or cancelled as set. ``plan list``, ``check``, the exported plan (md, docx,
xlsx, json) all say the same, as of the same day.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import openpyxl
import pytest

EXPECTED = {
    "代表向选民述职": "done",
    "视察河道": "planned",
    "座谈会": "postponed",
    "走访选民": "cancelled",
}
WORDS = {"done": "已完成", "planned": "计划中", "postponed": "已推迟", "cancelled": "已取消"}


def test_plan_list_json_and_table(cli, status_book: Path) -> None:
    listed = json.loads(cli("--book", status_book, "plan", "list", "--json").out)
    assert {i["title"]: i["status"] for i in listed} == EXPECTED
    table = cli("--book", status_book, "plan", "list").out
    row = next(line for line in table.splitlines() if "5月5日" in line)
    assert "已完成" in row and "计划中" not in row


def check_statuses(cli, book: Path, day: str) -> dict[str, str]:
    result = cli("--book", book, "check", "--as-of", day, "--json")
    return {i["title"]: i["status"] for i in json.loads(result.out)["plan_items"]}


def test_check_says_the_status_of_its_day(cli, status_book: Path) -> None:
    """The 述职 record is dated 5 May: as of 4 May the item is still planned; as of
    today (20 May) done; by 15 July the 2 June record has carried 视察河道 out too."""
    assert check_statuses(cli, status_book, "2026-05-04")["代表向选民述职"] == "planned"
    assert check_statuses(cli, status_book, "2026-05-20") == EXPECTED
    assert check_statuses(cli, status_book, "2026-07-15")["视察河道"] == "done"


@pytest.mark.parametrize("fmt", ["md", "docx", "xlsx", "json"])
def test_exported_plan(cli, status_book: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    result = cli("--book", status_book, "export", "--out", out, "--what", "plan", "--format", fmt)
    assert result.code == 0, result.err
    path = Path(result.out.strip())
    if fmt == "json":
        plan = json.loads(path.read_text(encoding="utf-8"))["plan"]
        assert {p["title"]: p["status"] for p in plan} == EXPECTED
        return
    if fmt == "xlsx":
        sheet = openpyxl.load_workbook(path).worksheets[0]
        rows = [[c.value or "" for c in row] for row in sheet.iter_rows()]
        lines = [" | ".join(str(v) for v in row) for row in rows]
    elif fmt == "docx":
        document = docx.Document(str(path))
        lines = [
            " | ".join(c.text for c in row.cells) for table in document.tables for row in table.rows
        ]
    else:
        lines = path.read_text(encoding="utf-8").splitlines()
    for title, status in EXPECTED.items():
        row = next(line for line in lines if title in line and "|" in line)
        assert WORDS[status] in row, (title, row)
        others = set(WORDS.values()) - {WORDS[status]}
        assert not any(word in row for word in others), (title, row)
