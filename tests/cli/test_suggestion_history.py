"""A suggestion's status changes keep their day; the reply may run over several lines.

Issue 16 (item 7): the status changes were shown with no date and the reply was one line.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl


def _add(cli, book_path: Path) -> str:
    added = cli("--book", book_path, "suggestion", "add", "--title", "关于修路的建议",
                "--by", "张三", "--date", "2026-03-02")  # fmt: skip
    assert added.code == 0, added.err
    return json.loads(cli("--book", book_path, "suggestion", "list", "--json").out)[0]["id"]


def test_each_status_change_keeps_its_day(cli, book_path: Path, monkeypatch) -> None:
    sug_id = _add(cli, book_path)
    monkeypatch.setenv("GROUPTUI_NOW", "2026-04-01T10:00:00")
    assert cli("--book", book_path, "suggestion", "status", sug_id, "交办").code == 0
    monkeypatch.setenv("GROUPTUI_NOW", "2026-05-06T10:00:00")
    assert cli("--book", book_path, "suggestion", "status", sug_id, "已答复").code == 0
    (doc,) = json.loads(cli("--book", book_path, "suggestion", "list", "--json").out)
    assert [(h["to"], h["date"]) for h in doc["history"]] == [
        ("assigned", "2026-04-01"),
        ("answered", "2026-05-06"),
    ]
    monkeypatch.setenv("COLUMNS", "160")  # a wide terminal: the table's cells whole
    listed = cli("--book", book_path, "suggestion", "list").out
    assert "状态日期" in listed and "2026年5月6日" in listed
    assert "2026-05-06" in cli("--lang", "en", "--book", book_path, "suggestion", "list").out


def test_the_sheet_shows_the_history_with_days(cli, book_path: Path, tmp_path, monkeypatch):
    sug_id = _add(cli, book_path)
    monkeypatch.setenv("GROUPTUI_NOW", "2026-04-01T10:00:00")
    assert cli("--book", book_path, "suggestion", "status", sug_id, "交办").code == 0
    out = tmp_path / "out"
    result = cli("--book", book_path, "export", "--what", "suggestions", "--format", "xlsx",
                 "--out", out)  # fmt: skip
    assert result.code == 0, result.err
    ws = openpyxl.load_workbook(Path(result.out.strip())).active
    header = [c.value for c in ws[3]]
    column = header.index("办理经过")
    row = next(r for r in ws.iter_rows(values_only=True) if r[1] == "关于修路的建议")
    assert row[column] == "2026年3月2日提出、2026年4月1日交办"


def test_a_reply_of_several_lines_is_kept(cli, book_path: Path) -> None:
    sug_id = _add(cli, book_path)
    reply = "已列入今年计划。\n第二季度动工，\n年底前完成。"
    result = cli("--book", book_path, "suggestion", "status", sug_id, "已答复", "--reply", reply)
    assert result.code == 0, result.err
    data = json.loads(book_path.read_text("utf-8"))
    (doc,) = [d for d in data["suggestions"].values() if d["id"] == sug_id]
    assert doc["reply"] == reply
