"""Deputies' terms (joined / left) and profile from the shell (issue 13 case 1), and the
roster import that says which rows it skipped and why (issue 16 item 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.data import file_digest


def new_book(cli, tmp_path: Path, monkeypatch, now: str) -> Path:
    """A 2026 book made on ``now``, with the clock fixed there."""
    monkeypatch.setenv("GROUPTUI_NOW", now)
    path = tmp_path / "b.json"
    assert cli("--book", path, "init", "--group", "城关镇第一代表小组", "--year", "2026").code == 0
    return path


def roster(cli, path: Path) -> dict[str, dict]:
    rows = json.loads(cli("--book", path, "roster", "list", "--json", "--include-contacts").out)
    return {r["name"]: r for r in rows}


def rule_line(out: str, name: str) -> str:
    return next(line for line in out.splitlines() if name in line)


def test_roster_typed_in_december_is_held_to_the_whole_year(cli, tmp_path, monkeypatch) -> None:
    """The issue's case: typed on 2026-12-02, no activity at all: the rules must not pass."""
    path = new_book(cli, tmp_path, monkeypatch, "2026-12-02T10:00:00")
    for name in ("张建国", "李秀英"):
        assert cli("--book", path, "roster", "add", name, "--level", "镇").code == 0
    assert roster(cli, path)["张建国"]["joined_on"] == "2026-01-01"
    result = cli("--book", path, "check", "--as-of", "2026-12-31", "--json")
    rules = {r["rule"]: r for r in json.loads(result.out)["rules"]}
    assert rules["reception_every_deputy"]["status"] == "missed"
    # contacts can still happen on the last day: at risk, not met
    assert rules["voter_contacts"]["status"] == "at_risk"
    reason = rules["reception_every_deputy"]["reason"]
    assert "不作要求" not in reason and reason.startswith("2 名代表中 0 名已参加")


def test_imported_roster_joins_at_the_start_of_the_year(cli, tmp_path, monkeypatch) -> None:
    path = new_book(cli, tmp_path, monkeypatch, "2026-12-02T10:00:00")
    csv_path = tmp_path / "名册.csv"
    csv_path.write_text("姓名,层级,任职日期\n张建国,镇,\n王芳,镇,2026-07-15\n", "utf-8")
    assert cli("--book", path, "roster", "import", csv_path).code == 0
    rows = roster(cli, path)
    assert rows["张建国"]["joined_on"] == "2026-01-01"
    assert rows["王芳"]["joined_on"] == "2026-07-15"


def test_joined_option_edit_and_retire_on_a_date(cli, tmp_path, monkeypatch) -> None:
    path = new_book(cli, tmp_path, monkeypatch, "2026-12-02T10:00:00")
    assert cli("--book", path, "roster", "add", "王芳", "--joined", "2026-10-08").code == 0
    assert roster(cli, path)["王芳"]["joined_on"] == "2026-10-08"
    assert cli("--book", path, "roster", "add", "张建国").code == 0
    result = cli("--book", path, "roster", "edit", "张建国", "--joined", "2026-03-01")
    assert result.code == 0, result.err
    assert roster(cli, path)["张建国"]["joined_on"] == "2026-03-01"
    result = cli("--book", path, "roster", "retire", "张建国", "--on", "2026-06-30")
    assert result.code == 0, result.err
    row = roster(cli, path)["张建国"]
    assert (row["active"], row["retired_on"]) == (False, "2026-06-30")
    # the brief's spelling works too, and corrects the date of a retired deputy
    assert cli("--book", path, "roster", "retire", "张建国", "--date", "2026-07-31").code == 0
    assert roster(cli, path)["张建国"]["retired_on"] == "2026-07-31"
    # without a date, today
    assert cli("--book", path, "roster", "retire", "王芳").code == 0
    assert roster(cli, path)["王芳"]["retired_on"] == "2026-12-02"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["roster", "add", "赵六", "--joined", "2026-13-01"], "日期"),
        (["roster", "add", "赵六", "--joined", "2027-01-01"], "2026"),
        (["roster", "add", "赵六", "--born", "1968-13"], "出生年月"),
        (["roster", "add", "赵六", "--gender", "未知"], "性别"),
        (["roster", "edit", "无此人", "--joined", "2026-02-01"], "没有代表"),
        (["roster", "retire", "张三", "--on", "2025-12-31"], "任职日期"),
        (["roster", "retire", "张三", "--on", "昨天"], "日期"),
    ],
)
def test_bad_terms_change_nothing(cli, book_path: Path, args, needle) -> None:
    before = file_digest(book_path)
    result = cli("--book", book_path, *args)
    assert result.code == 2 and needle in result.err, result.err
    assert "Traceback" not in result.err
    assert file_digest(book_path) == before


PROFILE = ("gender", "born", "ethnicity", "party", "unit", "post")


def profile(row: dict) -> tuple[str, ...]:
    return tuple(row[key] for key in PROFILE)


def test_profile_fields_from_the_cli(cli, book_path: Path) -> None:
    typed = dict(
        zip(PROFILE, ("女", "1972年3月", "壮族", "中共党员", "镇卫生院", "院长"), strict=True)
    )
    args = [part for key, value in typed.items() for part in (f"--{key}", value)]
    result = cli("--book", book_path, "roster", "add", "赵六", *args)
    assert result.code == 0, result.err
    saved = ("female", "1972-03", "壮族", "中共党员", "镇卫生院", "院长")
    assert profile(roster(cli, book_path)["赵六"]) == saved
    edit = ("roster", "edit", "赵六", "--post", "副院长", "--phone", "问家属")
    assert cli("--book", book_path, *edit).code == 0
    row = roster(cli, book_path)["赵六"]
    assert profile(row) == (*saved[:-1], "副院长")  # only what was given changed
    assert row["phone"] == "问家属"  # kept as typed, as roster add keeps it


def test_import_profile_columns_in_english(cli, book_path: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Name", "Gender", "Born", "Ethnicity", "Party", "Unit", "Post", "Joined"])
    wb.active.append(["周八", "male", "1980-11", "汉族", "群众", "供销社", "主任", "2026-02-01"])
    xlsx = tmp_path / "roster.xlsx"
    wb.save(xlsx)
    assert cli("--book", book_path, "roster", "import", xlsx).code == 0
    row = roster(cli, book_path)["周八"]
    assert profile(row) == ("male", "1980-11", "汉族", "群众", "供销社", "主任")
    assert row["joined_on"] == "2026-02-01"


def test_import_lists_each_skipped_row_and_accepts_every_separator(
    cli, book_path: Path, tmp_path: Path
) -> None:
    """Issue 16: "已导入 3 名代表，跳过 1 行。" without which row or why; 镇;县 was refused."""
    csv_path = tmp_path / "名册.csv"
    csv_path.write_text(
        "姓名,层级\n"
        "孙七,镇;县\n"  # row 2
        "周八,镇、县\n"  # row 3
        "吴九,镇 县\n"  # row 4
        "郑十,镇；县\n"  # row 5
        "钱一,镇，县\n"  # row 6
        ",镇\n"  # row 7: no name
        "冯二,村\n"  # row 8: no such level
        "张三,镇\n"  # row 9: already on the roster
        "孙七,镇\n",  # row 10: twice in the file
        "utf-8",
    )
    result = cli("--book", book_path, "roster", "import", csv_path)
    assert result.code == 0, result.err
    rows = roster(cli, book_path)
    for name in ("孙七", "周八", "吴九", "郑十", "钱一"):
        assert rows[name]["levels"] == ["town", "county"], name
    out = result.out
    assert "已导入 5 名代表，跳过 4 行" in out
    assert "第 7 行" in out and "姓名" in rule_line(out, "第 7 行")
    assert "村" in rule_line(out, "第 8 行")
    assert "张三" in rule_line(out, "第 9 行") and "已在名册" in rule_line(out, "第 9 行")
    assert "孙七" in rule_line(out, "第 10 行")
    english = cli("--lang", "en", "--book", book_path, "roster", "import", csv_path).out
    assert "row 8" in english.lower() and "第" not in english


def test_new_year_carries_the_term_and_profile(cli, book_path: Path, tmp_path: Path) -> None:
    args = ["--joined", "2026-04-01", "--gender", "男", "--born", "1970-01", "--post", "站长"]
    assert cli("--book", book_path, "roster", "add", "赵六", *args).code == 0
    result = cli("--book", book_path, "new-year")
    assert result.code == 0, result.err
    nxt = next(p for p in book_path.parent.glob("*2027*.json"))
    row = roster(cli, nxt)["赵六"]
    assert (row["joined_on"], row["gender"], row["born"], row["post"]) == (
        "2026-04-01",
        "male",
        "1970-01",
        "站长",
    )


def test_an_older_book_without_terms_or_profile_opens_and_counts_the_whole_year(
    cli, book_path: Path
) -> None:
    data = json.loads(book_path.read_text("utf-8"))
    for doc in data["deputies"].values():
        for key in ("joined_on", "gender", "born", "ethnicity", "party", "post"):
            doc.pop(key, None)
    book_path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert roster(cli, book_path)["张三"]["joined_on"] is None
    result = cli("--book", book_path, "check", "--as-of", "2026-12-31", "--json")
    rules = {r["rule"]: r for r in json.loads(result.out)["rules"]}
    rows = rules["reception_every_deputy"]["details"]["deputies"]
    assert [r["months_served"] for r in rows] == [12, 12, 12]
    register = json.loads(cli("--book", book_path, "register", "--json").out)
    assert {r["joined_on"] for r in register["rows"]} == {"2026-01-01"}
