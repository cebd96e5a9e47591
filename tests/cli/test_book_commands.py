"""init, new-year, info, roster and demo from the shell, as a liaison officer uses them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grouptui.store.book import Book
from tests.support.data import NASTY, file_digest


def test_init_with_template_fills_the_plan(cli, tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    result = cli(
        "--book",
        path,
        "init",
        "--group",
        "新河镇第一代表小组",
        "--year",
        "2026",
        "--township",
        "新河镇",
        "--template",
        "town_a",
    )
    assert result.code == 0, result.err
    with Book.open(path) as book:
        assert book.meta.township == "新河镇" and book.meta.template == "town_a"
        titles = [p.title for p in book.plan.all()]
    assert len(titles) >= 15 and any("代表法" in t for t in titles)


def test_init_with_unknown_template_writes_nothing(cli, tmp_path: Path) -> None:
    path = tmp_path / "b.json"
    result = cli("--book", path, "init", "--group", "g", "--year", "2026", "--template", "nope")
    assert result.code == 2 and "nope" in result.err and "town_a" in result.err
    assert not path.exists()


def test_new_year_carries_roster_and_plan(cli, tmp_path: Path, book_path: Path) -> None:
    assert cli("--book", book_path, "roster", "retire", "王五").code == 0
    result = cli("--book", book_path, "new-year")
    assert result.code == 0, result.err
    new_path = book_path.parent / "新河镇第一代表小组-2027.json"
    assert str(new_path) in result.out
    with Book.open(new_path) as new, Book.open(book_path) as old:
        assert new.meta.year == 2027 and new.meta.group == old.meta.group
        assert sorted(d.name for d in new.deputies.all()) == ["张三", "李四"]
        # The same deputies keep their ids across years (term-long counts rely on it).
        old_ids = {d.name: d.id for d in old.deputies.all()}
        assert all(old_ids[d.name] == d.id for d in new.deputies.all())
    # The new book becomes the default.
    assert json.loads(cli("info", "--json").out)["year"] == 2027


def test_new_year_refuses_to_overwrite(cli, book_path: Path) -> None:
    assert cli("--book", book_path, "new-year").code == 0
    new_path = book_path.parent / "新河镇第一代表小组-2027.json"
    before = file_digest(new_path)
    result = cli("--book", book_path, "new-year")
    assert result.code == 2 and "--force" in result.err
    assert file_digest(new_path) == before


def test_info_json_shape(cli, book_path: Path) -> None:
    info = json.loads(cli("--book", book_path, "info", "--json").out)
    assert info["group"] == "新河镇第一代表小组" and info["year"] == 2026
    assert info["counts"]["deputies"] == 3 and info["schema"] == 1
    assert set(info) >= {
        "path",
        "group",
        "township",
        "year",
        "schema",
        "book_id",
        "devices",
        "counts",
        "backups",
    }


def test_json_output_is_not_escaped(cli, book_path: Path) -> None:
    out = cli("--book", book_path, "roster", "list", "--json").out
    assert "张三" in out and "\\u" not in out


def test_roster_add_list_retire(cli, book_path: Path) -> None:
    result = cli(
        "--book",
        book_path,
        "roster",
        "add",
        "赵六",
        "--level",
        "镇",
        "--level",
        "county",
        "--constituency",
        "第三选区",
        "--phone",
        "13912345678",
        "--unit",
        "镇卫生院",
        "--new",
    )
    assert result.code == 0, result.err
    rows = json.loads(
        cli("--book", book_path, "roster", "list", "--json", "--include-contacts").out
    )
    zhao = next(r for r in rows if r["name"] == "赵六")
    assert zhao["levels"] == ["town", "county"] and zhao["is_new"] and zhao["active"]
    assert zhao["phone"] == "13912345678"
    table = cli("--book", book_path, "roster", "list").out
    assert "139****5678" in table and "13912345678" not in table
    assert cli("--book", book_path, "roster", "retire", "赵六").code == 0
    rows = json.loads(cli("--book", book_path, "roster", "list", "--json").out)
    assert next(r for r in rows if r["name"] == "赵六")["active"] is False


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["roster", "add", "张三"], "已有代表"),
        (["roster", "add", "赵六", "--level", "村"], "层级"),
        (["roster", "add", "赵,六"], "姓名"),
        (["roster", "add", "\x07"], "姓名"),
        (["roster", "retire", "无此人"], "没有代表"),
        (["roster", "import", "nope.txt"], ".csv"),
    ],
)
def test_roster_bad_input_changes_nothing(cli, book_path: Path, args, needle) -> None:
    before = file_digest(book_path)
    result = cli("--book", book_path, *args)
    assert result.code == 2 and needle in result.err
    assert len(result.err.strip().splitlines()) == 1
    assert file_digest(book_path) == before


@pytest.mark.parametrize("text", [t for t in NASTY if "\x07" not in t and len(t) < 100])
def test_roster_fields_take_nasty_text(cli, book_path: Path, text: str) -> None:
    assert (
        cli(
            "--book", book_path, "roster", "add", "赵六", "--unit", text, "--constituency", text
        ).code
        == 0
    )
    rows = json.loads(cli("--book", book_path, "roster", "list", "--json").out)
    zhao = next(r for r in rows if r["name"] == "赵六")
    assert zhao["unit"] == text and zhao["constituency"] == text
    assert cli("--book", book_path, "roster", "list").code == 0


def test_roster_import_csv_gbk_and_xlsx(cli, book_path: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "名册.csv"
    csv_path.write_bytes(
        "姓名,层级,选区,电话,单位,新任\n孙七,镇/县,第一选区,13700000000,供销社,是\n"
        "张三,镇,,,,\n,镇,,,,\n".encode("gbk")
    )
    result = cli("--book", book_path, "roster", "import", csv_path)
    assert result.code == 0, result.err
    assert "1" in result.out
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.append(["Name", "Levels", "Phone"])
    wb.active.append(["周八", "township", "13600000000"])
    xlsx = tmp_path / "roster.xlsx"
    wb.save(xlsx)
    assert cli("--book", book_path, "roster", "import", xlsx).code == 0
    rows = {
        r["name"]: r for r in json.loads(cli("--book", book_path, "roster", "list", "--json").out)
    }
    assert rows["孙七"]["levels"] == ["town", "county"] and rows["孙七"]["is_new"]
    assert rows["周八"]["levels"] == ["township"]


def test_roster_import_without_name_column(cli, book_path: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "x.csv"
    csv_path.write_text("a,b\n1,2\n", "utf-8")
    before = file_digest(book_path)
    result = cli("--book", book_path, "roster", "import", csv_path)
    assert result.code == 2 and "姓名" in result.err
    assert file_digest(book_path) == before


def test_demo_builds_a_realistic_year(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GROUPTUI_NOW", "2026-12-31T18:00:00")
    result = cli("demo", "--dir", tmp_path, "--no-open")
    assert result.code == 0, result.err
    (path,) = tmp_path.glob("*.json")
    info = json.loads(cli("--book", path, "info", "--json").out)
    counts = info["counts"]
    assert counts["deputies"] == 12 and counts["records"] == 60
    assert 15 <= counts["plan"] <= 25 and counts["suggestions"] >= 30
    assert counts["duty"] >= 300 and counts["notes"] >= 200
    with Book.open(path) as book:
        minutes = [len(r.minutes) for r in book.records.all()]
        receptions = [r for r in book.records.all() if r.form == "voter_reception"]
    assert 1400 <= sum(minutes) / len(minutes) <= 1700
    assert len(receptions) == 12 and all(r.date.day == 10 for r in receptions)
    assert 0.5e6 <= path.stat().st_size <= 1.2e6


def test_demo_mid_year_records_nothing_after_today(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GROUPTUI_NOW", "2026-05-20T09:30:00")
    assert cli("demo", "--dir", tmp_path, "--no-open").code == 0
    (path,) = tmp_path.glob("*.json")
    with Book.open(path) as book:
        dates = [r.date for r in book.records.all()]
        done = [p for p in book.plan.all() if p.status == "done"]
        linked = {r.plan_id for r in book.records.all()}
    assert dates and max(dates).isoformat() <= "2026-05-20"
    assert done and all(p.id in linked for p in done)


def test_demo_records_option(cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GROUPTUI_NOW", "2026-12-31T18:00:00")
    assert cli("demo", "--dir", tmp_path, "--no-open", "--records", "5").code == 0
    assert cli("demo", "--dir", tmp_path, "--no-open", "--records", "-1").code == 2
    (path,) = tmp_path.glob("*.json")
    assert json.loads(cli("--book", path, "info", "--json").out)["counts"]["records"] == 5


def test_roster_add_keeps_and_flags_an_odd_phone(cli, book_path: Path) -> None:
    result = cli("--book", book_path, "roster", "add", "赵六", "--phone", "12-34")
    assert result.code == 0 and "12-34" in result.err and "核对" in result.err
    rows = json.loads(
        cli("--book", book_path, "roster", "list", "--json", "--include-contacts").out
    )
    assert next(r for r in rows if r["name"] == "赵六")["phone"] == "12-34"
    ok = cli("--book", book_path, "roster", "add", "钱七", "--phone", "13912345678")
    assert ok.code == 0 and ok.err == ""
