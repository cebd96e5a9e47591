"""Issue 12, case 9: input that used to end in exit 3 ("a bug") now gets one line and exit 2.

200,000 nested brackets and a 5000-digit integer in a book, a 5000-digit rule value, a
CSV field over the csv module's limit, a book name too long for its lock file, and the
other members of each kind (numbers typed as "²", "nan" or "1e400"; deep nesting that
parses; a folder name over the limit). Every file stays byte-identical.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from grouptui.domain.numbers import int_in, parse_decimal, parse_int
from tests.support.data import file_digest

BIG = "9" * 5000


def one_line(result) -> None:
    """Exit 2 and one short sentence: no traceback, no bug report, no 5000-digit echo."""
    assert result.code == 2, result.err
    lines = [line for line in result.err.splitlines() if line.strip()]
    assert len(lines) == 1, result.err
    assert "Traceback" not in result.err and "意外错误" not in result.err
    assert len(result.err) < 400


def _write(path: Path, text: str) -> Path:
    path.write_text(text, "utf-8")
    return path


def _deep_book(folder: Path) -> Path:
    levels = 200_000
    return _write(folder / "deep.json", '{"meta": ' + "[" * levels + "]" * levels + "}")


def _huge_int_book(folder: Path, good: Path) -> Path:
    text = good.read_text("utf-8").replace('"year":2026', f'"year":{BIG}', 1)
    assert BIG in text
    return _write(folder / "huge.json", text)


@pytest.fixture
def hostile(tmp_path: Path, book_path: Path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    return {"deep": _deep_book(folder), "huge-int": _huge_int_book(folder, book_path)}


COMMANDS = [["info"], ["record", "list"], ["roster", "add", "赵六"], ["check"]]


@pytest.mark.parametrize("kind", ["deep", "huge-int"])
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_a_book_no_parser_can_hold_is_refused(cli, hostile, kind: str, command) -> None:
    path = hostile[kind]
    before = file_digest(path)
    result = cli("--lang", "en", "--book", path, *command)
    one_line(result)
    assert str(path) in result.err and "nested too deep or a number" in result.err
    assert file_digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir() if not p.name.endswith(".lock")) == [
        "deep.json",
        "huge.json",
    ]


@pytest.mark.parametrize("kind", ["deep", "huge-int"])
def test_the_app_does_not_start_on_such_a_book(hostile, kind: str) -> None:
    from grouptui.app import make_app
    from grouptui.store.errors import BookError

    with pytest.raises(BookError) as caught:
        make_app(hostile[kind], lock_after_paint=True)
    assert "嵌套过深" in caught.value.message()


def test_merge_refuses_such_a_laptop_copy(cli, hostile, book_path: Path, tmp_path) -> None:
    out = tmp_path / "out.json"
    result = cli("merge", book_path, hostile["deep"], "-o", out)
    one_line(result)
    assert str(hostile["deep"]) in result.err
    assert not out.exists()


def test_a_deep_file_beside_the_book_is_not_taken_for_another_year(cli, book_path: Path) -> None:
    from grouptui.store.yearbook import peek_group_year

    sibling = book_path.parent / "2025.json"
    sibling.write_text('{"meta":' + "[" * 100_000 + "]" * 100_000 + "}", "utf-8")
    assert peek_group_year(sibling) is None
    result = cli("--book", book_path, "register")
    assert result.code == 0, result.err


# Numbers typed on the command line ---------------------------------------------------


@pytest.mark.parametrize("value", [BIG, "1e400", "nan", "inf", "１２", "²"])
def test_rules_set_refuses_numbers_no_rule_can_hold(cli, book_path: Path, value: str) -> None:
    before = file_digest(book_path)
    result = cli("--book", book_path, "rules", "set", "receptions_per_year", value)
    one_line(result)
    assert "全年接待选民次数" in result.err  # the rule, by the name rules list shows
    assert file_digest(book_path) == before


@pytest.mark.parametrize(
    "args",
    [
        ["export", "--quarter", "²", "--out", "{tmp}/x"],
        ["export", "--quarter", BIG, "--out", "{tmp}/x"],
        ["plan", "add", "--quarter", "2", "--form", "study", "--title", "学习", "--month", "²"],
        ["plan", "add", "--quarter", "2", "--form", "study", "--title", "学习", "--month", BIG],
        ["duty", "add", "--deputy", "张三", "--date", "2026-05-01", "--category", "学习培训",
         "--text", "x", "--hours", BIG],
        ["record", "list", "--quarter", BIG],
        ["duty", "list", "--quarter", BIG],
        ["check", "--as-of", BIG],
    ],
    ids=["export-q-sup", "export-q-big", "plan-month-sup", "plan-month-big", "duty-hours-big",
         "record-q-big", "duty-q-big", "check-as-of-big"],
)  # fmt: skip
def test_other_numeric_options_answer_in_one_line(
    cli, book_path: Path, tmp_path: Path, args
) -> None:
    before = file_digest(book_path)
    result = cli("--book", book_path, *(a.format(tmp=tmp_path) for a in args))
    one_line(result)
    assert file_digest(book_path) == before
    assert not (tmp_path / "x").exists()


def test_conflict_choice_other_with_a_strange_digit(cli) -> None:
    from grouptui.cli.merge import _parse_keep
    from grouptui.domain.errors import UserFacingError

    for text in ("other:²", f"other:{BIG}", "other:0", "other:3"):
        with pytest.raises(UserFacingError):
            _parse_keep(text, 2)
    assert _parse_keep("other:2", 2) == 2


@pytest.mark.parametrize(
    ("field", "text"),
    [("hours", "nan"), ("hours", "1e400"), ("hours", BIG), ("quarter", "²"), ("quarter", "9")],
)
def test_a_value_typed_into_a_conflict_must_fit_the_book(field: str, text: str) -> None:
    from grouptui.domain.conflicts import ConflictError, parse_value

    table = "duty" if field == "hours" else "plan"
    with pytest.raises(ConflictError):
        parse_value(table, field, text, 1)


def test_stored_rules_of_infinite_size_are_refused() -> None:
    from grouptui.domain.rule_settings import RulesError, validate_rules

    for value in (float("inf"), float("nan")):
        with pytest.raises(RulesError):
            validate_rules({"receptions_per_year": value})


def test_numbers_are_ascii_short_and_finite() -> None:
    assert parse_int(" 12 ") == 12 and parse_int("-3") == -3
    for text in ("²", "١٢", "１２", BIG, "", "1.5", "1_000"):
        assert parse_int(text) is None, text
    assert parse_decimal("1.5") == 1.5 and parse_decimal("1e3") == 1000.0
    for text in ("nan", "inf", "1e400", BIG, "²", "1,5", ""):
        assert parse_decimal(text) is None, text
    assert int_in("4", 1, 4) == 4 and int_in("5", 1, 4) is None


# A CSV field over the csv module's limit ---------------------------------------------


def test_roster_import_of_an_overlong_csv_field(cli, book_path: Path, tmp_path: Path) -> None:
    csv_file = _write(tmp_path / "roster.csv", "姓名,电话\n" + "甲" * 140_000 + ",1\n赵六,2\n")
    before = file_digest(book_path)
    result = cli("--lang", "en", "--book", book_path, "roster", "import", csv_file)
    one_line(result)
    assert str(csv_file) in result.err and "line 2" in result.err
    assert file_digest(book_path) == before


def test_roster_import_of_a_damaged_xlsx(cli, book_path: Path, tmp_path: Path) -> None:
    xlsx = tmp_path / "roster.xlsx"
    xlsx.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    before = file_digest(book_path)
    result = cli("--book", book_path, "roster", "import", xlsx)
    one_line(result)
    assert file_digest(book_path) == before


# A name too long for the files a book keeps beside it ----------------------------------


@pytest.fixture
def long_named(book_path: Path) -> Path:
    path = book_path.parent / ("账" * 78 + ".json")  # 239 bytes: fits, its lock does not
    path.write_bytes(book_path.read_bytes())
    return path


def _listing(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize(
    "command",
    [["roster", "add", "赵六"], ["note", "一条速记"], ["rules", "set", "receptions_per_year", "9"]],
    ids=" ".join,
)
def test_a_write_to_a_book_whose_name_leaves_no_room_for_its_lock(
    cli, long_named: Path, command
) -> None:
    listing = _listing(long_named.parent)
    before = file_digest(long_named)
    result = cli("--lang", "en", "--book", long_named, *command)
    one_line(result)
    assert "file name is too long" in result.err
    assert file_digest(long_named) == before
    assert _listing(long_named.parent) == listing


def test_the_fast_note_path_answers_the_same(long_named: Path, capsys) -> None:
    from grouptui.launch import run

    before = file_digest(long_named)
    assert run(["--book", str(long_named), "note", "速记"]) == 2
    err = capsys.readouterr().err
    assert "文件名太长" in err and err.count("\n") == 1
    assert file_digest(long_named) == before


def test_reading_a_book_with_a_long_name_still_works(cli, long_named: Path) -> None:
    assert cli("--book", long_named, "info").code == 0


def test_init_and_merge_refuse_a_name_too_long(cli, long_named: Path, book_path: Path) -> None:
    folder = long_named.parent
    listing = _listing(folder)
    target = folder / ("册" * 78 + ".json")
    one_line(cli("--book", target, "init", "--group", "新河镇", "--year", "2026"))
    one_line(cli("merge", book_path, long_named, "-o", target))
    assert _listing(folder) == listing


def test_a_folder_name_over_the_limit(cli, tmp_path: Path) -> None:
    result = cli("--book", tmp_path / ("夹" * 90) / "book.json", "info")
    one_line(result)
    assert "太长" in result.err


def test_the_app_does_not_start_on_a_name_too_long(long_named: Path) -> None:
    from grouptui.app import make_app
    from grouptui.store.errors import BookError

    listing = _listing(long_named.parent)
    with pytest.raises(BookError):
        make_app(long_named)
    assert _listing(long_named.parent) == listing


# The config file: another JSON file every command reads -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '{"device_id": 7, "keys": "abc", "last_book": 5, "theme": ["x"]}',
        "[" * 100_000,
    ],
    ids=["wrong-types", "deep"],
)
def test_a_damaged_config_is_ignored_where_it_is_wrong(cli, book_path: Path, text: str) -> None:
    import os

    folder = Path(os.environ["GROUPTUI_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(text, "utf-8")
    assert cli("info").code == 2  # no book remembered: the usual sentence, not a bug
    result = cli("--book", book_path, "note", "速记")
    assert result.code == 0, result.err
    meta = json.loads(book_path.read_text("utf-8"))["meta"]["1"]
    assert all(isinstance(d, str) for d in meta["devices"])
    assert cli("--book", book_path, "info").code == 0
