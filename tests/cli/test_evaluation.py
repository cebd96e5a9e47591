"""述职 evaluation: votes per deputy, thresholds kept as rules (edges exact), the register."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grouptui.domain.evaluation import Thresholds, Votes, result
from tests.support.data import file_digest


@pytest.mark.parametrize(
    ("votes", "grade"),
    [
        (Votes(good=40, basic=8, poor=2), "good"),  # exactly 80 %
        (Votes(good=4, basic=1), "good"),  # exactly 80 % of 5
        (Votes(good=79, basic=0, poor=21), "basic"),  # 79 %; 79 % together
        (Votes(good=399, basic=1, poor=100), "basic"),  # 79.8 %: not rounded up to 80
        (Votes(good=25, basic=0, poor=25), "basic"),  # together exactly 50 %
        (Votes(good=10, basic=15, poor=25), "basic"),  # together exactly 50 %
        (Votes(good=0, basic=1, poor=1), "basic"),
        (Votes(good=10, basic=14, poor=26), "poor"),  # together 48 %
        (Votes(good=999, basic=1000, poor=2001), "poor"),  # 49.975 %
        (Votes(), ""),  # no ballot, no grade
    ],
)
def test_default_thresholds_at_their_edges(votes: Votes, grade: str) -> None:
    assert result(votes, Thresholds()) == grade


def test_thresholds_come_from_the_rules() -> None:
    rules = Thresholds.from_rules({"evaluation_good_min_pct": 60, "evaluation_basic_min_pct": 40})
    assert result(Votes(good=3, basic=0, poor=2), rules) == "good"  # exactly 60 %
    assert result(Votes(good=1, basic=1, poor=3), rules) == "basic"  # exactly 40 %
    assert result(Votes(good=1, basic=0, poor=2), rules) == "poor"


def _report(cli, book: Path) -> str:
    added = cli(
        "--book", book, "record", "add", "--date", "2026-09-06", "--form", "述职",
        "--theme", "向选民述职", "--present", "张三,李四", "--json",
    )  # fmt: skip
    assert added.code == 0, added.err
    return json.loads(added.out)["id"]


def test_votes_on_the_cli_and_on_the_register(cli, book_path: Path) -> None:
    rid = _report(cli, book_path)
    vote = cli(
        "--book", book_path, "evaluation", "vote", rid, "--deputy", "张三",
        "--good", "40", "--basic", "8", "--poor", "2",
    )  # fmt: skip
    assert vote.code == 0 and "张三：50票，称职。" in vote.out
    vote = cli(
        "--book", book_path, "evaluation", "vote", rid[:8], "--deputy", "李四",
        "--good", "20", "--basic", "5", "--poor", "25",
    )  # fmt: skip
    assert vote.code == 0 and "基本称职" in vote.out
    shown = cli("--book", book_path, "evaluation", "show", rid[:8], "--json")
    rows = {d["name"]: d for d in json.loads(shown.out)["deputies"]}
    assert rows["张三"]["result"] == "good" and rows["张三"]["total"] == 50
    assert rows["李四"]["result"] == "basic"
    table = cli("--book", book_path, "evaluation", "show", rid)
    assert "80%" in table.out and "称职票占80%及以上为称职" in table.out
    register = cli("--book", book_path, "register", "--json")
    grades = {r["name"]: r["evaluation"] for r in json.loads(register.out)["rows"]}
    assert grades == {"张三": "good", "李四": "basic", "王五": None}
    text = cli("--book", book_path, "register").out
    assert "述职：是（称职）" in text and "述职：是（基本称职）" in text


def test_the_satisfaction_scale_and_other_thresholds(cli, book_path: Path) -> None:
    rid = _report(cli, book_path)
    assert cli("--book", book_path, "rules", "set", "evaluation_scale", "满意").code == 0
    assert cli("--book", book_path, "rules", "set", "evaluation_good_min_pct", "90").code == 0
    vote = cli(
        "--book", book_path, "evaluation", "vote", rid, "--deputy", "张三", "--good", "8",
        "--basic", "2",
    )  # fmt: skip
    assert "张三：10票，基本满意。" in vote.out  # 80 % is short of 90 %


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("rules", "set", "evaluation_basic_min_pct", "90"), "基本档的比例 90%"),
        (("rules", "set", "evaluation_good_min_pct", "101"), "第一档最低得票率"),
        (("rules", "set", "evaluation_scale", "优秀"), "测评档次"),
    ],
)
def test_impossible_rules_are_refused(cli, book_path: Path, args, message) -> None:
    before = file_digest(book_path)
    result = cli("--book", book_path, *args)
    assert result.code == 2 and message in result.err and "Traceback" not in result.err
    assert file_digest(book_path) == before


def test_bad_votes_are_refused_and_the_book_is_unchanged(cli, book_path: Path) -> None:
    rid = _report(cli, book_path)
    other = cli(
        "--book", book_path, "record", "add", "--date", "2026-03-01", "--form", "视察",
        "--theme", "视察[bold]", "--json",
    )  # fmt: skip
    oid = json.loads(other.out)["id"]
    before = file_digest(book_path)
    for args, message in (
        ((rid, "--deputy", "张三", "--good", "-1"), "称职票数应是"),
        ((rid, "--deputy", "张三", "--good", "x"), "称职票数应是"),
        ((rid, "--deputy", "无名", "--good", "1"), "无名"),
        ((oid, "--deputy", "张三", "--good", "1"), "“视察[bold]”不是述职活动"),
    ):
        result = cli("--book", book_path, "evaluation", "vote", *args)
        assert result.code == 2 and message in result.err, result.err
    assert file_digest(book_path) == before


def test_register_export_shows_the_grade(cli, book_path: Path, tmp_path: Path) -> None:
    import openpyxl

    rid = _report(cli, book_path)
    cli("--book", book_path, "evaluation", "vote", rid, "--deputy", "张三", "--good", "8")
    out = tmp_path / "out"
    result = cli("--book", book_path, "export", "--what", "register", "--out", out)
    assert result.code == 0, result.err
    sheet = openpyxl.load_workbook(result.out.strip()).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "是（称职）" in values


def test_votes_are_not_carried_into_the_next_year(cli, book_path: Path) -> None:
    rid = _report(cli, book_path)
    cli("--book", book_path, "evaluation", "vote", rid, "--deputy", "张三", "--good", "8")
    cli("--book", book_path, "briefing", "number", rid)
    result = cli("--book", book_path, "new-year")
    assert result.code == 0, result.err
    from grouptui.store.book import Book

    nxt = next(p for p in book_path.parent.glob("*2027*.json"))
    with Book.open(nxt) as book:
        kinds = {s.values.get("kind") for s in book.settings.all()}
    assert not kinds & {"evaluation", "briefing_no"}
