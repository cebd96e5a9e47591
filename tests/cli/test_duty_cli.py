"""The duty, suggestion, voter and training commands: JSON shapes and refused input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grouptui.store.book import Book
from tests.support.data import NASTY, file_digest


def _refused(cli, book_path: Path, *args: str, says: str) -> None:
    before = file_digest(book_path)
    res = cli("--book", book_path, *args)
    assert res.code == 2, (res.out, res.err)
    assert says in res.err
    assert len(res.err.strip().splitlines()) == 1 and "Traceback" not in res.err
    assert file_digest(book_path) == before


ADD = ("duty", "add", "--deputy", "张三", "--date", "2026-03-01", "--category", "视察")


def test_absurd_and_negative_hours_are_refused(book_path: Path, cli) -> None:
    _refused(cli, book_path, *ADD, "--text", "x", "--hours", "25", says="超过 24 小时")
    _refused(cli, book_path, *ADD, "--text", "x", "--hours", "-1", says="不能为负数")
    _refused(cli, book_path, *ADD, "--text", "x", "--hours", "两小时", says="用时应为小时数")
    assert cli("--book", book_path, *ADD, "--text", "上午", "--hours", "20").code == 0
    # 20 + 5 on the same day makes 25: the day's total is what counts
    _refused(cli, book_path, *ADD, "--text", "下午", "--hours", "5", says="合计将达 25 小时")
    assert cli("--book", book_path, *ADD, "--text", "下午", "--hours", "4").code == 0


def test_unknown_category_date_and_deputy_are_refused(book_path: Path, cli) -> None:
    base = ("duty", "add", "--deputy", "张三", "--date", "2026-03-01")
    _refused(
        cli, book_path, *base, "--category", "飞行", "--text", "x", says="没有“飞行”这个履职类别"
    )
    _refused(
        cli, book_path, "duty", "add", "--deputy", "张三", "--date", "2025-12-31",
        "--category", "视察", "--text", "x", says="不在本账册的年份 2026 内",
    )  # fmt: skip
    _refused(
        cli, book_path, "duty", "add", "--deputy", "赵六", "--date", "2026-03-01",
        "--category", "视察", "--text", "x", says="名册里没有代表“赵六”",
    )  # fmt: skip
    _refused(cli, book_path, *ADD, "--text", "   ", says="请写明履职内容")
    res = cli("--book", book_path, "--lang", "en", *base, "--category", "flying", "--text", "x")
    assert res.code == 2 and "no duty category 'flying'" in res.err


def test_auto_entries_are_read_only(book_path: Path, duty_ids: dict[str, str], cli) -> None:
    from grouptui.domain.models import derived_id

    auto = derived_id("duty", duty_ids["study"], duty_ids["张三"])
    _refused(cli, book_path, "duty", "edit", auto, "--hours", "1", says="只能在活动记录里修改")
    _refused(cli, book_path, "duty", "delete", auto, says="学习《代表法》")
    from grouptui.store.suggestions import duty_entry_id

    from_sug = duty_entry_id(duty_ids["first"], duty_ids["张三"])
    _refused(cli, book_path, "duty", "delete", from_sug, says="只能通过该建议修改")


def test_edit_delete_and_restore_a_typed_entry(book_path: Path, cli) -> None:
    assert cli("--book", book_path, *ADD, "--text", "查看河堤", "--hours", "2").code == 0
    entry = json.loads(cli("--book", book_path, "duty", "list", "--json").out)[0]
    assert cli("--book", book_path, "duty", "edit", entry["id"][:8], "--hours", "3").code == 0
    assert json.loads(cli("--book", book_path, "duty", "list", "--json").out)[0]["hours"] == 3
    assert cli("--book", book_path, "duty", "delete", entry["id"][:8]).code == 0
    assert json.loads(cli("--book", book_path, "duty", "list", "--json").out) == []
    assert cli("--book", book_path, "duty", "restore", entry["id"][:8]).code == 0
    assert len(json.loads(cli("--book", book_path, "duty", "list", "--json").out)) == 1


@pytest.mark.usefixtures("duty_ids")
def test_duty_list_json_shape(book_path: Path, cli) -> None:
    res = cli("--book", book_path, "duty", "list", "--deputy", "张三", "--json")
    assert res.code == 0
    rows = json.loads(res.out)
    assert {r["deputy"] for r in rows} == {"张三"}
    assert set(rows[0]) == {
        "id", "deputy_id", "deputy", "date", "category", "text", "hours", "record_id",
        "suggestion_id", "auto",
    }  # fmt: skip
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows)
    assert rows[0]["date"] == "2026-02-03" and rows[0]["category"] == "research"
    assert any(r["auto"] and r["record_id"] for r in rows)
    q2 = json.loads(cli("--book", book_path, "duty", "list", "--quarter", "2", "--json").out)
    assert q2 and all("2026-04" <= r["date"] < "2026-07" for r in q2)
    listing = cli("--book", book_path, "duty", "list").out
    assert "2026年2月3日" in listing and "调研" in listing and "手填" in listing


def test_suggestion_status_rules(book_path: Path, duty_ids: dict[str, str], cli) -> None:
    second = duty_ids["second"]  # 交办 (assigned)
    _refused(cli, book_path, "suggestion", "status", second, "提出", says="需要说明原因")
    _refused(
        cli, book_path, "suggestion", "status", second, "办理中", "--satisfaction", "满意",
        says="还不能测评满意度",
    )  # fmt: skip
    _refused(cli, book_path, "suggestion", "status", second, "飞了", says="没有“飞了”这个办理状态")
    ok = cli(
        "--book", book_path, "suggestion", "status", second, "提出", "--reason", "退回补充材料"
    )
    assert ok.code == 0, ok.err
    ok = cli(
        "--book", book_path, "suggestion", "status", second, "已解决", "--reply", "已安装",
        "--satisfaction", "基本满意",
    )  # fmt: skip
    assert ok.code == 0, ok.err
    rows = json.loads(cli("--book", book_path, "suggestion", "list", "--json").out)
    sug = next(r for r in rows if r["id"] == second)
    assert sug["status"] == "solved" and sug["satisfaction"] == "basically_satisfied"
    assert sug["reply"] == "已安装"
    assert [(h["from"], h["to"], h.get("reason", "")) for h in sug["history"]] == [
        ("submitted", "assigned", ""),
        ("assigned", "submitted", "退回补充材料"),
        ("submitted", "solved", ""),
    ]
    assert set(sug) == {
        "id", "title", "content", "proposers", "proposer_ids", "date", "during_session",
        "record_id", "unit", "status", "reply", "satisfaction", "history", "deleted",
    }  # fmt: skip
    assert sug["proposers"] == ["李四"]
    en = cli("--book", book_path, "--lang", "en", "suggestion", "status", second, "assigned")
    assert en.code == 2 and "needs a reason (--reason)" in en.err


def test_suggestion_add_checks_names_and_logs_the_duty(
    book_path: Path, cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GROUPTUI_NOW", "2026-05-20T09:30:00")
    _refused(cli, book_path, "suggestion", "add", "--title", "x", "--by", "赵六", says="赵六")
    _refused(cli, book_path, "suggestion", "add", "--title", "  ", says="标题不能为空")
    res = cli(
        "--book", book_path, "suggestion", "add", "--title", "关于路灯的建议",
        "--by", "李四，张三", "--unit", "镇政府", "--during-session",
    )  # fmt: skip
    assert res.code == 0, res.err
    sug = json.loads(cli("--book", book_path, "suggestion", "list", "--json").out)[0]
    assert sug["proposers"] == ["李四", "张三"] and sug["during_session"] is True
    assert sug["date"] == "2026-05-20" and sug["status"] == "submitted"
    duties = json.loads(cli("--book", book_path, "duty", "list", "--json").out)
    assert sorted((d["deputy"], d["category"], d["auto"]) for d in duties) == [
        ("张三", "suggestion", True),
        ("李四", "suggestion", True),
    ]


def test_reception_with_a_malformed_phone_is_kept_and_flagged(
    book_path: Path, duty_ids: dict[str, str], cli
) -> None:
    res = cli(
        "--book", book_path, "voter", "add", "--record", duty_ids["reception"], "--name", "赵大爷",
        "--village", "东风村", "--contact", "1380013", "--raised", "路灯不亮",
    )  # fmt: skip
    assert res.code == 0
    assert "格式不对" in res.err and "赵大爷" in res.out
    ok = cli(
        "--book", book_path, "voter", "add", "--record", duty_ids["reception"], "--name", "钱大妈",
        "--contact", "138 0013 8000",
    )  # fmt: skip
    assert ok.code == 0 and ok.err == ""
    rows = json.loads(cli("--book", book_path, "voter", "list", "--json").out)
    assert [(r["name"], r["contact"], r["contact_ok"]) for r in rows] == [
        ("赵大爷", "1*****3", False),
        ("钱大妈", "138******8000", True),
    ]
    full = json.loads(cli("--book", book_path, "voter", "list", "--json", "--include-contacts").out)
    assert full[0]["contact"] == "1380013"  # kept exactly as typed
    listing = cli("--book", book_path, "voter", "list").out
    assert "1380013" not in listing and "待核实" in listing
    _refused(
        cli, book_path, "voter", "add", "--record", duty_ids["study"], "--name", "x",
        says="不是接待选民活动",
    )  # fmt: skip


def test_training_days_and_assessment(book_path: Path, duty_ids: dict[str, str], cli) -> None:
    assert (
        cli(
            "--book",
            book_path,
            "training",
            "set",
            duty_ids["study"],
            "--kind",
            "专题",
            "--days",
            "2",
        ).code
        == 0
    )
    _refused(cli, book_path, "training", "set", duty_ids["study"], "--days", "40", says="培训天数")
    _refused(
        cli, book_path, "training", "set", duty_ids["reception"], "--days", "1", says="不是学习培训"
    )
    res = cli(
        "--book", book_path, "training", "assess", duty_ids["study"], "--deputy", "张三",
        "--by", "口试", "--done", "--result", "合格",
    )  # fmt: skip
    assert res.code == 2 and "试卷答题、撰写心得体会" in res.err
    res = cli(
        "--book", book_path, "training", "assess", duty_ids["study"], "--deputy", "张三",
        "--by", "心得", "--done", "--result", "合格",
    )  # fmt: skip
    assert res.code == 0, res.err
    _refused(
        cli, book_path, "training", "assess", duty_ids["study"], "--deputy", "王五", "--done",
        says="没有出席",
    )  # fmt: skip
    with Book.open(book_path) as book:
        rec = book.records.get(duty_ids["study"])
        mark = next(
            a for a in book.attendance.all()
            if a.record_id == duty_ids["study"] and a.deputy_id == duty_ids["张三"]
        )  # fmt: skip
    assert (rec.training_kind, rec.training_days) == ("thematic", 2.0)
    assert (mark.assessment, mark.assessment_done, mark.assessment_result) == (
        "reflection", True, "合格",
    )  # fmt: skip


@pytest.mark.parametrize("text", NASTY)
def test_nasty_text_round_trips(book_path: Path, cli, text: str) -> None:
    res = cli("--book", book_path, *ADD, "--text", text)
    assert res.code == 0, res.err
    rows = json.loads(cli("--book", book_path, "duty", "list", "--json").out)
    assert rows[0]["text"] == text.strip()
    assert cli("--book", book_path, "duty", "list").code == 0
    title = " ".join(text.split())[:200]
    res = cli("--book", book_path, "suggestion", "add", "--title", title, "--unit", text)
    assert res.code == 0, res.err
    sug = json.loads(cli("--book", book_path, "suggestion", "list", "--json").out)[0]
    assert sug["title"] == title and sug["unit"] == text.strip()
    assert cli("--book", book_path, "suggestion", "list").code == 0
