"""The year summary's figures are check's, register's and record list's; the 述职 report's
counts are the duty log's."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import docx
import pytest

from grouptui.domain.vocab import DUTY_CATEGORIES, FORMS
from tests.support.data import NASTY
from tests.support.exported import docx_text, export, kept

GRADE = {"met": "达标", "at_risk": "有风险", "missed": "未达标", "not_yet_due": "未到期"}


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GROUPTUI_NOW", "2026-12-20T10:00:00")


def _json(cli, book: Path, *args: str):
    result = cli("--book", book, *args, "--json")
    assert result.code in (0, 1), result.err
    return json.loads(result.out)


def _export_one(cli, book: Path, out: Path, *args: str) -> Path:
    result = export(cli, book, out, *args)
    assert result.code == 0, result.err
    return Path(result.out.strip())


def _tables(path: Path) -> list[list[list[str]]]:
    return [
        [[c.text for c in row.cells] for row in t.rows] for t in docx.Document(str(path)).tables
    ]


def test_year_summary_figures_equal_check_register_and_record_list(
    cli, demo_book: Path, export_dir: Path
) -> None:
    path = _export_one(cli, demo_book, export_dir, "--what", "year-summary")
    text = docx_text(path)
    records = _json(cli, demo_book, "record", "list")
    assert f"全年活动记录本共记载各类活动{len(records)}次" in text
    by_form, plan, deputies, rules, *_ = _tables(path)
    assert by_form[0] == ["形式", "第一季度", "第二季度", "第三季度", "第四季度", "全年"]
    counts = Counter(r["form"] for r in records)
    table = {row[0]: row for row in by_form[1:]}
    for form, n in counts.items():
        row = table[FORMS[form][0]]
        quarters = Counter((int(r["date"][5:7]) - 1) // 3 for r in records if r["form"] == form)
        assert row[1:] == [str(quarters[q]) for q in range(4)] + [str(n)]
    assert table["合计"][-1] == str(len(records))
    register = {r["name"]: r for r in _json(cli, demo_book, "register")["rows"]}
    for name, receptions, days in deputies[1:]:
        assert receptions == str(register[name]["receptions"])
        assert float(days) == register[name]["training_days"]
    check = _json(cli, demo_book, "check")
    assert [row[:3] for row in rules[1:]] == [
        [r["name"], GRADE[r["status"]], r["reason"]] for r in check["rules"]
    ]
    assert "截至2026年12月20日" in text
    suggestions = _json(cli, demo_book, "suggestion", "list")
    assert f"全年提出建议、批评和意见{len(suggestions)}件" in text
    receptions = [r for r in records if r["form"] == "voter_reception"]
    assert f"全年开展接待选民活动{len(receptions)}次" in text
    assert "【待填写：明年的工作重点】" in text
    assert plan[0] == ["季度", "计划事项", "已落实", "未落实"]
    items = _json(cli, demo_book, "plan", "list")
    assert sum(int(row[1]) for row in plan[1:]) == len(items)


def test_duty_report_counts_equal_the_duty_log(cli, demo_book: Path, export_dir: Path) -> None:
    for name in ("朱杰", "陶国"):
        entries = _json(cli, demo_book, "duty", "list", "--deputy", name)
        path = _export_one(
            cli, demo_book, export_dir, "--what", "duty-report", "--deputy", name, "--force"
        )
        text = docx_text(path)
        hours = sum(e["hours"] for e in entries)
        assert f"本人履职记录共{len(entries)}条，累计{hours:g}小时" in text
        for category, n in Counter(e["category"] for e in entries).items():
            assert f"{DUTY_CATEGORIES[category][0]}{n}次" in text
        log = _export_one(
            cli, demo_book, export_dir, "--what", "duty-logs", "--deputy", name, "--force"
        )
        assert f"共{len(entries)}条，合计{hours:g}小时。" in docx_text(log)
        assert "【待填写：存在的不足和今后打算】" in text
        for part in ("基本情况", "学习培训", "会议期间审议和提出建议", "闭会期间参加的活动"):
            assert part in text


def test_duty_report_needs_a_deputy(cli, demo_book: Path, export_dir: Path) -> None:
    result = export(cli, demo_book, export_dir, "--what", "duty-report")
    assert result.code == 2 and "--deputy" in result.err
    assert list(export_dir.iterdir()) == []


@pytest.mark.parametrize("what", ["year-summary", "duty-report"])
@pytest.mark.parametrize("fmt", ["docx", "md", "html"])
def test_nasty_strings_through_the_drafted_documents(
    cli, nasty_book: Path, export_dir: Path, what: str, fmt: str
) -> None:
    args = ["--what", what, "--format", fmt]
    if what == "duty-report":
        args += ["--deputy", "张三"]
    path = _export_one(cli, nasty_book, export_dir, *args)
    text = docx_text(path) if fmt == "docx" else path.read_text(encoding="utf-8")
    if what == "duty-report":
        theme = f"第1号主题{NASTY[1]}"  # a duty entry's text is its record's theme
        literal = {"docx": kept(theme), "md": "\\[bold\\]粗体\\[/bold\\]", "html": theme}[fmt]
        assert literal in text
        assert kept("建议0" + NASTY[0]) in text or fmt == "md"
    else:
        assert "全年活动记录本共记载各类活动5次" in text
        plan = kept("视察农村饮水安全" + NASTY[1])
        assert plan not in text  # carried out in May: not left for next year
